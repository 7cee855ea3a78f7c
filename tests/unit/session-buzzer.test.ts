/** Teams on one screen: buzzer play (buzz, lock-out, steal), hand corrections, and saved games of either kind. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/quiz/generator';
import type { Question } from '../../src/quiz/question';
import type { ScoringRules } from '../../src/quiz/scoring';
import { answerNow, canBuzz, currentPlayer, reduce, type SessionAction, type SessionState, startSession, summarize } from '../../src/quiz/session';
import { SessionSchema } from '../../src/storage/schema';

function question(n: number, answerIndex: number): Question {
  const options = ['a', 'b', 'c', 'd'];
  return { id: `q:${n}`, kind: 'film-year', category: 'Test', input: 'choice', prompt: `Q${n}?`, options, answer: options[answerIndex] ?? 'a', answerIndex, explanation: 'Because.', sources: [], difficulty: 0.5, level: 'medium' };
}

const quiz = (answers: number[][]): Quiz => ({ seed: 's', deckId: 'd', rounds: answers.map((r, i) => ({ title: `R${i + 1}`, questions: r.map((a, j) => question(i * 10 + j, a)) })) });
const rules: ScoringRules = { mode: 'accuracy', timeLimitMs: 20_000, streakBonus: false };
const TEAMS = ['Gold', 'Blue', 'Red', 'Green'];

const buzzer = (answers: number[][] = [[0, 1, 2]]) => startSession(quiz(answers), rules, TEAMS, { mode: 'buzzer', colours: [0xe8b04b, 0x4fa3e0, 0xe0605a, 0x5cc28a] });
const run = (s: SessionState, ...actions: SessionAction[]) => actions.reduce(reduce, s);

describe('buzzer play', () => {
  it('takes no answer until a team buzzes in, then only from that team', () => {
    const s = buzzer();
    expect(currentPlayer(s)).toBe(-1);
    expect(reduce(s, { type: 'answer', choice: 0, elapsedMs: 500 })).toBe(s);
    const held = reduce(s, { type: 'buzz', player: 2 });
    expect(held.buzz).toEqual({ holder: 2, out: [] });
    expect(currentPlayer(held)).toBe(2);
    // The first buzz locks the others out.
    expect(reduce(held, { type: 'buzz', player: 0 })).toBe(held);
    const right = reduce(held, { type: 'answer', choice: 0, elapsedMs: 3000 });
    expect(right.phase).toBe('answered');
    expect(right.scores).toEqual([0, 0, 100, 0]);
    expect(answerNow(right)).toMatchObject({ player: 2, correct: true, points: 100 });
  });

  it('shuts out a team that answers wrong, and lets the rest steal', () => {
    let s = run(buzzer(), { type: 'buzz', player: 0 }, { type: 'answer', choice: 3, elapsedMs: 2000 });
    expect(s.phase).toBe('asking');
    expect(s.buzz).toEqual({ holder: null, out: [0] });
    expect(canBuzz(s, 0)).toBe(false);
    expect(reduce(s, { type: 'buzz', player: 0 })).toBe(s);
    s = run(s, { type: 'buzz', player: 1 }, { type: 'answer', choice: 0, elapsedMs: 4000 });
    expect(s.phase).toBe('answered');
    expect(s.scores).toEqual([0, 100, 0, 0]);
    expect(s.streaks).toEqual([0, 1, 0, 0]);
    // The next question opens every buzzer again.
    s = run(s, { type: 'reveal' }, { type: 'next' });
    expect(s.buzz).toEqual({ holder: null, out: [] });
    expect(canBuzz(s, 0)).toBe(true);
  });

  it('counts a team running out of time as a miss, and ends the question when every team has missed', () => {
    let s = run(buzzer(), { type: 'buzz', player: 0 }, { type: 'timeout' });
    expect(s.buzz.out).toEqual([0]);
    expect(s.phase).toBe('asking');
    for (const team of [1, 2, 3]) s = run(s, { type: 'buzz', player: team }, { type: 'answer', choice: 3, elapsedMs: 1000 });
    expect(s.phase).toBe('answered');
    expect(s.answers).toHaveLength(4);
    expect(s.score).toBe(0);
    expect(summarize(run(s, { type: 'reveal' }, { type: 'next' })).marks[0]?.[0]).toBe(false);
  });

  it('closes a question nobody buzzed for when its time runs out, with no answer on record', () => {
    const s = run(buzzer(), { type: 'timeout' });
    expect(s.phase).toBe('answered');
    expect(s.answers).toHaveLength(0);
    expect(answerNow(s)).toBeUndefined();
    expect(run(s, { type: 'reveal' }).phase).toBe('revealed');
  });

  it('needs two teams', () => {
    expect(() => startSession(quiz([[0]]), rules, ['Solo'], { mode: 'buzzer' })).toThrow(/two teams/);
  });
});

describe('hand corrections', () => {
  it('moves a score by hand, never below zero, and keeps the change on record', () => {
    let s = run(buzzer(), { type: 'buzz', player: 1 }, { type: 'answer', choice: 0, elapsedMs: 1000 });
    s = run(s, { type: 'correct', player: 3, delta: 100 }, { type: 'correct', player: 1, delta: -250 });
    expect(s.scores).toEqual([0, 0, 0, 100]);
    expect(s.score).toBe(100);
    expect(s.corrections).toEqual([
      { player: 3, delta: 100, atQuestion: 1 },
      { player: 1, delta: -100, atQuestion: 1 },
    ]);
    const summary = summarize(s);
    expect(summary.standings[0]).toMatchObject({ name: 'Green', score: 100, corrected: 100, colour: 0x5cc28a });
    // Nothing to take away, or no such team: nothing changes.
    expect(reduce(s, { type: 'correct', player: 0, delta: -100 })).toBe(s);
    expect(reduce(s, { type: 'correct', player: 9, delta: 100 })).toBe(s);
  });

  it('works in turns too, for a team or a player', () => {
    const s = run(startSession(quiz([[0, 0]]), rules, ['Ana', 'Ben']), { type: 'correct', player: 1, delta: 100 });
    expect(s.scores).toEqual([0, 100]);
    expect(currentPlayer(s)).toBe(0);
  });
});

describe('saved team games', () => {
  it('reads a game saved before teams as one played in turns', () => {
    const s = startSession(quiz([[0]]), rules, ['Ana']);
    const { mode: _m, colours: _c, buzz: _b, corrections: _x, ...old } = s;
    const read = SessionSchema.safeParse(old);
    expect(read.success && read.data).toEqual(s);
  });

  it('refuses a saved score the answers and corrections do not add up to', () => {
    const s = run(buzzer(), { type: 'correct', player: 0, delta: 100 });
    expect(SessionSchema.safeParse(s).success).toBe(true);
    const broken = SessionSchema.safeParse({ ...s, score: 300 });
    expect(broken.success).toBe(false);
    expect(JSON.stringify(broken.error?.issues)).toContain('answers and corrections come to 100');
  });

  it('keeps every promise over random buzzer games', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('buzz' as const), player: fc.integer({ min: -1, max: 4 }) }),
      fc.record({ type: fc.constant('answer' as const), choice: fc.integer({ min: 0, max: 3 }), elapsedMs: fc.integer({ min: 0, max: 20_000 }) }),
      fc.record({ type: fc.constant('correct' as const), player: fc.integer({ min: 0, max: 3 }), delta: fc.constantFrom(-100, 100) }),
      fc.constantFrom<SessionAction>({ type: 'timeout' }, { type: 'reveal' }, { type: 'next' }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), fc.array(action, { maxLength: 120 }), (answers, actions) => {
        let s = buzzer(answers);
        for (const a of actions) {
          const before = s;
          s = reduce(s, a);
          // A saved game of any moment reads back as it was.
          expect(SessionSchema.safeParse(s).success).toBe(true);
          expect(s.scores.every((v) => v >= 0)).toBe(true);
          expect(s.score).toBe(s.scores.reduce((n, v) => n + v, 0));
          // A team answers a question at most once, and only after buzzing in.
          const q = s.rounds[s.round]?.[s.index]?.id;
          const tries = s.answers.filter((x) => x.questionId === q).map((x) => x.player);
          expect(new Set(tries).size).toBe(tries.length);
          if (s.answers.length > before.answers.length) expect(before.buzz.holder).toBe(s.answers[s.answers.length - 1]?.player);
          expect(s.buzz.holder === null || !s.buzz.out.includes(s.buzz.holder)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
