import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Challenge,
  challengeSeed,
  DIFFICULTIES,
  dailyChallenge,
  decodeChallenge,
  deckHash,
  encodeChallenge,
  isChallenge,
  MAX_ROUNDS,
  PER_ROUND,
  SEEDS,
  shareText,
  TIMERS,
  tagOf,
} from '../../src/quiz/challenge';
import { generateQuiz } from '../../src/quiz/generator';
import { readFileSync } from 'node:fs';
import { loadDeckText } from '../../src/quiz/deck/load';

const settings = fc.record({
  rounds: fc.integer({ min: 1, max: MAX_ROUNDS }),
  perRound: fc.constantFrom(...PER_ROUND),
  timerSeconds: fc.constantFrom(...TIMERS),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  scoring: fc.constantFrom('accuracy' as const, 'speed' as const),
  streakBonus: fc.boolean(),
});
const challenge: fc.Arbitrary<Challenge> = fc.record({
  tag: fc.stringMatching(/^[A-Z]{3,8}$/),
  deckHash: fc.integer({ min: 0, max: 511 }),
  seed: fc.integer({ min: 0, max: SEEDS - 1 }),
  settings,
});

describe('challenge codes', () => {
  it('round-trip: a code reads back as the deck, seed and settings it was made from', () => {
    fc.assert(
      fc.property(challenge, (c) => {
        const code = encodeChallenge(c);
        expect(code).toMatch(/^[A-Z]{3,8}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(decodeChallenge(code)).toEqual(c);
      }),
      { numRuns: 3000 },
    );
  });

  it('read as people type them: any case, spaces for dashes, O for 0, I and L for 1', () => {
    const c: Challenge = { tag: 'BAKER', deckHash: 300, seed: 1234, settings: { rounds: 2, perRound: 10, timerSeconds: 20, difficulty: 'curve', scoring: 'speed', streakBonus: true } };
    const code = encodeChallenge(c);
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(decodeChallenge(sloppy)).toEqual(c);
  });

  it('turn away most mistyped codes, and never crash on one', () => {
    let caught = 0;
    let tries = 0;
    fc.assert(
      fc.property(challenge, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 31 }), (c, at, shift) => {
        const code = encodeChallenge(c);
        const body = code.slice(c.tag.length + 1).replace('-', '');
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        const typo = body.slice(0, at) + alphabet[(alphabet.indexOf(body[at] ?? '0') + shift) % 32] + body.slice(at + 1);
        const read = decodeChallenge(`${c.tag}-${typo}`);
        tries++;
        if (!isChallenge(read)) caught++;
        else expect(read).not.toEqual(c);
      }),
      { numRuns: 2000 },
    );
    expect(caught / tries).toBeGreaterThan(0.85);
  });

  it.each([
    ['', 'format'],
    ['BAKER', 'format'],
    ['BAKER-7K3Q', 'format'],
    ['BAKER-7K3Q-M2XD-99', 'format'],
    ['12345-7K3Q-M2XD', 'format'],
    ['BAKER-UUUU-UUUU', 'format'],
  ])('say what is wrong with %j (%s)', (typed, problem) => {
    const read = decodeChallenge(typed);
    expect(isChallenge(read)).toBe(false);
    if (!isChallenge(read)) {
      expect(read.problem).toBe(problem);
      expect(read.message.length).toBeGreaterThan(10);
    }
  });

  it('refuse settings the game does not offer', () => {
    expect(() => encodeChallenge({ tag: 'BAKER', deckHash: 1, seed: 1, settings: { rounds: 1, perRound: 7, timerSeconds: 20, difficulty: 'curve', scoring: 'accuracy', streakBonus: false } })).toThrow();
    expect(() => encodeChallenge({ tag: 'BAKER', deckHash: 1, seed: SEEDS, settings: { rounds: 1, perRound: 5, timerSeconds: 20, difficulty: 'curve', scoring: 'accuracy', streakBonus: false } })).toThrow();
  });

  it('give the same quiz on every run for the same code', () => {
    const loaded = loadDeckText('sean-baker.json', readFileSync('questions/sean-baker.json', 'utf8'));
    if (!loaded.ok) throw new Error('the Sean Baker deck does not load');
    const index = loaded.index;
    fc.assert(
      fc.property(challenge, (c) => {
        const read = decodeChallenge(encodeChallenge(c));
        if (!isChallenge(read)) throw new Error('did not read back');
        const options = { seed: challengeSeed(read), rounds: Math.min(2, read.settings.rounds), perRound: 5, difficulty: read.settings.difficulty };
        const a = generateQuiz(index, options);
        const b = generateQuiz(index, options);
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });
});

describe('deck tags and hashes', () => {
  it.each([
    ['sean-baker', 'BAKER'],
    ['best-picture-classics', 'CLASSICS'],
    ['palme-dor', 'DOR'],
    ['my-x', 'MYX'],
    ['oscar-world-and-animation', 'ANIMATIO'],
  ])('%s is tagged %s', (id, tag) => expect(tagOf(id)).toBe(tag));

  it('hash a deck by its content: one changed letter gives another hash (mostly)', () => {
    const text = JSON.stringify({ films: ['Anora', 'Tangerine'] });
    expect(deckHash(text)).toBe(deckHash(`${text}`));
    const others = ['Anora', 'Anorb', 'Tangerina', 'tangerine'].map((t) => deckHash(JSON.stringify({ films: [t, 'Tangerine'] })));
    expect(new Set(others).size).toBe(4);
  });
});

describe('the daily challenge', () => {
  const s = { rounds: 1, perRound: 10, timerSeconds: 20, difficulty: 'curve' as const, scoring: 'accuracy' as const, streakBonus: false };
  it('is the same all day, and another the next day', () => {
    const morning = encodeChallenge(dailyChallenge('BAKER', 5, new Date(2026, 11, 2, 8, 0), s));
    const night = encodeChallenge(dailyChallenge('BAKER', 5, new Date(2026, 11, 2, 23, 59), s));
    const tomorrow = encodeChallenge(dailyChallenge('BAKER', 5, new Date(2026, 11, 3, 8, 0), s));
    expect(night).toBe(morning);
    expect(tomorrow).not.toBe(morning);
  });
});

describe('share text', () => {
  it('gives the code, the score and a ✓/✗ row per round, and no answer', () => {
    const text = shareText('BAKER-7K3Q-M2XD', { score: 700, correct: 7, total: 10, rounds: [[true, true, false, true, true], [true, false, true, true, false]] });
    expect(text).toBe('Marquee BAKER-7K3Q-M2XD\n7/10 right · 700 points\n✓✓✗✓✓\n✓✗✓✓✗');
  });
});
