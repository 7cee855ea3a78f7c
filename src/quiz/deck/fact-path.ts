/**
 * Fact paths: how a question, the coverage report and a deck's own cross-references name one
 * fact ("films.tangerine-2015.shotOn[0]", "people.sean-baker.born"), and where each is sourced.
 */
import type { Deck } from './schema';

/** The shape of a fact path: a film's or a person's field, and an entry of a list. */
export const FACT_PATH = /^(films|people)\.([a-z0-9-]+)\.([A-Za-z]+)(?:\[(\d+)\])?$/;

const SOURCED_ENTRY = (x: unknown): x is { source: string } => typeof x === 'object' && x !== null && typeof (x as { source?: unknown }).source === 'string';

/** The source a fact cites, or undefined when the deck has no such fact. */
export function factSource(deck: Deck, path: string): string | undefined {
  const m = FACT_PATH.exec(path);
  if (!m) return undefined;
  const [, kind, id, field, at] = m;
  const record = kind === 'films' ? deck.films.find((f) => f.id === id) : deck.people.find((p) => p.id === id);
  if (!record || !field) return undefined;
  const value = (record as Record<string, unknown>)[field];
  if (value === undefined) return undefined;
  if (at !== undefined) {
    if (!Array.isArray(value)) return undefined;
    const entry: unknown = value[Number(at)];
    return SOURCED_ENTRY(entry) ? entry.source : undefined;
  }
  if (Array.isArray(value) && value.some(SOURCED_ENTRY)) return undefined;
  if (SOURCED_ENTRY(value)) return value.source;
  const sourceFor = (record as { sourceFor?: Record<string, string | undefined> }).sourceFor;
  return sourceFor?.[field] ?? record.source;
}
