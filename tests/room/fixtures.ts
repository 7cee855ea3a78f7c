/**
 * Questions, quizzes and answers for the club-night tests: written by hand, so every test
 * knows the right answer, and small enough to read in a failure message. Pure (no network):
 * the unit tests, the room integration tests and the room benchmark share them.
 */
import type { Question } from '../../src/quiz/question';
import type { Given, RoomState, Team } from '../../src/quiz/room-session';
import { startRoom } from '../../src/quiz/room-session';
import type { ScoringRules } from '../../src/quiz/scoring';

const FILMS = ['Anora', 'Tangerine', 'The Florida Project', 'Red Rocket'];

/** Pick one of four; `answerIndex` is the right one. */
export function choice(n: number, answerIndex = n % 4): Question {
  return {
    id: `test:choice-${n}`,
    kind: 'film-year',
    category: 'Test',
    input: 'choice',
    prompt: `Question ${n}: which film?`,
    options: FILMS,
    answer: FILMS[answerIndex] as string,
    answerIndex,
    explanation: `Because of fact ${n}.`,
    sources: [{ fact: `films.f${n}.year`, source: 'imdb', sourceTitle: 'IMDb' }],
    difficulty: 0.5,
    level: 'medium',
  };
}

/** Put four films in release order: a, b, c, d (shown as c, a, d, b). */
export function order(n: number): Question {
  return {
    id: `test:order-${n}`,
    kind: 'release-order',
    category: 'Test',
    input: 'order',
    prompt: `Question ${n}: earliest first.`,
    options: ['c', 'a', 'd', 'b'],
    order: ['a', 'b', 'c', 'd'],
    answer: 'a → b → c → d',
    answerIndex: -1,
    explanation: `Because of fact ${n}.`,
    sources: [{ fact: `films.f${n}.year`, source: 'imdb', sourceTitle: 'IMDb' }],
    difficulty: 0.5,
    level: 'medium',
  };
}

/** Type the year: `answer` is right. */
export function year(n: number, answer = 2024): Question {
  return {
    id: `test:year-${n}`,
    kind: 'closest-year',
    category: 'Test',
    input: 'year',
    prompt: `Question ${n}: what year?`,
    options: [],
    year: answer,
    answer: String(answer),
    answerIndex: -1,
    explanation: `Because of fact ${n}.`,
    sources: [{ fact: `films.f${n}.year`, source: 'imdb', sourceTitle: 'IMDb' }],
    difficulty: 0.5,
    level: 'medium',
  };
}

export const ACCURACY: ScoringRules = { mode: 'accuracy', timeLimitMs: 20_000, streakBonus: false };
export const UNTIMED: ScoringRules = { mode: 'accuracy', timeLimitMs: null, streakBonus: false };
export const SPEED: ScoringRules = { mode: 'speed', timeLimitMs: 20_000, streakBonus: false };

/** A room in the lobby with these rounds of questions. */
export function room(rounds: readonly (readonly Question[])[], rules: ScoringRules = ACCURACY, teams: readonly Team[] = []): RoomState {
  return startRoom({ seed: 'seed-1', deckId: 'test', rounds: rounds.map((questions) => ({ questions })) }, rules, teams);
}

/** A right answer, or a wrong one (nothing right: the reversed order, a year far off). */
export function answerTo(q: Question, right: boolean): Given {
  if (q.input === 'order') return { order: right ? q.order : [...q.order].reverse() };
  if (q.input === 'year') return { year: right ? q.year : q.year + 9 };
  return { choice: right ? q.answerIndex : (q.answerIndex + 1) % q.options.length };
}

/** Every key anywhere inside a JSON value. */
export function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysIn(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysIn(v, into);
    }
  return into;
}
