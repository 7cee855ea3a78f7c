/**
 * What every process of `npm run bench:room` agrees on: the size of the night, which option
 * each phone picks, when it answers and when it drops. All of it is fixed by the phone's
 * number and the question's, so the host and the phone processes need not tell each other.
 */

export interface Plan {
  readonly phones: number;
  readonly questions: number;
  /** Each phone answers between `readMs` and `readMs + spreadMs` after seeing the question. */
  readonly readMs: number;
  readonly spreadMs: number;
}

/** A fixed, well-mixed number for phone `i` and question `q` (and a salt, for separate uses). */
export function mix(i: number, q: number, salt: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(q + 1, 0x85ebca77) ^ Math.imul(salt + 1, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
export const pickOf = (i: number, q: number) => mix(i, q, 1) % 4;
export const delayOf = (p: Plan, i: number, q: number) => p.readMs + (mix(i, q, 2) % p.spreadMs);
/** A fifth of the phones, a different fifth each question. */
export const dropsAt = (i: number, q: number) => mix(i, q, 3) % 5 === 0;
/** Half way through the answers, a dropping phone loses its connection for a moment. */
export const dropDelay = (p: Plan) => p.readMs + p.spreadMs / 2;
export const nameOf = (i: number) => `Player ${i + 1}`;

/** A moment on a clock every process on this machine shares (ms since the epoch, sub-millisecond). */
export const wallNow = (perfNow: number) => performance.timeOrigin + perfNow;

/** The host's process to a phone process. */
export type ToPhones =
  | { readonly type: 'join'; readonly url: string; readonly room: string; readonly first: number; readonly count: number; readonly drop: boolean; readonly plan: Plan }
  | { readonly type: 'settle'; readonly q: number }
  | { readonly type: 'finish' };

/** What a phone process measured, for its phones. */
export interface PhonesReport {
  /** Per phone (by its number): when each question's asking view arrived, on the shared clock. */
  readonly arrived: Record<number, Record<number, number>>;
  readonly ackMs: number[];
  /** Per phone: its seat, and per question how many replies counted its answer as new. */
  readonly seats: Record<number, string>;
  readonly fresh: Record<number, Record<number, number>>;
  readonly drops: number;
  readonly resends: number;
  readonly duplicatesAcked: number;
  readonly retries: number;
  readonly cpuS: number;
}

/** A phone process to the host's process. */
export type FromPhones =
  | { readonly type: 'joined' }
  | { readonly type: 'settled'; readonly q: number }
  | { readonly type: 'report'; readonly report: PhonesReport }
  | { readonly type: 'failed'; readonly error: string };
