/**
 * The deck format, as code. A deck is one JSON file in `questions/` holding films,
 * people, and the sources every fact cites. `npm run deck:schema` writes the JSON
 * Schema that editors use for autocompletion; `questions/README.md` explains the
 * format for deck authors.
 *
 * Glossary:
 * - fact: one scalar field of a film or person, or one entry of one of its lists.
 *   Every fact names a source: list entries carry their own `source`, scalar
 *   fields use the record's `source` unless `sourceFor` names another.
 * - complete list: a list a deck promises to be whole (see `Deck.complete`). Only
 *   a complete list lets the generator say "this film was NOT …".
 */
import { z } from 'zod';
import { FACT_PATH } from './fact-path';

export { FIRST_FILM_YEAR } from './limits';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "the-florida-project"');
const text = z.string().trim().min(1, 'must not be empty');
const year = z.number().int();
const sourceRef = id.describe('id of an entry in the deck\'s `sources`');

export const SourceSchema = z.strictObject({
  id,
  title: text.describe('what the source is called, e.g. "Academy Awards database"'),
  kind: z.enum(['article', 'database', 'reference', 'book']),
  publisher: text.optional(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  url: z.url().optional(),
  note: text.optional(),
});

export const CreditSchema = z.strictObject({ person: id, source: sourceRef });

export const CastCreditSchema = z.strictObject({
  person: id,
  character: text.optional(),
  source: sourceRef,
});

export const AwardBodySchema = z.enum(['oscars', 'cannes', 'venice', 'berlin', 'baftas', 'golden-globes', 'independent-spirit', 'other']);

export const AwardSchema = z.strictObject({
  body: AwardBodySchema,
  /** The edition's ordinal: 97 for the 97th Academy Awards, 77 for the 77th Cannes festival. */
  edition: z.number().int().positive().optional(),
  /** The award year as the body itself gives it: the film year for the Oscars (2024 for the 97th), the festival year for Cannes. */
  year,
  category: text,
  result: z.enum(['won', 'nominated']),
  /** Who received it, for awards to people (Best Actress, Best Director). */
  people: z.array(id).optional(),
  /**
   * The year it was actually presented, when that was later than the edition it belongs to:
   * a retroactive award (Union Pacific's top prize of the cancelled 1939 Cannes festival was
   * presented in 2002).
   */
  presented: year.optional().describe('for a retroactive award: the year it was actually presented'),
  source: sourceRef,
});

/** Marks a setting or format that holds for part of the film only (a sequence, a scene). */
const partial = z.boolean().optional().describe('true when it holds for part of the film only, e.g. one sequence');

export const SettingSchema = z.strictObject({
  place: text.describe('where the story is set, e.g. "Orlando, Florida"'),
  partial,
  source: sourceRef,
});

export const ShotOnSchema = z.strictObject({
  format: text.describe('how it was shot, e.g. "an iPhone 5s" or "VistaVision"'),
  partial,
  source: sourceRef,
});

export const MoneySchema = z.strictObject({
  usd: z.number().nonnegative(),
  scope: z.enum(['worldwide', 'domestic', 'production']).optional(),
  source: sourceRef,
});

export const ReferenceSchema = z.strictObject({
  film: id.describe('the film that served as a reference'),
  how: text.describe('what it was a reference for, e.g. "for shooting New York at night"'),
  source: sourceRef,
});

export const TriviaSchema = z.strictObject({
  text: text.describe('one distinctive, checkable fact in a sentence'),
  decoy: text
    .describe(
      'the same sentence made false, for a true-or-false question: one thing changed (a number, a name, a place, before for after) so that the same source shows it is wrong',
    )
    .optional(),
  topic: id
    .describe('an id shared by trivia entries of the deck that state one fact (under a film and under a person, say), so that a quiz asks it once')
    .optional(),
  restates: z
    .array(z.string().regex(FACT_PATH, 'a fact of this deck, e.g. "films.tangerine-2015.shotOn[0]"'))
    .describe('facts of the deck this sentence states too (its shooting format, its setting), so that a quiz asks them once')
    .optional(),
  source: sourceRef,
});

export const FILM_SCALAR_FIELDS = ['year', 'runtime', 'countries', 'languages', 'logline', 'originalTitle'] as const;

export const FilmSchema = z.strictObject({
  id,
  title: text,
  originalTitle: text.optional(),
  /**
   * Another film has this title, in some deck or in the reference tables (Scream, 1996 and
   * 2022): the game names the film with its year, or with its director where the year would
   * give the answer away.
   */
  sharedTitle: z.literal(true).optional().describe('true when another film, in any deck or in the usual reference tables, has the same title'),
  /** Year of first release (festival premiere or theatrical). */
  year,
  source: sourceRef.describe('source of the scalar fields (year, runtime, countries, languages, logline)'),
  sourceFor: z.partialRecord(z.enum(FILM_SCALAR_FIELDS), sourceRef).optional(),
  /**
   * The film's whole list of directors. Imported tables often do not name a director
   * (the Academy's database names one only for a directing nomination), so a deck may
   * leave the list out; it must never give part of it.
   */
  directors: z.array(CreditSchema).min(1).optional().describe('the whole list of directors; leave it out only when your source does not say'),
  writers: z.array(CreditSchema).optional(),
  producers: z.array(CreditSchema).optional(),
  cinematographers: z.array(CreditSchema).optional(),
  productionDesigners: z.array(CreditSchema).optional(),
  cast: z.array(CastCreditSchema).optional(),
  countries: z.array(text).optional(),
  languages: z.array(text).optional(),
  runtime: z.number().int().positive().max(1500).optional().describe('minutes'),
  genres: z.array(text).optional(),
  settings: z.array(SettingSchema).optional(),
  shotOn: z.array(ShotOnSchema).optional(),
  budget: MoneySchema.optional(),
  boxOffice: MoneySchema.optional(),
  logline: text.optional(),
  awards: z.array(AwardSchema).optional(),
  references: z.array(ReferenceSchema).optional(),
  trivia: z.array(TriviaSchema).optional(),
  tags: z.array(id).optional(),
});

export const EducationSchema = z.strictObject({
  school: text,
  subject: text.optional(),
  source: sourceRef,
});

export const PERSON_SCALAR_FIELDS = ['name', 'born', 'gender'] as const;

export const GENDERS = ['female', 'male', 'non-binary'] as const;

export const PersonSchema = z.strictObject({
  id,
  name: text,
  source: sourceRef.describe('source of the scalar fields (name, born, gender)'),
  sourceFor: z.partialRecord(z.enum(PERSON_SCALAR_FIELDS), sourceRef).optional(),
  born: year.optional(),
  /** So that a role or an acting prize is offered only with people of the same gender as the answer. */
  gender: z.enum(GENDERS).optional().describe('"female", "male" or "non-binary", as the source describes them'),
  education: z.array(EducationSchema).optional(),
  trivia: z.array(TriviaSchema).optional(),
});

/**
 * Lists a deck may declare complete. For a list name, "complete" means: where a film (or,
 * for `education`, a person) has that list at all, it is the whole list. `oscars` means
 * every Academy Award nomination and win of every film in the deck is listed in its `awards`;
 * `references` means a film's references name every film that served as a reference in its
 * making, so any other earlier film is known not to have.
 */
export const COMPLETABLE = ['cast', 'writers', 'producers', 'cinematographers', 'productionDesigners', 'settings', 'shotOn', 'countries', 'languages', 'oscars', 'education', 'references'] as const;

export const DeckSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(1),
  id,
  title: text,
  description: text,
  complete: z.array(z.enum(COMPLETABLE)).optional(),
  sources: z.array(SourceSchema).min(1),
  people: z.array(PersonSchema),
  films: z.array(FilmSchema).min(1),
});

export type Source = z.infer<typeof SourceSchema>;
export type Credit = z.infer<typeof CreditSchema>;
export type CastCredit = z.infer<typeof CastCreditSchema>;
export type Award = z.infer<typeof AwardSchema>;
export type Film = z.infer<typeof FilmSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Deck = z.infer<typeof DeckSchema>;
export type CompletableList = (typeof COMPLETABLE)[number];
export type Gender = (typeof GENDERS)[number];
