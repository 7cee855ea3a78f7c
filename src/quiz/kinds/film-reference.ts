/**
 * "While making Anora (2024), which film served as a reference for shooting New York at
 * night?" A plausible wrong option is a film released before it (a later film could not
 * have served), and such a film is known wrong only when the deck declares `references`
 * complete: then the film's references name every film it drew on. A film's other
 * recorded references served for something else, but nothing says they did not serve for
 * this too, so they are never offered. Without complete references, nothing is asked.
 */
import { factRef, type QuestionKind } from './kind';
import { nearbyFilms } from './pools';
import { filmChoice, filmChoiceNear, filmName, yearFact } from './shared';

export const filmReference: QuestionKind = {
  id: 'film-reference',
  category: 'Influences',
  input: 'choice',
  subjects: (index) => (index.isComplete('references') ? index.films.flatMap((f) => (f.references ?? []).map((_, i) => `${f.id}/${i}`)) : []),
  draft(index, subject) {
    const [filmId, at] = subject.split('/');
    const f = index.film(filmId ?? '');
    const refs = f.references ?? [];
    const ref = refs[Number(at)];
    if (!ref) return null;
    const target = index.film(ref.film);
    // Two references for one purpose make two right answers.
    if (refs.filter((r) => r.how === ref.how).length > 1) return null;
    const complete = index.isComplete('references');
    const listed = new Set(refs.map((r) => r.film));
    const truth = (key: string): boolean | undefined => {
      if (key === target.id) return true;
      const g = index.film(key);
      if (g.year > f.year) return false;
      return complete && !listed.has(key) ? false : undefined;
    };
    return {
      prompt: `While making ${filmName(f)}, which film served as a reference ${ref.how}?`,
      answer: filmChoice(index, target),
      // Only films that came out before it: a later one could be ruled out at once.
      pool: nearbyFilms(index, target, (g) => g.id !== f.id && g.year <= f.year && truth(g.id) === false).map((g) => filmChoiceNear(index, target, g, () => [yearFact(index, g)])),
      truth,
      clue: ref.how,
      explanation: `${filmName(target)} was a reference for ${f.title} ${ref.how}.`,
      facts: [factRef(index, `films.${f.id}.references[${at}]`, ref.source)],
      fame: Math.max(index.fame(f.id), index.fame(target.id)),
      topic: `reference:${f.id}/${target.id}`,
    };
  },
};
