/**
 * The deck list a game offers: the built-in decks, then the decks a host added from a file
 * on this device. An added deck goes through the same loader as `npm run deck:check`, so a
 * broken file is refused with its problems (file:line:column: field: message) and nothing
 * is saved; a good one is kept in saved progress and offered from then on.
 *
 * A deck can also come as a CSV in the template's columns (`src/import/csv-deck.ts`): it is
 * turned into a deck's JSON, then checked and kept like any other.
 *
 * This module brings the checker (zod and the deck schema), so the page loads it only when
 * a host adds a deck or plays an added one (see `src/main.ts`).
 */
import { csvDeck, TEMPLATE_NAME } from '../import/csv-deck';
import type { DeckIndex } from '../quiz/deck/deck-index';
import { formatProblem, loadDeckText } from '../quiz/deck/load';
import type { ProgressService } from '../storage/progress';
import { addedEntry, type DeckEntry, DeckError, deckEntries, isAddedDeck, loadBuiltInDeck } from './catalog';

export type AddDeckResult = { ok: true; entry: DeckEntry } | { ok: false; problems: string[] };

export interface DeckCatalog {
  /** Built-in decks first, then added ones; the same array, kept up to date. */
  readonly decks: DeckEntry[];
  load(id: string): Promise<DeckIndex>;
  add(fileName: string, text: string): AddDeckResult;
}

/**
 * The catalogue over saved progress. `decks` is the list to keep up to date, when the page
 * already shows one (made by `deckEntries` before this module was loaded).
 */
export function deckCatalog(
  builtIn: readonly DeckEntry[],
  progress: Pick<ProgressService, 'customDecks' | 'saveDeck'>,
  decks: DeckEntry[] = deckEntries(builtIn, progress.customDecks()),
): DeckCatalog {
  const loaded = new Map<string, DeckIndex>();
  return {
    decks,
    async load(id) {
      if (!isAddedDeck(id)) return loadBuiltInDeck(id);
      const cached = loaded.get(id);
      if (cached) return cached;
      const record = progress.customDecks().find((d) => addedEntry(d.id, d.title).id === id);
      if (!record) throw new DeckError([{ file: `${id}.json`, line: 1, column: 1, field: '(deck)', message: 'this added deck is no longer on this device' }]);
      const result = loadDeckText(`${record.id}.json`, record.source);
      if (!result.ok) throw new DeckError(result.problems);
      loaded.set(id, result.index);
      return result.index;
    },
    add(fileName, given) {
      // A spreadsheet's CSV becomes a deck's JSON first; what is kept, and loaded from then on, is the JSON.
      let text = given;
      if (/\.csv$/i.test(fileName)) {
        const sheet = csvDeck(fileName, given);
        if (!sheet.ok) return { ok: false, problems: [...sheet.problems, `Nothing was added. The columns are those of the template (${TEMPLATE_NAME}, in Settings), described in questions/README.md.`] };
        text = `${JSON.stringify(sheet.deck, null, 2)}\n`;
      }
      const result = loadDeckText(fileName.replace(/\.csv$/i, '.json'), text);
      if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
      const deck = result.index.deck;
      progress.saveDeck({ id: deck.id, title: deck.title, source: text });
      const added = addedEntry(deck.id, deck.title);
      const at = decks.findIndex((d) => d.id === added.id);
      if (at >= 0) decks.splice(at, 1, added);
      else decks.push(added);
      loaded.set(added.id, result.index);
      return { ok: true, entry: added };
    },
  };
}
