/**
 * A game session as a reducer: `(state, action) → state`, no I/O, no clock. Scenes
 * dispatch actions and draw the state; they never compute a score.
 *
 *   asking ──answer/timeout──▶ answered ──reveal──▶ revealed ──next──▶ asking
 *                                                         │
 *                                        (end of a round) ├──next──▶ roundOver ──next──▶ asking
 *                                        (last question)  └──next──▶ finished
 */
import type { Quiz } from './generator';
import { yearPoints, YEAR_POINTS_MAX } from './kinds/closest-year';
import type { Question } from './question';
import { pointsFor, type ScoringRules } from './scoring';

export type Phase = 'asking' | 'answered' | 'revealed' | 'roundOver' | 'finished';

export interface AnswerRecord {
  readonly questionId: string;
  /** Who answered: an index into `players`. */
  readonly player: number;
  /** The option picked, or null when time ran out (or the question was not a choice). */
  readonly choice: number | null;
  /** What was given for an order or year question: the order joined by " → ", or the year. */
  readonly given?: string;
  readonly correct: boolean;
  readonly points: number;
  readonly elapsedMs: number;
}

export interface SessionState {
  readonly phase: Phase;
  readonly seed: string;
  readonly deckId: string;
  readonly rules: ScoringRules;
  /** Names of the players taking turns (hot seat): question n goes to player n mod count. */
  readonly players: readonly string[];
  readonly rounds: readonly (readonly Question[])[];
  readonly round: number;
  /** Position within the current round. */
  readonly index: number;
  readonly answers: readonly AnswerRecord[];
  /** Everyone's points together; `scores` has each player's. */
  readonly score: number;
  readonly scores: readonly number[];
  /** Right answers in a row, per player. */
  readonly streaks: readonly number[];
}

export type SessionAction =
  | { readonly type: 'answer'; readonly choice: number; readonly elapsedMs: number }
  | { readonly type: 'order'; readonly order: readonly string[]; readonly elapsedMs: number }
  | { readonly type: 'guess'; readonly year: number; readonly elapsedMs: number }
  | { readonly type: 'timeout' }
  | { readonly type: 'reveal' }
  | { readonly type: 'next' };

export function startSession(quiz: Quiz, rules: ScoringRules, players: readonly string[] = ['Player 1']): SessionState {
  const rounds = quiz.rounds.map((r) => r.questions).filter((qs) => qs.length > 0);
  if (rounds.length === 0) throw new Error('this quiz has no questions');
  if (players.length === 0) throw new Error('a game needs at least one player');
  const zeros = players.map(() => 0);
  return { phase: 'asking', seed: quiz.seed, deckId: quiz.deckId, rules, players, rounds, round: 0, index: 0, answers: [], score: 0, scores: zeros, streaks: zeros };
}

/** Whose turn it is: the players answer in turn, question by question. */
export function currentPlayer(s: SessionState): number {
  return (questionNumber(s) - 1) % s.players.length;
}

export function currentQuestion(s: SessionState): Question {
  const q = s.rounds[s.round]?.[s.index];
  if (!q) throw new Error(`no question at round ${s.round}, position ${s.index}`);
  return q;
}

export function lastAnswer(s: SessionState): AnswerRecord | undefined {
  return s.answers[s.answers.length - 1];
}

export function totalQuestions(s: SessionState): number {
  return s.rounds.reduce((n, r) => n + r.length, 0);
}

/** How many questions came before the current one, across rounds. */
export function questionNumber(s: SessionState): number {
  return s.rounds.slice(0, s.round).reduce((n, r) => n + r.length, 0) + s.index + 1;
}

/**
 * How right an answer is, from 0 to 1. A choice is right or wrong. An order earns a share
 * for each film in its right place. A year earns by distance (see `yearPoints`). Only a
 * whole answer (1) counts as right and keeps a streak going.
 */
export function credit(q: Question, given: { choice?: number | null; order?: readonly string[]; year?: number }): number {
  if (q.input === 'choice') return given.choice === q.answerIndex ? 1 : 0;
  if (q.input === 'order') {
    const order = given.order ?? [];
    if (order.length !== q.order.length) return 0;
    return order.filter((o, i) => o === q.order[i]).length / q.order.length;
  }
  return given.year === undefined ? 0 : yearPoints(given.year, q.year) / YEAR_POINTS_MAX;
}

function record(s: SessionState, given: { choice?: number | null; order?: readonly string[]; year?: number }, elapsedMs: number): SessionState {
  const q = currentQuestion(s);
  const player = currentPlayer(s);
  const share = credit(q, given);
  const correct = share === 1;
  const points = share > 0 ? Math.round(pointsFor(s.rules, true, elapsedMs, correct ? (s.streaks[player] ?? 0) : 0) * share) : 0;
  const text = given.order ? given.order.join(' → ') : given.year !== undefined ? String(given.year) : undefined;
  const answer: AnswerRecord = {
    questionId: q.id,
    player,
    choice: given.choice ?? null,
    ...(text !== undefined ? { given: text } : {}),
    correct,
    points,
    elapsedMs: Math.max(0, Math.round(elapsedMs)),
  };
  return {
    ...s,
    phase: 'answered',
    answers: [...s.answers, answer],
    score: s.score + points,
    scores: s.scores.map((v, i) => (i === player ? v + points : v)),
    streaks: s.streaks.map((v, i) => (i === player ? (correct ? v + 1 : 0) : v)),
  };
}

export function reduce(s: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'answer': {
      if (s.phase !== 'asking') return s;
      const q = currentQuestion(s);
      if (q.input !== 'choice' || !Number.isInteger(action.choice) || action.choice < 0 || action.choice >= q.options.length) return s;
      return record(s, { choice: action.choice }, action.elapsedMs);
    }
    case 'order': {
      if (s.phase !== 'asking') return s;
      const q = currentQuestion(s);
      // An order must use every option exactly once.
      if (q.input !== 'order' || action.order.length !== q.options.length || new Set(action.order).size !== q.options.length) return s;
      if (!action.order.every((o) => q.options.includes(o))) return s;
      return record(s, { order: action.order }, action.elapsedMs);
    }
    case 'guess': {
      if (s.phase !== 'asking') return s;
      const q = currentQuestion(s);
      if (q.input !== 'year' || !Number.isInteger(action.year) || action.year < 0 || action.year > 9999) return s;
      return record(s, { year: action.year }, action.elapsedMs);
    }
    case 'timeout':
      return s.phase === 'asking' ? record(s, { choice: null }, s.rules.timeLimitMs ?? 0) : s;
    case 'reveal':
      return s.phase === 'answered' ? { ...s, phase: 'revealed' } : s;
    case 'next': {
      if (s.phase === 'roundOver') return { ...s, phase: 'asking', round: s.round + 1, index: 0 };
      if (s.phase !== 'revealed') return s;
      const roundLength = s.rounds[s.round]?.length ?? 0;
      if (s.index + 1 < roundLength) return { ...s, phase: 'asking', index: s.index + 1 };
      if (s.round + 1 < s.rounds.length) return { ...s, phase: 'roundOver' };
      return { ...s, phase: 'finished' };
    }
  }
}

export interface PlayerSummary {
  readonly name: string;
  readonly score: number;
  readonly correct: number;
  readonly answered: number;
  readonly bestStreak: number;
}

export interface Summary {
  readonly score: number;
  readonly correct: number;
  readonly total: number;
  readonly bestStreak: number;
  /** Players ranked by score, best first (ties keep their seating order). */
  readonly standings: readonly PlayerSummary[];
  /** Right or wrong, question by question, round by round (for spoiler-free share text). */
  readonly marks: readonly (readonly boolean[])[];
}

/** The longest run of right answers in `answers`. */
export function bestStreak(answers: readonly AnswerRecord[]): number {
  let best = 0;
  let run = 0;
  for (const a of answers) {
    run = a.correct ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

export function summarize(s: SessionState): Summary {
  const players = s.players.map((name, i) => {
    const mine = s.answers.filter((a) => a.player === i);
    return { name, score: s.scores[i] ?? 0, correct: mine.filter((a) => a.correct).length, answered: mine.length, bestStreak: bestStreak(mine) };
  });
  const standings = players.map((p, i) => ({ p, i })).sort((a, b) => b.p.score - a.p.score || a.i - b.i).map(({ p }) => p);
  return {
    score: s.score,
    correct: s.answers.filter((a) => a.correct).length,
    total: totalQuestions(s),
    bestStreak: Math.max(0, ...players.map((p) => p.bestStreak)),
    standings,
    marks: s.rounds.map((round) => round.map((q) => s.answers.some((a) => a.questionId === q.id && a.correct))),
  };
}
