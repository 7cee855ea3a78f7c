/**
 * "True or false: Sean Baker directed Tangerine (2015)." Each film gives two statements,
 * one true (its director) and one false (a director known not to have made it); the
 * subject says which, so the question id is stable.
 */
import { factRef, type QuestionKind } from './kind';
import { directorLabel, filmName } from './shared';

export const trueFalse: QuestionKind = {
  id: 'true-false',
  category: 'True or false',
  subjects: (index) => index.films.flatMap((f) => [`${f.id}/true`, `${f.id}/false`]),
  draft(index, subject) {
    const [filmId, variant] = subject.split('/');
    const f = index.film(filmId ?? '');
    const ids = new Set(f.directors.map((d) => d.person));
    let named = directorLabel(index, f);
    if (variant === 'false') {
      // The nearest-in-time director who did not make it: deterministic, and plausible.
      let best: { name: string; d: number; id: string } | undefined;
      for (const p of index.people) {
        if (ids.has(p.id)) continue;
        for (const g of index.directed(p.id)) {
          const d = Math.abs(g.year - f.year);
          if (!best || d < best.d || (d === best.d && p.id < best.id)) best = { name: p.name, d, id: p.id };
        }
      }
      if (!best) return null;
      named = best.name;
    }
    const isTrue = variant === 'true';
    return {
      prompt: `True or false: ${named} directed ${filmName(f)}.`,
      answer: { label: isTrue ? 'True' : 'False', key: isTrue ? 'true' : 'false' },
      pool: [{ label: isTrue ? 'False' : 'True', key: isTrue ? 'false' : 'true', distance: 0 }],
      truth: (key) => key === (isTrue ? 'true' : 'false'),
      explanation: `${filmName(f)} was directed by ${directorLabel(index, f)}.`,
      facts: f.directors.map((d, i) => factRef(index, `films.${f.id}.directors[${i}]`, d.source)),
      fame: index.fame(f.id),
      fixedOrder: ['true', 'false'],
      optionCount: 2,
    };
  },
};
