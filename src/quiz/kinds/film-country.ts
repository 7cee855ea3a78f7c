/**
 * "Which country is Parasite (2019) from?" A film's countries are asked only where the
 * deck declares them complete. Wrong options are countries of films from around its year,
 * then well-known film countries, and never one that did not exist that year (no West
 * Germany after 1990, no Soviet Union after 1991) or that a player could take for one of
 * the film's own (England for the United Kingdom, Russia for the Soviet Union). Only films
 * not in English are asked (see `countriesAskable`).
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film } from '../deck/schema';
import { equivalenceKey, listAnd } from '../text';
import { factRef, type Option, type QuestionKind } from './kind';
import { nearbyFilms } from './pools';
import { filmName, wording } from './shared';

/** Countries that existed, under that name, only for spans of years, by the name decks use. */
const EXISTED: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  'Soviet Union': [[1922, 1991]],
  Russia: [[1992, 9999]],
  // One Germany until the war, two from 1949, one again from 1990.
  Germany: [
    [1871, 1948],
    [1990, 9999],
  ],
  'West Germany': [[1949, 1990]],
  'East Germany': [[1949, 1990]],
  Czechoslovakia: [[1918, 1992]],
  'Czech Republic': [[1993, 9999]],
  Slovakia: [[1993, 9999]],
  Yugoslavia: [[1918, 2002]],
  'South Korea': [[1948, 9999]],
  'North Korea': [[1948, 9999]],
  Ukraine: [[1991, 9999]],
  Croatia: [[1991, 9999]],
  Serbia: [[2006, 9999]],
  Slovenia: [[1991, 9999]],
  'Bosnia and Herzegovina': [[1992, 9999]],
  Israel: [[1948, 9999]],
  Algeria: [[1962, 9999]],
  India: [[1947, 9999]],
  Pakistan: [[1947, 9999]],
  Bangladesh: [[1971, 9999]],
};

/**
 * Names that one player may take for another: one country under two names, or a country
 * and what it grew out of or split into. A wrong option never shares a group with a right one.
 */
const KIN: readonly (readonly string[])[] = [
  ['United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain'],
  ['Germany', 'West Germany', 'East Germany'],
  ['Soviet Union', 'Russia', 'Ukraine', 'Belarus', 'Georgia', 'Armenia', 'Azerbaijan', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Moldova', 'Latvia', 'Lithuania', 'Estonia'],
  ['Czechoslovakia', 'Czech Republic', 'Czechia', 'Slovakia'],
  ['Yugoslavia', 'Serbia', 'Croatia', 'Slovenia', 'Bosnia and Herzegovina', 'North Macedonia', 'Montenegro', 'Kosovo', 'Serbia and Montenegro'],
  ['China', 'Hong Kong', 'Taiwan', 'Macau'],
  ['South Korea', 'North Korea', 'Korea'],
  ['United States', 'USA', 'America'],
];

const kinOf = new Map<string, number>();
KIN.forEach((names, i) => {
  for (const n of names) kinOf.set(n.toLowerCase(), i);
});

/** Whether a player could take `a` and `b` for the same country. */
export function countriesMeet(a: string, b: string): boolean {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  if (x === y) return true;
  const k = kinOf.get(x);
  return k !== undefined && k === kinOf.get(y);
}

/** Whether a country existed, under that name, in `year`. */
export function countryExisted(country: string, year: number): boolean {
  const spans = EXISTED[country];
  return !spans || spans.some(([from, to]) => year >= from && year <= to);
}

const OFTEN_BACKERS = new Set(['United States', 'United Kingdom']);

/** Well-known film countries, as wrong options when the deck's own are too few. */
const FILM_COUNTRIES: readonly string[] = ['France', 'Italy', 'United Kingdom', 'Japan', 'India', 'Germany', 'West Germany', 'Soviet Union', 'Russia', 'Sweden', 'Spain', 'Mexico', 'South Korea', 'China', 'Denmark', 'Poland', 'Brazil', 'Canada', 'Australia', 'Iran', 'Argentina', 'Hungary', 'Czechoslovakia', 'United States'];

/** Words of a title that name a country, or a city or people of it: "Rome, Open City" says Italy. */
const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  Italy: ['italy', 'italian', 'italians', 'rome', 'roma', 'milan', 'milano', 'naples', 'venice', 'sicily', 'sicilian', 'florence', 'tuscany'],
  France: ['france', 'french', 'paris', 'parisian', 'marseille', 'provence'],
  'Soviet Union': ['soviet', 'russia', 'russian', 'moscow', 'leningrad', 'petersburg', 'siberia', 'stalingrad'],
  Russia: ['russia', 'russian', 'moscow', 'petersburg', 'siberia'],
  Germany: ['germany', 'german', 'germans', 'berlin', 'munich', 'hamburg'],
  'West Germany': ['germany', 'german', 'germans', 'berlin', 'munich', 'hamburg'],
  'East Germany': ['germany', 'german', 'germans', 'berlin'],
  Japan: ['japan', 'japanese', 'tokyo', 'kyoto', 'osaka', 'samurai'],
  Spain: ['spain', 'spanish', 'madrid', 'barcelona', 'seville'],
  'United Kingdom': ['britain', 'british', 'england', 'english', 'london', 'scotland', 'scottish'],
  Sweden: ['sweden', 'swedish', 'stockholm'],
  Denmark: ['denmark', 'danish', 'copenhagen'],
  Poland: ['poland', 'polish', 'warsaw'],
  Greece: ['greece', 'greek', 'athens'],
  Mexico: ['mexico', 'mexican'],
  Brazil: ['brazil', 'brazilian', 'rio'],
  India: ['india', 'indian', 'bombay', 'mumbai', 'delhi', 'calcutta'],
  China: ['china', 'chinese', 'beijing', 'peking', 'shanghai'],
  Iran: ['iran', 'iranian', 'persian', 'tehran'],
  Hungary: ['hungary', 'hungarian', 'budapest'],
  Czechoslovakia: ['czech', 'prague', 'slovak'],
  Argentina: ['argentina', 'argentine', 'buenos'],
  Turkey: ['turkey', 'turkish', 'istanbul'],
  Israel: ['israel', 'israeli', 'jerusalem'],
  Algeria: ['algeria', 'algiers', 'algerian'],
};

/** Whether a film's title says which country it is from (by name, city or people). */
export function titleNamesCountry(title: string, countries: readonly string[]): boolean {
  const words = new Set(equivalenceKey(title).split(' '));
  return countries.some((c) => (COUNTRY_WORDS[c] ?? [c.toLowerCase()]).some((w) => words.has(w)));
}

/** "the United States", "France". */
export function countryName(c: string): string {
  return /^(united|soviet|czech republic|netherlands|philippines|dominican|central african)/i.test(c) ? `the ${c}` : c;
}

const dominantCache = new WeakMap<DeckIndex, string | null>();

/**
 * The country most of a deck's films were made in alone (the United States, for most
 * decks), if it is more than a third of them: "Which country is Scream from?" asked of
 * one American film after another has the same answer every time, which is no question.
 */
export function dominantCountry(index: DeckIndex): string | null {
  let hit = dominantCache.get(index);
  if (hit === undefined) {
    const counts = new Map<string, number>();
    for (const f of index.films) if (f.countries?.length === 1) counts.set(f.countries[0] as string, (counts.get(f.countries[0] as string) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
    hit = n * 3 > index.films.length ? top : null;
    dominantCache.set(index, hit);
  }
  return hit;
}

/**
 * Why a film's countries are no question, or null when they are one: they must be known
 * whole, of a film not in English (an English-language film is nearly always American or
 * British, often both with money from the other: a guess between two), that does not give
 * them away, and more than the deck's usual one. The coverage report gives these reasons.
 */
export function whyCountriesNotAsked(index: DeckIndex, f: Film): string | null {
  const mine = f.countries ?? [];
  if (!index.isComplete('countries')) return 'asked only of decks that declare countries complete';
  if (mine.length === 0) return 'the film has no countries on record';
  const language = f.languages?.[0];
  if (language === undefined) return 'the deck does not say what language the film is in, and only a film not in English is asked its country';
  if (language === 'English') return 'an English-language film: nearly always American or British, often both, so its country is no question';
  if (titleNamesCountry(f.title, mine)) return 'its title names the country (a city or people of it), which would give the answer away';
  // A film known here by its own title (La Strada, Kagemusha) shows its language, and so its country.
  if (f.originalTitle !== undefined && equivalenceKey(f.originalTitle) === equivalenceKey(f.title)) return 'the film is known by its own title, whose language gives the country away';
  if (mine.length === 1 && mine[0] === dominantCountry(index)) return `made in ${mine[0]} alone, like most of the deck's films: asked of every one, the answer would nearly always be the same`;
  return null;
}

/** Whether a film's countries are worth a question (see `whyCountriesNotAsked`). */
export const countriesAskable = (index: DeckIndex, f: Film) => whyCountriesNotAsked(index, f) === null;

export const filmCountry: QuestionKind = {
  id: 'film-country',
  category: 'Countries',
  input: 'choice',
  subjects: (index) => index.films.filter((f) => countriesAskable(index, f)).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    if (!countriesAskable(index, f)) return null;
    const mine = f.countries ?? [];
    const answer = mine[0];
    if (answer === undefined) return null;
    // A co-production often had American or British money beside it (Contempt's producer Joseph E.
    // Levine; Hong Kong, British until 1997): for one, neither is offered as wrong.
    const backers = mine.length > 1 ? OFTEN_BACKERS : new Set<string>();
    const wrong = (c: string) => countryExisted(c, f.year) && mine.every((m) => !countriesMeet(m, c)) && !backers.has(c);
    const seen = new Set<string>();
    const pool: Option[] = [];
    const offer = (c: string, distance: number) => {
      if (seen.has(c) || !wrong(c)) return;
      seen.add(c);
      pool.push({ label: c, key: c, distance });
    };
    for (const g of nearbyFilms(index, f, (g: Film) => (g.countries?.length ?? 0) > 0, 40)) for (const c of g.countries ?? []) offer(c, Math.abs(g.year - f.year));
    for (const [i, c] of FILM_COUNTRIES.entries()) offer(c, 10 + i / 10);
    const name = filmName(f);
    const several = mine.length > 1;
    return {
      // "Produced", not "made": a film is often shot abroad (Apocalypse Now in the Philippines).
      prompt: several ? `Which of these countries co-produced ${name}?` : wording(subject, [`Which country is ${name} from?`, `Which country produced ${name}?`]),
      answer: { label: answer, key: answer },
      pool,
      truth: (key) => (mine.some((m) => m === key) ? true : wrong(key) ? false : undefined),
      reveals: mine,
      explanation: several ? `${name} was a co-production of ${listAnd(mine.map(countryName))}.` : `${name} was produced in ${countryName(answer)}.`,
      facts: [factRef(index, `films.${f.id}.countries`, f.sourceFor?.countries ?? f.source)],
      cites: [factRef(index, `films.${f.id}.languages`, f.sourceFor?.languages ?? f.source)],
      fame: index.fame(f.id),
      topic: `countries:${f.id}`,
    };
  },
};
