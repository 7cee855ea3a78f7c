/**
 * Scoring. Two modes a host chooses between:
 * - accuracy: 100 points for each right answer.
 * - speed: a right answer earns 500 points plus up to 500 more for speed,
 *   `500 + round(500 × (1 − t / T))`, t the answer time and T the time limit
 *   (20 s when the timer is off). So an instant answer earns 1000, a last-moment one 500.
 * With the streak bonus on, each right answer after the first in a row adds 10% more,
 * up to +50%. A wrong answer or a timeout earns nothing and ends the streak.
 */

export type ScoringMode = 'accuracy' | 'speed';

export interface ScoringRules {
  readonly mode: ScoringMode;
  /** Time allowed per question in ms, or null when the timer is off. */
  readonly timeLimitMs: number | null;
  readonly streakBonus: boolean;
}

export const ACCURACY_POINTS = 100;
export const SPEED_FLOOR = 500;
export const SPEED_MAX = 1000;
/** The scale for speed scoring when there is no timer. */
export const UNTIMED_SCALE_MS = 20_000;

/** Points for one answer. `streak` is the number of right answers in a row before this one. */
export function pointsFor(rules: ScoringRules, correct: boolean, elapsedMs: number, streak: number): number {
  if (!correct) return 0;
  let base = ACCURACY_POINTS;
  if (rules.mode === 'speed') {
    const limit = rules.timeLimitMs ?? UNTIMED_SCALE_MS;
    const t = Math.min(Math.max(elapsedMs, 0), limit);
    base = SPEED_FLOOR + Math.round((SPEED_MAX - SPEED_FLOOR) * (1 - t / limit));
  }
  if (!rules.streakBonus) return base;
  const bonus = Math.min(streak, 5) * 0.1;
  return Math.round(base * (1 + bonus));
}
