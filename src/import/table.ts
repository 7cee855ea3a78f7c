/** What every importer takes: the table's text and how to name the deck it becomes. */
import Papa from 'papaparse';
import type { Source } from '../quiz/deck/schema';

export interface TableFile {
  /** How messages name the file, e.g. "oscars.tsv". */
  readonly name: string;
  readonly text: string;
}

export interface ImportOptions {
  readonly id?: string;
  readonly title?: string;
  readonly description?: string;
  /** For "after next year" checks; defaults to today. */
  readonly now?: Date;
}

export type Row = Readonly<Record<string, string | undefined>>;

export interface ParsedTable {
  readonly rows: readonly { readonly row: Row; readonly where: string }[];
  /** Rows the parser itself could not read, with why. */
  readonly broken: readonly { readonly where: string; readonly reason: string }[];
}

/**
 * Parses a CSV or TSV table with a header row. Each row is named by its line in the file,
 * which holds as long as no cell spans lines; `quoted: false` reads `"` as an ordinary
 * character, for tables (like the Academy's TSV) that never quote but do contain quotes.
 */
export function parseTable(file: TableFile, delimiter: ',' | '\t', quoted: boolean): ParsedTable {
  const result = Papa.parse<Row>(file.text.replace(/^\uFEFF/, ''), {
    delimiter,
    header: true,
    skipEmptyLines: true,
    ...(quoted ? {} : { quoteChar: '\u0000' }),
  });
  const broken = new Map<number, string>();
  for (const e of result.errors) {
    // Tables often drop trailing empty cells; a missing cell is read as empty, not as an error.
    if (e.code === 'TooFewFields' || e.row === undefined) continue;
    broken.set(e.row, e.message);
  }
  const rows: { row: Row; where: string }[] = [];
  const bad: { where: string; reason: string }[] = [];
  const lineOf = lineCounter(file.text);
  result.data.forEach((row, i) => {
    const where = `${file.name}:${lineOf(i)}`;
    const problem = broken.get(i);
    if (problem) bad.push({ where, reason: `unreadable row: ${problem}` });
    else rows.push({ row, where });
  });
  return { rows, broken: bad };
}

/** Line numbers of data rows, counting the header and skipping blank lines like the parser does. */
function lineCounter(text: string): (index: number) => number {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0 && line.trim() !== '') lines.push(i + 1);
  });
  return (index) => lines[index] ?? index + 2;
}

/** The source entry an importer adds, naming the table it read. */
/** A file holding a JSON array of films (the Wikipedia and Vega tables); anything else is refused by name. */
export function parseJsonArray(file: TableFile): unknown[] {
  let entries: unknown;
  try {
    entries = JSON.parse(file.text);
  } catch (e) {
    throw new Error(`${file.name}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Array.isArray(entries)) throw new Error(`${file.name}: expected a JSON array of films`);
  return entries;
}

/**
 * The entries of a JSON array of films that are objects, each with its place (`file#n`);
 * an entry that is not an object is reported through `skip` and left out.
 */
export function objectEntries(
  file: TableFile,
  entries: readonly unknown[],
  skip: (where: string, what: string, reason: string) => void,
): { where: string; entry: object }[] {
  const out: { where: string; entry: object }[] = [];
  entries.forEach((raw, i) => {
    const where = `${file.name}#${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) skip(where, 'entry', 'not an object');
    else out.push({ where, entry: raw });
  });
  return out;
}

export function tableSource(base: Source, file: TableFile): Source {
  return { ...base, note: `Imported from the table ${file.name} with npm run deck:import.` };
}

/** A deck id from a file name: "movies-2010s.json" → "movies-2010s". */
export function idFromName(name: string): string {
  return (
    name
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'imported'
  );
}
