/**
 * Challenge codes in the game: a code made for a setup or for today, and a typed code
 * turned back into the deck and setup it names, or into a message that says what is wrong.
 */
import {
  type Challenge,
  challengeSeed,
  DAILY_SETTINGS,
  dailyChallenge,
  decodeChallenge,
  deckContentHash,
  encodable,
  encodeChallenge,
  isChallenge,
  SEEDS,
  tagOf,
} from '../quiz/challenge';
import type { GameServices } from './services';
import type { GameSetup } from './settings';

/** A code ready to play: the game's setup (its deck, its settings, these players) and its seed. */
export interface ChallengeGame {
  readonly code: string;
  readonly setup: GameSetup;
  readonly seed: string;
}

export type CodeLookup = ({ readonly ok: true } & ChallengeGame) | { readonly ok: false; readonly message: string };

async function hashOf(services: GameServices, deckId: string): Promise<number> {
  return deckContentHash((await services.loadDeck(deckId)).deck);
}

/** Who plays a code on this device: the players or teams of its own setup (a code fixes the quiz, not the people). */
export type Who = Pick<GameSetup, 'players' | 'play'>;

function game(c: Challenge, deckId: string, who: Who): ChallengeGame {
  const { rounds, perRound, timerSeconds, difficulty, scoring, streakBonus } = c.settings;
  return { code: encodeChallenge(c), seed: challengeSeed(c), setup: { deckId, players: who.players, play: who.play, rounds, perRound, timerSeconds, difficulty, scoring, streakBonus } };
}

/** A new code for this setup: its deck and options, and a seed of its own. */
export async function codeForSetup(services: GameServices, setup: GameSetup): Promise<ChallengeGame> {
  if (!encodable(setup)) throw new Error('these options cannot be written in a challenge code');
  const seed = Number.parseInt(services.newSeed().slice(0, 6), 36) % SEEDS;
  const c: Challenge = { tag: tagOf(setup.deckId), deckHash: await hashOf(services, setup.deckId), seed, settings: setup };
  return game(c, setup.deckId, setup);
}

/** Today's code for a deck: one round of ten, the same for everyone on the same date. */
export async function dailyCode(services: GameServices, deckId: string, who: Who, date: Date): Promise<ChallengeGame> {
  return game(dailyChallenge(tagOf(deckId), await hashOf(services, deckId), date, DAILY_SETTINGS), deckId, who);
}

/**
 * The game a typed code names, on this device's decks. A deck this device lacks, or one
 * whose content differs from the code's (another version), is said by name.
 */
export async function lookUpCode(services: GameServices, typed: string, who: Who): Promise<CodeLookup> {
  const read = decodeChallenge(typed);
  if (!isChallenge(read)) return { ok: false, message: read.message };
  const candidates = services.decks.filter((d) => tagOf(d.id) === read.tag);
  if (candidates.length === 0) {
    return { ok: false, message: `This code is for a deck called ${read.tag}, which this device does not have. Add that deck in Setup with "Add your own deck (JSON or CSV)…", then play the code again.` };
  }
  const unreadable: string[] = [];
  for (const deck of candidates) {
    const hash = await hashOf(services, deck.id).catch(() => null);
    if (hash === null) unreadable.push(deck.title);
    else if (hash === read.deckHash) return { ok: true, ...game(read, deck.id, who) };
  }
  const titles = candidates.map((d) => d.title).join(' or ');
  if (unreadable.length === candidates.length) return { ok: false, message: `This code is for ${titles}, which cannot be loaded on this device.` };
  return {
    ok: false,
    message: `This code was made with another version of ${titles} than this device has, so its quiz would not be the same. Update Marquee (or add the same deck file) on both devices, then play the code again.`,
  };
}
