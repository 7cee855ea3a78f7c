/**
 * The question generator. Kinds draft; this module decides. A draft becomes a question
 * only if, by the facts:
 * - exactly one option is correct, and every other option is known to be wrong (a kind's
 *   truth test answers false, not "cannot tell") under every reading of its label;
 * - no two options are equal or equivalent (case, accents, punctuation, a leading "The");
 * - the prompt does not give the answer away, whole or by a distinctive word of a clue,
 *   and no wrong option shares a distinctive word with the prompt (a trap, not a question);
 * - for order questions, no two items tie, so the order is fixed.
 * Anything else is dropped, never shipped.
 *
 * A question is made in two steps. `prepare` does everything that depends only on the
 * deck (the draft, the checks, the most plausible wrong options, the difficulty) and is
 * remembered per deck; `realize` draws the options shown from those with the quiz's Rng.
 * So choosing questions for a difficulty target costs little, and all randomness comes
 * from one seeded Rng: the same deck and options give the same quiz on every machine.
 */
import type { DeckIndex } from './deck/deck-index';
import { KINDS } from './kinds/index';
import type { ChoiceDraft, Draft, Option, OrderDraft, OrderItem, QuestionKind } from './kinds/kind';
import { warmPools } from './kinds/pools';
import { type FactRef, type InputMode, type KindId, type Level, levelOf, type Question } from './question';
import { createRng, type Rng } from './rng';
import { clueMatcher, equivalenceKey, givesAway, mentionMatcher, mentions, promptEchoMatcher } from './text';

/** How many of the most plausible distractors a question draws its wrong options from. */
const PLAUSIBLE = 8;

export type DifficultyChoice = Level | 'mixed' | 'curve';

export interface QuizOptions {
  readonly seed: string;
  readonly rounds?: number;
  readonly perRound?: number;
  readonly difficulty?: DifficultyChoice;
  readonly kinds?: readonly KindId[];
  /** Only questions about films carrying one of these tags (empty or absent: all). */
  readonly themes?: readonly string[];
  /** Question ids asked recently: not asked again while others remain. */
  readonly avoid?: Iterable<string>;
  /**
   * The ways of answering the caller can show. Default `['choice']`, which is all the
   * game draws today; the printed quiz and the JSON export take every mode.
   */
  readonly inputs?: readonly InputMode[];
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

export interface Candidate {
  readonly kind: QuestionKind;
  readonly subject: string;
  /** The question id it would make. */
  readonly id: string;
  /** The film it is about, for themes (undefined: no one film). */
  readonly film: string | undefined;
  /** One round asks about one focus (a film, a person) once. */
  readonly focus: string;
}

function candidateOf(kind: QuestionKind, subject: string): Candidate {
  const first = subject.split('/')[0] ?? subject;
  const about = kind.about?.(subject) ?? { film: first, focus: first };
  return { kind, subject, id: `${kind.id}:${subject}`, film: about.film, focus: about.focus };
}

const round2 = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/**
 * Raw difficulty rarely leaves 0.1–0.85 (a question is never about the least known film
 * with options all a year apart), so it is stretched to use the whole scale: otherwise
 * "hard" and the top of a curve would have almost nothing to choose from.
 */
const stretch = (raw: number) => round2((raw - 0.1) / 0.75);

/** How near wrong options are: 1 when as near as can be, ½ at two "years" away. */
const closenessOf = (distances: readonly number[]) => distances.reduce((s, d) => s + 1 / (1 + d / 2), 0) / Math.max(1, distances.length);

function uniqueFacts(facts: readonly FactRef[]): FactRef[] {
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f.fact) && seen.add(f.fact) !== undefined);
}

/** Why a prompt gives its answer away, or null. */
function leak(prompt: string, reveals: readonly string[], clue: string | undefined, answer: string): string | null {
  for (const r of reveals) if (mentions(prompt, r)) return `the prompt names the answer ("${r}")`;
  if (clue !== undefined && givesAway(clue, answer)) return 'the clue shares a distinctive word with the answer';
  return null;
}

/** Orders options by plausibility (most plausible first), keeping the pool's order among equals. */
function byDistance<T extends Option>(items: readonly T[]): T[] {
  return items
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.distance ?? 0) - (b.o.distance ?? 0) || a.i - b.i)
    .map(({ o }) => o);
}

/** A candidate that passed every check, with everything a question needs but the draw. */
interface Prepared {
  readonly c: Candidate;
  readonly draft: Draft;
  /** Choice: the most plausible wrong options. Order: every usable item, most plausible first. */
  readonly near: readonly Option[];
  readonly difficulty: number;
  readonly topic: string;
  /** The facts it asks (its own, not its wrong options'): a quiz asks each fact once, whichever kind asks it. */
  readonly asks: readonly string[];
}

const asksOf = (draft: Draft) => [...new Set(draft.facts.map((f) => f.fact))];

function prepareChoice(c: Candidate, draft: ChoiceDraft): Prepared | string {
  const count = draft.optionCount ?? 4;
  const answerKey = equivalenceKey(draft.answer.label);
  if (answerKey.length === 0) return 'the answer has no text';
  if (draft.truth(draft.answer.key) !== true) return 'the answer is not true by the facts';
  // Some prompts name the options by design ("Which runs longer: A or B?", "True or false: …").
  const promptNamesOptions = draft.promptFor !== undefined || draft.reveals?.length === 0;
  const why = leak(draft.prompt, draft.reveals ?? [draft.answer.label], draft.clue, draft.answer.label);
  if (why) return why;
  // The most plausible wrong options, nearest first. Options are judged by how they read:
  // a label is usable only if everything the pool offers under it is known wrong, so two
  // things one label could mean are both checked. Only as many are judged as are needed.
  const sorted = byDistance(draft.pool);
  const keys = sorted.map((o) => equivalenceKey(o.label));
  const readings = new Map<string, number>();
  for (const k of keys) readings.set(k, (readings.get(k) ?? 0) + 1);
  const named = mentionMatcher(draft.prompt);
  const echoes = draft.clue !== undefined ? clueMatcher(draft.clue) : () => false;
  const echoesPrompt = promptNamesOptions ? () => false : promptEchoMatcher(draft.prompt);
  const want = Math.max(PLAUSIBLE, count - 1);
  const judged = new Set([answerKey, '']);
  const near: Option[] = [];
  for (let i = 0; i < sorted.length && near.length < want; i++) {
    const o = sorted[i] as Option;
    const k = keys[i] as string;
    if (judged.has(k)) continue;
    judged.add(k);
    const all = (readings.get(k) ?? 0) > 1 ? sorted.filter((_, j) => keys[j] === k) : [o];
    if (all.some((r) => r.key === draft.answer.key || draft.truth(r.key) !== false)) continue;
    // A wrong option the prompt names, or that echoes the clue, is a trap rather than a question.
    if (!promptNamesOptions && named(o.label)) continue;
    if (echoes(o.label) || echoesPrompt(o.label)) continue;
    near.push(o);
  }
  if (near.length < count - 1) return `not enough options known to be wrong${draft.wrongFrom ? ` (they would be ${draft.wrongFrom})` : ''}`;
  // Difficulty: obscure subjects and close options are hard; two options are half guessable.
  const closeness = closenessOf(near.map((o) => o.distance ?? 0));
  const difficulty = stretch(0.6 * (1 - draft.fame) + 0.4 * closeness - (count === 2 ? 0.1 : 0));
  return { c, draft, near, difficulty, topic: draft.topic, asks: asksOf(draft) };
}

function prepareOrder(c: Candidate, draft: OrderDraft): Prepared | string {
  const count = draft.count ?? 4;
  const why = leak(draft.prompt, draft.reveals ?? [draft.anchor.label], draft.clue, draft.anchor.label);
  if (why) return why;
  const named = mentionMatcher(draft.prompt);
  const anchorKey = equivalenceKey(draft.anchor.label);
  const usable = byDistance(draft.pool.filter((o) => o.key !== draft.anchor.key && ![anchorKey, ''].includes(equivalenceKey(o.label)) && !named(o.label)));
  // Enough items with distinct ranks and labels must exist, whatever the draw.
  const ranks = new Set([draft.anchor.rank]);
  const labels = new Set([anchorKey]);
  for (const o of usable) {
    if (ranks.has(o.rank) || labels.has(equivalenceKey(o.label))) continue;
    ranks.add(o.rank);
    labels.add(equivalenceKey(o.label));
  }
  if (ranks.size < count) return 'not enough items with distinct ranks';
  const closeness = closenessOf(usable.slice(0, PLAUSIBLE).map((o) => Math.abs(o.rank - draft.anchor.rank)));
  const difficulty = stretch(0.55 * (1 - draft.fame) + 0.45 * closeness);
  return { c, draft, near: usable, difficulty, topic: draft.topic, asks: asksOf(draft) };
}

/** Checks a draft and does all the work on it that does not depend on the draw. */
function prepareDraft(c: Candidate, draft: Draft): Prepared | string {
  if (draft.input === 'order') return prepareOrder(c, draft);
  if (draft.input === 'year') {
    const why = leak(draft.prompt, draft.reveals ?? [String(draft.year)], draft.clue, String(draft.year));
    if (why) return why;
    // Typing a year is harder than picking one, so even a famous film is not "easy" by much.
    return { c, draft, near: [], difficulty: round2(0.3 + 0.65 * (1 - draft.fame)), topic: draft.topic, asks: asksOf(draft) };
  }
  return prepareChoice(c, draft);
}

function prepareFresh(index: DeckIndex, c: Candidate): Prepared | string {
  const draft = c.kind.draft(index, c.subject);
  return draft ? prepareDraft(c, draft) : 'the kind has nothing to ask about this subject';
}

/** Prepared candidates, per deck: a pure function of the deck, so remembering it changes nothing but speed. */
const preparedCache = new WeakMap<DeckIndex, Map<string, Prepared | string>>();
const PREPARED_MEMO = 60_000;

function prepare(index: DeckIndex, c: Candidate): Prepared | string {
  let memo = preparedCache.get(index);
  if (!memo) {
    memo = new Map();
    preparedCache.set(index, memo);
  }
  let p = memo.get(c.id);
  if (p === undefined) {
    if (memo.size >= PREPARED_MEMO) memo.clear();
    p = prepareFresh(index, c);
    memo.set(c.id, p);
  }
  return p;
}

/** A sentence ends once: a name that ends in a full stop ("Lau Lauritzen Jr.") takes no second one. */
const tidy = (text: string) => text.replace(/(?<!\.)\.\.(?!\.)/g, '.');

function base(p: Prepared) {
  return {
    id: p.c.id,
    kind: p.c.kind.id,
    category: p.c.kind.category,
    difficulty: p.difficulty,
    level: levelOf(p.difficulty),
    topic: p.topic,
  };
}

/** Draws the options a prepared question shows, and makes the question. */
function realize(p: Prepared, rng: Rng): Question | string {
  const draft = p.draft;
  if (draft.input === 'year') {
    return { ...base(p), input: 'year', prompt: draft.prompt, options: [], year: draft.year, answer: String(draft.year), answerIndex: -1, explanation: tidy(draft.explanation), sources: uniqueFacts([...draft.facts, ...(draft.cites ?? [])]) };
  }
  if (draft.input === 'order') {
    const count = draft.count ?? 4;
    const usable = p.near as readonly OrderItem[];
    const near = usable.slice(0, PLAUSIBLE);
    const ranks = new Set([draft.anchor.rank]);
    const labels = new Set([equivalenceKey(draft.anchor.label)]);
    const picked: OrderItem[] = [];
    // Shuffled among the most plausible, then the rest in order, so success does not hang on the shuffle.
    for (const o of [...rng.shuffle(near), ...usable.slice(near.length)]) {
      if (picked.length === count - 1) break;
      const label = equivalenceKey(o.label);
      if (ranks.has(o.rank) || labels.has(label)) continue;
      ranks.add(o.rank);
      labels.add(label);
      picked.push(o);
    }
    if (picked.length < count - 1) return 'not enough items with distinct ranks';
    const items = [draft.anchor, ...picked];
    const ordered = [...items].sort((a, b) => a.rank - b.rank);
    let shown = rng.shuffle(items);
    // Shown already in order would answer itself: rotate, which can never leave it sorted.
    if (shown.every((o, i) => o.key === ordered[i]?.key)) shown = [...shown.slice(1), ...shown.slice(0, 1)];
    const order = ordered.map((o) => o.label);
    return {
      ...base(p),
      input: 'order',
      prompt: draft.prompt,
      options: shown.map((o) => o.label),
      order,
      answer: order.join(' → '),
      answerIndex: -1,
      explanation: tidy(draft.explain(ordered)),
      sources: uniqueFacts([...draft.facts, ...(draft.cites ?? []), ...picked.flatMap((o) => o.facts?.() ?? [])]),
    };
  }
  const count = draft.optionCount ?? 4;
  const wrong = rng.shuffle(p.near).slice(0, count - 1);
  const all = [draft.answer, ...wrong];
  const options = draft.fixedOrder
    ? draft.fixedOrder.map((k) => all.find((o) => o.key === k)).filter((o): o is Option => o !== undefined)
    : rng.shuffle(all);
  // Checked again on what is shown, though preparing made sure of it.
  if (options.length !== count) return 'fixed order does not match the options';
  if (options.filter((o) => draft.truth(o.key) === true).length !== 1) return 'not exactly one correct option';
  if (new Set(options.map((o) => equivalenceKey(o.label))).size !== count) return 'two options read the same';
  return {
    ...base(p),
    input: 'choice',
    prompt: draft.promptFor ? draft.promptFor(options) : draft.prompt,
    options: options.map((o) => o.label),
    answer: draft.answer.label,
    answerIndex: options.findIndex((o) => o.key === draft.answer.key),
    explanation: tidy(draft.explainFor ? draft.explainFor(options) : draft.explanation),
    sources: uniqueFacts([...draft.facts, ...(draft.cites ?? []), ...wrong.flatMap((o) => o.facts?.() ?? [])]),
  };
}

/** Turns a draft into a question, or says why it cannot be one. */
export function finalize(kind: QuestionKind, subject: string, draft: Draft, rng: Rng): Question | string {
  const p = prepareDraft(candidateOf(kind, subject), draft);
  return typeof p === 'string' ? p : realize(p, rng);
}

const subjectCache = new WeakMap<DeckIndex, Map<string, readonly Candidate[]>>();

/** One kind's candidates, optionally only those about films with one of `tags`; cached per index. */
function kindCandidates(index: DeckIndex, kind: QuestionKind, tags: readonly string[]): readonly Candidate[] {
  let byKey = subjectCache.get(index);
  if (!byKey) {
    byKey = new Map();
    subjectCache.set(index, byKey);
  }
  const key = `${kind.id}|${tags.join(',')}`;
  let list = byKey.get(key);
  if (!list) {
    if (tags.length === 0) list = kind.subjects(index).map((subject) => candidateOf(kind, subject));
    else {
      const wanted = new Set(tags);
      list = kindCandidates(index, kind, []).filter((c) => c.film !== undefined && (index.maybeFilm(c.film)?.tags?.some((t) => wanted.has(t)) ?? false));
    }
    byKey.set(key, list);
  }
  return list;
}

const themeKey = (themes: readonly string[]) => [...new Set(themes)].sort();

/** Every (kind, subject) pair a deck offers for these kinds and themes, in a stable order. */
export function candidates(index: DeckIndex, kinds: readonly QuestionKind[] = KINDS, themes: readonly string[] = []): Candidate[] {
  const tags = themeKey(themes);
  return kinds.flatMap((k) => kindCandidates(index, k, tags));
}

/**
 * Does now the work the first quiz on a deck would otherwise do: lists every candidate of
 * every kind and builds the lookups the kinds share. Optional; for callers that can spare
 * the time up front (a loading screen, a benchmark's "index build").
 */
export function prepareIndex(index: DeckIndex): void {
  warmPools(index);
  for (const k of KINDS) kindCandidates(index, k, []);
}

/** Builds one question from a candidate, or null when it cannot meet the guarantees. */
export function buildQuestion(index: DeckIndex, c: Candidate, rng: Rng): Question | null {
  const p = prepare(index, c);
  if (typeof p === 'string') return null;
  const q = realize(p, rng);
  return typeof q === 'string' ? null : q;
}

/** The facts a question of this deck asks (by its id), so tests can tell two questions that ask one fact. */
export function factsAsked(index: DeckIndex, questionId: string): readonly string[] {
  const at = questionId.indexOf(':');
  const kind = KINDS.find((k) => k.id === questionId.slice(0, at));
  if (!kind) return [];
  const p = prepare(index, candidateOf(kind, questionId.slice(at + 1)));
  return typeof p === 'string' ? [] : p.asks;
}

/** Why a candidate makes no question ("" when it does): for deck authors and tests. */
export function explainRejection(index: DeckIndex, c: Candidate): string {
  const p = prepare(index, c);
  if (typeof p === 'string') return p;
  const q = realize(p, createRng('explain'));
  return typeof q === 'string' ? q : '';
}

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

/**
 * A kind is drawn with a weight that grows with how many subjects it has, up to a cap: every
 * kind of a big deck is as likely as any other, but a kind with one or two subjects (the one
 * school a deck records) is not asked in quiz after quiz.
 */
const kindWeight = (g: Group) => Math.min(Math.sqrt(g.list.length), KIND_WEIGHT_CAP);
const KIND_WEIGHT_CAP = 6;

function weighedPick(groups: readonly Group[], rng: Rng): Group {
  let r = rng.next() * groups.reduce((sum, g) => sum + kindWeight(g), 0);
  for (const g of groups) {
    r -= kindWeight(g);
    if (r < 0) return g;
  }
  return groups[groups.length - 1] as Group;
}

/** How many new candidates a slot looks at for one on its difficulty target before it settles for the nearest. */
const ON_TARGET_TRIES = 12;
/** How many it looks at for one the round is happy with before it relaxes (see `blocked` in generateQuiz). */
const MAX_TRIES = 24;

interface Group {
  readonly list: readonly Candidate[];
  readonly tried: Set<number>;
}

/**
 * Chooses questions one slot at a time. Candidates are drawn in a seeded random order
 * without replacement, a kind first (every kind with enough subjects equally likely, so a
 * deck with hundreds of cast credits still gets a varied quiz; see `kindWeight`) and then
 * one of its subjects; a round costs
 * the same on a deck of 16 films or 36,000. Prepared candidates not used wait in a
 * reserve for later slots. Preference, strongest first: not recently asked (`avoid`) >
 * not blocked in this round (a film already asked about, a kind used enough) > on the
 * slot's difficulty target. A question id, a topic or a fact is never asked twice in a quiz.
 */
class Picker {
  private readonly groups: Group[];
  private readonly fresh: Prepared[] = [];
  private readonly recentWaiting: Candidate[] = [];
  private readonly recent: Prepared[] = [];
  private readonly asked = new Set<string>();
  private readonly topics = new Set<string>();
  /** Facts a question of this quiz has asked ("films.anora-2024.directors[0]"): "Who directed Anora?" and "Which of these did Sean Baker direct?" turn on one. */
  private readonly facts = new Set<string>();

  constructor(
    private readonly index: DeckIndex,
    groups: readonly (readonly Candidate[])[],
    private readonly avoid: ReadonlySet<string>,
    private readonly rng: Rng,
  ) {
    this.groups = groups.filter((list) => list.length > 0).map((list) => ({ list, tried: new Set<number>() }));
  }

  /** Kinds the current slot can still take; draws skip the others while any is open. */
  private kindOpen: (kind: QuestionKind) => boolean = () => true;

  private drawFresh = (): Candidate | undefined => {
    while (this.groups.length > 0) {
      const open = this.groups.filter((g) => this.kindOpen((g.list[0] as Candidate).kind));
      const from = open.length > 0 ? open : this.groups;
      const g = weighedPick(from, this.rng);
      const at = this.groups.indexOf(g);
      const n = g.list.length;
      if (g.tried.size >= n) {
        this.groups.splice(at, 1);
        continue;
      }
      let i = this.rng.int(n);
      while (g.tried.has(i)) i = (i + 1) % n;
      g.tried.add(i);
      const c = g.list[i] as Candidate;
      if (this.avoid.has(c.id)) this.recentWaiting.push(c);
      else return c;
    }
    return undefined;
  };

  // Recent candidates are only reached once every fresh one has been drawn.
  private drawRecent = (): Candidate | undefined => this.recentWaiting.shift();

  private unasked = (p: Prepared) => !this.topics.has(p.topic) && !p.asks.some((f) => this.facts.has(f));

  private alive = (p: Prepared) => !this.asked.has(p.c.id) && this.unasked(p);

  private choose(reserve: Prepared[], draw: () => Candidate | undefined, lo: number, hi: number, blocked: (p: Prepared) => boolean): Prepared | undefined {
    const centre = (lo + hi) / 2;
    const onTarget = (p: Prepared) => p.difficulty >= lo && p.difficulty < hi;
    const nearer = (a: Prepared, b: Prepared | undefined) => !b || Math.abs(a.difficulty - centre) < Math.abs(b.difficulty - centre);
    // Drop what can no longer be asked, then look for the best waiting question.
    for (let i = reserve.length - 1; i >= 0; i--) if (!this.alive(reserve[i] as Prepared)) reserve.splice(i, 1);
    let best: Prepared | undefined;
    // The best question the round would rather not have (a film already asked about, a kind used enough).
    let fallback: Prepared | undefined;
    const consider = (p: Prepared): boolean => {
      if (blocked(p)) {
        if (nearer(p, fallback)) fallback = p;
        return false;
      }
      if (onTarget(p)) return true;
      if (nearer(p, best)) best = p;
      return false;
    };
    for (const p of reserve) if (consider(p)) return p;
    for (let tries = 0; ; ) {
      if (best && tries >= ON_TARGET_TRIES) return best;
      // Searching on for a question the round is happy with costs time: past a point, relax.
      if (!best && fallback && tries >= MAX_TRIES) return fallback;
      const c = draw();
      if (!c) break;
      if (this.asked.has(c.id)) continue;
      const p = prepare(this.index, c);
      tries++;
      if (typeof p === 'string' || !this.unasked(p)) continue;
      reserve.push(p);
      if (consider(p)) return p;
    }
    return best ?? fallback;
  }

  /** The next question for a slot, drawn and realized; undefined when the deck has nothing left. */
  next(lo: number, hi: number, blocked: (p: Prepared) => boolean, kindOpen: (kind: QuestionKind) => boolean): { p: Prepared; q: Question } | undefined {
    this.kindOpen = kindOpen;
    for (;;) {
      const p = this.choose(this.fresh, this.drawFresh, lo, hi, blocked) ?? this.choose(this.recent, this.drawRecent, lo, hi, blocked);
      if (!p) return undefined;
      this.asked.add(p.c.id);
      const q = realize(p, this.rng);
      if (typeof q === 'string') continue;
      this.topics.add(p.topic);
      for (const f of p.asks) this.facts.add(f);
      return { p, q };
    }
  }
}

/** The kinds a quiz draws from, in KINDS order. */
export function kindsFor(options: Pick<QuizOptions, 'kinds' | 'inputs'>): QuestionKind[] {
  const inputs = new Set<InputMode>(options.inputs ?? ['choice']);
  return KINDS.filter((k) => inputs.has(k.input) && (!options.kinds || options.kinds.includes(k.id)));
}

/**
 * Generates a quiz. The same deck and options give the same quiz on every machine:
 * the only randomness is the Rng seeded from `seed` and the deck id. A round is short
 * only when the deck has run out of questions.
 */
export function generateQuiz(index: DeckIndex, options: QuizOptions): Quiz {
  const rounds = Math.max(0, Math.floor(options.rounds ?? 1));
  const perRound = Math.max(0, Math.floor(options.perRound ?? 10));
  const difficulty = options.difficulty ?? 'mixed';
  const tags = themeKey(options.themes ?? []);
  const groups = kindsFor(options)
    .map((k) => kindCandidates(index, k, tags))
    .filter((g) => g.length > 0);
  const picker = new Picker(index, groups, new Set(options.avoid ?? []), createRng(`${options.seed}|${index.deck.id}`));
  // While others are to be had, a round asks about a film (or person) once, takes at most
  // a few of one kind and of one category, and never repeats a prompt word for word. The
  // caps leave room for a full round however few kinds the deck offers.
  const categories = new Set(groups.map((g) => g[0]?.kind.category)).size;
  const perKind = Math.max(2, Math.ceil(perRound / 5), Math.ceil(perRound / Math.max(1, groups.length)));
  const perCategory = Math.max(perKind, Math.ceil(perRound / 4), Math.ceil(perRound / Math.max(1, categories)));
  const out: Round[] = [];
  for (let r = 0; r < rounds; r++) {
    const questions: Question[] = [];
    const focus = new Set<string>();
    const prompts = new Set<string>();
    const used = new Map<string, number>();
    const count = (key: string) => used.get(key) ?? 0;
    const kindOpen = (k: QuestionKind) => count(`kind:${k.id}`) < perKind && count(`category:${k.category}`) < perCategory;
    const blocked = (p: Prepared) => focus.has(p.c.focus) || prompts.has(p.draft.prompt) || !kindOpen(p.c.kind);
    for (let position = 0; position < perRound; position++) {
      const [lo, hi] = targetDifficulty(difficulty, position, perRound);
      const pick = picker.next(lo, hi, blocked, kindOpen);
      if (!pick) break;
      focus.add(pick.p.c.focus);
      prompts.add(pick.p.draft.prompt);
      for (const key of [`kind:${pick.p.c.kind.id}`, `category:${pick.p.c.kind.category}`]) used.set(key, count(key) + 1);
      questions.push(pick.q);
    }
    out.push({ title: `Round ${r + 1}`, questions });
  }
  return { seed: options.seed, deckId: index.deck.id, rounds: out };
}

/** Every question the deck can produce, one per (kind, subject), every input mode, for deck authors to review. */
export function allQuestions(index: DeckIndex, seed = 'review', kinds: readonly QuestionKind[] = KINDS): Question[] {
  const rng = createRng(`${seed}|${index.deck.id}`);
  const out: Question[] = [];
  for (const c of candidates(index, kinds)) {
    const q = buildQuestion(index, c, rng);
    if (q) out.push(q);
  }
  return out;
}
