/**
 * Turning the text of real tables into deck text: entities decoded, garbled accents
 * repaired where the damage is known and reversible, codes spelled out. Each helper says
 * when it cannot help, so the importer skips the row instead of guessing.
 */
import { textIssues } from '../quiz/deck/validate';

// HTML's names for the Latin-1 characters U+00A0 to U+00FF, in code-point order.
const LATIN1_ENTITIES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  );

export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(LATIN1_ENTITIES.map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  trade: '™',
  euro: '€',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Zcaron: 'Ž',
  zcaron: 'ž',
  Yuml: 'Ÿ',
};

/** Decodes HTML character references (`&amp;`, `&#39;`, `&uuml;`); unknown names are left alone for the checker to reject. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

const MAC_ROMAN = new TextDecoder('macintosh').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
// Windows-1252 spelled out: Node's decoder by that name gives C1 controls for 0x80–0x9F.
const WINDOWS_1252 = `€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ${String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i))}`;
const MAC_TO_WINDOWS = new Map([...MAC_ROMAN].map((ch, i) => [ch, WINDOWS_1252[i] ?? ch]));

/**
 * The signs of Windows-1252 text read as Mac Roman: é shows as È, ù as ˘, ä as ‰, … as Ö.
 * A capital accented vowel inside a lower-case word, or one of these symbols glued to a
 * letter, does not happen in real titles.
 */
const MAC_ROMAN_DAMAGE = /[a-z][ÈÍËÎÏÌÓÔÒÚÛÙ]|[A-Z][ÈÍËÎÏÌÓÔÒÚÛÙ][a-z]|[\p{L}\d][˘‰‡·Ω∂ƒ≈◊ˆ˜¯˚¸˝˛ˇ]|(?:^|\s)Ö(?:\s|$)/u;

export function looksMacRomanDamaged(text: string): boolean {
  return MAC_ROMAN_DAMAGE.test(text) && !/l·l/.test(text);
}

/** Reverses Mac Roman damage, or returns undefined when the text does not look damaged. */
export function repairMacRoman(text: string): string | undefined {
  if (!looksMacRomanDamaged(text)) return undefined;
  let out = '';
  for (const ch of text) out += MAC_TO_WINDOWS.get(ch) ?? ch;
  return out;
}

/**
 * After composing accents (NFC), a combining mark left over has nothing to sit on: the
 * sign of text that went through a broken converter ("D̩sir̩e" for "Désirée").
 */
const STRAY_MARK = /[\u0300-\u036f]/;

export type Cleaned = { ok: true; text: string; repaired?: string } | { ok: false; reason: string };

/**
 * One cell of text, ready for a deck: entities decoded, spacing tidied, accents composed,
 * Mac Roman damage reversed (and said so). Fails on empty text and on damage it cannot undo.
 */
export function cleanText(raw: unknown): Cleaned {
  if (raw === null || raw === undefined) return { ok: false, reason: 'missing' };
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, reason: `not text: ${JSON.stringify(raw)}` };
  let text = decodeEntities(String(raw))
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .normalize('NFC');
  if (text === '' || text === '#N/A' || text === '-') return { ok: false, reason: 'missing' };
  let repaired: string | undefined;
  const fixed = repairMacRoman(text);
  if (fixed !== undefined) {
    repaired = `"${text}" read as "${fixed}" (accents garbled by a Mac Roman conversion)`;
    text = fixed;
  }
  if (STRAY_MARK.test(text)) return { ok: false, reason: `garbled accents in "${text}"` };
  const issues = textIssues(text);
  if (issues.length > 0 || looksMacRomanDamaged(text)) return { ok: false, reason: issues[0] ?? `garbled accents in "${text}"` };
  return repaired ? { ok: true, text, repaired } : { ok: true, text };
}

/** "2h 19m", "1h", "45m" or a plain number of minutes; undefined when it is none of these. */
export function parseRuntime(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text) || undefined;
  const m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/i.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) || undefined;
}

/** Whole dollars from "13000000", "$56.7M", "$803K"; undefined for "#N/A", "-" and the like. */
export function parseMoney(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? Math.round(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const m = /^\$?\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*([kmb])?$/i.exec(raw.trim());
  if (!m) return undefined;
  const scale = { k: 1e3, m: 1e6, b: 1e9 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Math.round(Number((m[1] ?? '').replace(/,/g, '')) * scale);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Codes whose English name from Intl is wrong for a film table: withdrawn codes that Intl
 * maps to a successor state (a 1965 Czechoslovak film was not Serbian), and names decks
 * spell differently.
 */
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  SU: 'Soviet Union',
  CS: 'Czechoslovakia',
  DD: 'East Germany',
  YU: 'Yugoslavia',
  ZR: 'Zaire',
  BU: 'Burma',
  HK: 'Hong Kong',
  MO: 'Macau',
  PS: 'Palestine',
  TR: 'Turkey',
  CZ: 'Czech Republic',
  BA: 'Bosnia and Herzegovina',
  CG: 'Republic of the Congo',
  CD: 'Democratic Republic of the Congo',
  MM: 'Myanmar',
  MK: 'North Macedonia',
};

/** A country's English name from its ISO code as of `year`, or undefined for a code nobody knows. */
export function countryName(code: string, year: number): string | undefined {
  const upper = code.trim().toUpperCase();
  // The table codes both German states of 1949–1990 apart: DD for the East, DE for the West.
  if (upper === 'DE' && year >= 1949 && year <= 1990) return 'West Germany';
  const known = COUNTRY_NAMES[upper];
  if (known) return known;
  if (!/^[A-Z]{2}$/.test(upper) || upper === 'ZZ') return undefined;
  return regionNames.of(upper);
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { bn: 'Bengali', tl: 'Tagalog', tgl: 'Tagalog', fil: 'Filipino', wol: 'Wolof' };

/** A language's English name from its ISO 639 code, or undefined for a code nobody knows. */
export function languageName(code: string): string | undefined {
  const lower = code.trim().toLowerCase();
  const known = LANGUAGE_NAMES[lower];
  if (known) return known;
  // No linguistic content, multiple, undetermined: codes, not languages a film is in.
  if (!/^[a-z]{2,3}$/.test(lower) || ['zxx', 'mul', 'und', 'mis'].includes(lower)) return undefined;
  try {
    return languageNames.of(lower);
  } catch {
    return undefined;
  }
}
