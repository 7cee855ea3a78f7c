/**
 * Ids by the deck authors' convention, so an imported deck merges with hand-written ones:
 * a film is "title-slug-year" ("amelie-2001"), a person is the slug of their name
 * ("bong-joon-ho").
 */

/** Letters that Unicode does not decompose into a base letter and an accent. */
const SPELLED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŋ: 'ng',
  '½': ' and a half ',
  '¼': ' and a quarter ',
  '¾': ' and three quarters ',
  '¢': 'c',
  $: 's',
  '&': ' and ',
  '+': ' plus ',
};

/**
 * Lower-case ASCII words joined by hyphens: accents stripped, "&" spelled "and", every run
 * of anything else a single hyphen. Empty when nothing Latin is left (a title in Cyrillic).
 */
export function slugify(text: string): string {
  let spelled = '';
  for (const ch of text.toLowerCase()) spelled += SPELLED[ch] ?? ch;
  return spelled
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function filmSlug(title: string, year: number): string {
  return `${slugify(title) || 'film'}-${year}`;
}

export function personSlug(name: string): string {
  return slugify(name) || 'person';
}
