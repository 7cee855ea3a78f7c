/** "Which film is this? A Brooklyn exotic dancer marries the son of a Russian oligarch." */
import { factRef, type QuestionKind } from './kind';
import { filmName, nearestFilms } from './shared';

export const filmLogline: QuestionKind = {
  id: 'film-logline',
  category: 'Plots',
  subjects: (index) => index.films.filter((f) => f.logline).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    if (!f.logline) return null;
    return {
      prompt: `Which film is this? “${f.logline}”`,
      answer: { label: f.title, key: f.id },
      pool: nearestFilms(index, f, () => true),
      truth: (key) => key === f.id,
      explanation: `${filmName(f)}: ${f.logline}`,
      facts: [factRef(index, `films.${f.id}.logline`, f.sourceFor?.logline ?? f.source)],
      fame: index.fame(f.id),
    };
  },
};
