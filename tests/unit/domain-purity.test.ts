import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// The quiz domain must run in plain Node: no Phaser, no DOM, no storage.
const FORBIDDEN = [/from ['"]phaser['"]/, /from ['"]idb-keyval['"]/, /\bwindow\./, /\bdocument\./, /\bindexedDB\b/, /\blocalStorage\b/, /\bnavigator\./];

describe('the quiz domain (src/quiz)', () => {
  const sources = files('src/quiz');
  it('has modules to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });
  it.each(sources)('%s touches no Phaser, DOM or storage', (file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*'))
      .join('\n');
    for (const pattern of FORBIDDEN) expect(code, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
