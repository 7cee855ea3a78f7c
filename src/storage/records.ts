/**
 * The store's keys and what lives under each, and the two pure conversions between the
 * raw store (`[key, value]` pairs) and a typed `Snapshot`:
 *
 * | key                      | record                                    |
 * |--------------------------|-------------------------------------------|
 * | `settings`               | settings and the last game's setup        |
 * | `player:<id>`            | a player profile                          |
 * | `stats:<playerId>`       | that player's stats and best scores       |
 * | `history`                | questions asked on this device            |
 * | `reports`                | questions players reported, with reasons  |
 * | `deck:<id>`              | a custom deck                             |
 * | `game`                   | the game in progress (or just finished)   |
 * | `room`                   | the club night this device is hosting     |
 * | `quarantine:<key>:<ts>`  | a record that could not be read, as found |
 *
 * Keys no spec owns are left alone: a newer Marquee may have written them.
 */
import type * as z from 'zod/mini';
import type { Migrations } from './migrate';
import { upgrade } from './migrate';
import {
  type DeckRecord,
  DeckRecordSchema,
  describeIssues,
  type HistoryRecord,
  HistoryRecordSchema,
  type PlayerRecord,
  PlayerRecordSchema,
  type QuarantineRecord,
  QuarantineRecordSchema,
  type ReportsRecord,
  ReportsRecordSchema,
  type RoomRecord,
  RoomRecordSchema,
  type SavedGame,
  SavedGameSchema,
  type SettingsRecord,
  SettingsRecordSchema,
  type StatsRecord,
  StatsRecordSchema,
} from './schema';

export interface Snapshot {
  readonly settings: SettingsRecord | null;
  readonly players: readonly PlayerRecord[];
  readonly stats: readonly StatsRecord[];
  readonly history: HistoryRecord | null;
  readonly reports: ReportsRecord | null;
  readonly decks: readonly DeckRecord[];
  readonly game: SavedGame | null;
  /** The club night being hosted; absent in snapshots made before rooms existed. */
  readonly room?: RoomRecord | null;
  readonly quarantine: readonly QuarantineRecord[];
}

export const EMPTY_SNAPSHOT: Snapshot = { settings: null, players: [], stats: [], history: null, reports: null, decks: [], game: null, room: null, quarantine: [] };

export interface RecordSpec<T> {
  /** What it is, for a player: "your stats", "the game in progress". */
  readonly what: string;
  readonly version: number;
  /** A zod schema (classic or mini) that reads the record. */
  readonly schema: { safeParse(value: unknown): z.core.util.SafeParseResult<T> };
  readonly migrations: Migrations;
  owns(key: string): boolean;
  keyOf(record: T): string;
}

const prefixed = (prefix: string) => (key: string) => key.startsWith(prefix);

export const SPECS = {
  settings: { what: 'your settings', version: 1, schema: SettingsRecordSchema, migrations: {}, owns: (k) => k === 'settings', keyOf: () => 'settings' } satisfies RecordSpec<SettingsRecord>,
  player: { what: 'a player profile', version: 1, schema: PlayerRecordSchema, migrations: {}, owns: prefixed('player:'), keyOf: (p) => `player:${p.id}` } satisfies RecordSpec<PlayerRecord>,
  stats: { what: "a player's stats", version: 1, schema: StatsRecordSchema, migrations: {}, owns: prefixed('stats:'), keyOf: (s) => `stats:${s.playerId}` } satisfies RecordSpec<StatsRecord>,
  history: { what: 'the question history', version: 1, schema: HistoryRecordSchema, migrations: {}, owns: (k) => k === 'history', keyOf: () => 'history' } satisfies RecordSpec<HistoryRecord>,
  reports: { what: 'your question reports', version: 1, schema: ReportsRecordSchema, migrations: {}, owns: (k) => k === 'reports', keyOf: () => 'reports' } satisfies RecordSpec<ReportsRecord>,
  deck: { what: 'a custom deck', version: 1, schema: DeckRecordSchema, migrations: {}, owns: prefixed('deck:'), keyOf: (d) => `deck:${d.id}` } satisfies RecordSpec<DeckRecord>,
  game: { what: 'the game in progress', version: 1, schema: SavedGameSchema, migrations: {}, owns: (k) => k === 'game', keyOf: () => 'game' } satisfies RecordSpec<SavedGame>,
  room: { what: 'the club night being hosted', version: 1, schema: RoomRecordSchema, migrations: {}, owns: (k) => k === 'room', keyOf: () => 'room' } satisfies RecordSpec<RoomRecord>,
  quarantine: {
    what: 'a record set aside',
    version: 1,
    schema: QuarantineRecordSchema,
    migrations: {},
    owns: prefixed('quarantine:'),
    keyOf: (q) => `quarantine:${q.key}:${q.at}`,
  } satisfies RecordSpec<QuarantineRecord>,
};

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reasons: readonly string[] };

/** Migrates and validates one record; it must also be stored under its own key. */
export function readRecord<T>(spec: RecordSpec<T>, key: string, raw: unknown, prefix = ''): Read<T> {
  const up = upgrade(raw, spec.version, spec.migrations);
  if (!up.ok) return { ok: false, reasons: [prefix ? `${prefix}.${up.reason}` : up.reason] };
  const parsed = spec.schema.safeParse(up.value);
  if (!parsed.success) return { ok: false, reasons: describeIssues(parsed.error, prefix) };
  const own = spec.keyOf(parsed.data);
  if (own !== key) return { ok: false, reasons: [`${prefix || '(record)'}: belongs under "${own}", found under "${key}"`] };
  return { ok: true, value: parsed.data };
}

/** The spec that owns a key, or undefined for a key Marquee does not know. */
export function specOf(key: string): RecordSpec<unknown> | undefined {
  return Object.values(SPECS).find((s) => s.owns(key)) as RecordSpec<unknown> | undefined;
}

export function describeKey(key: string): string {
  return specOf(key)?.what ?? key;
}

export interface SetAside {
  readonly key: string;
  readonly what: string;
  readonly reason: string;
  /** The quarantine record to write under `movedTo`, replacing the original. */
  readonly movedTo: string;
  readonly record: QuarantineRecord;
}

export interface ReadResult {
  readonly snapshot: Snapshot;
  readonly setAside: readonly SetAside[];
  /** Keys no spec owns, left where they are. */
  readonly ignored: readonly string[];
}

/** Sorts raw store entries into a snapshot; what cannot be read is set aside, never dropped. */
export function readEntries(entries: readonly (readonly [unknown, unknown])[], now: number): ReadResult {
  let settings: SettingsRecord | null = null;
  let history: HistoryRecord | null = null;
  let reports: ReportsRecord | null = null;
  let game: SavedGame | null = null;
  let room: RoomRecord | null = null;
  const players: PlayerRecord[] = [];
  const stats: StatsRecord[] = [];
  const decks: DeckRecord[] = [];
  const quarantine: QuarantineRecord[] = [];
  const setAside: SetAside[] = [];
  const ignored: string[] = [];
  const taken = new Set(entries.map(([k]) => String(k)));

  const take = <T>(spec: RecordSpec<T>, key: string, raw: unknown, keep: (value: T) => void) => {
    const read = readRecord(spec, key, raw);
    if (read.ok) return keep(read.value);
    let at = now;
    while (taken.has(`quarantine:${key}:${at}`)) at++;
    const record: QuarantineRecord = { version: 1, key, at, reason: read.reasons.join('; '), raw };
    const movedTo = SPECS.quarantine.keyOf(record);
    taken.add(movedTo);
    setAside.push({ key, what: spec.what, reason: record.reason, movedTo, record });
  };

  for (const [k, raw] of entries) {
    if (typeof k !== 'string') continue;
    if (SPECS.quarantine.owns(k)) {
      const read = readRecord(SPECS.quarantine, k, raw);
      // A quarantine record is already set aside: even a damaged one stays where it is.
      quarantine.push(read.ok ? read.value : { version: 1, key: k, at: 0, reason: 'this set-aside record is damaged too', raw });
    } else if (SPECS.settings.owns(k)) take(SPECS.settings, k, raw, (v) => (settings = v));
    else if (SPECS.player.owns(k)) take(SPECS.player, k, raw, (v) => players.push(v));
    else if (SPECS.stats.owns(k)) take(SPECS.stats, k, raw, (v) => stats.push(v));
    else if (SPECS.history.owns(k)) take(SPECS.history, k, raw, (v) => (history = v));
    else if (SPECS.reports.owns(k)) take(SPECS.reports, k, raw, (v) => (reports = v));
    else if (SPECS.deck.owns(k)) take(SPECS.deck, k, raw, (v) => decks.push(v));
    else if (SPECS.game.owns(k)) take(SPECS.game, k, raw, (v) => (game = v));
    else if (SPECS.room.owns(k)) take(SPECS.room, k, raw, (v) => (room = v));
    else ignored.push(k);
  }
  return { snapshot: { settings, players, stats, history, reports, decks, game, room, quarantine }, setAside, ignored };
}

/** Every record of a snapshot under its key, sorted by key. */
export function entriesOf(s: Snapshot): [string, unknown][] {
  const out: [string, unknown][] = [];
  const add = <T>(spec: RecordSpec<T>, record: T | null) => {
    if (record !== null) out.push([spec.keyOf(record), record]);
  };
  add(SPECS.settings, s.settings);
  for (const p of s.players) add(SPECS.player, p);
  for (const x of s.stats) add(SPECS.stats, x);
  add(SPECS.history, s.history);
  add(SPECS.reports, s.reports);
  for (const d of s.decks) add(SPECS.deck, d);
  add(SPECS.game, s.game);
  add(SPECS.room, s.room ?? null);
  for (const q of s.quarantine) add(SPECS.quarantine, q);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
