/**
 * The choices the Settings and Setup screens cycle through, and what they mean for a game.
 * The plain data itself lives in `src/settings.ts`, which storage shares.
 */
import type { DifficultyChoice } from '../quiz/generator';
import type { ScoringMode } from '../quiz/scoring';
import type { GameSetup, Settings } from '../settings';

export { DEFAULT_SETTINGS, DEFAULT_SETUP, type GameSetup, type Settings } from '../settings';

export const CHOICES = {
  rounds: [1, 2, 3, 4, 5],
  perRound: [5, 10, 15, 20],
  timerSeconds: [null, 10, 15, 20, 30, 45],
  difficulty: ['curve', 'mixed', 'easy', 'medium', 'hard'] as DifficultyChoice[],
  scoring: ['accuracy', 'speed'] as ScoringMode[],
  volume: [0, 0.25, 0.5, 0.7, 1],
  timerScale: [1, 1.5, 2],
} as const;

/** The next value in a list of choices, wrapping around; an unknown value starts the list. */
export function cycle<T>(choices: readonly T[], current: T, step = 1): T {
  const at = choices.indexOf(current);
  const n = choices.length;
  return choices[at < 0 ? 0 : (((at + step) % n) + n) % n] as T;
}

/** The time a question allows, in ms, once the player's timer setting is applied. */
export function timeLimitMs(setup: GameSetup, settings: Settings): number | null {
  return setup.timerSeconds === null ? null : Math.round(setup.timerSeconds * 1000 * settings.timerScale);
}
