/**
 * The crew behind a film, asked two ways, about one credit list at a time (writers,
 * producers, cinematographers, production designers):
 * - `film-crew`: "Who was the cinematographer of Anora (2024)?" Wrong options are people
 *   credited in the same job on other films of those years, working then (see `inCareer`),
 *   and credited on this film in no job at all;
 * - `crew-role`: "What was Stephen Phelps's job on Anora (2024)?" Wrong options are the
 *   other jobs whose whole list the film has, without them in it.
 * A job is known not to be someone's only when the deck declares that list complete (the
 * list, where a film has it, names everyone); directors always are.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { CompletableList, Film } from '../deck/schema';
import { listAnd } from '../text';
import { factRef, type Option, type QuestionKind } from './kind';
import { CAREER_SLACK, CREDIT_LISTS, type CreditList, inCareer, nearbyPeople, pools } from './pools';
import { filmName, nameKeys, withNamesakes, wording } from './shared';

export const CREW_LISTS = ['writers', 'producers', 'cinematographers', 'productionDesigners'] as const;
export type CrewList = (typeof CREW_LISTS)[number];

/** A job as an option reads. */
export const JOB_LABELS: Readonly<Record<CreditList, string>> = {
  directors: 'Director',
  writers: 'Screenwriter',
  producers: 'Producer',
  cinematographers: 'Cinematographer',
  productionDesigners: 'Production designer',
  cast: 'Cast member',
};

const isCreditList = (s: string): s is CreditList => (CREDIT_LISTS as readonly string[]).includes(s);
const isCrewList = (s: string): s is CrewList => (CREW_LISTS as readonly string[]).includes(s);

/** Whether the deck promises a film's `list`, where it has one, is the whole of it. */
export function wholeList(index: DeckIndex, list: CreditList): boolean {
  if (list === 'directors') return true;
  return index.isComplete(list as CompletableList);
}

/** Everyone credited on a film, in any job. */
function everyone(f: Film): Set<string> {
  const out = new Set<string>();
  for (const list of CREDIT_LISTS) for (const c of f[list] ?? []) out.add(c.person);
  return out;
}

/** "Who wrote Tangerine (2015)?", with the wording for one person or several. */
function crewPrompt(list: CrewList, film: string, several: boolean, subject: string): string {
  switch (list) {
    case 'writers':
      return several ? `Which of these co-wrote ${film}?` : wording(subject, [`Who wrote ${film}?`, `Who wrote the screenplay of ${film}?`]);
    case 'producers':
      return several ? `Which of these was one of the producers of ${film}?` : `Who produced ${film}?`;
    case 'cinematographers':
      return several ? `Which of these was one of the cinematographers of ${film}?` : wording(subject, [`Who was the cinematographer of ${film}?`, `Who shot ${film}?`]);
    case 'productionDesigners':
      return several ? `Which of these was one of the production designers of ${film}?` : `Who was the production designer of ${film}?`;
  }
}

/** "Anora (2024) was shot by Drew Daniels." */
export function crewSentence(list: CrewList, film: string, names: readonly string[]): string {
  const who = listAnd(names);
  switch (list) {
    case 'writers':
      return `${film} was written by ${who}.`;
    case 'producers':
      return `${film} was produced by ${who}.`;
    case 'cinematographers':
      return `${film} was shot by ${who}.`;
    case 'productionDesigners':
      return names.length > 1 ? `${who} were the production designers of ${film}.` : `${who} was the production designer of ${film}.`;
  }
}

export const filmCrew: QuestionKind = {
  id: 'film-crew',
  category: 'Crew',
  input: 'choice',
  subjects: (index) => CREW_LISTS.filter((list) => wholeList(index, list)).flatMap((list) => index.films.filter((f) => (f[list]?.length ?? 0) > 0).map((f) => `${f.id}/${list}`)),
  draft(index, subject) {
    const [filmId, list] = subject.split('/');
    if (!list || !isCrewList(list) || !wholeList(index, list)) return null;
    const f = index.film(filmId ?? '');
    const credits = f[list] ?? [];
    // The answer is someone other than the film's director where the job has one (in a deck
    // about a director, "Sean Baker" would be every answer): Chris Bergoch co-wrote Tangerine.
    const directors = new Set((f.directors ?? []).map((d) => d.person));
    const first = credits.find((c) => !directors.has(c.person)) ?? credits[0];
    if (!first) return null;
    const right = nameKeys(
      index,
      credits.map((c) => c.person),
    );
    // Anyone credited on the film, in any job, or sharing a name with someone who was: never offered as wrong.
    const taken = withNamesakes(index, everyone(f));
    const p = pools(index);
    const pool: Option[] = nearbyPeople(p.credits(list), f.year, (q) => !taken.has(q.id) && inCareer(p, q.id, f.year)).map(({ person, years }) => ({
      label: person.name,
      key: person.id,
      distance: years,
    }));
    const name = filmName(f);
    const answer = index.person(first.person);
    return {
      prompt: crewPrompt(list, name, credits.length > 1, subject),
      answer: { label: answer.name, key: answer.id },
      pool,
      truth: (key) => (right.has(p.nameKey(key)) ? true : taken.has(key) ? undefined : false),
      reveals: credits.map((c) => index.person(c.person).name),
      wrongFrom: `${JOB_LABELS[list].toLowerCase()}s of other films from ${f.year - CAREER_SLACK} to ${f.year + CAREER_SLACK}, credited on this one in no job`,
      explanation: crewSentence(
        list,
        name,
        credits.map((c) => index.person(c.person).name),
      ),
      facts: credits.map((c, i) => factRef(index, `films.${f.id}.${list}[${i}]`, c.source)),
      fame: index.fame(f.id),
      topic: `crew:${f.id}:${list}`,
    };
  },
};

export const crewRole: QuestionKind = {
  id: 'crew-role',
  category: 'Crew',
  input: 'choice',
  subjects: (index) =>
    CREW_LISTS.filter((list) => wholeList(index, list)).flatMap((list) => index.films.flatMap((f) => (f[list] ?? []).map((_, i) => `${f.id}/${list}/${i}`))),
  about: (subject) => {
    const film = subject.split('/')[0] ?? subject;
    return { film, focus: film };
  },
  draft(index, subject) {
    const [filmId, list, at] = subject.split('/');
    if (!list || !isCrewList(list) || !wholeList(index, list)) return null;
    const f = index.film(filmId ?? '');
    const credit = f[list]?.[Number(at)];
    if (!credit) return null;
    const p = pools(index);
    // Two people of one name on a film's lists could each be the one the prompt means.
    if (p.namesakes(p.nameKey(credit.person)).length > 1) return null;
    const person = index.person(credit.person);
    const holds = (job: CreditList): boolean | undefined => {
      const names = f[job];
      if (names?.some((c) => c.person === person.id)) return true;
      return names && names.length > 0 && wholeList(index, job) ? false : undefined;
    };
    const pool: Option[] = CREDIT_LISTS.filter((job) => job !== list).map((job, i) => ({ label: JOB_LABELS[job], key: job, distance: 1 + i / 10 }));
    const name = filmName(f);
    return {
      prompt: wording(subject, [`What was ${person.name}’s job on ${name}?`, `What did ${person.name} do on ${name}?`]),
      answer: { label: JOB_LABELS[list], key: list },
      pool,
      truth: (key) => (isCreditList(key) ? holds(key) : undefined),
      explanation: crewSentence(
        list,
        name,
        (f[list] ?? []).map((c) => index.person(c.person).name),
      ),
      facts: (f[list] ?? []).map((c, i) => factRef(index, `films.${f.id}.${list}[${i}]`, c.source)),
      fame: index.fame(f.id) * 0.6,
      topic: `crew:${f.id}:${list}`,
    };
  },
};
