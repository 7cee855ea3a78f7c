/**
 * The shipped decks against real reference tables (../shared/data): every fact a table can
 * confirm must agree with it, or be listed in EXCEPTIONS below with the reason the deck is
 * right and the table is not (or the two mean different things).
 *
 * - Academy Awards (oscars.tsv): every `oscars` award's ceremony, year, category, result and
 *   people; for decks that declare `complete: ["oscars"]`, every nomination the table lists.
 * - Cannes (cannes_competition.csv): every `cannes` award's film competed that year, by a
 *   director the deck names.
 *   And every person's recorded gender against the acting categories (actor, actress) the
 *   table nominates someone of that exact name in.
 * - Wikipedia's American films (wikipedia-movie-data): release years, cast names and, for
 *   decks that declare their cast lists complete, the cast.
 *
 * Tables or not, the shipped decks together must hold at least 400 distinct films (issue #11,
 * point 7), each counted once by title and year however many decks hold it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { personName } from '../../src/import/names';
import { oscarCategoryNames } from '../../src/import/oscar-categories';
import { oscarYear } from '../../src/import/oscars';
import { slugify } from '../../src/import/slug';
import { parseTable, type Row } from '../../src/import/table';
import type { Award, Deck, Film } from '../../src/quiz/deck/schema';
import { validateDeck } from '../../src/quiz/deck/validate';
import { nameAtEdition } from '../../src/quiz/kinds/awards';

const DATA = resolve(process.cwd(), '../shared/data');
const DECKS = resolve(process.cwd(), 'questions');
const haveData = existsSync(DATA);
if (!haveData) console.warn(`reference tests SKIPPED: ${DATA} is missing, so no deck fact was checked against a reference table`);

/**
 * Disagreements that are not errors, keyed "deck file|film id|field". Each says why the
 * deck is right. A key that no longer matches anything fails the test, so the list stays
 * honest as decks change.
 */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'palme-dor.json|union-pacific-1939|cannes': 'The 1939 festival was cancelled; Union Pacific was given its Palme d’Or in 2002, and the table starts in 1946.',
  'best-picture-modern.json|nomadland-2020|year': 'Premiered at Venice in September 2020; the Wikipedia list dates it by its 2021 US release.',
  'oscar-world-and-animation.json|a-fantastic-woman-2017|year': 'Premiered at the Berlin festival in February 2017; the Wikipedia list dates it by its 2018 US release.',
  'oscar-world-and-animation.json|departures-2008|year': 'Premiered at Montreal and opened in Japan in 2008; the Wikipedia list dates it by its 2009 US release.',
  'palme-dor.json|the-class-2008|year': 'Premiered at Cannes, where it won the Palme d’Or, in May 2008; the Wikipedia list dates it by its 2009 US release.',
  'palme-dor.json|the-third-man-1949|year': 'Opened in Britain in September 1949; the Wikipedia list dates it by its 1950 US release.',
  'oscar-director-and-acting.json|minari-2020|year': 'Premiered at Sundance in January 2020; the Wikipedia list dates it by its 2021 US release.',
};

interface Disagreement {
  readonly deck: string;
  readonly film: string;
  readonly field: string;
  readonly message: string;
}

const key = (d: Pick<Disagreement, 'deck' | 'film' | 'field'>) => `${d.deck}|${d.film}|${d.field}`;

/** Lower-case ASCII words ("Łukasz Żal" → lukasz, zal; "8½" → 8, and, a, half): how titles and names are compared. */
function words(text: string): string[] {
  return slugify(text.replace(/(\d)-?1\/2\b/g, '$1½')).split('-').filter(Boolean);
}

const titleKey = (title: string) => words(title).join(' ');

const MINOR = new Set(['the', 'a', 'an', 'in', 'of', 'and', 'le', 'la', 'les', 'il']);

/**
 * Whether a reference table's title may be a deck's title for the same film, among the few
 * films of one ceremony or one festival: the table writes "The Nights of Cabiria",
 * "M*A*S*H", "Open City", "Federico Fellini's 8-1/2", "Keeper of Promises (The Given Word)"
 * and "Blue Is the Warmest Color" where decks write "Nights of Cabiria", "MASH", "Rome,
 * Open City", "8½", "The Given Word" and "Blue Is the Warmest Colour".
 */
function similarTitle(table: string, deck: string): boolean {
  const variants = [table, ...[...table.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? ''), table.replace(/\s*\([^)]*\)/g, ''), table.replace(/^[^']+'s /, '')];
  const target = words(deck);
  const compact = (w: string[]) => w.filter((x) => !MINOR.has(x)).join('');
  return variants.some((v) => {
    const mine = words(v);
    // "M*A*S*H" is m, a, s, h: its "a" is a letter, not an article.
    if (mine.join('') === target.join('')) return true;
    const a = compact(mine);
    const b = compact(target);
    if (a === '' || b === '') return false;
    if (a === b) return true;
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (short.length >= 6 && long.includes(short)) return true;
    return short.length >= 8 && editDistance(a, b) <= 2;
  });
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const HONORIFICS = new Set(['sir', 'dame', 'lord', 'lady', 'dr', 'jr', 'sr']);

/**
 * Whether two spellings name the same person: the same words in any order ("Bong Joon-ho",
 * "Bong Joon Ho"; "Zhang Yimou", "Yimou Zhang"), or the same surname and first initial
 * around nicknames, middle names and honorifics ("Freddie Young", "Fred A. Young";
 * "Edith Evans", "Dame Edith Evans"; "Jack Cosgrove", "John R. Cosgrove").
 */
function samePerson(a: string, b: string): boolean {
  const x = words(a).filter((w) => !HONORIFICS.has(w));
  const y = words(b).filter((w) => !HONORIFICS.has(w));
  if (x.length === 0 || y.length === 0) return false;
  if ([...x].sort().join(' ') === [...y].sort().join(' ')) return true;
  return x.length > 1 && y.length > 1 && x[x.length - 1] === y[y.length - 1] && x[0]?.[0] === y[0]?.[0];
}

/**
 * The people one cell of the Academy's table names: "Screenplay - Edward Berger" is Edward
 * Berger, and "in collaboration with Jean-Claude Carrière" is Jean-Claude Carrière.
 */
function nomineeNames(cell: string): string[] {
  return cell
    .split('|')
    .flatMap((n) => n.replace(/^[A-Za-z ]+ - /, '').split(/,\s*|\s+and\s+|;\s*/))
    .map((n) => n.replace(/^in collaboration with\s+/i, '').trim())
    .filter(Boolean);
}

interface ShippedDeck {
  readonly file: string;
  readonly deck: Deck | undefined;
  readonly problem?: string;
}

function shippedDecks(): ShippedDeck[] {
  return readdirSync(DECKS)
    .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
    .sort()
    .map((file) => {
      try {
        const result = validateDeck(JSON.parse(readFileSync(join(DECKS, file), 'utf8')));
        return result.ok ? { file, deck: result.deck } : { file, deck: undefined, problem: `does not validate (${result.problems.length} problems): run npm run deck:check` };
      } catch (e) {
        return { file, deck: undefined, problem: `is not JSON: ${e instanceof Error ? e.message : String(e)}` };
      }
    });
}

const titlesOf = (f: Film) => [f.title, ...(f.originalTitle ? [f.originalTitle] : [])].map(titleKey);

// ---------------------------------------------------------------- Academy Awards

interface OscarRow {
  readonly where: string;
  readonly ceremony: number;
  readonly year: number | undefined;
  /** The category as decks may name it, lower-case; the first is the name the importer uses. */
  readonly names: readonly string[];
  readonly category: string;
  readonly won: boolean;
  readonly nominees: readonly string[];
  readonly films: readonly { readonly title: string; readonly id: string }[];
}

function oscarRows(): OscarRow[] {
  const table = parseTable({ name: 'oscars.tsv', text: readFileSync(join(DATA, 'oscars.tsv'), 'utf8') }, '\t', false);
  return table.rows.flatMap(({ row, where }: { row: Row; where: string }) => {
    if (!row.Film) return [];
    const ids = (row.FilmId ?? '').split('|');
    return [
      {
        where,
        ceremony: Number(row.Ceremony),
        year: oscarYear(row.Year ?? ''),
        names: oscarCategoryNames(row.CanonicalCategory ?? '', row.Category ?? '').map((n) => n.toLowerCase()),
        category: oscarCategoryNames(row.CanonicalCategory ?? '', row.Category ?? '')[0] ?? '',
        won: row.Winner === 'True',
        nominees: row.Nominees ? nomineeNames(row.Nominees) : [],
        films: row.Film.split('|').map((title, i) => ({ title, id: ids[i] ?? '?' })),
      },
    ];
  });
}

/** The table's ids for a deck film: rows with its title, at one of its ceremonies or near its year. */
function oscarFilmIds(f: Film, rows: readonly OscarRow[], byTitle: Map<string, OscarRow[]>): Set<string> {
  const ceremonies = new Set((f.awards ?? []).filter((a) => a.body === 'oscars').map((a) => a.edition));
  const ids = new Set<string>();
  const consider = (row: OscarRow, match: (t: string) => boolean) => {
    const near = ceremonies.has(row.ceremony) || (row.year !== undefined && row.year >= f.year - 1 && row.year <= f.year + 2);
    if (!near) return;
    for (const film of row.films) if (match(titleKey(film.title))) ids.add(film.id === '?' ? `${film.title}|${row.ceremony}` : film.id);
  };
  const mine = titlesOf(f);
  for (const t of mine) for (const row of byTitle.get(t) ?? []) consider(row, (k) => k === t);
  if (ids.size === 0) {
    // Another spelling of the title, among the films of the deck's own ceremonies only.
    const titles = [f.title, ...(f.originalTitle ? [f.originalTitle] : [])];
    for (const row of rows) if (ceremonies.has(row.ceremony)) consider(row, (k) => titles.some((t) => similarTitle(k, t)));
  }
  if (ids.size === 0) {
    // A title the table gives in another language ("My Uncle" for Mon Oncle): an award only one film won that night names it.
    for (const a of f.awards ?? []) {
      if (a.body !== 'oscars' || a.result !== 'won') continue;
      const winners = rows.filter((r) => r.ceremony === a.edition && r.won && r.names.includes(a.category.toLowerCase()));
      const only = winners.length === 1 && winners[0]?.films.length === 1 ? winners[0].films[0] : undefined;
      if (only && only.id !== '?') ids.add(only.id);
    }
  }
  return ids;
}

function checkOscars(file: string, deck: Deck, rows: readonly OscarRow[], byTitle: Map<string, OscarRow[]>): Disagreement[] {
  const out: Disagreement[] = [];
  const name = new Map(deck.people.map((p) => [p.id, p.name]));
  const complete = deck.complete?.includes('oscars') ?? false;
  for (const f of deck.films) {
    const awards = (f.awards ?? []).map((a, i) => ({ a, i })).filter(({ a }) => a.body === 'oscars');
    if (awards.length === 0 && !complete) continue;
    const ids = oscarFilmIds(f, rows, byTitle);
    const mine = rows.filter((r) => r.films.some((x) => ids.has(x.id === '?' ? `${x.title}|${r.ceremony}` : x.id)));
    const report = (field: string, message: string) => out.push({ deck: file, film: f.id, field, message });
    if (awards.length > 0 && mine.length === 0) {
      report('awards', `"${f.title}" (${f.year}) is not in oscars.tsv under that title`);
      continue;
    }
    const used = new Set<OscarRow>();
    for (const { a, i } of awards) {
      const field = `awards[${i}]`;
      const what = `${a.category} at ceremony ${a.edition ?? '?'} (${a.result})`;
      const named = (a.people ?? []).map((p) => name.get(p) ?? p);
      const candidates = mine.filter((r) => (a.edition === undefined ? r.year === a.year : r.ceremony === a.edition) && r.names.includes(a.category.toLowerCase()));
      if (candidates.length === 0) {
        const elsewhere = mine.filter((r) => r.names.includes(a.category.toLowerCase())).map((r) => r.ceremony);
        const thatNight = mine.filter((r) => r.ceremony === a.edition).map((r) => `${r.category} (${r.won ? 'won' : 'nominated'})`);
        const hint = elsewhere.length > 0 ? `; the film has it at ceremony ${elsewhere.join(', ')}` : thatNight.length > 0 ? `; that night the table lists ${thatNight.join(', ')}` : '';
        report(field, `${what}: no such nomination in oscars.tsv${hint}`);
        continue;
      }
      // Several rows can fit (three songs from one film): take the one whose nominees and result agree best.
      const score = (r: OscarRow) =>
        (used.has(r) ? -4 : 0) + (r.won === (a.result === 'won') ? 2 : 0) + named.filter((n) => r.nominees.some((m) => samePerson(n, m))).length;
      const row = [...candidates].sort((x, y) => score(y) - score(x))[0] as OscarRow;
      used.add(row);
      if (a.edition === undefined) report(field, `${what}: no ceremony number; oscars.tsv says ${row.ceremony}`);
      if (row.year !== a.year) report(field, `${what}: year ${a.year}; oscars.tsv (${row.where}) says ${row.year}`);
      if (row.won !== (a.result === 'won')) report(field, `${what}: oscars.tsv (${row.where}) says ${row.won ? 'won' : 'nominated'}`);
      const strangers = named.filter((n) => !row.nominees.some((m) => samePerson(n, m)));
      if (strangers.length > 0) report(field, `${what}: ${strangers.join(', ')} not among the nominees in oscars.tsv (${row.where}: ${row.nominees.join(', ') || 'none named'})`);
    }
    if (complete) {
      for (const r of mine) {
        if (!used.has(r)) report('awards', `missing: ${r.category} at ceremony ${r.ceremony} (${r.won ? 'won' : 'nominated'}), listed in oscars.tsv (${r.where}); the deck declares every Oscar complete`);
      }
    }
  }
  return out;
}

/** The same name, word for word (any order, honorifics aside): "Dame Edith Evans" is Edith Evans, "Fred A. Young" is not Freddie Young. */
const exactName = (n: string) =>
  words(n)
    .filter((w) => !HONORIFICS.has(w))
    .sort()
    .join(' ');

/**
 * Every person whose deck records a gender, against the acting categories the table
 * nominated someone of that exact name in: an actress for Best Actress, an actor for
 * Best Actor. People the table never nominated for acting are not checked.
 */
function checkGenders(file: string, deck: Deck, rows: readonly OscarRow[]): Disagreement[] {
  const sexes = new Map<string, Set<string>>();
  for (const r of rows) {
    const sex = /actress/i.test(r.category) ? 'female' : /actor/i.test(r.category) ? 'male' : undefined;
    if (!sex) continue;
    for (const n of r.nominees) {
      const k = exactName(n);
      sexes.set(k, new Set([...(sexes.get(k) ?? []), sex]));
    }
  }
  const out: Disagreement[] = [];
  for (const p of deck.people) {
    if (p.gender === undefined) continue;
    const table = sexes.get(exactName(p.name));
    if (table && !table.has(p.gender)) out.push({ deck: file, film: p.id, field: 'gender', message: `${p.name} is ${p.gender} in the deck; oscars.tsv nominates ${p.name} as ${[...table].join(' and ')}` });
  }
  return out;
}

// ---------------------------------------------------------------- Cannes

interface CannesRow {
  readonly year: number;
  readonly titles: readonly string[];
  readonly directors: readonly string[];
}

function cannesRows(): CannesRow[] {
  const table = parseTable({ name: 'cannes_competition.csv', text: readFileSync(join(DATA, 'cannes_competition.csv'), 'utf8') }, ',', true);
  return table.rows.map(({ row }) => ({
    year: Number(row.year),
    // Titles from the 1940s and 1950s are often in the original language: match either.
    titles: [row.title ?? '', row.original_title ?? ''].filter((t) => t.trim()),
    directors: (row.director ?? '').split(',').map((d) => d.trim()),
  }));
}

function checkCannes(file: string, deck: Deck, rows: readonly CannesRow[]): Disagreement[] {
  const out: Disagreement[] = [];
  const name = new Map(deck.people.map((p) => [p.id, p.name]));
  for (const f of deck.films) {
    const years = [...new Set((f.awards ?? []).filter((a: Award) => a.body === 'cannes').map((a) => a.year))];
    for (const year of years) {
      const titles = [f.title, ...(f.originalTitle ? [f.originalTitle] : [])];
      const row = rows.find((r) => r.year === year && r.titles.some((t) => titles.some((d) => similarTitle(t, d))));
      if (!row) {
        out.push({ deck: file, film: f.id, field: 'cannes', message: `"${f.title}" is not in cannes_competition.csv for ${year}` });
        continue;
      }
      const directors = (f.directors ?? []).map((d) => name.get(d.person) ?? d.person);
      if (!directors.some((d) => row.directors.some((r) => samePerson(d, r)))) {
        out.push({ deck: file, film: f.id, field: 'directors', message: `directed by ${directors.join(', ') || 'nobody named'}; cannes_competition.csv says ${row.directors.join(', ')}` });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- Wikipedia

interface WikiFilm {
  readonly title: string;
  readonly year: number;
  readonly cast: readonly string[];
  readonly extract: string;
}

function wikiFilms(): Map<string, WikiFilm[]> {
  const dir = join(DATA, 'wikipedia-movie-data');
  const byTitle = new Map<string, WikiFilm[]>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    for (const e of JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>[]) {
      if (typeof e.title !== 'string' || typeof e.year !== 'number') continue;
      const cast = (Array.isArray(e.cast) ? e.cast : []).flatMap((c) => {
        const n = typeof c === 'string' ? personName(c) : undefined;
        return n?.ok ? [n.name] : [];
      });
      const film: WikiFilm = { title: e.title, year: e.year, cast, extract: typeof e.extract === 'string' ? e.extract : '' };
      const k = titleKey(e.title);
      byTitle.set(k, [...(byTitle.get(k) ?? []), film]);
    }
  }
  return byTitle;
}

/**
 * The Wikipedia entry for a deck film: the same title, a year at most one apart, and at least
 * one person in common (a cast member, or a director named in the summary), so that a remake
 * or another film of the same name is never taken for it.
 */
function wikiMatch(f: Film, names: Map<string, string>, byTitle: Map<string, WikiFilm[]>): WikiFilm | undefined {
  const cast = (f.cast ?? []).map((c) => names.get(c.person) ?? c.person);
  const directors = (f.directors ?? []).map((d) => names.get(d.person) ?? d.person);
  const candidates = titlesOf(f)
    .flatMap((t) => byTitle.get(t) ?? [])
    .filter((w) => Math.abs(w.year - f.year) <= 1)
    .map((w) => {
      const shared = cast.filter((c) => w.cast.some((x) => samePerson(c, x))).length + directors.filter((d) => words(w.extract).join(' ').includes(words(d).join(' '))).length;
      return { w, shared };
    })
    .filter((c) => c.shared > 0)
    .sort((a, b) => Number(b.w.year === f.year) - Number(a.w.year === f.year) || b.shared - a.shared);
  return candidates[0]?.w;
}

function checkWikipedia(file: string, deck: Deck, byTitle: Map<string, WikiFilm[]>): Disagreement[] {
  const out: Disagreement[] = [];
  const names = new Map(deck.people.map((p) => [p.id, p.name]));
  const castComplete = deck.complete?.includes('cast') ?? false;
  for (const f of deck.films) {
    const w = wikiMatch(f, names, byTitle);
    if (!w) continue;
    if (w.year !== f.year) out.push({ deck: file, film: f.id, field: 'year', message: `year ${f.year}; the Wikipedia list of American films says ${w.year}` });
    (f.cast ?? []).forEach((c, i) => {
      const n = names.get(c.person) ?? c.person;
      // The same person spelt another way is a disagreement about the name; someone absent is not (the lists are partial).
      const other = w.cast.find((x) => x !== n && samePerson(n, x) && words(n).join(' ') !== words(x).join(' '));
      if (other && !w.cast.includes(n)) out.push({ deck: file, film: f.id, field: `cast[${i}]`, message: `"${n}"; the Wikipedia list names them "${other}"` });
    });
    if (castComplete && f.cast) {
      const deckCast = f.cast.map((c) => names.get(c.person) ?? c.person);
      const missing = w.cast.filter((x) => !deckCast.some((n) => samePerson(n, x)));
      if (missing.length > 0) out.push({ deck: file, film: f.id, field: 'cast', message: `the deck declares cast lists complete but leaves out ${missing.join(', ')}, listed by Wikipedia` });
    }
  }
  return out;
}

// ---------------------------------------------------------------- the tests

describe('the shipped decks together', () => {
  it('hold at least 400 distinct films: by title and year, a film in several decks counted once', () => {
    const distinct = new Set<string>();
    for (const file of readdirSync(DECKS).filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')) {
      const deck = JSON.parse(readFileSync(join(DECKS, file), 'utf8')) as Pick<Deck, 'films'>;
      for (const f of deck.films) distinct.add(`${titleKey(f.title)}|${f.year}`);
    }
    expect(distinct.size).toBeGreaterThanOrEqual(400);
  });
});

const decks = haveData ? shippedDecks() : [];

describe.skipIf(!haveData)('shipped decks against the reference tables in ../shared/data', { timeout: 30_000 }, () => {
  const found: Disagreement[] = [];
  let check: (file: string, deck: Deck) => Disagreement[] = () => [];

  beforeAll(() => {
    const oscars = oscarRows();
    const oscarsByTitle = new Map<string, OscarRow[]>();
    for (const r of oscars) for (const f of r.films) oscarsByTitle.set(titleKey(f.title), [...(oscarsByTitle.get(titleKey(f.title)) ?? []), r]);
    const cannes = cannesRows();
    const wiki = wikiFilms();
    check = (file, deck) => [...checkOscars(file, deck, oscars, oscarsByTitle), ...checkGenders(file, deck, oscars), ...checkCannes(file, deck, cannes), ...checkWikipedia(file, deck, wiki)];
    for (const { file, deck } of decks) if (deck) found.push(...check(file, deck));
    if (process.env.REFERENCE_REPORT) for (const d of found) console.log(`${d.deck}\t${d.film}\t${d.field}\t${d.message}`);
  }, 120_000);

  it('has decks to check', () => {
    expect(decks.length).toBeGreaterThan(0);
  });

  describe.each(decks.map((d) => ({ ...d, name: d.file })))('$name', ({ file, deck, problem }) => {
    it('can be read', () => {
      expect(problem, `questions/${file} ${problem}`).toBeUndefined();
    });

    it.skipIf(!deck)('agrees with oscars.tsv, cannes_competition.csv and the Wikipedia film lists', () => {
      const mine = found.filter((d) => d.deck === file && !(key(d) in EXCEPTIONS));
      const lines = mine.map((d) => `questions/${d.deck}: ${d.film}: ${d.field}: ${d.message}`);
      expect(lines, `${lines.length} disagreement(s) with the reference tables:\n${lines.join('\n')}`).toEqual([]);
    });
  });

  it('names Academy categories as the Academy did at each ceremony', () => {
    const rows = parseTable({ name: 'oscars.tsv', text: readFileSync(join(DATA, 'oscars.tsv'), 'utf8') }, '\t', false).rows.map(({ row }) => row);
    // Every category a shipped deck uses, at every ceremony where the table gives it one name.
    const used = new Set(decks.flatMap((d) => (d.deck?.films ?? []).flatMap((f) => (f.awards ?? []).filter((a) => a.body === 'oscars').map((a) => a.category.toLowerCase()))));
    // What each category is called at its latest ceremony: today's name, which decks write their own way.
    const latest = new Map<string, { ceremony: number; name: string }>();
    for (const r of rows) {
      const canonical = r.CanonicalCategory ?? '';
      const had = latest.get(canonical);
      if (!had || Number(r.Ceremony) > had.ceremony) latest.set(canonical, { ceremony: Number(r.Ceremony), name: r.Category ?? '' });
    }
    // For each category and ceremony, the names the table gives it there. The table's
    // canonical name reads as today's deck name too ("ACTOR" is Best Actor), and so does the latest.
    const called = new Map<string, Map<string, string[]>>();
    for (const r of rows) {
      const canonical = r.CanonicalCategory ?? '';
      const name = r.Category ?? '';
      // A row a deck files under a name of its own (an honorary award) is not this category's.
      const today = oscarCategoryNames(canonical, name)[0] ?? '';
      if (!used.has(today.toLowerCase()) || today !== oscarCategoryNames(canonical, '')[0]) continue;
      const key = `${today}|${r.Ceremony}`;
      const names = called.get(key) ?? new Map<string, string[]>();
      names.set(name, name === latest.get(canonical)?.name || name === canonical ? [today, name] : [name]);
      called.set(key, names);
    }
    // Names compared as the Academy writes them: no "Best", case and brackets aside, "--" for a dash.
    const plain = (name: string) =>
      name
        .replace(/^best /i, '')
        .replace(/—/g, '--')
        .replace(/[()]/g, '')
        .toLowerCase();
    const wrong: string[] = [];
    for (const [key, names] of called) {
      if (names.size !== 1) continue;
      const [today, ceremony] = key.split('|') as [string, string];
      const [then, readings] = [...names][0] as [string, string[]];
      const ours = nameAtEdition({ body: 'oscars', edition: Number(ceremony), year: 0, category: today, result: 'won', source: 'x' }, today);
      if (!readings.some((r) => plain(r) === plain(ours))) wrong.push(`${today} at ceremony ${ceremony}: called "${ours}", the table says "${then}"`);
    }
    expect(called.size, 'the table has rows for the categories the decks use').toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it('lists no exception that no longer matches a disagreement', () => {
    const seen = new Set(found.map(key));
    const present = new Set(decks.map((d) => d.file));
    // An exception for a deck that is not there (yet) is not stale.
    const stale = Object.keys(EXCEPTIONS).filter((k) => present.has(k.split('|')[0] ?? '') && !seen.has(k));
    expect(stale, `exceptions that match nothing any more: ${stale.join(', ')}`).toEqual([]);
  });

  describe('the checks themselves, on doctored decks', () => {
    const src = 'ref';
    const oscar = (category: string, result: Award['result'], people?: string[]): Award => ({
      body: 'oscars',
      edition: 97,
      year: 2024,
      category,
      result,
      ...(people ? { people } : {}),
      source: src,
    });
    const doctored = (films: Film[], complete: Deck['complete'] = []): Deck => ({
      format: 1,
      id: 'doctored',
      title: 'Doctored',
      description: 'Facts changed on purpose.',
      complete,
      sources: [{ id: src, title: 'Reference', kind: 'database' }],
      people: [
        { id: 'sean-baker', name: 'Sean Baker', source: src },
        { id: 'mikey-madison', name: 'Mikey Madison', source: src },
        { id: 'demi-moore', name: 'Demi Moore', source: src },
        { id: 'andrea-riseborough', name: 'Andrea Riseborough', source: src },
        { id: 'nicolas-pesce', name: 'Nicolas Pesce', source: src },
      ],
      films,
    });
    const anora = (awards: Award[], directors = ['sean-baker']): Film => ({
      id: 'anora-2024',
      title: 'Anora',
      year: 2024,
      source: src,
      directors: directors.map((person) => ({ person, source: src })),
      awards,
    });
    const fields = (deck: Deck) => check('doctored.json', deck).map((d) => `${d.field}: ${d.message}`);

    it('passes the true Oscars of Anora', () => {
      const all = [
        oscar('Best Picture', 'won'),
        oscar('Best Director', 'won', ['sean-baker']),
        oscar('Best Actress', 'won', ['mikey-madison']),
        oscar('Best Original Screenplay', 'won', ['sean-baker']),
        oscar('Best Film Editing', 'won', ['sean-baker']),
        oscar('Best Supporting Actor', 'nominated'),
      ];
      expect(fields(doctored([anora(all)], ['oscars']))).toEqual([]);
    });

    it('finds a wrong result, a wrong winner, a wrong year and a missing nomination', () => {
      const wrong = [
        oscar('Best Picture', 'nominated'),
        oscar('Best Actress', 'won', ['demi-moore']),
        { ...oscar('Best Director', 'won', ['sean-baker']), year: 2025 },
        oscar('Best Original Screenplay', 'won', ['sean-baker']),
        oscar('Best Film Editing', 'won', ['sean-baker']),
      ];
      const found = fields(doctored([anora(wrong)], ['oscars']));
      expect(found).toEqual([
        expect.stringMatching(/^awards\[0\]: Best Picture .*says won/),
        expect.stringMatching(/^awards\[1\]: Best Actress .*Demi Moore not among the nominees/),
        expect.stringMatching(/^awards\[2\]: Best Director .*year 2025/),
        expect.stringMatching(/^awards: missing: Best Supporting Actor at ceremony 97/),
      ]);
    });

    it('finds a gender the table contradicts', () => {
      const deck = doctored([anora([oscar('Best Actress', 'won', ['mikey-madison'])])]);
      const wrong = { ...deck, people: deck.people.map((p) => (p.id === 'mikey-madison' ? { ...p, gender: 'male' as const } : p)) };
      expect(fields(wrong).filter((f) => f.startsWith('gender'))).toEqual([expect.stringMatching(/^gender: Mikey Madison is male in the deck; oscars.tsv nominates Mikey Madison as female/)]);
    });

    it('finds an award the film never had, and a Cannes prize to the wrong director or year', () => {
      const cannes = (year: number): Award => ({ body: 'cannes', year, category: "Palme d'Or", result: 'won', source: src });
      expect(fields(doctored([anora([oscar('Best Sound', 'nominated'), cannes(2024)], ['mikey-madison'])]))).toEqual([
        expect.stringMatching(/^awards\[0\]: Best Sound .*no such nomination/),
        expect.stringMatching(/^directors: directed by Mikey Madison; cannes_competition.csv says Sean Baker/),
      ]);
      expect(fields(doctored([anora([cannes(2023)])]))).toEqual([expect.stringMatching(/^cannes: "Anora" is not in cannes_competition.csv for 2023/)]);
    });

    it('finds a wrong release year, and takes no remake for the film', () => {
      const grudge = (year: number, cast: string[]): Film => ({
        id: `the-grudge-${year}`,
        title: 'The Grudge',
        year,
        source: src,
        directors: [{ person: 'nicolas-pesce', source: src }],
        cast: cast.map((person) => ({ person, source: src })),
      });
      expect(fields(doctored([grudge(2019, ['andrea-riseborough'])]))).toEqual([expect.stringMatching(/^year: year 2019; .* says 2020/)]);
      // Nobody in common with the 2004 film of the same name: not the same film, so nothing to compare.
      expect(fields(doctored([grudge(2005, ['andrea-riseborough'])]))).toEqual([]);
    });
  });
});
