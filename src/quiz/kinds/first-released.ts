/**
 * "Which of these films was released first?" Every other option came out in a later
 * year: a film from the same year would be a tie, and a tie is never offered. Titles two
 * films share are left out, since naming them by year would give the answer.
 */
import { listAnd } from '../text';
import type { Option, QuestionKind } from './kind';
import { nearbyFilms } from './pools';
import { filmChoiceNear, filmName, titleIsShared, wording, yearFact } from './shared';

export const firstReleased: QuestionKind = {
  id: 'first-released',
  category: 'Release years',
  input: 'choice',
  subjects: (index) => index.films.filter((f) => !titleIsShared(index, f)).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    if (titleIsShared(index, f)) return null;
    const pool: Option[] = nearbyFilms(index, f, (g) => g.year > f.year && !titleIsShared(index, g), undefined, f.year + 1).map((g) =>
      filmChoiceNear(index, f, g, () => [yearFact(index, g)]),
    );
    return {
      prompt: wording(subject, ['Which of these films was released first?', 'Which of these films came out earliest?', 'Which of these is the oldest film?']),
      answer: { label: f.title, key: f.id },
      pool,
      truth: (key) => {
        if (key === f.id) return true;
        const g = index.film(key);
        return g.year > f.year ? false : g.year < f.year ? true : undefined;
      },
      explanation: `${filmName(f)} came first.`,
      explainFor: (options) => {
        const later = options
          .filter((o) => o.key !== f.id)
          .map((o) => index.film(o.key))
          .sort((a, b) => a.year - b.year);
        return `${filmName(f)} came first, before ${listAnd(later.map(filmName))}.`;
      },
      facts: [yearFact(index, f)],
      fame: index.fame(f.id),
      topic: `first:${f.id}`,
    };
  },
};
