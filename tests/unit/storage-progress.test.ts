import 'fake-indexeddb/auto';
import type { UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/game/settings';
import { reduce, type SessionState } from '../../src/quiz/session';
import { Progress, type Tone } from '../../src/storage/progress';
import { idbRepository } from '../../src/storage/repository';
import { freshStore, fullWhen, playthrough, savedGame, start } from './storage-fixtures';

let now = 1_700_000_000_000;
const clock = () => now++;

/** A Progress over `store`, as main.ts makes one on page load. */
async function open(store: UseStore, tell: (m: string, t: Tone) => void = () => undefined): Promise<Progress> {
  const repo = idbRepository(store, clock);
  const loaded = await repo.load();
  return new Progress({ repo, snapshot: loaded.snapshot, clock, tell });
}

const GAME = playthrough(start(2, 3));
const at = (i: number) => GAME[i] as SessionState;

describe('the game in progress', () => {
  it.each(GAME.slice(0, -1).map((s, i) => [i, s.phase] as const))('is saved at step %i (%s), and a reload resumes it there', async (i) => {
    const store = freshStore();
    const p = await open(store);
    for (const s of GAME.slice(0, i + 1)) p.observe(s, { elapsedMs: 0 });
    await p.idle();
    const resumed = (await open(store)).resumable();
    // Between an answer and its reveal, a reload opens the reveal: that step was a timer's.
    const expected = at(i).phase === 'answered' ? reduce(at(i), { type: 'reveal' }) : at(i);
    expect(resumed?.session).toEqual(expected);
  });

  it('resumes a question with the time it had been open, so the timer goes on from there', async () => {
    const store = freshStore();
    const p = await open(store);
    p.observe(at(0), { elapsedMs: 0 });
    p.tick(at(0), 7300.4);
    await p.idle();
    expect((await open(store)).resumable()?.elapsedMs).toBe(7300);
  });

  it('saves the open time only when it has moved on by half a second, and never past the time limit', async () => {
    const store = freshStore();
    const p = await open(store);
    p.observe(at(0), { elapsedMs: 1000 });
    p.tick(at(0), 1200);
    expect(p.snapshot.game?.elapsedMs).toBe(1000);
    p.tick(at(0), 45_000);
    await p.idle();
    expect((await open(store)).resumable()?.elapsedMs).toBe(20_000);
  });

  it('ignores a tick for a state it is not keeping', async () => {
    const p = await open(freshStore());
    p.observe(at(0), { elapsedMs: 0 });
    p.tick(start(1, 1, ['Zoe'], 'another'), 5000);
    expect(p.snapshot.game?.elapsedMs).toBe(0);
  });

  it('keeps the setup the game was started with, for Play again', async () => {
    const store = freshStore();
    const p = await open(store);
    const setup = { deckId: 'sean-baker', players: ['Player 1'], play: 'turns' as const, rounds: 2, perRound: 3, timerSeconds: 20, difficulty: 'curve' as const, scoring: 'accuracy' as const, streakBonus: false };
    p.observe(at(0), { setup, elapsedMs: 0 });
    p.observe(at(1), { elapsedMs: 0 });
    await p.idle();
    expect((await open(store)).resumable()?.setup).toEqual(setup);
  });
});

describe('a finished game', () => {
  it('is counted in the stats once, its questions join the history, and it is not offered to resume', async () => {
    const store = freshStore();
    const p = await open(store);
    for (const s of GAME) p.observe(s, { elapsedMs: 0 });
    p.observe(at(GAME.length - 1), { elapsedMs: 0 });
    await p.idle();
    const again = await open(store);
    const [row] = again.standings();
    expect(row?.player.name).toBe('Player 1');
    expect(row?.stats).toMatchObject({ games: 1, answered: 6, correct: 4, points: 400 });
    expect(row?.stats.best).toEqual({ 'accuracy/sean-baker': expect.objectContaining({ score: 400, correct: 4, total: 6 }) });
    expect(again.recentQuestions()).toHaveLength(6);
    expect(again.resumable()).toBeNull();
    expect(again.snapshot.game).toBeNull();
  });

  it('counts nothing when the store has a game saved as finished (from an older file), and offers no resume', async () => {
    const store = freshStore();
    await idbRepository(store, clock).save({ game: savedGame(at(GAME.length - 1)) });
    expect((await open(store)).resumable()).toBeNull();
  });

  it('is a different game from the next one with the same seed', async () => {
    const store = freshStore();
    const p = await open(store);
    for (const s of GAME) p.observe(s, { elapsedMs: 0 });
    for (const s of GAME) p.observe(s, { elapsedMs: 0 });
    await p.idle();
    expect((await open(store)).standings()[0]?.stats.games).toBe(2);
  });

  it('is counted for each player of a hot-seat game', async () => {
    const store = freshStore();
    const p = await open(store);
    for (const s of playthrough(start(1, 4, ['Ana', 'Ben']))) p.observe(s, { elapsedMs: 0 });
    await p.idle();
    expect((await open(store)).standings().map((r) => [r.player.id, r.stats.games, r.stats.answered])).toEqual([
      ['ana', 1, 2],
      ['ben', 1, 2],
    ]);
  });
});

describe('leaving a game', () => {
  it('by quitting forgets it, but its questions count as asked', async () => {
    const store = freshStore();
    const p = await open(store);
    for (const s of GAME.slice(0, 5)) p.observe(s, { elapsedMs: 0 });
    p.quit(at(4));
    await p.idle();
    const again = await open(store);
    expect(again.resumable()).toBeNull();
    expect(again.recentQuestions()).toEqual(at(4).answers.map((a) => a.questionId));
    expect(again.standings()).toEqual([]);
  });

  it('for a new game puts the old one’s questions in the history', async () => {
    const store = freshStore();
    const p = await open(store);
    for (const s of GAME.slice(0, 4)) p.observe(s, { elapsedMs: 0 });
    const other = start(1, 2, ['Player 1'], 'another-seed');
    p.observe(other, { elapsedMs: 0 });
    await p.idle();
    const again = await open(store);
    expect(again.resumable()?.session).toEqual(other);
    expect(again.recentQuestions()).toEqual([at(3).answers[0]?.questionId]);
  });
});

describe('a full disk', () => {
  it('is told to the player once, naming what was not saved; the game goes on in memory and the last good save stays', async () => {
    const store = freshStore();
    let full = false;
    const told: string[] = [];
    const repo = idbRepository(
      fullWhen(store, () => full),
      clock,
    );
    const p = new Progress({ repo, snapshot: (await repo.load()).snapshot, clock, tell: (m) => told.push(m) });
    p.observe(at(0), { elapsedMs: 0 });
    await p.idle();
    full = true;
    for (const s of GAME.slice(1, 6)) p.observe(s, { elapsedMs: 0 });
    await p.idle();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/out of storage space, so the game in progress could not be saved/);
    expect(p.resumable()?.session).toEqual(at(5));
    expect((await open(store)).resumable()?.session).toEqual(at(0));
    full = false;
    p.observe(at(6), { elapsedMs: 0 });
    await p.idle();
    expect((await open(store)).resumable()?.session).toEqual(at(6));
  });
});

describe('preferences', () => {
  it('keep the settings and the last setup', async () => {
    const store = freshStore();
    const p = await open(store);
    const prefs = p.preferences(DEFAULT_SETTINGS);
    expect(prefs.get()).toEqual(DEFAULT_SETTINGS);
    prefs.set({ ...DEFAULT_SETTINGS, volume: 0.25, highContrast: true });
    const setup = { deckId: 'sean-baker', players: ['Ana'], play: 'turns' as const, rounds: 3, perRound: 5, timerSeconds: null, difficulty: 'hard' as const, scoring: 'speed' as const, streakBonus: true };
    prefs.setLastSetup(setup);
    await p.idle();
    const again = (await open(store)).preferences(DEFAULT_SETTINGS);
    expect(again.get()).toEqual({ ...DEFAULT_SETTINGS, volume: 0.25, highContrast: true });
    expect(again.lastSetup()).toEqual(setup);
  });
});

describe('reports and custom decks', () => {
  it('are kept with the player’s reason', async () => {
    const store = freshStore();
    const p = await open(store);
    p.report({ questionId: 'film-year:anora', deckId: 'sean-baker', prompt: 'When?', reason: 'wrong-answer', note: 'It premiered in 2024.', player: 'Ana' });
    p.saveDeck({ id: 'mine', title: 'Mine', source: '{"title":"Mine"}' });
    p.saveDeck({ id: 'gone', title: 'Gone', source: '{}' });
    p.removeDeck('gone');
    await p.idle();
    const again = await open(store);
    expect(again.snapshot.reports?.items).toMatchObject([{ questionId: 'film-year:anora', reason: 'wrong-answer', note: 'It premiered in 2024.', player: 'Ana' }]);
    expect(again.customDecks().map((d) => d.id)).toEqual(['mine']);
  });
});
