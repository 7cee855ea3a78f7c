import { describe, expect, it } from 'vitest';
import { createRng, isRngState, restoreRng } from '../../src/quiz/rng';

describe('Rng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng('film-night');
    const b = createRng('film-night');
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('gives different sequences for different seeds', () => {
    const a = createRng('film-night');
    const b = createRng('film-night-2');
    expect(Array.from({ length: 5 }, () => a.next())).not.toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('pins the first draws of a seed, so every machine agrees', () => {
    const rng = createRng('marquee');
    expect(Array.from({ length: 4 }, () => rng.int(1000))).toMatchInlineSnapshot(`
      [
        499,
        544,
        630,
        784,
      ]
    `);
  });

  it('continues exactly where it stopped after its state is saved and restored', () => {
    const rng = createRng('resume-me');
    for (let i = 0; i < 7; i++) rng.next();
    const saved = JSON.parse(JSON.stringify(rng.state()));
    expect(isRngState(saved)).toBe(true);
    const resumed = restoreRng(saved);
    expect(Array.from({ length: 10 }, () => resumed.next())).toEqual(Array.from({ length: 10 }, () => rng.next()));
  });

  it('keeps int() within [0, n) and rejects a bad n', () => {
    const rng = createRng('bounds');
    for (let i = 0; i < 1000; i++) {
      const v = rng.int(4);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(4);
    }
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.int(2.5)).toThrow(RangeError);
  });

  it('shuffles into a permutation and leaves its input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = createRng('shuffle').shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...out].sort()).toEqual(input);
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRng('x').pick([])).toThrow(RangeError);
  });

  it.each([[null], [{}], [{ c: 1, s0: 1, s1: 1 }], [{ c: 1, s0: 1, s1: 1, s2: 'x' }]])('does not take %j for a saved state', (v) => {
    expect(isRngState(v)).toBe(false);
  });
});
