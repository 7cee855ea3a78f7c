/**
 * "True or false: Sean Baker directed Tangerine (2015)." Each film gives two statements:
 * the true one names all its directors; the false one names someone who did not make it
 * but could have: a director working then (by name: a namesake of a director is never
 * used), or for a co-directed film a real directing team. The subject says which, so the
 * question id is stable.
 */
import { otherDirectors, otherTeams } from './film-director';
import { factRef, type QuestionKind } from './kind';
import { directorLabel, filmName } from './shared';

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
      // Someone who could have made it: a director working then, or for a co-directed film a real team.
      if (ids.length === 1) {
        const other = otherDirectors(index, f)[0];
        if (!other) return null;
        named = other.person.name;
      } else {
        const team = otherTeams(index, f, 1)[0];
        if (!team) return null;
        named = directorLabel(index, team);
      }
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
