/**
 * Opening saved progress: IndexedDB when the browser lets us, memory when it does not.
 * IndexedDB can be missing (old or locked-down browsers), refuse to open (site data
 * blocked in the browser's settings, some private modes), or never answer at all; each
 * ends in a game that plays from memory, with the reason to show the player.
 */
import type { UseStore } from 'idb-keyval';
import { defaultStore, idbRepository, type Loaded, memoryRepository, type ProgressRepository, STORE_NAME, StorageError } from './repository';

/**
 * The database the page began to open before its code loaded (`index.html` opens
 * `DB_NAME` and creates `STORE_NAME` as idb-keyval does, so IndexedDB works while Phaser
 * downloads and boots), as a store; the usual store when the page did not (a test page,
 * or a browser where opening threw at once).
 */
function pageStore(): UseStore {
  const early = (globalThis as { __marqueeDb?: Promise<IDBDatabase> }).__marqueeDb;
  if (!early) return defaultStore();
  // As idb-keyval's own store: a connection the browser closes is opened again on next use.
  let db: Promise<IDBDatabase> | null = early;
  const again = defaultStore();
  early.then(
    (d) => {
      d.onclose = () => {
        db = null;
      };
    },
    () => undefined,
  );
  return (mode, callback) => (db ? db.then((d) => callback(d.transaction(STORE_NAME, mode).objectStore(STORE_NAME))) : again(mode, callback));
}

export interface Opened {
  readonly repo: ProgressRepository;
  readonly loaded: Loaded;
  /** Why progress lives in memory only; null when it is saved. */
  readonly unavailable: string | null;
}

export interface OpenOptions {
  /** Makes the IndexedDB store; throws when there is no IndexedDB. */
  readonly store?: () => UseStore;
  readonly clock?: () => number;
  /** How long to wait for IndexedDB before playing from memory. */
  readonly timeoutMs?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export async function openProgress(o: OpenOptions = {}): Promise<Opened> {
  let reason: string;
  try {
    if (!o.store && typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
    const repo = idbRepository(o.store ? o.store() : pageStore(), o.clock);
    const loaded = await withTimeout(repo.load(), o.timeoutMs ?? 4000);
    return { repo, loaded, unavailable: null };
  } catch (e) {
    reason = e instanceof StorageError ? e.detail : e instanceof Error ? e.message : String(e);
  }
  const repo = memoryRepository(o.clock);
  return { repo, loaded: await repo.load(), unavailable: reason };
}

/** Asks the browser not to evict our data under storage pressure; it may say no, quietly. */
export async function requestPersistence(storage: StorageManager | undefined): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}
