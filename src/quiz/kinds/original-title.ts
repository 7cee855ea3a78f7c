/**
 * "What is the original title of Contempt (1963)?" Wrong options are other films' original
 * titles from around its year, in its language first. A film has one original title, so
 * any other is known wrong; one that shares a distinctive word with the English title
 * ("Amélie" for "Le Fabuleux Destin d'Amélie Poulain") would give itself away and is not asked.
 */
import type { Film } from '../deck/schema';
import { equivalenceKey } from '../text';
import { factRef, type Option, type QuestionKind } from './kind';
import { nearbyFilms } from './pools';
import { filmName } from './shared';

/** A film whose original title reads otherwise than the title it is known by here. */
const hasOriginal = (f: Film) => f.originalTitle !== undefined && equivalenceKey(f.originalTitle) !== equivalenceKey(f.title);

export const originalTitle: QuestionKind = {
  id: 'original-title',
  category: 'Titles',
  input: 'choice',
  subjects: (index) => index.films.filter(hasOriginal).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const title = f.originalTitle;
    if (title === undefined || !hasOriginal(f)) return null;
    const language = f.languages?.[0];
    const pool: Option[] = nearbyFilms(index, f, hasOriginal, 40).map((g) => ({
      label: g.originalTitle ?? '',
      key: g.id,
      distance: Math.abs(g.year - f.year) + (language !== undefined && g.languages?.[0] === language ? 0 : 4),
    }));
    const name = filmName(f);
    return {
      prompt: `What is the original title of ${name}?`,
      answer: { label: title, key: f.id },
      pool,
      // Options are compared by how they read: another film with the same original title reads as the answer.
      truth: (key) => key === f.id,
      clue: f.title,
      explanation: `The original title of ${name} is ${title}.`,
      facts: [factRef(index, `films.${f.id}.originalTitle`, f.sourceFor?.originalTitle ?? f.source)],
      fame: index.fame(f.id),
      topic: `original-title:${f.id}`,
    };
  },
};
