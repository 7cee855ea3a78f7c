/**
 * The game in progress: telling one game from the next in the stream of session states,
 * and where a saved game picks up again.
 */
import type { GameSetup } from '../settings';
import { reduce, type SessionState } from '../quiz/session';
import type { SavedGame } from './schema';

export function newGameId(s: SessionState, now: number): string {
  return `${s.deckId}:${s.seed}:${now}`;
}

function questionIds(s: SessionState): string {
  return s.rounds.map((r) => r.map((q) => q.id).join(',')).join('|');
}

/**
 * Whether `next` is a later step of the game `prev` (same quiz, no answer taken back).
 * A finished game never continues: whatever comes after it is a new game, even with the
 * same seed.
 */
export function continues(prev: SessionState, next: SessionState): boolean {
  if (prev.phase === 'finished' && next.phase !== 'finished') return false;
  if (next.answers.length < prev.answers.length) return false;
  return prev.deckId === next.deckId && prev.seed === next.seed && questionIds(prev) === questionIds(next);
}

export interface ResumePoint {
  readonly id: string;
  readonly session: SessionState;
  /** How long the current question has already been open: the timer goes on from here. */
  readonly elapsedMs: number;
  readonly setup: GameSetup | null;
}

/**
 * Where a saved game picks up; null for a finished game (it is counted, and nothing is
 * left to play). The question timer goes on from the time saved (so a
 * reload neither costs time nor buys more than the last second or so between saves),
 * never past the limit. A game saved in the moment between an answer and its reveal
 * opens at the reveal: that step is a timer's, and the timer went with the page.
 */
export function resumePoint(g: SavedGame): ResumePoint | null {
  if (g.session.phase === 'finished') return null;
  const session = g.session.phase === 'answered' ? reduce(g.session, { type: 'reveal' }) : g.session;
  const limit = session.rules.timeLimitMs;
  const elapsedMs = session.phase !== 'asking' ? 0 : limit === null ? g.elapsedMs : Math.min(g.elapsedMs, limit);
  return { id: g.id, session, elapsedMs, setup: g.setup };
}
