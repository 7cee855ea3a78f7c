import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/quiz/question';
import {
  answeredCount,
  answerOf,
  type Given,
  optionCounts,
  playing,
  type RoomAction,
  type RoomState,
  reduceRoom,
  refusal,
  roomQuestion,
  roundOf,
  type Standing,
  standings,
  teamStandings,
  teamsNamed,
} from '../../src/quiz/room-session';
import type { ScoringRules } from '../../src/quiz/scoring';
import { ACCURACY, answerTo, choice, order, room, SPEED, UNTIMED, year } from '../room/fixtures';

/** Applies actions in turn, failing on any the reducer refuses. */
function run(s: RoomState, ...actions: RoomAction[]): RoomState {
  for (const a of actions) {
    const why = refusal(s, a);
    if (why) throw new Error(`refused ${JSON.stringify(a)}: ${why}`);
    s = reduceRoom(s, a);
  }
  return s;
}

const join = (seat: string, team: number | null = null): RoomAction => ({ type: 'join', seat, name: `Player ${seat}`, team });
const answer = (seat: string, given: Given, elapsedMs = 1000): RoomAction => ({ type: 'answer', seat, given, elapsedMs });
const pick = (seat: string, choice: number, elapsedMs = 1000): RoomAction => answer(seat, { choice }, elapsedMs);

/** Three seats in a started room of four choice questions (answers 0, 1, 2, 3). */
function started(rules: ScoringRules = ACCURACY, seats = ['a', 'b', 'c']): RoomState {
  return run(room([[choice(0), choice(1), choice(2), choice(3)]], rules), ...seats.map((x) => join(x)), { type: 'start' });
}

const scores = (s: RoomState) => Object.fromEntries(standings(s).map((p) => [p.seat, p.score]));

describe('the club-night session', () => {
  it('waits in the lobby, then asks everyone the first question', () => {
    let s = run(room([[choice(0)]]), join('a'), join('b'));
    expect(s.phase).toBe('lobby');
    s = run(s, { type: 'start' });
    expect(s).toMatchObject({ phase: 'asking', q: 0 });
    expect(playing(s).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('records every seat’s answer against the same question', () => {
    const s = run(started(), pick('a', 0), pick('b', 3));
    expect(s.answers.map((a) => [a.seat, a.q, a.correct, a.points])).toEqual([
      ['a', 0, true, 100],
      ['b', 0, false, 0],
    ]);
    expect(answeredCount(s)).toEqual({ answered: 2, of: 3 });
  });

  it('keeps the question open until every seat has answered, then closes it by itself', () => {
    let s = run(started(), pick('a', 0), pick('b', 0));
    expect(s.phase).toBe('asking');
    s = run(s, pick('c', 1));
    expect(s.phase).toBe('revealed');
    expect(s.answers.filter((a) => a.q === 0)).toHaveLength(3);
  });

  it('closes when the host says so (or the authority, at time up), with an empty answer for every seat that gave none', () => {
    const s = run(started(), pick('a', 0), { type: 'close' });
    expect(s.phase).toBe('revealed');
    expect(s.answers.map((a) => [a.seat, a.given, a.points])).toEqual([
      ['a', { choice: 0 }, 100],
      ['b', null, 0],
      ['c', null, 0],
    ]);
  });

  it('lets a seat that went away stop holding the question open, and counts it as no answer', () => {
    let s = run(started(), pick('a', 0), pick('b', 0));
    s = run(s, { type: 'presence', seat: 'c', away: true });
    expect(s.phase).toBe('revealed');
    expect(answerOf(s, 'c')).toMatchObject({ given: null, points: 0 });
  });

  it('lets an away seat answer while the question is still open', () => {
    let s = run(started(), { type: 'presence', seat: 'c', away: true }, pick('c', 0));
    expect(s.phase).toBe('asking');
    s = run(s, pick('a', 0), pick('b', 0));
    expect(s.phase).toBe('revealed');
    expect(answerOf(s, 'c')?.points).toBe(100);
  });

  it('lets a late joiner play from the next question, and the open one closes without them', () => {
    let s = run(started(), join('late'));
    expect(s.seats.find((x) => x.id === 'late')?.from).toBe(1);
    expect(refusal(s, pick('late', 0))).toBe('not-your-question');
    s = run(s, pick('a', 0), pick('b', 0), pick('c', 0));
    expect(s.phase).toBe('revealed');
    expect(answerOf(s, 'late', 0)).toBeUndefined();
    s = run(s, { type: 'next' }, pick('late', 1));
    expect(answerOf(s, 'late', 1)?.points).toBe(100);
  });

  it('lets a player who joins during a reveal play from the next question', () => {
    let s = run(started(), { type: 'close' }, join('late'));
    expect(s.seats.find((x) => x.id === 'late')?.from).toBe(1);
    s = run(s, { type: 'next' });
    expect(playing(s).map((x) => x.id)).toContain('late');
  });

  it('refuses a kicked seat’s answers and leaves it out of the standings', () => {
    let s = run(started(), pick('c', 0), { type: 'kick', seat: 'c' });
    expect(refusal(s, { type: 'close' })).toBeNull();
    s = run(s, { type: 'close' }, { type: 'next' });
    expect(refusal(s, pick('c', 1))).toBe('kicked');
    expect(reduceRoom(s, pick('c', 1))).toBe(s);
    expect(standings(s).map((p) => p.seat)).toEqual(['a', 'b']);
    expect(playing(s).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('closes the question when the last seat it waited for is kicked', () => {
    const s = run(started(), pick('a', 0), pick('b', 0), { type: 'kick', seat: 'c' });
    expect(s.phase).toBe('revealed');
    expect(answerOf(s, 'c')).toBeUndefined();
  });

  it('counts a skipped question for nobody and moves to the next one', () => {
    let s = run(started(), pick('a', 0), pick('b', 0), { type: 'skip' });
    expect(s).toMatchObject({ phase: 'asking', q: 1, skipped: [0] });
    expect(s.answers).toEqual([]);
    s = run(s, pick('a', 1), pick('b', 1), pick('c', 1));
    expect(scores(s)).toEqual({ a: 100, b: 100, c: 100 });
  });

  it('moves from the reveal to the leaderboard to the next question, and finishes after the last', () => {
    let s = run(room([[choice(0)], [choice(1)]]), join('a'), { type: 'start' }, pick('a', 0));
    expect(s.phase).toBe('revealed');
    s = run(s, { type: 'board' });
    expect(s.phase).toBe('leaderboard');
    s = run(s, { type: 'next' });
    expect(s).toMatchObject({ phase: 'asking', q: 1 });
    expect(roundOf(s)).toBe(1);
    s = run(s, pick('a', 1), { type: 'next' });
    expect(s.phase).toBe('finished');
    expect(refusal(s, join('b'))).toBe('not-now');
  });

  it.each([
    // [teams' members' scores, expected team scores]
    [
      [[100, 200], [300]],
      [150, 300],
    ],
    [
      [[100, 100, 100], [0, 300]],
      [100, 150],
    ],
    [
      [[100, 0, 0], []],
      [33, 0],
    ],
  ])('scores a team by the mean of its members’ points (%j → %j)', (members, expected) => {
    const seats = members.flatMap((team, t) => team.map((score, i) => ({ id: `t${t}-${i}`, team: t, score })));
    let s = run(room([[choice(0), choice(0), choice(0)]], ACCURACY, teamsNamed(['Reds', 'Blues'])), ...seats.map((x) => join(x.id, x.team)), { type: 'start' });
    for (let q = 0; q < 3; q++) {
      s = run(s, ...seats.map((x) => pick(x.id, x.score / 100 > q ? 0 : 1)));
      if (q < 2) s = run(s, { type: 'next' });
    }
    const byTeam = [...teamStandings(s)].sort((x, y) => x.team - y.team);
    expect(byTeam.map((t) => t.score)).toEqual(expected);
    expect(byTeam.map((t) => t.members)).toEqual(members.map((m) => m.length));
  });

  it.each([
    [
      [300, 300, 100],
      [1, 1, 3],
    ],
    [
      [100, 200, 200, 0],
      [3, 1, 1, 4],
    ],
    [
      [0, 0],
      [1, 1],
    ],
  ])('ranks scores %j as %j, ties sharing a rank', (points, ranks) => {
    const seats = points.map((_, i) => `p${i}`);
    let s = run(room([[choice(0), choice(0), choice(0)]]), ...seats.map((x) => join(x)), { type: 'start' });
    for (let q = 0; q < 3; q++) {
      s = run(s, ...seats.map((x, i) => pick(x, (points[i] ?? 0) / 100 > q ? 0 : 1)));
      if (q < 2) s = run(s, { type: 'next' });
    }
    const rankOf = new Map(standings(s).map((p: Standing) => [p.seat, p.rank]));
    expect(seats.map((x) => rankOf.get(x))).toEqual(ranks);
    expect(standings(s).map((p) => p.score)).toEqual([...points].sort((a, b) => b - a));
  });

  it('adds the streak bonus across questions, resets it on a miss, and carries it over a skipped question', () => {
    const rules = { ...ACCURACY, streakBonus: true };
    let s = run(room([[choice(0), choice(0), choice(0), choice(0), choice(0), choice(0)]], rules), join('a'), { type: 'start' });
    const points: number[] = [];
    for (const [q, c] of [
      [0, 0],
      [1, 0],
      [2, 'skip'],
      [3, 0],
      [4, 1],
      [5, 0],
    ] as const) {
      if (c === 'skip') {
        s = run(s, { type: 'skip' });
        continue;
      }
      s = run(s, pick('a', c));
      points.push(answerOf(s, 'a', q)?.points ?? -1);
      if (s.q < 5) s = run(s, { type: 'next' });
    }
    // Right, right (+10%), skipped, right (+20%), wrong, right again from scratch.
    expect(points).toEqual([100, 110, 120, 0, 100]);
  });

  it.each([
    [['a', 'b', 'c', 'd'], 100, true],
    [['a', 'b', 'd', 'c'], 50, false],
    [['b', 'a', 'c', 'd'], 50, false],
    [['a', 'c', 'b', 'd'], 50, false],
    [['d', 'c', 'b', 'a'], 0, false],
  ])('credits an order %j with %d points', (given, points, correct) => {
    const s = run(room([[order(0)]]), join('a'), { type: 'start' }, answer('a', { order: given }));
    expect(answerOf(s, 'a', 0)).toMatchObject({ points, correct });
  });

  it.each([
    [2024, 100, true],
    [2023, 75, false],
    [2026, 50, false],
    [2021, 25, false],
    [2019, 0, false],
  ])('credits a typed year %d for a 2024 film with %d points', (given, points, correct) => {
    const s = run(room([[year(0, 2024)]]), join('a'), { type: 'start' }, answer('a', { year: given }));
    expect(answerOf(s, 'a', 0)).toMatchObject({ points, correct });
  });

  it.each([
    [0, 1000],
    [10_000, 750],
    [20_000, 500],
    [25_000, 500],
  ])('scores a right answer after %d ms in speed mode with %d points', (elapsedMs, points) => {
    const s = run(started(SPEED, ['a']), pick('a', 0, elapsedMs));
    expect(answerOf(s, 'a', 0)).toMatchObject({ points, elapsedMs: Math.min(elapsedMs, 20_000) });
  });

  it.each<[string, (s: RoomState) => RoomState, RoomAction, string]>([
    ['a join with a seat id that exists', (s) => s, join('a'), 'seat-taken'],
    ['a join to a locked room', (s) => run(s, { type: 'lock', locked: true }), join('z'), 'room-locked'],
    ['a join to a team that does not exist', (s) => s, join('z', 5), 'bad-team'],
    ['a second start', (s) => s, { type: 'start' }, 'not-now'],
    ['an answer from a seat that is not in the room', (s) => s, pick('z', 0), 'unknown-seat'],
    ['a second answer', (s) => run(s, pick('a', 0)), pick('a', 1), 'already-answered'],
    ['an answer outside the options', (s) => s, pick('a', 4), 'bad-answer'],
    ['a year for a choice question', (s) => s, answer('a', { year: 2024 }), 'bad-answer'],
    ['an answer and a year at once', (s) => s, answer('a', { choice: 0, year: 2024 }), 'bad-answer'],
    ['an answer once the question closed', (s) => run(s, { type: 'close' }), pick('a', 0), 'not-now'],
    ['a board while the question is open', (s) => s, { type: 'board' }, 'not-now'],
    ['a next while the question is open', (s) => s, { type: 'next' }, 'not-now'],
    ['a skip during the reveal', (s) => run(s, { type: 'close' }), { type: 'skip' }, 'not-now'],
    ['a kick of an unknown seat', (s) => s, { type: 'kick', seat: 'z' }, 'unknown-seat'],
    ['an end after the end', (s) => run(s, { type: 'end' }), { type: 'end' }, 'not-now'],
  ])('refuses %s, and returns the same state', (_, setUp, action, why) => {
    const s = setUp(run(room([[choice(0), choice(1)]], ACCURACY, teamsNamed(['Reds', 'Blues'])), join('a'), join('b'), { type: 'start' }));
    expect(refusal(s, action)).toBe(why);
    expect(reduceRoom(s, action)).toBe(s);
  });

  it('refuses an order that is not every option once, and an answer in the lobby', () => {
    const lobby = run(room([[order(0)]]), join('a'));
    expect(refusal(lobby, answer('a', { order: ['a', 'b', 'c', 'd'] }))).toBe('not-now');
    const s = run(lobby, { type: 'start' });
    for (const bad of [['a', 'a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c', 'x'], []]) expect(refusal(s, answer('a', { order: bad }))).toBe('bad-answer');
  });

  it('counts the options picked for the open question', () => {
    const s = run(started(), pick('a', 0), pick('b', 2), pick('c', 2));
    expect(optionCounts(s)).toEqual([1, 0, 2, 0]);
  });

  it('refuses a quiz with no questions, and a room with a single team', () => {
    expect(() => room([[]])).toThrow(/no questions/);
    expect(() => room([[choice(0)]], ACCURACY, teamsNamed(['Solo']))).toThrow(/teams/);
  });

  it('waits for the host when nobody is in the room, and closes on their word', () => {
    let s = run(room([[choice(0)]], UNTIMED), { type: 'start' });
    expect(s.phase).toBe('asking');
    s = run(s, { type: 'close' });
    expect(s).toMatchObject({ phase: 'revealed', answers: [] });
  });
});

// ---- properties over random games ----------------------------------------------------

const QUESTIONS: readonly Question[] = [choice(0), order(1), year(2, 1999), choice(3), choice(4), order(5), year(6, 2010)];

/**
 * A step of a random game. Seats are picked by position among those in the room (so most
 * steps are about real seats; 99 is one that is not), and an answer is resolved against the
 * question open when it is applied.
 */
type Step =
  | RoomAction
  | { readonly type: 'new'; readonly n: number; readonly team: number | undefined }
  | { readonly type: 'give'; readonly who: number; readonly how: 'right' | 'wrong' | 'partial' | 'junk'; readonly elapsedMs: number }
  | { readonly type: 'about'; readonly who: number; readonly what: 'away' | 'back' | 'kick' | 'team'; readonly team: number | null };

const who = fc.oneof({ weight: 9, arbitrary: fc.nat(20) }, { weight: 1, arbitrary: fc.constant(99) });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ type: fc.constant('new' as const), n: fc.nat(7), team: fc.option(fc.integer({ min: -1, max: 2 }), { nil: undefined }) }) },
  { weight: 100, arbitrary: fc.record({ type: fc.constant('give' as const), who, how: fc.constantFrom('right' as const, 'right' as const, 'wrong' as const, 'partial' as const, 'junk' as const), elapsedMs: fc.integer({ min: -100, max: 30_000 }) }) },
  { weight: 8, arbitrary: fc.record({ type: fc.constant('about' as const), who, what: fc.constantFrom('away' as const, 'back' as const, 'away' as const, 'back' as const, 'kick' as const, 'team' as const), team: fc.option(fc.integer({ min: -1, max: 2 }), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('lock' as const), locked: fc.constantFrom(false, false, true) }) },
  { weight: 40, arbitrary: fc.constantFrom<RoomAction>({ type: 'start' }, { type: 'close' }, { type: 'skip' }, { type: 'board' }, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }) },
  { weight: 1, arbitrary: fc.constant<RoomAction>({ type: 'end' }) },
);
/** Some players join, the host (usually) starts, then anything can happen. */
const steps: fc.Arbitrary<Step[]> = fc
  .tuple(fc.array(fc.nat(7), { maxLength: 6 }), fc.boolean(), fc.array(step, { minLength: 10, maxLength: 120, size: 'max' }))
  .map(([joins, start, rest]) => [...joins.map((n): Step => ({ type: 'new', n, team: n % 3 === 2 ? undefined : n % 2 })), ...(start ? [{ type: 'start' } as const] : []), ...rest]);
const rules: fc.Arbitrary<ScoringRules> = fc.record({
  mode: fc.constantFrom('accuracy' as const, 'speed' as const),
  timeLimitMs: fc.constantFrom(null, 10_000, 20_000),
  streakBonus: fc.boolean(),
});

function resolve(s: RoomState, x: Step): RoomAction {
  if (x.type === 'new') return { type: 'join', seat: `s${x.n}`, name: `Player ${x.n}`, team: x.team };
  if (x.type !== 'give' && x.type !== 'about') return x;
  // Answers go mostly to seats that have not answered yet, so games move on.
  const waiting = x.type === 'give' && x.who < 15 ? s.seats.filter((z) => !answerOf(s, z.id)) : [];
  const among = waiting.length > 0 ? waiting : s.seats;
  const seat = x.who === 99 || among.length === 0 ? 'nobody' : (among[x.who % among.length]?.id ?? 'nobody');
  if (x.type === 'about') {
    if (x.what === 'kick') return { type: 'kick', seat };
    if (x.what === 'team') return { type: 'team', seat, team: x.team };
    return { type: 'presence', seat, away: x.what === 'away' };
  }
  const q = s.phase === 'lobby' || s.phase === 'finished' ? QUESTIONS[0] : roomQuestion(s);
  if (!q) throw new Error('no question');
  let given: Given = answerTo(q, x.how === 'right');
  if (x.how === 'partial') given = q.input === 'order' ? { order: ['a', 'b', 'd', 'c'] } : q.input === 'year' ? { year: q.year + 1 } : given;
  if (x.how === 'junk') given = { choice: 7, year: 3 };
  return { type: 'answer', seat, given, elapsedMs: x.elapsedMs };
}

/** Scores counting only questions that have closed: what the room has been shown. */
function settled(s: RoomState): Map<string, number> {
  const open = s.phase === 'asking' ? s.q : -1;
  return new Map(standings({ ...s, answers: s.answers.filter((a) => a.q !== open) }).map((p) => [p.seat, p.score]));
}

/** Every state a random game passes through, with the action that led to it. */
function replay(r: ScoringRules, teams: number, steps: readonly Step[]): { before: RoomState; action: RoomAction; after: RoomState }[] {
  let s = room([QUESTIONS.slice(0, 4), QUESTIONS.slice(4)], r, teams ? teamsNamed(['Reds', 'Blues', 'Greens'].slice(0, teams)) : []);
  return steps.map((x) => {
    const before = s;
    const action = resolve(s, x);
    s = reduceRoom(s, action);
    return { before, action, after: s };
  });
}

const game = fc.tuple(rules, fc.constantFrom(0, 2, 3), steps);

/** Runs `problems` on every step of a random game; the property fails with the first problem found. */
function everyStep(problems: (step: { before: RoomState; action: RoomAction; after: RoomState }) => string[], numRuns = 2000): void {
  fc.assert(
    fc.property(game, ([r, teams, steps]) => {
      for (const x of replay(r, teams, steps)) {
        const found = problems(x);
        if (found.length > 0) throw new Error(`after ${JSON.stringify(x.action)} in ${x.before.phase} at question ${x.before.q}: ${found.join('; ')}`);
      }
    }),
    { numRuns },
  );
}

/** Property tests share two cores with the rest of the suite: their work is fixed by numRuns, so their time-out is generous. */
const SLOW = 60_000;

describe('the club-night session over random games', () => {
  it('returns the identical state for every refused action, and a new one for every accepted change', () => {
    everyStep(({ before, action, after }) => {
      if (refusal(before, action) !== null) return after === before ? [] : ['a refused action changed the state'];
      return action.type === 'lock' || after !== before ? [] : ['an accepted action returned the same state'];
    });
  }, SLOW);

  it('never holds two answers for one seat and question, nor one for a skipped question or a seat that did not play it', () => {
    everyStep(({ after: s }) => {
      const out: string[] = [];
      const keys = s.answers.map((a) => `${a.seat}@${a.q}`);
      if (new Set(keys).size !== keys.length) out.push(`two answers for one seat and question: ${keys.join(' ')}`);
      for (const a of s.answers) {
        if (s.skipped.includes(a.q)) out.push(`an answer to skipped question ${a.q}`);
        const from = s.seats.find((x) => x.id === a.seat)?.from;
        if (from === undefined || from > a.q) out.push(`an answer to question ${a.q} from ${a.seat}, who plays from ${from}`);
      }
      return out;
    });
  }, SLOW);

  it('makes the total of the scores the sum of the answers’ points, team scores the mean of their members', () => {
    everyStep(({ after: s }) => {
      const out: string[] = [];
      const kicked = new Set(s.seats.filter((x) => x.kicked).map((x) => x.id));
      const board = standings(s);
      const total = board.reduce((n, p) => n + p.score, 0);
      const points = s.answers.filter((a) => !kicked.has(a.seat)).reduce((n, a) => n + a.points, 0);
      if (total !== points) out.push(`scores total ${total}, answers ${points}`);
      for (const a of s.answers) if (a.points < 0 || a.points > 1500 || (!a.given && a.points !== 0)) out.push(`answer worth ${a.points}: ${JSON.stringify(a)}`);
      for (const t of teamStandings(s, board)) {
        const members = board.filter((p) => p.team === t.team);
        const mean = members.length ? Math.round(members.reduce((n, p) => n + p.score, 0) / members.length) : 0;
        if (t.score !== mean) out.push(`team ${t.team} scores ${t.score}, its members' mean ${mean}`);
      }
      for (const p of board) if (p.rank !== board.filter((o) => o.score > p.score).length + 1) out.push(`${p.seat} ranked ${p.rank} with ${p.score}`);
      return out;
    });
  }, SLOW);

  it('never lowers a score the room has been shown', () => {
    everyStep(({ before, after }) => {
      const was = settled(before);
      return [...settled(after)].filter(([seat, score]) => score < (was.get(seat) ?? 0)).map(([seat, score]) => `${seat} went from ${was.get(seat)} to ${score}`);
    });
  }, SLOW);

  it('gives every seat that played a closed question exactly one answer to it', () => {
    everyStep(({ before, after: s }) => {
      if (before.phase !== 'asking' || s.phase !== 'revealed') return [];
      return playing(s)
        .filter((x) => s.answers.filter((a) => a.seat === x.id && a.q === s.q).length !== 1)
        .map((x) => `${x.id} has no single answer to question ${s.q}`);
    });
  }, SLOW);
});
