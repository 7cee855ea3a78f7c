/** Decks from a spreadsheet: the template plays, its facts agree with the built-in deck, and a bad cell refuses the file by row and column. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckCatalog } from '../../src/content/custom';
import { columnLetter, CSV_TEMPLATE, csvDeck } from '../../src/import/csv-deck';
import { indexDeck } from '../../src/quiz/deck/deck-index';
import { loadDeckText } from '../../src/quiz/deck/load';
import type { Deck } from '../../src/quiz/deck/schema';
import { generateQuiz } from '../../src/quiz/generator';

const NOW = new Date('2026-12-02T00:00:00Z');
const HEADER = 'title,year,directors,cast,writers,genres,countries,runtime,logline,trivia,source,source_url';

function ok(name: string, text: string): Deck {
  const r = csvDeck(name, text, NOW);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.deck;
}

function problems(text: string): readonly string[] {
  const r = csvDeck('films.csv', text, NOW);
  if (r.ok) throw new Error('the file was taken');
  return r.problems;
}

describe('the CSV deck template', () => {
  it('becomes a deck that loads and plays', () => {
    const deck = ok('club.csv', CSV_TEMPLATE);
    expect(deck).toMatchObject({ id: 'club', title: "My club's films", description: 'The films our club has screened, one a row.' });
    expect(deck.films.map((f) => `${f.title} (${f.year})`)).toEqual(['Tangerine (2015)', 'The Florida Project (2017)', 'Anora (2024)']);
    const loaded = loadDeckText('club.json', JSON.stringify(deck));
    expect(loaded.ok).toBe(true);
    // Every fact cites the row's source.
    const tangerine = deck.films[0];
    expect(deck.sources.find((s) => s.id === tangerine?.source)).toMatchObject({ title: 'Wikipedia: Tangerine (film)', url: 'https://en.wikipedia.org/wiki/Tangerine_(film)' });
    expect(tangerine?.cast?.[0]).toEqual({ person: 'kitana-kiki-rodriguez', character: 'Sin-Dee', source: tangerine?.source });
    const quiz = generateQuiz(indexDeck(deck), { seed: 'csv', rounds: 1, perRound: 5 });
    expect(quiz.rounds[0]?.questions.length).toBeGreaterThan(0);
  });

  it('states the same facts as the built-in Sean Baker deck', () => {
    const baker = JSON.parse(readFileSync('questions/sean-baker.json', 'utf8')) as Deck;
    const name = (d: Deck, id: string) => d.people.find((p) => p.id === id)?.name;
    for (const film of ok('club.csv', CSV_TEMPLATE).films) {
      const ref = baker.films.find((f) => f.title === film.title);
      expect(ref, film.title).toBeDefined();
      expect(film.year).toBe(ref?.year);
      expect(film.runtime).toBe(ref?.runtime);
      expect(film.directors?.map((c) => name(ok('club.csv', CSV_TEMPLATE), c.person))).toEqual(ref?.directors?.map((c) => name(baker, c.person)));
      for (const c of film.cast ?? []) {
        const same = ref?.cast?.find((r) => name(baker, r.person) === name(ok('club.csv', CSV_TEMPLATE), c.person));
        expect(same?.character, `${film.title}: ${c.person}`).toBe(c.character);
      }
    }
  });
});

describe('a bad CSV', () => {
  it('is refused with each problem at its row and column, as a spreadsheet numbers them', () => {
    const text = [
      'title,year,source,runtime,cast,source_url',
      'Anora,20x4,Wiki,139,,',
      ',1999,,,,',
      'Tangerine,2015,W,88,Mya Taylor as Alexandra; the kids,,extra',
      'Anora,2024,Wiki,-3,,ftp:/x',
      '"Red',
      'Rocket",2021,Wiki,130,Simon Rex as Mikey,',
      'Red Rocket,2021,W,,,',
    ].join('\n');
    expect(problems(text)).toEqual([
      'films.csv, row 2, column B (year): "20x4" is not a year from 1888 to 2027',
      'films.csv, row 3, column A (title): must not be empty',
      'films.csv, row 3, column C (source): must not be empty',
      'films.csv, row 4, column G: this row has 7 cells but the header 6: is a comma missing its quotes?',
      'films.csv, row 4, column E (cast): "the kids" is not a name (write names separated by ";", each as "Name as Character" or just the name)',
      'films.csv, row 5, column F (source_url): "ftp:/x" is not a web address (https://…)',
      'films.csv, row 5, column D (runtime): "-3" is not a running time in whole minutes (1 to 1500)',
      // A cell over two lines is one row: the next starts on line 8.
      'films.csv, row 8, column A (title): another film called "Red Rocket" (2021) is already in the deck (row 6); a deck cannot tell two films with the same title and year apart',
    ]);
  });

  it('is refused for its header: a column the template lacks, one twice, or one missing', () => {
    expect(problems('title,year,colour\nAnora,2024,red')).toEqual([
      'films.csv, row 1, column C (colour): "colour" is not a column of the template; its columns are title, year, directors, cast, writers, genres, countries, runtime, logline, trivia, source, source_url',
      'films.csv, row 1: the header needs a "source" column',
    ]);
    expect(problems('title,year,source,year\nAnora,2024,W,2024')).toEqual(['films.csv, row 1, column D (year): the column "year" comes twice']);
    expect(problems('')).toEqual([expect.stringContaining('the file is empty')]);
    expect(problems(`${HEADER}\n`)).toEqual(['films.csv: there are no films under the header']);
  });

  it('counts the comment lines at the top as rows, as a spreadsheet shows them', () => {
    expect(problems(`# title: Club\n${HEADER}\nAnora,1700,,,,,,,,,W,`)).toEqual([expect.stringMatching(/^films\.csv, row 3, column B \(year\)/)]);
  });

  it('names the row of any one broken cell in an otherwise good file, over many files', () => {
    const film = fc.record({ title: fc.constantFrom('Anora', 'Tangerine', 'Starlet', 'Take Out', 'Red Rocket', 'Prince of Broadway'), year: fc.integer({ min: 1900, max: 2026 }), runtime: fc.integer({ min: 60, max: 200 }) });
    fc.assert(
      fc.property(fc.uniqueArray(film, { minLength: 1, maxLength: 6, selector: (f) => f.title }), fc.nat(), fc.constantFrom('year', 'runtime', 'source'), (films, pick, column) => {
        const rows = films.map((f) => `${f.title},${f.year},Sean Baker,,,Drama,,${f.runtime},,,Wikipedia,`);
        expect(ok('films.csv', [HEADER, ...rows].join('\n')).films).toHaveLength(films.length);
        const at = pick % rows.length;
        const cells = (rows[at] ?? '').split(',');
        const i = { year: 1, runtime: 7, source: 10 }[column];
        cells[i] = column === 'source' ? '' : 'soon';
        const broken = [...rows];
        broken[at] = cells.join(',');
        expect(problems([HEADER, ...broken].join('\n'))).toEqual([expect.stringContaining(`films.csv, row ${at + 2}, column ${columnLetter(i)} (${column})`)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adding a CSV deck on a device', () => {
  const progress = () => {
    const saved: { id: string; title: string; source: string }[] = [];
    return { saved, customDecks: () => [], saveDeck: (d: { id: string; title: string; source: string }) => saved.push(d) };
  };

  it('keeps the deck as JSON, and offers it', () => {
    const p = progress();
    const catalog = deckCatalog([], p);
    const result = catalog.add('club.csv', CSV_TEMPLATE);
    expect(result.ok).toBe(true);
    expect(p.saved).toHaveLength(1);
    expect(JSON.parse(p.saved[0]?.source ?? '')).toMatchObject({ format: 1, id: 'club', title: "My club's films" });
    expect(catalog.decks.map((d) => d.title)).toEqual(["My club's films (added)"]);
  });

  it('keeps nothing from a file with a bad row, and says where the template is', () => {
    const p = progress();
    const result = deckCatalog([], p).add('club.csv', `${HEADER}\nAnora,2024,,,,,,long,,,W,`);
    expect(result).toEqual({ ok: false, problems: ['club.csv, row 2, column H (runtime): "long" is not a running time in whole minutes (1 to 1500)', expect.stringContaining('Nothing was added')] });
    expect(p.saved).toEqual([]);
  });
});
