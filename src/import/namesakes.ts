/**
 * Namesakes from outside a deck. A title another film also has (Scream, 1996 and 2022) must
 * be shown with what tells the two apart, or a player reads the wrong one. The generator
 * sees namesakes inside its deck by itself; those elsewhere (the shipped decks, a film
 * table) reach it as the deck's `sharedTitle` marks, which an importer sets here.
 */
import type { Deck } from '../quiz/deck/schema';
import { equivalenceKey } from '../quiz/text';
import { parseTable, type TableFile } from './table';

/** Every year a title was used, by the title's equivalence key. */
export type TitleYears = ReadonlyMap<string, readonly number[]>;

/**
 * How far apart two films of one title must be to be two films, not one: a film's year in
 * one table is often its festival premiere, in another its release, a year or two later.
 */
export const SAME_FILM_YEARS = 2;

export function titleYears(entries: Iterable<{ readonly title: string; readonly year: number }>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const { title, year } of entries) {
    const k = equivalenceKey(title);
    if (!k || !Number.isInteger(year)) continue;
    const years = out.get(k);
    if (years) years.push(year);
    else out.set(k, [year]);
  }
  return out;
}

/** Whether another film than one of `year` has this title. */
export function hasNamesake(known: TitleYears, title: string, year: number): boolean {
  return (known.get(equivalenceKey(title)) ?? []).some((y) => Math.abs(y - year) > SAME_FILM_YEARS);
}

/** The deck with `sharedTitle` set on every film whose title another film has, and how many it set. */
export function markNamesakes(deck: Deck, known: TitleYears): { deck: Deck; marked: number } {
  let marked = 0;
  const films = deck.films.map((f) => {
    if (f.sharedTitle || !hasNamesake(known, f.title, f.year)) return f;
    marked++;
    return { ...f, sharedTitle: true as const };
  });
  return { deck: { ...deck, films }, marked };
}

/**
 * Titles and years read from the files given: a deck (its films), a JSON list of films with
 * `title` and `year` (Wikipedia's lists), or a CSV or TSV table with `title` and `year`
 * columns (the Cannes competition). A file of none of these is an error naming it.
 */
export function titlesIn(file: TableFile): { title: string; year: number }[] {
  if (/\.json$/i.test(file.name)) {
    const data: unknown = JSON.parse(file.text);
    const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { films?: unknown }).films) ? (data as { films: unknown[] }).films : null;
    if (!list) throw new Error(`${file.name}: neither a deck nor a list of films`);
    return list.flatMap((e) => {
      const { title, year } = (e ?? {}) as { title?: unknown; year?: unknown };
      return typeof title === 'string' && typeof year === 'number' ? [{ title: title.trim(), year }] : [];
    });
  }
  const table = parseTable(file, /\.tsv$/i.test(file.name) ? '\t' : ',', true);
  const rows = table.rows.map(({ row }) => row);
  const columns = Object.keys(rows[0] ?? {}).map((c) => c.toLowerCase());
  if (!columns.includes('title') || !columns.includes('year')) throw new Error(`${file.name}: a table of namesakes needs "title" and "year" columns`);
  return rows.flatMap((row) => {
    const get = (name: string) => Object.entries(row).find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
    const year = Number(String(get('year')).slice(0, 4));
    const title = String(get('title')).trim();
    return title && Number.isInteger(year) ? [{ title, year }] : [];
  });
}
