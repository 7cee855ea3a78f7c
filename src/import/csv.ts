/**
 * Any CSV of films with a header row, columns found by name: a title and a year are
 * needed; directors, cast, genres, run time, budget and gross are used when present.
 * Tested on FiveThirtyEight's tables, which write "#N/A" for missing numbers, HTML
 * entities in titles ("Ender&#39;s Game") and one row per biopic subject (so a film can
 * appear twice).
 */
import type { CastCredit, Credit, Source } from '../quiz/deck/schema';
import { DeckBuilder, type FilmDraft, type ImportResult } from './builder';
import { cleanText, parseMoney, parseRuntime } from './clean';
import { personName, splitNames } from './names';
import { type ImportOptions, idFromName, parseTable, type Row, type TableFile, tableSource } from './table';

/** Header names each field goes by, compared lower-case with runs of non-letters as "_". */
const COLUMNS = {
  title: ['title', 'film', 'movie', 'name'],
  originalTitle: ['original_title'],
  year: ['year', 'year_release', 'release_year', 'released', 'release_date', 'date'],
  directors: ['director', 'directors', 'directed_by'],
  cast: ['cast', 'stars', 'starring', 'actors', 'lead_actor_actress', 'lead_actor'],
  genres: ['genre', 'genres', 'major_genre'],
  runtime: ['runtime', 'run_time', 'running_time', 'running_time_min', 'minutes', 'length', 'duration'],
  budget: ['budget', 'production_budget'],
  // FiveThirtyEight's intgross is the worldwide total (it is never below domgross). A bare
  // "box_office" or "gross" could be either, so those columns are not read.
  worldwide: ['intgross', 'worldwide_gross', 'worldwide'],
  domestic: ['domgross', 'domestic_gross', 'us_gross'],
} as const;

type Field = keyof typeof COLUMNS;

const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function findColumns(fields: readonly string[]): Partial<Record<Field, string>> {
  const byKey = new Map(fields.map((f) => [headerKey(f), f]));
  const out: Partial<Record<Field, string>> = {};
  for (const [field, names] of Object.entries(COLUMNS) as [Field, readonly string[]][]) {
    const found = names.map((n) => byKey.get(n)).find((f) => f !== undefined);
    if (found !== undefined) out[field] = found;
  }
  return out;
}

export interface CsvImportOptions extends ImportOptions {
  /** What the table is, for the deck's source entry; defaults to the file's name. */
  readonly source?: Partial<Omit<Source, 'id'>>;
}

export function importCsv(file: TableFile, options: CsvImportOptions = {}): ImportResult {
  const sourceId = `${idFromName(file.name)}-table`;
  const b = new DeckBuilder(
    {
      id: options.id ?? idFromName(file.name),
      title: options.title ?? `Films from ${file.name}`,
      description: options.description ?? `Films imported from the table ${file.name}.`,
      sources: [tableSource({ id: sourceId, title: options.source?.title ?? `The table ${file.name}`, kind: options.source?.kind ?? 'database', ...options.source }, file)],
    },
    options.now,
  );
  const table = parseTable(file, ',', true);
  for (const { where, reason } of table.broken) b.skip(where, 'row', reason);
  const first = table.rows[0]?.row;
  const columns = findColumns(first ? Object.keys(first) : []);
  if (!columns.title || !columns.year) {
    throw new Error(`${file.name}: the header needs a title column (${COLUMNS.title.join(', ')}) and a year column (${COLUMNS.year.join(', ')})`);
  }
  const cell = (row: Row, field: Field): string | undefined => {
    const column = columns[field];
    return column === undefined ? undefined : row[column];
  };
  for (const { row, where } of table.rows) {
    const title = cleanText(cell(row, 'title'));
    const yearText = cell(row, 'year') ?? '';
    const what = `${title.ok ? title.text : (cell(row, 'title') ?? '').trim() || 'untitled'} (${yearText.trim() || '?'})`;
    if (!title.ok) {
      b.skip(where, what, `title: ${title.reason}`);
      continue;
    }
    if (title.repaired) b.repair(where, what, title.repaired);
    const years = yearText.match(/\b\d{4}\b/g) ?? [];
    if (years.length !== 1) {
      b.skip(where, what, `unreadable year "${yearText}"`);
      continue;
    }
    const year = Number(years[0]);
    const people = (field: 'directors' | 'cast'): { ids: string[]; bad?: string } => {
      const ids: string[] = [];
      for (const raw of splitNames(cell(row, field) ?? '')) {
        const name = personName(raw);
        if (!name.ok) {
          if (name.reason === 'missing') continue;
          return { ids, bad: name.reason };
        }
        if (name.repaired) b.repair(where, what, name.repaired);
        ids.push(b.person(name.name, sourceId));
      }
      return { ids };
    };
    const directors = people('directors');
    if (directors.bad) {
      b.skip(where, what, `director: ${directors.bad}`);
      continue;
    }
    const cast = people('cast');
    if (cast.bad) b.repair(where, what, `cast: ${cast.bad}; cast left out`);
    const genres = splitNames(cell(row, 'genres') ?? '')
      .map((g) => cleanText(g))
      .flatMap((g) => (g.ok ? [g.text] : []));
    const original = cleanText(cell(row, 'originalTitle'));
    const runtime = parseRuntime(cell(row, 'runtime'));
    const budget = parseMoney(cell(row, 'budget'));
    const worldwide = parseMoney(cell(row, 'worldwide'));
    const domestic = parseMoney(cell(row, 'domestic'));
    // Zero is how these tables say "not known", not a film that earned nothing.
    const gross = worldwide ? { usd: worldwide, scope: 'worldwide' as const } : domestic ? { usd: domestic, scope: 'domestic' as const } : undefined;
    const draft: FilmDraft = {
      title: title.text,
      ...(original.ok && original.text !== title.text ? { originalTitle: original.text } : {}),
      year,
      source: sourceId,
      ...(directors.ids.length > 0 ? { directors: directors.ids.map((person): Credit => ({ person, source: sourceId })) } : {}),
      ...(!cast.bad && cast.ids.length > 0 ? { cast: cast.ids.map((person): CastCredit => ({ person, source: sourceId })) } : {}),
      ...(genres.length > 0 ? { genres } : {}),
      ...(runtime ? { runtime } : {}),
      ...(budget ? { budget: { usd: budget, scope: 'production' as const, source: sourceId } } : {}),
      ...(gross ? { boxOffice: { ...gross, source: sourceId } } : {}),
    };
    const reason = b.addFilm(draft, where);
    if (reason) b.skip(where, what, reason);
  }
  return b.build(table.rows.length + table.broken.length);
}
