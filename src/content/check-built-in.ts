/**
 * The build's check of a built-in deck (vite.config.ts runs it on each deck it bundles;
 * Node only): the same loader as `npm run deck:check`. A deck that passes is marked
 * checked, and the browser reads it with `JSON.parse` alone (`./catalog.ts`), so it must
 * also come out of the checker unchanged: one it accepts only by changing it (trimming a
 * field) is not marked. A deck that is not marked is checked in the browser when played.
 */
import { isDeepStrictEqual } from 'node:util';
import { formatProblem, loadDeckText } from '../quiz/deck/load';

/** What keeps the deck in `text` from shipping unchecked, as `file:line:column: field: message`; empty when nothing does. */
export function deckShipProblems(file: string, text: string, now: Date = new Date()): string[] {
  const result = loadDeckText(file, text, now);
  if (!result.ok) return result.problems.map(formatProblem);
  return isDeepStrictEqual(result.index.deck, JSON.parse(text)) ? [] : [`${file}: the checker accepts this deck only by changing it (a field with spaces around it?)`];
}
