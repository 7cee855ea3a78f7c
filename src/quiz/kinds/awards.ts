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
 * (`category`, a pattern) and as the Academy's database names them from ceremony `from` to
 * `until`; a reference test holds the table to the database, ceremony by ceremony. Where
 * the database gives one category two names at one ceremony, today's name stands.
 */
export const OSCAR_FORMER_NAMES: readonly { readonly category: RegExp; readonly from: number; readonly until: number; readonly name: string }[] = [
  { category: /^best international feature film$/i, from: 29, until: 91, name: 'Best Foreign Language Film' },
  { category: /^best production design$/i, from: 1, until: 84, name: 'Best Art Direction' },
  { category: /^best production design \(black-and-white\)$/i, from: 13, until: 39, name: 'Best Art Direction (Black-and-White)' },
  { category: /^best production design \(color\)$/i, from: 13, until: 39, name: 'Best Art Direction (Color)' },
  { category: /^best makeup and hairstyling$/i, from: 54, until: 84, name: 'Best Makeup' },
  { category: /^best picture$/i, from: 1, until: 2, name: 'Outstanding Picture' },
  { category: /^best picture$/i, from: 3, until: 13, name: 'Outstanding Production' },
  { category: /^best picture$/i, from: 14, until: 16, name: 'Outstanding Motion Picture' },
  { category: /^best picture$/i, from: 17, until: 34, name: 'Best Motion Picture' },
  { category: /^best original screenplay$/i, from: 22, until: 28, name: 'Best Writing (Story and Screenplay)' },
  { category: /^best original screenplay$/i, from: 29, until: 29, name: 'Best Writing (Screenplay—Original)' },
  { category: /^best original screenplay$/i, from: 30, until: 41, name: 'Best Writing (Story and Screenplay—Written Directly for the Screen)' },
  { category: /^best original screenplay$/i, from: 42, until: 42, name: 'Best Writing (Story and Screenplay—Based on Material Not Previously Published or Produced)' },
  { category: /^best original screenplay$/i, from: 43, until: 46, name: 'Best Writing (Story and Screenplay—Based on Factual Material or Material Not Previously Published or Produced)' },
  { category: /^best original screenplay$/i, from: 49, until: 50, name: 'Best Writing (Screenplay Written Directly for the Screen—Based on Factual Material or on Story Material Not Previously Published or Produced)' },
  { category: /^best original screenplay$/i, from: 51, until: 74, name: 'Best Writing (Screenplay Written Directly for the Screen)' },
  { category: /^best adapted screenplay$/i, from: 1, until: 1, name: 'Best Writing (Adaptation)' },
  { category: /^best adapted screenplay$/i, from: 2, until: 3, name: 'Best Writing' },
  { category: /^best adapted screenplay$/i, from: 4, until: 7, name: 'Best Writing (Adaptation)' },
  { category: /^best adapted screenplay$/i, from: 8, until: 28, name: 'Best Writing (Screenplay)' },
  { category: /^best adapted screenplay$/i, from: 29, until: 29, name: 'Best Writing (Screenplay—Adapted)' },
  { category: /^best adapted screenplay$/i, from: 30, until: 46, name: 'Best Writing (Screenplay—Based on Material from Another Medium)' },
  { category: /^best adapted screenplay$/i, from: 47, until: 48, name: 'Best Writing (Screenplay Adapted from Other Material)' },
  { category: /^best adapted screenplay$/i, from: 49, until: 50, name: 'Best Writing (Screenplay—Based on Material from Another Medium)' },
  { category: /^best adapted screenplay$/i, from: 51, until: 63, name: 'Best Writing (Screenplay Based on Material from Another Medium)' },
  { category: /^best adapted screenplay$/i, from: 64, until: 74, name: 'Best Writing (Screenplay Based on Material Previously Produced or Published)' },
  { category: /^best original story$/i, from: 15, until: 19, name: 'Best Writing (Original Motion Picture Story)' },
  { category: /^best original story$/i, from: 20, until: 29, name: 'Best Writing (Motion Picture Story)' },
  { category: /^best original score$/i, from: 14, until: 14, name: 'Best Music (Music Score of a Dramatic Picture)' },
  { category: /^best original score$/i, from: 15, until: 34, name: 'Best Music (Music Score of a Dramatic or Comedy Picture)' },
  { category: /^best original score$/i, from: 35, until: 38, name: 'Best Music (Music Score—Substantially Original)' },
  { category: /^best original score$/i, from: 39, until: 40, name: 'Best Music (Original Music Score)' },
  { category: /^best original score$/i, from: 41, until: 42, name: 'Best Music (Original Score—for a Motion Picture [Not a Musical])' },
  { category: /^best original score$/i, from: 44, until: 47, name: 'Best Music (Original Dramatic Score)' },
  { category: /^best original score$/i, from: 68, until: 71, name: 'Best Music (Original Dramatic Score)' },
  { category: /^best original song$/i, from: 7, until: 40, name: 'Best Music (Song)' },
  { category: /^best original song$/i, from: 41, until: 45, name: 'Best Music (Song—Original for the Picture)' },
  { category: /^best original song$/i, from: 46, until: 47, name: 'Best Music (Song)' },
  { category: /^best original song score or adaptation score$/i, from: 7, until: 13, name: 'Best Music (Scoring)' },
  { category: /^best original song score or adaptation score$/i, from: 14, until: 29, name: 'Best Music (Scoring of a Musical Picture)' },
  { category: /^best original song score or adaptation score$/i, from: 30, until: 30, name: 'Best Music (Scoring)' },
  { category: /^best original song score or adaptation score$/i, from: 31, until: 34, name: 'Best Music (Scoring of a Musical Picture)' },
  { category: /^best original song score or adaptation score$/i, from: 35, until: 40, name: 'Best Music (Scoring of Music—Adaptation or Treatment)' },
  { category: /^best original song score or adaptation score$/i, from: 41, until: 42, name: 'Best Music (Score of a Musical Picture—Original or Adaptation)' },
  { category: /^best original song score or adaptation score$/i, from: 43, until: 43, name: 'Best Music (Original Song Score)' },
  { category: /^best original song score or adaptation score$/i, from: 44, until: 45, name: 'Best Music (Scoring: Adaptation and Original Song Score)' },
  { category: /^best original song score or adaptation score$/i, from: 46, until: 48, name: 'Best Music (Scoring: Original Song Score and Adaptation -or- Scoring: Adaptation)' },
  { category: /^best original song score or adaptation score$/i, from: 49, until: 50, name: 'Best Music (Original Song Score and Its Adaptation or Adaptation Score)' },
  { category: /^best original song score or adaptation score$/i, from: 51, until: 51, name: 'Best Music (Adaptation Score)' },
  { category: /^best original song score or adaptation score$/i, from: 52, until: 55, name: 'Best Music (Original Song Score and Its Adaptation -or- Adaptation Score)' },
  { category: /^best original song score or adaptation score$/i, from: 57, until: 57, name: 'Best Music (Original Song Score)' },
  { category: /^best original song score or adaptation score$/i, from: 68, until: 71, name: 'Best Music (Original Musical or Comedy Score)' },
  { category: /^best sound editing$/i, from: 36, until: 40, name: 'Best Sound Effects' },
  { category: /^best sound editing$/i, from: 55, until: 72, name: 'Best Sound Effects Editing' },
  { category: /^best visual effects$/i, from: 1, until: 1, name: 'Best Engineering Effects' },
  { category: /^best visual effects$/i, from: 12, until: 36, name: 'Best Special Effects' },
  { category: /^best visual effects$/i, from: 37, until: 44, name: 'Best Special Visual Effects' },
  { category: /^best documentary feature$/i, from: 15, until: 15, name: 'Best Documentary' },
];

/** An Academy category as it was called at its edition ("Best Foreign Language Film" at the 33rd). */
export function nameAtEdition(a: Award, c: string): string {
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
