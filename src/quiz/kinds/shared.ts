/** Helpers several kinds share: how films and people are named, and what a name could mean. */
import type { DeckIndex } from '../deck/deck-index';
import type { Film, Person } from '../deck/schema';
import type { FactRef } from '../question';
import { listAnd } from '../text';
import { factRef, type Option } from './kind';
import { filmDistance, pools } from './pools';

/** A film's title, with its year: the way prompts name a film. */
export function filmName(f: Film): string {
  return `${f.title} (${f.year})`;
}

export function directorsOf(index: DeckIndex, f: Film): Person[] {
  return (f.directors ?? []).map((d) => index.person(d.person));
}

export function directorLabel(index: DeckIndex, f: Film): string {
  return listAnd(directorsOf(index, f).map((p) => p.name));
}

/** A stable key for a set of people ids, order-free. */
export function peopleKey(ids: readonly string[]): string {
  return [...ids].sort().join('+');
}

/** Whether another film has an equivalent title ("Scream" and "Scream"): in the deck, or as the deck marks it. */
export function titleIsShared(index: DeckIndex, f: Film): boolean {
  return pools(index).titleShared(f);
}

/**
 * How a question about release years names a film, where a year would give the answer
 * away: by its title, or for a title another film has, by title and directors ("Scream
 * (Matt Bettinelli-Olpin and Tyler Gillett)"). Null when that cannot tell it apart: no
 * directors on record, or a film of the deck with the same title and directors.
 */
export function undatedName(index: DeckIndex, f: Film): string | null {
  if (!titleIsShared(index, f)) return f.title;
  const directors = f.directors ?? [];
  if (directors.length === 0) return null;
  const mine = peopleKey([...nameKeys(index, directors.map((d) => d.person))]);
  const clash = pools(index)
    .sameTitle(f)
    .some((g) => g.id !== f.id && peopleKey([...nameKeys(index, (g.directors ?? []).map((d) => d.person))]) === mine);
  return clash ? null : `${f.title} (${directorLabel(index, f)})`;
}

/**
 * A film as an option. A title two films share says which by its year: otherwise "Hamlet"
 * offered as a wrong answer could be read as the other Hamlet, which may be right.
 */
export function filmChoice(index: DeckIndex, f: Film, distance = 0, facts?: () => readonly FactRef[]): Option {
  return { label: titleIsShared(index, f) ? filmName(f) : f.title, key: f.id, distance, ...(facts ? { facts } : {}) };
}

/**
 * A film as an option where its year would give the answer away (an award question names
 * the year): its title, or for a title another film has, title and directors; null when
 * neither tells it apart.
 */
export function undatedChoice(index: DeckIndex, f: Film, distance = 0, facts?: () => readonly FactRef[]): Option | null {
  const label = undatedName(index, f);
  return label === null ? null : { label, key: f.id, distance, ...(facts ? { facts } : {}) };
}

/** A film as an option ranked by how plausible it is next to `near`. */
export function filmChoiceNear(index: DeckIndex, near: Film, f: Film, facts?: () => readonly FactRef[]): Option {
  return filmChoice(index, f, filmDistance(index, near, f), facts);
}

/** The fact that gives a film's year. */
export function yearFact(index: DeckIndex, f: Film): FactRef {
  return factRef(index, `films.${f.id}.year`, f.sourceFor?.year ?? f.source);
}

/**
 * Name keys of a set of people: a different person who shares one of these names is the
 * same answer to a player, so can never be offered as a wrong one.
 */
export function nameKeys(index: DeckIndex, ids: Iterable<string>): Set<string> {
  const p = pools(index);
  return new Set([...ids].map((id) => p.nameKey(id)));
}

/** People (by id) whose name is equivalent to one of `ids`' names, `ids` included. */
export function withNamesakes(index: DeckIndex, ids: Iterable<string>): Set<string> {
  const p = pools(index);
  const out = new Set<string>();
  for (const id of ids) {
    out.add(id);
    for (const q of p.namesakes(p.nameKey(id))) out.add(q.id);
  }
  return out;
}

/** An option naming a team ("Joel Coen and Ethan Coen"), keyed by its sorted ids. */
export function teamOption(index: DeckIndex, ids: readonly string[], distance: number): Option {
  return { label: listAnd(ids.map((id) => index.person(id).name)), key: peopleKey(ids), distance };
}

/** The ids of a team option's key. */
export function teamIds(key: string): string[] {
  return key.split('+');
}

/**
 * The truth of "this team is the one" when `right` is the whole right team: the same
 * people (by name) is right; nobody in common is wrong; an overlap is half right, and
 * half right is never offered.
 */
export function teamTruth(index: DeckIndex, right: readonly string[], key: string): boolean | undefined {
  const p = pools(index);
  const want = new Set(right.map((id) => p.nameKey(id)));
  const got = new Set(teamIds(key).map((id) => p.nameKey(id)));
  let common = 0;
  for (const k of got) if (want.has(k)) common++;
  if (common === 0) return false;
  return common === want.size && common === got.size ? true : undefined;
}

/**
 * One of several wordings, the same for a subject on every machine and every seed, so a
 * round of several such questions does not read like a form.
 */
export function wording(subject: string, ways: readonly string[]): string {
  let h = 0;
  for (let i = 0; i < subject.length; i++) h = (h * 31 + subject.charCodeAt(i)) >>> 0;
  return ways[h % ways.length] ?? ways[0] ?? '';
}
