/**
 * The progress repository: typed records in, typed records out, over a key-value store.
 * Two stores implement it: IndexedDB through idb-keyval (the store is passed in, as in
 * idb-keyval's own API, so tests hand it `createStore` over fake-indexeddb) and a Map
 * for browsers where IndexedDB is missing or blocked.
 *
 * Every write is one transaction: the records of a change all land or none do, so a
 * full disk or a closed tab never leaves half a game next to the previous stats.
 * Every record is validated before it is written, so nothing is saved that could not
 * be read back.
 */
import { createStore, entries as idbEntries, promisifyRequest, type UseStore } from 'idb-keyval';
import { entriesOf, type ReadResult, readEntries, type RecordSpec, SPECS, type Snapshot } from './records';
import { describeIssues, type DeckRecord, type HistoryRecord, type PlayerRecord, type ReportsRecord, type RoomRecord, type SavedGame, type SettingsRecord, type StatsRecord } from './schema';

export const DB_NAME = 'marquee';
export const STORE_NAME = 'progress';

/** Marquee's own database, not idb-keyval's shared default one. */
export function defaultStore(): UseStore {
  return createStore(DB_NAME, STORE_NAME);
}

export interface Batch {
  /** Empties the store first (an import that replaces everything). */
  readonly clear?: boolean;
  readonly put?: readonly (readonly [string, unknown])[];
  readonly del?: readonly string[];
}

/** The few operations the repository needs from a store. */
export interface KeyValueBackend {
  /** False when what is written is gone once the page closes. */
  readonly durable: boolean;
  entries(): Promise<(readonly [unknown, unknown])[]>;
  /** Applies the whole batch in one transaction, or none of it. */
  commit(batch: Batch): Promise<void>;
}

export function idbBackend(store: UseStore): KeyValueBackend {
  return {
    durable: true,
    entries: () => idbEntries<IDBValidKey, unknown>(store),
    commit: (batch) =>
      store('readwrite', (s) => {
        try {
          if (batch.clear) s.clear();
          for (const key of batch.del ?? []) s.delete(key);
          for (const [key, value] of batch.put ?? []) s.put(value, key);
        } catch (e) {
          // A put that throws (a value that cannot be cloned) would otherwise let the
          // requests before it commit on their own: half a batch.
          s.transaction.abort();
          throw e;
        }
        return promisifyRequest(s.transaction);
      }),
  };
}

/** A store in memory, copying values in and out as IndexedDB does. */
export function memoryBackend(initial: Iterable<readonly [string, unknown]> = []): KeyValueBackend & { readonly data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Array.from(initial, ([k, v]) => [k, structuredClone(v)]));
  return {
    durable: false,
    data,
    entries: async () => Array.from(data, ([k, v]) => [k, structuredClone(v)] as const),
    commit: async (batch) => {
      // Clone everything first, so a value that cannot be cloned changes nothing.
      const puts = (batch.put ?? []).map(([k, v]) => [k, structuredClone(v)] as const);
      if (batch.clear) data.clear();
      for (const key of batch.del ?? []) data.delete(key);
      for (const [k, v] of puts) data.set(k, v);
    },
  };
}

export type StorageProblem = 'quota' | 'unavailable' | 'invalid' | 'failed';

/** A save or load that did not happen, in words a player can act on. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly problem: StorageProblem,
    /** What was not saved: "the game in progress and your stats". */
    readonly what: string,
    readonly detail: string,
  ) {
    super(
      problem === 'quota'
        ? `The device is out of storage space, so ${what} could not be saved. The game goes on, but this will be lost when the page closes. Free some space, or export your progress from Settings.`
        : problem === 'unavailable'
          ? `Saved progress cannot be reached (${detail}), so ${what} could not be saved.`
          : `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} could not be saved (${detail}).`,
    );
  }
}

/** Browsers name a full disk differently; an IndexedDB abort carries it as the transaction's error. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function toStorageError(e: unknown, what: string): StorageError {
  if (e instanceof StorageError) return e;
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (isQuotaError(e)) return new StorageError('quota', what, detail);
  if (typeof e === 'object' && e !== null && ['InvalidStateError', 'UnknownError', 'SecurityError'].includes(String((e as { name?: unknown }).name))) {
    return new StorageError('unavailable', what, detail);
  }
  return new StorageError('failed', what, detail);
}

/** Records to write together. */
export interface Changes {
  readonly settings?: SettingsRecord;
  readonly players?: readonly PlayerRecord[];
  readonly stats?: readonly StatsRecord[];
  readonly history?: HistoryRecord;
  readonly reports?: ReportsRecord;
  readonly decks?: readonly DeckRecord[];
  /** Ids of custom decks to remove. */
  readonly removeDecks?: readonly string[];
  /** The game to keep, or null to forget it. */
  readonly game?: SavedGame | null;
  /** The hosted club night to keep, or null to forget it. */
  readonly room?: RoomRecord | null;
}

export interface Loaded extends ReadResult {
  /** False when the set-aside records could not be moved (they stay where they were, and are still skipped). */
  readonly moved: boolean;
}

export interface ProgressRepository {
  readonly durable: boolean;
  /** Reads every record. One that cannot be read is moved to `quarantine:<key>:<ts>` and reported; the rest load. */
  load(): Promise<Loaded>;
  /** Writes the changes in one transaction. Throws a StorageError naming what was not saved; then nothing changed. */
  save(changes: Changes): Promise<void>;
  /** Makes the store hold exactly this snapshot, in one transaction. */
  replace(snapshot: Snapshot): Promise<void>;
}

function joinWhat(parts: readonly string[]): string {
  const unique = [...new Set(parts)];
  return unique.length <= 1 ? (unique[0] ?? 'nothing') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The value to write: the record as its schema reads it, or a StorageError. */
function checked<T>(spec: RecordSpec<T>, record: T): readonly [string, T] {
  const parsed = spec.schema.safeParse(record);
  if (!parsed.success) throw new StorageError('invalid', spec.what, describeIssues(parsed.error).join('; '));
  return [spec.keyOf(parsed.data), parsed.data];
}

export function createRepository(backend: KeyValueBackend, clock: () => number = Date.now): ProgressRepository {
  return {
    durable: backend.durable,

    async load() {
      let raw: (readonly [unknown, unknown])[];
      try {
        raw = await backend.entries();
      } catch (e) {
        throw toStorageError(e, 'your progress');
      }
      const read = readEntries(raw, clock());
      if (read.setAside.length === 0) return { ...read, moved: true };
      try {
        // The move is one transaction too: the copy and the removal land together.
        await backend.commit({ put: read.setAside.map((s) => [s.movedTo, s.record] as const), del: read.setAside.map((s) => s.key) });
        return { ...read, snapshot: { ...read.snapshot, quarantine: [...read.snapshot.quarantine, ...read.setAside.map((s) => s.record)] }, moved: true };
      } catch {
        return { ...read, moved: false };
      }
    },

    async save(c) {
      const what: string[] = [];
      const put: (readonly [string, unknown])[] = [];
      const del: string[] = [];
      const add = <T>(spec: RecordSpec<T>, record: T) => {
        what.push(spec.what);
        put.push(checked(spec, record));
      };
      if (c.game !== undefined) {
        if (c.game === null) {
          what.push(SPECS.game.what);
          del.push('game');
        } else add(SPECS.game, c.game);
      }
      if (c.room !== undefined) {
        if (c.room === null) {
          what.push(SPECS.room.what);
          del.push('room');
        } else add(SPECS.room, c.room);
      }
      if (c.settings) add(SPECS.settings, c.settings);
      for (const p of c.players ?? []) add(SPECS.player, p);
      for (const s of c.stats ?? []) add(SPECS.stats, s);
      if (c.history) add(SPECS.history, c.history);
      if (c.reports) add(SPECS.reports, c.reports);
      for (const d of c.decks ?? []) add(SPECS.deck, d);
      for (const id of c.removeDecks ?? []) {
        what.push(SPECS.deck.what);
        del.push(`deck:${id}`);
      }
      if (put.length === 0 && del.length === 0) return;
      try {
        await backend.commit({ put, del });
      } catch (e) {
        throw toStorageError(e, joinWhat(what));
      }
    },

    async replace(snapshot) {
      const put = entriesOf(snapshot).map(([key, record]) => {
        const spec = Object.values(SPECS).find((s) => s.owns(key)) as RecordSpec<unknown>;
        return checked(spec, record);
      });
      try {
        await backend.commit({ clear: true, put });
      } catch (e) {
        throw toStorageError(e, 'the imported progress');
      }
    },
  };
}

export function idbRepository(store: UseStore = defaultStore(), clock?: () => number): ProgressRepository {
  return createRepository(idbBackend(store), clock);
}

export function memoryRepository(clock?: () => number): ProgressRepository {
  return createRepository(memoryBackend(), clock);
}
