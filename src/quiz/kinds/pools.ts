/**
 * Lookups the kinds share, built lazily once per deck index. A draft must not scan every
 * film or person of a 36,000-film deck: distractors are found by walking outward from a
 * year in a year-sorted list, which touches only the neighbourhood a question needs.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Award, Film, Gender, Person } from '../deck/schema';
import { equivalenceKey } from '../text';
import { isAnimatedAward, prizeKey } from './awards';

export interface AwardEntry {
  readonly film: Film;
  readonly award: Award;
  /** Position in the film's `awards`, for fact paths. */
  readonly at: number;
}

export interface Credit {
  readonly person: Person;
  readonly film: Film;
}

export interface Pools {
  /** Every film, by year, then id. */
  readonly byYear: readonly Film[];
  readonly latestYear: number;
  /** A film's place in `byYear`. */
  position(f: Film): number;
  /** The films of one year, by id. */
  inYear(year: number): readonly Film[];
  /** Films whose title is equivalent to this one's, itself included. */
  sameTitle(f: Film): readonly Film[];
  /** Whether another film has an equivalent title: in this deck, or as the deck marks it (`sharedTitle`). */
  titleShared(f: Film): boolean;
  /** The key a person's name is compared by. */
  nameKey(personId: string): string;
  /** People whose names are equivalent to this key. */
  namesakes(nameKey: string): readonly Person[];
  /** One entry per directing credit, by film year. */
  readonly directing: readonly Credit[];
  /** One entry per cast credit, by film year. */
  readonly acting: readonly Credit[];
  /** One entry per credit in one job (writers, cinematographers…), by film year. */
  credits(list: CreditList): readonly Credit[];
  /** A person's credits on the deck's films, in any job, with where each sits in its list. */
  creditsOf(personId: string): readonly PersonCredit[];
  /** Entries of one award (body, year, category) across all films. */
  awardsAt(award: Award): readonly AwardEntry[];
  /** Entries of one body's category across all years, by year. */
  awardHistory(body: Award['body'], category: string): readonly AwardEntry[];
  /** Every school any person is recorded as attending, by label, with who attended. */
  readonly schools: ReadonlyMap<string, readonly Person[]>;
  /** A person's working years: their first and last credited year in the deck (any credit, or an award). */
  career(personId: string): Career | undefined;
  /** A person's gender: as the deck records it, or as its acting awards say (Best Actress, Best Actor); undefined if neither, or if they disagree. */
  gender(personId: string): Gender | undefined;
}

export interface PersonCredit {
  readonly film: Film;
  readonly list: CreditList;
  /** Position in the film's list, for fact paths. */
  readonly at: number;
}

export interface Career {
  readonly first: number;
  readonly last: number;
}

/**
 * How many years either side of a person's credits still count as their working years: a
 * wrong option outside them (a film from before they were born, a director who retired
 * decades before) can be ruled out at once.
 */
export const CAREER_SLACK = 5;

/** Whether `year` falls within a person's working years, with slack. */
export function inCareer(p: Pools, personId: string, year: number): boolean {
  const c = p.career(personId);
  return c !== undefined && year >= c.first - CAREER_SLACK && year <= c.last + CAREER_SLACK;
}

/** The gender an acting category calls for. */
export function genderOfCategory(category: string): Gender | undefined {
  if (/actress/i.test(category)) return 'female';
  if (/actor/i.test(category)) return 'male';
  return undefined;
}

const cache = new WeakMap<DeckIndex, Pools>();

/** Builds every lazy lookup now, so the first questions asked do not pay for them. */
export function warmPools(index: DeckIndex): void {
  const p = pools(index);
  void p.byYear.length;
  void p.latestYear;
  if (p.byYear[0]) {
    p.position(p.byYear[0]);
    p.sameTitle(p.byYear[0]);
    p.titleShared(p.byYear[0]);
    p.inYear(p.byYear[0].year);
  }
  void p.directing.length;
  void p.acting.length;
  void p.schools.size;
  if (index.people[0]) {
    p.career(index.people[0].id);
    p.gender(index.people[0].id);
  }
  if (index.people[0]) p.namesakes(p.nameKey(index.people[0].id));
  const award = index.films.find((f) => f.awards?.length)?.awards?.[0];
  if (award) {
    p.awardsAt(award);
    p.awardHistory(award.body, award.category);
  }
}

/** Every list of a film that credits people, directors first and the cast last (the order a job question offers them in). */
export const CREDIT_LISTS = ['directors', 'writers', 'producers', 'cinematographers', 'productionDesigners', 'cast'] as const;
export type CreditList = (typeof CREDIT_LISTS)[number];

const byYearThenId = (a: { year: number; id: string }, b: { year: number; id: string }) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const awardKeys = new WeakMap<Award, string>();

/** One award: body, year and category (case aside). */
export function awardKey(a: Award): string {
  let k = awardKeys.get(a);
  if (k === undefined) {
    k = `${a.body}|${a.year}|${a.category.toLowerCase()}`;
    awardKeys.set(a, k);
  }
  return k;
}

/** One award category across years: body and category. */
export const categoryKey = (a: Award) => `${a.body}|${a.category.toLowerCase()}`;

export interface FilmAwards {
  /** Award keys the film won. */
  readonly won: ReadonlySet<string>;
  /** Award keys the film was up for, won or not. */
  readonly up: ReadonlySet<string>;
  /** For each category key, the years the film was up for it. */
  readonly years: ReadonlyMap<string, ReadonlySet<number>>;
  /** For each prize (one prize under all its names, see `prizeKey`), the years the film was up for it. */
  readonly prizes: ReadonlyMap<string, ReadonlySet<number>>;
}

const filmAwardCache = new WeakMap<Film, FilmAwards>();

/** A film's awards, keyed for quick "did it win this?" checks. */
export function filmAwards(f: Film): FilmAwards {
  let hit = filmAwardCache.get(f);
  if (!hit) {
    const won = new Set<string>();
    const up = new Set<string>();
    const years = new Map<string, Set<number>>();
    const prizes = new Map<string, Set<number>>();
    const add = (map: Map<string, Set<number>>, key: string, year: number) => {
      const ys = map.get(key);
      if (ys) ys.add(year);
      else map.set(key, new Set([year]));
    };
    for (const a of f.awards ?? []) {
      const k = awardKey(a);
      up.add(k);
      if (a.result === 'won') won.add(k);
      add(years, categoryKey(a), a.year);
      add(prizes, prizeKey(a), a.year);
    }
    hit = { won, up, years, prizes };
    filmAwardCache.set(f, hit);
  }
  return hit;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

function group<K, V>(items: Iterable<V>, keyOf: (v: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const v of items) {
    const k = keyOf(v);
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  }
  return map;
}

export function pools(index: DeckIndex): Pools {
  const hit = cache.get(index);
  if (hit) return hit;
  const byYear = lazy(() => [...index.films].sort(byYearThenId));
  const shared = lazy(() => new Set([...titles().values()].filter((list) => list.length > 1).flatMap((list) => list.map((f) => f.id))));
  const years = lazy(() => group(byYear(), (f) => f.year));
  const positions = lazy(() => new Map(byYear().map((f, i) => [f.id, i])));
  const titles = lazy(() => group(index.films, (f) => equivalenceKey(f.title)));
  const names = lazy(() => new Map(index.people.map((p) => [p.id, equivalenceKey(p.name)])));
  const namesakes = lazy(() => group(index.people, (p) => equivalenceKey(p.name)));
  const creditsBy = new Map<CreditList, () => Credit[]>();
  const credits = (list: CreditList) => {
    let made = creditsBy.get(list);
    if (!made) {
      made = lazy(() => byYear().flatMap((film) => (film[list] ?? []).map((c) => ({ person: index.person(c.person), film }))));
      creditsBy.set(list, made);
    }
    return made;
  };
  const directing = credits('directors');
  const acting = credits('cast');
  const awardEntries = lazy(() => byYear().flatMap((film) => (film.awards ?? []).map((award, at) => ({ film, award, at }))));
  const awardsAt = lazy(() => group(awardEntries(), (e) => awardKey(e.award)));
  const history = lazy(() => group(awardEntries(), (e) => categoryKey(e.award)));
  const schools = lazy(() => {
    const map = new Map<string, Person[]>();
    for (const p of index.people) {
      for (const e of p.education ?? []) {
        const list = map.get(e.school);
        if (!list) map.set(e.school, [p]);
        else if (!list.includes(p)) list.push(p);
      }
    }
    return map;
  });
  const latest = lazy(() => index.films.reduce((m, f) => Math.max(m, f.year), Number.NEGATIVE_INFINITY));
  const personCredits = lazy(() => {
    const map = new Map<string, PersonCredit[]>();
    for (const film of index.films) {
      for (const list of CREDIT_LISTS) {
        (film[list] ?? []).forEach((c, at) => {
          const mine = map.get(c.person);
          if (mine) mine.push({ film, list, at });
          else map.set(c.person, [{ film, list, at }]);
        });
      }
    }
    return map;
  });
  const careers = lazy(() => {
    const map = new Map<string, { first: number; last: number }>();
    const credit = (id: string, year: number) => {
      const c = map.get(id);
      if (!c) map.set(id, { first: year, last: year });
      else if (year < c.first) c.first = year;
      else if (year > c.last) c.last = year;
    };
    for (const f of index.films) {
      for (const list of CREDIT_LISTS) for (const c of f[list] ?? []) credit(c.person, f.year);
      for (const a of f.awards ?? []) for (const id of a.people ?? []) credit(id, a.year);
    }
    return map;
  });
  const genders = lazy(() => {
    const map = new Map<string, Gender | null>();
    for (const f of index.films) {
      for (const a of f.awards ?? []) {
        const g = genderOfCategory(a.category);
        if (!g) continue;
        for (const id of a.people ?? []) {
          const had = map.get(id);
          map.set(id, had === undefined || had === g ? g : null);
        }
      }
    }
    for (const p of index.people) {
      if (p.gender === undefined) continue;
      const had = map.get(p.id);
      map.set(p.id, had === undefined || had === p.gender ? p.gender : null);
    }
    return map;
  });
  const made: Pools = {
    get byYear() {
      return byYear();
    },
    get latestYear() {
      return latest();
    },
    position: (f) => positions().get(f.id) ?? 0,
    inYear: (year) => years().get(year) ?? [],
    sameTitle: (f) => (shared().has(f.id) ? (titles().get(equivalenceKey(f.title)) ?? [f]) : [f]),
    titleShared: (f) => f.sharedTitle === true || shared().has(f.id),
    nameKey: (id) => names().get(id) ?? '',
    namesakes: (key) => namesakes().get(key) ?? [],
    get directing() {
      return directing();
    },
    get acting() {
      return acting();
    },
    credits: (list) => credits(list)(),
    awardsAt: (a) => awardsAt().get(awardKey(a)) ?? [],
    awardHistory: (body, category) => history().get(`${body}|${category.toLowerCase()}`) ?? [],
    get schools() {
      return schools();
    },
    creditsOf: (id) => personCredits().get(id) ?? [],
    career: (id) => careers().get(id),
    gender: (id) => genders().get(id) ?? undefined,
  };
  cache.set(index, made);
  return made;
}

/** The first position in a year-sorted list whose year is at least `year`. */
function lowerBound<T>(sorted: readonly T[], yearOf: (t: T) => number, year: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (yearOf(sorted[mid] as T) < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far a walk looks before giving up: bounds a draft's cost on any deck. */
const MAX_SCAN = 1500;

/**
 * Items of a year-sorted list nearest in year to `year` that pass `keep`, nearest first,
 * up to `want` of them. The walk starts at `start` (default: the first item of `year`)
 * and steps to whichever side is nearer in year, alternating on ties. Starting from a
 * film's own place means its neighbours among hundreds of same-year films are the ones
 * around it, not always the first few of that year.
 */
export function nearestInYear<T>(sorted: readonly T[], yearOf: (t: T) => number, year: number, keep: (t: T) => boolean, want: number, start?: number): T[] {
  const out: T[] = [];
  let hi = start ?? lowerBound(sorted, yearOf, year);
  let lo = hi - 1;
  let scanned = 0;
  let upward = true;
  while ((lo >= 0 || hi < sorted.length) && scanned < MAX_SCAN && out.length < want) {
    const dLo = lo >= 0 ? Math.abs(year - yearOf(sorted[lo] as T)) : Number.POSITIVE_INFINITY;
    const dHi = hi < sorted.length ? Math.abs(yearOf(sorted[hi] as T) - year) : Number.POSITIVE_INFINITY;
    const up = dHi < dLo || (dHi === dLo && upward);
    upward = !upward;
    const item = (up ? sorted[hi++] : sorted[lo--]) as T;
    scanned++;
    if (keep(item)) out.push(item);
  }
  return out;
}

const genreCache = new WeakMap<Film, ReadonlySet<string>>();

function genresOf(f: Film): ReadonlySet<string> {
  let set = genreCache.get(f);
  if (!set) {
    set = new Set((f.genres ?? []).map((g) => g.toLowerCase()));
    genreCache.set(f, set);
  }
  return set;
}

/**
 * How plausible `b` is next to `a`, in "years apart": era and kind (animated or not) first,
 * then how well known each is, then whether they share a genre. Lower is more plausible.
 */
export function filmDistance(index: DeckIndex, a: Film, b: Film): number {
  // An animated film beside live-action ones (Inside Out for a logline of Son of Saul) is ruled out at a glance.
  const years = Math.abs(a.year - b.year) + (isAnimated(a) === isAnimated(b) ? 0 : 12);
  const fame = 4 * Math.abs(index.fame(a.id) - index.fame(b.id));
  let genre = 0.75;
  if (a.genres?.length && b.genres?.length) {
    const ga = genresOf(a);
    genre = 1.5;
    for (const g of genresOf(b)) if (ga.has(g)) genre = 0;
  }
  return years + fame + genre;
}

/** How many neighbours a distractor walk collects: the generator keeps the most plausible few. */
export const NEIGHBOURS = 16;

/**
 * Films near `f` in era that pass `keep`; never `f` itself. The generator ranks them by
 * `filmDistance` (era, then fame and genre). `from` moves the centre of the walk, for
 * kinds that want only later films.
 */
export function nearbyFilms(index: DeckIndex, f: Film, keep: (g: Film) => boolean, want = NEIGHBOURS, from = f.year): Film[] {
  const p = pools(index);
  const start = from === f.year ? p.position(f) : undefined;
  return nearestInYear(p.byYear, (g) => g.year, from, (g) => g.id !== f.id && keep(g), want, start);
}

/** Under this age at the time, a part is a child's, and someone named by it was a child in it. */
export const GROWN_UP_AT = 16;

const animatedCache = new WeakMap<Film, boolean>();

/** Whether the deck says a film is animated: by its genres, or an Animated Feature nomination. */
export function isAnimated(g: Film): boolean {
  let hit = animatedCache.get(g);
  if (hit === undefined) {
    hit = (g.genres ?? []).some((x) => /animat/i.test(x)) || (g.awards ?? []).some(isAnimatedAward);
    animatedCache.set(g, hit);
  }
  return hit;
}

/** How a part in the film is played: "voiced" in an animated film, "played" otherwise. */
export const playedIn = (f: Film): 'voiced' | 'played' => (isAnimated(f) ? 'voiced' : 'played');

/**
 * How unlike film `b` is to film `a`, in "years", for ranking wrong options: a voice actor
 * offered for a live-action part, or a director of animation for a live-action film, is
 * ruled out at a glance; so, often, is a name from another language's cinema. Added to a
 * person's distance, so that people of the film's kind and language come first.
 */
export function unlikeness(a: Film, b: Film): number {
  let d = isAnimated(a) === isAnimated(b) ? 0 : 12;
  const la = a.languages?.[0];
  const lb = b.languages?.[0];
  if (la !== undefined && lb !== undefined && la !== lb) d += 6;
  return d;
}

/**
 * People credited near `year` (one per person, nearest kept credit first, with that credit's
 * film) that pass `keep`, which may judge the credit's film too (a voice part for a voice part).
 */
export function nearbyPeople(
  credits: readonly Credit[],
  year: number,
  keep: (p: Person, film: Film) => boolean,
  want = NEIGHBOURS,
): { person: Person; years: number; film: Film }[] {
  const seen = new Set<string>();
  const out: { person: Person; years: number; film: Film }[] = [];
  nearestInYear(
    credits,
    (c) => c.film.year,
    year,
    (c) => {
      if (seen.has(c.person.id) || !keep(c.person, c.film)) return false;
      seen.add(c.person.id);
      out.push({ person: c.person, years: Math.abs(c.film.year - year), film: c.film });
      return true;
    },
    want,
  );
  return out;
}
