/** The quiz a setup asks for, drawn up front from its deck, and the rules it is scored by. */
import { generateQuiz, type Quiz } from '../quiz/generator';
import type { ScoringRules } from '../quiz/scoring';
import { type GameSetup, timeLimitMs } from './settings';
import type { GameServices } from './services';

export async function quizFor(services: GameServices, setup: GameSetup, seed: string): Promise<{ quiz: Quiz; rules: ScoringRules }> {
  const index = await services.loadDeck(setup.deckId);
  const quiz = generateQuiz(index, {
    seed,
    rounds: setup.rounds,
    perRound: setup.perRound,
    difficulty: setup.difficulty,
    inputs: ['choice', 'order', 'year'],
    avoid: services.recentQuestions?.() ?? [],
  });
  const rules = { mode: setup.scoring, timeLimitMs: timeLimitMs(setup, services.settings.get()), streakBonus: setup.streakBonus };
  // The catalogue's id, not the deck file's own: an added deck is 'my-<id>', and Resume
  // and Play again load the deck by it.
  return { quiz: { ...quiz, deckId: setup.deckId }, rules };
}
