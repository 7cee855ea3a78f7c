/**
 * Films in the Cannes main competition (cannes_competition.csv: year, title,
 * original_title, director, languages, countries_of_origin, run_time, imdb_url) as a deck.
 * Directors are comma-separated, languages and countries are ISO codes ("fr", "SU,CN"),
 * run times read "2h 19m", and some titles carry trailing spaces.
 *
 * The table has no prize column, so the deck records no awards: being in competition is
 * not winning, and a film recorded as merely nominated would wrongly read as a loser.
 */
import type { Credit } from '../quiz/deck/schema';
import { DeckBuilder, type FilmDraft, type ImportResult } from './builder';
import { cleanText, countryName, languageName, parseRuntime } from './clean';
import { personName, splitNames } from './names';
import { type ImportOptions, parseTable, type TableFile, tableSource } from './table';

const SOURCE = 'cannes-competition-table';

/**
 * The table gives the festival year only. From 1990 on, competition films premiere at the
 * festival or open at home the same spring; before that, many had opened at home the year
 * before (Brief Encounter, 1945, competed in 1946; Blow-Up, 1966, in 1967), so the
 * festival year would be a wrong release year for a good share of them.
 */
export const FESTIVAL_YEAR_IS_RELEASE_YEAR_FROM = 1990;

/** Names for a list of codes, or undefined (and why) when any code is unknown: half a list would claim too little. */
function names(cell: string | undefined, name: (code: string) => string | undefined): { names?: string[]; unknown?: string } {
  const codes = (cell ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const code of codes) {
    const n = name(code);
    if (!n) return { unknown: code };
    if (!out.includes(n)) out.push(n);
  }
  return out.length > 0 ? { names: out } : {};
}

export function importCannes(file: TableFile, options: ImportOptions = {}): ImportResult {
  const b = new DeckBuilder(
    {
      id: options.id ?? 'cannes-competition',
      title: options.title ?? 'Cannes in competition',
      description: options.description ?? `Films that competed for the top prize at the Cannes Film Festival, ${FESTIVAL_YEAR_IS_RELEASE_YEAR_FROM} onwards.`,
      sources: [tableSource({ id: SOURCE, title: 'Films in the Cannes Film Festival main competition', kind: 'database' }, file)],
    },
    options.now,
  );
  const table = parseTable(file, ',', true);
  for (const { where, reason } of table.broken) b.skip(where, 'row', reason);
  for (const { row, where } of table.rows) {
    const title = cleanText(row.title);
    const what = `${title.ok ? title.text : (row.title ?? '').trim() || 'untitled'} (${row.year ?? '?'})`;
    if (!title.ok) {
      b.skip(where, what, `title: ${title.reason}`);
      continue;
    }
    if (title.repaired) b.repair(where, what, title.repaired);
    if (!/^\d{4}$/.test((row.year ?? '').trim())) {
      b.skip(where, what, `unreadable festival year "${row.year ?? ''}"`);
      continue;
    }
    const year = Number(row.year);
    if (year < FESTIVAL_YEAR_IS_RELEASE_YEAR_FROM) {
      b.skip(where, what, `festival of ${year}: before ${FESTIVAL_YEAR_IS_RELEASE_YEAR_FROM} a competing film had often opened the year before, and the table gives only the festival year`);
      continue;
    }
    if (year === 2020) {
      // The 2020 festival did not take place: its selection premiered elsewhere, some films only in 2021.
      b.skip(where, what, 'festival of 2020: cancelled, so the festival year says nothing about when the film came out');
      continue;
    }
    const directors: Credit[] = [];
    let badDirector: string | undefined;
    for (const raw of splitNames(row.director ?? '')) {
      const name = personName(raw);
      if (!name.ok) badDirector = name.reason;
      else directors.push({ person: b.person(name.name, SOURCE), source: SOURCE });
    }
    if (badDirector) {
      // Leaving one co-director out would make the rest look like the whole list.
      b.skip(where, what, `director: ${badDirector}`);
      continue;
    }
    const original = row.original_title ? cleanText(row.original_title) : undefined;
    const countries = names(row.countries_of_origin, (c) => countryName(c, year));
    const languages = names(row.languages, languageName);
    if (countries.unknown) b.repair(where, what, `unknown country code "${countries.unknown}": countries left out`);
    if (languages.unknown) b.repair(where, what, `unknown language code "${languages.unknown}": languages left out`);
    const runtime = parseRuntime(row.run_time);
    if (row.run_time && runtime === undefined) b.repair(where, what, `unreadable run time "${row.run_time}": left out`);
    const draft: FilmDraft = {
      title: title.text,
      ...(original?.ok && original.text !== title.text ? { originalTitle: original.text } : {}),
      year,
      source: SOURCE,
      ...(directors.length > 0 ? { directors } : {}),
      ...(countries.names ? { countries: countries.names } : {}),
      ...(languages.names ? { languages: languages.names } : {}),
      ...(runtime ? { runtime } : {}),
      tags: ['cannes-competition'],
    };
    const reason = b.addFilm(draft, where);
    if (reason) b.skip(where, what, reason);
  }
  return b.build(table.rows.length + table.broken.length);
}
