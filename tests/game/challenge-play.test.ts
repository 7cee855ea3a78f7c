/**
 * Challenge codes as the game plays them: a code made on one device is found on another,
 * with the same setup and the very same quiz, whatever either device asked before; a code
 * for a deck a device lacks, or for another version of it, is refused by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeForSetup, dailyCode, lookUpCode } from '../../src/game/challenge-play';
import { quizFor } from '../../src/game/quiz-for';
import { CHOICES, DEFAULT_SETUP, type GameSetup } from '../../src/game/settings';
import { codeOfSeed, DAILY_SETTINGS } from '../../src/quiz/challenge';
import type { DeckIndex } from '../../src/quiz/deck/deck-index';
import { seanBaker, testServices } from './fixtures';

const setup: GameSetup = { ...DEFAULT_SETUP, deckId: 'sean-baker', rounds: 2, perRound: 5, difficulty: 'mixed' };
const solo = { players: ['Ana'], play: 'turns' } as const;

describe('challenge codes in the game', () => {
  it('gives another device the same setup and the same quiz, whatever each asked lately', async () => {
    const mine = testServices({ newSeed: () => 'k3x9a1', recentQuestions: () => [] });
    const made = await codeForSetup(mine, setup);
    expect(codeOfSeed(made.seed)).toBe(made.code);
    // The other phone has played this deck before: a game of its own would avoid those questions.
    const first = await quizFor(mine, made.setup, made.seed);
    const asked = first.quiz.rounds.flatMap((r) => r.questions.map((q) => q.id));
    const theirs = testServices({ recentQuestions: () => asked });
    const found = await lookUpCode(theirs, made.code.toLowerCase().replace(/-/g, ' '), { players: ['Ana'], play: 'turns' });
    if (!found.ok) throw new Error(found.message);
    expect(found.setup).toEqual({ ...setup, players: ['Ana'] });
    expect(found.seed).toBe(made.seed);
    expect((await quizFor(theirs, found.setup, found.seed)).quiz).toEqual(first.quiz);
    // Without a code, the same device would ask others first.
    const own = await quizFor(theirs, found.setup, 'k3x9a1');
    expect(own.quiz.rounds.flatMap((r) => r.questions.map((q) => q.id)).some((id) => asked.includes(id))).toBe(false);
  });

  it('round-trips every setup the Setup screen offers, over many seeds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          rounds: fc.constantFrom(...CHOICES.rounds),
          perRound: fc.constantFrom(...CHOICES.perRound),
          timerSeconds: fc.constantFrom(...CHOICES.timerSeconds),
          difficulty: fc.constantFrom(...CHOICES.difficulty),
          scoring: fc.constantFrom(...CHOICES.scoring),
          streakBonus: fc.boolean(),
          seed: fc.stringMatching(/^[0-9a-z]{6,12}$/),
        }),
        async ({ seed, ...options }) => {
          const s: GameSetup = { ...DEFAULT_SETUP, deckId: 'sean-baker', ...options };
          const made = await codeForSetup(testServices({ newSeed: () => seed }), s);
          const found = await lookUpCode(testServices(), made.code, s);
          expect(found).toEqual({ ok: true, ...made });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('names the deck a device lacks, and refuses another version of a deck it has', async () => {
    const made = await codeForSetup(testServices({ newSeed: () => 'abc123' }), setup);
    const elsewhere = testServices({ decks: [{ id: 'palme-dor', title: "Palme d'Or", file: 'questions/palme-dor.json' }] });
    const lacking = await lookUpCode(elsewhere, made.code, solo);
    expect(lacking).toEqual({ ok: false, message: expect.stringContaining('a deck called BAKER, which this device does not have') });
    // The same deck with one film retitled: its content differs, so its quiz would too.
    const older: DeckIndex = { ...seanBaker, deck: { ...seanBaker.deck, films: seanBaker.deck.films.map((f, i) => (i === 0 ? { ...f, title: `${f.title} (cut)` } : f)) } };
    const other = await lookUpCode(testServices({ loadDeck: async () => older }), made.code, solo);
    expect(other).toEqual({ ok: false, message: expect.stringContaining('another version of Sean Baker') });
    const typo = made.code.slice(0, -1) + (made.code.endsWith('0') ? '1' : '0');
    const mistyped = await lookUpCode(testServices(), typo, solo);
    // A changed last letter is caught by the check, or else names a real quiz (never a crash).
    if (!mistyped.ok) expect(mistyped.message).toMatch(/typo|another version/);
    expect(await lookUpCode(testServices(), 'not a code', solo)).toEqual({ ok: false, message: expect.stringContaining('looks like BAKER-7K3Q-M2XD') });
  });

  it("gives everyone today's quiz, with the daily settings, and a new one tomorrow", async () => {
    const services = testServices();
    const morning = await dailyCode(services, 'sean-baker', { players: ['Ana', 'Ben'], play: 'turns' }, new Date(2026, 11, 2, 7, 30));
    const evening = await dailyCode(services, 'sean-baker', { players: ['Cy'], play: 'turns' }, new Date(2026, 11, 2, 22, 10));
    const tomorrow = await dailyCode(services, 'sean-baker', { players: ['Cy'], play: 'turns' }, new Date(2026, 11, 3, 7, 30));
    expect(evening.code).toBe(morning.code);
    expect(tomorrow.code).not.toBe(morning.code);
    expect(morning.setup).toEqual({ ...DAILY_SETTINGS, deckId: 'sean-baker', play: 'turns', players: ['Ana', 'Ben'] });
    expect(evening.setup.players).toEqual(['Cy']);
  });
});
