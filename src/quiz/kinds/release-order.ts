/**
 * "Put these films in order of release, earliest first." Four films from four different
 * years, so the order is fixed by the facts. A title another film has is named with its
 * directors, since its year would give the order away (see `undatedName`), and left out
 * when even they cannot tell it apart.
 */
import type { Film } from '../deck/schema';
import type { OrderItem, QuestionKind } from './kind';
import { filmDistance, pools } from './pools';
import { filmName, undatedName, wording, yearFact } from './shared';

export const releaseOrder: QuestionKind = {
  id: 'release-order',
  category: 'Timeline',
  input: 'order',
  subjects: (index) => index.films.filter((f) => undatedName(index, f) !== null).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const name = undatedName(index, f);
    if (name === null) return null;
    // A few films from each nearby year, so the pool spans enough years to give four
    // distinct ones. Which few depends on the subject's place in its own year, so
    // different subjects meet different neighbours.
    const p = pools(index);
    const seat = p.position(f);
    const pool: OrderItem[] = [];
    for (let d = 1; d <= 12 && pool.length < 32; d++) {
      for (const y of [f.year - d, f.year + d]) {
        const films = p.inYear(y);
        let taken = 0;
        for (let k = 0; k < films.length && taken < 3; k++) {
          const g = films[(seat + k) % films.length] as Film;
          const label = undatedName(index, g);
          if (label === null) continue;
          taken++;
          pool.push({ label, key: g.id, rank: g.year, distance: filmDistance(index, f, g), facts: () => [yearFact(index, g)] });
        }
      }
    }
    return {
      input: 'order',
      prompt: wording(subject, ['Put these films in order of release, earliest first.', 'Put these films in the order they came out, oldest first.']),
      anchor: { label: name, key: f.id, rank: f.year, distance: 0 },
      pool,
      explanation: '',
      explain: (ordered) => `${ordered.map((o) => filmName(index.film(o.key))).join(', then ')}.`,
      facts: [yearFact(index, f)],
      fame: index.fame(f.id),
      topic: `order:${f.id}`,
    };
  },
};
