/**
 * A deck from a spreadsheet: one film a row, in the columns of the template below (the one
 * the game offers for download, and `questions/README.md` documents). Strict where the
 * table importers are lenient: one bad cell refuses the whole file, each problem named by
 * its row and column as a spreadsheet shows them ("row 4, column B (year)"), and nothing is
 * kept. A good file becomes an ordinary deck, checked by the same rules as any other.
 */
import Papa from 'papaparse';
import { type CastCredit, type Credit, type Deck, FIRST_FILM_YEAR, type Source } from '../quiz/deck/schema';
import { DeckBuilder, type FilmDraft } from './builder';
import { cleanText } from './clean';
import { personName } from './names';
import { idFromName } from './table';

/** The template's columns, in its order; `title`, `year` and `source` are required. */
export const CSV_COLUMNS = ['title', 'year', 'directors', 'cast', 'writers', 'genres', 'countries', 'runtime', 'logline', 'trivia', 'source', 'source_url'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['title', 'year', 'source'];

/** The file to download from the app: the columns, and three real rows to copy. */
export const CSV_TEMPLATE = `# title: My club's films
# description: The films our club has screened, one a row.
title,year,directors,cast,writers,genres,countries,runtime,logline,trivia,source,source_url
Tangerine,2015,Sean Baker,Kitana Kiki Rodriguez as Sin-Dee; Mya Taylor as Alexandra,Sean Baker; Chris Bergoch,Comedy; Drama,United States,88,,It was shot on iPhone 5s smartphones.,Wikipedia: Tangerine (film),https://en.wikipedia.org/wiki/Tangerine_(film)
The Florida Project,2017,Sean Baker,Brooklynn Prince as Moonee; Bria Vinaite as Halley; Willem Dafoe as Bobby,Sean Baker; Chris Bergoch,Drama,United States,111,,,Wikipedia: The Florida Project,https://en.wikipedia.org/wiki/The_Florida_Project
Anora,2024,Sean Baker,Mikey Madison as Ani; Mark Eydelshteyn as Ivan; Yura Borisov as Igor,Sean Baker,Comedy; Drama,United States,139,,,Wikipedia: Anora,https://en.wikipedia.org/wiki/Anora
`;

export const TEMPLATE_NAME = 'marquee-deck-template.csv';

export type CsvDeckResult = { readonly ok: true; readonly deck: Deck } | { readonly ok: false; readonly problems: readonly string[] };

/** A column's letter, as a spreadsheet heads it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const MAX_PROBLEMS = 20;

/** The lines at the top that start with "#": the deck's title and description. */
function readComments(text: string): { meta: Partial<Record<'title' | 'description', string>>; skipped: number; rest: string } {
  const lines = text.split(/\r?\n/);
  const meta: Partial<Record<'title' | 'description', string>> = {};
  let skipped = 0;
  while (skipped < lines.length && /^\s*#/.test(lines[skipped] ?? '')) {
    const m = /^\s*#\s*(title|description)\s*:\s*(.*?)[\s,]*$/i.exec(lines[skipped] ?? '');
    if (m?.[1] && m[2]) meta[m[1].toLowerCase() as 'title' | 'description'] = m[2];
    skipped++;
  }
  return { meta, skipped, rest: lines.slice(skipped).join('\n') };
}

/** "My-Club films.csv" → "My Club films". */
function titleFromName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return base ? base[0]?.toUpperCase() + base.slice(1) : 'My deck';
}

export function csvDeck(fileName: string, text: string, now = new Date()): CsvDeckResult {
  const problems: string[] = [];
  const { meta, skipped, rest } = readComments(text.replace(/^\uFEFF/, ''));
  const at = (row: number, col: number | null, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${fileName}, row ${row}${col === null ? '' : `, column ${columnLetter(col)}${header[col] ? ` (${header[col]})` : ''}`}: ${message}`);
    else if (problems.length === MAX_PROBLEMS) problems.push(`${fileName}: more problems after these; fix these first`);
  };
  // Rows as arrays, each with the line it starts on (a quoted cell may run over lines).
  const rows: { cells: string[]; line: number }[] = [];
  let cursor = 0;
  let line = skipped + 1;
  Papa.parse<string[]>(rest, {
    skipEmptyLines: 'greedy',
    step: (r) => {
      const end = r.meta.cursor;
      rows.push({ cells: r.data, line });
      line += (rest.slice(cursor, end).match(/\n/g) ?? []).length;
      cursor = end;
      // The line break after a row belongs to it.
      if (rest[cursor] === '\r') cursor++;
      if (rest[cursor] === '\n') {
        cursor++;
        line++;
      }
    },
  });
  const [head, ...body] = rows;
  const header = (head?.cells ?? []).map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  if (!head || header.every((h) => h === '')) return { ok: false, problems: [`${fileName}: the file is empty; start from the template (${CSV_COLUMNS.join(', ')})`] };
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(h)) at(head.line, i, `"${head.cells[i] ?? ''}" is not a column of the template; its columns are ${CSV_COLUMNS.join(', ')}`);
    else if (index.has(h as Column)) at(head.line, i, `the column "${h}" comes twice`);
    else index.set(h as Column, i);
  });
  for (const c of REQUIRED) if (!index.has(c)) at(head.line, null, `the header needs a "${c}" column`);
  if (problems.length > 0) return { ok: false, problems };
  if (body.length === 0) return { ok: false, problems: [`${fileName}: there are no films under the header`] };

  const sources = new Map<string, Source>();
  // The builder reads the deck's sources when it builds: this list fills up row by row.
  const sourceList: Source[] = [];
  const sourceFor = (title: string, url: string | undefined): string => {
    const key = `${title}|${url ?? ''}`;
    const known = sources.get(key);
    if (known) return known.id;
    const s: Source = { id: `source-${sources.size + 1}`, title, kind: 'reference', ...(url ? { url } : {}) };
    sources.set(key, s);
    sourceList.push(s);
    return s.id;
  };
  const id = idFromName(fileName);
  const b = new DeckBuilder({ id, title: meta.title ?? titleFromName(fileName), description: meta.description ?? `Films from ${fileName.replace(/^.*[\\/]/, '')}.`, sources: sourceList }, now);
  const latest = now.getUTCFullYear() + 1;
  for (const { cells, line: row } of body) {
    const before = problems.length;
    if (cells.length > header.length) at(row, header.length, `this row has ${cells.length} cells but the header ${header.length}: is a comma missing its quotes?`);
    const raw = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const col = (c: Column) => index.get(c) ?? null;
    const textOf = (c: Column, required: boolean): string | undefined => {
      const v = raw(c);
      if (!v) {
        if (required) at(row, col(c), 'must not be empty');
        return undefined;
      }
      const t = cleanText(v);
      if (!t.ok) at(row, col(c), t.reason);
      return t.ok ? t.text : undefined;
    };
    const title = textOf('title', true);
    const yearText = raw('year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    if (!yearText) at(row, col('year'), 'must not be empty');
    else if (!Number.isInteger(year) || year < FIRST_FILM_YEAR || year > latest) at(row, col('year'), `"${yearText}" is not a year from ${FIRST_FILM_YEAR} to ${latest}`);
    const sourceTitle = textOf('source', true);
    const url = raw('source_url');
    if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) at(row, col('source_url'), `"${url}" is not a web address (https://…)`);
    const runtimeText = raw('runtime');
    const runtime = runtimeText ? Number(runtimeText) : undefined;
    if (runtime !== undefined && (!Number.isInteger(runtime) || runtime < 1 || runtime > 1500)) at(row, col('runtime'), `"${runtimeText}" is not a running time in whole minutes (1 to 1500)`);
    const list = (c: Column) =>
      raw(c)
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);
    const texts = (c: Column) =>
      list(c).flatMap((x) => {
        const t = cleanText(x);
        if (!t.ok) at(row, col(c), t.reason);
        return t.ok ? [t.text] : [];
      });
    const source = sourceTitle ? sourceFor(sourceTitle, url || undefined) : '';
    const people = (c: Column) =>
      list(c).flatMap((entry) => {
        const [who = '', character] = c === 'cast' ? entry.split(/\s+as\s+/i, 2) : [entry];
        const name = personName(who);
        if (!name.ok) {
          at(row, col(c), `${name.reason} (write names separated by ";"${c === 'cast' ? ', each as "Name as Character" or just the name' : ''})`);
          return [];
        }
        const role = character ? cleanText(character) : null;
        if (role && !role.ok) at(row, col(c), role.reason);
        return [{ person: b.person(name.name, source), ...(role?.ok ? { character: role.text } : {}) }];
      });
    const directors = people('directors');
    const cast = people('cast');
    const writers = people('writers');
    const genres = texts('genres');
    const countries = texts('countries');
    const logline = textOf('logline', false);
    const trivia = textOf('trivia', false);
    if (problems.length > before || !title || !source) continue;
    const credit = (xs: { person: string }[]): Credit[] => xs.map(({ person }) => ({ person, source }));
    const draft: FilmDraft = {
      title,
      year,
      source,
      ...(directors.length ? { directors: credit(directors) } : {}),
      ...(cast.length ? { cast: cast.map((c): CastCredit => ({ ...c, source })) } : {}),
      ...(writers.length ? { writers: credit(writers) } : {}),
      ...(genres.length ? { genres } : {}),
      ...(countries.length ? { countries } : {}),
      ...(runtime !== undefined ? { runtime } : {}),
      ...(logline ? { logline } : {}),
      ...(trivia ? { trivia: [{ text: trivia, source }] } : {}),
    };
    const refused = b.addFilm(draft, `row ${row}`);
    if (refused) at(row, col('title'), refused);
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    const built = b.build(body.length);
    return { ok: true, deck: built.deck };
  } catch (e) {
    return { ok: false, problems: [`${fileName}: ${e instanceof Error ? e.message : String(e)}`] };
  }
}
