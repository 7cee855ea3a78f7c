import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Migrations, upgrade } from '../../src/storage/migrate';
import { entriesOf, type RecordSpec, readRecord, SPECS, specOf } from '../../src/storage/records';
import { fullSnapshot } from './storage-fixtures';

// A record that has lived through two changes of shape:
// v1 { version, sound: boolean }  →  v2 { version, muted }  →  v3 { version, muted, volume }
const V3 = z.object({ version: z.literal(3), muted: z.boolean(), volume: z.number().min(0).max(1) });
const STEPS: Migrations = {
  1: ({ sound, ...rest }) => ({ ...rest, version: 2, muted: sound === false }),
  2: (v2) => ({ ...v2, version: 3, volume: 0.7 }),
};
const spec: RecordSpec<z.infer<typeof V3>> = { what: 'a test record', version: 3, schema: V3, migrations: STEPS, owns: (k) => k === 'test', keyOf: () => 'test' };

describe('migrations', () => {
  it.each([
    ['v1', { version: 1, sound: false }, { version: 3, muted: true, volume: 0.7 }],
    ['v2', { version: 2, muted: false }, { version: 3, muted: false, volume: 0.7 }],
    ['v3', { version: 3, muted: true, volume: 0.2 }, { version: 3, muted: true, volume: 0.2 }],
  ])('bring a %s record forward, step by step, to today’s shape', (_label, raw, expected) => {
    expect(readRecord(spec, 'test', raw)).toEqual({ ok: true, value: expected });
  });

  it('leave the stored value alone (a step returns a new object)', () => {
    const raw = { version: 1, sound: true };
    readRecord(spec, 'test', raw);
    expect(raw).toEqual({ version: 1, sound: true });
  });

  it.each([
    ['a record from a newer version', { version: 4, muted: true }, 'version: 4 was written by a newer Marquee (this one reads up to 3)'],
    ['a record with no version', { muted: true }, 'version: expected a whole number from 1'],
    ['a record with version 0', { version: 0 }, 'version: expected a whole number from 1'],
    ['a version that is not a whole number', { version: 1.5 }, 'version: expected a whole number from 1'],
    ['something that is not a record', [1, 2], '(record): expected an object, found a list'],
    ['null', null, '(record): expected an object, found null'],
  ])('refuse %s, saying why', (_label, raw, reason) => {
    expect(upgrade(raw, 3, STEPS)).toEqual({ ok: false, reason });
  });

  it('refuse a chain with a step missing', () => {
    expect(upgrade({ version: 1 }, 3, { 2: STEPS[2] as NonNullable<Migrations[number]> })).toEqual({ ok: false, reason: 'version: no migration from 1' });
  });

  it('refuse a step that does not produce the next version, or throws', () => {
    expect(upgrade({ version: 1 }, 2, { 1: (v) => ({ ...v }) })).toEqual({ ok: false, reason: 'version: the migration from 1 did not produce version 2' });
    expect(
      upgrade({ version: 1 }, 2, {
        1: () => {
          throw new Error('boom');
        },
      }),
    ).toEqual({ ok: false, reason: 'version: the migration from 1 failed (boom)' });
  });

  it('validate what a migration produced like any other record', () => {
    const bad: RecordSpec<z.infer<typeof V3>> = { ...spec, migrations: { ...STEPS, 2: (v2) => ({ ...v2, version: 3, volume: 9 }) } };
    const read = readRecord(bad, 'test', { version: 2, muted: false });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reasons[0]).toMatch(/^volume: /);
  });
});

describe('the record kinds of today', () => {
  it.each(Object.entries(SPECS))('%s has a migration from every older version to its own', (_name, s: RecordSpec<unknown>) => {
    for (let v = 1; v < s.version; v++) expect(s.migrations[v], `a migration from ${v}`).toBeTypeOf('function');
  });

  it('each read a valid record of its current version, stored under its key', () => {
    for (const [key, record] of entriesOf(fullSnapshot())) {
      const s = specOf(key);
      expect(s, key).toBeDefined();
      if (s) expect(readRecord(s, key, record).ok, key).toBe(true);
    }
  });
});
