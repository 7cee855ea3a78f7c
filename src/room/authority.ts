/**
 * The room's authority: the club-night session (`src/quiz/room-session.ts`) plus what it
 * takes to hold a room of phones: seat tokens, the question clock, and the replies.
 * It runs in the host's browser (and in Node, in the benchmark and tests); it knows no
 * socket. Messages come in through `handle`, the host's buttons through `control`, and
 * time through `tick`; whoever owns it is told through `Listener` what to send.
 *
 * Timing, on one clock (the host's): a question opens at `openedAt`. Each phone reports
 * when it shows the question (`seen`); its answer time is the host's time at the answer's
 * arrival minus the host's time at the `seen` message's arrival. Both messages take the
 * same road, so the network's lag cancels out instead of costing a far phone points, and
 * a phone's own clock is never trusted. The question closes `GRACE_MS` after its limit, so
 * a phone that got it a little late still has its whole time.
 */
import type { Question } from '../quiz/question';
import {
  answerOf,
  optionCounts,
  playing,
  type RoomAction,
  type RoomState,
  reduceRoom,
  type Refusal,
  refusal,
  roomQuestion,
  roundOf,
  seatOf,
  standings,
  teamStandings,
} from '../quiz/room-session';
import { cleanName, NAME_MESSAGES, nameProblem } from './names';
import type { ErrorCode, Given, HostReply, Me, PadView, Relayed, SeatKey } from './protocol';

/** Extra time after a question's limit before it closes, for phones that got it late. */
export const GRACE_MS = 1500;
/** How long a phone may be gone before it stops holding a question open. */
export const AWAY_AFTER_MS = 10_000;
export const ADD_TIME_MS = 10_000;

export type HostControl =
  | { readonly type: 'start' | 'pause' | 'resume' | 'skip' | 'add-time' | 'close' | 'board' | 'next' | 'end' }
  | { readonly type: 'kick'; readonly seat: string }
  | { readonly type: 'lock'; readonly locked: boolean }
  | { readonly type: 'team'; readonly seat: string; readonly team: number | null };

export interface Listener {
  /** The state changed. `broadcast` is true when the phones need a new view. */
  changed(broadcast: boolean): void;
  /** A seat was kicked: its phones are to be removed from the room. */
  kicked?(seat: string): void;
}

export interface Deps {
  /** Milliseconds from a monotonic clock. */
  now(): number;
  /** A random string of about `bits` bits (crypto.getRandomValues in the page). */
  random(bits: number): string;
}

/** What the host keeps to take the room back after a reload. */
export interface RoomSnapshot {
  readonly version: 1;
  readonly room: string;
  readonly key: string;
  readonly state: RoomState;
  readonly tokens: Readonly<Record<string, string>>;
  /** How long the open question had been open (pauses excluded). */
  readonly elapsedMs: number;
  readonly paused: boolean;
  readonly extraMs: number;
  /** When each seat showed the open question, on the question's clock. */
  readonly seen: Readonly<Record<string, number>>;
  /** Each seat's phone, and the phones of removed players, which may not join again. */
  readonly devices?: Readonly<Record<string, string>>;
  readonly banned?: readonly string[];
}

const REFUSALS: Record<Refusal, [ErrorCode, string]> = {
  'not-now': ['not-now', 'That cannot be done at this point of the game.'],
  'unknown-seat': ['forged-seat', 'This seat is not in the room.'],
  kicked: ['kicked', 'You were removed from this game by the host.'],
  'room-locked': ['room-locked', 'The host has locked the room: ask them to unlock it.'],
  'already-answered': ['already-answered', 'Your answer is already in.'],
  'not-your-question': ['not-your-question', 'You joined during this question: you play from the next one.'],
  'bad-answer': ['bad-answer', 'That answer does not fit this question.'],
  'bad-team': ['bad-team', 'There is no such team.'],
  'seat-taken': ['malformed', 'That seat exists already.'],
};

function fail(error: ErrorCode, message: string): HostReply {
  return { ok: false, error, message };
}

function sameGiven(a: Given | null, b: Given): boolean {
  return !!a && a.choice === b.choice && a.year === b.year && (a.order ?? []).join('\n') === (b.order ?? []).join('\n');
}

export class RoomAuthority {
  readonly room: string;
  readonly key: string;
  private s: RoomState;
  private tokens: Map<string, string>;
  private openedAt: number;
  private pausedAt: number | null;
  private extraMs: number;
  private seen: Map<string, number>;
  private goneAt = new Map<string, number>();
  private seq = 0;
  private devices: Map<string, string>;
  private banned: Set<string>;

  constructor(
    init: RoomSnapshot | { readonly room: string; readonly key: string; readonly state: RoomState },
    private readonly deps: Deps,
    private readonly listener: Listener = { changed: () => undefined },
  ) {
    const now = deps.now();
    this.room = init.room;
    this.key = init.key;
    this.s = init.state;
    const snap = 'version' in init ? init : null;
    this.tokens = new Map(Object.entries(snap?.tokens ?? {}));
    this.openedAt = now - (snap?.elapsedMs ?? 0);
    this.pausedAt = snap?.paused ? now : null;
    this.extraMs = snap?.extraMs ?? 0;
    this.seen = new Map(Object.entries(snap?.seen ?? {}));
    this.devices = new Map(Object.entries(snap?.devices ?? {}));
    this.banned = new Set(snap?.banned ?? []);
    // Saved in the moment between the last answer and the close: close it now, as it would have.
    if (snap && this.s.phase === 'asking') {
      const waiting = playing(this.s).filter((x) => !x.away && !answerOf(this.s, x.id));
      if (waiting.length === 0 && playing(this.s).length > 0) this.s = reduceRoom(this.s, { type: 'close' });
    }
  }

  get state(): RoomState {
    return this.s;
  }

  get paused(): boolean {
    return this.pausedAt !== null;
  }

  /** How long the open question has been open, pauses excluded. */
  get elapsedMs(): number {
    return (this.pausedAt ?? this.deps.now()) - this.openedAt;
  }

  /** The open question's limit with the host's extra time; null when untimed. */
  get limitMs(): number | null {
    const base = this.s.rules.timeLimitMs;
    return base === null ? null : base + this.extraMs;
  }

  snapshot(): RoomSnapshot {
    return {
      version: 1,
      room: this.room,
      key: this.key,
      state: this.s,
      tokens: Object.fromEntries(this.tokens),
      elapsedMs: this.elapsedMs,
      paused: this.paused,
      extraMs: this.extraMs,
      seen: Object.fromEntries(this.seen),
      devices: Object.fromEntries(this.devices),
      banned: [...this.banned],
    };
  }

  /** A phone's message, checked in full: a refused one changes nothing. */
  handle(r: Relayed): HostReply {
    switch (r.kind) {
      case 'join':
        return this.join(r.m.name, r.m.team ?? null, r.m.device);
      case 'hello': {
        const bad = this.check(r.m);
        if (bad) return bad;
        this.goneAt.delete(r.m.seat);
        if (seatOf(this.s, r.m.seat)?.away) this.apply({ type: 'presence', seat: r.m.seat, away: false }, false);
        return { ok: true, me: this.me(r.m.seat), view: this.view() };
      }
      case 'team': {
        const bad = this.check(r.m);
        if (bad) return bad;
        // Teams are fixed once the game runs, but a late joiner still picks one.
        if (this.s.phase !== 'lobby' && seatOf(this.s, r.m.seat)?.team !== null) return fail('not-now', 'Teams are fixed once the game has started.');
        const why = this.apply({ type: 'team', seat: r.m.seat, team: r.m.team }, true);
        return why ?? { ok: true, me: this.me(r.m.seat), view: this.view() };
      }
      case 'seen': {
        if (this.check(r.m) || r.m.q !== this.s.q || this.s.phase !== 'asking' || this.seen.has(r.m.seat)) return { ok: true };
        this.seen.set(r.m.seat, this.elapsedMs);
        return { ok: true };
      }
      case 'answer':
        return this.answer(r.m.seat, r.m.token, r.m.q, r.m.given);
      case 'gone':
        if (seatOf(this.s, r.seat)) this.goneAt.set(r.seat, this.deps.now());
        return { ok: true };
    }
  }

  private check(k: SeatKey): HostReply | null {
    if (k.room !== this.room) return fail('no-room', `There is no room ${k.room} here.`);
    const token = this.tokens.get(k.seat);
    if (!token || token !== k.token) return fail('forged-seat', 'This seat is not in the room.');
    if (seatOf(this.s, k.seat)?.kicked) return fail(...REFUSALS.kicked);
    return null;
  }

  private join(raw: string, team: number | null, device: string | undefined): HostReply {
    if (this.s.phase === 'finished') return fail('game-over', 'This game has ended.');
    if (device && this.banned.has(device)) return fail(...REFUSALS.kicked);
    if (this.s.locked) return fail(...REFUSALS['room-locked']);
    const name = cleanName(raw);
    // Kicked players keep their names taken: a kick is for the rest of the game.
    const problem = nameProblem(
      name,
      this.s.seats.map((x) => x.name),
    );
    if (problem) return fail(problem === 'taken' ? 'name-taken' : 'bad-name', NAME_MESSAGES[problem]);
    const seat = this.deps.random(48);
    const token = this.deps.random(128);
    const why = this.apply({ type: 'join', seat, name, team }, true);
    if (why) return why;
    this.tokens.set(seat, token);
    if (device) this.devices.set(seat, device);
    this.listener.changed(true);
    return { ok: true, token, me: this.me(seat), view: this.view() };
  }

  private answer(seat: string, token: string, q: number, given: Given): HostReply {
    const bad = this.check({ room: this.room, seat, token });
    if (bad) return bad;
    const earlier = answerOf(this.s, seat, q);
    // A phone that lost the acknowledgement sends its answer again: it is counted once.
    if (earlier && sameGiven(earlier.given, given)) return { ok: true, duplicate: true };
    if (earlier?.given) return fail('already-answered', 'Your answer is already in.');
    if (q < this.s.q || (q === this.s.q && this.s.phase !== 'asking' && this.s.phase !== 'lobby')) return fail('too-late', 'That question has closed.');
    if (q !== this.s.q || this.s.phase !== 'asking') return fail('wrong-question', 'That question is not open.');
    if (this.s.phase === 'asking' && this.paused) return fail('not-now', 'The game is paused.');
    const elapsed = Math.max(0, this.elapsedMs - (this.seen.get(seat) ?? 0));
    const limit = this.limitMs;
    if (this.s.phase === 'asking' && limit !== null && elapsed > limit + GRACE_MS / 2) return fail('too-late', "Time's up for this question.");
    const why = this.apply({ type: 'answer', seat, given, elapsedMs: elapsed }, false);
    if (why) return why;
    // The phones hear of it only when the question closes (every phone answered).
    this.listener.changed(this.s.phase !== 'asking');
    return { ok: true };
  }

  /** The host's buttons. Returns false when the control does not apply now. */
  control(c: HostControl): boolean {
    switch (c.type) {
      case 'pause':
        if (this.s.phase !== 'asking' || this.paused) return false;
        this.pausedAt = this.deps.now();
        this.listener.changed(true);
        return true;
      case 'resume':
        if (this.pausedAt === null) return false;
        this.openedAt += this.deps.now() - this.pausedAt;
        this.pausedAt = null;
        this.listener.changed(true);
        return true;
      case 'add-time':
        if (this.s.phase !== 'asking' || this.s.rules.timeLimitMs === null) return false;
        this.extraMs += ADD_TIME_MS;
        this.listener.changed(true);
        return true;
      case 'kick': {
        if (this.apply({ type: 'kick', seat: c.seat }, true)) return false;
        const device = this.devices.get(c.seat);
        if (device) this.banned.add(device);
        this.listener.kicked?.(c.seat);
        return true;
      }
      case 'lock':
        return !this.apply({ type: 'lock', locked: c.locked }, true);
      case 'team':
        return !this.apply({ type: 'team', seat: c.seat, team: c.team }, true);
      default:
        return !this.apply({ type: c.type }, true);
    }
  }

  /** Time passing: closes a question whose time is up, and lets long-gone phones stop holding one open. */
  tick(): void {
    const now = this.deps.now();
    for (const [seat, at] of this.goneAt) {
      if (now - at < AWAY_AFTER_MS) continue;
      this.goneAt.delete(seat);
      this.apply({ type: 'presence', seat, away: true }, true);
    }
    const limit = this.limitMs;
    if (this.s.phase === 'asking' && !this.paused && limit !== null && this.elapsedMs >= limit + GRACE_MS) this.apply({ type: 'close' }, true);
  }

  /** Applies an action to the session; a refusal comes back as the reply to send. */
  private apply(a: RoomAction, broadcast: boolean): HostReply | null {
    const why = refusal(this.s, a);
    if (why) return fail(...REFUSALS[why]);
    const before = this.s;
    this.s = reduceRoom(before, a);
    if (this.s.phase === 'asking' && (before.phase !== 'asking' || before.q !== this.s.q)) {
      this.openedAt = this.deps.now();
      this.pausedAt = null;
      this.extraMs = 0;
      this.seen.clear();
    }
    // A question that closes while paused (closed, skipped, its last player kicked) leaves the room unpaused.
    if (this.s.phase !== 'asking') this.pausedAt = null;
    if (a.type !== 'join' && a.type !== 'answer') this.listener.changed(broadcast || this.s.phase !== before.phase);
    return null;
  }

  private me(seat: string): Me {
    const x = seatOf(this.s, seat);
    const open = this.s.phase === 'asking' ? this.s.q : -1;
    const score = this.s.answers.reduce((n, a) => (a.seat === seat && a.q !== open ? n + a.points : n), 0);
    return { seat, name: x?.name ?? '', team: x?.team ?? null, from: x?.from ?? 0, score, given: this.s.phase === 'asking' ? (answerOf(this.s, seat)?.given ?? null) : null };
  }

  /** What every phone may see now. While a question is open, nothing says which option is right. */
  view(): PadView {
    const s = this.s;
    const closed = s.phase === 'revealed' || s.phase === 'leaderboard';
    const q: Question | null = s.phase === 'lobby' || s.phase === 'finished' ? null : roomQuestion(s);
    // The open question's points stay off the board until it closes: a score that moved would say who was right.
    const board = standings(s.phase === 'asking' ? { ...s, answers: s.answers.filter((a) => a.q !== s.q) } : s);
    this.seq = Math.max(this.seq + 1, Date.now());
    return {
      room: this.room,
      seq: this.seq,
      phase: s.phase,
      paused: this.paused,
      locked: s.locked,
      q: s.q,
      total: s.questions.length,
      round: roundOf(s),
      rounds: s.roundStarts.length,
      teams: s.teams.map((t) => ({ name: t.name, colour: t.colour })),
      players: board.length,
      question: q
        ? { id: `q${s.q}`, category: q.category, prompt: q.prompt, input: q.input, options: q.options, timeLimitMs: this.limitMs, elapsedMs: s.phase === 'asking' ? Math.round(this.elapsedMs) : 0 }
        : null,
      reveal:
        q && closed
          ? {
              answer: q.answer,
              answerIndex: q.answerIndex,
              explanation: q.explanation,
              source: [...new Set(q.sources.map((x) => x.sourceTitle))].join('; '),
              counts: optionCounts(s),
            }
          : null,
      results: closed ? Object.fromEntries(s.answers.filter((a) => a.q === s.q).map((a) => [a.seat, { given: a.given, correct: a.correct, points: a.points }])) : null,
      // While a question is open the phones keep the board they had (it cannot change until
      // the question closes), so the views sent to every phone then stay small.
      board: s.phase === 'asking' ? [] : board.map((b) => ({ seat: b.seat, name: b.name, team: b.team, score: b.score, rank: b.rank })),
      teamBoard: s.phase === 'asking' ? [] : teamStandings(s, board).map((t) => ({ team: t.team, name: t.name, colour: t.colour, score: t.score, rank: t.rank })),
    };
  }
}
