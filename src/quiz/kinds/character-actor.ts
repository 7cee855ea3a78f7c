/**
 * "Who played Ani in Anora (2024)?" Only characters one person is recorded as playing.
 * Wrong options are actors outside the film's recorded cast: the character's one
 * recorded player is the conflicting fact. Cast members in other parts are left out,
 * since a principal cast list cannot rule out doubling. They are of the same gender as
 * the actor who played the part, of their age and language, and were working at the time; an
 * actor whose gender or birth year the deck does not record is not asked about.
 */
import type { Film, Person } from '../deck/schema';
import { equivalenceKey } from '../text';
import { factRef, type QuestionKind } from './kind';
import { GROWN_UP_AT, inCareer, isAnimated, NEIGHBOURS, nearbyPeople, playedIn, pools } from './pools';
import { filmName, withNamesakes } from './shared';

/** How many years apart in age an actor offered for a part may be from the one who played it. */
const AGE_GAP = 15;

/** Whether two films are of one language, by what the deck records: their first languages, or failing that their first countries. */
function sameTongue(a: Film, b: Film): boolean {
  const la = a.languages?.[0];
  const lb = b.languages?.[0];
  if (la !== undefined && lb !== undefined) return la === lb;
  const ca = a.countries?.[0];
  const cb = b.countries?.[0];
  if (ca !== undefined && cb !== undefined) return ca === cb;
  // Nothing recorded of one of them: alike only if nothing is recorded of either.
  return la === undefined && lb === undefined && ca === undefined && cb === undefined;
}

const NOT_A_CHARACTER = /^(himself|herself|themselves|self|narrator|cameo|uncredited|voice|various)$/i;

export const characterActor: QuestionKind = {
  id: 'character-actor',
  category: 'Cast',
  input: 'choice',
  subjects(index) {
    const out: string[] = [];
    for (const f of index.films) {
      const cast = f.cast ?? [];
      const count = new Map<string, number>();
      for (const c of cast) if (c.character) count.set(equivalenceKey(c.character), (count.get(equivalenceKey(c.character)) ?? 0) + 1);
      cast.forEach((c, i) => {
        if (!c.character || NOT_A_CHARACTER.test(c.character.trim())) return;
        if (count.get(equivalenceKey(c.character)) === 1) out.push(`${f.id}/${i}`);
      });
    }
    return out;
  },
  draft(index, subject) {
    const [filmId, at] = subject.split('/');
    const f = index.film(filmId ?? '');
    const credit = f.cast?.[Number(at)];
    if (!credit?.character) return null;
    const actor = index.person(credit.person);
    const p = pools(index);
    const inFilm = withNamesakes(
      index,
      (f.cast ?? []).map((c) => c.person),
    );
    const actorName = p.nameKey(actor.id);
    // Only actors of the same gender as the one who played the part, working at the time:
    // without the gender on record there is no telling which options are plausible.
    const gender = p.gender(actor.id);
    if (gender === undefined) return null;
    // Nor without the birth year of the one who played it: only then can every actor offered
    // be of the part's age (no child for a grown-up's part, nobody of sixty for one of twenty-five).
    if (actor.born === undefined) return null;
    const animated = isAnimated(f);
    const language = f.languages?.[0];
    // Voice actors for a voice part and screen actors for a screen part, seen in a film of the
    // same language (a Korean name among three Danish ones answers itself; so do Swedish names
    // in a Hollywood western). Where the deck does not say a film's language, its country stands in.
    const alike = (g: Film) => isAnimated(g) === animated && sameTongue(f, g);
    // Of the part's age: no child for a grown-up's part nor the other way round, and of the
    // actor's generation (nobody of sixty for a part played at twenty-five). An actor of unknown
    // age may be a child, or eighty: never offered.
    const born = actor.born;
    const childPart = f.year - born < GROWN_UP_AT;
    const ofAge = (q: Person) => q.born !== undefined && f.year - q.born < GROWN_UP_AT === childPart && Math.abs(q.born - born) <= AGE_GAP;
    const pool = nearbyPeople(
      p.acting,
      f.year,
      (q, g) => alike(g) && !inFilm.has(q.id) && p.gender(q.id) === gender && inCareer(p, q.id, f.year) && ofAge(q),
      NEIGHBOURS * 2,
    ).map(({ person, years }) => ({
      label: person.name,
      key: person.id,
      distance: years,
    }));
    const played = playedIn(f);
    return {
      prompt: `Who ${played} ${credit.character} in ${filmName(f)}?`,
      answer: { label: actor.name, key: actor.id },
      pool,
      wrongFrom: `${gender === 'female' ? 'actresses' : 'actors'}${gender === 'non-binary' ? ' (non-binary)' : ''} of the part's age in other ${animated ? 'animated ' : ''}films${language ? ` in ${language}` : ''} from around ${f.year}, none of them in this film's cast`,
      truth: (key) => (p.nameKey(key) === actorName ? true : inFilm.has(key) ? undefined : false),
      clue: credit.character,
      explanation: `${actor.name} ${played} ${credit.character} in ${filmName(f)}.`,
      facts: [factRef(index, `films.${f.id}.cast[${at}]`, credit.source)],
      fame: index.fame(f.id),
      topic: `cast:${f.id}/${actor.id}`,
    };
  },
};
