/** What the generator hands to the game, the printed sheet and the JSON export. */

export type KindId =
  | 'film-director'
  | 'film-year'
  | 'closest-year'
  | 'release-order'
  | 'higher-lower'
  | 'character-actor'
  | 'film-logline'
  | 'film-setting'
  | 'film-shot-on'
  | 'award-winner'
  | 'award-person'
  | 'oscar-count'
  | 'first-released'
  | 'true-false'
  | 'person-filmography'
  | 'person-appearance'
  | 'person-education'
  | 'film-reference'
  | 'film-crew'
  | 'crew-role'
  | 'person-born'
  | 'trivia-true-false'
  | 'film-country';

/**
 * How a player answers:
 * - `choice`: pick one of `options` (`answerIndex` is the right one);
 * - `order`: put `options` in order (`order` is the right order);
 * - `year`: type a year (`year` is the answer; `options` is empty; see `yearPoints`).
 */
export type InputMode = 'choice' | 'order' | 'year';

export const INPUT_MODES: readonly InputMode[] = ['choice', 'order', 'year'];

export type Level = 'easy' | 'medium' | 'hard';

/** One fact a question used: where it sits in the deck, and the source it cites. */
export interface FactRef {
  readonly fact: string;
  readonly source: string;
  readonly sourceTitle: string;
}

interface QuestionBase {
  /** Stable across seeds: the same question about the same subject has the same id. */
  readonly id: string;
  readonly kind: KindId;
  readonly category: string;
  readonly input: InputMode;
  readonly prompt: string;
  readonly options: readonly string[];
  /** The text of the correct option; for `order`, the options in order joined by " → "; for `year`, the year. */
  readonly answer: string;
  /** The correct option's position; -1 when the input is not a choice. */
  readonly answerIndex: number;
  readonly explanation: string;
  readonly sources: readonly FactRef[];
  /** 0 (easiest) to 1 (hardest). */
  readonly difficulty: number;
  readonly level: Level;
  /**
   * The fact the question turns on ("year:anora-2024"). Two questions with one topic are
   * the same question asked two ways, so a quiz asks at most one of them.
   */
  readonly topic?: string;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly input: 'choice';
}

export interface OrderQuestion extends QuestionBase {
  readonly input: 'order';
  /** `options` in the right order (earliest first, for release order). */
  readonly order: readonly string[];
}

export interface YearQuestion extends QuestionBase {
  readonly input: 'year';
  readonly year: number;
}

export type Question = ChoiceQuestion | OrderQuestion | YearQuestion;

export function levelOf(difficulty: number): Level {
  return difficulty < 0.4 ? 'easy' : difficulty < 0.7 ? 'medium' : 'hard';
}
