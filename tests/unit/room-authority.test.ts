import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Given, type RoomState, standings, teamsNamed } from '../../src/quiz/room-session';
import type { ScoringRules } from '../../src/quiz/scoring';
import { ADD_TIME_MS, AWAY_AFTER_MS, GRACE_MS, type HostControl, RoomAuthority, type RoomSnapshot } from '../../src/room/authority';
import type { ErrorCode, HostReply, PadView, Relayed, SeatKey } from '../../src/room/protocol';
import { ACCURACY, answerTo, choice, keysIn, order, room, SPEED, UNTIMED, year } from '../room/fixtures';

const ROOM = 'ABCD';
const LIMIT = ACCURACY.timeLimitMs ?? 0;

/** A host on a fake clock, with a record of what it told its listener. */
function host(state: RoomState = room([[choice(0), choice(1), choice(2)]])) {
  const clock = { t: 50_000 };
  let n = 0;
  const changes: boolean[] = [];
  const kicked: string[] = [];
  const deps = { now: () => clock.t, random: (bits: number) => `${bits === 48 ? 'seat' : 'token'}-${++n}` };
  const listener = { changed: (b: boolean) => changes.push(b), kicked: (seat: string) => kicked.push(seat) };
  const a = new RoomAuthority({ room: ROOM, key: 'k'.repeat(32), state }, deps, listener);
  const h = {
    a,
    clock,
    deps,
    changes,
    kicked,
    advance(ms: number) {
      clock.t += ms;
      a.tick();
    },
    /** A player joins; fails the test if the host refuses. */
    join(name: string, team: number | null = null): SeatKey {
      const r = a.handle({ kind: 'join', m: { room: ROOM, name, team } });
      if (!r.ok || !r.token || !r.me) throw new Error(`${name} could not join: ${JSON.stringify(r)}`);
      return { room: ROOM, seat: r.me.seat, token: r.token };
    },
    answer(k: SeatKey, given: Given, q = a.state.q): HostReply {
      return a.handle({ kind: 'answer', m: { ...k, q, given } });
    },
    pick(k: SeatKey, c: number, q = a.state.q): HostReply {
      return h.answer(k, { choice: c }, q);
    },
    seen(k: SeatKey, q = a.state.q): HostReply {
      return a.handle({ kind: 'seen', m: { ...k, q } });
    },
    hello(k: SeatKey): HostReply {
      return a.handle({ kind: 'hello', m: k });
    },
    control(c: HostControl): boolean {
      return a.control(c);
    },
    scores(): Record<string, number> {
      return Object.fromEntries(a.view().board.map((b) => [b.name, b.score]));
    },
  };
  return h;
}

type Host = ReturnType<typeof host>;

/** Ann and Bea in a started room of three choice questions (answers 0, 1, 2). */
function twoPlaying(state?: RoomState): Host & { ann: SeatKey; bea: SeatKey } {
  const h = host(state);
  const ann = h.join('Ann');
  const bea = h.join('Bea');
  h.control({ type: 'start' });
  return Object.assign(h, { ann, bea });
}

/** A view without its sequence number, which only ever grows. */
const sameView = (v: PadView): Omit<PadView, 'seq'> & { seq?: number } => ({ ...v, seq: undefined });

/** Everything the authority keeps but its state (compared by identity), as text. */
function rest(a: RoomAuthority): string {
  const { state: _, ...others } = a.snapshot();
  return JSON.stringify(others);
}

const errorOf = (r: HostReply): ErrorCode | null => (r.ok ? null : r.error);

describe('the room authority', () => {
  it('seats a player with a token, and tells the phones', () => {
    const h = host();
    const r = h.a.handle({ kind: 'join', m: { room: ROOM, name: '  Ann  ' } });
    expect(r).toMatchObject({ ok: true, token: 'token-2', me: { seat: 'seat-1', name: 'Ann', team: null, from: 0, given: null } });
    expect(r.ok && r.view?.board.map((b) => b.name)).toEqual(['Ann']);
    expect(h.changes).toEqual([true]);
  });

  it.each<[string, (h: Host) => void, string, number | null, ErrorCode]>([
    ['an empty name', () => undefined, '', null, 'bad-name'],
    ['a name of spaces and control characters', () => undefined, '  \u0000\t ', null, 'bad-name'],
    ['a rude name', () => undefined, 'sh1t head', null, 'bad-name'],
    ['a name over 16 characters', () => undefined, 'Seventeen chars!!', null, 'bad-name'],
    ['a name someone has, in other capitals', (h) => h.join('Ann'), ' ANN ', null, 'name-taken'],
    ['the name of a kicked player', (h) => h.control({ type: 'kick', seat: h.join('Ann').seat }), 'Ann', null, 'name-taken'],
    ['a team that does not exist', () => undefined, 'Cy', 5, 'bad-team'],
    ['a locked room', (h) => h.control({ type: 'lock', locked: true }), 'Cy', null, 'room-locked'],
    ['a game that has ended', (h) => h.control({ type: 'end' }), 'Cy', null, 'game-over'],
  ])('refuses a join with %s, and changes nothing', (_, setUp, name, team, error) => {
    const h = host(room([[choice(0)]], ACCURACY, teamsNamed(['Reds', 'Blues'])));
    setUp(h);
    const before = h.a.state;
    const snap = h.a.snapshot();
    const told = h.changes.length;
    expect(errorOf(h.a.handle({ kind: 'join', m: { room: ROOM, name, team } }))).toBe(error);
    expect(h.a.state).toBe(before);
    expect(h.a.snapshot()).toEqual(snap);
    expect(h.changes).toHaveLength(told);
  });

  it('takes a 16-character name, and counts characters, not UTF-16 units', () => {
    const h = host();
    expect(h.join('Sixteen chars!!!')).toBeTruthy();
    expect(h.join('🎬'.repeat(16))).toBeTruthy();
  });

  it.each<[string, (h: Host & { ann: SeatKey; bea: SeatKey }) => Relayed, ErrorCode]>([
    ['an answer with a forged token', (h) => ({ kind: 'answer', m: { ...h.ann, token: 'token-9', q: 0, given: { choice: 0 } } }), 'forged-seat'],
    ['an answer for a seat that does not exist', (h) => ({ kind: 'answer', m: { ...h.ann, seat: 'seat-99', q: 0, given: { choice: 0 } } }), 'forged-seat'],
    ['a hello with a forged token', (h) => ({ kind: 'hello', m: { ...h.ann, token: h.bea.token } }), 'forged-seat'],
    ['a hello for another room', (h) => ({ kind: 'hello', m: { ...h.ann, room: 'WXYZ' } }), 'no-room'],
    ['an answer for the next question', (h) => ({ kind: 'answer', m: { ...h.ann, q: 1, given: { choice: 0 } } }), 'wrong-question'],
    ['an answer that does not fit the question', (h) => ({ kind: 'answer', m: { ...h.ann, q: 0, given: { year: 2024 } } }), 'bad-answer'],
    ['a team that does not exist', (h) => ({ kind: 'team', m: { ...h.ann, team: 1 } }), 'bad-team'],
  ])('refuses %s, and changes nothing', (_, message, error) => {
    const h = twoPlaying();
    const before = h.a.state;
    const snap = h.a.snapshot();
    const told = h.changes.length;
    expect(errorOf(h.a.handle(message(h)))).toBe(error);
    expect(h.a.state).toBe(before);
    expect(h.a.snapshot()).toEqual(snap);
    expect(h.changes).toHaveLength(told);
  });

  it('lets players pick a team in the lobby, and keeps it once the game has started', () => {
    const h = host(room([[choice(0)]], ACCURACY, teamsNamed(['Reds', 'Blues'])));
    const ann = h.join('Ann', 0);
    expect(h.a.handle({ kind: 'team', m: { ...ann, team: 1 } })).toMatchObject({ ok: true, me: { team: 1 } });
    h.control({ type: 'start' });
    const before = h.a.state;
    expect(errorOf(h.a.handle({ kind: 'team', m: { ...ann, team: 0 } }))).toBe('not-now');
    expect(h.a.state).toBe(before);
  });

  it('takes an answer, refuses a different second one, and counts an identical resend once', () => {
    const h = twoPlaying();
    expect(h.pick(h.ann, 0)).toEqual({ ok: true });
    const after = h.a.state;
    expect(errorOf(h.pick(h.ann, 1))).toBe('already-answered');
    expect(h.pick(h.ann, 0)).toEqual({ ok: true, duplicate: true });
    expect(h.a.state).toBe(after);
    expect(h.a.state.answers).toHaveLength(1);
    // After the question closes, a resend is still a duplicate, not a new answer or an error.
    h.pick(h.bea, 0);
    expect(h.a.state.phase).toBe('revealed');
    expect(h.pick(h.ann, 0)).toEqual({ ok: true, duplicate: true });
    expect(h.a.state.answers.filter((x) => x.seat === h.ann.seat)).toHaveLength(1);
  });

  it('refuses an answer to a question that has closed as too late', () => {
    const h = twoPlaying();
    h.control({ type: 'close' });
    expect(errorOf(h.pick(h.ann, 0))).toBe('too-late');
    h.control({ type: 'next' });
    expect(errorOf(h.pick(h.ann, 0, 0))).toBe('too-late');
    expect(h.a.state.answers.filter((x) => x.given)).toEqual([]);
  });

  it.each([
    [LIMIT + GRACE_MS / 2, true],
    [LIMIT + GRACE_MS / 2 + 1, false],
  ])('takes an answer %d ms after the question opened: %s (the limit plus half the grace)', (ms, taken) => {
    const h = twoPlaying();
    h.clock.t += ms;
    const r = h.pick(h.ann, 0);
    expect(errorOf(r)).toBe(taken ? null : 'too-late');
  });

  it('refuses answers while paused, and the clock stands still', () => {
    const h = twoPlaying(room([[choice(0), choice(1)]], SPEED));
    h.advance(4000);
    expect(h.control({ type: 'pause' })).toBe(true);
    expect(h.control({ type: 'pause' })).toBe(false);
    expect(h.a.view().paused).toBe(true);
    h.advance(5 * 60_000);
    expect(h.a.state.phase).toBe('asking');
    expect(errorOf(h.pick(h.ann, 0))).toBe('not-now');
    h.control({ type: 'resume' });
    h.advance(1000);
    expect(h.pick(h.ann, 0)).toEqual({ ok: true });
    expect(h.a.state.answers[0]?.elapsedMs).toBe(5000);
  });

  it('closes the question when its time and the grace are up, and tells the phones', () => {
    const h = twoPlaying();
    h.pick(h.ann, 0);
    h.advance(LIMIT + GRACE_MS - 1);
    expect(h.a.state.phase).toBe('asking');
    const told = h.changes.length;
    h.advance(1);
    expect(h.a.state.phase).toBe('revealed');
    expect(h.changes.slice(told)).toEqual([true]);
    expect(h.a.state.answers.map((x) => [x.seat, x.given])).toEqual([
      [h.ann.seat, { choice: 0 }],
      [h.bea.seat, null],
    ]);
  });

  it('adds ten seconds to the open question when the host asks', () => {
    const h = twoPlaying();
    expect(h.control({ type: 'add-time' })).toBe(true);
    expect(h.a.limitMs).toBe(LIMIT + ADD_TIME_MS);
    expect(h.a.view().question?.timeLimitMs).toBe(LIMIT + ADD_TIME_MS);
    h.advance(LIMIT + GRACE_MS);
    expect(h.a.state.phase).toBe('asking');
    h.advance(ADD_TIME_MS);
    expect(h.a.state.phase).toBe('revealed');
    h.control({ type: 'next' });
    expect(h.a.limitMs).toBe(LIMIT);
  });

  it('never closes an untimed question by the clock', () => {
    const h = twoPlaying(room([[choice(0)]], UNTIMED));
    h.advance(60 * 60_000);
    expect(h.a.state.phase).toBe('asking');
    expect(h.pick(h.ann, 0)).toEqual({ ok: true });
    expect(h.control({ type: 'add-time' })).toBe(false);
  });

  it('tells the phones nothing of an answer until the question closes', () => {
    const h = twoPlaying();
    const told = h.changes.length;
    h.pick(h.ann, 0);
    expect(h.changes.slice(told)).toEqual([false]);
    h.pick(h.bea, 2);
    expect(h.changes.slice(told)).toEqual([false, true]);
    expect(h.a.state.phase).toBe('revealed');
  });

  it('refuses a late joiner’s answer to the open question, and takes the next', () => {
    const h = twoPlaying();
    const cy = h.join('Cy');
    expect(errorOf(h.pick(cy, 0))).toBe('not-your-question');
    h.pick(h.ann, 0);
    h.pick(h.bea, 0);
    expect(h.a.state.phase).toBe('revealed');
    h.control({ type: 'next' });
    expect(h.pick(cy, 1)).toEqual({ ok: true });
  });

  it('answers a hello with the same seat, its score and its answer to the open question', () => {
    const h = twoPlaying();
    h.pick(h.ann, 0);
    h.pick(h.bea, 1);
    h.control({ type: 'next' });
    h.pick(h.ann, 3);
    const r = h.hello(h.ann);
    expect(r).toMatchObject({ ok: true, me: { seat: h.ann.seat, name: 'Ann', from: 0, given: { choice: 3 } } });
    // The points of the closed question, not yet those of the open one.
    expect(r.ok && r.me?.score).toBe(100);
    expect(h.hello(h.bea)).toMatchObject({ ok: true, me: { seat: h.bea.seat, given: null } });
  });

  it('lets a phone that has been gone a while stop holding the question open, and takes it back on hello', () => {
    const h = twoPlaying();
    h.pick(h.ann, 0);
    h.a.handle({ kind: 'gone', seat: h.bea.seat });
    h.advance(AWAY_AFTER_MS - 1);
    expect(h.a.state.phase).toBe('asking');
    h.advance(1);
    expect(h.a.state.seats.find((x) => x.id === h.bea.seat)?.away).toBe(true);
    expect(h.a.state.phase).toBe('revealed');
    h.control({ type: 'next' });
    expect(h.hello(h.bea).ok).toBe(true);
    expect(h.a.state.seats.find((x) => x.id === h.bea.seat)?.away).toBe(false);
    h.pick(h.ann, 1);
    expect(h.a.state.phase).toBe('asking');
  });

  it('forgets a phone’s going when it says hello in time', () => {
    const h = twoPlaying();
    h.pick(h.ann, 0);
    h.a.handle({ kind: 'gone', seat: h.bea.seat });
    h.advance(AWAY_AFTER_MS / 2);
    h.hello(h.bea);
    h.advance(AWAY_AFTER_MS);
    expect(h.a.state.seats.find((x) => x.id === h.bea.seat)?.away).toBe(false);
    expect(h.a.state.phase).toBe('asking');
  });

  it('kicks a seat: its phones are removed, its answers refused, and it leaves the board', () => {
    const h = twoPlaying();
    expect(h.control({ type: 'kick', seat: h.bea.seat })).toBe(true);
    expect(h.kicked).toEqual([h.bea.seat]);
    expect(errorOf(h.pick(h.bea, 0))).toBe('kicked');
    expect(errorOf(h.hello(h.bea))).toBe('kicked');
    h.control({ type: 'close' });
    expect(h.a.view().board.map((b) => b.name)).toEqual(['Ann']);
    expect(h.control({ type: 'kick', seat: 'seat-99' })).toBe(false);
  });

  it('refuses host controls that do not apply now', () => {
    const h = host();
    for (const c of ['pause', 'resume', 'skip', 'close', 'board', 'next', 'add-time'] as const) expect(h.control({ type: c })).toBe(false);
    expect(h.control({ type: 'start' })).toBe(true);
    expect(h.control({ type: 'start' })).toBe(false);
  });

  it('unpauses when a paused question closes, so the reveal is never shown as paused', () => {
    const h = twoPlaying();
    h.control({ type: 'pause' });
    h.control({ type: 'close' });
    expect(h.a.state.phase).toBe('revealed');
    expect(h.a.paused).toBe(false);
    expect(h.a.view().paused).toBe(false);
  });
});

describe('the room authority’s clock', () => {
  it('times an answer from the phone’s seen to its arrival, both on the host’s clock', () => {
    const h = twoPlaying(room([[choice(0)]], SPEED));
    h.clock.t += 2000;
    h.seen(h.ann);
    h.clock.t += 3000;
    h.pick(h.ann, 0);
    expect(h.a.state.answers[0]).toMatchObject({ elapsedMs: 3000, points: 500 + Math.round(500 * (1 - 3000 / 20_000)) });
  });

  it('gives two players who take as long the same time, however late each got the question', () => {
    const h = twoPlaying(room([[choice(0)]], SPEED));
    // Ann is next to the router (100 ms each way), Bea at the back of the room (900 ms).
    h.clock.t += 100;
    h.seen(h.ann);
    h.clock.t += 800;
    h.seen(h.bea);
    h.clock.t += 200;
    h.pick(h.ann, 0); // 1 s after she saw it
    h.clock.t += 800;
    h.pick(h.bea, 0); // 1 s after she saw it
    expect(h.a.state.answers.map((x) => [x.elapsedMs, x.points])).toEqual([
      [1000, 975],
      [1000, 975],
    ]);
  });

  it('counts only the first seen of the open question, and only from its own seat', () => {
    const h = twoPlaying(room([[choice(0), choice(1)]], SPEED));
    h.clock.t += 1000;
    h.seen(h.ann, 1); // not the open question: ignored
    h.seen({ ...h.ann, token: 'forged' }); // ignored
    h.clock.t += 1000;
    h.seen(h.ann);
    h.clock.t += 1000;
    h.seen(h.ann); // a second seen, after a reload: ignored
    h.clock.t += 1000;
    h.pick(h.ann, 0);
    h.pick(h.bea, 0);
    expect(h.a.state.answers.map((x) => x.elapsedMs)).toEqual([2000, 4000]);
  });

  it('starts each question’s clock afresh, seen and all', () => {
    const h = twoPlaying(room([[choice(0), choice(1)]], SPEED));
    h.clock.t += 1000;
    h.seen(h.ann);
    h.pick(h.ann, 0);
    h.pick(h.bea, 0);
    h.clock.t += 60_000;
    h.control({ type: 'next' });
    h.clock.t += 1500;
    h.pick(h.ann, 1);
    expect(h.a.state.answers.at(-1)?.elapsedMs).toBe(1500);
  });

  it('restores from its snapshot to the same state, tokens and clock, and the clock runs on', () => {
    const h = twoPlaying(room([[choice(0), choice(1)]], SPEED));
    h.clock.t += 2000;
    h.seen(h.bea);
    h.pick(h.ann, 0);
    h.advance(13_000);
    const snap: RoomSnapshot = JSON.parse(JSON.stringify(h.a.snapshot()));
    // The host page reloads a minute later.
    const clock = { t: h.clock.t + 60_000 };
    const b = new RoomAuthority(snap, { ...h.deps, now: () => clock.t });
    expect(b.state).toEqual(h.a.state);
    expect(b.snapshot()).toEqual(h.a.snapshot());
    expect(b.elapsedMs).toBe(15_000);
    expect(sameView(b.view())).toEqual(sameView(h.a.view()));
    expect(b.handle({ kind: 'hello', m: h.bea })).toMatchObject({ ok: true, me: { seat: h.bea.seat } });
    clock.t += 1000;
    b.handle({ kind: 'answer', m: { ...h.bea, q: 0, given: { choice: 0 } } });
    // Bea saw it 2 s in and answered 16 s in.
    expect(b.state.answers.at(-1)?.elapsedMs).toBe(14_000);
    b.handle({ kind: 'answer', m: { ...h.ann, q: 0, given: { choice: 0 } } });
    expect(b.handle({ kind: 'answer', m: { ...h.ann, q: 0, given: { choice: 0 } } })).toEqual({ ok: true, duplicate: true });
  });

  it('closes, on restoring, a question saved in the moment after its last answer', () => {
    const h = twoPlaying();
    h.pick(h.ann, 0);
    // The snapshot as it was saved just before Bea's answer closed the question…
    const before = h.a.snapshot();
    const withBea = { ...before, state: { ...before.state, answers: [...before.state.answers, { seat: h.bea.seat, q: 0, given: { choice: 1 }, correct: false, points: 0, elapsedMs: 900 }] } };
    // …with her answer in it: restored, it is closed, as the live room would have closed it.
    expect(new RoomAuthority(withBea, h.deps).state.phase).toBe('revealed');
    expect(new RoomAuthority(before, h.deps).state.phase).toBe('asking');
  });

  it('restores a paused question paused, and closes a restored one on time', () => {
    const h = twoPlaying();
    h.advance(15_000);
    const running = h.a.snapshot();
    h.control({ type: 'pause' });
    const paused = h.a.snapshot();
    const clock = { t: 1_000_000 };
    const p = new RoomAuthority(paused, { ...h.deps, now: () => clock.t });
    const r = new RoomAuthority(running, { ...h.deps, now: () => clock.t });
    expect(p.paused).toBe(true);
    clock.t += LIMIT + GRACE_MS - 15_000 - 1;
    p.tick();
    r.tick();
    expect([p.state.phase, r.state.phase]).toEqual(['asking', 'asking']);
    clock.t += 1;
    p.tick();
    r.tick();
    expect([p.state.phase, r.state.phase]).toEqual(['asking', 'revealed']);
    expect(p.elapsedMs).toBe(15_000);
  });
});

describe('the room authority’s view', () => {
  it('shows the open question without its answer, and the reveal once it has closed', () => {
    const h = twoPlaying();
    const open = h.a.view();
    expect(open.question).toMatchObject({ prompt: 'Question 0: which film?', options: ['Anora', 'Tangerine', 'The Florida Project', 'Red Rocket'], timeLimitMs: LIMIT });
    expect(open.reveal).toBeNull();
    expect(open.results).toBeNull();
    for (const key of ['answer', 'answerIndex', 'explanation', 'order', 'year', 'sources']) expect(keysIn(open).has(key)).toBe(false);
    h.pick(h.ann, 0);
    h.pick(h.bea, 0);
    expect(h.a.view().reveal).toMatchObject({ answer: 'Anora', answerIndex: 0, explanation: 'Because of fact 0.', source: 'IMDb', counts: [2, 0, 0, 0] });
    expect(h.a.view().results?.[h.ann.seat]).toEqual({ given: { choice: 0 }, correct: true, points: 100 });
  });

  it('keeps the open question’s points off the board until it closes', () => {
    const h = twoPlaying();
    h.pick(h.ann, 0);
    // Anything that sends the phones a view mid-question (here a newcomer) must not say Ann was right.
    const cy = h.join('Cy');
    // While it is open the views carry no board at all, and no seat's score moves.
    expect(h.a.view().board).toEqual([]);
    expect(h.a.view().teamBoard).toEqual([]);
    expect(h.hello(h.ann)).toMatchObject({ me: { score: 0 } });
    expect(h.hello(cy)).toMatchObject({ me: { score: 0 } });
    h.pick(h.bea, 1);
    expect(h.scores()).toEqual({ Ann: 100, Bea: 0, Cy: 0 });
  });

  it('shows an order or a year question with nothing that gives it away', () => {
    for (const q of [order(0), year(1, 1987)]) {
      const h = twoPlaying(room([[q]]));
      const v = h.a.view();
      expect(v.question?.options).toEqual(q.options);
      expect(JSON.stringify(v)).not.toContain(q.input === 'order' ? 'a → b' : '1987');
      expect(keysIn(v).has('answer')).toBe(false);
    }
  });
});

// ---- properties over random sessions ---------------------------------------------------

/** The host's buttons that take no argument. */
type Plain = Exclude<HostControl['type'], 'kick' | 'lock' | 'team'>;

const NAMES = ['Ann', 'Bea', 'Cy', 'Dee', 'ann', '', 'Ed', 'x'.repeat(17), 'Fay'];

type Op =
  | { readonly op: 'join'; readonly name: number; readonly team: number | null }
  | { readonly op: 'answer'; readonly who: number; readonly how: 'right' | 'wrong' | 'junk'; readonly dq: number; readonly forged: boolean }
  | { readonly op: 'resend'; readonly who: number }
  | { readonly op: 'seen'; readonly who: number; readonly dq: number }
  | { readonly op: 'hello'; readonly who: number; readonly forged: boolean }
  | { readonly op: 'gone'; readonly who: number }
  | { readonly op: 'control'; readonly c: Plain | 'kick' | 'lock' }
  | { readonly op: 'time'; readonly ms: number };

const who = fc.nat(9);
const dq = fc.constantFrom(0, 0, 0, 0, 0, 0, -1, 1);
const control = fc.constantFrom<Plain | 'kick' | 'lock'>('pause', 'resume', 'skip', 'add-time', 'close', 'close', 'board', 'next', 'next', 'next', 'next', 'next', 'kick', 'lock', 'start');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('join' as const), name: fc.nat(NAMES.length - 1), team: fc.constantFrom(null, 0, 1, 4) }) },
  { weight: 50, arbitrary: fc.record({ op: fc.constant('answer' as const), who, how: fc.constantFrom('right' as const, 'wrong' as const, 'junk' as const), dq, forged: fc.constantFrom(false, false, false, false, true) }) },
  { weight: 8, arbitrary: fc.record({ op: fc.constant('resend' as const), who }) },
  { weight: 10, arbitrary: fc.record({ op: fc.constant('seen' as const), who, dq }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('hello' as const), who, forged: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('gone' as const), who }) },
  { weight: 20, arbitrary: fc.record({ op: fc.constant('control' as const), c: control }) },
  { weight: 1, arbitrary: fc.constant<Op>({ op: 'control', c: 'end' }) },
  { weight: 12, arbitrary: fc.record({ op: fc.constant('time' as const), ms: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 3000 }) }, { weight: 1, arbitrary: fc.integer({ min: 5000, max: 25_000 }) }) }) },
);
const rules: fc.Arbitrary<ScoringRules> = fc.record({ mode: fc.constantFrom('accuracy' as const, 'speed' as const), timeLimitMs: fc.constantFrom(null, 10_000, 20_000), streakBonus: fc.boolean() });
/** A few players join and the host (usually) starts; then anything can happen. */
const ops: fc.Arbitrary<Op[]> = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(true, true, true, false), fc.array(op, { minLength: 20, maxLength: 100, size: 'max' }))
  .map(([joins, start, more]) => [
    ...[0, 1, 2, 3, 6].slice(0, joins).map((name): Op => ({ op: 'join', name, team: null })),
    ...(start ? [{ op: 'control', c: 'start' } as const] : []),
    ...more,
  ]);
const session = fc.tuple(rules, fc.boolean(), ops);

interface Played {
  readonly key: SeatKey;
  last: Given | null;
}

/** Scores from the questions that have closed. */
function settled(s: RoomState): Map<string, number> {
  const open = s.phase === 'asking' ? s.q : -1;
  return new Map(standings({ ...s, answers: s.answers.filter((a) => a.q !== open) }).map((p) => [p.seat, p.score]));
}

/** What is wrong with a view the phones could be sent now. */
function viewProblems(a: RoomAuthority, v: PadView, shown: Map<string, number>): string[] {
  const out: string[] = [];
  const s = a.state;
  if (s.phase === 'asking' || s.phase === 'lobby') {
    const keys = keysIn(v);
    for (const k of ['answer', 'answerIndex', 'explanation']) if (keys.has(k)) out.push(`the view holds "${k}" in phase ${s.phase}`);
    if (v.reveal || v.results) out.push('the view has a reveal before the question closed');
    const fair = settled(s);
    for (const b of v.board) if (b.score !== fair.get(b.seat)) out.push(`the board shows ${b.name} ${b.score} while the question is open (closed questions: ${fair.get(b.seat)})`);
  }
  for (const b of v.board) {
    if (b.score < (shown.get(b.seat) ?? 0)) out.push(`${b.name}'s score went down from ${shown.get(b.seat)} to ${b.score}`);
    shown.set(b.seat, b.score);
  }
  return out;
}

function stateProblems(s: RoomState): string[] {
  const out: string[] = [];
  const keys = s.answers.map((a) => `${a.seat}@${a.q}`);
  if (new Set(keys).size !== keys.length) out.push(`two answers for one seat and question: ${keys.join(' ')}`);
  const kicked = new Set(s.seats.filter((x) => x.kicked).map((x) => x.id));
  const total = standings(s).reduce((n, p) => n + p.score, 0);
  const points = s.answers.filter((a) => !kicked.has(a.seat)).reduce((n, a) => n + a.points, 0);
  if (total !== points) out.push(`scores total ${total}, answers ${points}`);
  return out;
}

/** Plays a random session against an authority, checking everything after every step. */
function play([r, teams, ops]: [ScoringRules, boolean, Op[]]): void {
  const questions = [choice(0), order(1), year(2, 1999), choice(3), choice(4)];
  const h = host(room([questions.slice(0, 3), questions.slice(3)], r, teams ? teamsNamed(['Reds', 'Blues']) : []));
  const players: Played[] = [];
  const shown = new Map<string, number>();
  const fail = (o: Op, what: string[]) => {
    throw new Error(`after ${JSON.stringify(o)} (phase ${h.a.state.phase}, question ${h.a.state.q}): ${what.join('; ')}`);
  };
  for (const o of ops) {
    const before = h.a.state;
    const snap = rest(h.a);
    // Answers go mostly to players who have not answered the open question yet, so sessions move on.
    const waiting = o.op === 'answer' && o.who < 7 ? players.filter((x) => !h.a.state.answers.some((y) => y.seat === x.key.seat && y.q === h.a.state.q)) : [];
    const among = waiting.length ? waiting : players;
    const p = among.length ? among[('who' in o ? o.who : 0) % among.length] : undefined;
    let reply: HostReply | boolean | null = null;
    let answered: Given | null = null;
    switch (o.op) {
      case 'join': {
        const res = h.a.handle({ kind: 'join', m: { room: ROOM, name: NAMES[o.name] ?? '', team: o.team } });
        if (res.ok && res.token && res.me) players.push({ key: { room: ROOM, seat: res.me.seat, token: res.token }, last: null });
        reply = res;
        break;
      }
      case 'answer': {
        if (!p) break;
        const q = Math.max(0, h.a.state.q + o.dq);
        const asked = questions[Math.min(q, questions.length - 1)] ?? choice(0);
        answered = o.how === 'junk' ? { choice: 9 } : answerTo(asked, o.how === 'right');
        reply = h.a.handle({ kind: 'answer', m: { ...p.key, ...(o.forged ? { token: 'forged' } : {}), q, given: answered } });
        if (reply.ok) p.last = answered;
        break;
      }
      case 'resend':
        if (!p?.last) break;
        reply = h.a.handle({ kind: 'answer', m: { ...p.key, q: h.a.state.q, given: p.last } });
        break;
      case 'seen':
        if (p) h.a.handle({ kind: 'seen', m: { ...p.key, q: Math.max(0, h.a.state.q + o.dq) } });
        break;
      case 'hello':
        if (p) reply = h.a.handle({ kind: 'hello', m: o.forged ? { ...p.key, token: 'forged' } : p.key });
        break;
      case 'gone':
        if (p) h.a.handle({ kind: 'gone', seat: p.key.seat });
        break;
      case 'control': {
        const c: HostControl = o.c === 'kick' ? { type: 'kick', seat: p?.key.seat ?? 'nobody' } : o.c === 'lock' ? { type: 'lock', locked: !h.a.state.locked } : { type: o.c };
        reply = h.a.control(c);
        break;
      }
      case 'time':
        h.advance(o.ms);
        break;
    }
    const refused = reply === false || (reply !== null && reply !== true && (!reply.ok || reply.duplicate === true));
    if (refused && h.a.state !== before) fail(o, [`refused (${JSON.stringify(reply)}) but the state changed`]);
    if (refused && rest(h.a) !== snap) fail(o, [`refused (${JSON.stringify(reply)}) but the snapshot changed`]);
    if (answered && reply !== null && reply !== true && reply !== false && reply.ok && !reply.duplicate) {
      const mine = h.a.state.answers.filter((x) => x.seat === p?.key.seat && x.q === h.a.state.q);
      if (mine.length !== 1 || JSON.stringify(mine[0]?.given) !== JSON.stringify(answered)) fail(o, ['an accepted answer is not in the state, once']);
    }
    const problems = [...stateProblems(h.a.state), ...viewProblems(h.a, h.a.view(), shown)];
    if (problems.length) fail(o, problems);
  }
}

describe('the room authority over random sessions', () => {
  it('changes nothing on a refusal, never counts an answer twice, keeps the answer hidden and never lowers a shown score', () => {
    fc.assert(fc.property(session, play), { numRuns: 2000 });
  }, 60_000);
});
