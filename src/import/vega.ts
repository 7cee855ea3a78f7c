/**
 * The Vega example "movies" table (vega_movies.json): a JSON array of box-office records
 * with known, deliberate errors. Each is repaired when the repair is certain and said so,
 * or the record is skipped with the reason:
 * - dates "Mon DD YYYY" whose year is 100 too late (Gone with the Wind, "Dec 15 2039");
 * - "Dec 31" placeholder dates, whose years are unreliable;
 * - titles that are JSON numbers (1776, 300) or null;
 * - accents garbled by a Mac Roman conversion ("LÈon");
 * - titles with the article moved to the end ("Charge of the Light Brigade, The") or the
 *   year appended ("King Kong (1933)");
 * - null directors (the film comes without directors).
 * The table's licence is unknown and its facts are unchecked: the deck's source says so.
 */
import type { Credit } from '../quiz/deck/schema';
import { DeckBuilder, type FilmDraft, type ImportResult } from './builder';
import { cleanText, parseMoney, parseRuntime } from './clean';
import { personName, splitNames } from './names';
import type { ImportOptions, TableFile } from './table';
import { objectEntries, parseJsonArray, tableSource } from './table';

const SOURCE = 'vega-movies-table';

/** The table's newest release is from late 2011: a later date is a two-digit year read in the wrong century. */
const TABLE_COMPILED = 2011;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Entry = Readonly<Record<string, unknown>>;

export function importVega(file: TableFile, options: ImportOptions = {}): ImportResult {
  const b = new DeckBuilder(
    {
      id: options.id ?? 'vega-movies',
      title: options.title ?? 'Box office (Vega example data)',
      description: options.description ?? 'Films from the Vega example movies table, for trying the tools: its facts are not checked.',
      sources: [
        {
          ...tableSource({ id: SOURCE, title: 'Vega datasets movies table', kind: 'database', publisher: 'Vega project (vega-datasets)' }, file),
          note: `Imported from ${file.name} with npm run deck:import. Example data with known errors and an unknown licence: not a source of facts.`,
        },
      ],
    },
    options.now,
  );
  const entries = parseJsonArray(file);
  objectEntries(file, entries, (where, what, reason) => b.skip(where, what, reason)).forEach(({ where, entry }) => {
    const e = entry as Entry;
    const date = typeof e['Release Date'] === 'string' ? e['Release Date'].trim() : '';
    const label = `${String(e.Title ?? 'untitled')} (${date || 'no date'})`;
    if (e.Title === null || e.Title === undefined) {
      b.skip(where, label, 'no title');
      return;
    }
    const title = cleanText(e.Title);
    if (!title.ok) {
      b.skip(where, label, `title: ${title.reason}`);
      return;
    }
    let text = title.text;
    if (typeof e.Title === 'number') b.repair(where, label, `title given as the number ${e.Title}: read as the title "${text}"`);
    if (title.repaired) b.repair(where, label, title.repaired);
    const m = /^([A-Z][a-z]{2}) (\d{2}) (\d{4})$/.exec(date);
    if (!m || !MONTHS.includes(m[1] ?? '')) {
      b.skip(where, label, `unreadable release date "${date}"`);
      return;
    }
    if (m[1] === 'Dec' && m[2] === '31') {
      b.skip(where, label, 'release date "Dec 31" is the table\'s placeholder for an unknown date, and the years that come with it are unreliable');
      return;
    }
    let year = Number(m[3]);
    if (year > TABLE_COMPILED + 1) {
      b.repair(where, label, `release year ${year} is after the table was compiled: read as ${year - 100} (a two-digit year put in the wrong century)`);
      year -= 100;
    }
    const article = /^(.*), (The|A|An)$/.exec(text);
    if (article) {
      const fixed = `${article[2]} ${article[1]}`;
      b.repair(where, label, `title "${text}" read as "${fixed}"`);
      text = fixed;
    }
    const withYear = /^(.*\S) \((\d{4})\)$/.exec(text);
    if (withYear && Number(withYear[2]) === year) {
      b.repair(where, label, `title "${text}" read as "${withYear[1]}" (the year is not part of the title)`);
      text = withYear[1] ?? text;
    }
    const directors: Credit[] = [];
    if (typeof e.Director === 'string') {
      for (const raw of splitNames(e.Director)) {
        const name = personName(raw);
        if (!name.ok) {
          b.skip(where, label, `director: ${name.reason}`);
          return;
        }
        directors.push({ person: b.person(name.name, SOURCE), source: SOURCE });
      }
    }
    const genre = typeof e['Major Genre'] === 'string' ? cleanText(e['Major Genre']) : undefined;
    const runtime = parseRuntime(e['Running Time min']);
    const budget = parseMoney(e['Production Budget']);
    const gross = parseMoney(e['Worldwide Gross']);
    const draft: FilmDraft = {
      title: text,
      year,
      source: SOURCE,
      ...(directors.length > 0 ? { directors } : {}),
      ...(genre?.ok ? { genres: [genre.text] } : {}),
      ...(runtime ? { runtime } : {}),
      // Zero is the table's "not known", not a film that cost or earned nothing.
      ...(budget ? { budget: { usd: budget, scope: 'production' as const, source: SOURCE } } : {}),
      ...(gross ? { boxOffice: { usd: gross, scope: 'worldwide' as const, source: SOURCE } } : {}),
    };
    const reason = b.addFilm(draft, where);
    if (reason) b.skip(where, label, reason);
  });
  return b.build(entries.length);
}
