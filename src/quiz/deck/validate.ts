/**
 * Deck validation beyond the shape: the schema says what a deck looks like, these checks
 * say whether its facts hang together. Every problem names a JSON path; the deck checker
 * turns paths into `file:line:column` with the positions of the parsed text.
 */
import { factSource } from './fact-path';
import type { z } from 'zod';
import { equivalenceKey } from '../text';
import { type Deck, DeckSchema, FIRST_FILM_YEAR } from './schema';

export type JsonPath = readonly (string | number)[];

export interface DeckProblem {
  readonly path: JsonPath;
  readonly message: string;
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; problems: DeckProblem[] };

/**
 * Byte sequences that only appear when text was decoded with the wrong table: UTF-8 read
 * as Windows-1252 (Ã©, â€™), or as GBK (鈥), and Latin-1 read as Mac Roman, which turns
 * "Léon" into "LÈon" and "più" into "pi˘" (a capital accented vowel inside a lower-case
 * word, or a symbol glued to letters, never happens in real titles or names).
 */
const MOJIBAKE =
  /鈥|Ã[\u0080-\u00bf©¨¡¢£¤¥¦§ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]|â€|Â[\u00a0-\u00bf]|\uFFFD|国际传媒|[A-Za-z][ÈÍËÎÏÌÓÔÒÚÛÙ][a-z]|[a-z\d][˘‰‡Ω]|[a-km-z]·[a-z]/;
const HTML = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
// Tab, newline and carriage return are allowed in prose fields; every other C0/C1 control is not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

/** What is wrong with a piece of deck text, if anything: importers use it to skip rows the deck would reject. */
export function textIssues(value: string): string[] {
  const out: string[] = [];
  if (MOJIBAKE.test(value)) out.push(`garbled text (mojibake) in "${value.slice(0, 60)}"`);
  if (HTML.test(value)) out.push(`HTML markup or entity in "${value.slice(0, 60)}"`);
  if (CONTROL.test(value)) out.push('control character in text');
  return out;
}

function textProblems(value: unknown, path: (string | number)[], out: DeckProblem[]): void {
  if (typeof value === 'string') {
    for (const message of textIssues(value)) out.push({ path, message });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) textProblems(v, [...path, i], out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) textProblems(v, [...path, k], out);
  }
}

/** The parts of a film that say which film it is. */
export interface FilmIdentity {
  readonly title: string;
  readonly year: number;
  readonly directors?: readonly { readonly person: string }[];
}

/**
 * Whether two film records with different years are most likely one film recorded twice:
 * the same title and a director in common, a year or two apart. Remakes by their own
 * director (Hitchcock's The Man Who Knew Too Much, 1934 and 1956) are further apart.
 */
export function sameFilmOtherYear(a: FilmIdentity, b: FilmIdentity): boolean {
  if (a.year === b.year || Math.abs(a.year - b.year) > 2) return false;
  if (equivalenceKey(a.title) !== equivalenceKey(b.title)) return false;
  const directors = new Set((a.directors ?? []).map((d) => d.person));
  return (b.directors ?? []).some((d) => directors.has(d.person));
}

/** Checks one deck. `now` gives the current year so "after next year" can be judged. */
export function validateDeck(raw: unknown, now: Date = new Date()): DeckResult {
  const problems: DeckProblem[] = [];
  textProblems(raw, [], problems);
  const parsed = DeckSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ path: issue.path as (string | number)[], message: describeIssue(issue) });
    return { ok: false, problems };
  }
  const deck = parsed.data;
  const latest = now.getUTCFullYear() + 1;
  const sources = new Set<string>();
  deck.sources.forEach((s, i) => {
    if (sources.has(s.id)) problems.push({ path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
    sources.add(s.id);
  });
  const people = new Set<string>();
  deck.people.forEach((p, i) => {
    if (people.has(p.id)) problems.push({ path: ['people', i, 'id'], message: `duplicate person id "${p.id}"` });
    people.add(p.id);
    if (p.born !== undefined && (p.born < 1800 || p.born > latest)) problems.push({ path: ['people', i, 'born'], message: `impossible birth year ${p.born}` });
  });
  const films = new Set<string>();
  deck.films.forEach((f, i) => {
    if (films.has(f.id)) problems.push({ path: ['films', i, 'id'], message: `duplicate film id "${f.id}"` });
    films.add(f.id);
  });
  const titleYear = new Map<string, number>();
  const byTitle = new Map<string, number[]>();
  deck.films.forEach((f, i) => {
    const at = (...rest: (string | number)[]) => ['films', i, ...rest];
    if (f.year < FIRST_FILM_YEAR || f.year > latest) problems.push({ path: at('year'), message: `impossible year ${f.year}: films date from ${FIRST_FILM_YEAR} to ${latest}` });
    const key = `${f.title.toLowerCase()}|${f.year}`;
    const earlier = titleYear.get(key);
    if (earlier !== undefined) problems.push({ path: at('title'), message: `the same film as films[${earlier}] ("${f.title}", ${f.year}) under another id` });
    else titleYear.set(key, i);
    const titleKey = equivalenceKey(f.title);
    const sameTitle = byTitle.get(titleKey) ?? [];
    const twin = sameTitle.find((j) => {
      const g = deck.films[j];
      return g !== undefined && sameFilmOtherYear(g, f);
    });
    if (twin !== undefined) {
      const g = deck.films[twin];
      problems.push({ path: at('year'), message: `the same film as films[${twin}] ("${g?.title}", ${g?.year}: same title and director) with a different year` });
    }
    sameTitle.push(i);
    byTitle.set(titleKey, sameTitle);
    checkRefs(f, at, people, films, sources, problems);
    f.awards?.forEach((a, j) => {
      if (a.year < FIRST_FILM_YEAR || a.year > latest) problems.push({ path: at('awards', j, 'year'), message: `impossible award year ${a.year}` });
      if (a.presented !== undefined && (a.presented <= a.year || a.presented > latest)) {
        problems.push({ path: at('awards', j, 'presented'), message: `presented in ${a.presented}: a retroactive award is presented after its year ${a.year}, and not in the future` });
      }
      if (a.year < f.year - 1) problems.push({ path: at('awards', j, 'year'), message: `award year ${a.year} is before the film's year ${f.year}` });
    });
    f.references?.forEach((r, j) => {
      if (r.film === f.id) problems.push({ path: at('references', j, 'film'), message: 'a film cannot be a reference for itself' });
    });
  });
  deck.people.forEach((p, i) => {
    if (!sources.has(p.source)) problems.push({ path: ['people', i, 'source'], message: `unknown source "${p.source}"` });
    for (const [field, s] of Object.entries(p.sourceFor ?? {})) if (s && !sources.has(s)) problems.push({ path: ['people', i, 'sourceFor', field], message: `unknown source "${s}"` });
    p.education?.forEach((e, j) => {
      if (!sources.has(e.source)) problems.push({ path: ['people', i, 'education', j, 'source'], message: `unknown source "${e.source}"` });
    });
    p.trivia?.forEach((t, j) => {
      if (!sources.has(t.source)) problems.push({ path: ['people', i, 'trivia', j, 'source'], message: `unknown source "${t.source}"` });
    });
  });
  // A trivia line that restates another fact must name one the deck has.
  for (const [kind, list] of [
    ['films', deck.films],
    ['people', deck.people],
  ] as const) {
    list.forEach((x, i) => {
      x.trivia?.forEach((t, j) => {
        t.restates?.forEach((path, k) => {
          if (factSource(deck, path) === undefined) problems.push({ path: [kind, i, 'trivia', j, 'restates', k], message: `no fact "${path}" in this deck` });
        });
      });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, deck };
}

function checkRefs(
  f: Deck['films'][number],
  at: (...rest: (string | number)[]) => (string | number)[],
  people: Set<string>,
  films: Set<string>,
  sources: Set<string>,
  problems: DeckProblem[],
): void {
  const source = (s: string, ...path: (string | number)[]) => {
    if (!sources.has(s)) problems.push({ path: at(...path), message: `unknown source "${s}"` });
  };
  const person = (p: string, ...path: (string | number)[]) => {
    if (!people.has(p)) problems.push({ path: at(...path), message: `unknown person "${p}": add them to "people"` });
  };
  source(f.source, 'source');
  for (const [field, s] of Object.entries(f.sourceFor ?? {})) if (s) source(s, 'sourceFor', field);
  for (const list of ['directors', 'writers', 'producers', 'cinematographers', 'productionDesigners', 'cast'] as const) {
    f[list]?.forEach((c, j) => {
      person(c.person, list, j, 'person');
      source(c.source, list, j, 'source');
    });
  }
  f.awards?.forEach((a, j) => {
    source(a.source, 'awards', j, 'source');
    for (const [k, p] of (a.people ?? []).entries()) person(p, 'awards', j, 'people', k);
  });
  f.references?.forEach((r, j) => {
    source(r.source, 'references', j, 'source');
    if (!films.has(r.film)) problems.push({ path: at('references', j, 'film'), message: `unknown film "${r.film}": add it to "films"` });
  });
  for (const list of ['settings', 'shotOn', 'trivia'] as const) {
    for (const [j, x] of (f[list] ?? []).entries()) source(x.source, list, j, 'source');
  }
  if (f.budget) source(f.budget.source, 'budget', 'source');
  if (f.boxOffice) source(f.boxOffice.source, 'boxOffice', 'source');
}


export function formatPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(deck)';
}
