/**
 * "True or false: Sean Baker directed Tangerine (2015)." Each film gives two statements:
 * the true one names all its directors; the false one names as many directors who did not
 * make it (by name: a namesake of a director is never used), nearest in time. The subject
 * says which, so the question id is stable.
 */
import { listAnd } from '../text';
import { factRef, type QuestionKind } from './kind';
import { nearbyPeople, pools } from './pools';
import { directorLabel, filmName, withNamesakes } from './shared';

export const trueFalse: QuestionKind = {
  id: 'true-false',
  category: 'True or false',
  input: 'choice',
  subjects: (index) => index.films.filter((f) => (f.directors?.length ?? 0) > 0).flatMap((f) => [`${f.id}/true`, `${f.id}/false`]),
  draft(index, subject) {
    const [filmId, variant] = subject.split('/');
    const f = index.film(filmId ?? '');
    const credits = f.directors ?? [];
    const ids = credits.map((d) => d.person);
    if (ids.length === 0) return null;
    let named = directorLabel(index, f);
    if (variant === 'false') {
      const taken = withNamesakes(index, ids);
      const others = nearbyPeople(pools(index).directing, f.year, (p) => !taken.has(p.id), ids.length);
      if (others.length < ids.length) return null;
      named = listAnd(others.slice(0, ids.length).map((o) => o.person.name));
    }
    const isTrue = variant === 'true';
    return {
      prompt: `True or false: ${named} directed ${filmName(f)}.`,
      answer: { label: isTrue ? 'True' : 'False', key: isTrue ? 'true' : 'false' },
      pool: [{ label: isTrue ? 'False' : 'True', key: isTrue ? 'false' : 'true', distance: 1 }],
      truth: (key) => key === (isTrue ? 'true' : 'false'),
      // "True or false" is in every prompt; the statement itself is the question.
      reveals: [],
      explanation: `${filmName(f)} was directed by ${directorLabel(index, f)}.`,
      facts: credits.map((d, i) => factRef(index, `films.${f.id}.directors[${i}]`, d.source)),
      fame: index.fame(f.id),
      fixedOrder: ['true', 'false'],
      optionCount: 2,
      topic: `directors:${f.id}`,
    };
  },
};
