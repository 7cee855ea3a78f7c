/**
 * Assembles an imported deck one film at a time. Every film is checked as it is added,
 * with the same rules as `validateDeck`, so a bad row becomes a skipped row with a reason
 * instead of a deck that fails to load; the finished deck is validated once more.
 */
import { type CompletableList, type Deck, type Film, FilmSchema, FIRST_FILM_YEAR, type Person, type Source } from '../quiz/deck/schema';
import { formatPath, sameFilmOtherYear, textIssues, validateDeck } from '../quiz/deck/validate';
import { equivalenceKey } from '../quiz/text';
import { filmSlug, personSlug } from './slug';

/** A table row the importer left out, and why. `where` is "file:line" or "file#entry". */
export interface Skip {
  readonly where: string;
  readonly what: string;
  readonly reason: string;
}

/** A table row the importer changed on its way in, and how. */
export interface Repair {
  readonly where: string;
  readonly what: string;
  readonly note: string;
}

export interface ImportResult {
  readonly deck: Deck;
  /** Rows read from the table (header excluded). */
  readonly rows: number;
  readonly skipped: readonly Skip[];
  readonly repaired: readonly Repair[];
}

export interface DeckMeta {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly Source[];
}

/** A film waiting to be added: everything but the id, which the builder assigns. */
export type FilmDraft = Omit<Film, 'id'>;

function firstTextIssue(value: unknown): string | undefined {
  if (typeof value === 'string') return textIssues(value)[0];
  if (Array.isArray(value)) {
    for (const v of value) {
      const issue = firstTextIssue(v);
      if (issue) return issue;
    }
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) {
      const issue = firstTextIssue(v);
      if (issue) return issue;
    }
  }
  return undefined;
}

export class DeckBuilder {
  readonly skipped: Skip[] = [];
  readonly repaired: Repair[] = [];
  private readonly films: Film[] = [];
  private readonly filmIds = new Set<string>();
  private readonly titleYear = new Map<string, { film: Film; where: string }>();
  private readonly byTitle = new Map<string, { film: Film; where: string }[]>();
  private readonly people = new Map<string, Person>();
  private readonly personIdByKey = new Map<string, string>();
  private readonly latest: number;

  constructor(
    private readonly meta: DeckMeta,
    private readonly now: Date = new Date(),
  ) {
    this.latest = now.getUTCFullYear() + 1;
  }

  skip(where: string, what: string, reason: string): void {
    this.skipped.push({ where, what, reason });
  }

  repair(where: string, what: string, note: string): void {
    this.repaired.push({ where, what, note });
  }

  /**
   * The id of the person the table calls `name`. `key` says who they are in the table (an
   * IMDb id; by default the name's slug, so that "W. S. Van Dyke" and "W.S. Van Dyke" are
   * one person in a table that has nothing better): the same key is the same person. Two people whose names make the same slug are told apart by `tag`, the
   * table's own id for them, since imported tables rarely give the birth year the
   * hand-written convention uses.
   */
  person(name: string, source: string, key = `name:${personSlug(name)}`, tag?: string): string {
    const known = this.personIdByKey.get(key);
    if (known) return known;
    const base = personSlug(name);
    let id = base;
    if (this.people.has(id)) id = tag ? `${base}-${personSlug(tag)}` : base;
    for (let n = 2; this.people.has(id); n++) id = `${base}-${n}`;
    this.people.set(id, { id, name, source });
    this.personIdByKey.set(key, id);
    return id;
  }

  /** Adds a film, or returns why it cannot be added (the caller reports the skip). */
  addFilm(draft: FilmDraft, where: string): string | undefined {
    if (!Number.isInteger(draft.year) || draft.year < FIRST_FILM_YEAR || draft.year > this.latest) {
      return `impossible year ${draft.year}: films date from ${FIRST_FILM_YEAR} to ${this.latest}`;
    }
    const same = this.titleYear.get(`${draft.title.toLowerCase()}|${draft.year}`);
    if (same) return `another film called "${draft.title}" (${draft.year}) is already in the deck (${same.where}); a deck cannot tell two films with the same title and year apart`;
    const titleKey = equivalenceKey(draft.title);
    const twin = (this.byTitle.get(titleKey) ?? []).find((e) => sameFilmOtherYear(e.film, draft));
    if (twin) return `the same title and director as ${twin.where} ("${twin.film.title}", ${twin.film.year}): one film recorded with two years`;
    const base = filmSlug(draft.title, draft.year);
    let id = base;
    for (let n = 2; this.filmIds.has(id); n++) id = `${base}-${n}`;
    const film: Film = { id, ...draft };
    const parsed = FilmSchema.safeParse(film);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `${issue ? `${formatPath(issue.path as (string | number)[])}: ${issue.message}` : 'not a valid film'}`;
    }
    const textIssue = firstTextIssue(film);
    if (textIssue) return textIssue;
    this.films.push(film);
    this.filmIds.add(id);
    this.titleYear.set(`${film.title.toLowerCase()}|${film.year}`, { film, where });
    this.byTitle.set(titleKey, [...(this.byTitle.get(titleKey) ?? []), { film, where }]);
    return undefined;
  }

  get filmCount(): number {
    return this.films.length;
  }

  /**
   * The deck, with only the people its films name. `complete` adds lists the importer
   * found to be whole. Throws if the deck fails validation: that is an importer bug.
   */
  build(rows: number, complete: readonly CompletableList[] = []): ImportResult {
    const named = new Set<string>();
    for (const f of this.films) {
      for (const list of [f.directors, f.writers, f.producers, f.cinematographers, f.productionDesigners, f.cast]) for (const c of list ?? []) named.add(c.person);
      for (const a of f.awards ?? []) for (const p of a.people ?? []) named.add(p);
    }
    const deck: Deck = {
      format: 1,
      id: this.meta.id,
      title: this.meta.title,
      description: this.meta.description,
      ...(complete.length > 0 ? { complete: [...complete] } : {}),
      sources: [...this.meta.sources],
      people: [...this.people.values()].filter((p) => named.has(p.id)),
      films: this.films,
    };
    const result = validateDeck(deck, this.now);
    if (!result.ok) {
      const first = result.problems.slice(0, 5).map((p) => `${formatPath(p.path)}: ${p.message}`);
      throw new Error(`the importer built an invalid deck (a bug in the importer):\n${first.join('\n')}`);
    }
    return { deck: result.deck, rows, skipped: this.skipped, repaired: this.repaired };
  }
}
