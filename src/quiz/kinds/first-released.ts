/**
 * "Which of these films was released first?" Every other option came out in a later
 * year: a film from the same year would be a tie, and a tie is never offered. A title
 * another film has is named with its directors, since its year would give the answer (see
 * `undatedName`), and left out when even they cannot tell it apart.
 */
import { listAnd } from '../text';
import type { Option, QuestionKind } from './kind';
import { filmDistance, nearbyFilms } from './pools';
import { filmName, undatedName, wording, yearFact } from './shared';

export const firstReleased: QuestionKind = {
  id: 'first-released',
  category: 'Release years',
  input: 'choice',
  subjects: (index) => index.films.filter((f) => undatedName(index, f) !== null).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const name = undatedName(index, f);
    if (name === null) return null;
    const pool: Option[] = nearbyFilms(index, f, (g) => g.year > f.year && undatedName(index, g) !== null, undefined, f.year + 1).map((g) => ({
      label: undatedName(index, g) ?? g.title,
      key: g.id,
      distance: filmDistance(index, f, g),
      facts: () => [yearFact(index, g)],
    }));
    return {
      prompt: wording(subject, ['Which of these films was released first?', 'Which of these films came out earliest?', 'Which of these is the oldest film?']),
      answer: { label: name, key: f.id },
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
