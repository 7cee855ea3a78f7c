/** `npm run quiz`: a printable quiz with an answer key, or JSON; clear errors with the right exit codes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, run } from '../../src/cli/quiz';

function quiz(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (p) => {
      if (p === 'broken.json') return '{"format": 1, "id": "x", "films": [}';
      return readFileSync(p, 'utf8');
    },
  });
  return { code, out, err };
}

describe('npm run quiz', () => {
  it('prints rounds of questions with lettered options, then an answer key with explanations and sources', () => {
    const { code, out } = quiz('--seed', 'film-night', '--rounds', '2', '--per-round', '5', '--inputs', 'choice');
    expect(code).toBe(0);
    expect(out).toContain('ROUND 1');
    expect(out).toContain('ROUND 2');
    expect(out).toMatch(/\n {3}A\) .+\n {3}B\) /);
    const key = out.slice(out.indexOf('ANSWER KEY'));
    expect(key).toMatch(/\n1\. [A-D]\) .+\((easy|medium|hard)\)\n {3}.+\n {3}Source: .+/);
  });

  it('gives the same sheet for the same seed', () => {
    expect(quiz('--seed', 'x').out).toBe(quiz('--seed', 'x').out);
    expect(quiz('--seed', 'x').out).not.toBe(quiz('--seed', 'y').out);
  });

  it('writes the documented JSON form: the answer is the right option’s text, or the items in order', () => {
    const { code, out } = quiz('--seed', 'film-night', '--format', 'json', '--rounds', '3', '--per-round', '10');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { seed: string; deck: string; rounds: { title: string; questions: Record<string, unknown>[] }[] };
    expect(json).toMatchObject({ seed: 'film-night', deck: 'sean-baker' });
    const questions = json.rounds.flatMap((r) => r.questions);
    expect(questions).toHaveLength(30);
    for (const q of questions) {
      expect(Object.keys(q).sort()).toEqual(['answer', 'difficulty', 'explanation', 'id', 'input', 'kind', 'options', 'prompt', 'sources']);
      const options = q.options as string[];
      if (q.input === 'order') expect([...(q.answer as string[])].sort()).toEqual([...options].sort());
      else if (q.input === 'choice') expect(options).toContain(q.answer);
      else expect(q.answer).toMatch(/^\d{4}$/);
    }
  });

  it('lists every question the deck can produce with --all', () => {
    const json = JSON.parse(quiz('--all', '--format', 'json').out) as { rounds: { questions: unknown[] }[] };
    expect(json.rounds).toHaveLength(1);
    expect(json.rounds[0]?.questions.length).toBeGreaterThan(100);
  });

  it('lists with --coverage every fact of the deck no question can ask, each with its reason', () => {
    const { code, out } = quiz('--coverage');
    expect(code).toBe(0);
    const [head, ...lines] = out.trimEnd().split('\n');
    const m = /^questions\/sean-baker\.json: (\d+) of (\d+) facts can be asked; (\d+) cannot \((\d+) of them recorded only to shape other questions, listed last\):$/.exec(head ?? '');
    expect(m).not.toBeNull();
    expect(Number(m?.[1]) + Number(m?.[3])).toBe(Number(m?.[2]));
    expect(lines).toHaveLength(Number(m?.[3]));
    // The facts kept only to shape other questions come last.
    const design = Number(m?.[4]);
    expect(lines.slice(-design).every((l) => /: recorded|: genres are|to shape|not asked/.test(l))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^ {2}(films|people)\.[a-z0-9-]+\.[A-Za-z]+(\[\d+\])?: \S.+$/);
    // Tangerine's year is asked; The Florida Project's cast gender is not, by design.
    expect(out).not.toMatch(/films\.tangerine-2015\.year:/);
    expect(out).toMatch(/people\.brooklynn-prince\.gender: recorded so that roles are offered/);
    const json = JSON.parse(quiz('--coverage', '--format', 'json').out) as { facts: number; asked: number; uncovered: { fact: string; reason: string }[] };
    expect(json.facts).toBe(Number(m?.[2]));
    expect(json.uncovered.every((u) => u.reason.length > 0)).toBe(true);
  });

  it('prints a markdown sheet', () => {
    const { out } = quiz('--format', 'markdown', '--rounds', '1', '--per-round', '3');
    expect(out).toMatch(/^# Sean Baker/);
    expect(out).toContain('## Answer key');
  });

  it('answers bad flags with a usage message and exit code 2', () => {
    for (const argv of [['--rounds', '0'], ['--format', 'pdf'], ['--kinds', 'film-director,nonsense'], ['--difficulty'], ['--colour', 'red'], ['stray']]) {
      const { code, err, out } = quiz(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('usage: npm run quiz');
      expect(out).toBe('');
    }
    expect(() => parseArgs(['--kinds', 'nonsense'])).toThrow(/unknown kind nonsense/);
  });

  it('answers a deck that does not load with its located problems and exit code 1', () => {
    const broken = quiz('--deck', 'broken.json');
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^broken\.json:1:\d+: \(syntax\): /);
    const missing = quiz('--deck', 'questions/no-such-deck.json');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read questions/no-such-deck.json');
  });
});
