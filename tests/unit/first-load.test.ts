/**
 * What the page loads up front stays light (issue #12): the deck checker (zod and the deck
 * schema) is loaded only for a deck a host adds, and the club-night host screens only for
 * a club night. This follows the static imports from the page's entry, and from the
 * generator (its own chunk, loaded for every game), as the bundler does, without building.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runtime imports and re-exports (`import type` and `export type` left out); dynamic `import()` is not followed. */
const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  return null;
}

/** Every module and package `entry` brings in statically, each with the chain of imports that brought it. */
function closure(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC)) {
      const spec = m[1] as string;
      // `import { type A, type B } from` brings nothing at runtime either.
      if (/^\s*import\s*\{\s*(?:type\s+\w+\s*,?\s*)+\}\s*from/.test(m[0])) continue;
      const target = spec.startsWith('.') ? resolveModule(file, spec) : `package:${spec}`;
      if (!target || chains.has(target)) continue;
      chains.set(target, [...(chains.get(file) ?? []), target]);
      if (!target.startsWith('package:')) queue.push(target);
    }
  }
  return chains;
}

const show = (chain: readonly string[]) => chain.map((f) => (f.startsWith('package:') ? f.slice(8) : relative(ROOT, f))).join(' → ');

const CHECKER = ['src/quiz/deck/schema.ts', 'src/quiz/deck/validate.ts', 'src/quiz/deck/load.ts', 'src/quiz/deck/json-source.ts'];
const HOST = ['src/game/scenes/HostLobbyScene.ts', 'src/game/scenes/HostRoundScene.ts', 'src/game/scenes/HostPodiumScene.ts', 'src/game/host/qr.ts'];

describe.each([
  ['the page (src/main.ts)', 'src/main.ts'],
  ['the generator, loaded with the first deck', 'src/quiz/generator.ts'],
])('%s', (_label, entry) => {
  const modules = closure(join(ROOT, entry));

  it('brings in neither classic zod nor the deck checker: move a plain value out of the schema (see src/quiz/deck/limits.ts)', () => {
    const heavy = [...modules.entries()].filter(([m]) => m === 'package:zod' || m.startsWith('package:zod/v4/classic') || CHECKER.some((c) => m === join(ROOT, c)));
    expect(heavy.map(([, chain]) => show(chain))).toEqual([]);
  });

  it('brings in no club-night host screen and no QR encoder', () => {
    const host = [...modules.entries()].filter(([m]) => m === 'package:uqr' || HOST.some((h) => m === join(ROOT, h)));
    expect(host.map(([, chain]) => show(chain))).toEqual([]);
  });
});
