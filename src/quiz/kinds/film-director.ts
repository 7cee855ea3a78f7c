/** "Who directed Anora (2024)?" Directors are always a film's whole list. */
import { factRef, type QuestionKind } from './kind';
import { directorLabel, filmName, peopleKey } from './shared';

export const filmDirector: QuestionKind = {
  id: 'film-director',
  category: 'Directors',
  subjects: (index) => index.films.map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const ids = f.directors.map((d) => d.person);
    const answerKey = peopleKey(ids);
    const pool = [];
    for (const p of index.people) {
      const films = index.directed(p.id);
      if (films.length === 0 || ids.includes(p.id)) continue;
      const distance = Math.min(...films.map((g) => Math.abs(g.year - f.year)));
      pool.push({ label: p.name, key: p.id, distance });
    }
    return {
      prompt: `Who directed ${filmName(f)}?`,
      answer: { label: directorLabel(index, f), key: answerKey },
      pool,
      // A lone co-director is half right: never offered, and the truth test says so.
      truth: (key) => (key === answerKey ? true : key.includes('+') || ids.includes(key) ? undefined : false),
      explanation: `${filmName(f)} was directed by ${directorLabel(index, f)}.`,
      facts: f.directors.map((d, i) => factRef(index, `films.${f.id}.directors[${i}]`, d.source)),
      fame: index.fame(f.id),
    };
  },
};
