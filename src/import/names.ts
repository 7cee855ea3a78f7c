/** People's names in table cells: lists split apart, and entries that are not names left out. */
import { cleanText } from './clean';

/**
 * Splits a cell that may list several people ("Joel Coen, Ethan Coen", "A|B"). A comma
 * before "Jr." or "Sr." is part of a name ("Sammy Davis, Jr."), not a separator.
 */
export function splitNames(cell: string): string[] {
  return cell
    .split(/\s*[|;]\s*|\s*,(?!\s*(?:Jr|Sr)\.?(?:$|[\s,]))\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Wikipedia's disambiguators, "(actor)", "(narrator)": about the page, not the name. */
const DISAMBIGUATOR = /\s*\((?:actor|actress|dancer|singer|musician|narrator|voice|voices|comedian|wrestler|entertainer|model|director|uncredited|[^)]*\bfilm\b[^)]*)\)\s*$/i;

export type NameResult = { ok: true; name: string; repaired?: string } | { ok: false; reason: string };

/** A person's name as a deck writes it, or why the cell holds none. */
export function personName(raw: string): NameResult {
  const cleaned = cleanText(raw.replace(/\[\[|\]\]|^\[|\]$/g, '').replace(DISAMBIGUATOR, ''));
  if (!cleaned.ok) return { ok: false, reason: cleaned.reason };
  const name = cleaned.text;
  // Stray words and markup from a list's wiki text ("and", "kids", "(uncredited bit)", ".") are not people.
  if (!/\p{L}/u.test(name)) return { ok: false, reason: `"${name}" is not a name` };
  if (/^\p{Ll}/u.test(name) && !/^(?:de|di|da|van|von|le|la|del|der|d')\s/i.test(name)) return { ok: false, reason: `"${name}" is not a name` };
  if (/^(?:unknown|the|and|with|various|uncredited|none|n\/a|tba|tbd|jr\.?|sr\.?)$/i.test(name)) return { ok: false, reason: `"${name}" is not a name` };
  if (/[()[\]{}<>=|]/.test(name)) return { ok: false, reason: `"${name}" is not a name` };
  return cleaned.repaired ? { ok: true, name, repaired: cleaned.repaired } : { ok: true, name };
}
