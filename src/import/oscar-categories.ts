/**
 * Academy Award categories as decks name them. The Academy's database files every
 * nomination under a canonical category (CanonicalCategory) and under the name the award
 * had that year (Category): "WRITING (Screenplay Written Directly for the Screen)" is
 * today's Original Screenplay. Decks use today's names in title case ("Best Original
 * Screenplay"), so the importer writes the first name below and the reference test accepts
 * any of them as the same category.
 */

/** Deck names per canonical category: the name an importer writes first, then other names decks use. */
export const OSCAR_CATEGORY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'BEST PICTURE': ['Best Picture'],
  DIRECTING: ['Best Director'],
  'DIRECTING (Comedy Picture)': ['Best Director (Comedy Picture)', 'Best Director'],
  'DIRECTING (Dramatic Picture)': ['Best Director (Dramatic Picture)', 'Best Director'],
  'ACTOR IN A LEADING ROLE': ['Best Actor'],
  'ACTRESS IN A LEADING ROLE': ['Best Actress'],
  'ACTOR IN A SUPPORTING ROLE': ['Best Supporting Actor'],
  'ACTRESS IN A SUPPORTING ROLE': ['Best Supporting Actress'],
  'WRITING (Original Screenplay)': ['Best Original Screenplay'],
  'WRITING (Adapted Screenplay)': ['Best Adapted Screenplay'],
  'WRITING (Original Story)': ['Best Original Story', 'Best Story'],
  'WRITING (Title Writing)': ['Best Title Writing'],
  CINEMATOGRAPHY: ['Best Cinematography'],
  'CINEMATOGRAPHY (Black-and-White)': ['Best Cinematography (Black-and-White)'],
  'CINEMATOGRAPHY (Color)': ['Best Cinematography (Color)'],
  'FILM EDITING': ['Best Film Editing'],
  'ART DIRECTION': ['Best Production Design', 'Best Art Direction'],
  'ART DIRECTION (Black-and-White)': ['Best Production Design (Black-and-White)', 'Best Art Direction (Black-and-White)'],
  'ART DIRECTION (Color)': ['Best Production Design (Color)', 'Best Art Direction (Color)'],
  'COSTUME DESIGN': ['Best Costume Design'],
  'COSTUME DESIGN (Black-and-White)': ['Best Costume Design (Black-and-White)'],
  'COSTUME DESIGN (Color)': ['Best Costume Design (Color)'],
  'SOUND MIXING': ['Best Sound', 'Best Sound Mixing', 'Best Sound Recording'],
  'SOUND RECORDING': ['Best Sound', 'Best Sound Recording'],
  'SOUND EDITING': ['Best Sound Editing', 'Best Sound Effects Editing', 'Best Sound Effects'],
  'VISUAL EFFECTS': ['Best Visual Effects', 'Best Special Effects', 'Best Engineering Effects'],
  'MAKEUP AND HAIRSTYLING': ['Best Makeup and Hairstyling', 'Best Makeup'],
  'MUSIC (Original Score)': ['Best Original Score'],
  'MUSIC (Original Song)': ['Best Original Song'],
  'MUSIC (Original Song Score or Adaptation Score)': [
    'Best Original Song Score or Adaptation Score',
    'Best Adaptation Score',
    'Best Original Song Score',
    'Best Original Musical or Comedy Score',
    'Best Scoring of a Musical Picture',
    'Best Score',
    'Best Scoring',
  ],
  'INTERNATIONAL FEATURE FILM': ['Best International Feature Film', 'Best Foreign Language Film'],
  'ANIMATED FEATURE FILM': ['Best Animated Feature', 'Best Animated Feature Film'],
  'DOCUMENTARY (Feature)': ['Best Documentary Feature', 'Best Documentary Feature Film', 'Best Documentary'],
  'DOCUMENTARY (Short Subject)': ['Best Documentary Short Film', 'Best Documentary Short Subject', 'Best Documentary Short'],
  'SHORT FILM (Animated)': ['Best Animated Short Film', 'Best Short Film (Animated)', 'Best Animated Short'],
  'SHORT FILM (Live Action)': ['Best Live Action Short Film', 'Best Short Film (Live Action)', 'Best Live Action Short'],
  'SHORT SUBJECT (One-reel)': ['Best Short Subject (One-Reel)'],
  'SHORT SUBJECT (Two-reel)': ['Best Short Subject (Two-Reel)'],
  'SHORT SUBJECT (Color)': ['Best Short Subject (Color)'],
  'SHORT SUBJECT (Comedy)': ['Best Short Subject (Comedy)'],
  'SHORT SUBJECT (Novelty)': ['Best Short Subject (Novelty)'],
  CASTING: ['Best Casting'],
  'ASSISTANT DIRECTOR': ['Best Assistant Director'],
  'DANCE DIRECTION': ['Best Dance Direction'],
  'UNIQUE AND ARTISTIC PICTURE': ['Best Unique and Artistic Production', 'Best Unique and Artistic Picture'],
};

/**
 * Awards filed under a competitive category that were not competitive: from 1947 to 1955
 * the Board of Governors gave foreign films an honorary award, with no nominees.
 */
const BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  'HONORARY FOREIGN LANGUAGE FILM AWARD': ['Honorary Foreign Language Film Award', 'Honorary Award', 'Best International Feature Film', 'Best Foreign Language Film'],
};

const SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'in', 'for', 'to', 'by']);

/** "SCIENTIFIC OR TECHNICAL AWARD (Class III)" → "Scientific or Technical Award (Class III)". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|-|\()/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : /^(i{1,3}|iv|v)\)?$/.test(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/** Every name a deck may give the category of this table row; the importer uses the first. */
export function oscarCategoryNames(canonical: string, category: string): readonly string[] {
  return BY_CATEGORY[category] ?? OSCAR_CATEGORY_NAMES[canonical] ?? [titleCase(canonical)];
}
