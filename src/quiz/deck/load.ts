/**
 * From deck text to an indexed deck, or to problems that each name file, line, column
 * and field. `npm run deck:check`, the game's build (for the built-in decks) and the game
 * (for a deck a host adds) all go through here, so the game never loads a deck the
 * checker would reject.
 */
import { type DeckIndex, indexDeck } from './deck-index';
import { JsonSyntaxError, parseJsonSource } from './json-source';
import type { LocatedProblem } from './problem';
import { formatPath, validateDeck } from './validate';

export { formatProblem, type LocatedProblem } from './problem';

export type LoadResult = { ok: true; index: DeckIndex } | { ok: false; problems: LocatedProblem[] };

export function loadDeckText(file: string, text: string, now: Date = new Date()): LoadResult {
  let source: ReturnType<typeof parseJsonSource>;
  try {
    source = parseJsonSource(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, problems: [{ file, ...e.position, field: '(syntax)', message: e.reason }] };
    throw e;
  }
  const result = validateDeck(source.value, now);
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.map((p) => ({ file, ...source.positionOf(p.path), field: formatPath(p.path), message: p.message })),
    };
  }
  return { ok: true, index: indexDeck(result.deck) };
}
