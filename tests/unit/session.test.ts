import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/quiz/generator';
import type { Question } from '../../src/quiz/question';
import { pointsFor, type ScoringRules } from '../../src/quiz/scoring';
import { currentPlayer, currentQuestion, questionNumber, reduce, type SessionState, startSession, summarize } from '../../src/quiz/session';

function question(n: number, answerIndex = 0): Question & { input: 'choice' } {
  return {
    id: `test:${n}`,
    kind: 'film-year',
    category: 'Test',
    input: 'choice',
    prompt: `Question ${n}?`,
    options: ['a', 'b', 'c', 'd'],
    answer: ['a', 'b', 'c', 'd'][answerIndex] as string,
    answerIndex,
    explanation: 'Because.',
    sources: [],
    difficulty: 0.5,
    level: 'medium',
  };
}

const quiz = (rounds: number[][]): Quiz => ({ seed: 's', deckId: 'd', rounds: rounds.map((r, i) => ({ title: `Round ${i + 1}`, questions: r.map((a, j) => question(i * 10 + j, a)) })) });
const accuracy: ScoringRules = { mode: 'accuracy', timeLimitMs: 20_000, streakBonus: false };

function play(s: SessionState, choice: number, elapsedMs = 1000): SessionState {
  return reduce(reduce(reduce(s, { type: 'answer', choice, elapsedMs }), { type: 'reveal' }), { type: 'next' });
}

describe('the session reducer', () => {
  it('starts by asking the first question with no score', () => {
    const s = startSession(quiz([[0, 1]]), accuracy);
    expect(s.phase).toBe('asking');
    expect(currentQuestion(s).id).toBe('test:0');
    expect(s.score).toBe(0);
  });

  it('moves asking → answered → revealed → asking, and finishes after the last question', () => {
    let s = startSession(quiz([[0, 1]]), accuracy);
    s = reduce(s, { type: 'answer', choice: 0, elapsedMs: 500 });
    expect(s.phase).toBe('answered');
    s = reduce(s, { type: 'reveal' });
    expect(s.phase).toBe('revealed');
    s = reduce(s, { type: 'next' });
    expect(s.phase).toBe('asking');
    expect(questionNumber(s)).toBe(2);
    s = play(s, 1);
    expect(s.phase).toBe('finished');
  });

  it('scores right answers and not wrong ones', () => {
    let s = startSession(quiz([[0, 1, 2]]), accuracy);
    s = play(s, 0);
    s = play(s, 0);
    s = play(s, 2);
    expect(s.score).toBe(200);
    expect(summarize(s)).toMatchObject({ score: 200, correct: 2, total: 3, bestStreak: 1 });
  });

  it('ignores a second answer to the same question', () => {
    let s = startSession(quiz([[0]]), accuracy);
    s = reduce(s, { type: 'answer', choice: 0, elapsedMs: 1 });
    expect(reduce(s, { type: 'answer', choice: 1, elapsedMs: 2 })).toBe(s);
  });

  it.each([[-1], [4], [1.5]])('ignores an answer outside the options (%d)', (choice) => {
    const s = startSession(quiz([[0]]), accuracy);
    expect(reduce(s, { type: 'answer', choice, elapsedMs: 1 })).toBe(s);
  });

  it('records a timeout as no choice and no points', () => {
    let s = startSession(quiz([[0]]), accuracy);
    s = reduce(s, { type: 'timeout' });
    expect(s.answers[0]).toMatchObject({ choice: null, correct: false, points: 0 });
  });

  it('pauses between rounds', () => {
    let s = startSession(quiz([[0], [0]]), accuracy);
    s = play(s, 0);
    expect(s.phase).toBe('roundOver');
    s = reduce(s, { type: 'next' });
    expect(s).toMatchObject({ phase: 'asking', round: 1, index: 0 });
    expect(questionNumber(s)).toBe(2);
  });

  it('lets players take turns, question by question, each with their own score and streak', () => {
    let s = startSession(quiz([[0, 0, 0, 0]]), { ...accuracy, streakBonus: true }, ['Ana', 'Ben']);
    expect(currentPlayer(s)).toBe(0);
    s = play(s, 0); // Ana right
    expect(currentPlayer(s)).toBe(1);
    s = play(s, 1); // Ben wrong
    s = play(s, 0); // Ana right again: her streak bonus applies
    s = play(s, 0); // Ben right: no streak
    expect(s.scores).toEqual([210, 100]);
    expect(s.score).toBe(310);
    expect(s.answers.map((a) => a.player)).toEqual([0, 1, 0, 1]);
    const summary = summarize(s);
    expect(summary.standings.map((p) => [p.name, p.score, p.correct])).toEqual([
      ['Ana', 210, 2],
      ['Ben', 100, 1],
    ]);
  });

  it('ranks tied players in seating order', () => {
    let s = startSession(quiz([[0, 0]]), accuracy, ['Ana', 'Ben']);
    s = play(s, 0);
    s = play(s, 0);
    expect(summarize(s).standings.map((p) => p.name)).toEqual(['Ana', 'Ben']);
  });

  it('scores an order by the share of films in their right place', () => {
    const order: Question = { ...question(1), kind: 'release-order', input: 'order', options: ['c', 'a', 'd', 'b'], order: ['a', 'b', 'c', 'd'], answer: 'a → b → c → d', answerIndex: -1 };
    const start = startSession({ seed: 's', deckId: 'd', rounds: [{ title: 'R', questions: [order, order] }] }, accuracy);
    const exact = reduce(start, { type: 'order', order: ['a', 'b', 'c', 'd'], elapsedMs: 1 });
    expect(exact.answers[0]).toMatchObject({ correct: true, points: 100, given: 'a → b → c → d' });
    const half = reduce(start, { type: 'order', order: ['a', 'b', 'd', 'c'], elapsedMs: 1 });
    expect(half.answers[0]).toMatchObject({ correct: false, points: 50 });
    // Not a permutation of the options: ignored.
    expect(reduce(start, { type: 'order', order: ['a', 'a', 'b', 'c'], elapsedMs: 1 })).toBe(start);
    expect(reduce(start, { type: 'answer', choice: 0, elapsedMs: 1 })).toBe(start);
  });

  it.each([
    [2024, 100, true],
    [2023, 75, false],
    [2026, 50, false],
    [2019, 0, false],
  ])('scores a typed year %d for a 2024 film with %d points', (year, points, correct) => {
    const q: Question = { ...question(1), kind: 'closest-year', input: 'year', options: [], year: 2024, answer: '2024', answerIndex: -1 };
    const s = startSession({ seed: 's', deckId: 'd', rounds: [{ title: 'R', questions: [q] }] }, accuracy);
    expect(reduce(s, { type: 'guess', year, elapsedMs: 1 }).answers[0]).toMatchObject({ points, correct, given: String(year) });
  });

  it('refuses a game with no players', () => {
    expect(() => startSession(quiz([[0]]), accuracy, [])).toThrow(/player/);
  });

  it('refuses a quiz with no questions', () => {
    expect(() => startSession(quiz([[]]), accuracy)).toThrow(/no questions/);
  });
});

describe('scoring', () => {
  const speed: ScoringRules = { mode: 'speed', timeLimitMs: 20_000, streakBonus: false };
  it.each([
    ['an instant right answer', speed, true, 0, 0, 1000],
    ['a right answer at half time', speed, true, 10_000, 0, 750],
    ['a right answer at the buzzer', speed, true, 20_000, 0, 500],
    ['a right answer after the buzzer', speed, true, 25_000, 0, 500],
    ['a wrong answer', speed, false, 0, 0, 0],
    ['an accuracy point', accuracy, true, 19_000, 0, 100],
    ['a streak of three', { ...accuracy, streakBonus: true }, true, 0, 3, 130],
    ['a long streak, capped at +50%', { ...accuracy, streakBonus: true }, true, 0, 12, 150],
  ] as const)('gives %s its points', (_name, rules, correct, elapsed, streak, expected) => {
    expect(pointsFor(rules, correct, elapsed, streak)).toBe(expected);
  });
});
