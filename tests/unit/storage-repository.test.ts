import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { entries, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/quiz/generator';
import { loadDeckText } from '../../src/quiz/deck/load';
import { startSession } from '../../src/quiz/session';
import { openProgress } from '../../src/storage/open';
import { EMPTY_SNAPSHOT, entriesOf } from '../../src/storage/records';
import { createRepository, idbBackend, idbRepository, type KeyValueBackend, memoryBackend, StorageError } from '../../src/storage/repository';
import { SavedGameSchema } from '../../src/storage/schema';
import { failsMidBatch, freshStore, fullSnapshot, fullWhen, playthrough, RULES, savedGame, start } from './storage-fixtures';

const NOW = 1_700_000_123_456;
const clock = () => NOW;

interface Backend {
  readonly label: string;
  make(): { backend: KeyValueBackend; raw: () => Promise<Map<string, unknown>>; put(key: string, value: unknown): Promise<void> };
}

// The same promises hold for IndexedDB (fake-indexeddb) and for the in-memory fallback.
const BACKENDS: Backend[] = [
  {
    label: 'IndexedDB',
    make() {
      const store = freshStore();
      return { backend: idbBackend(store), raw: async () => new Map((await entries(store)).map(([k, v]) => [String(k), v])), put: (k, v) => set(k, v, store) };
    },
  },
  {
    label: 'memory',
    make() {
      const backend = memoryBackend();
      return { backend, raw: async () => new Map(backend.data), put: async (k, v) => void backend.data.set(k, structuredClone(v)) };
    },
  },
];

describe.each(BACKENDS)('the progress repository over $label', ({ make }) => {
  it('loads an empty store as an empty snapshot', async () => {
    const { backend } = make();
    const loaded = await createRepository(backend, clock).load();
    expect(loaded.snapshot).toEqual(EMPTY_SNAPSHOT);
    expect(loaded.setAside).toEqual([]);
  });

  it('gives back every kind of record exactly as it was saved', async () => {
    const { backend } = make();
    const repo = createRepository(backend, clock);
    const snap = fullSnapshot();
    await repo.replace(snap);
    const loaded = await createRepository(backend, clock).load();
    expect(entriesOf(loaded.snapshot)).toEqual(entriesOf(snap));
  });

  it('saves the records of one change under their keys, and forgets the game when told to', async () => {
    const { backend, raw } = make();
    const repo = createRepository(backend, clock);
    const game = savedGame(start());
    await repo.save({ game, history: { version: 1, entries: [] } });
    expect([...(await raw()).keys()].sort()).toEqual(['game', 'history']);
    await repo.save({ game: null });
    expect([...(await raw()).keys()]).toEqual(['history']);
  });

  it('sets a corrupt record aside under quarantine:<key>:<ts>, keeps it as found, and loads the rest', async () => {
    const { backend, raw, put } = make();
    const snap = fullSnapshot();
    await createRepository(backend, clock).replace(snap);
    const garbage = { version: 1, playerId: 'ana', games: 'lots' };
    await put('stats:ana', garbage);
    await put('game', 'not even an object');
    const loaded = await createRepository(backend, clock).load();
    expect(loaded.setAside.map((s) => [s.key, s.movedTo])).toEqual([
      ['game', `quarantine:game:${NOW}`],
      ['stats:ana', `quarantine:stats:ana:${NOW}`],
    ]);
    expect(loaded.setAside.find((s) => s.key === 'stats:ana')?.reason).toMatch(/^games: /);
    expect(loaded.snapshot.stats).toEqual([]);
    expect(loaded.snapshot.game).toBeNull();
    expect(loaded.snapshot.players).toEqual(snap.players);
    expect(loaded.snapshot.settings).toEqual(snap.settings);
    const after = await raw();
    expect(after.has('stats:ana')).toBe(false);
    expect(after.get(`quarantine:stats:ana:${NOW}`)).toMatchObject({ key: 'stats:ana', at: NOW, raw: garbage });
    // Next time the set-aside records load as quarantine, not as new problems.
    const again = await createRepository(backend, clock).load();
    expect(again.setAside).toEqual([]);
    expect(again.snapshot.quarantine.map((q) => q.key).sort()).toEqual(['game', 'player:zed', 'stats:ana']);
  });

  it('sets aside a record from a newer Marquee rather than misread it, and one with no version', async () => {
    const { backend, put } = make();
    await put('settings', { version: 7, settings: {}, lastSetup: null, updatedAt: 0 });
    await put('history', { entries: [] });
    const loaded = await createRepository(backend, clock).load();
    expect(Object.fromEntries(loaded.setAside.map((s) => [s.key, s.reason]))).toEqual({
      settings: 'version: 7 was written by a newer Marquee (this one reads up to 1)',
      history: 'version: expected a whole number from 1',
    });
  });

  it('sets aside a record stored under another record’s key', async () => {
    const { backend, put } = make();
    await put('player:ana', { version: 1, id: 'ben', name: 'Ben', createdAt: 0 });
    const loaded = await createRepository(backend, clock).load();
    expect(loaded.setAside[0]?.reason).toBe('(record): belongs under "player:ben", found under "player:ana"');
  });

  it('leaves keys it does not know where they are', async () => {
    const { backend, raw, put } = make();
    await put('achievements', { version: 1 });
    const loaded = await createRepository(backend, clock).load();
    expect(loaded.ignored).toEqual(['achievements']);
    expect((await raw()).has('achievements')).toBe(true);
  });

  it('refuses to write a record that could not be read back, and writes nothing of that change', async () => {
    const { backend, raw } = make();
    const repo = createRepository(backend, clock);
    const broken = { ...savedGame(start()), elapsedMs: -5 };
    await expect(repo.save({ game: broken, history: { version: 1, entries: [] } })).rejects.toMatchObject({ problem: 'invalid', what: 'the game in progress' });
    expect((await raw()).size).toBe(0);
  });
});

describe('quota errors on IndexedDB', () => {
  it('name what could not be saved, and leave the good data as it was', async () => {
    const store = freshStore();
    let full = false;
    const repo = idbRepository(fullWhen(store, () => full), clock);
    const before = savedGame(start());
    await repo.save({ game: before });
    full = true;
    const later = savedGame(playthrough(start())[3] ?? start());
    const error = await repo.save({ game: later, history: { version: 1, entries: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ problem: 'quota', what: 'the game in progress and the question history' });
    expect((error as Error).message).toContain('out of storage space, so the game in progress and the question history could not be saved');
    full = false;
    expect((await idbRepository(store, clock).load()).snapshot.game).toEqual(before);
  });

  it('that strike half-way through a change leave none of it behind', async () => {
    const store = freshStore();
    const snap = fullSnapshot();
    await idbRepository(store, clock).replace(snap);
    const repo = idbRepository(failsMidBatch(store, 1), clock);
    const game = savedGame(start(1, 2, ['Zoe'], 'other'));
    await expect(repo.save({ game, stats: [], history: { version: 1, entries: [] } })).rejects.toMatchObject({ problem: 'quota' });
    const after = await idbRepository(store, clock).load();
    expect(entriesOf(after.snapshot)).toEqual(entriesOf(snap));
  });
});

describe('a saved game', () => {
  // Every field the game keeps must survive: a field the schema does not know would be
  // dropped on load, and the resumed game would differ. This fails first when one is added.
  it('holds a real generated quiz of every input kind, every field of every question and answer, through the schema', () => {
    const loaded = loadDeckText('questions/sean-baker.json', readFileSync('questions/sean-baker.json', 'utf8'));
    if (!loaded.ok) throw new Error('the Sean Baker deck does not load');
    const quiz = generateQuiz(loaded.index, { seed: 'storage', rounds: 3, perRound: 10, difficulty: 'mixed', inputs: ['choice', 'order', 'year'] });
    expect(new Set(quiz.rounds.flatMap((r) => r.questions.map((q) => q.input)))).toEqual(new Set(['choice', 'order', 'year']));
    const states = playthrough(startSession(quiz, RULES, ['Ana', 'Ben']), (n) => n % 3 !== 1);
    for (const s of states) {
      const g = savedGame(s);
      // JSON first: what IndexedDB or a backup file gives back has no undefined fields.
      const plain = JSON.parse(JSON.stringify(g)) as unknown;
      expect(SavedGameSchema.parse(plain)).toEqual(plain);
    }
  });
});

describe('opening progress', () => {
  it('uses IndexedDB when it answers', async () => {
    const store = freshStore();
    const opened = await openProgress({ store: () => store, clock });
    expect(opened.unavailable).toBeNull();
    expect(opened.repo.durable).toBe(true);
  });

  it('plays from memory, with the reason, when IndexedDB cannot be opened', async () => {
    const opened = await openProgress({
      store: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
    expect(opened.repo.durable).toBe(false);
    expect(opened.unavailable).toBe('The user denied permission to access the database.');
    await opened.repo.save({ game: savedGame(start()) });
    expect((await opened.repo.load()).snapshot.game).not.toBeNull();
  });

  it('plays from memory when IndexedDB never answers', async () => {
    const never: UseStore = () => new Promise(() => undefined);
    const opened = await openProgress({ store: () => never, timeoutMs: 50 });
    expect(opened.repo.durable).toBe(false);
    expect(opened.unavailable).toBe('no answer in 0.05 s');
  });
});
