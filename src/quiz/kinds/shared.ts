/** Helpers several kinds share: names that tell films apart, and conservative place matching. */
import type { DeckIndex } from '../deck/deck-index';
import type { Film, Person } from '../deck/schema';
import { equivalenceKey, listAnd } from '../text';
import type { Option } from './kind';

/** A film's title, with its year: the way prompts name a film. */
export function filmName(f: Film): string {
  return `${f.title} (${f.year})`;
}

export function directorsOf(index: DeckIndex, f: Film): Person[] {
  return f.directors.map((d) => index.person(d.person));
}

export function directorLabel(index: DeckIndex, f: Film): string {
  return listAnd(directorsOf(index, f).map((p) => p.name));
}

/** A stable key for a set of people ids, order-free. */
export function peopleKey(ids: readonly string[]): string {
  return [...ids].sort().join('+');
}

const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'with', 'its', 'film', 'camera', 'cameras', 'mm', 'usa', 'us', 'u s']);

/** Significant words of a place or format description, for "could these be the same?" checks. */
export function significantWords(text: string): Set<string> {
  return new Set(
    equivalenceKey(text)
      .split(/[\s,]+/)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** True when the two descriptions share a significant word: then "not the same" cannot be claimed. */
export function mayOverlap(a: string, b: string): boolean {
  const wa = significantWords(a);
  for (const w of significantWords(b)) if (wa.has(w)) return true;
  return false;
}

/** Films ranked as plausible companions for `f`: nearest in year first, then by id for stability. */
export function nearestFilms(index: DeckIndex, f: Film, keep: (g: Film) => boolean): Option[] {
  return index.films
    .filter((g) => g.id !== f.id && keep(g))
    .map((g) => ({ label: g.title, key: g.id, distance: Math.abs(g.year - f.year) }));
}

/** Whether a title names exactly one film in the deck (else prompts need the year). */
export function titleIsUnique(index: DeckIndex, f: Film): boolean {
  const key = equivalenceKey(f.title);
  return index.films.every((g) => g.id === f.id || equivalenceKey(g.title) !== key);
}
