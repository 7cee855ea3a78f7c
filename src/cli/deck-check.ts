/**
 * npm run deck:check [files…]
 *
 * Checks decks the way the game loads them, then against each other: every problem is
 * printed as `file:line:column: field: message`, each good deck gets a one-line summary,
 * and any problem makes the exit code non-zero. With no files it checks every deck in
 * questions/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDecks, type DeckText } from '../quiz/deck/cross-deck';
import { formatProblem } from '../quiz/deck/load';

const DECKS = 'questions';

function shippedDecks(): string[] {
  return readdirSync(DECKS)
    .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
    .sort()
    .map((f) => join(DECKS, f));
}

function main(argv: string[]): number {
  const files = argv.length > 0 ? argv : shippedDecks();
  if (files.length === 0) {
    console.error(`no decks to check in ${DECKS}/`);
    return 1;
  }
  const decks: DeckText[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      decks.push({ file, text: readFileSync(file, 'utf8') });
    } catch (e) {
      unreadable++;
      console.log(formatProblem({ file, line: 1, column: 1, field: '(file)', message: `cannot read: ${e instanceof Error ? e.message : String(e)}` }));
    }
  }
  const { problems, good } = checkDecks(decks);
  for (const p of problems) console.log(formatProblem(p));
  for (const d of good) console.log(`${d.file}: OK (${d.films} films, ${d.people} people, ${d.facts} facts)`);
  const bad = problems.length + unreadable;
  if (bad > 0) console.log(`${bad} problem${bad === 1 ? '' : 's'} in ${files.length - good.length} of ${files.length} deck${files.length === 1 ? '' : 's'}`);
  return bad > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
