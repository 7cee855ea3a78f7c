/**
 * A game session as a reducer: `(state, action) → state`, no I/O, no clock. Scenes
 * dispatch actions and draw the state; they never compute a score.
 *
 *   asking ──answer/timeout──▶ answered ──reveal──▶ revealed ──next──▶ asking
 *                                                         │
 *                                        (end of a round) ├──next──▶ roundOver ──next──▶ asking
 *                                        (last question)  └──next──▶ finished
 *
 * Two ways to share a screen: in turns (question n goes to player n mod count), or by
 * buzzer, for teams: the question shows, a team buzzes in and answers it; an answer that
 * earns nothing shuts that team out and reopens the buzzers to the rest (a steal).
 */
import type { Quiz } from './generator';
import { yearPoints, YEAR_POINTS_MAX } from './kinds/closest-year';
import type { Question } from './question';
import { pointsFor, type ScoringRules } from './scoring';

export type Phase = 'asking' | 'answered' | 'revealed' | 'roundOver' | 'finished';

/** How the players (or teams) on one screen take the questions. */
export type PlayMode = 'turns' | 'buzzer';

/** Buzzer play, question by question: who holds the question, and who missed it already. */
export interface Buzz {
  /** The team answering now; null while the buzzers are open. */
  readonly holder: number | null;
  /** Teams that gave an answer worth nothing (or ran out of time): they cannot buzz again. */
  readonly out: readonly number[];
}

/** A score changed by hand (the host accepting an answer the game did not, say). */
export interface Correction {
  readonly player: number;
  /** Points added (or, below 0, taken away). */
  readonly delta: number;
  /** The question on screen when it was made, counted from 1 across rounds. */
  readonly atQuestion: number;
}

export const OPEN_BUZZ: Buzz = { holder: null, out: [] };

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
  /** Names of the players or teams: in turns, question n goes to player n mod count. */
  readonly players: readonly string[];
  readonly mode: PlayMode;
  /** Each team's colour as 0xRRGGBB, seat by seat; empty for players without colours. */
  readonly colours: readonly number[];
  /** Buzzer play's state for the current question (always open in turns). */
  readonly buzz: Buzz;
  /** Hand corrections, already counted in `score` and `scores`. */
  readonly corrections: readonly Correction[];
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
  /** Buzzer play: a team buzzes in. */
  | { readonly type: 'buzz'; readonly player: number }
  /** The host corrects a score by hand; a score never goes below 0. */
  | { readonly type: 'correct'; readonly player: number; readonly delta: number }
  | { readonly type: 'reveal' }
  | { readonly type: 'next' };

export interface SessionOptions {
  readonly mode?: PlayMode;
  readonly colours?: readonly number[];
}

export function startSession(quiz: Quiz, rules: ScoringRules, players: readonly string[] = ['Player 1'], options: SessionOptions = {}): SessionState {
  const rounds = quiz.rounds.map((r) => r.questions).filter((qs) => qs.length > 0);
  if (rounds.length === 0) throw new Error('this quiz has no questions');
  if (players.length === 0) throw new Error('a game needs at least one player');
  const mode = options.mode ?? 'turns';
  if (mode === 'buzzer' && players.length < 2) throw new Error('buzzer play needs at least two teams');
  const zeros = players.map(() => 0);
  const colours = options.colours ?? [];
  return {
    phase: 'asking',
    seed: quiz.seed,
    deckId: quiz.deckId,
    rules,
    players,
    mode,
    colours,
    buzz: OPEN_BUZZ,
    corrections: [],
    rounds,
    round: 0,
    index: 0,
    answers: [],
    score: 0,
    scores: zeros,
    streaks: zeros,
  };
}

/**
 * Who answers the current question: in turns, the players go round question by question;
 * by buzzer, the team holding the question, or -1 while the buzzers are open.
 */
export function currentPlayer(s: SessionState): number {
  if (s.mode === 'buzzer') return s.buzz.holder ?? -1;
  return (questionNumber(s) - 1) % s.players.length;
}

/** The last answer given to the current question, if any (by buzzer, a question can have several). */
export function answerNow(s: SessionState): AnswerRecord | undefined {
  const a = lastAnswer(s);
  return a && s.rounds[s.round]?.[s.index]?.id === a.questionId ? a : undefined;
}

/** Buzzer play: whether this team may buzz in now. */
export function canBuzz(s: SessionState, player: number): boolean {
  return s.mode === 'buzzer' && s.phase === 'asking' && s.buzz.holder === null && Number.isInteger(player) && player >= 0 && player < s.players.length && !s.buzz.out.includes(player);
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
  if (player < 0) return s;
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
  const after: SessionState = {
    ...s,
    phase: 'answered',
    answers: [...s.answers, answer],
    score: s.score + points,
    scores: s.scores.map((v, i) => (i === player ? v + points : v)),
    streaks: s.streaks.map((v, i) => (i === player ? (correct ? v + 1 : 0) : v)),
  };
  if (s.mode !== 'buzzer' || points > 0) return after;
  // By buzzer, an answer worth nothing shuts its team out; the rest may steal, while any are left.
  const out = [...s.buzz.out, player];
  return { ...after, phase: out.length < s.players.length ? 'asking' : 'answered', buzz: { holder: null, out } };
}

/** A hand correction: the score moves by `delta`, but not below 0. */
function corrected(s: SessionState, player: number, delta: number): SessionState {
  if (s.phase === 'finished' || !Number.isInteger(player) || player < 0 || player >= s.players.length || !Number.isInteger(delta)) return s;
  const before = s.scores[player] ?? 0;
  const applied = Math.max(-before, delta);
  if (applied === 0) return s;
  return {
    ...s,
    score: s.score + applied,
    scores: s.scores.map((v, i) => (i === player ? v + applied : v)),
    corrections: [...s.corrections, { player, delta: applied, atQuestion: questionNumber(s) }],
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
      if (s.phase !== 'asking') return s;
      // By buzzer, time running out on the open buzzers ends the question unanswered; on a team holding it, counts as its miss.
      if (s.mode === 'buzzer' && s.buzz.holder === null) return { ...s, phase: 'answered' };
      return record(s, { choice: null }, s.rules.timeLimitMs ?? 0);
    case 'buzz':
      return canBuzz(s, action.player) ? { ...s, buzz: { holder: action.player, out: s.buzz.out } } : s;
    case 'correct':
      return corrected(s, action.player, action.delta);
    case 'reveal':
      return s.phase === 'answered' ? { ...s, phase: 'revealed' } : s;
    case 'next': {
      if (s.phase === 'roundOver') return { ...s, phase: 'asking', round: s.round + 1, index: 0 };
      if (s.phase !== 'revealed') return s;
      const roundLength = s.rounds[s.round]?.length ?? 0;
      if (s.index + 1 < roundLength) return { ...s, phase: 'asking', index: s.index + 1, buzz: OPEN_BUZZ };
      if (s.round + 1 < s.rounds.length) return { ...s, phase: 'roundOver', buzz: OPEN_BUZZ };
      return { ...s, phase: 'finished', buzz: OPEN_BUZZ };
    }
  }
}

export interface PlayerSummary {
  readonly name: string;
  readonly score: number;
  readonly correct: number;
  readonly answered: number;
  readonly bestStreak: number;
  /** A team's colour (0xRRGGBB), where the game gave colours. */
  readonly colour?: number;
  /** Points added or taken away by hand, in all. */
  readonly corrected: number;
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
    const colour = s.colours[i];
    const corrected = s.corrections.filter((c) => c.player === i).reduce((n, c) => n + c.delta, 0);
    return { name, score: s.scores[i] ?? 0, correct: mine.filter((a) => a.correct).length, answered: mine.length, bestStreak: bestStreak(mine), corrected, ...(colour === undefined ? {} : { colour }) };
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
