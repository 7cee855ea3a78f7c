/**
 * The club-night session: everyone in the room answers the same question at once. A
 * reducer like the hot-seat one (`session.ts`), with the same scoring (`credit`,
 * `pointsFor`); no I/O, no clock, no network. Whoever holds the room (the host's
 * browser) measures time and dispatches; phones only ever see a view of this state.
 *
 *   lobby ──start──▶ asking ──all answered / close──▶ revealed ──board──▶ leaderboard ──next──▶ asking …
 *                      │                                 └───────────────next──────────────────┘
 *                      └──skip──▶ asking (the next one)              (after the last question) ──▶ finished
 *
 * Seats, not sockets: a seat is a player's place in the room, kept through reloads and
 * dropped connections. A seat that joins after a question opened plays from the next one.
 */
import { credit } from './session';
import type { Question } from './question';
import { pointsFor, type ScoringRules } from './scoring';
import { MAX_TEAMS, TEAM_COLOURS } from './team-colours';

export type RoomPhase = 'lobby' | 'asking' | 'revealed' | 'leaderboard' | 'finished';

/** What a player gave: one of these, by the question's input. */
export interface Given {
  readonly choice?: number;
  readonly order?: readonly string[];
  readonly year?: number;
}

export interface Seat {
  readonly id: string;
  readonly name: string;
  /** An index into `teams`, or null without teams (or before picking one). */
  readonly team: number | null;
  /** The first question (an index across rounds) this seat plays. */
  readonly from: number;
  readonly kicked: boolean;
  /** No connection right now: an away seat does not hold a question open. */
  readonly away: boolean;
}

export interface RoomAnswer {
  readonly seat: string;
  /** The question, as an index across rounds. */
  readonly q: number;
  /** Null when the question closed without an answer from this seat. */
  readonly given: Given | null;
  readonly correct: boolean;
  readonly points: number;
  readonly elapsedMs: number;
}

export interface Team {
  readonly name: string;
  /** A colour as 0xRRGGBB. */
  readonly colour: number;
}

export interface RoomState {
  readonly phase: RoomPhase;
  readonly seed: string;
  readonly deckId: string;
  readonly rules: ScoringRules;
  readonly questions: readonly Question[];
  /** Where each round starts, as question indexes (the first is 0). */
  readonly roundStarts: readonly number[];
  /** The current question, an index into `questions`. */
  readonly q: number;
  readonly teams: readonly Team[];
  readonly seats: readonly Seat[];
  readonly answers: readonly RoomAnswer[];
  /** Questions skipped by the host: asked of nobody, counted for nobody. */
  readonly skipped: readonly number[];
  /** A locked room takes no new players (returning seats still come back). */
  readonly locked: boolean;
}

export type RoomAction =
  | { readonly type: 'join'; readonly seat: string; readonly name: string; readonly team?: number | null }
  | { readonly type: 'team'; readonly seat: string; readonly team: number | null }
  | { readonly type: 'presence'; readonly seat: string; readonly away: boolean }
  | { readonly type: 'kick'; readonly seat: string }
  | { readonly type: 'lock'; readonly locked: boolean }
  | { readonly type: 'start' }
  | { readonly type: 'answer'; readonly seat: string; readonly given: Given; readonly elapsedMs: number }
  | { readonly type: 'close' }
  | { readonly type: 'skip' }
  | { readonly type: 'board' }
  | { readonly type: 'next' }
  | { readonly type: 'end' };

/** Why an action changed nothing, for the error reply. */
export type Refusal =
  | 'not-now'
  | 'unknown-seat'
  | 'kicked'
  | 'room-locked'
  | 'already-answered'
  | 'not-your-question'
  | 'bad-answer'
  | 'bad-team'
  | 'seat-taken';

export { MAX_TEAMS, TEAM_COLOURS } from './team-colours';

export function teamsNamed(names: readonly string[]): Team[] {
  return names.slice(0, MAX_TEAMS).map((name, i) => ({ name, colour: TEAM_COLOURS[i % TEAM_COLOURS.length] ?? 0xffffff }));
}

export function startRoom(quiz: { readonly seed: string; readonly deckId: string; readonly rounds: readonly { readonly questions: readonly Question[] }[] }, rules: ScoringRules, teams: readonly Team[] = []): RoomState {
  const rounds = quiz.rounds.map((r) => r.questions).filter((qs) => qs.length > 0);
  if (rounds.length === 0) throw new Error('this quiz has no questions');
  if (teams.length === 1 || teams.length > MAX_TEAMS) throw new Error(`a room has no teams or 2–${MAX_TEAMS}, not ${teams.length}`);
  const roundStarts: number[] = [];
  let at = 0;
  for (const r of rounds) {
    roundStarts.push(at);
    at += r.length;
  }
  return { phase: 'lobby', seed: quiz.seed, deckId: quiz.deckId, rules, questions: rounds.flat(), roundStarts, q: 0, teams, seats: [], answers: [], skipped: [], locked: false };
}

export function roomQuestion(s: RoomState): Question {
  const q = s.questions[s.q];
  if (!q) throw new Error(`no question ${s.q}`);
  return q;
}

/** The round the current question is in, from 0. */
export function roundOf(s: RoomState, q = s.q): number {
  let r = 0;
  s.roundStarts.forEach((start, i) => {
    if (q >= start) r = i;
  });
  return r;
}

export function seatOf(s: RoomState, id: string): Seat | undefined {
  return s.seats.find((x) => x.id === id);
}

/** Seats that play the current question: in the room, not kicked, joined in time. */
export function playing(s: RoomState): Seat[] {
  return s.seats.filter((x) => !x.kicked && x.from <= s.q);
}

export function answerOf(s: RoomState, seat: string, q = s.q): RoomAnswer | undefined {
  return s.answers.find((a) => a.seat === seat && a.q === q);
}

/** How many of the seats that play this question have answered it. */
export function answeredCount(s: RoomState): { answered: number; of: number } {
  const seats = playing(s);
  return { answered: seats.filter((x) => answerOf(s, x.id)?.given).length, of: seats.length };
}

/** Whether an action is allowed now; null when it is, else why not. */
export function refusal(s: RoomState, a: RoomAction): Refusal | null {
  switch (a.type) {
    case 'join': {
      if (s.phase === 'finished') return 'not-now';
      if (seatOf(s, a.seat)) return 'seat-taken';
      if (s.locked) return 'room-locked';
      return a.team === undefined || a.team === null || validTeam(s, a.team) ? null : 'bad-team';
    }
    case 'team': {
      const seat = seatOf(s, a.seat);
      if (!seat) return 'unknown-seat';
      if (seat.kicked) return 'kicked';
      return a.team === null || validTeam(s, a.team) ? null : 'bad-team';
    }
    case 'presence':
    case 'kick':
      return seatOf(s, a.seat) ? null : 'unknown-seat';
    case 'lock':
      return null;
    case 'start':
      return s.phase === 'lobby' ? null : 'not-now';
    case 'answer': {
      const seat = seatOf(s, a.seat);
      if (!seat) return 'unknown-seat';
      if (seat.kicked) return 'kicked';
      if (s.phase !== 'asking') return 'not-now';
      if (seat.from > s.q) return 'not-your-question';
      if (answerOf(s, a.seat)) return 'already-answered';
      return validAnswer(roomQuestion(s), a.given) ? null : 'bad-answer';
    }
    case 'close':
    case 'skip':
      return s.phase === 'asking' ? null : 'not-now';
    case 'board':
      return s.phase === 'revealed' ? null : 'not-now';
    case 'next':
      return s.phase === 'revealed' || s.phase === 'leaderboard' ? null : 'not-now';
    case 'end':
      return s.phase === 'finished' ? 'not-now' : null;
  }
}

function validTeam(s: RoomState, team: number): boolean {
  return Number.isInteger(team) && team >= 0 && team < s.teams.length;
}

/** An answer of the question's own form: one option, every film once, or a four-digit year. */
export function validAnswer(q: Question, g: Given): boolean {
  if (q.input === 'choice') return g.order === undefined && g.year === undefined && Number.isInteger(g.choice) && (g.choice ?? -1) >= 0 && (g.choice ?? 0) < q.options.length;
  if (q.input === 'order') {
    const o = g.order;
    return g.choice === undefined && g.year === undefined && Array.isArray(o) && o.length === q.options.length && new Set(o).size === o.length && o.every((x) => q.options.includes(x));
  }
  return g.choice === undefined && g.order === undefined && Number.isInteger(g.year) && (g.year ?? -1) >= 0 && (g.year ?? 10000) <= 9999;
}

/** Right answers in a row before question `q`, for the streak bonus. */
function streakBefore(s: RoomState, seat: string, q: number): number {
  let run = 0;
  for (let i = q - 1; i >= 0; i--) {
    if (s.skipped.includes(i)) continue;
    const a = answerOf(s, seat, i);
    if (!a?.correct) break;
    run++;
  }
  return run;
}

function record(s: RoomState, seat: string, given: Given | null, elapsedMs: number): RoomAnswer {
  const q = roomQuestion(s);
  const share = given ? credit(q, given) : 0;
  const correct = share === 1;
  const t = Math.max(0, Math.round(s.rules.timeLimitMs === null ? elapsedMs : Math.min(elapsedMs, s.rules.timeLimitMs)));
  const points = share > 0 ? Math.round(pointsFor(s.rules, true, t, correct ? streakBefore(s, seat, s.q) : 0) * share) : 0;
  return { seat, q: s.q, given, correct, points, elapsedMs: t };
}

/** The seats that have answered the current question, in one pass: this runs on every answer, and a long game holds thousands. */
function answeredNow(s: RoomState): Set<string> {
  const seats = new Set<string>();
  for (const a of s.answers) if (a.q === s.q) seats.add(a.seat);
  return seats;
}

/** Closes the question: every seat that played it and gave nothing gets an empty answer. */
function close(s: RoomState): RoomState {
  const answered = answeredNow(s);
  const missing = playing(s).filter((x) => !answered.has(x.id));
  return { ...s, phase: 'revealed', answers: [...s.answers, ...missing.map((x) => record(s, x.id, null, s.rules.timeLimitMs ?? 0))] };
}

/** After an answer: the question closes by itself once every seat here has answered. */
function closeIfAllIn(s: RoomState): RoomState {
  const answered = answeredNow(s);
  const seats = playing(s);
  const waiting = seats.filter((x) => !x.away && !answered.has(x.id));
  return waiting.length === 0 && seats.length > 0 ? close(s) : s;
}

function advance(s: RoomState): RoomState {
  return s.q + 1 < s.questions.length ? { ...s, phase: 'asking', q: s.q + 1 } : { ...s, phase: 'finished' };
}

function updateSeat(s: RoomState, id: string, change: Partial<Seat>): RoomState {
  return { ...s, seats: s.seats.map((x) => (x.id === id ? { ...x, ...change } : x)) };
}

/** The next state; the same object when the action is refused (see `refusal`). */
export function reduceRoom(s: RoomState, a: RoomAction): RoomState {
  if (refusal(s, a)) return s;
  switch (a.type) {
    case 'join': {
      // A late joiner plays from the next question: the one open now started without them.
      const from = s.phase === 'lobby' ? 0 : s.q + 1;
      const seat: Seat = { id: a.seat, name: a.name, team: a.team ?? null, from, kicked: false, away: false };
      return { ...s, seats: [...s.seats, seat] };
    }
    case 'team':
      return updateSeat(s, a.seat, { team: a.team });
    case 'presence': {
      const next = updateSeat(s, a.seat, { away: a.away });
      return next.phase === 'asking' && a.away ? closeIfAllIn(next) : next;
    }
    case 'kick': {
      const next = updateSeat(s, a.seat, { kicked: true });
      return next.phase === 'asking' ? closeIfAllIn(next) : next;
    }
    case 'lock':
      return s.locked === a.locked ? s : { ...s, locked: a.locked };
    case 'start':
      return { ...s, phase: 'asking', q: 0 };
    case 'answer':
      return closeIfAllIn({ ...s, answers: [...s.answers, record(s, a.seat, a.given, a.elapsedMs)] });
    case 'close':
      return close(s);
    case 'skip':
      return advance({ ...s, skipped: [...s.skipped, s.q], answers: s.answers.filter((x) => x.q !== s.q) });
    case 'board':
      return { ...s, phase: 'leaderboard' };
    case 'next':
      return advance(s);
    case 'end':
      return { ...s, phase: 'finished' };
  }
}

export interface Standing {
  readonly seat: string;
  readonly name: string;
  readonly team: number | null;
  readonly score: number;
  readonly correct: number;
  /** 1 for the best; equal scores share a rank. */
  readonly rank: number;
}

export interface TeamStanding {
  readonly team: number;
  readonly name: string;
  readonly colour: number;
  /** The mean of its members' points, so a big team has no head start. */
  readonly score: number;
  readonly members: number;
  readonly rank: number;
}

function ranked<T extends { readonly score: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score);
  return sorted.map((r) => ({ ...r, rank: sorted.findIndex((x) => x.score === r.score) + 1 }));
}

/** Everyone still in the room, best first. */
export function standings(s: RoomState): Standing[] {
  // One pass over the answers, not one per seat: every view the phones get is built from this.
  const totals = new Map<string, { score: number; correct: number }>();
  for (const a of s.answers) {
    const t = totals.get(a.seat) ?? { score: 0, correct: 0 };
    t.score += a.points;
    if (a.correct) t.correct++;
    totals.set(a.seat, t);
  }
  const rows = s.seats
    .filter((x) => !x.kicked)
    .map((x) => ({ seat: x.id, name: x.name, team: x.team, score: totals.get(x.id)?.score ?? 0, correct: totals.get(x.id)?.correct ?? 0 }));
  return ranked(rows);
}

export function teamStandings(s: RoomState, players: readonly Standing[] = standings(s)): TeamStanding[] {
  const rows = s.teams.map((t, i) => {
    const members = players.filter((p) => p.team === i);
    const total = members.reduce((n, p) => n + p.score, 0);
    return { team: i, name: t.name, colour: t.colour, score: members.length ? Math.round(total / members.length) : 0, members: members.length };
  });
  return ranked(rows);
}

/** How many seats picked each option of the current question (choice questions; else empty). */
export function optionCounts(s: RoomState): number[] {
  const q = roomQuestion(s);
  if (q.input !== 'choice') return [];
  const counts = q.options.map(() => 0);
  for (const a of s.answers) if (a.q === s.q && a.given?.choice !== undefined) counts[a.given.choice] = (counts[a.given.choice] ?? 0) + 1;
  return counts;
}
