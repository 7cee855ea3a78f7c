/**
 * The contract every question kind meets. A kind knows which subjects it can ask about
 * and drafts a question for one subject; the generator, not the kind, enforces the
 * guarantees (see generator.ts). Three draft shapes, one per way of answering:
 * - choice: the right option, a pool of distractors, and a `truth` test that says, by
 *   the facts alone, whether an option is correct;
 * - order: items with a rank (a year); the generator picks some and asks for their order;
 * - year: one year, typed by the player and scored by distance.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { FactRef, InputMode, KindId } from '../question';

export interface Option {
  /** What the player reads. */
  readonly label: string;
  /** What it stands for (a film id, a person id, a year), for the truth test. */
  readonly key: string;
  /** For ranking distractors: lower is more plausible. Kinds scale it so 1 is "a year apart". */
  readonly distance?: number;
  /**
   * Facts that make this option what it is (its year, its nomination), cited if it is
   * shown. A function, so that only the few options drawn pay for building them.
   */
  readonly facts?: () => readonly FactRef[];
}

interface DraftBase {
  readonly explanation: string;
  /** The facts the question asks: a quiz asks each once, whichever kind asks it. */
  readonly facts: readonly FactRef[];
  /** Facts it cites without asking them (what names the person, the film's language). */
  readonly cites?: readonly FactRef[];
  /** How well known the subject is, 0..1. */
  readonly fame: number;
  /** The fact the question turns on; see `Question.topic`. */
  readonly topic: string;
  /**
   * Deck text quoted in the prompt (a place, a logline, a character). If it shares a
   * distinctive word with the answer, the prompt gives the answer away.
   */
  readonly clue?: string;
  /** Strings that must not appear in the prompt; default: the answer's label. */
  readonly reveals?: readonly string[];
}

export interface ChoiceDraft extends DraftBase {
  readonly input?: 'choice';
  readonly prompt: string;
  readonly answer: Option;
  /** Candidate wrong options. The generator picks among the most plausible. */
  readonly pool: readonly Option[];
  /** By the facts: true = correct, false = known wrong, undefined = the deck cannot tell. */
  truth(key: string): boolean | undefined;
  /** Show the options in this order of keys instead of shuffling (true/false). */
  readonly fixedOrder?: readonly string[];
  /** Where wrong options come from, for a deck author told there are too few ("writers of other films of 1995–2005"). */
  readonly wrongFrom?: string;
  /** How many options to offer; default 4. */
  readonly optionCount?: number;
  /** For prompts that name the options ("Which runs longer: A or B?"), built once they are drawn. */
  promptFor?(options: readonly Option[]): string;
  /** For explanations that mention the options drawn; default `explanation`. */
  explainFor?(options: readonly Option[]): string;
}

export interface OrderItem extends Option {
  /** What the items are ordered by, ascending (a year). Items with equal ranks never meet. */
  readonly rank: number;
}

export interface OrderDraft extends DraftBase {
  readonly input: 'order';
  readonly prompt: string;
  /** The subject: always among the items. */
  readonly anchor: OrderItem;
  readonly pool: readonly OrderItem[];
  /** How many items to order; default 4. */
  readonly count?: number;
  /** Builds the explanation from the items in their right order. */
  explain(ordered: readonly OrderItem[]): string;
}

export interface YearDraft extends DraftBase {
  readonly input: 'year';
  readonly prompt: string;
  readonly year: number;
}

export type Draft = ChoiceDraft | OrderDraft | YearDraft;

export interface QuestionKind {
  readonly id: KindId;
  readonly category: string;
  readonly input: InputMode;
  /** Every subject this kind can ask about in this deck (stable order). */
  subjects(index: DeckIndex): readonly string[];
  draft(index: DeckIndex, subject: string): Draft | null;
  /**
   * What a subject is about: `film` (for themes; undefined if no one film) and `focus`
   * (one round asks about one focus once). Default: both are the subject's first segment.
   */
  about?(subject: string): { readonly film: string | undefined; readonly focus: string };
}

export function factRef(index: DeckIndex, fact: string, source: string): FactRef {
  return { fact, source, sourceTitle: index.source(source).title };
}
