/**
 * Backup: all progress as one versioned JSON file, and back. An import is validated in
 * full before anything is touched (a bad file changes nothing), then written in one
 * transaction, merged with what the device holds or replacing it, as the player chooses.
 *
 * The file: `{ "format": "marquee-progress", "version": 1, "exportedAt": ISO date,
 * "records": { "<store key>": <record>, … } }`, the records exactly as the store holds
 * them, set-aside (quarantined) records included.
 */
import * as z from 'zod/mini';
import { upgrade } from './migrate';
import { entriesOf, readEntries, readRecord, type Snapshot, specOf } from './records';
import type { ProgressRepository } from './repository';
import { describeIssues, HISTORY_LIMIT, type HistoryRecord, type ReportsRecord, type StatsRecord } from './schema';
import { COUNTED_LIMIT, REPORTS_LIMIT } from './stats';

export const BACKUP_FORMAT = 'marquee-progress';
export const BACKUP_VERSION = 1;

export type ImportMode = 'merge' | 'replace';

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: `expected "${BACKUP_FORMAT}": this is not a Marquee progress file` }),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  records: z.record(z.string(), z.unknown()),
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `marquee-progress-2025-03-14.json`, by the local date. */
export function backupFilename(date: Date): string {
  return `marquee-progress-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** A value JSON can carry: what the store held may not be (a damaged record can hold anything). */
function jsonSafe(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  } catch {
    return String(value);
  }
}

export interface ExportFile {
  readonly filename: string;
  readonly text: string;
  readonly type: 'application/json';
}

export function exportProgress(snapshot: Snapshot, now: Date): ExportFile {
  const records: Record<string, unknown> = {};
  for (const [key, record] of entriesOf({ ...snapshot, quarantine: snapshot.quarantine.map((q) => ({ ...q, raw: jsonSafe(q.raw) })) })) records[key] = record;
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), records };
  return { filename: backupFilename(now), text: `${JSON.stringify(file, null, 2)}\n`, type: 'application/json' };
}

export type Parsed = { readonly ok: true; readonly snapshot: Snapshot; readonly exportedAt: string } | { readonly ok: false; readonly errors: readonly string[] };

/** Reads a backup file. Every problem is reported, each naming its field. */
export function parseBackup(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (e) {
    return { ok: false, errors: [`(file): not JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  // The format first: a file from another program should say so, not that its version is odd.
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, errors: [`format: expected "${BACKUP_FORMAT}": this is not a Marquee progress file`] };
  }
  const up = upgrade(json, BACKUP_VERSION, {});
  if (!up.ok) return { ok: false, errors: [up.reason.replace('(record)', '(file)')] };
  const envelope = EnvelopeSchema.safeParse(up.value);
  if (!envelope.success) return { ok: false, errors: describeIssues(envelope.error) };
  const errors: string[] = [];
  const entries = Object.entries(envelope.data.records);
  for (const [key, raw] of entries) {
    const spec = specOf(key);
    if (!spec) {
      errors.push(`records.${key}: not a kind of record Marquee keeps`);
      continue;
    }
    const read = readRecord(spec, key, raw, `records.${key}`);
    if (!read.ok) errors.push(...read.reasons);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, snapshot: readEntries(entries, 0).snapshot, exportedAt: envelope.data.exportedAt };
}

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((t) => [key(t), t]));
}

/** Two players' stats of one profile: the fuller record, with the best of both best scores. */
function mergeStats(local: StatsRecord, incoming: StatsRecord): StatsRecord {
  // Totals cannot be added: the file may well hold games this device already counted.
  const base = incoming.games > local.games ? incoming : local;
  const other = base === local ? incoming : local;
  const best = { ...base.best };
  for (const [k, b] of Object.entries(other.best)) {
    const mine = best[k];
    if (!mine || b.score > mine.score) best[k] = b;
  }
  const counted = [...new Set([...base.counted, ...other.counted])].slice(0, COUNTED_LIMIT);
  return { ...base, best, counted, bestStreak: Math.max(base.bestStreak, other.bestStreak) };
}

function mergeHistory(a: HistoryRecord | null, b: HistoryRecord | null): HistoryRecord | null {
  if (!a || !b) return a ?? b;
  const newest = new Map<string, HistoryRecord['entries'][number]>();
  for (const e of [...a.entries, ...b.entries]) {
    const seen = newest.get(e.questionId);
    if (!seen || e.at > seen.at) newest.set(e.questionId, e);
  }
  const entries = [...newest.values()].sort((x, y) => y.at - x.at || (x.questionId < y.questionId ? -1 : 1)).slice(0, HISTORY_LIMIT);
  return { version: 1, entries };
}

function mergeReports(a: ReportsRecord | null, b: ReportsRecord | null): ReportsRecord | null {
  if (!a || !b) return a ?? b;
  const all = byKey([...a.items, ...b.items], (r) => `${r.at}|${r.questionId}|${r.reason}|${r.player ?? ''}`);
  return { version: 1, items: [...all.values()].sort((x, y) => x.at - y.at).slice(-REPORTS_LIMIT) };
}

/**
 * What a merge keeps. This device's settings and game in progress win; players, decks
 * and set-aside records are joined; a player's stats are the fuller of the two records
 * with the best scores of both; history and reports are joined. Merging the same file
 * twice changes nothing the second time.
 */
export function mergeSnapshots(local: Snapshot, incoming: Snapshot): Snapshot {
  const players = byKey(incoming.players, (p) => p.id);
  for (const p of local.players) players.set(p.id, p);
  const stats = byKey(incoming.stats, (s) => s.playerId);
  for (const s of local.stats) {
    const other = stats.get(s.playerId);
    stats.set(s.playerId, other ? mergeStats(s, other) : s);
  }
  const decks = byKey(incoming.decks, (d) => d.id);
  for (const d of local.decks) {
    const other = decks.get(d.id);
    if (!other || d.addedAt >= other.addedAt) decks.set(d.id, d);
  }
  const quarantine = byKey(incoming.quarantine, (q) => `${q.key}:${q.at}`);
  for (const q of local.quarantine) quarantine.set(`${q.key}:${q.at}`, q);
  return {
    settings: local.settings ?? incoming.settings,
    players: [...players.values()],
    stats: [...stats.values()],
    history: mergeHistory(local.history, incoming.history),
    reports: mergeReports(local.reports, incoming.reports),
    decks: [...decks.values()],
    game: local.game ?? incoming.game,
    // A club night is hosted from one device: an import never brings in another's.
    room: local.room ?? null,
    quarantine: [...quarantine.values()],
  };
}

/** A line for the player: what a snapshot holds ("2 players (Ana: 12 games, Ben: 3 games), a game in progress"). */
export function describeSnapshot(s: Snapshot): string {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const games = new Map(s.stats.map((x) => [x.playerId, x.games]));
  const who = s.players.map((p) => `${p.name}: ${plural(games.get(p.id) ?? 0, 'game')}`);
  const parts = [who.length > 0 ? `${plural(who.length, 'player')} (${who.join(', ')})` : 'no players yet'];
  if (s.history?.entries.length) parts.push(`${plural(s.history.entries.length, 'question')} in the history`);
  if (s.game) parts.push('a game in progress');
  if (s.reports?.items.length) parts.push(plural(s.reports.items.length, 'reported question'));
  if (s.decks.length) parts.push(plural(s.decks.length, 'custom deck'));
  if (s.quarantine.length) parts.push(plural(s.quarantine.length, 'set-aside record'));
  return parts.join(', ');
}

export type ImportResult = { readonly ok: true; readonly mode: ImportMode; readonly snapshot: Snapshot } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Imports a backup file into `repo`, whose current contents are `current`. Nothing is
 * written unless the whole file is valid, and then in one transaction.
 */
export async function importProgress(repo: ProgressRepository, current: Snapshot, text: string, mode: ImportMode): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const next = mode === 'merge' ? mergeSnapshots(current, parsed.snapshot) : parsed.snapshot;
  try {
    await repo.replace(next);
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  return { ok: true, mode, snapshot: next };
}
