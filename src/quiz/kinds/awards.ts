/** What the award kinds share: how awards are named, and which go to films or to people. */
import type { Award } from '../deck/schema';
import { ordinal } from '../text';

/** Categories whose winner is the film itself, whoever collects it. */
const FILM_AWARDS = /^(best picture|palme d'or|grand prix du festival international du film|best international feature film|best foreign language film|best animated feature( film)?|best documentary feature( film)?|golden lion|golden bear)$/i;

export const isFilmAward = (a: Award) => FILM_AWARDS.test(a.category.trim());

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

export function awardOccasion(a: Award): string {
  if (a.body === 'oscars') return a.edition ? `the ${ordinal(a.edition)} Academy Awards` : `the Academy Awards for ${a.year}`;
  if (a.body === 'cannes' || a.body === 'venice' || a.body === 'berlin') return `the ${a.year} ${BODY_NAMES[a.body]}`;
  return a.edition ? `the ${ordinal(a.edition)} ${BODY_NAMES[a.body]}` : `the ${a.year} ${BODY_NAMES[a.body]}`;
}

/** An award's name as a sentence uses it: "Best Picture", "the Palme d'Or". */
export function awardName(a: Award): string {
  const c = a.category.trim();
  // Cannes's top prize was called this before (and between) the Palme d'Or years.
  if (/^grand prix du festival international du film$/i.test(c)) return "the Grand Prix (then Cannes's top prize)";
  if (/^(palme d'or|golden lion|golden bear|grand prix|jury prize)$/i.test(c)) return `the ${c}`;
  return c;
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
