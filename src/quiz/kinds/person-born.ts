/**
 * "In which year was Sean Baker born?" Options are nearby years, never one after the
 * person's first credit in the deck (nobody works before they are born), so no option can
 * be ruled out by the films the player knows them from.
 */
import { factRef, type Option, type QuestionKind } from './kind';
import { personFame } from './person-education';
import { pools } from './pools';

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
    // Two people of one name: the prompt could mean either.
    if (pp.namesakes(pp.nameKey(p.id)).length > 1) return null;
    const career = pp.career(p.id);
    const last = career ? career.first - 1 : born + 8;
    const pool: Option[] = [];
    for (let d = 1; d <= 8; d++) for (const y of [born - d, born + d]) if (y <= last) pool.push({ label: String(y), key: String(y), distance: d });
    return {
      prompt: `In which year was ${p.name} born?`,
      answer: { label: String(born), key: String(born) },
      pool,
      truth: (key) => Number(key) === born,
      explanation: `${p.name} was born in ${born}.`,
      facts: [factRef(index, `people.${p.id}.born`, p.sourceFor?.born ?? p.source)],
      fame: personFame(index, p),
      topic: `born:${p.id}`,
    };
  },
};
