/** What the screens need from outside: decks, seeds and the clock. Passed in, never global. */
import type { DeckEntry } from '../content/catalog';
import type { DeckIndex } from '../quiz/deck/deck-index';

export interface GameServices {
  readonly decks: readonly DeckEntry[];
  loadDeck(id: string): Promise<DeckIndex>;
  /** A fresh seed for a new game. */
  newSeed(): string;
  /** Milliseconds from a monotonic clock. */
  now(): number;
}

export const SERVICES = 'services';
