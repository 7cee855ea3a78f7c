/** "Who played Ani in Anora (2024)?" Only characters one person is recorded as playing. */
import { factRef, type Option, type QuestionKind } from './kind';
import { filmName } from './shared';
import { equivalenceKey, mentions } from '../text';

const NOT_A_CHARACTER = /^(himself|herself|themselves|self|narrator|cameo|uncredited)$/i;

export const characterActor: QuestionKind = {
  id: 'character-actor',
  category: 'Cast',
  subjects(index) {
    const out: string[] = [];
    for (const f of index.films) {
      const cast = f.cast ?? [];
      cast.forEach((c, i) => {
        if (!c.character || NOT_A_CHARACTER.test(c.character)) return;
        const key = equivalenceKey(c.character);
        if (cast.filter((d) => d.character && equivalenceKey(d.character) === key).length === 1) out.push(`${f.id}/${i}`);
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
    if (mentions(credit.character, actor.name)) return null;
    const inFilm = new Set((f.cast ?? []).map((c) => c.person));
    const pool: Option[] = [];
    for (const p of index.people) {
      if (inFilm.has(p.id)) continue;
      const roles = index.actedIn(p.id);
      if (roles.length === 0) continue;
      pool.push({ label: p.name, key: p.id, distance: Math.min(...roles.map((r) => Math.abs(r.film.year - f.year))) });
    }
    return {
      prompt: `Who played ${credit.character} in ${filmName(f)}?`,
      answer: { label: actor.name, key: actor.id },
      pool,
      // Only the recorded actor played this character; a cast member recorded in another part did not.
      truth: (key) => key === actor.id,
      explanation: `${actor.name} played ${credit.character} in ${filmName(f)}.`,
      facts: [factRef(index, `films.${f.id}.cast[${at}]`, credit.source)],
      fame: index.fame(f.id),
    };
  },
};
