/**
 * "Which of these films did Sean Baker direct?" A film's directors are always its whole
 * list, so any film not directed by someone of that name is known wrong. Wrong options
 * come from the person's working years (see `inCareer`).
 */
import { factRef, type QuestionKind } from './kind';
import { inCareer, nearbyFilms, pools } from './pools';
import { filmChoice, filmChoiceNear, filmName, withNamesakes } from './shared';

const aboutPersonThenFilm = (subject: string) => {
  const [person, film] = subject.split('/');
  return { film, focus: person ?? subject };
};

export const personFilmography: QuestionKind = {
  id: 'person-filmography',
  category: 'Directors',
  input: 'choice',
  subjects: (index) => index.films.flatMap((f) => (f.directors ?? []).map((d) => `${d.person}/${f.id}`)),
  about: aboutPersonThenFilm,
  draft(index, subject) {
    const [personId, filmId] = subject.split('/');
    const p = index.person(personId ?? '');
    const f = index.film(filmId ?? '');
    const at = (f.directors ?? []).findIndex((d) => d.person === p.id);
    const credit = f.directors?.[at];
    if (!credit) return null;
    const same = withNamesakes(index, [p.id]);
    const pp = pools(index);
    // A film without a directors list may be anyone's: only a listed film is known wrong.
    const truth = (key: string): boolean | undefined => {
      const directors = index.film(key).directors;
      if (!directors) return undefined;
      return directors.some((d) => same.has(d.person));
    };
    return {
      prompt: `Which of these films did ${p.name} direct?`,
      answer: filmChoice(index, f),
      // Films from the person's working years only: one from before they were born is no question.
      pool: nearbyFilms(index, f, (g) => inCareer(pp, p.id, g.year) && truth(g.id) === false).map((g) => filmChoiceNear(index, f, g)),
      truth,
      // A title sharing a word with the name ("Prince of Broadway" for Prince Adu) is a giveaway or a trap.
      clue: p.name,
      explanation: `${p.name} directed ${filmName(f)}.`,
      facts: [factRef(index, `films.${f.id}.directors[${at}]`, credit.source)],
      fame: index.fame(f.id),
      // One "Which of these did X direct?" a quiz: asked twice, it reads as the same question.
      topic: `filmography:${p.id}`,
    };
  },
};

export { aboutPersonThenFilm };
