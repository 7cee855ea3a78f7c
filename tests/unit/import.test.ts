import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/import/builder';
import { cleanText, countryName, decodeEntities, languageName, looksMacRomanDamaged, parseMoney, parseRuntime } from '../../src/import/clean';
import { type Format, importTable, readTable } from '../../src/import/index';
import { personName, splitNames } from '../../src/import/names';
import { oscarCategoryNames, titleCase } from '../../src/import/oscar-categories';
import { oscarYear } from '../../src/import/oscars';
import { filmSlug, slugify } from '../../src/import/slug';
import { directorsFromSummary } from '../../src/import/wikipedia';
import { indexDeck } from '../../src/quiz/deck/deck-index';
import type { Film } from '../../src/quiz/deck/schema';
import { generateQuiz } from '../../src/quiz/generator';
import { textIssues, validateDeck } from '../../src/quiz/deck/validate';

const NOW = new Date('2025-06-01T00:00:00Z');
const DATA = resolve(process.cwd(), '../shared/data');
const haveData = existsSync(DATA);
if (!haveData) console.warn(`import tests on real tables SKIPPED: ${DATA} is missing (the helpers are still tested)`);

describe('slugify', () => {
  it.each([
    ['The Florida Project', 'the-florida-project'],
    ['Amélie', 'amelie'],
    ['8½', '8-and-a-half'],
    ['Crouching Tiger, Hidden Dragon', 'crouching-tiger-hidden-dragon'],
    ["Schindler's List", 'schindler-s-list'],
    ['21 & Over', '21-and-over'],
    ['Łukasz Żal', 'lukasz-zal'],
    ['Yılmaz Güney', 'yilmaz-guney'],
    ['William Jøhnk Nielsen', 'william-johnk-nielsen'],
    ['Æon Flux', 'aeon-flux'],
    ['Ri¢hie Ri¢h', 'richie-rich'],
    ['  --Face/Off--  ', 'face-off'],
    ['人', ''],
  ])('%s → "%s"', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('gives a film without a Latin title an id all the same', () => {
    expect(filmSlug('花様年華', 2000)).toBe('film-2000');
  });
});

describe('cleanText', () => {
  it.each([
    ['decodes named entities', '21 &amp; Over', '21 & Over'],
    ['decodes numeric entities', 'Ender&#39;s Game', "Ender's Game"],
    ['decodes Latin-1 names', 'Br&uuml;no', 'Brüno'],
    ['trims and collapses spaces', '  The Three   Musketeers ', 'The Three Musketeers'],
    ['reads a number as text', 1776, '1776'],
    ['composes accents', 'Ame\u0301lie', 'Amélie'],
    ['keeps a stylised title', 'Ri¢hie Ri¢h', 'Ri¢hie Ri¢h'],
    ['keeps a real capital accent', 'Émile Zola', 'Émile Zola'],
  ])('%s', (_, raw, text) => {
    expect(cleanText(raw)).toEqual({ ok: true, text });
  });

  it.each([
    ['LÈon', 'Léon'],
    ['CachÈ', 'Caché'],
    ["De battre mon coeur s'est arrÍtÈ", "De battre mon coeur s'est arrêté"],
    ['Per qualche dollaro in pi˘', 'Per qualche dollaro in più'],
    ['Die F‰lscher', 'Die Fälscher'],
    ['The Naked Gun 2Ω: The Smell of Fear', 'The Naked Gun 2½: The Smell of Fear'],
    ["I Love You Ö Don't Touch Me!", "I Love You … Don't Touch Me!"],
  ])('repairs Mac Roman damage, and says so: %s', (raw, text) => {
    const c = cleanText(raw);
    expect(c).toMatchObject({ ok: true, text });
    expect(c.ok && c.repaired).toMatch(/Mac Roman/);
  });

  it.each([
    ['nothing', null, /missing/],
    ['#N/A', '#N/A', /missing/],
    ['an unknown entity', 'Tom &bogus; Jerry', /HTML/],
    ['a stray combining mark', 'D̩sir̩e', /garbled/],
    ['UTF-8 read as Windows-1252', 'AmÃ©lie', /mojibake/],
    ['a tag', '<b>Bold</b>', /HTML/],
    ['an object', { title: 'x' }, /not text/],
  ])('refuses %s', (_, raw, reason) => {
    const c = cleanText(raw);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.reason).toMatch(reason);
  });

  it('knows every Latin-1 entity name', () => {
    expect(decodeEntities('&nbsp;&yuml;&Agrave;&szlig;&frac12;')).toBe('\u00a0ÿÀß½');
  });
});

describe('table values', () => {
  it.each([
    ['2h 19m', 139],
    ['2h', 120],
    ['45m', 45],
    ['95', 95],
    [112, 112],
    ['', undefined],
    ['two hours', undefined],
    [null, undefined],
  ])('run time %j → %j', (raw, minutes) => {
    expect(parseRuntime(raw)).toBe(minutes);
  });

  it.each([
    ['13000000', 13_000_000],
    ['$56.7M', 56_700_000],
    ['$803K', 803_000],
    ['1,234,567', 1_234_567],
    ['#N/A', undefined],
    ['-', undefined],
    [4000000, 4_000_000],
  ])('money %j → %j', (raw, usd) => {
    expect(parseMoney(raw)).toBe(usd);
  });

  it.each([
    ['FR', 2000, 'France'],
    ['SU', 1960, 'Soviet Union'],
    ['CS', 1965, 'Czechoslovakia'],
    ['YU', 1970, 'Yugoslavia'],
    ['DD', 1970, 'East Germany'],
    ['DE', 1970, 'West Germany'],
    ['DE', 2000, 'Germany'],
    ['HK', 2000, 'Hong Kong'],
    ['XC', 2000, undefined],
    ['ZZ', 2000, undefined],
  ])('country %s in %i → %s', (code, year, name) => {
    expect(countryName(code, year)).toBe(name);
  });

  it.each([
    ['fr', 'French'],
    ['ko', 'Korean'],
    ['bn', 'Bengali'],
    ['zxx', undefined],
    ['fuf', undefined],
  ])('language %s → %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});

describe('people in table cells', () => {
  it.each([
    ['Joel Coen, Ethan Coen', ['Joel Coen', 'Ethan Coen']],
    ['Gints Zilbalodis|Matiss Kaža', ['Gints Zilbalodis', 'Matiss Kaža']],
    ['Sammy Davis, Jr.', ['Sammy Davis, Jr.']],
    ['', []],
  ])('splits %j', (cell, names) => {
    expect(splitNames(cell)).toEqual(names);
  });

  it.each([
    ['Harry Carter (actor)', 'Harry Carter'],
    ['Katherine MacDonald]]', 'Katherine MacDonald'],
    ['Maïwenn', 'Maïwenn'],
    ['Olivia de Havilland', 'Olivia de Havilland'],
  ])('reads %j as %j', (raw, name) => {
    expect(personName(raw)).toEqual({ ok: true, name });
  });

  it.each(['and', 'kids', '.', '(uncredited bit)', 'Unknown', 'Sr.', ']'])('refuses %j', (raw) => {
    expect(personName(raw).ok).toBe(false);
  });
});

describe('Academy Awards table conventions', () => {
  it.each([
    ['2024', 2024],
    ['1927/28', 1928],
    ['1999/00', 2000],
    ['?', undefined],
  ])('year %s → %j', (text, year) => {
    expect(oscarYear(text)).toBe(year);
  });

  it.each([
    ['BEST PICTURE', 'OUTSTANDING PRODUCTION', 'Best Picture'],
    ['WRITING (Original Screenplay)', 'WRITING (Screenplay Written Directly for the Screen)', 'Best Original Screenplay'],
    ['INTERNATIONAL FEATURE FILM', 'FOREIGN LANGUAGE FILM', 'Best International Feature Film'],
    ['INTERNATIONAL FEATURE FILM', 'HONORARY FOREIGN LANGUAGE FILM AWARD', 'Honorary Foreign Language Film Award'],
    ['SOUND MIXING', 'SOUND', 'Best Sound'],
    ['SCIENTIFIC OR TECHNICAL AWARD (Class III)', 'SCIENTIFIC OR TECHNICAL AWARD (Class III)', 'Scientific or Technical Award (Class III)'],
  ])('%s filed as %s is "%s"', (canonical, category, name) => {
    expect(oscarCategoryNames(canonical, category)[0]).toBe(name);
  });

  it('title-cases names it has no deck name for', () => {
    expect(titleCase('IRVING G. THALBERG MEMORIAL AWARD')).toBe('Irving G. Thalberg Memorial Award');
  });
});

describe('directorsFromSummary', () => {
  it.each([
    ['Forrest Gump is a 1994 American comedy-drama film directed by Robert Zemeckis and written by Eric Roth.', ['Robert Zemeckis']],
    ['The Grudge is a 2020 American psychological supernatural horror film written and directed by Nicolas Pesce.', ['Nicolas Pesce']],
    ['Ramona is a 1910 American short drama film directed by D. W. Griffith, based on a novel.', ['D. W. Griffith']],
    ['X is a 2016 American film directed by Henry Joost and Ariel Schulman, who co-wrote it.', ['Henry Joost', 'Ariel Schulman']],
    ['Speed is a 1994 film directed by Jan de Bont and starring Keanu Reeves.', ['Jan de Bont']],
    ['Foo is a 1945 film directed by Victor Fleming (who replaced George Cukor).', ['Victor Fleming']],
  ])('reads %j', (extract, names) => {
    expect(directorsFromSummary(extract)).toEqual(names);
  });

  it.each([
    ['half a name', 'Fargo is a 1996 crime film written and directed by Joel and Ethan Coen.'],
    ['a description', 'Sunrise is a 1927 American silent drama directed by German director F. W. Murnau.'],
    ['a phrase', 'Endgame is a 2019 superhero film directed by the Russo brothers.'],
    ['a later sentence', 'Wings is a 1927 American silent film. It was directed by William A. Wellman.'],
    ['the original of a remake', 'Scarface is a 1983 crime film, a remake of the 1932 film directed by Howard Hawks.'],
    ['a co-director', 'Foo is a 1930 film co-directed by John Smith.'],
    ['no director', 'Foo is a 1930 film starring John Smith.'],
  ])('gives nothing for %s', (_, extract) => {
    expect(directorsFromSummary(extract)).toBeUndefined();
  });
});

/** Every string in a deck: for checking that nothing garbled got through. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

interface Expectation {
  readonly format: Format;
  readonly path: string;
  readonly films: readonly [number, number];
  readonly skipped: readonly [number, number];
  readonly source: RegExp;
}

const TABLES: readonly Expectation[] = [
  { format: 'oscars', path: 'oscars.tsv', films: [4800, 5500], skipped: [1300, 1800], source: /^Academy Awards database$/ },
  { format: 'cannes', path: 'cannes_competition.csv', films: [650, 800], skipped: [1000, 1250], source: /Cannes/ },
  { format: 'csv', path: 'fivethirtyeight_bechdel_movies.csv', films: [1750, 1794], skipped: [0, 40], source: /bechdel/ },
  { format: 'csv', path: 'fivethirtyeight_biopics.csv', films: [600, 700], skipped: [60, 160], source: /biopics/ },
  { format: 'wikipedia', path: 'wikipedia-movie-data', films: [34000, 36273], skipped: [100, 2000], source: /^Wikipedia$/ },
  { format: 'vega', path: 'vega_movies.json', films: [3000, 3200], skipped: [1, 200], source: /Vega/ },
];

// The Wikipedia deck has 35,000 films: validating it takes a second or two, more on a busy machine.
describe.skipIf(!haveData)('importing the real tables in ../shared/data', { timeout: 30_000 }, () => {
  const results = new Map<string, ImportResult>();
  const result = (path: string): ImportResult => {
    const r = results.get(path);
    if (!r) throw new Error(`${path} was not imported`);
    return r;
  };
  const film = (path: string, id: string): Film => {
    const f = result(path).deck.films.find((x) => x.id === id);
    if (!f) throw new Error(`${id} is not in the deck from ${path}`);
    return f;
  };
  const personName = (path: string, id: string) => result(path).deck.people.find((p) => p.id === id)?.name;

  beforeAll(() => {
    for (const t of TABLES) results.set(t.path, importTable(t.format, readTable(join(DATA, t.path)), { now: NOW }));
  }, 120_000);

  describe.each(TABLES)('$format: $path', ({ path, films, skipped, source }) => {
    it('gives a deck that passes validateDeck', () => {
      const v = validateDeck(JSON.parse(JSON.stringify(result(path).deck)), NOW);
      expect(v.ok ? [] : v.problems.slice(0, 5)).toEqual([]);
    });

    it(`keeps between ${films[0]} and ${films[1]} films and skips between ${skipped[0]} and ${skipped[1]} rows, each with a reason`, () => {
      const r = result(path);
      expect(r.deck.films.length).toBeGreaterThanOrEqual(films[0]);
      expect(r.deck.films.length).toBeLessThanOrEqual(films[1]);
      expect(r.skipped.length).toBeGreaterThanOrEqual(skipped[0]);
      expect(r.skipped.length).toBeLessThanOrEqual(skipped[1]);
      expect(r.deck.films.length + new Set(r.skipped.map((s) => s.where)).size).toBeLessThanOrEqual(r.rows);
      for (const s of r.skipped) {
        expect(s.where).toMatch(/^[\w.-]+(?::\d+|#\d+)$/);
        expect(s.reason.length).toBeGreaterThan(5);
      }
    });

    it('names the table in a source entry', () => {
      expect(result(path).deck.sources.map((s) => s.title)).toEqual([expect.stringMatching(source)]);
    });

    it('gives every film a unique id by the slug convention', () => {
      const ids = result(path).deck.films.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const f of result(path).deck.films) expect(f.id.startsWith(filmSlug(f.title, f.year).replace(/-\d{4}$/, ''))).toBe(true);
    });

    it('emits no garbled text', () => {
      const bad = strings(result(path).deck).filter((s) => looksMacRomanDamaged(s) || textIssues(s).length > 0 || /[\u0300-\u036f]/.test(s));
      expect(bad).toEqual([]);
    });
  });

  describe('the question generator on an imported deck', () => {
    it.each(['oscars.tsv', 'vega_movies.json'])('plays %s, and asks about directors only of films whose directors it names', (path) => {
      const index = indexDeck(result(path).deck);
      expect(generateQuiz(index, { seed: 'import', rounds: 2, perRound: 10 }).rounds.flatMap((r) => r.questions)).toHaveLength(20);
      const asked = generateQuiz(index, { seed: 'import', rounds: 3, perRound: 10, kinds: ['film-director', 'true-false', 'person-filmography'] }).rounds.flatMap((r) => r.questions);
      expect(asked.length).toBeGreaterThan(0);
      for (const q of asked) {
        const about = q.id.slice(q.id.indexOf(':') + 1).split('/').find((part) => index.maybeFilm(part));
        expect(about && index.film(about).directors, q.id).toBeDefined();
      }
    });
  });

  describe('oscars.tsv', () => {
    const path = 'oscars.tsv';

    it('counts Anora’s six nominations and five wins at the 97th Academy Awards', () => {
      const anora = film(path, 'anora-2024');
      expect(anora.awards?.length).toBe(6);
      expect(anora.awards?.filter((a) => a.result === 'won').map((a) => a.category).sort()).toEqual([
        'Best Actress',
        'Best Director',
        'Best Film Editing',
        'Best Original Screenplay',
        'Best Picture',
      ]);
      expect(anora.awards?.every((a) => a.edition === 97 && a.year === 2024)).toBe(true);
      expect(anora.directors?.map((d) => d.person)).toEqual(['sean-baker']);
      expect(anora.cast).toContainEqual({ person: 'mikey-madison', character: 'Ani', source: 'academy-awards-database' });
    });

    it('records It Happened One Night winning Best Picture at the 7th ceremony, for 1934', () => {
      expect(film(path, 'it-happened-one-night-1934').awards).toContainEqual(expect.objectContaining({ edition: 7, year: 1934, category: 'Best Picture', result: 'won' }));
    });

    it('leaves out Wings, Best Picture at ceremony 1: the table dates it only to the 1927/28 season', () => {
      const r = result(path);
      expect(r.deck.films.some((f) => f.title === 'Wings')).toBe(false);
      expect(r.skipped).toContainEqual(expect.objectContaining({ what: 'Wings', reason: expect.stringMatching(/1927\/28 season/) }));
    });

    it('names no director it was not told of, and gives one only from a directing nomination', () => {
      const r = result(path);
      // Spielberg was not nominated for Jaws.
      expect(film(path, 'jaws-1975').directors).toBeUndefined();
      expect(r.deck.films.filter((f) => f.directors).length).toBeGreaterThan(300);
      for (const f of r.deck.films) if (f.directors) expect(f.awards?.some((a) => a.category.startsWith('Best Director'))).toBe(true);
    });

    it('promises every nomination of its films, as the table lists every one', () => {
      expect(result(path).deck.complete).toEqual(['oscars']);
    });

    it('tells two people of one name apart by their table ids', () => {
      expect(personName(path, 'steve-mcqueen-nm2588606')).toBe('Steve McQueen');
    });

    it('skips the second of two films called High Society in 1956', () => {
      expect(result(path).skipped).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/another film called "High Society" \(1956\)/) }));
    });
  });

  describe('cannes_competition.csv', () => {
    const path = 'cannes_competition.csv';

    it('reads Parasite’s run time, languages and countries from codes', () => {
      expect(film(path, 'parasite-2019')).toMatchObject({ title: 'Parasite', originalTitle: 'Gisaengchung', runtime: 132, languages: ['Korean', 'English'], countries: ['South Korea'] });
    });

    it('keeps both co-directors', () => {
      expect(film(path, 'fargo-1996').directors?.map((d) => d.person)).toEqual(['joel-coen', 'ethan-coen']);
    });

    it('skips festivals before 1990 and the cancelled one of 2020, as their years are not release years', () => {
      const r = result(path);
      expect(r.deck.films.every((f) => f.year >= 1990 && f.year !== 2020)).toBe(true);
      expect(r.skipped).toContainEqual(expect.objectContaining({ what: 'The Three Musketeers (1946)', reason: expect.stringMatching(/before 1990/) }));
    });

    it('records no awards: the table does not say who won', () => {
      expect(result(path).deck.films.every((f) => f.awards === undefined)).toBe(true);
    });
  });

  describe('fivethirtyeight_bechdel_movies.csv (format csv)', () => {
    const path = 'fivethirtyeight_bechdel_movies.csv';

    it.each([
      ['21-and-over-2013', '21 & Over'],
      ['bruno-2009', 'Brüno'],
      ['lat-den-ratte-komma-in-let-the-right-one-in-2008', 'Låt den rätte komma in (Let the Right One In)'],
    ])('decodes the HTML entities in %s', (id, title) => {
      expect(film(path, id).title).toBe(title);
    });

    it('reads the budget and the worldwide gross, and leaves out #N/A', () => {
      expect(film(path, '21-and-over-2013')).toMatchObject({ budget: { usd: 13_000_000, scope: 'production' }, boxOffice: { usd: 42_195_766, scope: 'worldwide' } });
      expect(result(path).deck.films.filter((f) => !f.boxOffice).length).toBeGreaterThan(0);
    });
  });

  describe('fivethirtyeight_biopics.csv (format csv)', () => {
    const path = 'fivethirtyeight_biopics.csv';

    it('skips the second row of a film with two subjects, saying it is the same film', () => {
      expect(result(path).skipped).toContainEqual(expect.objectContaining({ what: 'Amadeus (1984)', reason: expect.stringMatching(/another film called "Amadeus"/) }));
    });

    it('skips rows whose names it cannot read rather than guess them', () => {
      expect(result(path).skipped).toContainEqual(expect.objectContaining({ what: 'Dallas Buyers Club (2013)', reason: expect.stringMatching(/director: garbled/) }));
    });
  });

  describe('wikipedia-movie-data', () => {
    const path = 'wikipedia-movie-data';

    it('takes directors from the summary’s first sentence', () => {
      expect(film(path, 'the-grudge-2020').directors?.map((d) => personName(path, d.person))).toEqual(['Nicolas Pesce']);
      expect(film(path, 'forrest-gump-1994').directors?.map((d) => personName(path, d.person))).toEqual(['Robert Zemeckis']);
      expect(result(path).deck.films.filter((f) => f.directors).length).toBeGreaterThan(20_000);
    });

    it('leaves directors out where the summary does not name them plainly', () => {
      expect(film(path, 'no-country-for-old-men-2007').directors).toBeUndefined();
    });

    it('skips television films and films listed twice, saying which', () => {
      const reasons = result(path).skipped.map((s) => s.reason);
      expect(reasons.filter((r) => /television film/.test(r)).length).toBeGreaterThan(100);
      expect(reasons.filter((r) => /listed twice|same title and year/.test(r)).length).toBeGreaterThan(10);
    });

    it('cleans wiki debris out of cast names', () => {
      const names = result(path).deck.people.map((p) => p.name);
      expect(names.filter((n) => /\(|\)|\[|\]|^and$|^kids$/.test(n))).toEqual([]);
    });
  });

  describe('vega_movies.json', () => {
    const path = 'vega_movies.json';

    it.each([
      ['gone-with-the-wind-1939', 'Gone with the Wind', /2039.*1939/],
      ['leon-1994', 'Léon', /Mac Roman/],
      ['1776-1972', '1776', /number 1776/],
      ['the-charge-of-the-light-brigade-1936', 'The Charge of the Light Brigade', /Charge of the Light Brigade, The/],
      ['king-kong-1933', 'King Kong', /not part of the title/],
    ])('repairs %s, and says how', (id, title, note) => {
      expect(film(path, id).title).toBe(title);
      expect(result(path).repaired.some((r) => note.test(r.note))).toBe(true);
    });

    it('skips the untitled film and the placeholder dates', () => {
      const reasons = result(path).skipped.map((s) => s.reason);
      expect(reasons).toContain('no title');
      expect(reasons.filter((r) => /Dec 31/.test(r)).length).toBe(87);
    });

    it('leaves directors out where the table has none, and says its facts are unchecked', () => {
      expect(result(path).deck.films.filter((f) => !f.directors).length).toBeGreaterThan(1000);
      expect(result(path).deck.sources[0]?.note).toMatch(/not a source of facts/);
    });
  });
});
