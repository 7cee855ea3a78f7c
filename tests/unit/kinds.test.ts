/**
 * Each question kind on small decks written for the case at hand, with the tricky ones
 * the generator must get right: co-directors, namesakes, shared titles, ties, shared
 * prizes, places inside places, missing data that does not mean "no".
 */
import { describe, expect, it } from 'vitest';
import { type DeckIndex, indexDeck } from '../../src/quiz/deck/deck-index';
import type { Award, CompletableList, Film, Person } from '../../src/quiz/deck/schema';
import { validateDeck } from '../../src/quiz/deck/validate';
import { allQuestions, buildQuestion, candidates, generateQuiz } from '../../src/quiz/generator';
import { yearPoints } from '../../src/quiz/kinds/closest-year';
import { winsOf } from '../../src/quiz/kinds/oscar-count';
import { KIND_BY_ID, KIND_IDS, KINDS, kindById } from '../../src/quiz/kinds/index';
import { formatsDiffer, placesDiffer } from '../../src/quiz/kinds/places';
import { schoolsDiffer } from '../../src/quiz/kinds/person-education';
import { INPUT_MODES, type KindId, type Question } from '../../src/quiz/question';
import { createRng } from '../../src/quiz/rng';

interface FilmSpec {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly directors?: readonly string[];
  readonly cast?: readonly (readonly [person: string, character?: string])[];
  readonly awards?: readonly (Omit<Award, 'source' | 'body'> & { body?: Award['body'] })[];
  readonly settings?: readonly string[];
  readonly shotOn?: readonly string[];
  /** Formats that hold for part of the film only (marked `partial`), after `shotOn`. */
  readonly partlyShotOn?: readonly string[];
  readonly runtime?: number;
  readonly logline?: string;
  readonly tags?: readonly string[];
  readonly genres?: readonly string[];
  readonly languages?: readonly string[];
  readonly references?: readonly (readonly [film: string, how: string])[];
}

interface DeckSpec {
  readonly films: readonly FilmSpec[];
  /** People by id; anyone referenced but not listed is named after their id ("sean-baker" → "Sean Baker"). */
  readonly people?: readonly (Partial<Person> & { id: string })[];
  readonly complete?: readonly CompletableList[];
}

const nameFromId = (id: string) =>
  id
    .replace(/-\d+$/, '')
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** Builds, validates and indexes a deck from a compact description. */
function deck(spec: DeckSpec): DeckIndex {
  const ids = new Set<string>();
  const films: Film[] = spec.films.map((f) => {
    for (const p of [...(f.directors ?? []), ...(f.cast ?? []).map((c) => c[0]), ...(f.awards ?? []).flatMap((a) => a.people ?? [])]) ids.add(p);
    return {
      id: f.id,
      title: f.title,
      year: f.year,
      source: 'src',
      ...(f.directors ? { directors: f.directors.map((person) => ({ person, source: 'src' })) } : {}),
      ...(f.cast ? { cast: f.cast.map(([person, character]) => ({ person, source: 'src', ...(character ? { character } : {}) })) } : {}),
      ...(f.awards ? { awards: f.awards.map((a) => ({ body: 'oscars' as const, ...a, source: 'src' })) } : {}),
      ...(f.settings ? { settings: f.settings.map((place) => ({ place, source: 'src' })) } : {}),
      ...(f.shotOn || f.partlyShotOn
        ? { shotOn: [...(f.shotOn ?? []).map((format) => ({ format, source: 'src' })), ...(f.partlyShotOn ?? []).map((format) => ({ format, partial: true, source: 'src' }))] }
        : {}),
      ...(f.runtime ? { runtime: f.runtime } : {}),
      ...(f.logline ? { logline: f.logline } : {}),
      ...(f.tags ? { tags: [...f.tags] } : {}),
      ...(f.genres ? { genres: [...f.genres] } : {}),
      ...(f.languages ? { languages: [...f.languages] } : {}),
      ...(f.references ? { references: f.references.map(([film, how]) => ({ film, how, source: 'src' })) } : {}),
    };
  });
  const given = new Map((spec.people ?? []).map((p) => [p.id, p]));
  for (const id of given.keys()) ids.add(id);
  const people: Person[] = [...ids].sort().map((id) => ({ id, name: nameFromId(id), source: 'src', ...given.get(id) }));
  const raw = {
    format: 1,
    id: 'test',
    title: 'Test deck',
    description: 'A deck written for one test.',
    ...(spec.complete ? { complete: [...spec.complete] } : {}),
    sources: [{ id: 'src', title: 'Test source', kind: 'reference' }],
    people,
    films,
  };
  const result = validateDeck(raw, new Date('2025-06-01'));
  if (!result.ok) throw new Error(`test deck is invalid: ${result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  return indexDeck(result.deck);
}

/** The question a kind makes about one subject with one seed, or null. */
function ask(index: DeckIndex, kind: KindId, subject: string, seed = 's'): Question | null {
  const c = candidates(index, [kindById(kind)]).find((x) => x.subject === subject);
  if (!c) return null;
  return buildQuestion(index, c, createRng(seed));
}

/** Every option a kind ever offers about one subject, over many seeds. */
function optionsEver(index: DeckIndex, kind: KindId, subject: string): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) for (const o of ask(index, kind, subject, `seed-${i}`)?.options ?? []) seen.add(o);
  return seen;
}

const subjectsOf = (index: DeckIndex, kind: KindId) => candidates(index, [kindById(kind)]).map((c) => c.subject);

/** Ten unrelated directors' films, two years apart: plenty of plausible wrong options. */
const filler = (from = 1990): FilmSpec[] =>
  Array.from({ length: 10 }, (_, i) => ({ id: `filler-${i}`, title: `Filler Picture ${'ABCDEFGHIJ'[i]}`, year: from + 2 * i, directors: [`director-${'abcdefghij'[i]}`] }));

describe('the kinds list', () => {
  it('has one kind for every KindId, each listed once in KINDS', () => {
    expect(KINDS.map((k) => k.id).sort()).toEqual(Object.keys(KIND_BY_ID).sort());
    for (const [id, kind] of Object.entries(KIND_BY_ID)) expect(kind.id).toBe(id);
    expect(new Set(KIND_IDS).size).toBe(KINDS.length);
  });
});

describe('film-director', () => {
  const index = deck({
    films: [
      { id: 'take-out', title: 'Take Out', year: 2004, directors: ['sean-baker', 'shih-ching-tsou'] },
      { id: 'scream', title: 'Scream', year: 2022, directors: ['matt-bettinelli-olpin', 'tyler-gillett'] },
      { id: 'tangerine', title: 'Tangerine', year: 2015, directors: ['sean-baker'] },
      // Another person who happens to be called Sean Baker.
      { id: 'other', title: 'Other Picture', year: 2005, directors: ['sean-baker-2'] },
      // Real directing teams of the time.
      { id: 'team-1', title: 'Team One', year: 2002, directors: ['ann-a', 'bob-b'] },
      { id: 'team-2', title: 'Team Two', year: 2003, directors: ['cy-c', 'di-d'] },
      { id: 'team-3', title: 'Team Three', year: 2006, directors: ['ed-e', 'fay-f'] },
      ...filler(2000),
    ],
    people: [
      { id: 'sean-baker-2', name: 'Sean Baker' },
      { id: 'shih-ching-tsou', name: 'Shih-Ching Tsou' },
    ],
  });

  it('names every director of a co-directed film', () => {
    expect(ask(index, 'film-director', 'take-out')?.answer).toBe('Sean Baker and Shih-Ching Tsou');
  });

  it('offers real teams for a co-directed film: never a lone co-director, who would be half right, nor a pair that never was', () => {
    const seen = optionsEver(index, 'film-director', 'take-out');
    // Scream's team worked nearly twenty years later: out of the film's era.
    expect([...seen].sort()).toEqual(['Ann A and Bob B', 'Cy C and Di D', 'Ed E and Fay F', 'Sean Baker and Shih-Ching Tsou']);
  });

  it('offers directors working around the film’s year only', () => {
    const recent: FilmSpec[] = Array.from({ length: 4 }, (_, i) => ({ id: `recent-${i}`, title: `Recent ${i}`, year: 2016 + 2 * i, directors: [`recent-director-${'abcd'[i]}`] }));
    const index = deck({ films: [{ id: 'now', title: 'Now', year: 2020, directors: ['d-now'] }, ...filler(1960), ...recent] });
    expect([...optionsEver(index, 'film-director', 'now')].sort()).toEqual(['D Now', 'Recent Director A', 'Recent Director B', 'Recent Director C', 'Recent Director D']);
  });

  it('is not asked when too few directors were working then', () => {
    const lonely = deck({ films: [{ id: 'now', title: 'Now', year: 2020, directors: ['d-now'] }, ...filler(1960)] });
    expect(ask(lonely, 'film-director', 'now')).toBeNull();
  });

  it('never offers someone who shares a right answer’s name', () => {
    for (const o of optionsEver(index, 'film-director', 'tangerine')) if (o !== 'Sean Baker') expect(o).not.toContain('Sean Baker');
    expect([...optionsEver(index, 'film-director', 'tangerine')].filter((o) => o === 'Sean Baker')).toHaveLength(1);
  });

  it('is not asked about a film with no directors on record', () => {
    const bare = deck({ films: [{ id: 'x', title: 'X', year: 2000 }, ...filler()] });
    expect(subjectsOf(bare, 'film-director')).not.toContain('x');
  });
});

describe('true-false', () => {
  const index = deck({
    films: [
      { id: 'take-out', title: 'Take Out', year: 2004, directors: ['sean-baker', 'shih-ching-tsou'] },
      { id: 'team', title: 'Team Picture', year: 2003, directors: ['ann-a', 'bob-b'] },
      ...filler(2000),
    ],
    people: [{ id: 'shih-ching-tsou', name: 'Shih-Ching Tsou' }],
  });

  it('states the whole team when true', () => {
    const q = ask(index, 'true-false', 'take-out/true');
    expect(q?.prompt).toBe('True or false: Sean Baker and Shih-Ching Tsou directed Take Out (2004).');
    expect(q?.answer).toBe('True');
  });

  it('when false, names a real team of as many people, none of whom directed the film', () => {
    const q = ask(index, 'true-false', 'take-out/false');
    expect(q?.answer).toBe('False');
    expect(q?.options).toEqual(['True', 'False']);
    expect(q?.prompt).toBe('True or false: Ann A and Bob B directed Take Out (2004).');
  });

  it('when false about one director, names another who was working then', () => {
    const q = ask(index, 'true-false', 'filler-2/false');
    const named = /^True or false: (.+) directed Filler Picture C \(2004\)\.$/.exec(q?.prompt ?? '')?.[1];
    const worked = index.films.filter((f) => f.directors?.some((d) => index.person(d.person).name === named)).map((f) => f.year);
    expect(named).not.toBe('Director C');
    expect(worked.some((y) => Math.abs(y - 2004) <= 5)).toBe(true);
  });
});

describe('films that share a title', () => {
  const index = deck({
    films: [
      { id: 'hamlet-1948', title: 'Hamlet', year: 1948, directors: ['laurence-olivier'] },
      { id: 'hamlet-1996', title: 'Hamlet', year: 1996, directors: ['kenneth-branagh'] },
      { id: 'henry-v', title: 'Henry V', year: 1989, directors: ['kenneth-branagh'] },
      { id: 'man-who-knew-1934', title: 'The Man Who Knew Too Much', year: 1934, directors: ['alfred-hitchcock'] },
      { id: 'man-who-knew-1956', title: 'The Man Who Knew Too Much', year: 1956, directors: ['alfred-hitchcock'] },
      ...filler(1940),
    ],
  });

  it('are offered with their year, so the other Hamlet is never read as a wrong answer that is right', () => {
    const seen = new Set([...optionsEver(index, 'person-filmography', 'kenneth-branagh/henry-v'), ...optionsEver(index, 'person-filmography', 'laurence-olivier/hamlet-1948')]);
    expect(seen).not.toContain('Hamlet');
    expect([...seen].filter((o) => o.startsWith('Hamlet'))).toEqual(expect.arrayContaining(['Hamlet (1948)']));
  });

  it('are named by their directors where the year would give the answer away (an order), and left out when one director made both', () => {
    for (const kind of ['first-released', 'release-order'] as const) {
      const ids = subjectsOf(index, kind);
      expect(ids).toContain('hamlet-1948');
      expect(ids).not.toContain('man-who-knew-1934');
      const seen = new Set(ids.flatMap((subject) => [...optionsEver(index, kind, subject)]));
      for (const o of seen) expect(o).not.toMatch(/Man Who Knew|\(\d{4}\)/);
      expect(seen).toContain('Hamlet (Laurence Olivier)');
      expect(seen).not.toContain('Hamlet');
    }
  });

  it('count as shared when the deck marks them so: a namesake in another deck or a reference table', () => {
    const marked = deck({ films: [{ id: 'scream', title: 'Scream', year: 2022, directors: ['tyler-gillett'] }, ...filler(2000)] });
    const raw = { ...marked.deck, films: marked.deck.films.map((f) => (f.id === 'scream' ? { ...f, sharedTitle: true as const } : f)) };
    const index = indexDeck(raw);
    expect(ask(index, 'first-released', 'filler-9')).toBeNull();
    const offered = new Set(subjectsOf(index, 'person-filmography').flatMap((subject) => [...optionsEver(index, 'person-filmography', subject)]));
    expect([...offered].filter((o) => o.startsWith('Scream'))).toEqual(['Scream (2022)']);
    expect(ask(index, 'release-order', 'scream', 'x')?.options).toContain('Scream (Tyler Gillett)');
  });

  it('are named by their director when the year is asked, and not asked at all when one director made both', () => {
    expect(ask(index, 'film-year', 'hamlet-1996')?.prompt).toBe('In which year was Kenneth Branagh’s Hamlet first released?');
    expect(ask(index, 'film-year', 'man-who-knew-1934')).toBeNull();
    expect(ask(index, 'closest-year', 'man-who-knew-1956')).toBeNull();
  });
});

describe('first-released', () => {
  const index = deck({
    films: [
      { id: 'a', title: 'Alpha', year: 2000, directors: ['d-a'] },
      { id: 'b', title: 'Bravo', year: 2000, directors: ['d-b'] },
      { id: 'c', title: 'Charlie', year: 2001, directors: ['d-c'] },
      { id: 'd', title: 'Delta', year: 2002, directors: ['d-d'] },
      { id: 'e', title: 'Echo', year: 2003, directors: ['d-e'] },
      { id: 'f', title: 'Foxtrot', year: 1999, directors: ['d-f'] },
    ],
  });

  it('never offers a film from the same year as the answer, which would tie', () => {
    const seen = optionsEver(index, 'first-released', 'a');
    expect(seen).not.toContain('Bravo');
    expect(seen).not.toContain('Foxtrot');
    expect(ask(index, 'first-released', 'a')?.answer).toBe('Alpha');
  });

  it('cites the year of every film it shows', () => {
    const q = ask(index, 'first-released', 'a');
    expect(q?.sources.map((s) => s.fact).sort()).toEqual(['films.a.year', 'films.c.year', 'films.d.year', 'films.e.year']);
  });
});

describe('character-actor', () => {
  const index = deck({
    films: [
      { id: 'anora', title: 'Anora', year: 2024, directors: ['sean-baker'], cast: [['mikey-madison', 'Ani'], ['mark-eydelshteyn', 'Vanya'], ['twin-a', 'Guard'], ['twin-b', 'Guard']] },
      { id: 'other', title: 'Other', year: 2023, directors: ['x'], cast: [['chris-evans', 'Hero'], ['dee-d', 'Heroine']] },
      {
        id: 'else',
        title: 'Else',
        year: 2022,
        directors: ['y'],
        cast: [['chris-evans-2', 'Villain'], ['a-1', 'A'], ['b-1', 'B'], ['c-1', 'C'], ['mikey-madison-2', 'Someone'], ['kid-k', 'Daughter'], ['nobody-n', 'Neighbour']],
      },
      // An actress nominated for Best Actress is an actress, whatever the people list says.
      { id: 'prize', title: 'Prize', year: 2021, cast: [['eve-e', 'Eve']], awards: [{ year: 2021, category: 'Best Actress', result: 'nominated', people: ['eve-e'] }] },
      { id: 'long-ago', title: 'Long Ago', year: 1990, cast: [['old-o', 'Old']] },
    ],
    people: [
      { id: 'mikey-madison', gender: 'female', born: 1999 },
      { id: 'mark-eydelshteyn', gender: 'male', born: 2002 },
      { id: 'chris-evans', gender: 'male', born: 1981 },
      { id: 'chris-evans-2', name: 'Chris Evans', gender: 'male', born: 1981 },
      { id: 'mikey-madison-2', name: 'Mikey Madison', gender: 'female', born: 1998 },
      { id: 'a-1', gender: 'female', born: 1997 },
      { id: 'b-1', gender: 'male', born: 1996 },
      { id: 'c-1', gender: 'female', born: 2000 },
      { id: 'dee-d', gender: 'female', born: 1995 },
      { id: 'eve-e', born: 1994 },
      { id: 'old-o', gender: 'female', born: 1960 },
      // A child, and an actress of unknown age: neither is offered for a grown woman's part.
      { id: 'kid-k', gender: 'female', born: 2014 },
      { id: 'nobody-n', gender: 'female' },
    ],
  });

  it('asks who played a character one person is recorded as playing', () => {
    expect(ask(index, 'character-actor', 'anora/0')?.prompt).toBe('Who played Ani in Anora (2024)?');
    expect(ask(index, 'character-actor', 'anora/0')?.answer).toBe('Mikey Madison');
  });

  it('does not ask about a character two cast members share', () => {
    expect(subjectsOf(index, 'character-actor')).not.toContain('anora/2');
  });

  it('never offers a namesake of the actor, nor another member of the cast', () => {
    const seen = [...optionsEver(index, 'character-actor', 'anora/0')];
    expect(seen.filter((o) => o === 'Mikey Madison')).toHaveLength(1);
    expect(seen).not.toContain('Mark Eydelshteyn');
  });

  it('offers only actors of the same gender and age as the one who played the part, working at the time', () => {
    // Not B (a man) nor Chris Evans, not Old O (working thirty years before), not Kid K (a child)
    // nor Nobody N (of unknown age); Eve E by her Best Actress nomination.
    expect([...optionsEver(index, 'character-actor', 'anora/0')].sort()).toEqual(['A', 'C', 'Dee D', 'Eve E', 'Mikey Madison']);
  });

  it('is not asked about an actor whose birth year the deck does not record', () => {
    expect(ask(index, 'character-actor', 'else/6')).toBeNull();
  });

  it('is not asked about an actor whose gender the deck does not record', () => {
    const unknown = deck({ films: [{ id: 'f', title: 'F', year: 2000, cast: [['jane-doe', 'Jane']] }, { id: 'g', title: 'G', year: 2000, cast: [['a-1', 'A'], ['b-1', 'B'], ['c-1', 'C']] }] });
    expect(ask(unknown, 'character-actor', 'f/0')).toBeNull();
  });

  it('drops a question whose character name gives the actor away', () => {
    const leaky = deck({
      films: [{ id: 'f', title: 'F', year: 2000, cast: [['jane-doe', 'Young Jane Doe']] }, { id: 'g', title: 'G', year: 2000, cast: [['a-1', 'A'], ['b-1', 'B'], ['c-1', 'C']] }],
      people: ['jane-doe', 'a-1', 'b-1', 'c-1'].map((id) => ({ id, gender: 'female' as const, born: 1970 })),
    });
    expect(ask(leaky, 'character-actor', 'f/0')).toBeNull();
  });
});

describe('award-winner', () => {
  const palme = (year: number) => ({ body: 'cannes' as const, year, category: "Palme d'Or", result: 'won' as const });
  const index = deck({
    films: [
      { id: 'wild', title: 'Wild at Heart', year: 1990, directors: ['david-lynch'], awards: [palme(1990)] },
      { id: 'barton', title: 'Barton Fink', year: 1991, directors: ['joel-coen'], awards: [palme(1991)] },
      { id: 'intentions', title: 'The Best Intentions', year: 1992, directors: ['bille-august'], awards: [palme(1992)] },
      { id: 'the-piano', title: 'The Piano', year: 1993, directors: ['jane-campion'], awards: [palme(1993)] },
      { id: 'farewell', title: 'Farewell My Concubine', year: 1993, directors: ['chen-kaige'], awards: [palme(1993)] },
      { id: 'pulp', title: 'Pulp Fiction', year: 1994, directors: ['quentin-tarantino'], awards: [palme(1994)] },
      { id: 'underground', title: 'Underground', year: 1995, directors: ['emir-kusturica'], awards: [palme(1995)] },
      { id: 'old', title: 'An Old Film', year: 1992, directors: ['someone'] },
    ],
  });

  it('asks which of these shared a prize won ex aequo, and never offers the other winner', () => {
    const q = ask(index, 'award-winner', 'the-piano/0');
    expect(q?.prompt).toBe("Which of these films shared the Palme d'Or at the 1993 Cannes Film Festival?");
    expect(q?.explanation).toContain('shared with Farewell My Concubine');
    expect(optionsEver(index, 'award-winner', 'the-piano/0')).not.toContain('Farewell My Concubine');
  });

  it('offers films that could have competed and are known not to have won: other years’ winners from that year or the three before', () => {
    // Never Underground, which came out after the festival, nor Wild at Heart, four years before; never An Old Film, with no record.
    expect([...optionsEver(index, 'award-winner', 'the-piano/0')].sort()).toEqual(['Barton Fink', 'The Best Intentions', 'The Piano', 'Wild at Heart']);
    expect([...optionsEver(index, 'award-winner', 'pulp/0')].sort()).toEqual(['Barton Fink', 'Farewell My Concubine', 'Pulp Fiction', 'The Best Intentions', 'The Piano']);
  });

  it('is not asked when fewer than three films could have competed', () => {
    expect(ask(index, 'award-winner', 'wild/0')).toBeNull();
  });

  it('takes the Grand Prix and the Palme d’Or for one prize, named as it was that year', () => {
    const top = (year: number, category: string) => ({ body: 'cannes' as const, year, category, result: 'won' as const });
    const grand = 'Grand Prix du Festival International du Film';
    const cannes = deck({
      films: [
        { id: 'z', title: 'Zulu', year: 1951, awards: [top(1951, grand)] },
        { id: 'a', title: 'Alpha', year: 1952, awards: [top(1952, grand)] },
        { id: 'b', title: 'Bravo', year: 1953, awards: [top(1953, grand)] },
        { id: 'c', title: 'Charlie', year: 1954, awards: [top(1954, grand)] },
        { id: 'marty', title: 'Marty', year: 1955, awards: [top(1955, "Palme d'Or")] },
      ],
    });
    const q = ask(cannes, 'award-winner', 'marty/0');
    expect(q?.prompt).toBe("Which film won the Palme d'Or at the 1955 Cannes Film Festival?");
    expect([...(q?.options ?? [])].sort()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Marty']);
    expect(ask(cannes, 'award-winner', 'c/0')?.prompt).toBe("Which film won the Grand Prix (then Cannes's top prize) at the 1954 Cannes Film Festival?");
  });

  it('says a retroactive award was given retroactively', () => {
    const retro = deck({
      films: [
        { id: 'u', title: 'Union Pacific', year: 1939, awards: [{ body: 'cannes', year: 1939, category: 'Grand Prix du Festival International du Film', result: 'won', presented: 2002 }] },
        ...['a', 'b', 'c'].map((x, i) => ({ id: x, title: `Film ${x}`, year: 1936 + i, awards: [{ body: 'cannes' as const, year: 1936 + i, category: 'Grand Prix du Festival International du Film', result: 'won' as const }] })),
      ],
    });
    const q = ask(retro, 'award-winner', 'u/0');
    expect(q?.prompt).toBe("Which film won the Grand Prix (then Cannes's top prize) at the 1939 Cannes Film Festival, awarded retroactively in 2002?");
  });

  it('offers only animated films for Animated Feature, and films not in English for International Feature', () => {
    const oscar = (year: number, category: string, result: 'won' | 'nominated' = 'won') => ({ year, edition: year - 1927, category, result });
    const films: FilmSpec[] = [
      { id: 'toon', title: 'Toon', year: 2010, genres: ['Animation'], awards: [oscar(2010, 'Best Animated Feature')] },
      { id: 'toon-2', title: 'Toon Two', year: 2009, genres: ['Animation'] },
      { id: 'toon-3', title: 'Toon Three', year: 2008, genres: ['Animation'] },
      { id: 'toon-4', title: 'Toon Four', year: 2010, genres: ['Animation'] },
      { id: 'live', title: 'Live', year: 2010, genres: ['Drama'], languages: ['Danish'], awards: [oscar(2010, 'Best International Feature Film')] },
      { id: 'live-2', title: 'Live Two', year: 2010, genres: ['Drama'], languages: ['English'] },
      { id: 'live-3', title: 'Live Three', year: 2009, genres: ['Drama'], languages: ['Spanish'] },
      { id: 'live-4', title: 'Live Four', year: 2009, genres: ['Drama'], languages: ['Japanese'] },
      { id: 'live-5', title: 'Live Five', year: 2008, genres: ['Comedy'], languages: ['Italian'] },
    ];
    const index = deck({ films, complete: ['oscars'] });
    expect([...optionsEver(index, 'award-winner', 'toon/0')].sort()).toEqual(['Toon', 'Toon Four', 'Toon Three', 'Toon Two']);
    // Toon Two is animated and its language unknown: not an International Feature option; Live Two is in English.
    expect([...optionsEver(index, 'award-winner', 'live/0')].sort()).toEqual(['Live', 'Live Five', 'Live Four', 'Live Three']);
  });

  it('asks about a prize to a person only with losing nominees on record, or with every Oscar listed', () => {
    const actress = (year: number, person: string, result: 'won' | 'nominated') => ({ year, category: 'Best Actress', result, people: [person] });
    const films: FilmSpec[] = [
      { id: 'w', title: 'Winner', year: 2000, awards: [actress(2000, 'ann-a', 'won')] },
      { id: 'x', title: 'Loser One', year: 2000, awards: [actress(2000, 'bea-b', 'nominated')] },
      { id: 'y', title: 'Loser Two', year: 2000, awards: [actress(2000, 'cat-c', 'nominated')] },
      { id: 'z', title: 'Later', year: 2001, awards: [actress(2001, 'dee-d', 'won')] },
    ];
    expect(ask(deck({ films }), 'award-winner', 'w/0')).toBeNull();
    const q = ask(deck({ films, complete: ['oscars'] }), 'award-winner', 'w/0');
    expect(q?.prompt).toBe('Who won Best Actress at the Academy Awards for 2000?');
    expect([...(q?.options ?? [])].sort()).toEqual(['Ann A', 'Bea B', 'Cat C', 'Dee D']);
  });
});

describe('award-person', () => {
  const actress = (year: number, person: string, result: 'won' | 'nominated' = 'won') => ({ year, edition: year - 1927, category: 'Best Actress', result, people: [person] });
  const index = deck({
    films: [
      { id: 'anora', title: 'Anora', year: 2024, cast: [['mikey-madison', 'Ani'], ['yura-borisov', 'Igor']], awards: [actress(2024, 'mikey-madison')] },
      { id: 'b', title: 'B', year: 2023, awards: [actress(2023, 'emma-stone')] },
      { id: 'c', title: 'C', year: 2022, awards: [actress(2022, 'michelle-yeoh')] },
      { id: 'd', title: 'D', year: 2024, awards: [{ ...actress(2024, 'demi-moore', 'nominated'), category: 'Best Supporting Actress' }] },
    ],
  });

  it('asks who won a prize for a film: the award names who received it, so everyone else is known wrong', () => {
    const q = ask(index, 'award-person', 'anora/0');
    expect(q?.prompt).toBe('Who won Best Actress at the 97th Academy Awards for Anora?');
    expect(q?.answer).toBe('Mikey Madison');
    // Wrong options are people up for the same kind of award: never Anora's male lead.
    expect([...optionsEver(index, 'award-person', 'anora/0')].sort()).toEqual(['Demi Moore', 'Emma Stone', 'Michelle Yeoh', 'Mikey Madison']);
  });
});

describe('honorary awards', () => {
  it('are named as such, and received rather than won', () => {
    const special = { year: 1939, edition: 12, category: 'Special Award', result: 'won' as const, people: ['william-cameron-menzies'] };
    const index = deck({
      films: [
        { id: 'gwtw', title: 'Gone with the Wind', year: 1939, awards: [special] },
        ...['a', 'b', 'c'].map((x, i) => ({ id: x, title: `Film ${x}`, year: 1937 + i, awards: [{ ...special, year: 1937 + i, edition: 10 + i, people: [`person-${x}`] }] })),
      ],
    });
    const q = ask(index, 'award-person', 'gwtw/0');
    expect(q?.prompt).toBe('Who received a Special Award (an honorary Oscar) at the 12th Academy Awards for Gone with the Wind?');
    // "Who won the Special Award?" has no one answer: several people receive one in a year.
    expect(ask(index, 'award-winner', 'gwtw/0')).toBeNull();
  });
});

describe('oscar-count', () => {
  const films: FilmSpec[] = [
    {
      id: 'anora',
      title: 'Anora',
      year: 2024,
      awards: [
        { year: 2024, category: 'Best Picture', result: 'won' },
        { year: 2024, category: 'Best Director', result: 'won' },
        { year: 2024, category: 'Best Supporting Actor', result: 'nominated' },
      ],
    },
  ];

  it('is asked only of decks that list every Oscar', () => {
    expect(subjectsOf(deck({ films }), 'oscar-count')).toEqual([]);
    const q = ask(deck({ films, complete: ['oscars'] }), 'oscar-count', 'anora');
    expect(q?.answer).toBe('2');
    expect(q?.explanation).toBe('Anora (2024) won 2 of its 3 Academy Award nominations.');
  });

  it('counts nominations, not categories, and reads as English', () => {
    const explain = (awards: FilmSpec['awards']) => ask(deck({ films: [{ id: 'f', title: 'F', year: 2000, awards }], complete: ['oscars'] }), 'oscar-count', 'f')?.explanation;
    const supporting = (person: string) => ({ year: 2000, category: 'Best Supporting Actor', result: 'nominated' as const, people: [person] });
    expect(explain([{ year: 2000, category: 'Best Picture', result: 'won' }, supporting('ann-a'), supporting('bob-b')])).toBe('F (2000) won 1 of its 3 Academy Award nominations.');
    expect(winsOf(1, 1)).toBe('won its only Academy Award nomination');
    expect(winsOf(0, 1)).toBe('did not win its only Academy Award nomination');
    expect(winsOf(2, 2)).toBe('won both of its Academy Award nominations');
    // One nomination makes the answer 1 or 0, film after film: not asked.
    expect(explain([{ year: 2000, category: 'Best Picture', result: 'won' }])).toBeUndefined();
    expect(explain([supporting('ann-a'), supporting('bob-b')])).toBe('F (2000) won none of its 2 Academy Award nominations.');
  });

  it('is not asked of a film with an honorary award, whose count is a matter of opinion', () => {
    const honorary: FilmSpec[] = [{ ...(films[0] as FilmSpec), awards: [...(films[0]?.awards ?? []), { year: 2024, category: 'Honorary Award', result: 'won' }] }];
    expect(ask(deck({ films: honorary, complete: ['oscars'] }), 'oscar-count', 'anora')).toBeNull();
  });
});

describe('film-setting', () => {
  const films: FilmSpec[] = [
    { id: 'prince', title: 'Prince of Broadway', year: 2008, settings: ['New York City'] },
    { id: 'anora', title: 'Anora', year: 2024, settings: ['Brighton Beach, Brooklyn', 'Las Vegas, Nevada'] },
    { id: 'tangerine', title: 'Tangerine', year: 2015, settings: ['Hollywood'] },
    { id: 'starlet', title: 'Starlet', year: 2012, settings: ['Los Angeles, California'] },
    { id: 'florida', title: 'The Florida Project', year: 2017, settings: ['Kissimmee, Florida'] },
    { id: 'red', title: 'Red Rocket', year: 2021, settings: ['Texas City, Texas'] },
    { id: 'cabiria', title: 'Nights of Cabiria', year: 1957, settings: ['Rome, Italy'] },
    { id: 'contempt', title: 'Contempt', year: 1963, settings: ['Capri, Italy'] },
    { id: 'mystery', title: 'Mystery', year: 2010, settings: ['Middle-earth'] },
    { id: 'blank', title: 'Blank', year: 2010 },
  ];

  it('is asked only when the deck declares settings complete', () => {
    expect(subjectsOf(deck({ films }), 'film-setting')).toEqual([]);
  });

  it('never offers a film set inside the place asked about (Brighton Beach is in New York City), nor one it cannot place', () => {
    const index = deck({ films, complete: ['settings'] });
    const seen = optionsEver(index, 'film-setting', 'prince/0');
    expect(seen).not.toContain('Anora');
    expect(seen).not.toContain('Mystery');
    expect(seen).not.toContain('Blank');
    expect(seen).toContain('Red Rocket');
    expect(optionsEver(index, 'film-setting', 'starlet/0')).not.toContain('Tangerine');
  });

  it('says "partly set in" for a film set in several places', () => {
    const q = ask(deck({ films, complete: ['settings'] }), 'film-setting', 'anora/1');
    expect(q?.prompt).toBe('Which of these films is partly set in Las Vegas, Nevada?');
    expect(ask(deck({ films, complete: ['settings'] }), 'film-setting', 'red/0')?.prompt).toBe('Which of these films is set in Texas City, Texas?');
  });

  it('drops a question whose place gives the answer away (The Florida Project, set in Kissimmee, Florida)', () => {
    expect(ask(deck({ films, complete: ['settings'] }), 'film-setting', 'florida/0')).toBeNull();
  });

  it('knows which places lie inside which', () => {
    expect(placesDiffer('Brighton Beach, Brooklyn', 'New York City')).toBe(false);
    expect(placesDiffer('The Bronx, New York City', 'Manhattan')).toBe(true);
    expect(placesDiffer('Hollywood', 'Los Angeles, California')).toBe(false);
    expect(placesDiffer('Woodsboro, California', 'Los Angeles')).toBe(false);
    expect(placesDiffer('Rome, Italy', 'Capri, Italy')).toBe(true);
    expect(placesDiffer('Paris, Texas', 'Paris')).toBe(false);
    expect(placesDiffer('Danzig', 'Berlin')).toBe(false);
    expect(placesDiffer('the French countryside', 'Lille')).toBe(false);
    expect(placesDiffer('Texas City, Texas', 'New York City')).toBe(true);
  });
});

describe('film-shot-on', () => {
  it('treats "35 mm film" and "35mm film" as one format, and tells two iPhones apart', () => {
    expect(formatsDiffer('35 mm film', '35mm film')).toBe(false);
    expect(formatsDiffer('16mm film', '35mm film')).toBe(true);
    expect(formatsDiffer('an iPhone 5s', 'an iPhone 6s Plus')).toBe(true);
    expect(formatsDiffer('an iPhone', 'an iPhone 5s')).toBe(false);
    expect(formatsDiffer('CinemaScope', '35mm film')).toBe(false);
    expect(formatsDiffer('Super Panavision 70', '65 mm large-format film')).toBe(false);
    expect(formatsDiffer('Eastmancolor', '35mm film')).toBe(false);
  });

  it('asks which film was shot on what, with "in" for a process', () => {
    const index = deck({
      complete: ['shotOn'],
      films: [
        { id: 'tangerine', title: 'Tangerine', year: 2015, shotOn: ['an iPhone 5s'] },
        { id: 'florida', title: 'The Florida Project', year: 2017, shotOn: ['35mm film', 'an iPhone 6s Plus'] },
        { id: 'red', title: 'Red Rocket', year: 2021, shotOn: ['16mm film'] },
        { id: 'anora', title: 'Anora', year: 2024, shotOn: ['35 mm film'] },
        { id: 'searchers', title: 'The Searchers', year: 1956, shotOn: ['VistaVision'] },
        { id: 'digital', title: 'Digital', year: 2010, shotOn: ['Arri Alexa digital cameras'] },
      ],
    });
    expect(ask(index, 'film-shot-on', 'tangerine/0')?.prompt).toBe('Which of these films was shot on an iPhone 5s?');
    expect(ask(index, 'film-shot-on', 'searchers/0')?.prompt).toBe('Which of these films was shot in VistaVision?');
    // Anora's "35 mm film" is The Florida Project's 35mm film: neither is a wrong option for the other.
    expect(optionsEver(index, 'film-shot-on', 'anora/0')).not.toContain('The Florida Project');
    expect(optionsEver(index, 'film-shot-on', 'florida/0')).not.toContain('Anora');
  });

  it('asks a fact that holds for part of the film as such: a marked sequence, or one of several formats', () => {
    const index = deck({
      complete: ['shotOn'],
      films: [
        { id: 'florida', title: 'The Florida Project', year: 2017, shotOn: ['35mm film'], partlyShotOn: ['an iPhone 6s Plus'] },
        { id: 'tangerine', title: 'Tangerine', year: 2015, shotOn: ['an iPhone 5s'] },
        { id: 'red', title: 'Red Rocket', year: 2021, shotOn: ['16mm film'] },
        { id: 'vista', title: 'Vista', year: 2016, shotOn: ['VistaVision'] },
        { id: 'digital', title: 'Digital', year: 2018, shotOn: ['Arri Alexa digital cameras'] },
      ],
    });
    expect(ask(index, 'film-shot-on', 'florida/1')?.prompt).toBe('Which of these films has a sequence shot on an iPhone 6s Plus?');
    expect(ask(index, 'film-shot-on', 'florida/1')?.explanation).toBe('The Florida Project (2017) has a sequence shot on an iPhone 6s Plus.');
    expect(ask(index, 'film-shot-on', 'florida/0')?.prompt).toBe('Which of these films was partly shot on 35mm film?');
    expect(ask(index, 'film-shot-on', 'tangerine/0')?.prompt).toBe('Which of these films was shot on an iPhone 5s?');
  });
});

describe('film-logline', () => {
  it('drops a logline that names its film', () => {
    const index = deck({
      films: [
        { id: 'anora', title: 'Anora', year: 2024, logline: 'Anora, a young sex worker from Brooklyn, marries the son of an oligarch.' },
        { id: 'other', title: 'Tangerine', year: 2015, logline: 'A sex worker tears through Tinseltown on Christmas Eve.' },
        ...filler(2000),
      ],
    });
    expect(ask(index, 'film-logline', 'anora')).toBeNull();
    expect(ask(index, 'film-logline', 'other')?.prompt).toBe('Which film is this? “A sex worker tears through Tinseltown on Christmas Eve.”');
  });

  it('drops a logline that names its film by a word of the same stem', () => {
    const index = deck({
      films: [
        { id: 'slave', title: '12 Years a Slave', year: 2013, logline: 'A free man from the North is kidnapped and sold into slavery.' },
        { id: 'indochine', title: 'Indochine', year: 1992, logline: 'A plantation owner and her adopted daughter are caught up in the end of colonial Indochina.' },
        { id: 'arabia', title: 'Lawrence of Arabia', year: 1962, logline: 'A British officer unites the Arab tribes against the Turks.' },
        ...filler(1990),
      ],
    });
    for (const id of ['slave', 'indochine', 'arabia']) expect(ask(index, 'film-logline', id), id).toBeNull();
  });
});

describe('film-year', () => {
  it('never offers a year after the deck’s latest film', () => {
    const index = deck({ films: [{ id: 'new', title: 'Newest', year: 2024, directors: ['ann-a'] }, ...filler(2000)] });
    const seen = [...optionsEver(index, 'film-year', 'new')].map(Number);
    expect(seen).toContain(2024);
    expect(Math.max(...seen)).toBe(2024);
  });
});

describe('wrong options that echo the prompt', () => {
  it('are never offered: John Krasinski is no option for "Who directed John and the Hole?"', () => {
    const index = deck({
      films: [
        { id: 'hole', title: 'John and the Hole', year: 2021, directors: ['pascual-sisto'] },
        { id: 'quiet', title: 'A Quiet Place', year: 2018, directors: ['john-krasinski'] },
        ...filler(2006),
      ],
    });
    const seen = optionsEver(index, 'film-director', 'hole');
    expect(seen).toContain('Pascual Sisto');
    expect(seen).not.toContain('John Krasinski');
  });
});

describe('closest-year', () => {
  it('scores a typed year by how far off it is', () => {
    expect([0, 1, 2, 3, 4, 10].map((off) => yearPoints(2015 + off, 2015))).toEqual([100, 75, 50, 25, 0, 0]);
    expect(yearPoints(2014, 2015)).toBe(yearPoints(2016, 2015));
    expect(yearPoints(2015.5, 2015)).toBe(0);
  });

  it('asks for a year with no options and the year as the answer', () => {
    const q = ask(deck({ films: [{ id: 't', title: 'Tangerine', year: 2015, directors: ['sean-baker'] }] }), 'closest-year', 't');
    expect(q).toMatchObject({ input: 'year', options: [], answer: '2015', year: 2015, answerIndex: -1, prompt: 'In which year was Sean Baker’s Tangerine first released?' });
  });
});

describe('release-order', () => {
  const index = deck({
    films: [
      { id: 'a', title: 'Alpha', year: 2000 },
      { id: 'a2', title: 'Alpha Two', year: 2000 },
      { id: 'b', title: 'Bravo', year: 2003 },
      { id: 'c', title: 'Charlie', year: 2005 },
      { id: 'd', title: 'Delta', year: 2009 },
      { id: 'e', title: 'Echo', year: 2010 },
    ],
  });

  it('orders four films from four different years, shown out of order', () => {
    for (let i = 0; i < 30; i++) {
      const q = ask(index, 'release-order', 'c', `s${i}`);
      if (q?.input !== 'order') throw new Error('expected an order question');
      const years = q.order.map((t) => index.films.find((f) => f.title === t)?.year ?? 0);
      expect(new Set(years).size).toBe(4);
      expect([...years].sort((x, y) => x - y)).toEqual(years);
      expect(q.options).not.toEqual(q.order);
      expect([...q.options].sort()).toEqual([...q.order].sort());
      expect(q.order.filter((t) => t.startsWith('Alpha')).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('higher-lower', () => {
  const index = deck({
    films: [
      { id: 'long', title: 'Long One', year: 2000, runtime: 150 },
      { id: 'tie', title: 'Tie One', year: 2001, runtime: 150 },
      { id: 'near', title: 'Near One', year: 2001, runtime: 147 },
      { id: 'short', title: 'Short One', year: 2002, runtime: 95 },
    ],
  });

  it('asks which of two runs longer, naming both in the prompt in the order shown', () => {
    const q = ask(index, 'higher-lower', 'long/runtime');
    expect(q?.options).toHaveLength(2);
    expect(q?.prompt).toBe(`Which film runs longer: ${q?.options[0]} or ${q?.options[1]}?`);
    expect(q?.answer).toBe('Long One');
  });

  it('never pairs two films whose running times tie or nearly tie', () => {
    expect([...optionsEver(index, 'higher-lower', 'long/runtime')].sort()).toEqual(['Long One', 'Short One']);
    expect(ask(index, 'higher-lower', 'short/runtime')).toBeNull();
  });
});

describe('person-filmography', () => {
  it('never offers a film with no directors on record: it may be the person’s', () => {
    const index = deck({
      films: [{ id: 'mine', title: 'Mine', year: 2000, directors: ['sean-baker'] }, { id: 'unknown', title: 'Unknown Director', year: 2000 }, ...filler(1995)],
    });
    expect(optionsEver(index, 'person-filmography', 'sean-baker/mine')).not.toContain('Unknown Director');
  });
});

describe('person-appearance', () => {
  const films: FilmSpec[] = [
    { id: 'anora', title: 'Anora', year: 2024, cast: [['mikey-madison', 'Ani']] },
    { id: 'old-1', title: 'Old One', year: 1990, cast: [['someone', 'X']] },
    { id: 'old-2', title: 'Old Two', year: 1995, cast: [['someone', 'Y']] },
    { id: 'old-3', title: 'Old Three', year: 1998, cast: [['someone', 'Z']] },
    { id: 'same-year', title: 'Same Year', year: 1999, cast: [['someone', 'W']] },
    { id: 'recent', title: 'Recent', year: 2020, cast: [['someone', 'V']] },
  ];

  it('is not asked when cast lists are not complete and the person’s birth year is unknown', () => {
    expect(subjectsOf(deck({ films }), 'person-appearance')).toEqual([]);
  });

  it('offers only films from the person’s working years: without complete cast lists, only a child actor’s question is asked', () => {
    // Every film made before Mikey Madison was born is decades before her first credit: no question.
    expect(ask(deck({ films, people: [{ id: 'mikey-madison', name: 'Mikey Madison', born: 1999 }] }), 'person-appearance', 'mikey-madison/anora')).toBeNull();
    const child = deck({
      films: [
        { id: 'first', title: 'First', year: 2013, cast: [['kid-k', 'Kid']] },
        { id: 'later', title: 'Later', year: 2017, cast: [['kid-k', 'Kid']] },
        { id: 'b-1', title: 'Before One', year: 2008, cast: [['someone', 'X']] },
        { id: 'b-2', title: 'Before Two', year: 2009, cast: [['someone', 'Y']] },
        { id: 'b-3', title: 'Before Three', year: 2009, cast: [['someone', 'Z']] },
        { id: 'b-4', title: 'Way Before', year: 1990, cast: [['someone', 'W']] },
      ],
      people: [{ id: 'kid-k', born: 2010 }],
    });
    expect([...optionsEver(child, 'person-appearance', 'kid-k/later')].sort()).toEqual(['Before One', 'Before Three', 'Before Two', 'Later']);
  });

  it('offers films of the person’s working years whose whole cast is on record, when the deck says cast lists are complete', () => {
    const index = deck({
      films: [...films, { id: 'recent-2', title: 'Recent Two', year: 2022, cast: [['someone', 'U']] }, { id: 'recent-3', title: 'Recent Three', year: 2021, cast: [['someone', 'T']] }],
      complete: ['cast'],
    });
    expect([...optionsEver(index, 'person-appearance', 'mikey-madison/anora')].sort()).toEqual(['Anora', 'Recent', 'Recent Three', 'Recent Two']);
  });
});

describe('person-education', () => {
  const people = [
    { id: 'sean-baker', name: 'Sean Baker', education: [{ school: 'New York University', subject: 'film', source: 'src' }] },
    { id: 'todd-p', name: 'Todd P', education: [{ school: 'Tisch School of the Arts', source: 'src' }] },
    { id: 'ang-l', name: 'Ang L', education: [{ school: 'New York University', source: 'src' }] },
  ];
  const films: FilmSpec[] = [{ id: 'a', title: 'A', year: 2000, directors: ['sean-baker'] }];

  it('is asked only when the deck declares education complete', () => {
    expect(subjectsOf(deck({ films, people }), 'person-education')).toEqual([]);
  });

  it('never offers another name for a school the person attended (Tisch is part of NYU)', () => {
    const index = deck({ films, people, complete: ['education'] });
    expect(ask(index, 'person-education', 'sean-baker/0')?.prompt).toBe('Where did Sean Baker study film?');
    const seen = optionsEver(index, 'person-education', 'sean-baker/0');
    expect(seen).not.toContain('Tisch School of the Arts');
    expect(seen).toContain('New York University');
    expect(schoolsDiffer('NYU', 'New York University')).toBe(false);
    expect(schoolsDiffer('University of Southern California', 'USC School of Cinematic Arts')).toBe(false);
    expect(schoolsDiffer('Columbia University', 'New York University')).toBe(true);
  });
});

describe('film-reference', () => {
  const films: FilmSpec[] = [
    { id: 'anora', title: 'Anora', year: 2024, references: [['pelham', 'for shooting New York at night'], ['contempt', 'for its reds']] },
    { id: 'pelham', title: 'The Taking of Pelham One Two Three', year: 1974 },
    { id: 'contempt', title: 'Contempt', year: 1963 },
    { id: 'earlier-1', title: 'Earlier One', year: 1973 },
    { id: 'earlier-2', title: 'Earlier Two', year: 1976 },
    { id: 'earlier-3', title: 'Earlier Three', year: 1970 },
    { id: 'later-1', title: 'Later One', year: 2025 },
  ];

  it('is not asked unless the deck says its references are complete: nothing else rules out an earlier film, and a later one is no question', () => {
    expect(subjectsOf(deck({ films }), 'film-reference')).toEqual([]);
  });

  it('offers earlier films the references do not name, never a later one nor another reference', () => {
    const index = deck({ films, complete: ['references'] });
    expect([...optionsEver(index, 'film-reference', 'anora/0')].sort()).toEqual(['Earlier One', 'Earlier Three', 'Earlier Two', 'The Taking of Pelham One Two Three']);
  });
});

describe('generateQuiz', () => {
  const index = deck({
    films: Array.from({ length: 24 }, (_, i) => ({
      id: `film-${i}`,
      title: `Picture ${i}`,
      year: 1980 + i,
      directors: [`director-${'abcdefgh'[i % 8]}`],
      runtime: 90 + 7 * i,
      tags: i % 3 === 0 ? ['horror'] : ['comedy'],
    })),
  });

  it('asks only multiple-choice questions unless told which inputs the caller can show', () => {
    const inputs = (qs: readonly Question[]) => new Set(qs.map((q) => q.input));
    expect(inputs(generateQuiz(index, { seed: 'x', rounds: 3, perRound: 10 }).rounds.flatMap((r) => r.questions))).toEqual(new Set(['choice']));
    const seeds = ['x0', 'x1', 'x2', 'x3'];
    expect(inputs(seeds.flatMap((seed) => generateQuiz(index, { seed, rounds: 3, perRound: 10, inputs: INPUT_MODES }).rounds.flatMap((r) => r.questions)))).toEqual(new Set(INPUT_MODES));
  });

  it('keeps to the themes asked for: every question is about a film with one of those tags', () => {
    const qs = generateQuiz(index, { seed: 'x', rounds: 2, perRound: 8, themes: ['horror'] }).rounds.flatMap((r) => r.questions);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const film = q.id.split(':')[1]?.split('/').find((part) => index.maybeFilm(part));
      expect(index.maybeFilm(film ?? '')?.tags).toContain('horror');
    }
    expect(generateQuiz(index, { seed: 'x', themes: ['western'] }).rounds[0]?.questions).toEqual([]);
  });

  it('does not ask avoided questions again while others remain, and asks them once nothing else is left', () => {
    const all = allQuestions(index, 'x', [kindById('film-director')]);
    const avoid = all.slice(0, 20).map((q) => q.id);
    const fresh = generateQuiz(index, { seed: 'y', perRound: 4, kinds: ['film-director'], avoid }).rounds[0]?.questions ?? [];
    expect(fresh.map((q) => q.id).filter((id) => avoid.includes(id))).toEqual([]);
    const longer = generateQuiz(index, { seed: 'y', perRound: 10, kinds: ['film-director'], avoid }).rounds[0]?.questions ?? [];
    expect(longer).toHaveLength(10);
    expect(longer.filter((q) => avoid.includes(q.id))).toHaveLength(6);
  });

  it('never asks one question twice in a game, even across rounds', () => {
    const qs = generateQuiz(index, { seed: 'z', rounds: 5, perRound: 10, inputs: INPUT_MODES }).rounds.flatMap((r) => r.questions);
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
    expect(new Set(qs.map((q) => q.topic)).size).toBe(qs.length);
  });

  it('follows a difficulty curve: later questions in a round are, on the whole, harder', () => {
    const rounds = Array.from({ length: 20 }, (_, i) => generateQuiz(index, { seed: `c${i}`, perRound: 10, difficulty: 'curve' }).rounds[0]?.questions ?? []);
    const mean = (at: number[]) => rounds.reduce((s, r) => s + at.reduce((t, i) => t + (r[i]?.difficulty ?? 0), 0) / at.length, 0) / rounds.length;
    expect(mean([7, 8, 9])).toBeGreaterThan(mean([0, 1, 2]));
  });

  it('gives the same quiz for the same deck and options', () => {
    const o = { seed: 'same', rounds: 2, perRound: 6, inputs: INPUT_MODES, difficulty: 'curve' as const };
    expect(generateQuiz(index, o)).toEqual(generateQuiz(index, o));
  });
});
