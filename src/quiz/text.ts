/** Text helpers shared by the generator and the deck checker. */

/**
 * The key two option labels are compared by: case, accents, punctuation, spacing and a
 * leading article do not make two answers different ("The Piano" ≡ "piano").
 */
export function equivalenceKey(label: string): string {
  // Long texts (prompts, loglines) are rarely compared twice: not worth remembering.
  if (label.length > MEMO_LENGTH) return computeKey(label);
  let key = keys.get(label);
  if (key === undefined) {
    // A bounded memo: labels repeat across drafts, and normalising Unicode is the generator's hottest step.
    if (keys.size >= KEY_MEMO) keys.clear();
    key = computeKey(label);
    keys.set(label, key);
  }
  return key;
}

const MEMO_LENGTH = 60;
const KEY_MEMO = 250_000;
const keys = new Map<string, string>();

function computeKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an|la|le|les|il|el|der|die|das) /, '')
    .replace(/\s+/g, ' ');
}

/** Whether `needle` appears in `haystack` as whole words, compared by equivalence keys. */
export function mentions(haystack: string, needle: string): boolean {
  const n = equivalenceKey(needle);
  if (n.length === 0) return false;
  return ` ${equivalenceKey(haystack)} `.includes(` ${n} `);
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Words too common to give anything away when a clue and an answer share them. */
const COMMON_WORDS = new Set(
  'the a an of in on and or to for with at by from as is its his her their him she he they it this that who was were be into out up about after before over under new old one two film films movie story life man men woman women day night part'.split(
    ' ',
  ),
);

/** The words of a text that would give it away: not common, at least three characters. */
export function distinctiveWords(text: string): string[] {
  return equivalenceKey(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !COMMON_WORDS.has(w));
}

/**
 * Whether two words are one word to a reader: the same, a plural, or one the stem of the
 * other ("slave" in "slavery", "Arab" in "Arabia", "titanium" for "Titane", "Indochina" for
 * "Indochine").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  return short.length >= 6 && short.slice(0, 5) === long.slice(0, 5);
}

/**
 * A test of whether a clue quoted in a prompt gives an answer away by sharing a
 * distinctive word with it: "set in Orlando, Florida" gives away The Florida Project.
 */
export function clueMatcher(clue: string): (answer: string) => boolean {
  const words = distinctiveWords(clue);
  return (answer) => distinctiveWords(answer).some((a) => words.some((c) => sameWord(a, c)));
}

export function givesAway(clue: string, answer: string): boolean {
  return clueMatcher(clue)(answer);
}

/** A test of whether a text mentions a label as whole words (see `mentions`), for many labels. */
export function mentionMatcher(haystack: string): (needle: string) => boolean {
  const h = ` ${equivalenceKey(haystack)} `;
  return (needle) => {
    const n = equivalenceKey(needle);
    return n.length > 0 && h.includes(` ${n} `);
  };
}

/**
 * Words the kinds' prompts are made of, whatever they ask about, and the words of award
 * names: sharing one of them ("Best" in The Best Years of Our Lives, for "Who won Best
 * Actor?") is no echo of the prompt.
 */
const PROMPT_WORDS = new Set(
  `which what where when how many much these does did has have had was were won win shared received awarded given play played appear appeared
  direct directed picture pictures movie movies best academy award awards festival cannes venice berlin international feature animated
  actor actress supporting original adapted screenplay director directing cinematography editing sound score song music costume design
  production makeup hairstyling visual effects documentary story writing released release first earliest oldest came year years shot set
  partly sequence study studied true false runs longer cost more make took box office worldwide north america served reference while making
  order put then top prize grand prix palme honorary special edition ceremony retroactively cancelled color colour black white language
  foreign assistant dance unique artistic dramatic comedy musical scientific technical class oscar`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A test of whether an option shares a distinctive word with a prompt, the prompt's fixed
 * wording, award names and numbers aside: a wrong option that echoes the prompt ("John
 * Krasinski" for "Who directed John and the Hole?") is a trap, not a question.
 */
export function promptEchoMatcher(prompt: string): (label: string) => boolean {
  const words = distinctiveWords(prompt).filter((w) => !PROMPT_WORDS.has(w) && !/^\d+(st|nd|rd|th)?$/.test(w));
  if (words.length === 0) return () => false;
  return (label) => distinctiveWords(label).some((a) => !/^\d+$/.test(a) && words.some((c) => sameWord(a, c)));
}
