/**
 * The contract every question kind meets. A kind knows which subjects it can ask about
 * and drafts a question for one subject: the right option, a pool of distractors it
 * believes false, and a `truth` test that says, by the facts alone, whether an option is
 * correct. The generator, not the kind, enforces the guarantees (see generator.ts).
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film } from '../deck/schema';
import type { FactRef, KindId } from '../question';

export interface Option {
  /** What the player reads. */
  readonly label: string;
  /** What it stands for (a film id, a person id, a year), for the truth test. */
  readonly key: string;
  /** For ranking distractors: lower is more plausible (e.g. years away from the answer). */
  readonly distance?: number;
}

export interface Draft {
  readonly prompt: string;
  readonly answer: Option;
  /** Candidate wrong options. The generator picks among the most plausible. */
  readonly pool: readonly Option[];
  /** By the facts: true = correct, false = known wrong, undefined = the deck cannot tell. */
  truth(key: string): boolean | undefined;
  readonly explanation: string;
  readonly facts: readonly FactRef[];
  /** How well known the subject is, 0..1. */
  readonly fame: number;
  /** Show the options in this order of keys instead of shuffling (true/false). */
  readonly fixedOrder?: readonly string[];
  /** How many options to offer; default 4. */
  readonly optionCount?: number;
}

export interface QuestionKind {
  readonly id: KindId;
  readonly category: string;
  /** Every subject this kind can ask about in this deck (stable order). */
  subjects(index: DeckIndex): readonly string[];
  draft(index: DeckIndex, subject: string): Draft | null;
}

export function factRef(index: DeckIndex, fact: string, source: string): FactRef {
  return { fact, source, sourceTitle: index.source(source).title };
}

export function filmLabel(f: Film): string {
  return `${f.title} (${f.year})`;
}

export function filmOption(f: Film, distance = 0): Option {
  return { label: f.title, key: f.id, distance };
}

/** Films' titles shared by two films need the year to tell them apart. */
export function filmOptions(films: readonly Film[], answerYear: number): Option[] {
  return films.map((f) => filmOption(f, Math.abs(f.year - answerYear)));
}
