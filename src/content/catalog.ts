/**
 * The decks that ship with the game: every `questions/*.json` but the schema. Titles are
 * bundled up front for the menu; a deck's text is fetched only when it is played (its own
 * chunk), then parsed and indexed once and kept per deck id.
 *
 * The build checks each built-in deck with the loader of `npm run deck:check`
 * (`./check-built-in.ts`, run by vite.config.ts) and marks the ones that pass `checked`:
 * the browser reads those with `JSON.parse` and indexes them, and loads the checker (zod
 * and the deck schema, its own chunk) only for a deck not so marked (in `vite dev`, or
 * one the build found a problem in, which is then shown when it is played, as the
 * checker words it) and for a deck a host adds (`./custom.ts`).
 */
import { type DeckIndex, indexDeck } from '../quiz/deck/deck-index';
import type { LocatedProblem } from '../quiz/deck/problem';
import type { Deck } from '../quiz/deck/schema';

export interface DeckEntry {
  readonly id: string;
  readonly title: string;
  readonly file: string;
}

const titles = import.meta.glob<string>(['../../questions/*.json', '!../../questions/deck.schema.json'], { import: 'title', eager: true });
const texts = import.meta.glob<{ readonly default: string; readonly checked?: boolean }>(['../../questions/*.json', '!../../questions/deck.schema.json'], { query: '?raw' });

const fileOf = (path: string) => `questions/${path.split('/').pop()}`;

/** The built-in decks, the Sean Baker deck first, then by title. */
export const DECKS: readonly DeckEntry[] = Object.entries(titles)
  .map(([path, title]) => ({ id: (path.split('/').pop() ?? path).replace(/\.json$/, ''), title, file: fileOf(path) }))
  .sort((a, b) => (a.id === 'sean-baker' ? -1 : b.id === 'sean-baker' ? 1 : a.title.localeCompare(b.title)));

export class DeckError extends Error {
  constructor(readonly problems: readonly LocatedProblem[]) {
    super(`${problems[0]?.file ?? 'deck'}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}

/** Added decks are told apart from the built-in ones by this prefix on their id. */
export const ADDED = 'my-';

export const isAddedDeck = (id: string): boolean => id.startsWith(ADDED);

/** The catalogue entry of a deck a host added: `my-<id>`, its title marked as added. */
export function addedEntry(id: string, title: string): DeckEntry {
  return { id: `${ADDED}${id}`, title: `${title} (added)`, file: `${id}.json` };
}

/** The deck list a game offers: the built-in decks, then those added on this device. */
export function deckEntries(builtIn: readonly DeckEntry[], added: readonly { readonly id: string; readonly title: string }[]): DeckEntry[] {
  return [...builtIn, ...added.map((d) => addedEntry(d.id, d.title))];
}

const cache = new Map<string, Promise<DeckIndex>>();

export function loadBuiltInDeck(id: string): Promise<DeckIndex> {
  let pending = cache.get(id);
  if (!pending) {
    pending = (async () => {
      const entry = Object.entries(texts).find(([path]) => path.endsWith(`/${id}.json`));
      if (!entry) throw new DeckError([{ file: `questions/${id}.json`, line: 1, column: 1, field: '(deck)', message: 'no such deck' }]);
      const deck = await entry[1]();
      if (deck.checked) return indexDeck(JSON.parse(deck.default) as Deck);
      const { loadDeckText } = await import('../quiz/deck/load');
      const result = loadDeckText(fileOf(entry[0]), deck.default);
      if (!result.ok) throw new DeckError(result.problems);
      return result.index;
    })();
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}
