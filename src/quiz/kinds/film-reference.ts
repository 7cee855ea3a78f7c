/**
 * "While making Anora, which film served as a reference for shooting New York at night?"
 * Known-wrong options: films released after it, and its other recorded references,
 * which served for something else.
 */
import { factRef, type Option, type QuestionKind } from './kind';
import { filmName } from './shared';

export const filmReference: QuestionKind = {
  id: 'film-reference',
  category: 'Influences',
  subjects: (index) => index.films.flatMap((f) => (f.references ?? []).map((_, i) => `${f.id}/${i}`)),
  draft(index, subject) {
    const [filmId, at] = subject.split('/');
    const f = index.film(filmId ?? '');
    const refs = f.references ?? [];
    const ref = refs[Number(at)];
    if (!ref) return null;
    const target = index.film(ref.film);
    const sameUse = new Set(refs.filter((r) => r.how === ref.how).map((r) => r.film));
    if (sameUse.size > 1) return null;
    const others = new Set(refs.map((r) => r.film));
    const truth = (key: string): boolean | undefined => {
      if (key === target.id) return true;
      if (others.has(key) || index.film(key).year > f.year) return false;
      return undefined;
    };
    const pool: Option[] = index.films
      .filter((g) => g.id !== target.id && truth(g.id) === false && g.id !== f.id)
      .map((g) => ({ label: g.title, key: g.id, distance: others.has(g.id) ? 0 : Math.abs(g.year - target.year) }));
    return {
      prompt: `While making ${filmName(f)}, which film served as a reference ${ref.how}?`,
      answer: { label: target.title, key: target.id },
      pool,
      truth,
      explanation: `${filmName(target)} was a reference for ${f.title} ${ref.how}.`,
      facts: [factRef(index, `films.${f.id}.references[${at}]`, ref.source)],
      fame: Math.max(index.fame(f.id), index.fame(target.id)),
    };
  },
};
