/**
 * Which facts of a deck its questions can ask, and why the others cannot be: for deck
 * authors (`npm run quiz -- --coverage`). A fact is asked when some question turns on it
 * (it is among the facts of a question the generator makes, not merely of a wrong option,
 * unless the question compares its options: then each one's figure is what it turns on).
 * A fact that no question asks comes with the reason: no kind asks about that field, or
 * the questions that would ask it were dropped, and why (too few plausible wrong options,
 * an answer the prompt gives away…).
 */
import type { DeckIndex } from './deck/deck-index';
import type { Deck } from './deck/schema';
import { candidates, explainRejection } from './generator';
import { whyCountriesNotAsked } from './kinds/film-country';
import { knownFor } from './kinds/person-born';
import { KINDS } from './kinds/index';
import type { QuestionKind } from './kinds/kind';

/** Film fields that hold one fact each, and lists whose every entry is a fact (see the schema's glossary). */
const FILM_SCALARS = ['year', 'runtime', 'countries', 'languages', 'genres', 'logline', 'originalTitle', 'budget', 'boxOffice'] as const;
const FILM_LISTS = ['directors', 'writers', 'producers', 'cinematographers', 'productionDesigners', 'cast', 'settings', 'shotOn', 'awards', 'references', 'trivia'] as const;

/** Every fact of a deck by its path ("films.anora-2024.cast[0]", "people.sean-baker.born"); names and titles are what facts are about, not facts to ask. */
export function deckFacts(deck: Deck): string[] {
  const out: string[] = [];
  for (const f of deck.films) {
    for (const field of FILM_SCALARS) if (f[field] !== undefined) out.push(`films.${f.id}.${field}`);
    for (const list of FILM_LISTS) for (let i = 0; i < (f[list]?.length ?? 0); i++) out.push(`films.${f.id}.${list}[${i}]`);
  }
  for (const p of deck.people) {
    if (p.born !== undefined) out.push(`people.${p.id}.born`);
    if (p.gender !== undefined) out.push(`people.${p.id}.gender`);
    for (const list of ['education', 'trivia'] as const) for (let i = 0; i < (p[list]?.length ?? 0); i++) out.push(`people.${p.id}.${list}[${i}]`);
  }
  return out;
}

/** What a fact's path says about it: its field ("cast", "born"). */
export function factField(path: string): string {
  return (
    path
      .split('.')
      .slice(2)
      .join('.')
      .replace(/\[\d+\]$/, '') || path
  );
}

/** Fields that are no question's subject by design, with the reason. */
const NOT_ASKED: Readonly<Record<string, string>> = {
  gender: 'recorded so that roles are offered with actors of the same gender; not asked itself',
  genres: 'genres are labels that sources draw differently, so a wrong option could be argued right; recorded to rank wrong options (films of a genre beside each other), not asked',
  languages:
    "recorded to rank wrong options (International Feature goes to films not in English, a film's cast beside actors of its language); asked alone, a film's language is its country's, no question",
  originalTitle:
    'an original title most often means what the English title means, so a player answers it by translating rather than by knowing the film; recorded, not asked',
};

/** Lists a kind asks about only when the deck declares them complete. */
const NEEDS_COMPLETE = new Set(['references', 'education', 'settings', 'shotOn', 'countries', 'writers', 'producers', 'cinematographers', 'productionDesigners']);

/** Why no question even drafts a fact. */
function whyNot(index: DeckIndex, fact: string, field: string): string {
  if (field === 'references' && !index.isComplete('references'))
    return 'the deck does not declare references complete, so no other film is known not to have served; asked only of decks that do';
  if (NEEDS_COMPLETE.has(field) && !index.isComplete(field as 'references')) return `asked only of decks that declare ${field} complete`;
  const m = /^(films|people)\.([^.]+)\./.exec(fact);
  const f = m?.[1] === 'films' ? index.maybeFilm(m[2] ?? '') : undefined;
  if (field === 'born' && m?.[1] === 'people') {
    const p = index.people.find((x) => x.id === m[2]);
    if (p && !knownFor(index, p)) return 'a birth year is asked with a film the person is known for, and the deck credits them with no film';
  }
  if (field === 'countries' && f) {
    const why = whyCountriesNotAsked(index, f);
    if (why) return why;
  }
  if (field === 'trivia') return 'no decoy: trivia is asked as true or false, and only with a false twin to show in its place';
  if (field === 'awards') {
    const m = /^films\.([^.]+)\.awards\[(\d+)\]$/.exec(fact);
    const award = m ? index.maybeFilm(m[1] ?? '')?.awards?.[Number(m[2])] : undefined;
    if (award?.result === 'nominated') return 'a nomination: questions ask who won, and nominees are their wrong options';
  }
  return `no kind of question asks about ${field} here`;
}

export interface Uncovered {
  readonly fact: string;
  readonly reason: string;
  /** Recorded to shape other questions (a gender, a genre), never meant to be asked itself. */
  readonly byDesign?: boolean;
}

export interface Coverage {
  readonly facts: number;
  readonly asked: number;
  readonly uncovered: readonly Uncovered[];
}

/** Which of the deck's facts its questions can ask (every kind, every way of answering), and why the others cannot. */
export function coverage(index: DeckIndex, kinds: readonly QuestionKind[] = KINDS): Coverage {
  const facts = deckFacts(index.deck);
  const asked = new Set<string>();
  // For a fact only rejected questions turn on: the first of them and why it was dropped.
  const dropped = new Map<string, string>();
  for (const c of candidates(index, kinds)) {
    const draft = c.kind.draft(index, c.subject);
    if (!draft) continue;
    const why = explainRejection(index, c);
    for (const f of draft.facts) {
      if (why === '') asked.add(f.fact);
      else if (!dropped.has(f.fact)) dropped.set(f.fact, `${c.id}: ${why}`);
    }
    // A question that names its options to compare them ("Which runs longer: A or B?") turns
    // on the other film's figure as much as on its own.
    if (why === '' && (draft.input === undefined || draft.input === 'choice') && draft.promptFor) {
      for (const o of draft.pool) if (draft.truth(o.key) === false) for (const f of o.facts?.() ?? []) asked.add(f.fact);
    }
  }
  const uncovered: Uncovered[] = [];
  const recorded: Uncovered[] = [];
  for (const fact of facts) {
    if (asked.has(fact)) continue;
    const field = factField(fact);
    const why = dropped.get(fact);
    const design = NOT_ASKED[field];
    if (why === undefined && design !== undefined) recorded.push({ fact, reason: design, byDesign: true });
    else uncovered.push({ fact, reason: why ?? whyNot(index, fact, field) });
  }
  // Facts kept only to shape other questions come last: they are no gap in what a deck can ask.
  uncovered.push(...recorded);
  return { facts: facts.length, asked: facts.length - uncovered.length, uncovered };
}
