/**
 * Checks across decks. Decks are written by different people but share ids, so that they
 * can be merged: the same film or person in two decks must carry the same facts. A
 * disagreement is reported where it is seen second, since the first deck is the one the
 * second was expected to agree with.
 */
import { parseJsonSource } from './json-source';
import { type LocatedProblem, loadDeckText } from './load';
import type { Deck, Film } from './schema';
import { formatPath, sameFilmOtherYear } from './validate';
import { equivalenceKey } from '../text';

export interface DeckText {
  readonly file: string;
  readonly text: string;
}

export interface DeckSummary {
  readonly file: string;
  readonly films: number;
  readonly people: number;
  readonly facts: number;
}

export interface DecksReport {
  readonly problems: readonly LocatedProblem[];
  /** One per deck without problems, in the order given. */
  readonly good: readonly DeckSummary[];
}

const SCALAR_FILM_FACTS = ['year', 'runtime', 'countries', 'languages', 'genres', 'logline', 'originalTitle', 'budget', 'boxOffice'] as const;
const LIST_FILM_FACTS = ['directors', 'writers', 'producers', 'cinematographers', 'productionDesigners', 'cast', 'settings', 'shotOn', 'awards', 'references', 'trivia'] as const;

/** Facts as the schema's glossary counts them: each scalar field, and each entry of a list that cites a source. */
export function countFacts(deck: Deck): number {
  let n = 0;
  for (const f of deck.films) {
    for (const field of SCALAR_FILM_FACTS) if (f[field] !== undefined) n++;
    for (const list of LIST_FILM_FACTS) n += f[list]?.length ?? 0;
  }
  for (const p of deck.people) {
    n += 1 + (p.born === undefined ? 0 : 1) + (p.gender === undefined ? 0 : 1) + (p.education?.length ?? 0) + (p.trivia?.length ?? 0);
  }
  return n;
}

interface Seen<T> {
  readonly file: string;
  readonly item: T;
}

const directorSet = (f: Film) => (f.directors ?? []).map((d) => d.person).sort();
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Checks each deck on its own, then the decks against each other. */
export function checkDecks(decks: readonly DeckText[], now: Date = new Date()): DecksReport {
  const problems: LocatedProblem[] = [];
  const loaded: { file: string; text: string; deck: Deck }[] = [];
  const failed = new Set<string>();
  for (const { file, text } of decks) {
    const result = loadDeckText(file, text, now);
    if (result.ok) loaded.push({ file, text, deck: result.index.deck });
    else {
      problems.push(...result.problems);
      failed.add(file);
    }
  }

  const byId = new Map<string, Seen<Film>>();
  const byTitleYear = new Map<string, Seen<Film>>();
  const byTitle = new Map<string, Seen<Film>[]>();
  const people = new Map<string, Seen<Deck['people'][number]>>();
  for (const { file, text, deck } of loaded) {
    let positions: ReturnType<typeof parseJsonSource> | undefined;
    const report = (path: (string | number)[], message: string) => {
      positions ??= parseJsonSource(text);
      problems.push({ file, ...positions.positionOf(path), field: formatPath(path), message });
      failed.add(file);
    };
    deck.films.forEach((f, i) => {
      const mine = directorSet(f);
      // A deck without a film's directors says nothing about them, so only two lists can disagree.
      const directorsDiffer = (other: Seen<Film>) => f.directors !== undefined && other.item.directors !== undefined && !sameList(mine, directorSet(other.item));
      const reportDirectors = (other: Seen<Film>, what: string) =>
        report(['films', i, 'directors'], `${what} is directed by ${directorSet(other.item).join(', ')} in ${other.file}; here by ${mine.join(', ')}`);
      const sameId = byId.get(f.id);
      const titleYear = `${f.title.toLowerCase()}|${f.year}`;
      const sameTitleYear = byTitleYear.get(titleYear);
      if (sameId) {
        if (sameId.item.year !== f.year) report(['films', i, 'year'], `film "${f.id}" is dated ${sameId.item.year} in ${sameId.file}; here ${f.year}`);
        if (directorsDiffer(sameId)) reportDirectors(sameId, `film "${f.id}"`);
      } else if (sameTitleYear) {
        if (directorsDiffer(sameTitleYear)) reportDirectors(sameTitleYear, `"${f.title}" (${f.year})`);
        else report(['films', i, 'id'], `"${f.title}" (${f.year}) is "${sameTitleYear.item.id}" in ${sameTitleYear.file}: the same film needs the same id in every deck`);
      } else {
        const twin = (byTitle.get(equivalenceKey(f.title)) ?? []).find((s) => sameFilmOtherYear(s.item, f));
        if (twin) report(['films', i, 'year'], `"${twin.item.title}" by the same director is dated ${twin.item.year} in ${twin.file} ("${twin.item.id}"); here ${f.year}`);
      }
      if (!byId.has(f.id)) byId.set(f.id, { file, item: f });
      if (!byTitleYear.has(titleYear)) byTitleYear.set(titleYear, { file, item: f });
      const key = equivalenceKey(f.title);
      byTitle.set(key, [...(byTitle.get(key) ?? []), { file, item: f }]);
    });
    deck.people.forEach((p, i) => {
      const other = people.get(p.id);
      if (!other) {
        people.set(p.id, { file, item: p });
        return;
      }
      if (other.item.name !== p.name) report(['people', i, 'name'], `person "${p.id}" is named "${other.item.name}" in ${other.file}; here "${p.name}"`);
      if (other.item.born !== undefined && p.born !== undefined && other.item.born !== p.born) {
        report(['people', i, 'born'], `person "${p.id}" was born in ${other.item.born} by ${other.file}; here ${p.born}`);
      }
      if (other.item.gender !== undefined && p.gender !== undefined && other.item.gender !== p.gender) {
        report(['people', i, 'gender'], `person "${p.id}" is ${other.item.gender} in ${other.file}; here ${p.gender}`);
      }
    });
  }
  const good = loaded
    .filter((d) => !failed.has(d.file))
    .map((d) => ({ file: d.file, films: d.deck.films.length, people: d.deck.people.length, facts: countFacts(d.deck) }));
  return { problems, good };
}
