/**
 * Facts cited to a source article say what the article says (issue #11, point 6). The
 * articles are the stored copies in ../shared/seeds (see its README): every deck source of
 * kind "article" must be one of them, found by its headline, and every fact cited to it
 * must name only what the article names: the film or person the fact is about, every
 * name, title and place it states (runs of capitalised words), every number (a year near
 * the film's title), and every quotation word for word.
 *
 * The copy of the AP article was saved with a broken encoding: its UTF-8 bytes were read as
 * GBK, so curly quotes and dashes appear as `鈥…` and an accent as `虂`, and a site name
 * replaced part of a word. `repairText` undoes that before anything is compared. Names the
 * damaged copy lost (The Florida Project, Red Rocket, The Brutalist, Mike Leigh…) are not
 * in it, so a fact that needs them must be cited to where they are known from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck, Film, Person } from '../../src/quiz/deck/schema';
import { validateDeck } from '../../src/quiz/deck/validate';

const SEEDS = resolve(process.cwd(), '../shared/seeds');
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`source-article tests SKIPPED: ${SEEDS} is missing, so no fact was checked against its article`);

/**
 * Claims the article supports in other words, keyed "deck file|fact path|claim". A key
 * that matches nothing fails the test, so the list stays honest.
 */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'sean-baker.json|people.sean-baker.trivia[8]|Cannes Film Festival':
    'The AP article calls it "the French festival", right after the sentence (lost in the damaged copy) on Anora winning the Palme d’Or there.',
};

/** Words an article writes for a name a fact uses: the same thing, said the article's way. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'New York University': ['NYU'],
};

/** Capitalised words that start a sentence without naming anything. */
const STARTERS = new Set(
  'a an as at by for from he her his in it its of on once she some the their they this when while with after before during since until'.split(' '),
);

// ---------------------------------------------------------------- the text

let gbk: Map<string, number[]> | undefined;

/** Each GBK double-byte character and the two bytes it is read from. */
function gbkBytes(): Map<string, number[]> {
  if (gbk) return gbk;
  const decoder = new TextDecoder('gbk');
  gbk = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !gbk.has(ch)) gbk.set(ch, [lead, trail]);
    }
  }
  return gbk;
}

/**
 * The article as it was written. A copy whose UTF-8 was read as GBK (it has `鈥`, the
 * first two bytes of every curly quote and dash) is turned back into its bytes and read
 * as UTF-8; a byte the bad copy dropped leaves a dash or quote unreadable, which is only
 * punctuation. The site's name that replaced "Connect" in The French Connection, and
 * stands alone as the page's first line, goes first (seeds README).
 */
function repairText(raw: string): string {
  if (!raw.includes('鈥')) return raw.normalize('NFC');
  const text = raw.replace(/sa国际传媒ion/g, 'Connection').replace(/sa国际传媒/g, '');
  const table = gbkBytes();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const pair = code < 0x80 ? undefined : table.get(ch);
    if (code < 0x80) bytes.push(code);
    else if (pair) bytes.push(...pair);
    else bytes.push(...new TextEncoder().encode(ch));
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes)).replace(/\ufffd/g, '—').normalize('NFC');
}

/** Lower-case ASCII words: accents, quotes, dashes and other punctuation gone. */
function plain(text: string): string {
  return ` ${text
    .replace(/½/g, ' 1/2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** For quotations: case and the kind of quote mark aside, the same characters. */
function verbatim(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?—-]+|[\s"'.,;:!?—-]+$/g, '');
}

// ---------------------------------------------------------------- what a fact states

type Claim = { readonly kind: 'term'; readonly text: string } | { readonly kind: 'quote'; readonly text: string } | { readonly kind: 'near'; readonly text: string; readonly anchor: string };

const term = (text: string): Claim => ({ kind: 'term', text });

/**
 * The names, titles, places, numbers and quotations a sentence states: quoted passages;
 * runs of capitalised words ("New York City", "Palme d'Or", "The Taking of Pelham One Two
 * Three"), ended by a possessive and stripped of a sentence's opening word ("When", "His");
 * and every number.
 */
function statedIn(sentence: string): Claim[] {
  const out: Claim[] = [];
  for (const m of sentence.matchAll(/["“]([^"”]+)["”]/g)) out.push({ kind: 'quote', text: m[1] ?? '' });
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && STARTERS.has((run[0] ?? '').toLowerCase())) run.shift();
    while (run.length > 0 && /^(of|the)$/.test(run[run.length - 1] ?? '')) run.pop();
    if (run.length > 0) out.push(term(run.join(' ')));
    run = [];
  };
  for (const token of sentence.match(/[^\s"“”()]+|["“”()]/g) ?? []) {
    const word = token.replace(/[.,;:!?]+$/, '');
    const bare = word.replace(/['’]s$/, '');
    const capital = /^\p{Lu}/u.test(bare) || /^d['’]\p{Lu}/u.test(bare);
    if (capital || (run.length > 0 && /^(of|the)$/.test(bare))) run.push(bare);
    else flush();
    // A quotation mark, a comma or full stop, or a possessive ends a name.
    if (word !== token || bare !== word) flush();
  }
  flush();
  for (const m of sentence.matchAll(/\d+(?:[½]|\s1\/2)?/g)) out.push(term(m[0]));
  return dedupe(out);
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = `${c.kind}|${c.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface CitedFact {
  /** Where the fact is: "films.anora-2024.trivia[3]", "people.sean-baker.born". */
  readonly path: string;
  readonly source: string;
  readonly claims: readonly Claim[];
}

const FILM_FIELDS = ['year', 'runtime', 'countries', 'languages', 'logline', 'originalTitle'] as const;
const CREDITS = ['directors', 'writers', 'producers', 'cinematographers', 'productionDesigners'] as const;
const BODIES: Readonly<Record<string, string>> = { oscars: 'Academy Awards', cannes: 'Cannes', venice: 'Venice', berlin: 'Berlin' };

/** Every fact of a deck with its source and what it states. */
function citedFacts(deck: Deck): CitedFact[] {
  const out: CitedFact[] = [];
  const person = new Map(deck.people.map((p) => [p.id, p]));
  const film = new Map(deck.films.map((f) => [f.id, f]));
  const nameOf = (id: string) => person.get(id)?.name ?? id;
  for (const f of deck.films) out.push(...filmFacts(f, nameOf, (id) => film.get(id)?.title ?? id));
  for (const p of deck.people) out.push(...personFacts(p));
  return out;
}

function filmFacts(f: Film, nameOf: (id: string) => string, titleOf: (id: string) => string): CitedFact[] {
  const out: CitedFact[] = [];
  const at = `films.${f.id}`;
  const title = term(f.title);
  const add = (path: string, source: string, claims: Claim[]) => {
    out.push({ path: `${at}.${path}`, source, claims: dedupe([title, ...claims]) });
  };
  for (const field of FILM_FIELDS) {
    const value = f[field];
    if (value === undefined) continue;
    const source = f.sourceFor?.[field] ?? f.source;
    if (field === 'year' || field === 'runtime') add(field, source, [{ kind: 'near', text: String(value), anchor: f.title }]);
    else if (Array.isArray(value)) add(field, source, value.map(term));
    else if (field === 'logline') add(field, source, statedIn(String(value)));
    else add(field, source, [term(String(value))]);
  }
  for (const list of CREDITS) for (const [i, c] of (f[list] ?? []).entries()) add(`${list}[${i}]`, c.source, [term(nameOf(c.person))]);
  for (const [i, c] of (f.cast ?? []).entries()) add(`cast[${i}]`, c.source, [term(nameOf(c.person)), ...(c.character ? [term(c.character)] : [])]);
  for (const [i, s] of (f.settings ?? []).entries()) add(`settings[${i}]`, s.source, s.place.split(/,\s*/).map(term));
  for (const [i, s] of (f.shotOn ?? []).entries()) add(`shotOn[${i}]`, s.source, statedIn(s.format));
  for (const money of ['budget', 'boxOffice'] as const) {
    const m = f[money];
    if (m) add(money, m.source, [term(String(m.usd))]);
  }
  for (const [i, a] of (f.awards ?? []).entries()) {
    add(`awards[${i}]`, a.source, [
      term(BODIES[a.body] ?? a.body),
      term(a.category),
      ...(a.edition !== undefined ? [term(String(a.edition))] : []),
      term(String(a.year)),
      ...(a.people ?? []).map((p) => term(nameOf(p))),
    ]);
  }
  for (const [i, r] of (f.references ?? []).entries()) add(`references[${i}]`, r.source, [term(titleOf(r.film)), ...statedIn(r.how)]);
  for (const [i, t] of (f.trivia ?? []).entries()) add(`trivia[${i}]`, t.source, statedIn(t.text));
  return out;
}

function personFacts(p: Person): CitedFact[] {
  const out: CitedFact[] = [];
  const at = `people.${p.id}`;
  const name = term(p.name);
  const add = (path: string, source: string, claims: Claim[]) => {
    out.push({ path: `${at}.${path}`, source, claims: dedupe([name, ...claims]) });
  };
  add('name', p.sourceFor?.name ?? p.source, []);
  if (p.born !== undefined) add('born', p.sourceFor?.born ?? p.source, [{ kind: 'near', text: String(p.born), anchor: p.name }]);
  // No article here gives anyone's gender in so many words: it must be cited to where it is stated.
  if (p.gender !== undefined) add('gender', p.sourceFor?.gender ?? p.source, [term(`${p.gender} (an article is no source for a gender)`)]);
  for (const [i, e] of (p.education ?? []).entries()) add(`education[${i}]`, e.source, [term(e.school), ...(e.subject ? [term(e.subject)] : [])]);
  for (const [i, t] of (p.trivia ?? []).entries()) add(`trivia[${i}]`, t.source, statedIn(t.text));
  return out;
}

// ---------------------------------------------------------------- checking

/** Within this many characters of the title, in the article's plain text, a year or a number counts as that film's. */
const NEAR = 60;

interface Article {
  readonly file: string;
  readonly plain: string;
  readonly verbatim: string;
}

function supports(article: Article, claim: Claim): boolean {
  if (claim.kind === 'quote') return article.verbatim.includes(verbatim(claim.text));
  const spellings = [claim.text, ...(ALIASES[claim.text] ?? [])].map((s) => plain(s).trim()).filter(Boolean);
  if (claim.kind === 'term') return spellings.some((s) => article.plain.includes(` ${s} `));
  const anchor = plain(claim.anchor).trim();
  const number = spellings[0] ?? '';
  for (let at = article.plain.indexOf(` ${anchor} `); at >= 0; at = article.plain.indexOf(` ${anchor} `, at + 1)) {
    const around = article.plain.slice(Math.max(0, at - NEAR), at + anchor.length + NEAR);
    if (around.includes(` ${number} `)) return true;
  }
  return false;
}

const describeClaim = (c: Claim) => (c.kind === 'quote' ? `"${c.text}" (quoted)` : c.kind === 'near' ? `${c.text} (near "${c.anchor}")` : c.text);

interface Seed {
  readonly name: string;
  readonly article: Article;
}

function seeds(): Seed[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = repairText(readFileSync(join(SEEDS, name), 'utf8'));
      return { name, article: { file: name, plain: plain(text), verbatim: verbatim(text) } };
    });
}

/** The stored copy of an article source: the seed whose text carries its headline. */
function seedFor(title: string, all: readonly Seed[]): Seed | undefined {
  const headline = plain(title).trim();
  return all.find((s) => s.article.plain.includes(` ${headline} `));
}

/** Every claim of every fact cited to an article that the article does not support, as "path|claim". */
function unsupported(deck: Deck, articles: ReadonlyMap<string, Article>): { key: string; line: string }[] {
  const out: { key: string; line: string }[] = [];
  for (const fact of citedFacts(deck)) {
    const article = articles.get(fact.source);
    if (!article) continue;
    for (const claim of fact.claims) {
      if (supports(article, claim)) continue;
      out.push({ key: `${fact.path}|${claim.text}`, line: `${fact.path}: ${describeClaim(claim)} is not in ${fact.source} (${article.file})` });
    }
  }
  return out;
}

// ---------------------------------------------------------------- the tests

const shipped = readdirSync('questions')
  .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
  .sort()
  .map((file) => {
    const result = validateDeck(JSON.parse(readFileSync(join('questions', file), 'utf8')));
    if (!result.ok) throw new Error(`questions/${file} does not validate: run npm run deck:check`);
    return { file, deck: result.deck };
  });

const withArticles = shipped.filter((d) => d.deck.sources.some((s) => s.kind === 'article'));

describe.skipIf(!haveSeeds)('facts cited to the source articles in ../shared/seeds', () => {
  const all = haveSeeds ? seeds() : [];
  const used = new Set<string>();

  it('has decks that cite articles', () => {
    expect(withArticles.map((d) => d.file)).toContain('sean-baker.json');
  });

  describe.each(withArticles.map((d) => ({ ...d, name: d.file })))('$name', ({ file, deck }) => {
    const articles = new Map<string, Article>();
    const missing: string[] = [];
    for (const s of deck.sources.filter((x) => x.kind === 'article')) {
      const seed = seedFor(s.title, all);
      if (seed) articles.set(s.id, seed.article);
      else missing.push(`${s.id} ("${s.title}")`);
    }

    it('cites only articles stored in ../shared/seeds', () => {
      expect(missing, `no stored copy carries the headline of ${missing.join(', ')}`).toEqual([]);
    });

    it('states in each fact cited to an article only what that article says', () => {
      const lines = unsupported(deck, articles)
        .filter(({ key }) => {
          const k = `${file}|${key}`;
          if (k in EXCEPTIONS) {
            used.add(k);
            return false;
          }
          return true;
        })
        .map((u) => u.line);
      expect(lines, `${lines.length} claim(s) the articles do not make:\n${lines.join('\n')}`).toEqual([]);
    });
  });

  it('lists no exception that no longer matches an unsupported claim', () => {
    const present = new Set(withArticles.map((d) => d.file));
    const stale = Object.keys(EXCEPTIONS).filter((k) => present.has(k.split('|')[0] ?? '') && !used.has(k));
    expect(stale).toEqual([]);
  });

  describe('the check itself', () => {
    const ap = all.find((s) => s.name.startsWith('001_'))?.article;
    const indulge = all.find((s) => s.name.startsWith('000_'))?.article;
    const fact = (text: string): Deck => ({
      format: 1,
      id: 'doctored',
      title: 'Doctored',
      description: 'Facts changed on purpose.',
      sources: [
        { id: 'art', title: 'An article', kind: 'article' },
        { id: 'ref', title: 'A reference', kind: 'reference' },
      ],
      people: [{ id: 'sean-baker', name: 'Sean Baker', source: 'ref', trivia: [{ text, source: 'art' }] }],
      films: [{ id: 'anora-2024', title: 'Anora', year: 2024, source: 'ref' }],
    });
    const lines = (text: string, article: Article | undefined) => (article ? unsupported(fact(text), new Map([['art', article]])).map((u) => u.key) : ['no article']);

    it('repairs the mis-encoded copy', () => {
      expect(repairText('Baker鈥檚 鈥淪tarlet.鈥 Jesu虂s Franco')).toBe('Baker’s “Starlet.— Jesús Franco');
      expect(ap?.plain).toContain(' the chase scene in the french connection ');
      expect(ap?.verbatim).toContain('"i remember being on set and radium cheung, my dp,');
    });

    it('finds the donut shops moved from West Hollywood to Los Angeles', () => {
      const text = 'His films have been set everywhere from Los Angeles donut shops to industrial rural Texas.';
      expect(lines(text, ap)).toEqual(['people.sean-baker.trivia[0]|Los Angeles']);
      expect(lines(text.replace('Los Angeles donut shops', 'West Hollywood donut shops'), ap)).toEqual([]);
    });

    it('finds a name the damaged copy lost, a misquotation and a year the article does not give', () => {
      expect(lines('It shot The Brutalist in VistaVision.', ap)).toEqual(['people.sean-baker.trivia[0]|Brutalist']);
      expect(lines('He dedicated the award to "all sex workers, past, present and future."', indulge)).toEqual(['people.sean-baker.trivia[0]|all sex workers, past, present and future.']);
      expect(lines('He co-directed Take Out (2004).', ap)).toEqual(['people.sean-baker.trivia[0]|2004']);
    });
  });
});
