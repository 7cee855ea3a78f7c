/**
 * What a player is still building before it counts, the films placed so far or the digits
 * of a year, and what each key does to it. Plain logic with no Phaser, so it survives any
 * redraw of the question view and can be tested in Node.
 */
import type { Question } from '../../quiz/question';

/** What a press or a key asks of an open question. */
export type Intent =
  | { readonly do: 'answer'; readonly choice: number }
  | { readonly do: 'place'; readonly option: string }
  | { readonly do: 'unplace' }
  | { readonly do: 'digit'; readonly digit: string }
  | { readonly do: 'erase' }
  | { readonly do: 'submit' };

const KEYS = ['1', '2', '3', '4'];
const LETTERS = ['a', 'b', 'c', 'd'];

/** The badge that names an option's key ("1" for the first). */
export const keyOf = (i: number): string | undefined => KEYS[i];

/**
 * A key (lower-cased `KeyboardEvent.key`): 1–4 or a–d pick an option or place a film, digits
 * type a year, Backspace takes back, Enter submits. Null for a key left to the screen, such as
 * Enter on an order still unfinished, so it can press the focused button instead.
 */
export function keyIntent(q: Question, key: string, draft: AnswerDraft): Intent | null {
  if (q.input === 'year') {
    if (/^[0-9]$/.test(key)) return { do: 'digit', digit: key };
    if (key === 'backspace') return { do: 'erase' };
    return key === 'enter' ? { do: 'submit' } : null;
  }
  const at = KEYS.includes(key) ? KEYS.indexOf(key) : LETTERS.indexOf(key);
  const inRange = at >= 0 && at < q.options.length;
  if (q.input === 'order') {
    if (inRange) return { do: 'place', option: q.options[at] ?? '' };
    if (key === 'backspace') return { do: 'unplace' };
    return key === 'enter' && draft.orderComplete(q) ? { do: 'submit' } : null;
  }
  return inRange ? { do: 'answer', choice: at } : null;
}

export class AnswerDraft {
  /** The films placed so far (option texts), first first. */
  placed: readonly string[] = [];
  /** The digits of a year typed so far, at most four. */
  typed = '';

  clear(): void {
    this.placed = [];
    this.typed = '';
  }

  /** Places a film last, or takes it back if it was placed: a tap on a placed film undoes it. */
  toggle(option: string): void {
    this.placed = this.placed.includes(option) ? this.placed.filter((p) => p !== option) : [...this.placed, option];
  }

  unplaceLast(): void {
    this.placed = this.placed.slice(0, -1);
  }

  /** Adds a digit; false, and nothing changes, once the year has four. */
  type(digit: string): boolean {
    if (this.typed.length >= 4) return false;
    this.typed += digit;
    return true;
  }

  erase(): void {
    this.typed = this.typed.slice(0, -1);
  }

  orderComplete(q: Question): boolean {
    return this.placed.length === q.options.length;
  }

  /** The year typed, once it has all four digits. */
  get year(): number | null {
    return this.typed.length === 4 ? Number(this.typed) : null;
  }
}
