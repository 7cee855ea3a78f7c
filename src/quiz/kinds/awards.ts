/** What the award kinds share: how awards are named, and which go to films or to people. */
import type { Award } from '../deck/schema';
import { ordinal } from '../text';

/** Categories whose winner is the film itself, whoever collects it. */
const FILM_AWARDS =
  /^(best picture|palme d'or|grand prix du festival international du film|best international feature film|best foreign language film|(honorary|special) foreign language film award|best animated feature( film)?|best documentary feature( film)?|golden lion|golden bear)$/i;

export const isFilmAward = (a: Award) => FILM_AWARDS.test(a.category.trim());

/** Awards given outside competition: honorary, special, scientific and memorial awards. */
const NON_COMPETITIVE = /honorary|special|scientific|technical|juvenile|memorial|humanitarian|thalberg|hersholt|commendation|sawyer|bonner|medal/i;

/** Whether an award was competed for (nominees, one winner), rather than given (an honorary award). */
export const isCompetitive = (a: Award) => !NON_COMPETITIVE.test(a.category);

/** Whether an award was presented after its own edition: a retroactive award. */
export const isRetroactive = (a: Award) => a.presented !== undefined && a.presented > a.year + 1;

/** "won" a competitive award, "received" an honorary one. */
export const awardVerb = (a: Award) => (isCompetitive(a) ? 'won' : 'received');

const INTERNATIONAL = /^(best international feature film|best foreign language film|(honorary|special) foreign language film award)$/i;
const ANIMATED = /^best animated feature( film)?$/i;
const CANNES_TOP = /^(palme d'or|grand prix du festival international du film)$/i;

/** Whether an award is the Academy's prize for a film not in English: International Feature and its honorary forerunner. */
export const isInternationalAward = (a: Award) => a.body === 'oscars' && INTERNATIONAL.test(a.category.trim());

/** Whether an award is the Academy's Animated Feature. */
export const isAnimatedAward = (a: Award) => a.body === 'oscars' && ANIMATED.test(a.category.trim());

/**
 * One prize under all its names, for "a film competes for it once": Cannes's top prize was
 * the Grand Prix and is the Palme d'Or; International Feature was Foreign Language Film, and
 * an honorary award before that.
 */
export function prizeKey(a: Award): string {
  const c = a.category.trim();
  if (a.body === 'cannes' && CANNES_TOP.test(c)) return 'cannes|top prize';
  if (isInternationalAward(a)) return 'oscars|international feature';
  if (isAnimatedAward(a)) return 'oscars|animated feature';
  return `${a.body}|${c.toLowerCase()}`;
}

const BODY_NAMES: Record<Award['body'], string> = {
  oscars: 'Academy Awards',
  cannes: 'Cannes Film Festival',
  venice: 'Venice Film Festival',
  berlin: 'Berlin International Film Festival',
  baftas: 'BAFTA Awards',
  'golden-globes': 'Golden Globe Awards',
  'independent-spirit': 'Independent Spirit Awards',
  other: 'awards',
};

/** Where an award was given: "the 97th Academy Awards", "the 1939 Cannes Film Festival, awarded retroactively in 2002". */
export function awardOccasion(a: Award): string {
  const retro = isRetroactive(a) ? `, awarded retroactively in ${a.presented}` : '';
  if (a.body === 'oscars') return `${a.edition ? `the ${ordinal(a.edition)} Academy Awards` : `the Academy Awards for ${a.year}`}${retro}`;
  if (a.body === 'cannes' || a.body === 'venice' || a.body === 'berlin') return `the ${a.year} ${BODY_NAMES[a.body]}${retro}`;
  return `${a.edition ? `the ${ordinal(a.edition)} ${BODY_NAMES[a.body]}` : `the ${a.year} ${BODY_NAMES[a.body]}`}${retro}`;
}

/**
 * Academy categories that were called otherwise at the time, as decks name them today
 * (`category`, a pattern) and as the Academy's database names them up to and including
 * ceremony `until`; a reference test holds the table to the database.
 */
export const OSCAR_FORMER_NAMES: readonly { readonly category: RegExp; readonly from: number; readonly until: number; readonly name: string }[] = [
  { category: /^best international feature film$/i, from: 29, until: 91, name: 'Best Foreign Language Film' },
  { category: /^best production design$/i, from: 1, until: 84, name: 'Best Art Direction' },
  { category: /^best production design \(black-and-white\)$/i, from: 13, until: 39, name: 'Best Art Direction (Black-and-White)' },
  { category: /^best production design \(color\)$/i, from: 13, until: 39, name: 'Best Art Direction (Color)' },
  { category: /^best makeup and hairstyling$/i, from: 54, until: 84, name: 'Best Makeup' },
];

/** An Academy category as it was called at its edition ("Best Foreign Language Film" at the 33rd). */
function nameAtEdition(a: Award, c: string): string {
  if (a.body !== 'oscars' || a.edition === undefined) return c;
  const edition = a.edition;
  return OSCAR_FORMER_NAMES.find((n) => n.category.test(c) && edition >= n.from && edition <= n.until)?.name ?? c;
}

/**
 * An award's name as a sentence uses it, as it was called at that edition: "Best Picture",
 * "the Palme d'Or", "the Grand Prix (then Cannes's top prize)", and honorary awards as
 * such ("a Special Award (an honorary Oscar)").
 */
export function awardName(a: Award): string {
  const c = a.category.trim();
  // Cannes's top prize was called this before (and between) the Palme d'Or years.
  if (/^grand prix du festival international du film$/i.test(c)) return "the Grand Prix (then Cannes's top prize)";
  if (/^(palme d'or|golden lion|golden bear|grand prix|jury prize)$/i.test(c)) return `the ${c}`;
  if (isInternationalAward(a) && !isCompetitive(a)) return `the ${c} (an honorary Oscar, before the category was competitive)`;
  if (!isCompetitive(a)) {
    const article = /^[aeiou]/i.test(c) ? 'an' : 'a';
    return a.body === 'oscars' && /^special award$|juvenile/i.test(c) ? `${article} ${c} (an honorary Oscar)` : `${article} ${c}`;
  }
  return nameAtEdition(a, c);
}

/**
 * Categories that call for the same kind of person, so their nominees make plausible
 * wrong options for each other (an actress for an actress).
 */
export function categoryFamily(category: string): string {
  const c = category.toLowerCase();
  if (/actress/.test(c)) return 'actress';
  if (/actor/.test(c)) return 'actor';
  if (/direct/.test(c)) return 'director';
  if (/screenplay|writing|screenwrit/.test(c)) return 'writer';
  if (/cinematograph|photograph/.test(c)) return 'cinematographer';
  if (/editing/.test(c) && !/sound/.test(c)) return 'editor';
  if (/score|music|song/.test(c)) return 'composer';
  return c;
}
