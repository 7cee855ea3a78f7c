/**
 * "Who directed Anora (2024)?" A film's directors are always its whole list, so the
 * answer names all of them, and a co-directed film is asked with teams as the options:
 * one co-director alone is half right, and half right is never offered. Wrong options are
 * directors working around the film's year; for a co-directed film, real directing teams
 * of the same size (never a pair that never was).
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film } from '../deck/schema';
import { factRef, type Option, type QuestionKind } from './kind';
import { filmDistance, inCareer, NEIGHBOURS, nearbyFilms, nearbyPeople, pools, unlikeness } from './pools';
import { directorLabel, filmName, peopleKey, teamOption, teamTruth, withNamesakes } from './shared';

/**
 * Directors other than `f`'s (by name: a namesake of one of them reads as that director)
 * who were working around its year, nearest in time first.
 */
export function otherDirectors(index: DeckIndex, f: Film, want = NEIGHBOURS) {
  const taken = withNamesakes(
    index,
    (f.directors ?? []).map((d) => d.person),
  );
  const p = pools(index);
  // More than wanted are walked, then ranked with those of the film's kind and language first.
  return nearbyPeople(p.directing, f.year, (q) => !taken.has(q.id) && inCareer(p, q.id, f.year), want * 2)
    .map((x) => ({ ...x, years: x.years + unlikeness(f, x.film) }))
    .sort((a, b) => a.years - b.years)
    .slice(0, want);
}

/**
 * Films near `f` in time directed by a team of as many people as `f`'s, none of them one
 * of `f`'s directors (by name), every one of them working around `f`'s year.
 */
export function otherTeams(index: DeckIndex, f: Film, want = 8): Film[] {
  const ids = (f.directors ?? []).map((d) => d.person);
  const taken = withNamesakes(index, ids);
  const p = pools(index);
  return nearbyFilms(index, f, (g) => g.directors?.length === ids.length && g.directors.every((d) => !taken.has(d.person) && inCareer(p, d.person, f.year)), want);
}

export const filmDirector: QuestionKind = {
  id: 'film-director',
  category: 'Directors',
  input: 'choice',
  subjects: (index) => index.films.filter((f) => (f.directors?.length ?? 0) > 0).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const credits = f.directors ?? [];
    const ids = credits.map((d) => d.person);
    if (ids.length === 0) return null;
    const pool: Option[] = [];
    if (ids.length === 1) {
      for (const { person, years } of otherDirectors(index, f)) pool.push({ label: person.name, key: person.id, distance: years });
    } else {
      // Real teams of the same size only: a pair nobody ever was is no plausible answer.
      for (const g of otherTeams(index, f)) pool.push(teamOption(index, (g.directors ?? []).map((d) => d.person), filmDistance(index, f, g)));
    }
    return {
      prompt: `Who directed ${filmName(f)}?`,
      answer: { label: directorLabel(index, f), key: peopleKey(ids) },
      pool,
      truth: (key) => teamTruth(index, ids, key),
      reveals: ids.map((id) => index.person(id).name),
      explanation: `${filmName(f)} was directed by ${directorLabel(index, f)}.`,
      facts: credits.map((d, i) => factRef(index, `films.${f.id}.directors[${i}]`, d.source)),
      fame: index.fame(f.id),
      topic: `directors:${f.id}`,
    };
  },
};
