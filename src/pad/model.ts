/**
 * The phone pad's thinking, without a socket or a page: which screen a phone shows for a
 * view, whether a view is newer than the one shown, how an answer went, and the words for
 * a rank. Pure functions of plain data, so they run anywhere (and cost the pad little).
 */
import type { BoardRow, Given, Me, PadView, RoomPhase, SeatResult, TeamRow } from '../room/protocol';

export type ScreenKind = 'join' | 'kicked' | 'connecting' | 'lobby' | 'late' | 'paused' | 'question' | 'answered' | 'timeup' | 'reveal' | 'board' | 'final';

/** Where the phone's own answer to the open question stands. */
export interface OwnAnswer {
  readonly q: number;
  readonly given: Given;
  /** `sending`: on the way; `queued`: kept to send again; `in`: the host has it. */
  readonly status: 'sending' | 'queued' | 'in';
}

export interface ScreenInput {
  readonly seated: boolean;
  readonly kicked: boolean;
  readonly me: Me | null;
  readonly view: PadView | null;
  readonly answer: OwnAnswer | null;
  /** Milliseconds left on the question's clock as this phone counts it; null when untimed. */
  readonly remainingMs: number | null;
}

const ORDER: Record<RoomPhase, number> = { lobby: 0, asking: 1, revealed: 2, leaderboard: 3, finished: 4 };

/**
 * Whether `next` may replace `shown`. Views carry no sequence number, and a reply to
 * `hello` can be overtaken by a broadcast, so an older one (an earlier question, or an
 * earlier phase of the same one) is dropped. Equal positions are taken: pause, resume,
 * extra time and teams change within one phase.
 */
export function isNewer(next: PadView, shown: PadView | null): boolean {
  if (!shown || shown.room !== next.room) return true;
  if (shown.phase === 'finished') return next.phase === 'finished';
  if (next.phase === 'finished') return true;
  if (next.q !== shown.q) return next.q > shown.q;
  if (next.phase !== shown.phase) return ORDER[next.phase] > ORDER[shown.phase];
  // The same step (a pause, then its resume): the later view wins.
  return (next.seq ?? 0) >= (shown.seq ?? 0);
}

/** Whether this seat has an answer in (or on its way) for the open question. */
export function hasAnswered(s: ScreenInput): boolean {
  return !!s.view && !!s.answer && s.answer.q === s.view.q;
}

export function screenOf(s: ScreenInput): ScreenKind {
  if (s.kicked) return 'kicked';
  if (!s.seated) return 'join';
  const v = s.view;
  if (!v || !s.me) return 'connecting';
  switch (v.phase) {
    case 'lobby':
      return 'lobby';
    case 'asking':
      if (s.me.from > v.q) return 'late';
      if (v.paused) return 'paused';
      if (hasAnswered(s)) return 'answered';
      if (s.remainingMs !== null && s.remainingMs <= 0) return 'timeup';
      return v.question ? 'question' : 'connecting';
    case 'revealed':
      return 'reveal';
    case 'leaderboard':
      return 'board';
    case 'finished':
      return 'final';
  }
}

/** A key that changes when the screen must be built afresh (a new screen or a new question). */
export function screenKey(kind: ScreenKind, view: PadView | null): string {
  return `${kind}:${view?.room ?? ''}:${view?.q ?? -1}:${view?.question?.id ?? ''}`;
}

/** When the open question's time runs out, on this phone's clock, from a view received at `receivedAt`. */
export function deadlineOf(view: PadView, receivedAt: number): number | null {
  const q = view.question;
  if (view.phase !== 'asking' || !q || q.timeLimitMs === null) return null;
  return receivedAt + Math.max(0, q.timeLimitMs - q.elapsedMs);
}

export type Verdict = 'right' | 'close' | 'wrong' | 'none' | 'sat-out';

/** How this seat did on the question just closed. */
export function verdictOf(result: SeatResult | undefined): Verdict {
  if (!result) return 'sat-out';
  if (!result.given) return 'none';
  if (result.correct) return 'right';
  return result.points > 0 ? 'close' : 'wrong';
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  right: 'Right!',
  close: 'Close!',
  wrong: 'Not this time',
  none: "Time's up",
  'sat-out': 'You play from the next question',
};

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "2nd of 5", or "=2nd of 5" when the place is shared. */
export function placeText<T extends { readonly rank: number }>(row: T, rows: readonly T[]): string {
  const shared = rows.filter((r) => r.rank === row.rank).length > 1;
  return `${shared ? '=' : ''}${ordinal(row.rank)} of ${rows.length}`;
}

export function rowOf(board: readonly BoardRow[], seat: string | undefined): BoardRow | undefined {
  return board.find((r) => r.seat === seat);
}

/** This seat's team: as the board has it (the host can move a player), else as told at hello. */
export function teamOf(view: PadView | null, me: Me | null): number | null {
  const row = view ? rowOf(view.board, me?.seat) : undefined;
  return row ? row.team : (me?.team ?? null);
}

export function teamRowOf(view: PadView, team: number | null): TeamRow | undefined {
  return team === null ? undefined : view.teamBoard.find((t) => t.team === team);
}

/** What was given, in words: "B · Anora", "1999", or the films in the order given. */
export function givenText(view: PadView, given: Given | null | undefined): string {
  if (!given) return 'No answer';
  if (given.choice !== undefined) return `${String.fromCharCode(65 + given.choice)} · ${view.question?.options[given.choice] ?? ''}`;
  if (given.year !== undefined) return String(given.year);
  return (given.order ?? []).join(' → ');
}

/** The words under a final place. */
export function podiumLine(rank: number, players: number): string {
  if (players <= 1) return 'A perfect solo screening.';
  if (rank === 1) return 'Top of the bill: you won the night!';
  if (rank === 2) return 'Silver screen: second place!';
  if (rank === 3) return 'Bronze: on the podium!';
  return 'Thanks for playing: see you at the next screening.';
}

export function colourCss(colour: number): string {
  return `#${(colour & 0xffffff).toString(16).padStart(6, '0')}`;
}
