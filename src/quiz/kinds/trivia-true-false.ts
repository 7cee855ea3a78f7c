/**
 * "True or false: Tangerine (2015) was shot on three iPhone 5s smartphones." A piece of
 * trivia is asked only if the deck gives it a decoy: the same sentence made false by one
 * change its source refutes. Each such fact makes two statements, the fact and its decoy,
 * and a quiz asks at most one of them. Without decoys every statement would be true, and
 * "True" would be no answer at all.
 */
import type { DeckIndex } from '../deck/deck-index';
import { factSource } from '../deck/fact-path';
import type { Film, Person } from '../deck/schema';
import { factRef, type QuestionKind } from './kind';
import { personFame } from './person-education';
import { filmName } from './shared';

type Holder = { readonly kind: 'films'; readonly item: Film } | { readonly kind: 'people'; readonly item: Person };

function holder(index: DeckIndex, kind: string | undefined, id: string): Holder | undefined {
  if (kind === 'films') {
    const film = index.maybeFilm(id);
    return film ? { kind, item: film } : undefined;
  }
  return kind === 'people' ? { kind, item: index.person(id) } : undefined;
}

/** Pronouns a trivia sentence opens with to mean its subject. */
const SUBJECT = /^(It|He|She|They) /;

/**
 * A trivia sentence about `name` as a statement that stands alone: "It was shot on…"
 * becomes "Tangerine (2015) was shot on…"; a sentence that opens otherwise ("Its final
 * scene…", "Baker cast…") is said to be about it.
 */
export function statementAbout(name: string, text: string): { readonly lead: string; readonly statement: string } {
  if (SUBJECT.test(text)) return { lead: '', statement: text.replace(SUBJECT, `${name} `) };
  return { lead: `, about ${name}`, statement: text.replace(/^(Its|His|Her|Their) /, (w) => w.toLowerCase()) };
}

export const triviaTrueFalse: QuestionKind = {
  id: 'trivia-true-false',
  category: 'True or false',
  input: 'choice',
  // "anora-2024/films/3/true": whose trivia, which entry, and which statement.
  subjects: (index) => {
    const of = (kind: string, x: Film | Person) =>
      (x.trivia ?? []).flatMap((t, i) => (t.decoy === undefined ? [] : [`${x.id}/${kind}/${i}/true`, `${x.id}/${kind}/${i}/false`]));
    return [...index.films.flatMap((f) => of('films', f)), ...index.people.flatMap((p) => of('people', p))];
  },
  about: (subject) => {
    const [id, kind] = subject.split('/');
    return { film: kind === 'films' ? id : undefined, focus: id ?? subject };
  },
  draft(index, subject) {
    const [id, kind, at, variant] = subject.split('/');
    const h = holder(index, kind, id ?? '');
    const entry = h?.item.trivia?.[Number(at)];
    if (!h || !entry?.decoy) return null;
    const name = h.kind === 'films' ? filmName(h.item) : h.item.name;
    const isTrue = variant === 'true';
    const shown = statementAbout(name, isTrue ? entry.text : entry.decoy);
    const fact = statementAbout(name, entry.text);
    return {
      prompt: `True or false${shown.lead}: ${shown.statement}`,
      answer: { label: isTrue ? 'True' : 'False', key: isTrue ? 'true' : 'false' },
      pool: [{ label: isTrue ? 'False' : 'True', key: isTrue ? 'false' : 'true', distance: 1 }],
      truth: (key) => key === (isTrue ? 'true' : 'false'),
      // "True or false" is in every prompt; the statement itself is the question.
      reveals: [],
      explanation: fact.lead ? `About ${name}: ${fact.statement}` : fact.statement,
      // The facts it restates are asked with it, so a quiz does not ask them again another way.
      facts: [
        factRef(index, `${h.kind}.${h.item.id}.trivia[${at}]`, entry.source),
        ...(entry.restates ?? []).map((path) => factRef(index, path, factSource(index.deck, path) ?? entry.source)),
      ],
      fame: h.kind === 'films' ? index.fame(h.item.id) : personFame(index, h.item),
      fixedOrder: ['true', 'false'],
      optionCount: 2,
      // One fact the deck states twice (under a film and a person) is one topic, asked once.
      topic: entry.topic ? `trivia:${entry.topic}` : `trivia:${h.item.id}:${at}`,
    };
  },
};
