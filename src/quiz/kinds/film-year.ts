/** "In which year was Tangerine first released?" Options are nearby years. */
import type { DeckIndex } from '../deck/deck-index';
import type { Film } from '../deck/schema';
import { FIRST_FILM_YEAR } from '../deck/limits';
import type { FactRef } from '../question';
import { factRef, type Option, type QuestionKind } from './kind';
import { pools } from './pools';
import { directorLabel, nameKeys, titleIsShared, yearFact } from './shared';

/**
 * How a question whose answer is a film's year names the film: by its directors and
 * title ("Sean Baker's Tangerine", "Take Out, by Sean Baker and Shih-Ching Tsou,"), since the year cannot be given and a title alone may
 * be a remake's (the deck's Scream is 2022's, not 1996's). Two films in the deck with one
 * title and the same directors cannot be told apart fairly, so then this is null; with no
 * directors on record, a title no other film in the deck has will do.
 */
export function nameWithoutYear(index: DeckIndex, f: Film): string | null {
  const directors = f.directors ?? [];
  if (directors.length === 0) return titleIsShared(index, f) ? null : f.title;
  const mine = [...nameKeys(index, directors.map((d) => d.person))].sort().join('+');
  const clash = pools(index)
    .sameTitle(f)
    .some((g) => g.id !== f.id && [...nameKeys(index, (g.directors ?? []).map((d) => d.person))].sort().join('+') === mine);
  if (clash) return null;
  return directors.length === 1 ? `${possessive(directorLabel(index, f))} ${f.title}` : `${f.title}, by ${directorLabel(index, f)},`;
}

/** The facts that say who directed a film, as a prompt naming it by its directors gives them away. */
export function directorFacts(index: DeckIndex, f: Film): FactRef[] {
  return (f.directors ?? []).map((d, i) => factRef(index, `films.${f.id}.directors[${i}]`, d.source));
}

/** "Sean Baker's", "Jesús Franco's". */
export function possessive(name: string): string {
  return `${name}’s`;
}

export const filmYear: QuestionKind = {
  id: 'film-year',
  category: 'Release years',
  input: 'choice',
  subjects: (index) => index.films.map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const name = nameWithoutYear(index, f);
    if (name === null) return null;
    // Never a year past the deck's latest film: a year that has not come yet can be ruled out at once.
    const latest = pools(index).latestYear;
    const pool: Option[] = [];
    for (let d = 1; d <= 8; d++) {
      for (const y of [f.year - d, f.year + d]) if (y >= FIRST_FILM_YEAR && y <= latest) pool.push({ label: String(y), key: String(y), distance: d });
    }
    return {
      prompt: `In which year was ${name} first released?`,
      answer: { label: String(f.year), key: String(f.year) },
      pool,
      truth: (key) => Number(key) === f.year,
      explanation: `${f.title} was first released in ${f.year}.`,
      // The prompt names the film by its directors ("Joseph Sargent's The Taking of Pelham One
      // Two Three"): that is given away, so no other question of the quiz asks who directed it.
      facts: [yearFact(index, f), ...directorFacts(index, f)],
      fame: index.fame(f.id),
      topic: `year:${f.id}`,
    };
  },
};
