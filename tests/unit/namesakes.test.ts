/**
 * Namesakes from outside a deck: an importer marks a film whose title another film has
 * (in the shipped decks or a table given), so that the game shows it with its year or
 * directors instead of a bare title a player could read as the other film.
 */
import { describe, expect, it } from 'vitest';
import { hasNamesake, markNamesakes, titlesIn, titleYears } from '../../src/import/namesakes';
import type { Deck } from '../../src/quiz/deck/schema';

const deck = (films: { id: string; title: string; year: number; sharedTitle?: true }[]): Deck => ({
  format: 1,
  id: 'imported',
  title: 'Imported',
  description: 'An imported deck.',
  sources: [{ id: 'src', title: 'Table', kind: 'database' }],
  people: [],
  films: films.map((f) => ({ ...f, source: 'src' })),
});

describe('namesakes from outside a deck', () => {
  const known = titleYears([
    { title: 'Scream', year: 1996 },
    { title: 'All Quiet on the Western Front', year: 1930 },
    { title: 'Tangerine', year: 2015 },
  ]);

  it('marks a film whose title another film of another year has, by how the titles read', () => {
    const { deck: marked, marked: count } = markNamesakes(
      deck([
        { id: 'scream-2022', title: 'Scream', year: 2022 },
        { id: 'all-quiet-2022', title: 'All Quiet on the Western Front', year: 2022 },
        { id: 'tangerine-2015', title: 'Tangerine', year: 2015 },
        { id: 'the-scream-2022', title: 'The Scream', year: 2022 },
      ]),
      known,
    );
    expect(marked.films.map((f) => f.sharedTitle === true)).toEqual([true, true, false, true]);
    expect(count).toBe(3);
  });

  it('takes a year or two apart for one film: a festival premiere and a release', () => {
    expect(hasNamesake(known, 'Tangerine', 2016)).toBe(false);
    expect(hasNamesake(known, 'Tangerine', 2019)).toBe(true);
  });

  it('reads titles from a deck, a list of films and a table with title and year columns, and names a file it cannot read', () => {
    expect(titlesIn({ name: 'deck.json', text: JSON.stringify(deck([{ id: 'a-1999', title: 'A', year: 1999 }])) })).toEqual([{ title: 'A', year: 1999 }]);
    expect(titlesIn({ name: 'movies-1990s.json', text: '[{"title":"B","year":1995,"cast":[]},{"title":null}]' })).toEqual([{ title: 'B', year: 1995 }]);
    expect(titlesIn({ name: 'films.csv', text: 'year,title,director\n1960,"La Dolce Vita ",Fellini\n' })).toEqual([{ title: 'La Dolce Vita', year: 1960 }]);
    expect(() => titlesIn({ name: 'odd.csv', text: 'name,when\nX,1990\n' })).toThrow(/odd\.csv.*title.*year/);
    expect(() => titlesIn({ name: 'odd.json', text: '{"x":1}' })).toThrow(/odd\.json/);
  });
});
