/**
 * The quiz a setup asks for, drawn up front from its deck, and the rules it is scored by.
 *
 * The generator (the question kinds and all) is its own chunk, loaded with the first deck.
 * The Setup screen prepares the chosen deck while the player looks at it (`prepareDeck`:
 * the deck loaded, indexed and its candidates listed), so pressing Start only draws the
 * quiz (`quizNow`), in the same frame.
 */
import { codeOfSeed } from '../quiz/challenge';
import type { DeckIndex } from '../quiz/deck/deck-index';
import type { Quiz } from '../quiz/generator';
import type { ScoringRules } from '../quiz/scoring';
import type { GameServices } from './services';
import { type GameSetup, timeLimitMs } from './settings';

type Generator = typeof import('../quiz/generator');

export interface QuizAndRules {
  readonly quiz: Quiz;
  readonly rules: ScoringRules;
}

let generator: Promise<Generator> | null = null;

function loadGenerator(): Promise<Generator> {
  if (!generator) {
    generator = import('../quiz/generator');
    generator.catch(() => {
      generator = null;
    });
  }
  return generator;
}

function draw(gen: Generator, index: DeckIndex, services: GameServices, setup: GameSetup, seed: string): QuizAndRules {
  const quiz = gen.generateQuiz(index, {
    seed,
    rounds: setup.rounds,
    perRound: setup.perRound,
    difficulty: setup.difficulty,
    inputs: ['choice', 'order', 'year'],
    // A challenge code's quiz is the same on every device: what this one asked lately is no matter.
    avoid: codeOfSeed(seed) ? [] : (services.recentQuestions?.() ?? []),
  });
  const rules = { mode: setup.scoring, timeLimitMs: timeLimitMs(setup, services.settings.get()), streakBonus: setup.streakBonus };
  // The catalogue's id, not the deck file's own: an added deck is 'my-<id>', and Resume
  // and Play again load the deck by it.
  return { quiz: { ...quiz, deckId: setup.deckId }, rules };
}

export async function quizFor(services: GameServices, setup: GameSetup, seed: string): Promise<QuizAndRules> {
  const [index, gen] = await Promise.all([services.loadDeck(setup.deckId), loadGenerator()]);
  return draw(gen, index, services, setup, seed);
}

/** A deck being made ready to play: loaded, indexed, and its questions' candidates listed. */
export interface PreparedDeck {
  readonly deckId: string;
  /** Settles when the deck is ready; a deck that cannot load rejects (the Round shows why). */
  readonly done: Promise<void>;
  /** The deck and generator, once ready. */
  ready(): { readonly index: DeckIndex; readonly gen: Generator } | null;
}

/** Starts getting `deckId` ready, ahead of Start. */
export function prepareDeck(services: GameServices, deckId: string): PreparedDeck {
  let ready: { index: DeckIndex; gen: Generator } | null = null;
  const done = Promise.all([services.loadDeck(deckId), loadGenerator()]).then(
    ([index, gen]) =>
      // Listing the candidates is the long part: its own task, not the one that loaded the deck.
      new Promise<void>((resolve) => {
        setTimeout(() => {
          gen.prepareIndex(index);
          ready = { index, gen };
          resolve();
        }, 0);
      }),
  );
  done.catch(() => undefined);
  return { deckId, done, ready: () => ready };
}

/** The quiz, drawn now, when `prepared` is the setup's deck and ready; null otherwise. */
export function quizNow(prepared: PreparedDeck | null, services: GameServices, setup: GameSetup, seed: string): QuizAndRules | null {
  const ready = prepared?.deckId === setup.deckId ? prepared.ready() : null;
  return ready ? draw(ready.gen, ready.index, services, setup, seed) : null;
}
