/** "In which year was Tangerine released?" Options are nearby years. */
import { directorLabel, filmName, titleIsUnique } from './shared';
import { factRef, type Option, type QuestionKind } from './kind';

export const filmYear: QuestionKind = {
  id: 'film-year',
  category: 'Release years',
  subjects: (index) => index.films.map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const latest = Math.max(...index.films.map((g) => g.year));
    // The year cannot name the film, so a shared title is told apart by its director.
    const name = titleIsUnique(index, f) ? f.title : `${f.title}, directed by ${directorLabel(index, f)},`;
    const pool: Option[] = [];
    for (let d = 1; d <= 8; d++) {
      for (const y of [f.year - d, f.year + d]) if (y >= 1888 && y <= latest) pool.push({ label: String(y), key: String(y), distance: d });
    }
    return {
      prompt: `In which year was ${name} first released?`,
      answer: { label: String(f.year), key: String(f.year) },
      pool,
      truth: (key) => Number(key) === f.year,
      explanation: `${filmName(f)} was first released in ${f.year}.`,
      facts: [factRef(index, `films.${f.id}.year`, f.sourceFor?.year ?? f.source)],
      fame: index.fame(f.id),
    };
  },
};
