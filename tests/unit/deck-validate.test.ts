import { describe, expect, it } from 'vitest';
import { checkDecks, countFacts } from '../../src/quiz/deck/cross-deck';
import { formatProblem, type LocatedProblem, loadDeckText } from '../../src/quiz/deck/load';
import type { Deck } from '../../src/quiz/deck/schema';
import { validateDeck } from '../../src/quiz/deck/validate';

// "After next year" is judged against this date: films may date up to 2026.
const NOW = new Date('2025-06-01T00:00:00Z');

type Json = Record<string, unknown>;

const wiki = { id: 'wikipedia', title: 'Wikipedia', kind: 'reference' };

function film(id: string, title: string, year: number, directors: string[] = ['sean-baker'], extra: Json = {}): Json {
  return { id, title, year, source: 'wikipedia', directors: directors.map((person) => ({ person, source: 'wikipedia' })), ...extra };
}

function person(id: string, name: string, extra: Json = {}): Json {
  return { id, name, source: 'wikipedia', ...extra };
}

type Deckish = Json & { sources: Json[]; people: Json[]; films: Json[] };

/** A small valid deck; `change` edits a copy. */
function deck(change: (d: Deckish) => void = () => {}): Json {
  const d = {
    format: 1,
    id: 'test-deck',
    title: 'Test deck',
    description: 'A deck for tests.',
    sources: [wiki],
    people: [person('sean-baker', 'Sean Baker', { born: 1971 }), person('mikey-madison', 'Mikey Madison')],
    films: [
      film('tangerine-2015', 'Tangerine', 2015),
      film('anora-2024', 'Anora', 2024, ['sean-baker'], { cast: [{ person: 'mikey-madison', character: 'Ani', source: 'wikipedia' }] }),
    ],
  };
  change(d);
  return d;
}

const text = (d: Json) => JSON.stringify(d, null, 2);

function problemsOf(source: string, file = 'test.json'): LocatedProblem[] {
  const result = loadDeckText(file, source, NOW);
  return result.ok ? [] : result.problems;
}

/** Line and column where the `nth` occurrence of `needle` in `source` starts, plus `offset` characters. */
function where(source: string, needle: string, nth = 0, offset = 0): { line: number; column: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = source.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  at += offset;
  const before = source.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

describe('validateDeck', () => {
  it('accepts a small well-formed deck', () => {
    expect(problemsOf(text(deck()))).toEqual([]);
  });

  it('accepts a film without directors: the table it came from may not say', () => {
    const d = deck((x) => {
      x.films.push({ id: 'wings-1927', title: 'Wings', year: 1927, source: 'wikipedia' });
    });
    expect(problemsOf(text(d))).toEqual([]);
  });

  describe('rejects unknown fields and wrong types, at the field', () => {
    const cases: { name: string; change: (d: Deckish) => void; field: string; message: RegExp; needle: string; offset?: number }[] = [
      {
        name: 'a misspelt field on a film',
        change: (d) => Object.assign(d.films[1] as Json, { directr: 'sean-baker' }),
        field: 'films[1]',
        message: /unknown field "directr"/,
        needle: '{\n      "id": "anora-2024"',
      },
      { name: 'an unknown top-level field', change: (d) => Object.assign(d, { author: 'me' }), field: '(deck)', message: /unknown field "author"/, needle: '{' },
      {
        name: 'a year written as text',
        change: (d) => Object.assign(d.films[0] as Json, { year: '2015' }),
        field: 'films[0].year',
        message: /expected number/,
        needle: '"year": "2015"',
        offset: 8,
      },
      {
        name: 'a list given as a single value',
        change: (d) => Object.assign(d.films[0] as Json, { countries: 'United States' }),
        field: 'films[0].countries',
        message: /expected array/,
        needle: '"countries": "United States"',
        offset: 13,
      },
      {
        name: 'an empty list of directors',
        change: (d) => Object.assign(d.films[0] as Json, { directors: [] }),
        field: 'films[0].directors',
        message: /1/,
        needle: '"directors": []',
        offset: 13,
      },
      {
        name: 'an id that is not a slug',
        change: (d) => Object.assign(d.films[0] as Json, { id: 'Tangerine 2015' }),
        field: 'films[0].id',
        message: /lower-case words joined by hyphens/,
        needle: '"id": "Tangerine 2015"',
        offset: 6,
      },
    ];
    it.each(cases)('$name', ({ change, field, message, needle, offset }) => {
      const source = text(deck(change));
      const problems = problemsOf(source);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'test.json', field, ...where(source, needle, 0, offset ?? 0) });
      expect(problems[0]?.message).toMatch(message);
    });
  });

  describe('rejects duplicate ids, at the second one', () => {
    const cases = [
      { name: 'two films with one id', change: (d: Deckish) => d.films.push(film('anora-2024', 'Anora (redux)', 2024)), field: 'films[2].id', needle: '"id": "anora-2024"', nth: 1 },
      {
        name: 'two people with one id',
        change: (d: Deckish) => d.people.push(person('sean-baker', 'Sean Baker')),
        field: 'people[2].id',
        needle: '"id": "sean-baker"',
        nth: 1,
      },
      { name: 'two sources with one id', change: (d: Deckish) => d.sources.push(wiki), field: 'sources[1].id', needle: '"id": "wikipedia"', nth: 1 },
    ];
    it.each(cases)('$name', ({ change, field, needle, nth }) => {
      const source = text(deck(change));
      const problems = problemsOf(source);
      expect(problems).toEqual([expect.objectContaining({ field, message: expect.stringMatching(/^duplicate/), ...where(source, needle, nth, 6) })]);
    });
  });

  describe('rejects references to nothing', () => {
    const cases = [
      {
        name: 'a director who is not in people',
        change: (d: Deckish) => Object.assign(d.films[0] as Json, { directors: [{ person: 'sean-bakr', source: 'wikipedia' }] }),
        field: 'films[0].directors[0].person',
        message: /unknown person "sean-bakr"/,
        needle: '"person": "sean-bakr"',
        offset: 10,
      },
      {
        name: 'a source that is not in sources',
        change: (d: Deckish) => Object.assign(d.films[1] as Json, { source: 'imdb' }),
        field: 'films[1].source',
        message: /unknown source "imdb"/,
        needle: '"source": "imdb"',
        offset: 10,
      },
      {
        name: 'an award to someone not in people',
        change: (d: Deckish) =>
          Object.assign(d.films[1] as Json, { awards: [{ body: 'oscars', edition: 97, year: 2024, category: 'Best Actress', result: 'won', people: ['mikey-madisson'], source: 'wikipedia' }] }),
        field: 'films[1].awards[0].people[0]',
        message: /unknown person "mikey-madisson"/,
        needle: '"mikey-madisson"',
        offset: 0,
      },
      {
        name: 'a reference to a film not in films',
        change: (d: Deckish) => Object.assign(d.films[1] as Json, { references: [{ film: 'pretty-woman-1990', how: 'as a counterpoint', source: 'wikipedia' }] }),
        field: 'films[1].references[0].film',
        message: /unknown film "pretty-woman-1990"/,
        needle: '"film": "pretty-woman-1990"',
        offset: 8,
      },
    ];
    it.each(cases)('$name', ({ change, field, message, needle, offset }) => {
      const source = text(deck(change));
      const problems = problemsOf(source);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field, ...where(source, needle, 0, offset) });
      expect(problems[0]?.message).toMatch(message);
    });
  });

  describe('judges years: films from 1888 to next year, people born from 1800', () => {
    const cases = [
      { name: 'a film from 1887', at: 'year', value: 1887, ok: false },
      { name: 'a film from 1888', at: 'year', value: 1888, ok: true },
      { name: 'a film from next year (2026)', at: 'year', value: 2026, ok: true },
      { name: 'a film from the year after next (2027)', at: 'year', value: 2027, ok: false },
      { name: 'an award in 2039', at: 'award', value: 2039, ok: false },
      { name: 'a person born in 1700', at: 'born', value: 1700, ok: false },
    ];
    it.each(cases)('$name: ok=$ok', ({ at, value, ok }) => {
      const source = text(
        deck((d) => {
          if (at === 'year') Object.assign(d.films[0] as Json, { year: value });
          if (at === 'award') Object.assign(d.films[1] as Json, { awards: [{ body: 'cannes', year: value, category: "Palme d'Or", result: 'won', source: 'wikipedia' }] });
          if (at === 'born') Object.assign(d.people[0] as Json, { born: value });
        }),
      );
      const problems = problemsOf(source);
      if (ok) expect(problems).toEqual([]);
      else {
        expect(problems).toHaveLength(1);
        expect(problems[0]?.message).toMatch(/impossible/);
        expect(problems[0]).toMatchObject(where(source, String(value)));
      }
    });
  });

  describe('finds the same film recorded twice', () => {
    it('under two ids with the same title and year, at the second title', () => {
      const source = text(deck((d) => d.films.push(film('tangerine-2015-2', 'Tangerine', 2015))));
      expect(problemsOf(source)).toEqual([
        expect.objectContaining({ field: 'films[2].title', message: expect.stringMatching(/the same film as films\[0\]/), ...where(source, '"title": "Tangerine"', 1, 9) }),
      ]);
    });

    it('with the same title and director but another year, at the second year', () => {
      const source = text(deck((d) => d.films.push(film('anora-2025', 'Anora', 2025))));
      expect(problemsOf(source)).toEqual([
        expect.objectContaining({ field: 'films[2].year', message: expect.stringMatching(/films\[1\].*different year/), ...where(source, '"year": 2025', 0, 8) }),
      ]);
    });

    it.each([
      { name: 'a remake by its own director ten years on', other: film('tangerine-2005', 'Tangerine', 2005, ['sean-baker']), year: 2005 },
      { name: 'a film of the same title a year later by someone else', other: film('anora-2025', 'Anora', 2025, ['mikey-madison']), year: 2025 },
    ])('but not $name', ({ other, year }) => {
      const d = deck((x) => x.films.push({ ...other, year }));
      expect(validateDeck(d, NOW).ok).toBe(true);
    });
  });

  describe('rejects garbled, marked-up and control text', () => {
    it.each([
      ['Chinese decoding of a curly quote', 'He said 鈥渉ello鈥'],
      ['UTF-8 read as Windows-1252', 'AmÃ©lie'],
      ['a curly apostrophe read as Windows-1252', 'Schindlerâ€™s List'],
      ['Latin-1 read as Mac Roman', 'LÈon'],
      ['a half read as Mac Roman', 'The Naked Gun 2Ω'],
      ['the replacement character', 'Am\uFFFDlie'],
    ])('mojibake: %s', (_, value) => {
      const source = text(deck((d) => Object.assign(d.films[0] as Json, { title: value })));
      expect(problemsOf(source)).toEqual([expect.objectContaining({ field: 'films[0].title', message: expect.stringMatching(/mojibake/) })]);
    });

    it.each([
      ['a tag', '<i>Tangerine</i>', /HTML/],
      ['an entity', 'Tangerine &amp; friends', /HTML/],
      ['a numeric entity', 'Tangerine&#39;s', /HTML/],
      ['a bell character', 'Tange\u0007rine', /control character/],
      ['a C1 control', 'Tange\u0085rine', /control character/],
    ])('%s', (_, value, message) => {
      const source = text(deck((d) => Object.assign(d.films[0] as Json, { title: value })));
      expect(problemsOf(source)).toEqual([expect.objectContaining({ field: 'films[0].title', message: expect.stringMatching(message), ...where(source, '"title": ', 2, 9) })]);
    });

    it.each([
      ['accents', 'Amélie'],
      ['a hyphenated Korean name', 'Bong Joon-ho'],
      ['a fraction', '8½'],
      ['Polish letters', 'Łódź'],
      ['a Catalan middle dot', 'Col·lecció'],
      ['curly quotes', '“Tangerine”'],
      ['an ampersand', 'Tangerine & Co'],
    ])('but accepts %s', (_, value) => {
      expect(validateDeck(deck((d) => Object.assign(d.films[0] as Json, { title: value })), NOW).ok).toBe(true);
    });

    it('allows line breaks in prose', () => {
      const d = deck((x) => Object.assign(x.films[0] as Json, { trivia: [{ text: 'Shot on an iPhone.\nIn Los Angeles.', source: 'wikipedia' }] }));
      expect(validateDeck(d, NOW).ok).toBe(true);
    });
  });

  describe('locates JSON syntax errors', () => {
    it.each([
      ['a field given twice', '{\n  "format": 1,\n  "format": 1\n}', 3, 3, /appears twice/],
      ['a trailing comma', '{\n  "format": 1,\n}', 3, 1, /field name/],
      ['a raw line break in a string', '{\n  "title": "a\nb"\n}', 2, 14, /control character/],
    ])('%s', (_, source, line, column, message) => {
      expect(problemsOf(source)).toEqual([expect.objectContaining({ line, column, field: '(syntax)', message: expect.stringMatching(message) })]);
    });
  });

  it('formats a problem as file:line:column: field: message', () => {
    const source = text(deck((d) => Object.assign(d.films[0] as Json, { year: 1887 })));
    const [p] = problemsOf(source, 'questions/mine.json');
    expect(p && formatProblem(p)).toBe(`questions/mine.json:${where(source, '1887').line}:${where(source, '1887').column}: films[0].year: impossible year 1887: films date from 1888 to 2026`);
  });
});

describe('checkDecks', () => {
  const file = (name: string, d: Json) => ({ file: name, text: text(d) });

  it('summarises good decks with their films, people and facts', () => {
    const d = deck();
    const report = checkDecks([file('a.json', d)], NOW);
    expect(report.problems).toEqual([]);
    // Two films (year + one director each, plus Anora's cast entry) and two people (names, one birth year).
    expect(report.good).toEqual([{ file: 'a.json', films: 2, people: 2, facts: 2 + 2 + 1 + 2 + 1 }]);
    expect(countFacts(d as unknown as Deck)).toBe(8);
  });

  it('reports each deck’s own problems and leaves bad decks out of the summary', () => {
    const report = checkDecks([file('a.json', deck()), file('b.json', deck((d) => Object.assign(d.films[0] as Json, { year: 1500 })))], NOW);
    expect(report.problems.map((p) => `${p.file} ${p.field}`)).toEqual(['b.json films[0].year']);
    expect(report.good.map((g) => g.file)).toEqual(['a.json']);
  });

  describe('finds decks that disagree, at the second deck', () => {
    const cases: { name: string; change: (d: Deckish) => void; field: string; message: RegExp; needle: string; offset: number }[] = [
      {
        name: 'one film id with two years',
        change: (d) => Object.assign(d.films[0] as Json, { year: 2014 }),
        field: 'films[0].year',
        message: /"tangerine-2015" is dated 2015 in a\.json; here 2014/,
        needle: '"year": 2014',
        offset: 8,
      },
      {
        name: 'one film id with other directors',
        change: (d) => Object.assign(d.films[0] as Json, { directors: [{ person: 'mikey-madison', source: 'wikipedia' }] }),
        field: 'films[0].directors',
        message: /directed by sean-baker in a\.json; here by mikey-madison/,
        needle: '"directors"',
        offset: 13,
      },
      {
        name: 'one film under two ids',
        change: (d) => Object.assign(d.films[0] as Json, { id: 'tangerine' }),
        field: 'films[0].id',
        message: /is "tangerine-2015" in a\.json/,
        needle: '"id": "tangerine"',
        offset: 6,
      },
      {
        name: 'one film, by its title and director, with another year and id',
        change: (d) => Object.assign(d.films[1] as Json, { id: 'anora-2025', year: 2025 }),
        field: 'films[1].year',
        message: /"Anora" by the same director is dated 2024 in a\.json/,
        needle: '"year": 2025',
        offset: 8,
      },
      {
        name: 'one person with two names',
        change: (d) => Object.assign(d.people[1] as Json, { name: 'Mikey Madisson' }),
        field: 'people[1].name',
        message: /named "Mikey Madison" in a\.json; here "Mikey Madisson"/,
        needle: '"name": "Mikey Madisson"',
        offset: 8,
      },
      {
        name: 'one person with two birth years',
        change: (d) => Object.assign(d.people[0] as Json, { born: 1970 }),
        field: 'people[0].born',
        message: /born in 1971 by a\.json; here 1970/,
        needle: '"born": 1970',
        offset: 8,
      },
    ];
    it.each(cases)('$name', ({ change, field, message, needle, offset }) => {
      const second = text(deck(change));
      const report = checkDecks([file('a.json', deck()), { file: 'b.json', text: second }], NOW);
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toMatchObject({ file: 'b.json', field, ...where(second, needle, 0, offset) });
      expect(report.problems[0]?.message).toMatch(message);
      expect(report.good.map((g) => g.file)).toEqual(['a.json']);
    });
  });

  it('does not count a deck that leaves out a film’s directors as disagreeing about them', () => {
    const second = deck((d) => {
      delete (d.films[0] as Json).directors;
    });
    expect(checkDecks([file('a.json', deck()), file('b.json', second)], NOW).problems).toEqual([]);
  });
});
