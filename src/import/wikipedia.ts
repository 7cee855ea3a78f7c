/**
 * Wikipedia's lists of American films (wikipedia-movie-data/movies-*.json: title, year,
 * cast, genres, href, extract) as a deck. The lists have no director field, mix in
 * television films, and list some films twice (the same article under two titles or two
 * years). Cast lists carry wiki debris: "(actor)" disambiguators, "]]", stray words.
 *
 * Directors come from the summary's first sentence ("… is a 1994 American film directed by
 * Robert Zemeckis"), only when it names them plainly; otherwise the film comes without
 * directors, which is honest: the table does not say.
 */
import type { CastCredit, Credit } from '../quiz/deck/schema';
import { DeckBuilder, type FilmDraft, type ImportResult } from './builder';
import { cleanText } from './clean';
import { personName } from './names';
import { type ImportOptions, objectEntries, parseJsonArray, type TableFile, tableSource } from './table';

const SOURCE = 'wikipedia';

// Capitalised words that end a name rather than continue it ("directed by Michael Curtiz The film …").
const NOT_NAME_WORDS = new Set(['The', 'A', 'An', 'It', 'This', 'In', 'On', 'At', 'For', 'From', 'With', 'Its', 'His', 'Her', 'And', 'But', 'Starring', 'Produced', 'Written']);
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das', 'St.']);
const NAME_WORD = /^(?:\p{Lu}\.)+$|^\p{Lu}[\p{L}'’-]*$/u;

/** Reads one name from `words` at `start`; returns how many words it used, or 0. */
function nameLength(words: readonly string[], start: number): number {
  let n = 0;
  let last = 0;
  while (start + n < words.length && n < 6) {
    const w = words[start + n] ?? '';
    if (NAME_WORD.test(w) && !NOT_NAME_WORDS.has(w)) last = ++n;
    else if (PARTICLES.has(w) && n > 0) n++;
    else break;
  }
  return last;
}

/**
 * The directors a summary's first sentence names after "directed by", or undefined when it
 * does not name them plainly: a single word ("Joel and Ethan Coen" gives "Joel"), a phrase
 * ("the Russo brothers"), or a first sentence about another film (a remake's original).
 */
export function directorsFromSummary(extract: string): string[] | undefined {
  const m = /(^|[^-\p{L}])directed by /u.exec(extract);
  if (!m) return undefined;
  const before = extract.slice(0, m.index);
  // Only the first sentence: a period after a lower-case word, then a capital, ends it.
  if (/[\p{Ll}\d)]{2}[.!?]\s+\p{Lu}/u.test(before)) return undefined;
  if (/remake|sequel|prequel|based on|version of|adaptation|spin-off|follow-up|same name|original|co-direct/i.test(before)) return undefined;
  const rest = extract.slice(m.index + m[0].length);
  // Words with their trailing punctuation split off: "Zemeckis," → "Zemeckis", ",".
  const tokens = rest
    .slice(0, 300)
    .split(/\s+/)
    .flatMap((t) => {
      const p = /^(.*?)([,;:.)]*)$/u.exec(t);
      const word = p?.[1] ?? t;
      const punct = p?.[2] ?? '';
      // Initials keep their period ("B.", "D.W."); a sentence's last word gives it up.
      if (punct.startsWith('.') && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return [`${word}.`, ...(punct.length > 1 ? [punct.slice(1)] : [])];
      return punct ? [word, punct] : [word];
    })
    .filter((t) => t !== '');
  const names: string[] = [];
  let i = 0;
  for (;;) {
    const len = nameLength(tokens, i);
    if (len === 0) return undefined;
    names.push(tokens.slice(i, i + len).join(' '));
    i += len;
    const next = tokens[i];
    if (next === ',' && tokens[i + 1] === 'and' && nameLength(tokens, i + 2) > 0) i += 2;
    else if ((next === ',' || next === 'and') && nameLength(tokens, i + 1) > 0) i += 1;
    else {
      // What follows the list must end it: punctuation, a lower-case word ("and starring"), or the end.
      if (next !== undefined && !/^[(,;:.)]/.test(next) && !/^\p{Ll}/u.test(next)) return undefined;
      break;
    }
  }
  // One-word names are half a name ("Joel and Ethan Coen") or a mononym we cannot tell from one.
  if (names.some((n) => !n.includes(' '))) return undefined;
  return names;
}

/** The first sentence calls it a television film. */
const TELEVISION = /\b(?:television|TV)(?:[- ]made)? (?:film|movie)\b|\bmade-for-(?:television|TV)\b|\btelefilm\b/i;

function firstSentence(extract: string): string {
  const m = /[\p{Ll}\d)]{2}[.!?](?=\s+\p{Lu})/u.exec(extract);
  return m ? extract.slice(0, m.index + m[0].length) : extract;
}

type Entry = Readonly<Record<string, unknown>>;

export function importWikipedia(files: readonly TableFile[], options: ImportOptions = {}): ImportResult {
  const names = files.map((f) => f.name).join(', ');
  const b = new DeckBuilder(
    {
      id: options.id ?? 'wikipedia-american-films',
      title: options.title ?? 'American films (Wikipedia)',
      description: options.description ?? "American films from Wikipedia's lists of films by year, with their principal cast and genres.",
      sources: [
        {
          ...tableSource({ id: SOURCE, title: 'Wikipedia', kind: 'reference', publisher: 'Wikimedia Foundation' }, { name: names, text: '' }),
          note: `Imported from ${names} (Wikipedia's lists of American films by year) with npm run deck:import.`,
        },
      ],
    },
    options.now,
  );
  let rows = 0;
  const articles = new Map<string, string>();
  for (const file of files) {
    const entries = parseJsonArray(file);
    rows += entries.length;
    objectEntries(file, entries, (where, what, reason) => b.skip(where, what, reason)).forEach(({ where, entry }) => {
      const e = entry as Entry;
      const title = cleanText(e.title);
      const what = `${title.ok ? title.text : String(e.title)} (${String(e.year)})`;
      if (!title.ok) {
        b.skip(where, what, `title: ${title.reason}`);
        return;
      }
      if (title.repaired) b.repair(where, what, title.repaired);
      if (typeof e.year !== 'number' || !Number.isInteger(e.year)) {
        b.skip(where, what, `unreadable year ${JSON.stringify(e.year)}`);
        return;
      }
      const extract = typeof e.extract === 'string' ? e.extract : '';
      if (TELEVISION.test(firstSentence(extract))) {
        b.skip(where, what, 'a television film: its summary says so');
        return;
      }
      const href = typeof e.href === 'string' ? e.href : undefined;
      const seen = href ? articles.get(href) : undefined;
      if (seen) {
        b.skip(where, what, `the same Wikipedia article "${href}" as ${seen}: one film listed twice`);
        return;
      }
      const cast: CastCredit[] = [];
      for (const c of Array.isArray(e.cast) ? e.cast : []) {
        if (typeof c !== 'string') continue;
        const name = personName(c);
        if (!name.ok) continue;
        const person = b.person(name.name, SOURCE);
        if (!cast.some((x) => x.person === person)) cast.push({ person, source: SOURCE });
      }
      const directors: Credit[] = (directorsFromSummary(extract) ?? []).map((n) => ({ person: b.person(n, SOURCE), source: SOURCE }));
      const genres = (Array.isArray(e.genres) ? e.genres : []).flatMap((g) => {
        const c = cleanText(g);
        return c.ok ? [c.text] : [];
      });
      const draft: FilmDraft = {
        title: title.text,
        year: e.year,
        source: SOURCE,
        ...(directors.length > 0 ? { directors } : {}),
        ...(cast.length > 0 ? { cast } : {}),
        ...(genres.length > 0 ? { genres: [...new Set(genres)] } : {}),
      };
      const reason = b.addFilm(draft, where);
      if (reason) b.skip(where, what, reason);
      else if (href) articles.set(href, where);
    });
  }
  return b.build(rows);
}
