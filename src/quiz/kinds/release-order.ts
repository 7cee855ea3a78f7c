/**
 * "Put these films in order of release, earliest first." Four films from four different
 * years, so the order is fixed by the facts; titles two films share are left out, since
 * naming them by year would give the order away.
 */
import type { Film } from '../deck/schema';
import type { OrderItem, QuestionKind } from './kind';
import { filmDistance, pools } from './pools';
import { filmName, titleIsShared, wording, yearFact } from './shared';

export const releaseOrder: QuestionKind = {
  id: 'release-order',
  category: 'Timeline',
  input: 'order',
  subjects: (index) => index.films.filter((f) => !titleIsShared(index, f)).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    if (titleIsShared(index, f)) return null;
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
          if (titleIsShared(index, g)) continue;
          taken++;
          pool.push({ label: g.title, key: g.id, rank: g.year, distance: filmDistance(index, f, g), facts: () => [yearFact(index, g)] });
        }
      }
    }
    return {
      input: 'order',
      prompt: wording(subject, ['Put these films in order of release, earliest first.', 'Put these films in the order they came out, oldest first.']),
      anchor: { label: f.title, key: f.id, rank: f.year, distance: 0 },
      pool,
      explanation: '',
      explain: (ordered) => `${ordered.map((o) => filmName(index.film(o.key))).join(', then ')}.`,
      facts: [yearFact(index, f)],
      fame: index.fame(f.id),
      topic: `order:${f.id}`,
    };
  },
};
