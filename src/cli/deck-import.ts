/**
 * npm run deck:import -- --format oscars|cannes|csv|wikipedia|vega FILE -o deck.json
 *
 * Turns a film table into a deck that passes the deck checker. Every row left out or
 * changed is reported on stderr with its reason, then counted; stdout says what was written.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, type ImportResult, importTable, isFormat, readTable } from '../import/index';
import { markNamesakes, titlesIn, titleYears } from '../import/namesakes';

const USAGE = `usage: npm run deck:import -- --format ${FORMATS.join('|')} FILE -o deck.json
  FILE          the table (for wikipedia, one movies-*.json or the folder of them)
  -o, --out     where to write the deck
  --id, --title, --description   the deck's id, title and description
  --source-title                 what the table is called (csv only), for the deck's source entry
  --namesakes PATH               other films whose titles the deck's may share (a deck, a folder
                                 of Wikipedia's movies-*.json, a CSV with title and year columns);
                                 repeatable. The shipped decks in questions/ are always read.
  --quiet       print only the counts, not every skipped or repaired row`;

/** The shipped decks, and every file given with --namesakes, as one list of titles and years. */
function namesakeTitles(paths: readonly string[]) {
  const shipped = existsSync('questions')
    ? readdirSync('questions')
        .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
        .map((f) => join('questions', f))
    : [];
  return titleYears([...shipped, ...paths].flatMap((path) => readTable(path).flatMap(titlesIn)));
}

/** A reason without its particulars, so that skips can be counted by kind. */
function kindOf(reason: string): string {
  return reason
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^)]*\)/g, '(…)')
    .replace(/\b[\w.-]+\.(?:tsv|csv|json)[:#]\d+/g, '…')
    .replace(/\d+/g, 'N');
}

function report(result: ImportResult, quiet: boolean): void {
  if (!quiet) {
    for (const s of result.skipped) console.error(`${s.where}: skipped ${s.what}: ${s.reason}`);
    for (const r of result.repaired) console.error(`${r.where}: repaired ${r.what}: ${r.note}`);
  }
  const kinds = new Map<string, number>();
  for (const s of result.skipped) kinds.set(kindOf(s.reason), (kinds.get(kindOf(s.reason)) ?? 0) + 1);
  console.error(`skipped ${result.skipped.length} of ${result.rows} rows, repaired ${result.repaired.length}`);
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.error(`  ${String(n).padStart(6)}  ${kind}`);
}

function main(argv: string[]): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  const format = values.format ?? '';
  if (!isFormat(format) || positionals.length !== 1 || !values.out) {
    console.error(USAGE);
    return 2;
  }
  const input = positionals[0] ?? '';
  const out = resolve(values.out);
  let result: ImportResult;
  try {
    result = importTable(format, readTable(input), {
      ...(values.id ? { id: values.id } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(values.description ? { description: values.description } : {}),
      ...(values['source-title'] ? { source: { title: values['source-title'] } } : {}),
    });
  } catch (e) {
    console.error(`${input}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  report(result, values.quiet ?? false);
  try {
    // Another film of the same title, in the shipped decks or the tables given, is shown apart from it.
    const { deck: marked, marked: count } = markNamesakes(result.deck, namesakeTitles(values.namesakes ?? []));
    result = { ...result, deck: marked };
    console.error(`marked ${count} title(s) that another film shares`);
  } catch (e) {
    console.error(`--namesakes: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  // Editors find the schema for autocompletion through this link, wherever the deck is written.
  const schema = relative(dirname(out), resolve('questions/deck.schema.json')).split('\\').join('/');
  const deck = { $schema: schema.startsWith('.') ? schema : `./${schema}`, ...result.deck };
  writeFileSync(out, `${JSON.stringify(deck, null, 2)}\n`);
  console.log(`wrote ${values.out}: ${result.deck.films.length} films, ${result.deck.people.length} people, from ${result.rows} rows (${result.skipped.length} skipped)`);
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      id: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      'source-title': { type: 'string' },
      namesakes: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
}

process.exitCode = main(process.argv.slice(2));
