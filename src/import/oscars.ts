/**
 * The Academy Awards database (oscars.tsv) as a deck: one film per film the table names,
 * with every nomination and win it has in the table. The table is tab-separated, never
 * quotes, joins several values in a cell with `|` (a 1927/28 nomination can cover two
 * films), writes the first ceremonies' years as `1927/28`, uses `?` for unknown ids and
 * drops trailing empty cells.
 *
 * The table names a film's director only when the director was nominated, so most films
 * come without directors (the deck format allows that); acting nominees become cast
 * entries with the character the table gives.
 */
import type { Award, CastCredit, Credit } from '../quiz/deck/schema';
import { DeckBuilder, type FilmDraft, type ImportResult } from './builder';
import { cleanText } from './clean';
import { oscarCategoryNames } from './oscar-categories';
import { type ImportOptions, parseTable, type TableFile, tableSource } from './table';

const SOURCE = 'academy-awards-database';

interface Gathered {
  title: string;
  /** The year column of each of its rows, read ("1928") and as written ("1927/28"). */
  years: { year: number; season: string }[];
  awards: Award[];
  directors: string[];
  cast: Map<string, string | undefined>;
  rows: string[];
}

/** "2024" → 2024; "1927/28" → 1928, the year the deck convention uses for split years. */
export function oscarYear(text: string): number | undefined {
  const m = /^(\d{4})(?:\/(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  if (m[2] === undefined) return first;
  const second = Math.floor(first / 100) * 100 + Number(m[2]);
  return second < first ? second + 100 : second;
}

const split = (cell: string | undefined) => (cell ?? '').split('|').map((s) => s.trim());

export function importOscars(file: TableFile, options: ImportOptions = {}): ImportResult {
  const b = new DeckBuilder(
    {
      id: options.id ?? 'academy-awards',
      title: options.title ?? 'Academy Awards',
      description: options.description ?? 'Films nominated for Academy Awards, with every nomination and win the Academy Awards database lists for them.',
      sources: [tableSource({ id: SOURCE, title: 'Academy Awards database', kind: 'database', publisher: 'Academy of Motion Picture Arts and Sciences' }, file)],
    },
    options.now,
  );
  const table = parseTable(file, '\t', false);
  for (const { where, reason } of table.broken) b.skip(where, 'row', reason);
  const films = new Map<string, Gathered>();
  // Films whose nominations were not all read: the deck cannot promise it lists every one.
  const incomplete = new Set<string>();

  for (const { row, where } of table.rows) {
    const label = `${row.Film || row.Name || row.Category || 'row'} (ceremony ${row.Ceremony ?? '?'})`;
    const titles = row.Film ? split(row.Film) : [];
    const filmIds = split(row.FilmId);
    const edition = /^\d+$/.test(row.Ceremony ?? '') ? Number(row.Ceremony) : undefined;
    const year = oscarYear(row.Year ?? '');
    if (titles.length === 0) {
      b.skip(where, label, 'names no film: an award to a person or a company, which a deck of films cannot hold');
      continue;
    }
    const keys = titles.map((t, k) => {
      const id = filmIds[k] ?? '';
      // A `?` id says the Academy's table does not know the film's IMDb id; the title and year still name it.
      return /^tt\d+$/.test(id) ? id : `${t.toLowerCase()}|${row.Year}`;
    });
    if (edition === undefined || edition === 0 || year === undefined) {
      b.skip(where, label, `unreadable ceremony "${row.Ceremony ?? ''}" or year "${row.Year ?? ''}"`);
      for (const k of keys) incomplete.add(k);
      continue;
    }
    if (titles.length !== filmIds.length) {
      b.skip(where, label, `${titles.length} films but ${filmIds.length} film ids: cannot tell which is which`);
      for (const k of keys) incomplete.add(k);
      continue;
    }
    const cleanTitles = titles.map((t) => cleanText(t));
    const badTitle = cleanTitles.find((c) => !c.ok);
    if (badTitle && !badTitle.ok) {
      b.skip(where, label, `film title: ${badTitle.reason}`);
      for (const k of keys) incomplete.add(k);
      continue;
    }

    const names = row.Nominees ? split(row.Nominees) : [];
    const nameIds = split(row.NomineeIds);
    // People only when every nominee is a person the table identifies: an award shared with a
    // studio's sound department must not read as an award to one engineer.
    const everyonePerson = names.length > 0 && names.length === nameIds.length && nameIds.every((id) => /^nm\d+$/.test(id));
    let people: string[] | undefined;
    if (everyonePerson) {
      people = [];
      for (const [k, raw] of names.entries()) {
        const name = cleanText(raw);
        const nm = nameIds[k] ?? '';
        if (!name.ok) {
          people = undefined;
          break;
        }
        people.push(b.person(name.text, SOURCE, nm, nm));
      }
    }

    const canonical = row.CanonicalCategory ?? '';
    const award: Award = {
      body: 'oscars',
      edition,
      year,
      category: oscarCategoryNames(canonical, row.Category ?? '')[0] ?? canonical,
      result: row.Winner === 'True' ? 'won' : 'nominated',
      ...(people && people.length > 0 ? { people } : {}),
      source: SOURCE,
    };
    const details = row.Detail ? split(row.Detail) : [];
    keys.forEach((key, k) => {
      const title = cleanTitles[k];
      if (!title?.ok) return;
      let g = films.get(key);
      if (!g) {
        g = { title: title.text, years: [], awards: [], directors: [], cast: new Map(), rows: [] };
        films.set(key, g);
      }
      g.years.push({ year, season: (row.Year ?? '').trim() });
      g.awards.push(award);
      g.rows.push(where);
      if (!people) return;
      // A directing nominee directed the film; with several films and several nominees the table does not say who directed which.
      if (canonical.startsWith('DIRECTING') && (keys.length === 1 || people.length === 1)) {
        for (const p of people) if (!g.directors.includes(p)) g.directors.push(p);
      }
      if (row.Class === 'Acting') {
        const raw = keys.length === 1 ? row.Detail : details.length === keys.length ? details[k] : undefined;
        const character = raw ? cleanText(raw) : undefined;
        for (const p of people) if (!g.cast.has(p)) g.cast.set(p, character?.ok ? character.text : undefined);
      }
    });
  }

  let complete = true;
  for (const [key, g] of films) {
    const earliest = g.years.reduce((a, c) => (c.year < a.year ? c : a));
    if (earliest.season.includes('/')) {
      // Before 1934 the Academy's year was a season, August to July: a film of "1927/28" came
      // out in 1927 or in 1928, and the table does not say which. A guessed year is a wrong
      // fact four times in ten, so these films stay out.
      for (const where of g.rows) b.skip(where, g.title, `the table dates it only to the ${earliest.season} season (August to July), not to a release year`);
      continue;
    }
    const directors: Credit[] = g.directors.map((person) => ({ person, source: SOURCE }));
    const cast: CastCredit[] = [...g.cast].map(([person, character]) => ({ person, ...(character ? { character } : {}), source: SOURCE }));
    const draft: FilmDraft = {
      title: g.title,
      // The Academy's year is the year a film qualified for its first nomination: the deck convention's film year.
      year: earliest.year,
      source: SOURCE,
      ...(directors.length > 0 ? { directors } : {}),
      ...(cast.length > 0 ? { cast } : {}),
      awards: g.awards,
    };
    const reason = b.addFilm(draft, g.rows[0] ?? file.name);
    if (reason) for (const where of g.rows) b.skip(where, `${g.title} (${draft.year})`, reason);
    else if (incomplete.has(key)) complete = false;
  }
  return b.build(table.rows.length + table.broken.length, complete ? ['oscars'] : []);
}
