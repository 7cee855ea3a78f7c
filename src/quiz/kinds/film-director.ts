/**
 * "Who directed Anora (2024)?" A film's directors are always its whole list, so the
 * answer names all of them, and a co-directed film is asked with teams as the options:
 * one co-director alone is half right, and half right is never offered.
 */
import { factRef, type Option, type QuestionKind } from './kind';
import { filmDistance, NEIGHBOURS, nearbyFilms, nearbyPeople, pools } from './pools';
import { directorLabel, filmName, peopleKey, teamOption, teamTruth, withNamesakes } from './shared';

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
    // Anyone who shares a name with one of the directors reads as that director.
    const taken = withNamesakes(index, ids);
    const free = (id: string) => !taken.has(id);
    const near = nearbyPeople(pools(index).directing, f.year, (p) => free(p.id), NEIGHBOURS * ids.length);
    const pool: Option[] = [];
    if (ids.length === 1) {
      for (const { person, years } of near) pool.push({ label: person.name, key: person.id, distance: years });
    } else {
      // Real teams of the same size first, then teams made of nearby directors.
      for (const g of nearbyFilms(index, f, (g) => g.directors?.length === ids.length && g.directors.every((d) => free(d.person)), 8)) {
        pool.push(teamOption(index, (g.directors ?? []).map((d) => d.person), filmDistance(index, f, g)));
      }
      for (let i = 0; i + ids.length <= near.length; i += ids.length) {
        const team = near.slice(i, i + ids.length);
        pool.push(teamOption(index, team.map((t) => t.person.id), 1 + Math.max(...team.map((t) => t.years))));
      }
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
