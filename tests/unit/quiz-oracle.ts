/**
 * An independent judge of generated questions. It reads the deck's facts directly and
 * decides, for every option, whether the facts make it right ("yes"), wrong ("no") or
 * neither ("unknown"), with its own rules and its own text normalising: it shares no
 * truth test with the kinds it judges. A question passes only if exactly one option is
 * "yes" (the answer) and every other is "no".
 *
 * Where the judge is cruder than the generator (places, formats, schools), it errs on
 * the side of "unknown", so it can only be stricter; the hand-picked cases in
 * kinds.test.ts cover what it cannot see.
 */
import type { Award, Deck, Film, Person } from '../../src/quiz/deck/schema';
import type { Question } from '../../src/quiz/question';

type Verdict = 'yes' | 'no' | 'unknown';

/** Case, accents, punctuation, "&", spacing and a leading article do not matter. */
export function norm(text: string): string {
  const k = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (k.length > 1 && ['the', 'a', 'an', 'la', 'le', 'les', 'il', 'el', 'der', 'die', 'das'].includes(k[0] as string)) k.shift();
  return k.join(' ');
}

const containsWords = (hay: string, needle: string) => needle.length > 0 && ` ${norm(hay)} `.includes(` ${norm(needle)} `);

export class Oracle {
  private readonly films = new Map<string, Film>();
  private readonly people = new Map<string, Person>();
  private readonly byTitle = new Map<string, Film[]>();
  private readonly byName = new Map<string, Person[]>();

  constructor(readonly deck: Deck) {
    for (const f of deck.films) {
      this.films.set(f.id, f);
      const k = norm(f.title);
      this.byTitle.set(k, [...(this.byTitle.get(k) ?? []), f]);
    }
    for (const p of deck.people) {
      this.people.set(p.id, p);
      const k = norm(p.name);
      this.byName.set(k, [...(this.byName.get(k) ?? []), p]);
    }
  }

  private complete(list: string): boolean {
    return (this.deck.complete ?? []).includes(list as never);
  }

  private film(id: string): Film {
    const f = this.films.get(id);
    if (!f) throw new Error(`oracle: no film ${id}`);
    return f;
  }

  private person(id: string): Person {
    const p = this.people.get(id);
    if (!p) throw new Error(`oracle: no person ${id}`);
    return p;
  }

  /** Every film an option label could mean: by title, by "Title (year)", or by "Title (its directors)". */
  filmsFor(label: string): Film[] {
    const m = /^(.*) \((\d{4})\)$/.exec(label);
    if (m) {
      const withYear = (this.byTitle.get(norm(m[1] as string)) ?? []).filter((f) => f.year === Number(m[2]));
      if (withYear.length > 0) return withYear;
    }
    const d = /^(.*) \(([^)]+)\)$/.exec(label);
    if (d) {
      const names = this.namesIn(d[2] as string);
      const byDirectors = (this.byTitle.get(norm(d[1] as string)) ?? []).filter((f) => {
        const mine = (f.directors ?? []).map((x) => this.nameOf(x.person));
        return mine.length === names.length && mine.every((n) => names.includes(n));
      });
      if (byDirectors.length > 0) return byDirectors;
    }
    return this.byTitle.get(norm(label)) ?? [];
  }

  /** The name keys a label names: one person, or a team "A, B and C". */
  namesIn(label: string): string[] {
    if (this.byName.has(norm(label))) return [norm(label)];
    return label
      .split(/, and |, | and /)
      .map(norm)
      .filter((n) => n.length > 0);
  }

  private nameOf = (id: string) => norm(this.person(id).name);

  /** Verdict on a team (set of name keys) against the right team. */
  private team(names: readonly string[], right: readonly string[]): Verdict {
    const r = new Set(right);
    const common = names.filter((n) => r.has(n)).length;
    if (common === 0) return 'no';
    return common === r.size && names.length === r.size ? 'yes' : 'unknown';
  }

  /** Verdict over all the films a label could mean: yes if any is right, no if all are wrong. */
  private anyFilm(label: string, verdict: (f: Film) => Verdict): Verdict {
    const films = this.filmsFor(label);
    if (films.length === 0) return 'unknown';
    const vs = films.map(verdict);
    if (vs.includes('yes')) return 'yes';
    return vs.every((v) => v === 'no') ? 'no' : 'unknown';
  }

  /** What is wrong with a question, by the facts; empty when nothing is. */
  check(q: Question): string[] {
    const problems: string[] = [];
    const [kind, ...rest] = q.id.split(':');
    const subject = rest.join(':');
    if (kind !== q.kind) problems.push(`id ${q.id} does not start with its kind`);
    if (!q.explanation || q.explanation.includes('\n')) problems.push('explanation is not one line');
    if (q.sources.length === 0) problems.push('no sources');
    for (const s of q.sources) {
      if (!this.deck.sources.some((x) => x.id === s.source)) problems.push(`source ${s.source} is not in the deck`);
      if (!this.factExists(s.fact)) problems.push(`fact ${s.fact} is not in the deck`);
    }
    const keys = q.options.map(norm);
    if (new Set(keys).size !== keys.length) problems.push(`equivalent options: ${q.options.join(' | ')}`);
    if (q.input === 'year') {
      if (q.options.length !== 0) problems.push('a year question has options');
      const f = this.film(subject);
      if (q.year !== f.year || q.answer !== String(f.year)) problems.push(`year ${q.year} but the film's year is ${f.year}`);
      if (containsWords(q.prompt, String(f.year))) problems.push('prompt gives the year');
      problems.push(...this.checkFilmNaming(q, f));
      return problems;
    }
    if (q.input === 'order') {
      if ([...q.order].sort().join('|') !== [...q.options].sort().join('|')) problems.push('order is not a permutation of the options');
      const years = q.order.map((label) => {
        const films = this.filmsFor(label);
        if (films.length !== 1) problems.push(`"${label}" names ${films.length} films`);
        return films[0]?.year ?? Number.NaN;
      });
      for (let i = 1; i < years.length; i++) if (!((years[i] as number) > (years[i - 1] as number))) problems.push(`not strictly in release order: ${q.order.join(', ')} (${years.join(', ')})`);
      if (q.options.every((o, i) => o === q.order[i])) problems.push('options are shown already in order');
      return problems;
    }
    if (q.options[q.answerIndex] !== q.answer) problems.push('answerIndex does not point at the answer');
    if (q.kind === 'film-year') problems.push(...this.checkFilmNaming(q, this.film(subject)));
    const namesOptions = q.kind === 'true-false' || q.kind === 'trivia-true-false' || q.kind === 'higher-lower';
    if (!namesOptions) {
      for (const part of this.answerParts(q)) if (containsWords(q.prompt, part)) problems.push(`prompt "${q.prompt}" contains the answer "${part}"`);
    }
    const verdicts = q.options.map((o) => this.verdict(q, subject, o));
    const yes = q.options.filter((_, i) => verdicts[i] === 'yes');
    if (yes.length !== 1 || yes[0] !== q.answer) problems.push(`right by the facts: [${yes.join(', ')}], answer "${q.answer}"`);
    q.options.forEach((o, i) => {
      if (o !== q.answer && verdicts[i] !== 'no') problems.push(`"${o}" is not known to be wrong (${verdicts[i]})`);
    });
    return problems;
  }

  private answerParts(q: Question): string[] {
    if (['film-director', 'award-winner', 'award-person'].includes(q.kind)) {
      return q.answer.split(/, and |, | and /).filter((p) => this.byName.has(norm(p)));
    }
    return [q.answer];
  }

  private factExists(path: string): boolean {
    const m = /^(films|people)\.([a-z0-9-]+)(?:\.(\w+)(?:\[(\d+)\])?)?$/.exec(path);
    if (!m) return false;
    const record = m[1] === 'films' ? this.films.get(m[2] as string) : this.people.get(m[2] as string);
    if (!record) return false;
    if (!m[3]) return true;
    const value = (record as Record<string, unknown>)[m[3]];
    if (m[4] === undefined) return value !== undefined || m[3] === 'year';
    return Array.isArray(value) && Number(m[4]) < value.length;
  }

  /** A year question must name its film so only one film in the deck fits. */
  private checkFilmNaming(q: Question, f: Film): string[] {
    const twins = (this.byTitle.get(norm(f.title)) ?? []).filter((g) => g.id !== f.id);
    if (twins.length === 0) return [];
    const mine = (f.directors ?? []).map((d) => this.nameOf(d.person)).sort().join('+');
    if (!mine) return ['a shared title with no directors to tell it apart'];
    const clash = twins.some((g) => (g.directors ?? []).map((d) => this.nameOf(d.person)).sort().join('+') === mine);
    return clash || !(f.directors ?? []).every((d) => containsWords(q.prompt, this.person(d.person).name)) ? ['the prompt does not tell the film apart'] : [];
  }

  private verdict(q: Question, subject: string, option: string): Verdict {
    switch (q.kind) {
      case 'film-director': {
        const f = this.film(subject);
        return this.team(
          this.namesIn(option),
          (f.directors ?? []).map((d) => this.nameOf(d.person)),
        );
      }
      case 'true-false': {
        const [filmId, variant] = subject.split('/');
        const f = this.film(filmId ?? '');
        const m = /^True or false: (.*) directed (.*) \((\d{4})\)\.$/.exec(q.prompt);
        if (!m || norm(m[2] as string) !== norm(f.title) || Number(m[3]) !== f.year) return 'unknown';
        const statement = this.team(
          this.namesIn(m[1] as string),
          (f.directors ?? []).map((d) => this.nameOf(d.person)),
        );
        if (statement === 'unknown') return 'unknown';
        if (variant !== (statement === 'yes' ? 'true' : 'false')) return 'unknown';
        return (option === 'True') === (statement === 'yes') ? 'yes' : 'no';
      }
      case 'film-year':
        return Number(option) === this.film(subject).year ? 'yes' : 'no';
      case 'first-released': {
        const f = this.film(subject);
        const answerFilms = this.filmsFor(q.answer);
        if (answerFilms.length !== 1 || answerFilms[0]?.id !== f.id) return 'unknown';
        if (option === q.answer) {
          const others = q.options.filter((o) => o !== option).flatMap((o) => this.filmsFor(o));
          return others.every((g) => g.year > f.year) ? 'yes' : 'unknown';
        }
        return this.anyFilm(option, (g) => (g.year > f.year ? 'no' : g.year < f.year ? 'yes' : 'unknown'));
      }
      case 'higher-lower': {
        const [filmId, measure] = subject.split('/');
        const f = this.film(filmId ?? '');
        const value = (g: Film) => (measure === 'runtime' ? g.runtime : measure === 'budget' ? g.budget?.usd : g.boxOffice?.usd);
        const scope = (g: Film) => (measure === 'budget' ? g.budget?.scope : measure === 'boxOffice' ? g.boxOffice?.scope : '');
        const other = q.options.find((o) => o !== option) ?? '';
        const otherFilms = this.filmsFor(other);
        const mine = this.filmsFor(option);
        if (mine.length !== 1 || otherFilms.length !== 1) return 'unknown';
        const a = value(mine[0] as Film);
        const b = value(otherFilms[0] as Film);
        if (a === undefined || b === undefined || scope(mine[0] as Film) !== scope(otherFilms[0] as Film)) return 'unknown';
        if (!containsWords(q.prompt, option) || !containsWords(q.prompt, other)) return 'unknown';
        if (a === b || (otherFilms[0]?.id !== f.id && mine[0]?.id !== f.id)) return 'unknown';
        return a > b ? 'yes' : 'no';
      }
      case 'character-actor': {
        const [filmId, at] = subject.split('/');
        const f = this.film(filmId ?? '');
        const character = f.cast?.[Number(at)]?.character ?? '';
        const playing = (f.cast ?? []).filter((c) => c.character && norm(c.character) === norm(character));
        if (playing.length !== 1) return 'unknown';
        const names = this.namesIn(option);
        if (names.length !== 1) return 'unknown';
        if (this.nameOf((playing[0] as { person: string }).person) === names[0]) return 'yes';
        return (f.cast ?? []).some((c) => this.nameOf(c.person) === names[0]) ? 'unknown' : 'no';
      }
      case 'film-logline': {
        const f = this.film(subject);
        return this.anyFilm(option, (g) => (g.id === f.id ? 'yes' : g.logline === f.logline ? 'unknown' : 'no'));
      }
      case 'film-setting': {
        const place = /^Which of these films is (?:partly )?set in (.*)\?$/.exec(q.prompt)?.[1] ?? '';
        return this.anyFilm(option, (g) => this.listVerdict('settings', (g.settings ?? []).map((s) => s.place), place, placesMayMeet));
      }
      case 'film-shot-on': {
        const format = /^Which of these films (?:was (?:partly )?shot|has a sequence shot) (?:on|in) (.*)\?$/.exec(q.prompt)?.[1] ?? '';
        return this.anyFilm(option, (g) => this.listVerdict('shotOn', (g.shotOn ?? []).map((s) => s.format), format, formatsMayMeet));
      }
      case 'award-winner':
        return this.awardWinner(subject, option, /^Which (film|of these films)/.test(q.prompt));
      case 'award-person': {
        const [filmId, at] = subject.split('/');
        const f = this.film(filmId ?? '');
        const a = f.awards?.[Number(at)];
        if (!a) return 'unknown';
        const right = new Set((f.awards ?? []).filter((b) => b.result === 'won' && sameAward(a, b)).flatMap((b) => (b.people ?? []).map(this.nameOf)));
        return this.team(this.namesIn(option), [...right]);
      }
      case 'oscar-count': {
        if (!this.complete('oscars')) return 'unknown';
        const f = this.film(subject);
        const won = new Set((f.awards ?? []).filter((a) => a.body === 'oscars' && a.result === 'won').map((a) => `${a.year}|${a.category.toLowerCase()}`));
        return Number(option) === won.size ? 'yes' : 'no';
      }
      case 'person-filmography': {
        const [personId] = subject.split('/');
        const name = this.nameOf(personId ?? '');
        return this.anyFilm(option, (g) => (!g.directors ? 'unknown' : g.directors.some((d) => this.nameOf(d.person) === name) ? 'yes' : 'no'));
      }
      case 'person-appearance': {
        const [personId] = subject.split('/');
        const name = this.nameOf(personId ?? '');
        const namesakes = this.byName.get(name) ?? [];
        return this.anyFilm(option, (g) => {
          if ((g.cast ?? []).some((c) => this.nameOf(c.person) === name)) return 'yes';
          const absent = namesakes.every((p) => (p.born !== undefined && p.born > g.year) || (this.complete('cast') && (g.cast?.length ?? 0) > 0));
          return absent ? 'no' : 'unknown';
        });
      }
      case 'person-education': {
        const [personId] = subject.split('/');
        const p = this.person(personId ?? '');
        const schools = (p.education ?? []).map((e) => e.school);
        if (schools.some((s) => norm(s) === norm(option))) return 'yes';
        if (!this.complete('education') || (this.byName.get(norm(p.name))?.length ?? 0) > 1) return 'unknown';
        return schools.every((s) => !schoolsMayMeet(s, option)) ? 'no' : 'unknown';
      }
      case 'film-reference': {
        const [filmId, at] = subject.split('/');
        const f = this.film(filmId ?? '');
        const ref = f.references?.[Number(at)];
        if (!ref) return 'unknown';
        const listed = new Set((f.references ?? []).map((r) => r.film));
        return this.anyFilm(option, (g) => (g.id === ref.film ? 'yes' : g.year > f.year || (this.complete('references') && !listed.has(g.id)) ? 'no' : 'unknown'));
      }
      case 'film-crew': {
        const [filmId, list] = subject.split('/');
        const f = this.film(filmId ?? '');
        const job = CREW[list ?? ''];
        if (!job) return 'unknown';
        const names = this.namesIn(option);
        if (names.length !== 1) return 'unknown';
        if ((f[job] ?? []).some((c) => this.nameOf(c.person) === names[0])) return 'yes';
        return this.complete(job) && !this.credited(f).has(names[0] as string) ? 'no' : 'unknown';
      }
      case 'crew-role': {
        const [filmId, list, at] = subject.split('/');
        const f = this.film(filmId ?? '');
        const asked = CREW[list ?? ''];
        const person = asked ? f[asked]?.[Number(at)]?.person : undefined;
        const job = JOBS[option];
        if (!person || !job) return 'unknown';
        const listed = f[job] ?? [];
        if (listed.some((c) => c.person === person)) return 'yes';
        return listed.length > 0 && (job === 'directors' || this.complete(job)) ? 'no' : 'unknown';
      }
      case 'person-born': {
        const born = this.person(subject).born;
        if (born === undefined || !/^\d{4}$/.test(option)) return 'unknown';
        return Number(option) === born ? 'yes' : 'no';
      }
      case 'trivia-true-false': {
        const [id, kind, at] = subject.split('/');
        const holder = kind === 'films' ? this.films.get(id ?? '') : this.people.get(id ?? '');
        const entry = holder?.trivia?.[Number(at)];
        if (!entry?.decoy || !['True', 'False'].includes(option)) return 'unknown';
        // Which statement the prompt shows: the fact or its decoy, told apart by their words (a pronoun that opens them aside).
        const tail = (t: string) => (/^(It|He|She|They) /.test(t) ? t.split(' ').slice(1).join(' ') : t);
        const showsFact = containsWords(q.prompt, tail(entry.text));
        const showsDecoy = containsWords(q.prompt, tail(entry.decoy));
        if (showsFact === showsDecoy) return 'unknown';
        return (option === 'True') === showsFact ? 'yes' : 'no';
      }
      case 'film-country': {
        const f = this.film(subject);
        const mine = f.countries ?? [];
        if (mine.some((c) => norm(c) === norm(option))) return 'yes';
        if (!this.complete('countries') || mine.length === 0) return 'unknown';
        return mine.some((c) => countriesMayMeet(c, option)) ? 'unknown' : 'no';
      }
      default:
        return 'unknown';
    }
  }

  /** Everyone credited on a film in any job, by name key. */
  private credited(f: Film): Set<string> {
    return new Set(Object.values(JOBS).flatMap((job) => (f[job] ?? []).map((c) => this.nameOf(c.person))));
  }

  private listVerdict(list: 'settings' | 'shotOn', values: readonly string[], asked: string, mayMeet: (a: string, b: string) => boolean): Verdict {
    if (values.some((v) => norm(v) === norm(asked))) return 'yes';
    if (!this.complete(list) || values.length === 0) return 'unknown';
    return values.some((v) => mayMeet(v, asked)) ? 'unknown' : 'no';
  }

  private awardWinner(subject: string, option: string, isFilmQuestion: boolean): Verdict {
    const [filmId, at] = subject.split('/');
    const f = this.film(filmId ?? '');
    const a = f.awards?.[Number(at)] as Award;
    const entries = this.deck.films.flatMap((g) => (g.awards ?? []).filter((b) => sameAward(a, b)).map((b) => ({ g, b })));
    const everyOscar = a.body === 'oscars' && this.complete('oscars');
    if (isFilmQuestion) {
      return this.anyFilm(option, (g) => {
        const mine = (g.awards ?? []).filter((b) => sameAward(a, b));
        if (mine.some((b) => b.result === 'won')) return 'yes';
        if (mine.length > 0) return 'no';
        // A film competes for a prize once, whatever the prize is called that year.
        if ((g.awards ?? []).some((b) => b.body === a.body && prizeOf(b) === prizeOf(a) && b.year !== a.year)) return 'no';
        if (everyOscar) return 'no';
        return g.year > a.year ? 'no' : 'unknown';
      });
    }
    const names = this.namesIn(option);
    const winningTeams = entries.filter((e) => e.b.result === 'won').map((e) => (e.b.people ?? []).map(this.nameOf));
    if (winningTeams.some((t) => t.length === names.length && t.every((n) => names.includes(n)))) return 'yes';
    const winners = new Set(winningTeams.flat());
    if (names.some((n) => winners.has(n))) return 'unknown';
    if (everyOscar) return 'no';
    const lost = new Set(entries.filter((e) => e.b.result === 'nominated').flatMap((e) => (e.b.people ?? []).map(this.nameOf)));
    return names.every((n) => lost.has(n)) ? 'no' : 'unknown';
  }
}

type Job = 'directors' | 'writers' | 'producers' | 'cinematographers' | 'productionDesigners' | 'cast';
const CREW: Readonly<Record<string, 'writers' | 'producers' | 'cinematographers' | 'productionDesigners'>> = {
  writers: 'writers',
  producers: 'producers',
  cinematographers: 'cinematographers',
  productionDesigners: 'productionDesigners',
};
/** Jobs as the options name them. */
const JOBS: Readonly<Record<string, Job>> = {
  Director: 'directors',
  Screenwriter: 'writers',
  Producer: 'producers',
  Cinematographer: 'cinematographers',
  'Production designer': 'productionDesigners',
  'Cast member': 'cast',
};

/** Countries a player could take for each other: one shares a word with the other, or they were one country once. */
function countriesMayMeet(a: string, b: string): boolean {
  const generic = new Set(['united', 'republic', 'democratic', 'people', 'peoples', 'federal', 'south', 'north', 'east', 'west', 'states']);
  const named = (s: string) => new Set([...words(s)].filter((w) => !generic.has(w)));
  if (overlap(named(a), named(b))) return true;
  const once = [/kingdom|england|scotland|wales|britain/i, /germany/i, /soviet|russia|ukraine|georgia|armenia|latvia|lithuania|estonia|belarus|kazakh/i, /czech|slovak/i, /yugoslav|serbia|croatia|slovenia|bosnia|macedonia|montenegro/i, /china|hong kong|taiwan|macau/i, /korea/i];
  return once.some((r) => r.test(a) && r.test(b));
}

/** One prize under its several names: Cannes's top prize (Grand Prix, Palme d'Or); the Academy's award for foreign-language films. */
function prizeOf(a: Award): string {
  const c = a.category.toLowerCase();
  if (a.body === 'cannes' && (c === "palme d'or" || c === 'grand prix du festival international du film')) return 'top prize';
  if (a.body === 'oscars' && /international feature|foreign language film/.test(c)) return 'international';
  if (a.body === 'oscars' && /animated feature/.test(c)) return 'animated';
  return c;
}

const sameAward = (a: Award, b: Award) => a.body === b.body && a.year === b.year && a.category.toLowerCase() === b.category.toLowerCase();

const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'near', 'film', 'films', 'city', 'county', 'region', 'state', 'new']);
const words = (s: string) => new Set(norm(s.replace(/(\d+)\s+mm\b/gi, '$1mm')).split(' ').filter((w) => w.length > 1 && !STOP.has(w)));
const overlap = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

const US = /new york|brooklyn|bronx|manhattan|harlem|los angeles|hollywood|california|florida|kissimmee|orlando|texas|nevada|las vegas|chicago|illinois|boston|massachusetts|philadelphia|pennsylvania|new jersey|hoboken|hawaii|oahu|oregon|mississippi|louisiana|baton rouge|miami|atlanta|baltimore|kansas|wyoming|indiana|washington|saratoga|clairton|gloucester|san francisco|midwest/i;

/**
 * Containments this judge knows of from the shipped decks: a place matching the first
 * pattern may lie inside a place whose name (before any comma) matches the second.
 */
const INSIDE: readonly (readonly [RegExp, RegExp])[] = [
  [/brooklyn|bronx|manhattan|queens|harlem|brighton beach|staten island/i, /new york/i],
  [/new york city|saratoga/i, /^new york( state)?$/i],
  [/hollywood/i, /los angeles|california/i],
  [/kissimmee|orlando|walt disney world|miami/i, /florida|orlando/i],
  [/milan/i, /lombardy/i],
  [/milan|lombardy|rome|naples|capri|sicily|sardinia|venice|ferrara|treviso|ancona/i, /italy/i],
  [/belleville|ville-d'avray/i, /paris/i],
  [/paris|nice|lille|cherbourg|grenoble|french|ville/i, /france/i],
  [/london|southampton|newcastle/i, /england/i],
  [/london|southampton|newcastle|england|scotland|wales/i, /united kingdom|britain/i],
  [/berlin|germany|danzig|gdansk|auschwitz/i, /germany|berlin|poland|danzig|gdansk/i],
  [US, /united states|america/i],
];

const head = (place: string) => place.split(',')[0] ?? place;
const placeWords = (s: string) => words(s.replace(/new york city/gi, 'nyc'));

/** Whether two settings could be the same place: one names the other, or one may lie inside the other. */
export function placesMayMeet(a: string, b: string): boolean {
  if (overlap(placeWords(head(a)), placeWords(b)) || overlap(placeWords(a), placeWords(head(b)))) return true;
  return INSIDE.some(([inner, outer]) => (inner.test(a) && outer.test(head(b))) || (inner.test(b) && outer.test(head(a))));
}

export function formatsMayMeet(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if ([...wa].every((w) => wb.has(w)) || [...wb].every((w) => wa.has(w))) return true;
  // Gauges: the same number of millimetres is the same film, whatever else is said.
  const ga = /(\d+)mm/.exec([...wa].join(' '))?.[1];
  const gb = /(\d+)mm/.exec([...wb].join(' '))?.[1];
  if (ga && gb) return ga === gb || (['65', '70'].includes(ga) && ['65', '70'].includes(gb));
  // Two devices of one maker: different only if their models differ.
  return overlap(wa, wb) && !(wa.has('iphone') && wb.has('iphone'));
}

export function schoolsMayMeet(a: string, b: string): boolean {
  const generic = /\b(university|college|school|institute|academy|arts?|film|cinema|of|the|and|at|for|national|conservatory|television)\b/g;
  const alias = (s: string) => norm(s).replace(/\bnyu\b|\btisch\b/g, 'new york').replace(/\busc\b/g, 'southern california').replace(/\bucla\b/g, 'california los angeles');
  const wa = new Set(alias(a).replace(generic, ' ').split(/\s+/).filter((w) => w.length > 2));
  const wb = new Set(alias(b).replace(generic, ' ').split(/\s+/).filter((w) => w.length > 2));
  // A name of generic words only ("National Film and Television School") is compared whole.
  if (wa.size === 0 || wb.size === 0) return alias(a) === alias(b);
  return overlap(wa, wb);
}
