/**
 * Challenge codes: a short code that gives every device the same quiz, with nothing between
 * the devices. `BAKER-7K3Q-M2XD` names the deck by its tag, and its 40 bits hold the rest:
 *
 *   settings 13 bits · seed 14 bits · deck hash 9 bits · check 4 bits
 *
 * The settings are the game's options (rounds, questions per round, timer, difficulty,
 * scoring, streak bonus); the deck hash is of the deck's content, so a code made with one
 * version of a deck is told apart from another's; the check turns away fifteen mistyped
 * codes in sixteen (and a typo that slips through still names a real quiz, never a crash).
 * Letters are Crockford's base 32 (no I, L, O, U), and reading forgives O for 0 and I or L
 * for 1, as people type them.
 */
import type { DifficultyChoice } from './generator';
import type { ScoringMode } from './scoring';

/** The quiz options of a game, which a code fixes (a game's setup adds the deck and players). */
export interface ChallengeSettings {
  readonly rounds: number;
  readonly perRound: number;
  /** Seconds per question, or null for no timer. */
  readonly timerSeconds: number | null;
  readonly difficulty: DifficultyChoice;
  readonly scoring: ScoringMode;
  readonly streakBonus: boolean;
}

export interface Challenge {
  /** The deck's tag: letters, 3 to 8 of them ("BAKER"). */
  readonly tag: string;
  /** 9 bits of the deck's content hash (`deckHash`). */
  readonly deckHash: number;
  /** 0 to 16383: which quiz of the deck. */
  readonly seed: number;
  readonly settings: ChallengeSettings;
}

export const PER_ROUND = [5, 10, 15, 20] as const;
export const TIMERS = [null, 10, 15, 20, 30, 45] as const;
export const DIFFICULTIES: readonly DifficultyChoice[] = ['curve', 'mixed', 'easy', 'medium', 'hard'];
export const MAX_ROUNDS = 8;
export const SEEDS = 1 << 14;
const HASH_BITS = 9;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type ChallengeProblem = { readonly problem: 'format' | 'check' | 'settings'; readonly message: string };

/** A deck's tag from its id: the letters of its last word, 3 to 8 of them ("sean-baker" → "BAKER"). */
export function tagOf(deckId: string): string {
  const words = deckId
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);
  const last = words[words.length - 1] ?? 'DECK';
  const tag = (last.length >= 3 ? last : words.join('')).slice(0, 8);
  return tag.length >= 3 ? tag : `${tag}DECK`.slice(0, 4);
}

/** FNV-1a over the deck's text: the same content gives the same number on every device. */
export function deckHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & ((1 << HASH_BITS) - 1);
}

/** Whether these settings can be written in a code (every option one the game offers). */
export function encodable(s: ChallengeSettings): boolean {
  return (
    Number.isInteger(s.rounds) &&
    s.rounds >= 1 &&
    s.rounds <= MAX_ROUNDS &&
    (PER_ROUND as readonly number[]).includes(s.perRound) &&
    (TIMERS as readonly (number | null)[]).includes(s.timerSeconds) &&
    DIFFICULTIES.includes(s.difficulty)
  );
}

function settingsBits(s: ChallengeSettings): number {
  const timer = (TIMERS as readonly (number | null)[]).indexOf(s.timerSeconds);
  const per = (PER_ROUND as readonly number[]).indexOf(s.perRound);
  return (((((s.rounds - 1) * 4 + per) * 8 + timer) * 8 + DIFFICULTIES.indexOf(s.difficulty)) * 2 + (s.scoring === 'speed' ? 1 : 0)) * 2 + (s.streakBonus ? 1 : 0);
}

function settingsOf(bits: number): ChallengeSettings | null {
  const streakBonus = bits % 2 === 1;
  bits = Math.floor(bits / 2);
  const scoring: ScoringMode = bits % 2 === 1 ? 'speed' : 'accuracy';
  bits = Math.floor(bits / 2);
  const difficulty = DIFFICULTIES[bits % 8];
  bits = Math.floor(bits / 8);
  const timer = bits % 8;
  bits = Math.floor(bits / 8);
  const perRound = PER_ROUND[bits % 4];
  const rounds = Math.floor(bits / 4) + 1;
  if (!difficulty || perRound === undefined || timer >= TIMERS.length) return null;
  return { rounds, perRound, timerSeconds: TIMERS[timer] ?? null, difficulty, scoring, streakBonus };
}

/** Four bits over the tag and the 36 data bits. */
function check(tag: string, data: number): number {
  let h = 7;
  for (const c of `${tag}:${data}`) h = (h * 31 + c.charCodeAt(0)) % 65_521;
  return h % 16;
}

export function encodeChallenge(c: Challenge): string {
  if (!encodable(c.settings)) throw new Error('these settings cannot be written in a challenge code');
  if (!Number.isInteger(c.seed) || c.seed < 0 || c.seed >= SEEDS) throw new Error(`a challenge seed is 0–${SEEDS - 1}`);
  const tag = c.tag.toUpperCase().replace(/[^A-Z]/g, '');
  if (tag.length < 3 || tag.length > 8) throw new Error('a deck tag has 3 to 8 letters');
  const data = (settingsBits(c.settings) * SEEDS + c.seed) * (1 << HASH_BITS) + (c.deckHash & ((1 << HASH_BITS) - 1));
  let n = data * 16 + check(tag, data);
  let body = '';
  for (let i = 0; i < 8; i++) {
    body = (ALPHABET[n % 32] ?? '0') + body;
    n = Math.floor(n / 32);
  }
  return `${tag}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** Reads a code as typed (any case, spaces or dashes, O for 0, I or L for 1). */
export function decodeChallenge(typed: string): Challenge | ChallengeProblem {
  const clean = typed.toUpperCase().replace(/[\s_]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  const m = /^([A-Z]{3,8})-?([0-9A-Z-]{8,10})$/.exec(clean);
  const body = m?.[2]?.replace(/-/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!m?.[1] || !body || body.length !== 8) return { problem: 'format', message: 'A challenge code looks like BAKER-7K3Q-M2XD: a deck name, then eight letters and digits.' };
  let n = 0;
  for (const ch of body) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return { problem: 'format', message: `"${ch}" is not in a challenge code: check the letters.` };
    n = n * 32 + v;
  }
  const tag = m[1];
  const data = Math.floor(n / 16);
  if (check(tag, data) !== n % 16) return { problem: 'check', message: 'That code has a typo: check each letter against the one you were sent.' };
  const deckHashValue = data % (1 << HASH_BITS);
  const rest = Math.floor(data / (1 << HASH_BITS));
  const settings = settingsOf(Math.floor(rest / SEEDS));
  if (!settings) return { problem: 'settings', message: 'That code was made by a newer Marquee: update this one to play it.' };
  return { tag, deckHash: deckHashValue, seed: rest % SEEDS, settings };
}

export function isChallenge(v: Challenge | ChallengeProblem): v is Challenge {
  return 'tag' in v;
}

const SEED_PREFIX = 'challenge:';

/**
 * The quiz's seed as the generator takes it: the same code gives the same quiz everywhere.
 * It holds the code itself, so a game (and a game resumed from a save) knows its code.
 */
export function challengeSeed(c: Challenge): string {
  return `${SEED_PREFIX}${encodeChallenge(c)}`;
}

/** The code a game's seed was made from, or null for a game of its own. */
export function codeOfSeed(seed: string): string | null {
  return seed.startsWith(SEED_PREFIX) ? seed.slice(SEED_PREFIX.length) : null;
}

/**
 * Which generator made a code's quiz. A version of Marquee whose generator draws another
 * quiz from the same deck and seed (a new kind of question, say) counts this up, so that
 * two devices on different versions refuse each other's codes instead of playing two
 * different quizzes under one code.
 */
export const GENERATOR_VERSION = 2;

/** The hash a code holds of a deck: over its content as loaded and the generator's version, the same on every device that would draw the same quiz. */
export function deckContentHash(deck: unknown): number {
  return deckHash(`${GENERATOR_VERSION}\n${JSON.stringify(deck)}`);
}

/** The daily challenge's own settings: the same for everyone, whatever their last setup. */
export const DAILY_SETTINGS: ChallengeSettings = { rounds: 1, perRound: 10, timerSeconds: 20, difficulty: 'curve', scoring: 'accuracy', streakBonus: false };

/** Today's code for a deck: everyone who plays on the same (local) date gets the same quiz. */
export function dailyChallenge(tag: string, hash: number, date: Date, settings: ChallengeSettings): Challenge {
  const day = `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
  let h = 0x811c9dc5;
  for (const c of `daily:${day}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return { tag, deckHash: hash, seed: h % SEEDS, settings };
}

/**
 * Spoiler-free share text, in the manner of Wordle: the code, the score, and a row of
 * ✓ and ✗ per round. It never names a question or an answer.
 */
export function shareText(code: string, result: { readonly score: number; readonly correct: number; readonly total: number; readonly rounds: readonly (readonly boolean[])[] }): string {
  const rows = result.rounds.map((r) => r.map((right) => (right ? '✓' : '✗')).join(''));
  return [`Marquee ${code}`, `${result.correct}/${result.total} right · ${result.score} points`, ...rows].join('\n');
}
