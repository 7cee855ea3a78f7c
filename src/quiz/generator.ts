/**
 * The question generator. Kinds draft; this module decides. A draft becomes a question
 * only if, by the facts:
 * - exactly one option is correct, and every other option is known to be wrong
 *   (a kind's truth test answers false, not "cannot tell");
 * - no two options are equal or equivalent (case, accents, punctuation, a leading "The");
 * - the prompt does not contain the answer.
 * Anything else is dropped, never shipped. All randomness comes from one seeded Rng.
 */
import type { DeckIndex } from './deck/deck-index';
import type { Draft, Option, QuestionKind } from './kinds/kind';
import { KINDS } from './kinds/index';
import { type KindId, type Level, levelOf, type Question } from './question';
import { createRng, type Rng } from './rng';
import { equivalenceKey, mentions } from './text';

/** How many of the most plausible distractors a question draws its wrong options from. */
const PLAUSIBLE = 8;

export type DifficultyChoice = Level | 'mixed' | 'curve';

export interface QuizOptions {
  readonly seed: string;
  readonly rounds?: number;
  readonly perRound?: number;
  readonly difficulty?: DifficultyChoice;
  readonly kinds?: readonly KindId[];
  /** Only films carrying one of these tags (empty or absent: all films). */
  readonly themes?: readonly string[];
  /** Question ids asked recently: not asked again while others remain. */
  readonly avoid?: Iterable<string>;
}

export interface Round {
  readonly title: string;
  readonly questions: readonly Question[];
}

export interface Quiz {
  readonly seed: string;
  readonly deckId: string;
  readonly rounds: readonly Round[];
}

/** Turns a draft into a question, or says why it cannot be one. */
export function finalize(kind: QuestionKind, subject: string, draft: Draft, rng: Rng): Question | string {
  const count = draft.optionCount ?? 4;
  if (draft.truth(draft.answer.key) !== true) return 'the answer is not true by the facts';
  if (count > 2 && mentions(draft.prompt, draft.answer.label)) return 'the prompt gives the answer away';
  const seen = new Set([equivalenceKey(draft.answer.label)]);
  const keys = new Set([draft.answer.key]);
  const usable = draft.pool
    .filter((o) => !keys.has(o.key) && draft.truth(o.key) === false)
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.distance ?? 0) - (b.o.distance ?? 0) || a.i - b.i)
    .map(({ o }) => o);
  const near = usable.slice(0, Math.max(PLAUSIBLE, count - 1));
  const wrong: Option[] = [];
  for (const o of rng.shuffle(near)) {
    if (wrong.length === count - 1) break;
    const eq = equivalenceKey(o.label);
    if (seen.has(eq) || keys.has(o.key) || eq.length === 0) continue;
    seen.add(eq);
    keys.add(o.key);
    wrong.push(o);
  }
  if (wrong.length < count - 1) return 'not enough options known to be wrong';
  const all = [draft.answer, ...wrong];
  const options = draft.fixedOrder
    ? draft.fixedOrder.map((k) => all.find((o) => o.key === k)).filter((o): o is Option => o !== undefined)
    : rng.shuffle(all);
  if (options.length !== count) return 'fixed order does not match the options';
  if (options.filter((o) => draft.truth(o.key) === true).length !== 1) return 'not exactly one correct option';
  const answerIndex = options.findIndex((o) => o.key === draft.answer.key);
  // Difficulty: obscure subjects and close options are hard.
  const closeness = wrong.reduce((s, o) => s + 1 / (1 + (o.distance ?? 0)), 0) / wrong.length;
  const difficulty = Math.round(Math.min(1, Math.max(0, 0.65 * (1 - draft.fame) + 0.35 * closeness)) * 100) / 100;
  return {
    id: `${kind.id}:${subject}`,
    kind: kind.id,
    category: kind.category,
    input: 'choice',
    prompt: draft.prompt,
    options: options.map((o) => o.label),
    answer: draft.answer.label,
    answerIndex,
    explanation: draft.explanation,
    sources: draft.facts,
    difficulty,
    level: levelOf(difficulty),
  };
}

interface Candidate {
  readonly kind: QuestionKind;
  readonly subject: string;
}

const candidateCache = new WeakMap<DeckIndex, Map<string, Candidate[]>>();

/** Every (kind, subject) pair a deck offers, in a stable order; cached per index. */
export function candidates(index: DeckIndex, kinds: readonly QuestionKind[] = KINDS): Candidate[] {
  const cacheKey = kinds.map((k) => k.id).join(',');
  let perIndex = candidateCache.get(index);
  if (!perIndex) {
    perIndex = new Map();
    candidateCache.set(index, perIndex);
  }
  let list = perIndex.get(cacheKey);
  if (!list) {
    list = kinds.flatMap((kind) => kind.subjects(index).map((subject) => ({ kind, subject })));
    perIndex.set(cacheKey, list);
  }
  return list;
}

/** The film a subject is about, so that one round does not ask about one film twice. */
function focusOf(subject: string): string {
  return subject.split('/')[0] ?? subject;
}

const idOf = (c: Candidate) => `${c.kind.id}:${c.subject}`;

/** How many candidates a slot looks at, and how many before it settles for the nearest to its difficulty. */
const MAX_TRIES = 400;
const ON_TARGET_TRIES = 40;

function targetDifficulty(choice: DifficultyChoice, position: number, perRound: number): [number, number] {
  switch (choice) {
    case 'easy':
      return [0, 0.4];
    case 'medium':
      return [0.4, 0.7];
    case 'hard':
      return [0.7, 1.01];
    case 'curve': {
      const t = perRound > 1 ? position / (perRound - 1) : 0.5;
      const centre = 0.15 + 0.7 * t;
      return [centre - 0.2, centre + 0.2];
    }
    default:
      return [0, 1.01];
  }
}

/** Builds one question from a candidate, or null when it cannot meet the guarantees. */
export function buildQuestion(index: DeckIndex, c: Candidate, rng: Rng): Question | null {
  const draft = c.kind.draft(index, c.subject);
  if (!draft) return null;
  const q = finalize(c.kind, c.subject, draft, rng);
  return typeof q === 'string' ? null : q;
}

/**
 * Generates a quiz. The same deck and options give the same quiz on every machine:
 * the only randomness is the Rng seeded from `seed` and the deck id.
 */
export function generateQuiz(index: DeckIndex, options: QuizOptions): Quiz {
  const rounds = options.rounds ?? 1;
  const perRound = options.perRound ?? 10;
  const difficulty = options.difficulty ?? 'mixed';
  const kinds = options.kinds ? KINDS.filter((k) => options.kinds?.includes(k.id)) : KINDS;
  const themes = options.themes && options.themes.length > 0 ? new Set(options.themes) : null;
  const avoid = new Set(options.avoid ?? []);
  const rng = createRng(`${options.seed}|${index.deck.id}`);
  const all = candidates(index, kinds).filter((c) => {
    if (!themes) return true;
    const film = index.maybeFilm(focusOf(c.subject));
    return film?.tags?.some((t) => themes.has(t)) ?? false;
  });
  const tried = new Set<number>();
  const asked = new Set<string>();
  // Candidates passed over for this slot (same film as another question, or off the
  // difficulty target) stay usable later; recently asked ones come last of all.
  const later: Candidate[] = [];
  const recent: Candidate[] = [];
  // Sampling without replacement keeps a round's cost independent of the deck's size.
  const draw = (): Candidate | undefined => {
    while (tried.size < all.length) {
      let i = rng.int(all.length);
      while (tried.has(i)) i = (i + 1) % all.length;
      tried.add(i);
      const c = all[i] as Candidate;
      if (!avoid.has(idOf(c))) return c;
      recent.push(c);
    }
    return undefined;
  };
  const out: Round[] = [];
  for (let r = 0; r < rounds; r++) {
    const questions: Question[] = [];
    const focus = new Set<string>();
    for (let position = 0; position < perRound; position++) {
      const [lo, hi] = targetDifficulty(difficulty, position, perRound);
      const centre = (lo + hi) / 2;
      let best: { q: Question; c: Candidate } | null = null;
      for (let tries = 0; tries < MAX_TRIES; tries++) {
        const c = draw() ?? later.shift() ?? recent.shift();
        if (!c) break;
        if (asked.has(idOf(c))) continue;
        if (focus.has(focusOf(c.subject))) {
          later.push(c);
          continue;
        }
        const q = buildQuestion(index, c, rng);
        if (!q) continue;
        if (!best || Math.abs(q.difficulty - centre) < Math.abs(best.q.difficulty - centre)) {
          if (best) later.push(best.c);
          best = { q, c };
        } else later.push(c);
        if (best.q.difficulty >= lo && best.q.difficulty < hi) break;
        if (tries >= ON_TARGET_TRIES) break;
      }
      if (!best) break;
      asked.add(best.q.id);
      focus.add(focusOf(best.c.subject));
      questions.push(best.q);
    }
    out.push({ title: `Round ${r + 1}`, questions });
  }
  return { seed: options.seed, deckId: index.deck.id, rounds: out };
}

/** Every question the deck can produce, one per (kind, subject), for deck authors to review. */
export function allQuestions(index: DeckIndex, seed = 'review'): Question[] {
  const rng = createRng(`${seed}|${index.deck.id}`);
  const out: Question[] = [];
  for (const c of candidates(index)) {
    const q = buildQuestion(index, c, rng);
    if (q) out.push(q);
  }
  return out;
}
