/** "Which of these films came out first?" Options never share a release year. */
import { factRef, type Option, type QuestionKind } from './kind';
import { filmName } from './shared';

export const firstReleased: QuestionKind = {
  id: 'first-released',
  category: 'Release years',
  subjects: (index) => index.films.map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const pool: Option[] = index.films
      .filter((g) => g.year > f.year)
      .map((g) => ({ label: g.title, key: g.id, distance: g.year - f.year }));
    return {
      prompt: 'Which of these films was released first?',
      answer: { label: f.title, key: f.id },
      pool,
      truth: (key) => index.film(key).year <= f.year,
      explanation: `${filmName(f)} came first.`,
      facts: [factRef(index, `films.${f.id}.year`, f.sourceFor?.year ?? f.source)],
      fame: index.fame(f.id),
    };
  },
};
