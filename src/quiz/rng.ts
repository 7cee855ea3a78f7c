/**
 * The one source of randomness in the quiz. Wraps seedrandom's Alea generator, whose
 * whole state is four numbers: it is saved with a game, so a resumed game draws
 * exactly what it would have drawn had it never stopped.
 */
import seedrandom from 'seedrandom';

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  state(): RngState;
}

type AleaPrng = seedrandom.PRNG & { state(): RngState };

function wrap(prng: AleaPrng): Rng {
  const rng: Rng = {
    next: () => prng(),
    int: (n) => {
      if (!Number.isInteger(n) || n <= 0) throw new RangeError(`int(n) needs a positive whole number, got ${n}`);
      return Math.floor(prng() * n);
    },
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[rng.int(items.length)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    state: () => ({ ...prng.state() }),
  };
  return rng;
}

export function createRng(seed: string): Rng {
  return wrap(seedrandom.alea(seed, { state: true }) as AleaPrng);
}

export function restoreRng(state: RngState): Rng {
  return wrap(seedrandom.alea('', { state: { ...state } }) as AleaPrng);
}

export function isRngState(value: unknown): value is RngState {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['c', 's0', 's1', 's2'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]));
}
