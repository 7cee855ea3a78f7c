/**
 * Migrations: how a record saved by an older Marquee becomes today's record. Each kind of
 * record has its own version and its own steps, keyed by the version a step starts from:
 * `{ 1: (v1) => v2, 2: (v2) => v3 }`. A step is a pure function of plain data and sets
 * the new `version` itself. The result is then validated like any other record.
 *
 * Every record is at version 1 today, so the tables in `records.ts` are empty; to change
 * a record's shape, bump its schema's `version` literal, add the step here, and add a
 * fixture of the old shape to tests/unit/storage-migrate.test.ts.
 */

export type Migration = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;
export type Migrations = Readonly<Record<number, Migration>>;

export type Upgraded = { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly reason: string };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Brings `raw` from its own version to `current`, or says why it cannot. */
export function upgrade(raw: unknown, current: number, steps: Migrations): Upgraded {
  if (!isPlainObject(raw)) return { ok: false, reason: `(record): expected an object, found ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}` };
  let value = raw;
  const found = value.version;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) return { ok: false, reason: 'version: expected a whole number from 1' };
  let version = found;
  // A newer Marquee wrote it: reading it with today's schema would lose what it added.
  if (version > current) return { ok: false, reason: `version: ${version} was written by a newer Marquee (this one reads up to ${current})` };
  while (version < current) {
    const step = steps[version];
    if (!step) return { ok: false, reason: `version: no migration from ${version}` };
    let next: Record<string, unknown>;
    try {
      next = step(value);
    } catch (e) {
      return { ok: false, reason: `version: the migration from ${version} failed (${e instanceof Error ? e.message : String(e)})` };
    }
    if (next.version !== version + 1) return { ok: false, reason: `version: the migration from ${version} did not produce version ${version + 1}` };
    value = next;
    version = version + 1;
  }
  return { ok: true, value };
}
