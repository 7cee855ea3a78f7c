/** "Which of these films did Sean Baker direct?" A film's directors are always its whole list. */
import { factRef, type QuestionKind } from './kind';
import { filmName, nearestFilms } from './shared';

export const personFilmography: QuestionKind = {
  id: 'person-filmography',
  category: 'Directors',
  subjects: (index) => index.films.flatMap((f) => f.directors.map((d) => `${d.person}/${f.id}`)),
  draft(index, subject) {
    const [personId, filmId] = subject.split('/');
    const p = index.person(personId ?? '');
    const f = index.film(filmId ?? '');
    const directedBy = (key: string) => index.film(key).directors.some((d) => d.person === p.id);
    const at = f.directors.findIndex((d) => d.person === p.id);
    const credit = f.directors[at];
    if (!credit) return null;
    return {
      prompt: `Which of these films did ${p.name} direct?`,
      answer: { label: f.title, key: f.id },
      pool: nearestFilms(index, f, (g) => !g.directors.some((d) => d.person === p.id)),
      truth: directedBy,
      explanation: `${p.name} directed ${filmName(f)}.`,
      facts: [factRef(index, `films.${f.id}.directors[${at}]`, credit.source)],
      fame: index.fame(f.id),
    };
  },
};
