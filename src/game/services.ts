/** What the screens need from outside: decks, seeds and the clock. Passed in, never global. */
import type { Voice } from '../a11y/voice';
import type { ChallengeActions, Shared } from '../challenge/dialog';
import type { DeckEntry } from '../content/catalog';
import type { NamesRequest } from '../dialogs/names';
import type { DeckIndex } from '../quiz/deck/deck-index';
import type { GameSetup, Preferences, Settings } from '../settings';
import type { ProgressService } from '../storage/progress';
import type { StatsView } from '../storage/stats';
import type { Sfx } from './audio';

export type { Preferences } from '../settings';
export type { StatsView } from '../storage/stats';

export interface GameServices {
  readonly decks: readonly DeckEntry[];
  loadDeck(id: string): Promise<DeckIndex>;
  /** A fresh seed for a new game. */
  newSeed(): string;
  /** Milliseconds from a monotonic clock. */
  now(): number;
  readonly settings: Preferences;
  readonly sfx: Sfx;
  /** Ids of recently asked questions, so a new game asks others first. */
  recentQuestions?(): readonly string[];
  /** Asks for a deck file and adds it to `decks`; null when the player chose none. */
  addDeck?(): Promise<{ ok: true; entry: DeckEntry } | { ok: false; problems: string[] } | null>;
  /** Offers the CSV template for a deck of one's own, as a file to save. */
  deckTemplate?(): Promise<void>;
  /** What the Stats screen shows; absent where nothing is kept. */
  stats?(): Promise<StatsView>;
  /** The challenge-code dialog, and sharing a result out. Absent in tests that need none. */
  readonly challenges?: {
    open(actions: ChallengeActions): Promise<void>;
    share(text: string): Promise<Shared>;
  };
  /** The dialog that names players and teams: the new names, or null when cancelled. */
  readonly names?: { edit(request: NamesRequest): Promise<readonly string[] | null> };
  /** Speech synthesis, for reading questions aloud; absent where there is none. */
  readonly voice?: Voice;
  /** Saved progress: the game to resume, backup files. Absent in tests that need none. */
  readonly progress?: ProgressService;
}

/** Preferences held in memory only (tests, and a browser without storage). */
export function memoryPreferences(initial: Settings): Preferences {
  let settings = initial;
  let setup: GameSetup | null = null;
  return {
    get: () => settings,
    set: (next) => {
      settings = next;
    },
    lastSetup: () => setup,
    setLastSetup: (next) => {
      setup = next;
    },
  };
}

export const SERVICES = 'services';
/** Where the game keeps the services while the page is still loading them (see BootScene). */
export const PENDING_SERVICES = 'services-pending';
