/** Text helpers shared by the generator and the deck checker. */

/**
 * The key two option labels are compared by: case, accents, punctuation, spacing and a
 * leading article do not make two answers different ("The Piano" ≡ "piano").
 */
export function equivalenceKey(label: string): string {
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
