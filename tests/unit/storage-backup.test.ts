import 'fake-indexeddb/auto';
import { entries, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { backupFilename, exportProgress, importProgress, mergeSnapshots, parseBackup } from '../../src/storage/backup';
import { Progress } from '../../src/storage/progress';
import { EMPTY_SNAPSHOT, entriesOf, type Snapshot } from '../../src/storage/records';
import { idbRepository } from '../../src/storage/repository';
import { freshStore, fullSnapshot, fullWhen } from './storage-fixtures';

const DATE = new Date(2025, 2, 14, 21, 30);
const clock = () => 1_700_000_000_000;

async function rawEntries(store: UseStore): Promise<unknown> {
  return (await entries(store)).sort(([a], [b]) => String(a).localeCompare(String(b)));
}

async function storeWith(snapshot: Snapshot): Promise<UseStore> {
  const store = freshStore();
  await idbRepository(store, clock).replace(snapshot);
  return store;
}

function edit(text: string, change: (file: { records: Record<string, Record<string, unknown>> } & Record<string, unknown>) => void): string {
  const file = JSON.parse(text) as { records: Record<string, Record<string, unknown>> } & Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('export', () => {
  it('names the file by the date: marquee-progress-YYYY-MM-DD.json', () => {
    expect(backupFilename(DATE)).toBe('marquee-progress-2025-03-14.json');
    expect(exportProgress(EMPTY_SNAPSHOT, DATE).filename).toBe('marquee-progress-2025-03-14.json');
  });

  it('writes a versioned file with every record under its store key', () => {
    const file = JSON.parse(exportProgress(fullSnapshot(), DATE).text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'marquee-progress', version: 1, exportedAt: DATE.toISOString() });
    expect(Object.keys(file.records as object)).toEqual(entriesOf(fullSnapshot()).map(([k]) => k));
  });
});

describe('export then import', () => {
  it('round-trips exactly: the new store holds what the old one did, and exports the same file', async () => {
    const snap = fullSnapshot();
    const from = await storeWith(snap);
    const file = exportProgress((await idbRepository(from, clock).load()).snapshot, DATE);
    const to = freshStore();
    const result = await importProgress(idbRepository(to, clock), EMPTY_SNAPSHOT, file.text, 'replace');
    expect(result.ok).toBe(true);
    expect(await rawEntries(to)).toEqual(await rawEntries(from));
    expect(exportProgress((await idbRepository(to, clock).load()).snapshot, DATE).text).toBe(file.text);
  });

  it('carries a set-aside record even when what was found is not JSON', async () => {
    const snap: Snapshot = { ...EMPTY_SNAPSHOT, quarantine: [{ version: 1, key: 'game', at: 5, reason: 'broken', raw: { when: new Date(0), n: 10n } }] };
    const text = exportProgress(snap, DATE).text;
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.snapshot.quarantine[0]?.raw).toBe('[object Object]');
    const once = exportProgress(parsed.ok ? parsed.snapshot : EMPTY_SNAPSHOT, DATE).text;
    const twice = parseBackup(once);
    expect(exportProgress(twice.ok ? twice.snapshot : EMPTY_SNAPSHOT, DATE).text).toBe(once);
  });
});

const GOOD = exportProgress(fullSnapshot(), DATE).text;

describe('a bad file', () => {
  it.each([
    ['text that is not JSON', '{"format": "marquee-progress",', /^\(file\): not JSON/],
    ['a list', '[1, 2]', /^\(file\): expected an object, found a list$/],
    ['another program’s file', JSON.stringify({ format: 'something-else', version: 1, exportedAt: '', records: {} }), /^format: expected "marquee-progress"/],
    ['a file from a newer Marquee', edit(GOOD, (f) => {
        f.version = 2;
      }), /^version: 2 was written by a newer Marquee/],
    ['a stats record with a wrong field', edit(GOOD, (f) => {
        (f.records['stats:ana'] as Record<string, unknown>).games = 'many';
      }), /^records\.stats:ana\.games: /],
    ['a question with no options in the saved game', edit(GOOD, (f) => {
        const session = f.records.game?.session as { rounds: Record<string, unknown>[][] } | undefined;
        const first = session?.rounds[0]?.[0];
        if (first) delete first.options;
      }), /^records\.game\.session\.rounds\.0\.0\.options: /],
    ['a record Marquee does not keep', edit(GOOD, (f) => {
        f.records.achievements = { version: 1 };
      }), /^records\.achievements: not a kind of record Marquee keeps$/],
    ['a record under another record’s key', edit(GOOD, (f) => {
        f.records['player:ana'] = f.records['player:ben'] as Record<string, unknown>;
      }), /^records\.player:ana: belongs under "player:ben"/],
  ])('is refused with an error naming the field: %s', (_label, text, error) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual(expect.arrayContaining([expect.stringMatching(error)]));
  });

  it.each(['merge', 'replace'] as const)('changes nothing when imported to %s', async (mode) => {
    const store = await storeWith(fullSnapshot());
    const before = await rawEntries(store);
    const bad = edit(GOOD, (f) => {
      (f.records.history as Record<string, unknown>).entries = 'none';
    });
    const result = await importProgress(idbRepository(store, clock), fullSnapshot(), bad, mode);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^records\.history\.entries: /)] });
    expect(await rawEntries(store)).toEqual(before);
  });

  it('reports every problem, not only the first', () => {
    const bad = edit(GOOD, (f) => {
      (f.records['stats:ana'] as Record<string, unknown>).games = -1;
      (f.records['player:ben'] as Record<string, unknown>).name = '';
    });
    const parsed = parseBackup(bad);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.split(':').slice(0, 2).join(':'))).toEqual(['records.player:ben.name', 'records.stats:ana.games']);
  });
});

describe('an import that meets a full disk', () => {
  it('changes nothing and says what was not saved', async () => {
    const store = await storeWith(fullSnapshot());
    const before = await rawEntries(store);
    const result = await importProgress(idbRepository(fullWhen(store, () => true), clock), fullSnapshot(), exportProgress(EMPTY_SNAPSHOT, DATE).text, 'replace');
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('the imported progress could not be saved')] });
    expect(await rawEntries(store)).toEqual(before);
  });
});

describe('merging', () => {
  const local = fullSnapshot();
  const incoming: Snapshot = {
    ...EMPTY_SNAPSHOT,
    settings: { ...(local.settings as NonNullable<Snapshot['settings']>), settings: { volume: 1, muted: true, reducedMotion: false, highContrast: true, timerScale: 2, readAloud: true } },
    players: [{ version: 1, id: 'cleo', name: 'Cleo', createdAt: 5 }],
    stats: [
      {
        ...(local.stats[0] as NonNullable<Snapshot['stats'][number]>),
        games: 1,
        best: { 'accuracy/sean-baker': { score: 1000, correct: 10, total: 10, at: 9, gameId: 'phone:1' }, 'speed/sean-baker': { score: 7000, correct: 9, total: 10, at: 9, gameId: 'phone:1' } },
        counted: ['phone:1'],
      },
    ],
    history: { version: 1, entries: [{ questionId: 'film-year:film-9', deckId: 'sean-baker', at: 1_660_000_000_000 }] },
  };

  it('keeps this device’s settings and game, joins players and history, and takes the best of both best scores', () => {
    const merged = mergeSnapshots(local, incoming);
    expect(merged.settings).toEqual(local.settings);
    expect(merged.game).toEqual(local.game);
    expect(merged.players.map((p) => p.id).sort()).toEqual(['ana', 'ben', 'cleo']);
    const ana = merged.stats.find((s) => s.playerId === 'ana');
    expect(ana?.games).toBe(3);
    expect(Object.fromEntries(Object.entries(ana?.best ?? {}).map(([k, b]) => [k, b.score]))).toEqual({ 'accuracy/sean-baker': 1000, 'speed/sean-baker': 7000 });
    expect(merged.history?.entries.map((e) => e.questionId)).toEqual(['film-year:film-9', 'film-year:film-1']);
  });

  it('changes nothing the second time the same file is merged', () => {
    const once = mergeSnapshots(local, incoming);
    expect(entriesOf(mergeSnapshots(once, incoming))).toEqual(entriesOf(once));
  });

  it('of a device with itself changes nothing', () => {
    expect(entriesOf(mergeSnapshots(local, local))).toEqual(entriesOf(local));
  });
});

describe('importing from a file, as the Settings screen does', () => {
  async function setup(pick: string | null, choice: 'merge' | 'replace' | null) {
    const store = await storeWith(fullSnapshot());
    const repo = idbRepository(store, clock);
    const told: [string, string][] = [];
    const asked: string[] = [];
    const imported: Snapshot[] = [];
    const p = new Progress({
      repo,
      snapshot: (await repo.load()).snapshot,
      clock,
      tell: (m, t) => told.push([t, m]),
      onImported: (s) => imported.push(s),
      ui: {
        download: () => undefined,
        pick: async () => pick,
        choose: async (summary) => {
          asked.push(summary);
          return choice;
        },
      },
    });
    return { store, p, told, asked, imported };
  }

  it('tells the player why a bad file was refused, and never asks merge or replace', async () => {
    const { store, p, told, asked } = await setup('{"format": 1}', 'replace');
    const before = await rawEntries(store);
    await p.importFromFile();
    expect(asked).toEqual([]);
    expect(told).toEqual([['error', expect.stringMatching(/^That file was not imported, and nothing was changed\. format: /)]]);
    expect(await rawEntries(store)).toEqual(before);
  });

  it('says what the file holds before asking, and replaces when told to', async () => {
    const file = exportProgress({ ...EMPTY_SNAPSHOT, players: [{ version: 1, id: 'cleo', name: 'Cleo', createdAt: 5 }] }, DATE).text;
    const { p, told, asked, imported } = await setup(file, 'replace');
    await p.importFromFile();
    expect(asked).toEqual(['1 player (Cleo: 0 games)']);
    expect(told).toEqual([['info', 'Progress imported: it replaced this device’s.']]);
    expect(p.snapshot.players.map((x) => x.id)).toEqual(['cleo']);
    expect(p.resumable()).toBeNull();
    expect(imported).toHaveLength(1);
  });

  it('changes nothing when the player cancels', async () => {
    const { store, p, told } = await setup(GOOD, null);
    const before = await rawEntries(store);
    await p.importFromFile();
    expect(told).toEqual([]);
    expect(await rawEntries(store)).toEqual(before);
  });
});
