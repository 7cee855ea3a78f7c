import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/quiz/session';
import { HISTORY_LIMIT, StatsRecordSchema } from '../../src/storage/schema';
import { addToHistory, applyResult, emptyStats, type PlayerResult, playerIdFor, profileFor, recentQuestionIds, resultsOf } from '../../src/storage/stats';
import { playthrough, start } from './storage-fixtures';

const AT = 1_700_000_000_000;

function result(over: Partial<PlayerResult> = {}): PlayerResult {
  return {
    gameId: 'g1',
    deckId: 'sean-baker',
    mode: 'accuracy',
    at: AT,
    player: 'Ana',
    score: 200,
    bestStreak: 2,
    answers: [
      { questionId: 'q1', category: 'Directors', correct: true, timedOut: false, elapsedMs: 3000 },
      { questionId: 'q2', category: 'Directors', correct: true, timedOut: false, elapsedMs: 2000 },
      { questionId: 'q3', category: 'Awards', correct: false, timedOut: true, elapsedMs: 20_000 },
    ],
    ...over,
  };
}

describe('applyResult', () => {
  it('adds a game to the totals, the categories and the best score of its mode and deck', () => {
    const s = applyResult(emptyStats('ana', 0), result());
    expect(s).toMatchObject({ games: 1, answered: 3, correct: 2, timeouts: 1, points: 200, answerMs: 25_000, bestStreak: 2, counted: ['g1'], updatedAt: AT });
    expect(s.categories).toEqual({ Directors: { answered: 2, correct: 2 }, Awards: { answered: 1, correct: 0 } });
    expect(s.best).toEqual({ 'accuracy/sean-baker': { score: 200, correct: 2, total: 3, at: AT, gameId: 'g1' } });
    expect(StatsRecordSchema.safeParse(s).success).toBe(true);
  });

  it('counts a game once, however often it is applied', () => {
    const once = applyResult(emptyStats('ana', 0), result());
    expect(applyResult(once, result())).toBe(once);
  });

  it('keeps the best score per mode and deck, not the latest', () => {
    let s = applyResult(emptyStats('ana', 0), result());
    s = applyResult(s, result({ gameId: 'g2', score: 100 }));
    s = applyResult(s, result({ gameId: 'g3', score: 900, mode: 'speed' }));
    s = applyResult(s, result({ gameId: 'g4', score: 300, deckId: 'other' }));
    expect(Object.fromEntries(Object.entries(s.best).map(([k, b]) => [k, b.score]))).toEqual({ 'accuracy/sean-baker': 200, 'speed/sean-baker': 900, 'accuracy/other': 300 });
    expect(s.games).toBe(4);
  });

  it('leaves the stats it was given alone', () => {
    const before = emptyStats('ana', 0);
    const copy = structuredClone(before);
    applyResult(before, result());
    expect(before).toEqual(copy);
  });
});

describe('resultsOf', () => {
  it('splits a hot-seat game by player, with each one’s score, answers and categories', () => {
    const states = playthrough(start(1, 4, ['Ana', 'Ben']), (n) => n !== 1);
    const end = states.at(-1) as SessionState;
    const [ana, ben] = resultsOf(end, 'g', AT);
    expect(ana?.player).toBe('Ana');
    expect(ana?.answers.map((a) => a.correct)).toEqual([true, true]);
    expect(ben?.answers.map((a) => a.correct)).toEqual([false, true]);
    expect((ana?.score ?? 0) + (ben?.score ?? 0)).toBe(end.score);
    expect(ana?.answers.map((a) => a.category)).toEqual(['Directors', 'Awards']);
  });
});

describe('the question history', () => {
  it('puts the latest questions first, each once', () => {
    let h = addToHistory(null, [{ questionId: 'a', deckId: 'd' }, { questionId: 'b', deckId: 'd' }], 1);
    h = addToHistory(h, [{ questionId: 'c', deckId: 'd' }, { questionId: 'a', deckId: 'd' }], 2);
    expect(recentQuestionIds(h)).toEqual(['c', 'a', 'b']);
  });

  it(`keeps the newest ${HISTORY_LIMIT}`, () => {
    const asked = Array.from({ length: HISTORY_LIMIT + 20 }, (_, i) => ({ questionId: `q${i}`, deckId: 'd' }));
    const h = addToHistory(null, asked, 1);
    expect(h.entries).toHaveLength(HISTORY_LIMIT);
  });
});

describe('player profiles', () => {
  it.each([
    ['Player 1', 'player-1'],
    ['  Zoë Kravitz ', 'zoe-kravitz'],
    ['!!!', 'player'],
  ])('give %j the id %j', (name, id) => {
    expect(playerIdFor(name.trim())).toBe(id);
  });

  it('find a player by name whatever the case, and make a new one otherwise, with an id of its own', () => {
    const ana = { version: 1 as const, id: 'ana', name: 'Ana', createdAt: 0 };
    expect(profileFor([ana], 'ANA', AT)).toEqual({ profile: ana, added: false });
    const other = { version: 1 as const, id: 'ben', name: 'Benjamin', createdAt: 0 };
    expect(profileFor([ana, other], 'Ben', AT)).toEqual({ profile: { version: 1, id: 'ben-2', name: 'Ben', createdAt: AT }, added: true });
  });
});
