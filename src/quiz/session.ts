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
import type { Question } from './question';
import { pointsFor, type ScoringRules } from './scoring';

export type Phase = 'asking' | 'answered' | 'revealed' | 'roundOver' | 'finished';

export interface AnswerRecord {
  readonly questionId: string;
  /** The option picked, or null when time ran out. */
  readonly choice: number | null;
  readonly correct: boolean;
  readonly points: number;
  readonly elapsedMs: number;
}

export interface SessionState {
  readonly phase: Phase;
  readonly seed: string;
  readonly deckId: string;
  readonly rules: ScoringRules;
  readonly rounds: readonly (readonly Question[])[];
  readonly round: number;
  /** Position within the current round. */
  readonly index: number;
  readonly answers: readonly AnswerRecord[];
  readonly score: number;
  readonly streak: number;
}

export type SessionAction =
  | { readonly type: 'answer'; readonly choice: number; readonly elapsedMs: number }
  | { readonly type: 'timeout' }
  | { readonly type: 'reveal' }
  | { readonly type: 'next' };

export function startSession(quiz: Quiz, rules: ScoringRules): SessionState {
  const rounds = quiz.rounds.map((r) => r.questions).filter((qs) => qs.length > 0);
  if (rounds.length === 0) throw new Error('this quiz has no questions');
  return { phase: 'asking', seed: quiz.seed, deckId: quiz.deckId, rules, rounds, round: 0, index: 0, answers: [], score: 0, streak: 0 };
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

function record(s: SessionState, choice: number | null, elapsedMs: number): SessionState {
  const q = currentQuestion(s);
  const correct = choice === q.answerIndex;
  const points = pointsFor(s.rules, correct, elapsedMs, s.streak);
  const answer: AnswerRecord = { questionId: q.id, choice, correct, points, elapsedMs: Math.max(0, Math.round(elapsedMs)) };
  return { ...s, phase: 'answered', answers: [...s.answers, answer], score: s.score + points, streak: correct ? s.streak + 1 : 0 };
}

export function reduce(s: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'answer': {
      if (s.phase !== 'asking') return s;
      const q = currentQuestion(s);
      if (!Number.isInteger(action.choice) || action.choice < 0 || action.choice >= q.options.length) return s;
      return record(s, action.choice, action.elapsedMs);
    }
    case 'timeout':
      return s.phase === 'asking' ? record(s, null, s.rules.timeLimitMs ?? 0) : s;
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

export interface Summary {
  readonly score: number;
  readonly correct: number;
  readonly total: number;
  readonly bestStreak: number;
}

export function summarize(s: SessionState): Summary {
  let best = 0;
  let run = 0;
  for (const a of s.answers) {
    run = a.correct ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return { score: s.score, correct: s.answers.filter((a) => a.correct).length, total: totalQuestions(s), bestStreak: best };
}
