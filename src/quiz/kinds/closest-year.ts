/**
 * "In which year was Tangerine first released?", answered by typing a year: the closer,
 * the more points (see `yearPoints`). Asks the same thing as film-year, so the two share
 * a topic and a quiz asks at most one of them about a film.
 */
import type { QuestionKind } from './kind';
import { directorFacts, nameWithoutYear } from './film-year';
import { yearFact } from './shared';

/** Points for an exact year. */
export const YEAR_POINTS_MAX = 100;
/** Points lost per year off. */
export const YEAR_POINTS_PER_YEAR = 25;

/**
 * Scoring for a typed year: 100 for the exact year, 25 fewer for each year off, never
 * below zero. So one year off earns 75, two 50, three 25, four or more nothing. A guess
 * that is not a whole number earns nothing.
 */
export function yearPoints(guess: number, answer: number): number {
  if (!Number.isInteger(guess) || !Number.isInteger(answer)) return 0;
  return Math.max(0, YEAR_POINTS_MAX - YEAR_POINTS_PER_YEAR * Math.abs(guess - answer));
}

export const closestYear: QuestionKind = {
  id: 'closest-year',
  category: 'Closest year wins',
  input: 'year',
  subjects: (index) => index.films.map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const name = nameWithoutYear(index, f);
    if (name === null) return null;
    return {
      input: 'year',
      prompt: `In which year was ${name} first released?`,
      year: f.year,
      explanation: `${f.title} was first released in ${f.year}.`,
      facts: [yearFact(index, f), ...directorFacts(index, f)],
      fame: index.fame(f.id),
      topic: `year:${f.id}`,
    };
  },
};
