/**
 * The decks that ship with the game: every `questions/*.json` but the schema. Titles are
 * bundled up front for the menu; a deck's text is fetched only when it is played, and
 * goes through the same loader as `npm run deck:check`.
 */
import type { DeckIndex } from '../quiz/deck/deck-index';
import { type LocatedProblem, loadDeckText } from '../quiz/deck/load';

export interface DeckEntry {
  readonly id: string;
  readonly title: string;
  readonly file: string;
}

const titles = import.meta.glob<string>(['../../questions/*.json', '!../../questions/deck.schema.json'], { import: 'title', eager: true });
const texts = import.meta.glob<string>(['../../questions/*.json', '!../../questions/deck.schema.json'], { query: '?raw', import: 'default' });

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

const cache = new Map<string, Promise<DeckIndex>>();

export function loadBuiltInDeck(id: string): Promise<DeckIndex> {
  let pending = cache.get(id);
  if (!pending) {
    pending = (async () => {
      const entry = Object.entries(texts).find(([path]) => path.endsWith(`/${id}.json`));
      if (!entry) throw new DeckError([{ file: `questions/${id}.json`, line: 1, column: 1, field: '(deck)', message: 'no such deck' }]);
      const result = loadDeckText(fileOf(entry[0]), await entry[1]());
      if (!result.ok) throw new DeckError(result.problems);
      return result.index;
    })();
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}
