/**
 * The kinds that ask about crews, birth years, trivia and countries, each
 * on a small deck written for the case at hand: what they may offer as wrong, and when they
 * must not ask at all.
 */
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/quiz/coverage';
import { type DeckIndex, indexDeck } from '../../src/quiz/deck/deck-index';
import type { CompletableList, Film, Person } from '../../src/quiz/deck/schema';
import { validateDeck } from '../../src/quiz/deck/validate';
import { buildQuestion, candidates } from '../../src/quiz/generator';
import { countriesMeet, countryExisted, titleNamesCountry } from '../../src/quiz/kinds/film-country';
import { statementAbout } from '../../src/quiz/kinds/trivia-true-false';
import { kindById } from '../../src/quiz/kinds/index';
import type { KindId, Question } from '../../src/quiz/question';
import { createRng } from '../../src/quiz/rng';

type FilmSpec = Partial<Film> & { id: string; year: number };

const nameFromId = (id: string) =>
  id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

const credit = (person: string) => ({ person, source: 'src' });
const credits = (...people: string[]) => people.map(credit);

/** A deck from films written out in full (title from the id unless given), everyone they name a person. */
function deck(films: readonly FilmSpec[], complete: readonly CompletableList[] = [], people: readonly (Partial<Person> & { id: string })[] = []): DeckIndex {
  const ids = new Set<string>();
  for (const f of films) {
    for (const list of ['directors', 'writers', 'producers', 'cinematographers', 'productionDesigners', 'cast'] as const) for (const c of f[list] ?? []) ids.add(c.person);
  }
  const given = new Map(people.map((p) => [p.id, p]));
  for (const id of given.keys()) ids.add(id);
  const raw = {
    format: 1,
    id: 'test',
    title: 'Test deck',
    description: 'A deck written for one test.',
    complete: [...complete],
    sources: [{ id: 'src', title: 'Test source', kind: 'reference' }],
    people: [...ids].sort().map((id) => ({ id, name: nameFromId(id), source: 'src', ...given.get(id) })),
    films: films.map((f) => ({ title: nameFromId(f.id.replace(/-\d{4}$/, '')), source: 'src', ...f })),
  };
  const result = validateDeck(raw, new Date('2025-06-01'));
  if (!result.ok) throw new Error(`test deck is invalid: ${result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  return indexDeck(result.deck);
}

function ask(index: DeckIndex, kind: KindId, subject: string, seed = 's'): Question | null {
  const c = candidates(index, [kindById(kind)]).find((x) => x.subject === subject);
  return c ? buildQuestion(index, c, createRng(seed)) : null;
}

function optionsEver(index: DeckIndex, kind: KindId, subject: string): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) for (const o of ask(index, kind, subject, `seed-${i}`)?.options ?? []) seen.add(o);
  return seen;
}

const subjectsOf = (index: DeckIndex, kind: KindId) => candidates(index, [kindById(kind)]).map((c) => c.subject);

/** Films from 2000 on, each shot by its own cinematographer and written by its own writer. */
const crewFiller = (n: number, from = 2000): FilmSpec[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `filler-${i}-${from + i}`,
    year: from + i,
    directors: credits(`director-${i}`),
    writers: credits(`writer-${i}`),
    cinematographers: credits(`shooter-${i}`),
  }));

describe('film-crew', () => {
  const films: FilmSpec[] = [
    { id: 'anora-2024', year: 2024, directors: credits('sean-baker'), writers: credits('sean-baker'), cinematographers: credits('drew-daniels'), producers: credits('samantha-quan', 'sean-baker') },
    { id: 'tangerine-2015', year: 2015, directors: credits('sean-baker'), writers: credits('sean-baker', 'chris-bergoch'), cinematographers: credits('sean-baker', 'radium-cheung') },
    // A cinematographer long retired by then, and one who shot nothing but an old film.
    { id: 'old-picture-1950', year: 1950, directors: credits('old-director'), cinematographers: credits('old-shooter') },
    ...crewFiller(10, 2012),
  ];
  const index = deck(films, ['writers', 'cinematographers', 'producers']);

  it('asks who shot a film, with cinematographers of those years as wrong options', () => {
    const q = ask(index, 'film-crew', 'anora-2024/cinematographers');
    expect(q?.answer).toBe('Drew Daniels');
    expect(q?.prompt).toMatch(/Anora \(2024\)/);
    const ever = optionsEver(index, 'film-crew', 'anora-2024/cinematographers');
    expect([...ever].filter((o) => o !== 'Drew Daniels').every((o) => o.startsWith('Shooter'))).toBe(true);
    expect(ever.has('Old Shooter')).toBe(false);
    expect(q?.explanation).toBe('Anora (2024) was shot by Drew Daniels.');
  });

  it('asks "which of these" where a job has several people, and never offers the others, nor anyone else on the film', () => {
    const q = ask(index, 'film-crew', 'tangerine-2015/writers');
    expect(q?.prompt).toBe('Which of these co-wrote Tangerine (2015)?');
    const ever = optionsEver(index, 'film-crew', 'tangerine-2015/writers');
    expect(ever.has('Chris Bergoch') && ever.has('Sean Baker')).toBe(false);
    expect(ever.has('Radium Cheung')).toBe(false);
    expect(q?.explanation).toBe('Tangerine (2015) was written by Sean Baker and Chris Bergoch.');
    expect(q?.sources.map((s) => s.fact)).toEqual(['films.tangerine-2015.writers[0]', 'films.tangerine-2015.writers[1]']);
  });

  it('is asked only of the jobs a deck declares complete', () => {
    const partial = deck(films, ['writers']);
    expect(subjectsOf(partial, 'film-crew').every((s) => s.endsWith('/writers'))).toBe(true);
    expect(subjectsOf(deck(films), 'film-crew')).toEqual([]);
  });
});

describe('crew-role', () => {
  const index = deck(
    [
      {
        id: 'anora-2024',
        year: 2024,
        directors: credits('sean-baker'),
        writers: credits('sean-baker'),
        producers: credits('samantha-quan', 'sean-baker'),
        cinematographers: credits('drew-daniels'),
        productionDesigners: credits('stephen-phelps'),
      },
      { id: 'starlet-2012', year: 2012, directors: credits('sean-baker'), writers: credits('sean-baker', 'chris-bergoch') },
      // Someone with two jobs on one film.
      {
        id: 'two-jobs-2020',
        year: 2020,
        directors: credits('sean-baker'),
        writers: credits('chris-bergoch'),
        producers: credits('samantha-quan'),
        cinematographers: credits('drew-daniels'),
        productionDesigners: credits('drew-daniels'),
      },
    ],
    ['writers', 'producers', 'cinematographers', 'productionDesigners'],
  );

  it('asks what someone did on a film, offering only jobs the film’s whole lists show they did not do', () => {
    const q = ask(index, 'crew-role', 'anora-2024/productionDesigners/0');
    expect(q?.answer).toBe('Production designer');
    expect(new Set(q?.options)).toEqual(new Set(['Production designer', 'Director', 'Screenwriter', 'Producer', 'Cinematographer'].filter((o) => q?.options.includes(o))));
    expect(optionsEver(index, 'crew-role', 'anora-2024/productionDesigners/0').has('Cast member')).toBe(false);
  });

  it('never offers another job the person also did on the film', () => {
    const ever = optionsEver(index, 'crew-role', 'two-jobs-2020/cinematographers/0');
    expect(ever).toEqual(new Set(['Cinematographer', 'Director', 'Screenwriter', 'Producer']));
    // Sean Baker produced, wrote and directed Anora: as its producer, only two jobs are left to offer.
    expect(ask(index, 'crew-role', 'anora-2024/producers/1')).toBeNull();
  });

  it('is not asked where too few of the film’s jobs are known', () => {
    expect(ask(index, 'crew-role', 'starlet-2012/writers/1')).toBeNull();
  });
});

describe('person-born', () => {
  const index = deck(
    [
      { id: 'four-letter-words-2000', year: 2000, directors: credits('sean-baker') },
      { id: 'child-star-1990', year: 1990, directors: credits('someone'), cast: [{ person: 'young-actor', source: 'src', character: 'Kid' }] },
    ],
    [],
    [
      { id: 'sean-baker', born: 1971 },
      { id: 'young-actor', born: 1984, gender: 'female' },
    ],
  );

  it('asks the year someone was born, naming them by what they are known for, with years four apart', () => {
    const q = ask(index, 'person-born', 'sean-baker');
    expect(q?.prompt).toBe('In which year was Sean Baker, director of Four Letter Words (2000), born?');
    expect(q?.answer).toBe('1971');
    expect(ask(index, 'person-born', 'young-actor')?.prompt).toBe('In which year was Young Actor, who played Kid in Child Star (1990), born?');
    // A year or two off is what sources disagree on: never offered as wrong.
    for (const o of optionsEver(index, 'person-born', 'sean-baker')) expect(Math.abs(Number(o) - 1971) % 4).toBe(0);
  });

  it('never offers a year after the person’s first credit', () => {
    for (const o of optionsEver(index, 'person-born', 'young-actor')) expect(Number(o)).toBeLessThan(1990);
  });
});

describe('trivia-true-false', () => {
  const index = deck([
    {
      id: 'tangerine-2015',
      year: 2015,
      directors: credits('sean-baker'),
      trivia: [
        { text: 'It was shot on three iPhone 5s smartphones.', decoy: 'It was shot on six iPhone 5s smartphones.', source: 'src' },
        { text: 'Its story unfolds on Christmas Eve.', decoy: 'Its story unfolds on New Year’s Eve.', source: 'src' },
        { text: 'It has no decoy.', source: 'src' },
      ],
    },
  ]);

  it('asks a fact and its decoy, one topic, and never a fact without a decoy', () => {
    expect(subjectsOf(index, 'trivia-true-false')).toEqual(['tangerine-2015/films/0/true', 'tangerine-2015/films/0/false', 'tangerine-2015/films/1/true', 'tangerine-2015/films/1/false']);
    const yes = ask(index, 'trivia-true-false', 'tangerine-2015/films/0/true');
    const no = ask(index, 'trivia-true-false', 'tangerine-2015/films/0/false');
    expect(yes?.prompt).toBe('True or false: Tangerine (2015) was shot on three iPhone 5s smartphones.');
    expect(no?.prompt).toBe('True or false: Tangerine (2015) was shot on six iPhone 5s smartphones.');
    expect([yes?.answer, no?.answer]).toEqual(['True', 'False']);
    expect(no?.explanation).toBe('Tangerine (2015) was shot on three iPhone 5s smartphones.');
    expect(yes?.topic).toBe(no?.topic);
  });

  it('says which film a sentence that opens otherwise is about', () => {
    expect(ask(index, 'trivia-true-false', 'tangerine-2015/films/1/false')?.prompt).toBe('True or false, about Tangerine (2015): its story unfolds on New Year’s Eve.');
    expect(statementAbout('Sean Baker', 'He went to school with Todd Phillips.')).toEqual({ lead: '', statement: 'Sean Baker went to school with Todd Phillips.' });
  });

  it('says in the coverage report that trivia without a decoy is not asked, and why', () => {
    const missing = coverage(index).uncovered.find((u) => u.fact === 'films.tangerine-2015.trivia[2]');
    expect(missing?.reason).toMatch(/decoy/);
  });
});

describe('film-country', () => {
  const films: FilmSpec[] = [
    { id: 'the-third-man-1949', year: 1949, countries: ['United Kingdom'], languages: ['English'] },
    { id: 'the-tin-drum-1979', year: 1979, countries: ['West Germany', 'France'], languages: ['German'] },
    { id: 'good-bye-lenin-2003', year: 2003, countries: ['Germany'], languages: ['German'] },
    { id: 'piccolo-1950', year: 1950, countries: ['Italy'], languages: ['Italian'] },
    { id: 'piccolo-1982', year: 1982, countries: ['Italy'], languages: ['Italian'] },
    { id: 'piccolo-2004', year: 2004, countries: ['Italy'], languages: ['Italian'] },
    { id: 'piccolo-2005', year: 2005, countries: ['Italy'], languages: ['Italian'] },
    { id: 'piccolo-2006', year: 2006, countries: ['Italy'], languages: ['Italian'] },
    { id: 'piccolo-2007', year: 2007, countries: ['Italy'], languages: ['Italian'] },
    { id: 'soviet-1980', year: 1980, countries: ['Soviet Union'], languages: ['Russian'] },
    { id: 'czech-1981', year: 1981, countries: ['Czechoslovakia'], languages: ['Czech'] },
    { id: 'piccolo-1980', year: 1980, countries: ['Italy'], languages: ['Italian'] },
    { id: 'piccolo-2002', year: 2002, countries: ['Italy'], languages: ['Italian'] },
    { id: 'japan-2001', year: 2001, countries: ['Japan'], languages: ['Japanese'] },
    { id: 'sweden-2003', year: 2003, countries: ['Sweden'], languages: ['Swedish'] },
  ];
  const index = deck(films, ['countries']);

  it('never offers a country that did not exist that year, nor one a player could take for the film’s own', () => {
    const ever = optionsEver(index, 'film-country', 'good-bye-lenin-2003');
    expect(ever.has('Germany')).toBe(true);
    for (const gone of ['West Germany', 'Soviet Union', 'Czechoslovakia']) expect(ever.has(gone)).toBe(false);
    expect(optionsEver(index, 'film-country', 'the-tin-drum-1979').has('Germany')).toBe(false);
    expect(countriesMeet('United Kingdom', 'England')).toBe(true);
    expect(countriesMeet('Russia', 'Soviet Union')).toBe(true);
    expect(countriesMeet('France', 'Italy')).toBe(false);
    expect(countryExisted('West Germany', 1991)).toBe(false);
  });

  it('does not ask of an English-language film, nearly always American or British or both, and says why', () => {
    expect(subjectsOf(index, 'film-country')).not.toContain('the-third-man-1949');
    expect(coverage(index).uncovered.find((u) => u.fact === 'films.the-third-man-1949.countries')?.reason).toMatch(/English-language/);
  });

  it('does not ask of a film made only where most of the deck was made, and says why', () => {
    expect(subjectsOf(index, 'film-country')).not.toContain('piccolo-1980');
    const reason = coverage(index).uncovered.find((u) => u.fact === 'films.piccolo-1980.countries')?.reason;
    expect(reason).toMatch(/Italy alone/);
  });

  it('does not ask of a film whose title names its country, a city or a people of it', () => {
    const named = deck([...films, { id: 'rome-open-city-1945', title: 'Rome, Open City', year: 1945, countries: ['Italy'], languages: ['Italian'] }], ['countries']);
    expect(subjectsOf(named, 'film-country')).not.toContain('rome-open-city-1945');
    expect(titleNamesCountry('Moscow Does Not Believe in Tears', ['Soviet Union'])).toBe(true);
    expect(titleNamesCountry('The Tin Drum', ['West Germany', 'France'])).toBe(false);
  });

  it('asks which of these countries co-produced a co-production', () => {
    const q = ask(index, 'film-country', 'the-tin-drum-1979');
    expect(q?.prompt).toBe('Which of these countries co-produced The Tin Drum (1979)?');
    expect(q?.explanation).toBe('The Tin Drum (1979) was a co-production of West Germany and France.');
  });
});
