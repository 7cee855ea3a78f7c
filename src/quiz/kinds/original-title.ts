/**
 * "What is the original title of Contempt (1963)?" Wrong options are original titles of
 * other films in the same language and written in the same script (a title in kanji among
 * romanised ones is no question), from around its year; without three such, it is not asked. A film
 * has one original title, so any other is known wrong. A title the English one gives away
 * (the same word, or one a letter or two off: "Kolja" for "Kolya", "Anatomie" for
 * "Anatomy") is not asked either.
 */
import type { Film } from '../deck/schema';
import { distinctiveWords, equivalenceKey } from '../text';
import { factRef, type Option, type QuestionKind } from './kind';
import { nearbyFilms } from './pools';
import { filmName } from './shared';

/** A film whose original title reads otherwise than the title it is known by here. */
const hasOriginal = (f: Film) => f.originalTitle !== undefined && equivalenceKey(f.originalTitle) !== equivalenceKey(f.title);

/** Whether a title is written in the Latin alphabet: a title in another script among romanised ones stands out. */
const latin = (t: string) => !/[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]/u.test(t);

/** Edits (insertions, deletions, substitutions) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

/** Whether a word of one title is a near spelling of a word of the other: a cognate a player reads straight across. */
export function titlesEcho(title: string, original: string): boolean {
  const mine = distinctiveWords(title).filter((w) => w.length >= 4);
  const theirs = distinctiveWords(original).filter((w) => w.length >= 4);
  return mine.some((a) => theirs.some((b) => editDistance(a, b) <= Math.floor(Math.max(a.length, b.length) / 3)));
}

export const originalTitle: QuestionKind = {
  id: 'original-title',
  category: 'Titles',
  input: 'choice',
  subjects: (index) => index.films.filter(hasOriginal).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    const title = f.originalTitle;
    const language = f.languages?.[0];
    if (title === undefined || !hasOriginal(f) || language === undefined || titlesEcho(f.title, title)) return null;
    const script = latin(title);
    const pool: Option[] = nearbyFilms(index, f, (g) => hasOriginal(g) && g.languages?.[0] === language && latin(g.originalTitle ?? '') === script, 40).map((g) => ({
      label: g.originalTitle ?? '',
      key: g.id,
      distance: Math.abs(g.year - f.year),
    }));
    const name = filmName(f);
    return {
      prompt: `What is the original ${language} title of ${name}?`,
      answer: { label: title, key: f.id },
      pool,
      // Options are compared by how they read: another film with the same original title reads as the answer.
      truth: (key) => key === f.id,
      clue: f.title,
      explanation: `The original title of ${name} is ${title}.`,
      facts: [factRef(index, `films.${f.id}.originalTitle`, f.sourceFor?.originalTitle ?? f.source), factRef(index, `films.${f.id}.languages`, f.sourceFor?.languages ?? f.source)],
      fame: index.fame(f.id),
      topic: `original-title:${f.id}`,
    };
  },
};
