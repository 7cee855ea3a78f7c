/**
 * Nicknames on the big screen: trimmed, short, unique in the room, and not rude. The word
 * filter is deliberately small and matches whole words (after undoing the usual letter
 * swaps), so "Scunthorpe" and "Cassie" stay welcome; it is a guard for a projector in a
 * club room, not a moderation system.
 */
import { LIMITS } from './protocol';

const BLOCKED = [
  'arse',
  'arsehole',
  'ass',
  'asshole',
  'bastard',
  'bitch',
  'bollocks',
  'cock',
  'cunt',
  'dick',
  'dickhead',
  'fag',
  'faggot',
  'fuck',
  'fucker',
  'fucking',
  'motherfucker',
  'nazi',
  'nigga',
  'nigger',
  'piss',
  'prick',
  'pussy',
  'retard',
  'shit',
  'shithead',
  'slut',
  'twat',
  'wanker',
  'whore',
];
const BLOCKED_SET = new Set(BLOCKED);

const SWAPS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** The words a name is made of, lower-cased with the usual letter swaps undone. */
function words(name: string): string[] {
  const plain = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[0134579@$!]/g, (c) => SWAPS[c] ?? c);
  const parts = plain.split(/[^a-z]+/).filter(Boolean);
  // "F U C K" and "f.u.c.k" are one word spelt out.
  const joined = parts.every((p) => p.length === 1) ? [parts.join('')] : [];
  return [...parts, ...joined, plain.replace(/[^a-z]/g, '')];
}

export type NameProblem = 'empty' | 'too-long' | 'rude' | 'taken';

/** The name as the room shows it: trimmed, inner spaces collapsed, no control characters. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\p{C}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why a name cannot be used here, or null when it can. `taken` are the names in the room. */
export function nameProblem(name: string, taken: readonly string[]): NameProblem | null {
  if (name.length === 0) return 'empty';
  if ([...name].length > LIMITS.nameLength) return 'too-long';
  if (words(name).some((w) => BLOCKED_SET.has(w))) return 'rude';
  const key = name.toLocaleLowerCase();
  if (taken.some((t) => t.toLocaleLowerCase() === key)) return 'taken';
  return null;
}

export const NAME_MESSAGES: Record<NameProblem, string> = {
  empty: 'Type a nickname first.',
  'too-long': `Keep it to ${LIMITS.nameLength} characters.`,
  rude: 'Pick another nickname: this one is not for the big screen.',
  taken: 'Someone here already has that name: add an initial.',
};
