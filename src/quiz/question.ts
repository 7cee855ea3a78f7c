/** What the generator hands to the game, the printed sheet and the JSON export. */

export type KindId =
  | 'film-director'
  | 'film-year'
  | 'character-actor'
  | 'film-logline'
  | 'film-setting'
  | 'film-shot-on'
  | 'award-winner'
  | 'oscar-count'
  | 'first-released'
  | 'true-false'
  | 'person-filmography'
  | 'film-reference';

/** How a player answers: pick one option, or (later kinds) order them or type a year. */
export type InputMode = 'choice';

export type Level = 'easy' | 'medium' | 'hard';

/** One fact a question used: where it sits in the deck, and the source it cites. */
export interface FactRef {
  readonly fact: string;
  readonly source: string;
  readonly sourceTitle: string;
}

export interface Question {
  /** Stable across seeds: the same question about the same subject has the same id. */
  readonly id: string;
  readonly kind: KindId;
  readonly category: string;
  readonly input: InputMode;
  readonly prompt: string;
  readonly options: readonly string[];
  /** The text of the correct option. */
  readonly answer: string;
  readonly answerIndex: number;
  readonly explanation: string;
  readonly sources: readonly FactRef[];
  /** 0 (easiest) to 1 (hardest). */
  readonly difficulty: number;
  readonly level: Level;
}

export function levelOf(difficulty: number): Level {
  return difficulty < 0.4 ? 'easy' : difficulty < 0.7 ? 'medium' : 'hard';
}
