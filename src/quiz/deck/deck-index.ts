/**
 * A deck, indexed for question generation: lookups by id, filmographies, and an
 * estimate of how well known each film is (used for difficulty and distractors).
 */
import type { CompletableList, Deck, Film, Person, Source } from './schema';

export interface CastEntry {
  readonly film: Film;
  readonly character: string | undefined;
}

export interface DeckIndex {
  readonly deck: Deck;
  readonly films: readonly Film[];
  readonly people: readonly Person[];
  film(id: string): Film;
  maybeFilm(id: string): Film | undefined;
  person(id: string): Person;
  source(id: string): Source;
  /** Whether the deck promises that `list`, where a film has it, is the whole list. */
  isComplete(list: CompletableList): boolean;
  directed(personId: string): readonly Film[];
  actedIn(personId: string): readonly CastEntry[];
  /** 0 (obscure) to 1 (famous), by rank within the deck. */
  fame(filmId: string): number;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function renown(f: Film): number {
  let score = 0;
  for (const a of f.awards ?? []) {
    const top = /^(best picture|palme d'or|grand prix du festival)/i.test(a.category);
    score += a.result === 'won' ? (top ? 8 : 2) : top ? 2 : 0.5;
  }
  score += (f.cast?.length ?? 0) * 0.2 + (f.trivia?.length ?? 0) * 0.3;
  return score;
}

/** Builds the index. Assumes a deck that passed `validateDeck`. */
export function indexDeck(deck: Deck): DeckIndex {
  const films = new Map(deck.films.map((f) => [f.id, f]));
  const people = new Map(deck.people.map((p) => [p.id, p]));
  const sources = new Map(deck.sources.map((s) => [s.id, s]));
  const directed = new Map<string, Film[]>();
  const acted = new Map<string, CastEntry[]>();
  for (const f of deck.films) {
    for (const d of f.directors ?? []) pushTo(directed, d.person, f);
    for (const c of f.cast ?? []) pushTo(acted, c.person, { film: f, character: c.character });
  }
  // Ties broken by code-unit order, not localeCompare: collation varies with the machine's
  // locale (Estonian sorts z after s), and fame feeds question difficulty, which must not.
  const ranked = deck.films.map((f) => ({ id: f.id, score: renown(f) })).sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fame = new Map(ranked.map((r, i) => [r.id, ranked.length > 1 ? i / (ranked.length - 1) : 0.5]));
  const complete = new Set(deck.complete ?? []);
  const need = <T>(map: Map<string, T>, what: string, id: string): T => {
    const v = map.get(id);
    if (v === undefined) throw new Error(`no ${what} "${id}" in deck "${deck.id}"`);
    return v;
  };
  return {
    deck,
    films: deck.films,
    people: deck.people,
    film: (id) => need(films, 'film', id),
    maybeFilm: (id) => films.get(id),
    person: (id) => need(people, 'person', id),
    source: (id) => need(sources, 'source', id),
    isComplete: (list) => complete.has(list),
    directed: (id) => directed.get(id) ?? [],
    actedIn: (id) => acted.get(id) ?? [],
    fame: (id) => fame.get(id) ?? 0,
  };
}
