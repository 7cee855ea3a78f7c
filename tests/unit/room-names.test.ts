import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, NAME_MESSAGES, type NameProblem, nameProblem } from '../../src/room/names';
import { LIMITS } from '../../src/room/protocol';

describe('a nickname', () => {
  it.each([
    ['  Ann  ', 'Ann'],
    ['Ann   Lee', 'Ann Lee'],
    ['Ann\u00a0\u2003Lee', 'Ann Lee'],
    ['A\u0000n\u0007n', 'Ann'],
    ['Zoë\u200b', 'Zoë'],
    ['\u202eevil', 'evil'],
    ['   ', ''],
  ])('is cleaned from %j to %j', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it.each<[string, readonly string[], NameProblem | null]>([
    ['Ann', [], null],
    ['', [], 'empty'],
    ['x'.repeat(LIMITS.nameLength), [], null],
    ['x'.repeat(LIMITS.nameLength + 1), [], 'too-long'],
    ['🎬'.repeat(LIMITS.nameLength), [], null],
    ['Ann', ['Bea', 'Ann'], 'taken'],
    ['ANN', ['ann'], 'taken'],
    ['Ann B', ['Ann'], null],
    // Rude, in the usual disguises.
    ['shit', [], 'rude'],
    ['SHIT', [], 'rude'],
    ['sh1t', [], 'rude'],
    ['$h!t', [], 'rude'],
    ['Big Shit', [], 'rude'],
    ['s h i t', [], 'rude'],
    ['s.h.i.t', [], 'rude'],
    ['shït', [], 'rude'],
    ['b1tch', [], 'rude'],
    ['a55hole', [], 'rude'],
    // Welcome: the word is only part of a longer one.
    ['Scunthorpe', [], null],
    ['Cassie', [], null],
    ['Dickens', [], null],
    ['Hancock', [], null],
    ['Arsenal fan', [], null],
    ['Shiitake', [], null],
    ['Agent 47', [], null],
  ])('%j, with %j in the room, has the problem %s', (name, taken, problem) => {
    expect(nameProblem(name, taken)).toBe(problem);
  });

  it('has a message a player can act on for every problem', () => {
    for (const p of ['empty', 'too-long', 'rude', 'taken'] as const) expect(NAME_MESSAGES[p]).toMatch(/\w.*\.$/);
  });

  it('is clean once cleaned: no control characters, no spaces at the ends or twice in a row, and cleaning again changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (raw) => {
        const name = cleanName(raw);
        return cleanName(name) === name && name === name.trim() && !/\s{2}|[\p{Cc}\p{Cf}]/u.test(name);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('is judged without throwing, and a name that passes is short and not in the room', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 24 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), (raw, taken) => {
        const name = cleanName(raw);
        if (nameProblem(name, taken) !== null) return true;
        const length = [...name].length;
        return length > 0 && length <= LIMITS.nameLength && !taken.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase());
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
