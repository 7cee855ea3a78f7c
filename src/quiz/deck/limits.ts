/**
 * Plain constants of the deck format, in a module of their own: the deck schema
 * (`./schema.ts`) is zod, and a module the game loads up front (a question kind) must be
 * able to read these without bringing zod into the page.
 */

/** The first year a film can date from. */
export const FIRST_FILM_YEAR = 1888;
