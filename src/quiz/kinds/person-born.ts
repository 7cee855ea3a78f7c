/**
 * "In which year was Steve McQueen, director of 12 Years a Slave (2013), born?" The person is
 * named with the film the deck knows them best from, so a namesake (the actor Steve McQueen)
 * is never the one a player thinks of. Options are four years or more apart: sources
 * disagree by a year or two on some birth years (Hattie McDaniel's is given as 1893 and as
 * 1895), and such a year must never be offered as wrong. None is after the person's first
 * credit in the deck: nobody works before they are born.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film, Person } from '../deck/schema';
import type { FactRef } from '../question';
import { factRef, type Option, type QuestionKind } from './kind';
import { personFame } from './person-education';
import { type CreditList, GROWN_UP_AT, playedIn, pools } from './pools';
import { filmName } from './shared';

/** How far apart the years offered are. */
const STEP = 4;

/** How a job names someone, before the film. */
const AS: Readonly<Record<Exclude<CreditList, 'cast'>, string>> = {
  directors: 'director of',
  writers: 'writer of',
  producers: 'producer of',
  cinematographers: 'cinematographer of',
  productionDesigners: 'production designer of',
};

/** "who played Ani in Anora (2024)", "who voiced WALL-E in WALL-E (2008)", "who appears as himself in Contempt (1963)", "who appears in …". */
function castWords(f: Film, character: string | undefined): string {
  const film = filmName(f);
  if (!character) return `who appears in ${film}`;
  if (/^(himself|herself|themselves)$/i.test(character.trim())) return `who appears as ${character.trim().toLowerCase()} in ${film}`;
  return `who ${playedIn(f)} ${character} in ${film}`;
}

/** What a person is best known for in the deck, as words after their name, with the fact that says so. */
export function knownFor(index: DeckIndex, p: Person): { readonly words: string; readonly fact: FactRef; readonly year: number } | null {
  let best: { film: Film; words: string; fact: FactRef; rank: number } | null = null;
  const consider = (film: Film, words: string, fact: FactRef, rank: number) => {
    const score = index.fame(film.id) + rank;
    if (!best || score > index.fame(best.film.id) + best.rank) best = { film, words, fact, rank };
  };
  for (const { film: f, list, at } of pools(index).creditsOf(p.id)) {
    const c = f[list]?.[at];
    if (!c) continue;
    const fact = factRef(index, `films.${f.id}.${list}[${at}]`, c.source);
    // A director is best known as one; other jobs rank below a part they played.
    if (list === 'cast') consider(f, castWords(f, f.cast?.[at]?.character), fact, 1);
    else consider(f, `${AS[list]} ${filmName(f)}`, fact, list === 'directors' ? 2 : 0);
  }
  const found = best as { film: Film; words: string; fact: FactRef } | null;
  return found ? { words: found.words, fact: found.fact, year: found.film.year } : null;
}

export const personBorn: QuestionKind = {
  id: 'person-born',
  category: 'People',
  input: 'choice',
  subjects: (index) => index.people.filter((p) => p.born !== undefined).map((p) => p.id),
  about: (subject) => ({ film: undefined, focus: subject }),
  draft(index, subject) {
    const p = index.person(subject);
    const born = p.born;
    if (born === undefined) return null;
    const pp = pools(index);
    // Two people of one name in the deck: even a credit may not tell them apart.
    if (pp.namesakes(pp.nameKey(p.id)).length > 1) return null;
    const known = knownFor(index, p);
    if (!known) return null;
    const career = pp.career(p.id);
    // Nobody is offered a year that makes them a child in the film they are named by, unless they were one.
    const grown = Math.min(GROWN_UP_AT, known.year - born);
    const last = Math.min(career ? career.first - 1 : born + 2 * STEP, known.year - grown);
    const pool: Option[] = [];
    for (let d = 1; d <= 4; d++) for (const y of [born - d * STEP, born + d * STEP]) if (y <= last) pool.push({ label: String(y), key: String(y), distance: d });
    return {
      prompt: `In which year was ${p.name}, ${known.words}, born?`,
      answer: { label: String(born), key: String(born) },
      pool,
      truth: (key) => Number(key) === born,
      explanation: `${p.name} was born in ${born}.`,
      // The credit that names the person is given away by the prompt ("director of The Brutalist"): asked, so no other question of the quiz asks it.
      facts: [factRef(index, `people.${p.id}.born`, p.sourceFor?.born ?? p.source), known.fact],
      fame: personFame(index, p),
      topic: `born:${p.id}`,
    };
  },
};
