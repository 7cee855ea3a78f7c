/**
 * "Which of these films did Mikey Madison appear in?" Cast lists are principal cast
 * only, so a film is known wrong only when the deck declares cast lists complete (and the
 * film has one without the person), or the person was born after the film came out.
 * Anyone sharing the person's name must be ruled out the same way. Wrong options come
 * from the person's working years (see `inCareer`), so without complete cast lists only a
 * film from just before a child actor's birth can be one.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film, Person } from '../deck/schema';
import { factRef, type QuestionKind } from './kind';
import { filmDistance, inCareer, NEIGHBOURS, nearestInYear, pools } from './pools';
import { aboutPersonThenFilm } from './person-filmography';
import { filmChoice, filmName, yearFact } from './shared';

/** Whether `q` is known not to be in `g`'s cast; undefined when the deck cannot tell. */
function absent(index: DeckIndex, q: Person, g: Film): boolean | undefined {
  const cast = g.cast ?? [];
  if (cast.some((c) => c.person === q.id)) return false;
  if (q.born !== undefined && q.born > g.year) return true;
  if (index.isComplete('cast') && cast.length > 0) return true;
  return undefined;
}

export const personAppearance: QuestionKind = {
  id: 'person-appearance',
  category: 'Cast',
  input: 'choice',
  subjects: (index) => {
    const complete = index.isComplete('cast');
    return index.films.flatMap((f) =>
      (f.cast ?? []).filter((c) => complete || index.person(c.person).born !== undefined).map((c) => `${c.person}/${f.id}`),
    );
  },
  about: aboutPersonThenFilm,
  draft(index, subject) {
    const [personId, filmId] = subject.split('/');
    const p = index.person(personId ?? '');
    const f = index.film(filmId ?? '');
    const at = (f.cast ?? []).findIndex((c) => c.person === p.id);
    const credit = f.cast?.[at];
    if (!credit) return null;
    const pp = pools(index);
    const namesakes = pp.namesakes(pp.nameKey(p.id));
    const known = (g: Film): boolean | undefined => {
      const verdicts = namesakes.map((q) => absent(index, q, g));
      if (verdicts.some((v) => v === false)) return true;
      return verdicts.every((v) => v === true) ? false : undefined;
    };
    // Only films from the person's working years: one made before they were born is no question.
    // So without complete cast lists, only a child actor's question can be asked.
    const pool = nearestInYear(pp.byYear, (g) => g.year, f.year, (g) => g.id !== f.id && inCareer(pp, p.id, g.year) && known(g) === false, NEIGHBOURS).map((g) =>
      // Ranked by distance from the right film, so a film from before the person was born reads as the easy miss it is.
      filmChoice(index, g, filmDistance(index, f, g), index.isComplete('cast') ? undefined : () => [yearFact(index, g)]),
    );
    return {
      prompt: `Which of these films did ${p.name} appear in?`,
      answer: filmChoice(index, f),
      pool,
      truth: (key) => known(index.film(key)),
      // A title sharing a word with the name ("Prince of Broadway" for Prince Adu) is a giveaway or a trap.
      clue: p.name,
      explanation: `${p.name} appeared in ${filmName(f)}${credit.character ? `, as ${credit.character}` : ''}.`,
      facts: [
        factRef(index, `films.${f.id}.cast[${at}]`, credit.source),
        ...(p.born !== undefined && !index.isComplete('cast') ? [factRef(index, `people.${p.id}.born`, p.source)] : []),
      ],
      fame: index.fame(f.id),
      // One "Which of these did X appear in?" a quiz: asked twice, it reads as the same question.
      topic: `appearances:${p.id}`,
    };
  },
};
