/**
 * The quality gate's checks: what makes a question one a good quizmaster would not set,
 * decided mechanically from the deck's own facts (and, where given, the Academy's table of
 * acting nominations for who is an actor and who an actress). Each check has a name; a
 * question can fail several. The rules here are written apart from the generator's, with
 * their own reading of the deck, so that the gate can catch the generator out.
 *
 * - era:person-films: a "which film did X direct / appear in" option outside X's working
 *   years (first to last credited year in the deck, ±5).
 * - era:people: a person offered for a film or award year outside their working years (±5).
 * - award:after: a film offered for an award year it came out after: it could not compete.
 * - award:era: a film offered for an award more than three years after it came out.
 * - award:family: a live-action film offered for Animated Feature, an English-language (or
 *   unknown-language) film for International Feature, a nominee of another kind of
 *   category (a cinematographer for Best Actress) for a prize to a person.
 * - sex: an actor offered for an actress's role or prize, or the other way round; sex:unknown
 *   when the deck does not say which a person offered is.
 * - team:invented: a group of people offered together who are no directing team (or award
 *   entry) of the deck.
 * - type: an option of another type than the answer (a person among films).
 * - year:future: a year option after the current year or after the deck's latest film.
 * - explain:count: an Oscar count explanation that miscounts nominations, or reads "1 of the 1".
 * - explain:prize-name: the Cannes top prize under the name it did not have that year.
 * - explain:honorary: an honorary, special or retroactive award not named as such.
 * - word:prompt: a wrong option sharing a distinctive word with the prompt.
 * - partial: a fact that holds for part of a film asked as if it held for the whole.
 * - crew:job: a person offered for a film's crew job who holds that job on no film of the deck.
 * - born:after-credit: a birth year offered that is after the person's first credit.
 * - country:era / country:kin: a country offered for a year it did not exist in, or one a
 *   player could take for the film's own (England for the United Kingdom).
 * - title:namesake: a film named by its bare title where another film has that title (in the
 *   deck, in another shipped deck or in the Wikipedia and Cannes tables): Scream read as 1996's;
 *   title:unmarked / title:stale: a shipped film whose `sharedTitle` mark disagrees with that.
 */
import type { Award, Deck, Film, Person } from '../../src/quiz/deck/schema';
import type { Question } from '../../src/quiz/question';
import { norm } from './quiz-oracle';

export type Sex = 'female' | 'male';

export interface Hit {
  readonly check: string;
  readonly question: string;
  readonly detail: string;
}

/** How many years either side of a person's credits still count as their working years. */
export const ERA_SLACK = 5;
/** How many years before an award a film may have come out and still be eligible for it. */
export const AWARD_WINDOW = 3;

/** Cannes's top prize: the Grand Prix du Festival until 1954 and from 1964 to 1974, the Palme d'Or from 1955 to 1963 and since 1975. */
export function cannesTopPrizeIsPalme(year: number): boolean {
  return (year >= 1955 && year <= 1963) || year >= 1975;
}

const JOBS = new Set(['Director', 'Screenwriter', 'Producer', 'Cinematographer', 'Production designer', 'Cast member']);

/** Countries that existed only for a span of years (as the checks know them). */
const COUNTRY_YEARS: Readonly<Record<string, readonly [number, number]>> = {
  'Soviet Union': [1922, 1991],
  Russia: [1991, 9999],
  'West Germany': [1949, 1990],
  'East Germany': [1949, 1990],
  Czechoslovakia: [1918, 1992],
  'Czech Republic': [1993, 9999],
  Yugoslavia: [1918, 2003],
};

/** Countries a player could take for one another. */
const COUNTRY_KIN = [/kingdom|england|scotland|wales|britain/i, /germany/i, /soviet|russia|ukraine|georgia|armenia|latvia|lithuania|estonia|belarus/i, /czech|slovak/i, /yugoslav|serbia|croatia|slovenia|bosnia/i, /china|hong kong|taiwan|macau/i, /korea/i];

/** Kinds whose options (or items) are films. */
const FILM_OPTIONS = new Set(['person-filmography', 'person-appearance', 'award-winner', 'film-setting', 'film-shot-on', 'film-logline', 'first-released', 'higher-lower', 'release-order', 'film-reference']);

const CANNES_TOP = /^(palme d'or|grand prix du festival international du film)$/i;
const NON_COMPETITIVE = /honorary|special|scientific|technical|juvenile|memorial|humanitarian|thalberg|hersholt|commendation|sawyer|bonner|medal/i;
const INTERNATIONAL = /international feature|foreign language/i;
const ANIMATED = /animated feature/i;

/** Words of a prompt that come from its fixed wording, award names and bodies: sharing them is no echo. */
const TEMPLATE = new Set(
  `which what who where when how many much these this that of in on at for to by from the a an and or is was were did does do has have had its
  film films picture pictures movie movies directed direct appear appeared played play won win shared received awarded given best academy award awards
  festival cannes venice berlin international film feature animated actor actress supporting original adapted screenplay director directing
  cinematography editing sound score song music costume design production makeup hairstyling visual effects documentary story writing
  released release first earliest oldest came out year years shot set partly sequence study studied true false runs longer cost more make took
  box office worldwide north america served reference while making order put then top prize grand prix palme honorary special edition ceremony
  retroactively cancelled after before color colour black white language foreign assistant dance unique artistic dramatic comedy musical
  one two three four five his her their him she he they it with into about over under new old story life man men woman women day night part`
    .split(/\s+/)
    .filter(Boolean),
);

const distinctive = (text: string) =>
  norm(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !/^\d+(st|nd|rd|th)$/.test(w) && !TEMPLATE.has(w));

const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;

/** Which sex each acting category calls for. */
export function sexOfCategory(category: string): Sex | undefined {
  if (/actress/i.test(category)) return 'female';
  if (/actor/i.test(category)) return 'male';
  return undefined;
}

/** A category's family, for "the same kind of person": actress, actor, director, writer… */
function family(category: string): string {
  const c = category.toLowerCase();
  if (/actress/.test(c)) return 'actress';
  if (/actor/.test(c)) return 'actor';
  if (/direct/.test(c)) return 'director';
  if (/screenplay|writing|story/.test(c)) return 'writer';
  if (/cinematograph/.test(c)) return 'cinematographer';
  if (/editing/.test(c) && !/sound/.test(c)) return 'editor';
  if (/score|music|song/.test(c)) return 'composer';
  return c.replace(/\s*\(.*\)$/, '');
}

interface Span {
  first: number;
  last: number;
}

export interface GateOptions {
  /** Sex by name key, from a reference table (the Academy's acting nominations). */
  readonly sexByName?: ReadonlyMap<string, ReadonlySet<Sex>>;
  /** Years of the films of each title (by `norm`) outside this deck: other shipped decks and the reference tables. */
  readonly titles?: ReadonlyMap<string, readonly number[]>;
  /** The current year: no year option may be later. */
  readonly now: number;
}

export class Gate {
  private readonly films = new Map<string, Film>();
  private readonly people = new Map<string, Person>();
  private readonly byTitle = new Map<string, Film[]>();
  private readonly byName = new Map<string, Person[]>();
  private readonly spans = new Map<string, Span>();
  private readonly latest: number;
  /** Directing teams (sorted name keys joined by +) of the deck's films, and the award entries' people. */
  private readonly teams = new Set<string>();
  private readonly awardTeams = new Set<string>();
  private readonly derivedSex = new Map<string, Set<Sex>>();

  constructor(
    readonly deck: Deck,
    private readonly options: GateOptions,
  ) {
    for (const p of deck.people) {
      this.people.set(p.id, p);
      const k = norm(p.name);
      this.byName.set(k, [...(this.byName.get(k) ?? []), p]);
    }
    const credit = (id: string, year: number) => {
      const s = this.spans.get(id);
      if (!s) this.spans.set(id, { first: year, last: year });
      else {
        s.first = Math.min(s.first, year);
        s.last = Math.max(s.last, year);
      }
    };
    let latest = Number.NEGATIVE_INFINITY;
    for (const f of deck.films) {
      this.films.set(f.id, f);
      latest = Math.max(latest, f.year);
      const k = norm(f.title);
      this.byTitle.set(k, [...(this.byTitle.get(k) ?? []), f]);
      for (const list of ['directors', 'writers', 'producers', 'cinematographers', 'productionDesigners', 'cast'] as const) for (const c of f[list] ?? []) credit(c.person, f.year);
      if (f.directors?.length) this.teams.add(this.teamKey(f.directors.map((d) => d.person)));
      for (const a of f.awards ?? []) {
        for (const p of a.people ?? []) {
          credit(p, a.year);
          const sex = sexOfCategory(a.category);
          if (sex) this.derivedSex.set(p, new Set([...(this.derivedSex.get(p) ?? []), sex]));
        }
        if (a.people?.length) this.awardTeams.add(this.teamKey(a.people));
      }
    }
    this.latest = latest;
  }

  private teamKey(ids: readonly string[]): string {
    return ids
      .map((id) => norm(this.people.get(id)?.name ?? id))
      .sort()
      .join('+');
  }

  /** Whether another film has `f`'s title: in the deck, or (a year or two apart being the same film dated two ways) elsewhere. */
  hasNamesake(f: Film): boolean {
    const k = norm(f.title);
    if ((this.byTitle.get(k) ?? []).some((g) => g.id !== f.id)) return true;
    return (this.options.titles?.get(k) ?? []).some((y) => Math.abs(y - f.year) > 2);
  }

  private film(id: string): Film {
    const f = this.films.get(id);
    if (!f) throw new Error(`gate: no film ${id}`);
    return f;
  }

  /** Every film a label could mean: by title, or by "Title (year)", or by "Title (director)". */
  filmsFor(label: string): Film[] {
    const m = /^(.*) \(([^)]+)\)$/.exec(label);
    if (m) {
      const inner = m[2] as string;
      const candidates = this.byTitle.get(norm(m[1] as string)) ?? [];
      const hit = /^\d{4}$/.test(inner) ? candidates.filter((f) => f.year === Number(inner)) : candidates.filter((f) => (f.directors ?? []).some((d) => norm(inner).includes(norm(this.people.get(d.person)?.name ?? ''))));
      if (hit.length > 0) return hit;
    }
    return this.byTitle.get(norm(label)) ?? [];
  }

  /** The people a label names: one person, or a team "A, B and C" (each name may be several namesakes). */
  peopleFor(label: string): Person[][] {
    const whole = this.byName.get(norm(label));
    if (whole) return [whole];
    return label
      .split(/, and |, | and /)
      .map((n) => this.byName.get(norm(n)) ?? [])
      .filter((x) => x.length > 0);
  }

  private span(id: string): Span | undefined {
    return this.spans.get(id);
  }

  private inEra(id: string, year: number): boolean {
    const s = this.span(id);
    return s !== undefined && year >= s.first - ERA_SLACK && year <= s.last + ERA_SLACK;
  }

  /** What the facts say a person is: the deck's own `gender`, its acting awards, the reference table. */
  sexOf(p: Person): Sex | 'conflict' | undefined {
    const seen = new Set<Sex>();
    const own = (p as Person & { gender?: string }).gender;
    if (own === 'female' || own === 'male') seen.add(own);
    for (const s of this.derivedSex.get(p.id) ?? []) seen.add(s);
    for (const s of this.options.sexByName?.get(norm(p.name)) ?? []) seen.add(s);
    if (seen.size > 1) return 'conflict';
    return [...seen][0];
  }

  /** Checks that look at the deck alone, not at a question. */
  deckChecks(): Hit[] {
    const out: Hit[] = [];
    for (const f of this.deck.films) {
      if (this.options.titles) {
        const marked = (f as Film & { sharedTitle?: boolean }).sharedTitle === true;
        const twin = (this.byTitle.get(norm(f.title)) ?? []).some((g) => g.id !== f.id);
        if (!marked && !twin && this.hasNamesake(f)) out.push({ check: 'title:unmarked', question: f.id, detail: `another film is titled "${f.title}"` });
        if (marked && !this.hasNamesake(f)) out.push({ check: 'title:stale', question: f.id, detail: `no other film is titled "${f.title}"` });
      }
      (f.awards ?? []).forEach((a, i) => {
        const where = `${f.id}/awards[${i}]`;
        if (a.body === 'cannes' && CANNES_TOP.test(a.category)) {
          const palme = /palme/i.test(a.category);
          if (palme !== cannesTopPrizeIsPalme(a.year)) out.push({ check: 'explain:prize-name', question: where, detail: `${a.category} in ${a.year}` });
        }
        if (a.body === 'oscars' && INTERNATIONAL.test(a.category) && !NON_COMPETITIVE.test(a.category) && (a.edition ?? 99) < 29) {
          out.push({ check: 'explain:honorary', question: where, detail: `${a.category} at Academy Awards no. ${a.edition}, which gave foreign films an honorary award` });
        }
      });
      // A format the film's trivia says one scene or sequence was shot on must be marked partial.
      const scenes = (f.trivia ?? []).flatMap((t) => t.text.split(/[;.]\s/)).filter((t) => /\b(scene|sequence)\b/i.test(t) && /\bshot\b/i.test(t));
      for (const e of f.shotOn ?? []) {
        const key = distinctive(e.format);
        const told = scenes.some((t) => key.length > 0 && key.every((w) => distinctive(t).includes(w)));
        if (told && !(e as { partial?: boolean }).partial) out.push({ check: 'partial', question: f.id, detail: `"${e.format}" was used for one scene, by its trivia, and is not marked partial` });
      }
    }
    return out;
  }

  /** Everything wrong with one question. */
  check(q: Question): Hit[] {
    const hits: Hit[] = [];
    const hit = (check: string, detail: string) => hits.push({ check, question: q.id, detail });
    const [kind, ...rest] = q.id.split(':');
    const subject = rest.join(':');
    const parts = subject.split('/');
    const wrong = q.input === 'choice' ? q.options.filter((o) => o !== q.answer) : [];

    // Years never in the future.
    const yearsShown = [...(q.kind === 'film-year' ? q.options : []), ...(q.input === 'year' ? [q.answer] : [])].map(Number).filter((y) => Number.isInteger(y));
    for (const y of yearsShown) if (y > this.options.now || y > this.latest) hit('year:future', `${y} (now ${this.options.now}, latest film ${this.latest})`);

    // Explanations.
    if (/\b1 of the 1\b|\bof the 1\b|\b1 of its 1\b/.test(q.explanation)) hit('explain:count', q.explanation);

    // Echoes of the prompt.
    if (q.input === 'choice' && kind !== 'true-false' && kind !== 'higher-lower') {
      const words = distinctive(q.prompt);
      for (const o of wrong) {
        const shared = distinctive(o).filter((w) => words.some((p) => sameWord(w, p)));
        if (shared.length > 0) hit('word:prompt', `"${o}" shares "${shared.join(', ')}" with the prompt`);
      }
    }

    // Titles that can be misread: a film with a namesake is never named by its bare title.
    // (An award question about a person has people for options: the costume designer Irene is no film.)
    const filmOptions = FILM_OPTIONS.has(kind ?? '') && (kind !== 'award-winner' || /^Which (film|of these films)/.test(q.prompt));
    if (filmOptions) {
      for (const label of q.options) {
        for (const g of this.filmsFor(label)) if (!/\)$/.test(label) && this.hasNamesake(g)) hit('title:namesake', `"${label}" (${g.year})`);
      }
    }
    if (kind === 'film-year' || kind === 'closest-year') {
      const f = this.film(subject);
      const directors = (f.directors ?? []).map((d) => this.people.get(d.person)?.name ?? '');
      if (this.hasNamesake(f) && !(directors.length > 0 && directors.every((n) => q.prompt.includes(n)))) hit('title:namesake', `${q.prompt}`);
    }

    switch (kind) {
      case 'film-director':
      case 'true-false': {
        const f = this.film(parts[0] ?? '');
        const team = (f.directors ?? []).length > 1;
        const named = kind === 'film-director' ? wrong : parts[1] === 'false' ? [/^True or false: (.*) directed /.exec(q.prompt)?.[1] ?? ''] : [];
        for (const label of named) this.checkPeople(label, f.year, team ? this.teams : undefined, hit);
        break;
      }
      case 'character-actor': {
        const f = this.film(parts[0] ?? '');
        const credit = f.cast?.[Number(parts[1])];
        const answer = credit ? this.people.get(credit.person) : undefined;
        for (const label of wrong) this.checkPeople(label, f.year, undefined, hit);
        if (answer) this.checkSex(answer, wrong, hit);
        break;
      }
      case 'award-winner':
      case 'award-person': {
        const f = this.film(parts[0] ?? '');
        const a = f.awards?.[Number(parts[1])];
        if (!a) break;
        this.checkAwardText(q, a, hit);
        const filmQuestion = kind === 'award-winner' && /^Which (film|of these films)/.test(q.prompt);
        if (filmQuestion) {
          for (const label of wrong) {
            const films = this.filmsFor(label);
            if (films.length === 0) hit('type', `"${label}" is no film of the deck`);
            for (const g of films) this.checkAwardFilm(a, g, label, hit);
          }
          break;
        }
        for (const label of wrong) {
          this.checkPeople(label, a.year, this.awardTeams, hit);
          const fam = family(a.category);
          const ids = this.peopleFor(label).flat();
          const inFamily = ids.some((p) => this.deck.films.some((g) => (g.awards ?? []).some((b) => b.body === a.body && family(b.category) === fam && (b.people ?? []).includes(p.id))));
          if (!inFamily) hit('award:family', `"${label}" has no ${a.body} ${fam} entry in the deck`);
        }
        if (sexOfCategory(a.category)) {
          const answer = this.people.get(a.people?.[0] ?? '');
          if (answer && (a.people?.length ?? 0) === 1) this.checkSex(answer, wrong, hit);
        }
        break;
      }
      case 'person-filmography':
      case 'person-appearance': {
        const p = this.people.get(parts[0] ?? '');
        if (!p) break;
        const s = this.span(p.id);
        for (const label of wrong) {
          const films = this.filmsFor(label);
          if (films.length === 0) hit('type', `"${label}" is no film of the deck`);
          for (const g of films) {
            if (!s || g.year < s.first - ERA_SLACK || g.year > s.last + ERA_SLACK) hit('era:person-films', `${p.name} (credited ${s?.first}–${s?.last}): "${label}" (${g.year})`);
          }
        }
        break;
      }
      case 'oscar-count': {
        const f = this.film(subject);
        const oscars = (f.awards ?? []).filter((a) => a.body === 'oscars');
        const wins = new Set(oscars.filter((a) => a.result === 'won').map((a) => `${a.year}|${a.category.toLowerCase()}`)).size;
        const nominations = wins + oscars.filter((a) => a.result === 'nominated').length;
        const said = countIn(q.explanation);
        if (!said) hit('explain:count', `"${q.explanation}" does not say how many of how many nominations`);
        else if (said.wins !== wins || said.nominations !== nominations) hit('explain:count', `"${q.explanation}": ${wins} wins of ${nominations} nominations`);
        break;
      }
      case 'film-shot-on':
      case 'film-setting': {
        const f = this.film(parts[0] ?? '');
        const list = kind === 'film-shot-on' ? (f.shotOn ?? []) : (f.settings ?? []);
        const entry = list[Number(parts[1])] as { partial?: boolean } | undefined;
        const partial = entry?.partial === true || list.length > 1;
        if (partial && !/\bpartly\b|\bsequence\b|\bin part\b/.test(q.prompt)) hit('partial', `${f.title}: "${q.prompt}" (${list.length} entries${entry?.partial ? ', marked partial' : ''})`);
        break;
      }
      case 'film-crew': {
        const f = this.film(parts[0] ?? '');
        const job = parts[1] as 'writers' | 'producers' | 'cinematographers' | 'productionDesigners';
        for (const label of wrong) {
          this.checkPeople(label, f.year, undefined, hit);
          const ids = this.peopleFor(label).flat();
          if (!ids.some((p) => this.deck.films.some((g) => (g[job] ?? []).some((c) => c.person === p.id)))) hit('crew:job', `"${label}" has no ${job} credit in the deck`);
        }
        break;
      }
      case 'crew-role': {
        for (const label of q.options) if (!JOBS.has(label)) hit('type', `"${label}" is no job`);
        break;
      }
      case 'person-born': {
        const p = this.people.get(subject);
        const first = p ? this.span(p.id)?.first : undefined;
        for (const label of q.options) {
          const y = Number(label);
          if (!Number.isInteger(y)) hit('type', `"${label}" is no year`);
          else if (first !== undefined && y >= first) hit('born:after-credit', `${label} for ${p?.name}, credited from ${first}`);
        }
        break;
      }
      case 'film-country': {
        const f = this.film(subject);
        for (const label of wrong) {
          const span = COUNTRY_YEARS[label];
          if (span && (f.year < span[0] || f.year > span[1])) hit('country:era', `"${label}" for ${f.title} (${f.year})`);
          if ((f.countries ?? []).some((c) => COUNTRY_KIN.some((k) => k.test(c) && k.test(label)))) hit('country:kin', `"${label}" for ${f.title}, made in ${(f.countries ?? []).join(', ')}`);
        }
        break;
      }
      default:
        break;
    }
    return hits;
  }

  /** A person option: in era for `year`, of a real team when several are named, a person of the deck. */
  private checkPeople(label: string, year: number, teams: ReadonlySet<string> | undefined, hit: (check: string, detail: string) => void): void {
    const named = this.peopleFor(label);
    if (named.length === 0) {
      hit('type', `"${label}" names nobody in the deck`);
      return;
    }
    for (const namesakes of named) {
      if (!namesakes.some((p) => this.inEra(p.id, year))) {
        const p = namesakes[0] as Person;
        const s = this.span(p.id);
        hit('era:people', `${p.name} (credited ${s?.first}–${s?.last}) for ${year}`);
      }
    }
    if (named.length > 1) {
      const key = named
        .map((n) => norm((n[0] as Person).name))
        .sort()
        .join('+');
      if (!teams?.has(key)) hit('team:invented', `"${label}"`);
    }
  }

  private checkSex(answer: Person, wrong: readonly string[], hit: (check: string, detail: string) => void): void {
    const want = this.sexOf(answer);
    if (want === undefined || want === 'conflict') {
      hit('sex:unknown', `the answer, ${answer.name}, is ${want === 'conflict' ? 'recorded as both' : 'not recorded as either'}`);
      return;
    }
    for (const label of wrong) {
      for (const namesakes of this.peopleFor(label)) {
        const sexes = new Set(namesakes.map((p) => this.sexOf(p)));
        if ([...sexes].some((s) => s !== undefined && s !== 'conflict' && s !== want)) hit('sex', `${label} offered for ${answer.name}'s part (${want})`);
        else if (!sexes.has(want)) hit('sex:unknown', `${label}`);
      }
    }
  }

  private checkAwardFilm(a: Award, g: Film, label: string, hit: (check: string, detail: string) => void): void {
    if (g.year > a.year) hit('award:after', `"${label}" (${g.year}) for ${a.category} ${a.year}`);
    else if (g.year < a.year - AWARD_WINDOW) hit('award:era', `"${label}" (${g.year}) for ${a.category} ${a.year}`);
    const animated = (g.genres ?? []).some((x) => /animat/i.test(x)) || (g.awards ?? []).some((b) => ANIMATED.test(b.category));
    if (ANIMATED.test(a.category) && !animated) hit('award:family', `"${label}" is not animated, for ${a.category}`);
    // A film that was up for International Feature (or its honorary forerunner) was an international entry.
    if (INTERNATIONAL.test(a.category) && !(g.awards ?? []).some((b) => b.body === 'oscars' && INTERNATIONAL.test(b.category))) {
      const language = g.languages?.[0];
      if (language === undefined) hit('award:family', `"${label}": no language on record, for ${a.category}`);
      else if (/^english$/i.test(language)) hit('award:family', `"${label}" is in English, for ${a.category}`);
    }
  }

  private checkAwardText(q: Question, a: Award, hit: (check: string, detail: string) => void): void {
    const text = `${q.prompt} ${q.explanation}`;
    if (a.body === 'cannes' && CANNES_TOP.test(a.category)) {
      const palme = cannesTopPrizeIsPalme(a.year);
      if (palme && /grand prix/i.test(text)) hit('explain:prize-name', `Grand Prix named in ${a.year}: ${q.prompt}`);
      if (!palme && /palme/i.test(text)) hit('explain:prize-name', `Palme d'Or named in ${a.year}: ${q.prompt}`);
    }
    // The Academy's International Feature was Foreign Language Film from the 29th to the 91st ceremony.
    if (a.body === 'oscars' && /international feature/i.test(a.category) && (a.edition ?? 99) <= 91 && /international feature/i.test(text)) hit('explain:prize-name', `named International Feature at ceremony ${a.edition}: ${q.prompt}`);
    const honorary = NON_COMPETITIVE.test(a.category) || (a.body === 'oscars' && INTERNATIONAL.test(a.category) && (a.edition ?? 99) < 29);
    if (honorary && !NON_COMPETITIVE.test(q.prompt)) hit('explain:honorary', `${a.category}: ${q.prompt}`);
    if (honorary && /best international feature|best foreign language film/i.test(text)) hit('explain:honorary', `named as the competitive category: ${q.prompt}`);
    const presented = (a as Award & { presented?: number }).presented;
    const retroactive = (presented !== undefined && presented > a.year + 1) || (a.body === 'cannes' && a.year === 1939);
    if (retroactive && !/retroactive/i.test(text)) hit('explain:honorary', `retroactive award not said to be: ${q.prompt}`);
  }
}

/** The wins and nominations an Oscar count's explanation states, however it words them. */
function countIn(text: string): { wins: number; nominations: number } | undefined {
  let m = /\bwon (\d+) of (?:its|the) (\d+)\b/.exec(text);
  if (m) return { wins: Number(m[1]), nominations: Number(m[2]) };
  if (/\bdid not win its only\b/.test(text)) return { wins: 0, nominations: 1 };
  if (/\bwon its only\b/.test(text)) return { wins: 1, nominations: 1 };
  if (/\bwon both of its\b/.test(text)) return { wins: 2, nominations: 2 };
  m = /\bwon all (\d+) of its\b/.exec(text);
  if (m) return { wins: Number(m[1]), nominations: Number(m[1]) };
  m = /\bwon none of its (\d+)\b/.exec(text);
  if (m) return { wins: 0, nominations: Number(m[1]) };
  return undefined;
}

/** Sex by name key from the Academy's table: every acting nominee, by the category they were nominated in. */
export function sexFromOscars(tsv: string): Map<string, Set<Sex>> {
  const lines = tsv.split('\n');
  const head = (lines[0] ?? '').split('\t');
  const cat = head.indexOf('CanonicalCategory');
  const nominees = head.indexOf('Nominees');
  const out = new Map<string, Set<Sex>>();
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const sex = sexOfCategory(cells[cat] ?? '');
    if (!sex) continue;
    for (const n of (cells[nominees] ?? '').split('|')) {
      const k = norm(n);
      if (k) out.set(k, new Set([...(out.get(k) ?? []), sex]));
    }
  }
  return out;
}

/**
 * Years of the films of each title (by `norm`) in the Wikipedia and Cannes tables and in
 * the given decks: where a deck's film may have a namesake.
 */
export function titleYears(wikipedia: readonly string[], cannes: readonly { title: string; year: number }[], decks: readonly Deck[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (title: string, year: number) => {
    const k = norm(title);
    if (k) out.set(k, [...(out.get(k) ?? []), year]);
  };
  for (const text of wikipedia) for (const e of JSON.parse(text) as { title?: unknown; year?: unknown }[]) if (typeof e.title === 'string' && typeof e.year === 'number') add(e.title, e.year);
  for (const c of cannes) add(c.title, c.year);
  for (const d of decks) for (const f of d.films) add(f.title, f.year);
  return out;
}

/** Hits counted by check. */
export function countByCheck(hits: readonly Hit[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const h of hits) out[h.check] = (out[h.check] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort());
}
