/**
 * "Where did Sean Baker study film?" Schools are wrong options only when the deck
 * declares education lists complete, and then only schools that share no distinctive
 * word or known alias with any school the person attended ("NYU" is New York University;
 * Tisch is part of it). Wrong options come from the deck's own people, then from a short
 * list of well-known film schools.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Person } from '../deck/schema';
import { distinctiveWords, equivalenceKey } from '../text';
import { factRef, type Option, type QuestionKind } from './kind';
import { pools } from './pools';

/** Well-known film schools, as wrong options when the deck has too few of its own. */
export const FILM_SCHOOLS: readonly string[] = [
  'University of Southern California',
  'University of California, Los Angeles',
  'American Film Institute Conservatory',
  'Columbia University',
  'California Institute of the Arts',
  'National Film and Television School',
  'La Fémis',
  'Łódź Film School',
  'Centro Sperimentale di Cinematografia',
  'Beijing Film Academy',
  'Wesleyan University',
  'Emerson College',
];

/** Names a school also goes by, each as the set of ids it stands for. */
const ALIASES: readonly (readonly [RegExp, string])[] = [
  [/\bnyu\b|\btisch\b|\bnew york university\b/, 'nyu'],
  [/\busc\b|\bsouthern california\b/, 'usc'],
  [/\bucla\b|\bcalifornia los angeles\b/, 'ucla'],
  [/\bafi\b|\bamerican film institute\b/, 'afi'],
  [/\bcalarts\b|\bcalifornia institute of the arts\b/, 'calarts'],
  [/\bnfts\b|\bnational film and television school\b/, 'nfts'],
  [/\bfemis\b|\bidhec\b/, 'femis'],
  [/\blodz\b/, 'lodz'],
  [/\bvgik\b|\bgerasimov\b/, 'vgik'],
  [/\bfamu\b/, 'famu'],
  [/\bcsc\b|\bcentro sperimentale\b/, 'csc'],
];

/** Words of a school's name that say nothing about which school it is. */
const GENERIC = new Set(
  'university college school institute academy arts art film cinema cinematic cinematography national state conservatory faculty department program graduate center centre fine performing dramatic drama television media communication studies higher polytechnic technology superior superieure nationale escuela scuola universita universidad universite hochschule fur und del della di des du de la le los las'.split(
    ' ',
  ),
);

function identity(school: string): Set<string> {
  const k = equivalenceKey(school);
  const ids = new Set(distinctiveWords(school).filter((w) => !GENERIC.has(w)));
  for (const [pattern, id] of ALIASES) if (pattern.test(k)) ids.add(`=${id}`);
  return ids;
}

/** Whether two school names are known to be different schools. */
export function schoolsDiffer(a: string, b: string): boolean {
  const ia = identity(a);
  const ib = identity(b);
  if (ia.size === 0 || ib.size === 0) return false;
  for (const x of ia) if (ib.has(x)) return false;
  return true;
}

export function personFame(index: DeckIndex, p: Person): number {
  let fame = 0;
  for (const f of index.directed(p.id)) fame = Math.max(fame, index.fame(f.id));
  for (const c of index.actedIn(p.id)) fame = Math.max(fame, index.fame(c.film.id));
  return fame;
}

export const personEducation: QuestionKind = {
  id: 'person-education',
  category: 'People',
  input: 'choice',
  subjects: (index) => (index.isComplete('education') ? index.people.flatMap((p) => (p.education ?? []).map((_, i) => `${p.id}/${i}`)) : []),
  about: (subject) => ({ film: undefined, focus: subject.split('/')[0] ?? subject }),
  draft(index, subject) {
    if (!index.isComplete('education')) return null;
    const [personId, at] = subject.split('/');
    const p = index.person(personId ?? '');
    const entry = p.education?.[Number(at)];
    if (!entry) return null;
    // A namesake's schools would be right answers too; with two people of one name, do not ask.
    const pp = pools(index);
    if (pp.namesakes(pp.nameKey(p.id)).length > 1) return null;
    const mine = (p.education ?? []).map((e) => e.school);
    const wrong = (school: string) => mine.every((m) => schoolsDiffer(m, school));
    const pool: Option[] = [];
    for (const [school, people] of pp.schools) if (wrong(school)) pool.push({ label: school, key: school, distance: people.length > 1 ? 0 : 1 });
    for (const school of FILM_SCHOOLS) if (wrong(school) && !pp.schools.has(school)) pool.push({ label: school, key: school, distance: 2 });
    return {
      prompt: `Where did ${p.name} study${entry.subject ? ` ${entry.subject}` : ''}?`,
      answer: { label: entry.school, key: entry.school },
      pool,
      truth: (key) => (mine.includes(key) ? true : wrong(key) ? false : undefined),
      explanation: `${p.name} studied${entry.subject ? ` ${entry.subject}` : ''} at ${entry.school}.`,
      facts: [factRef(index, `people.${p.id}.education[${at}]`, entry.source)],
      fame: personFame(index, p),
      topic: `school:${p.id}`,
    };
  },
};
