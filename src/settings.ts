/**
 * Player preferences that shape how the game looks and sounds, and the options of one game.
 * Both are plain data: the Settings and Setup screens edit them, storage keeps them. They
 * live here, outside `src/game/`, so storage can hold them without importing the game.
 */
import type { ChallengeSettings } from './quiz/challenge';

export interface Settings {
  /** 0 (silent) to 1. */
  readonly volume: number;
  readonly muted: boolean;
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  /** Multiplies every question's time: 1, 1.5 or 2 for players who need longer. */
  readonly timerScale: number;
  /** Read each question and its answer aloud (for the projector); off by default. */
  readonly readAloud: boolean;
}

export const DEFAULT_SETTINGS: Settings = { volume: 0.7, muted: false, reducedMotion: false, highContrast: false, timerScale: 1, readAloud: false };

/** Who plays on one screen: players (one, or several in turn), teams in turn, or teams with buzzers. */
export type PlayStyle = 'turns' | 'teams' | 'buzzer';

/** The names given to players and to teams, seat by seat, kept for the next game. */
export interface Names {
  readonly players: readonly string[];
  readonly teams: readonly string[];
}

/** A game's options: the deck and players, and the quiz options a challenge code also fixes. */
export interface GameSetup extends ChallengeSettings {
  readonly deckId: string;
  /** The names of who plays this game: the players, or the teams. */
  readonly players: readonly string[];
  readonly play: PlayStyle;
  /** Every name given on this device so far, so a change of style keeps them. */
  readonly names?: Names;
}

export const DEFAULT_SETUP: Omit<GameSetup, 'deckId'> = {
  players: ['Player 1'],
  play: 'turns',
  rounds: 1,
  perRound: 10,
  timerSeconds: 20,
  difficulty: 'curve',
  scoring: 'accuracy',
  streakBonus: false,
};

/** Somewhere to keep settings and the last game's options; storage backs it in the app. */
export interface Preferences {
  get(): Settings;
  set(next: Settings): void;
  lastSetup(): GameSetup | null;
  setLastSetup(setup: GameSetup): void;
}
