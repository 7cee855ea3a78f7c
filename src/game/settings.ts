/**
 * Player preferences that shape how the game looks and sounds, and the options of one game.
 * Both are plain data: the Settings and Setup screens edit them, storage keeps them.
 */
import type { DifficultyChoice } from '../quiz/generator';
import type { ScoringMode } from '../quiz/scoring';

export interface Settings {
  /** 0 (silent) to 1. */
  readonly volume: number;
  readonly muted: boolean;
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  /** Multiplies every question's time: 1, 1.5 or 2 for players who need longer. */
  readonly timerScale: number;
}

export const DEFAULT_SETTINGS: Settings = { volume: 0.7, muted: false, reducedMotion: false, highContrast: false, timerScale: 1 };

export interface GameSetup {
  readonly deckId: string;
  readonly players: readonly string[];
  readonly rounds: number;
  readonly perRound: number;
  /** Seconds per question, or null for no timer. */
  readonly timerSeconds: number | null;
  readonly difficulty: DifficultyChoice;
  readonly scoring: ScoringMode;
  readonly streakBonus: boolean;
}

export const DEFAULT_SETUP: Omit<GameSetup, 'deckId'> = {
  players: ['Player 1'],
  rounds: 1,
  perRound: 10,
  timerSeconds: 20,
  difficulty: 'curve',
  scoring: 'accuracy',
  streakBonus: false,
};

export const CHOICES = {
  players: [1, 2, 3, 4],
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

export function playerNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Player ${i + 1}`);
}

/** The time a question allows, in ms, once the player's timer setting is applied. */
export function timeLimitMs(setup: GameSetup, settings: Settings): number | null {
  return setup.timerSeconds === null ? null : Math.round(setup.timerSeconds * 1000 * settings.timerScale);
}
