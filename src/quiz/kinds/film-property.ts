/**
 * "Which of these films is set in Orlando, Florida?" and "Which of these films was shot
 * on an iPhone 5s?" Missing data does not mean "no" here, so a film is a known-wrong
 * option only when the deck declares the list complete, the film has the list, and
 * every entry on it is known to be elsewhere (a gazetteer says Brighton Beach is in New
 * York City) or another format (35 mm is 35mm; see places.ts). A value that holds for part
 * of the film is asked as such ("partly set in", "has a sequence shot on").
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film } from '../deck/schema';
import { distinctiveWords, equivalenceKey } from '../text';
import { factRef, type QuestionKind } from './kind';
import { formatsDiffer, placesDiffer } from './places';
import { nearbyFilms } from './pools';
import { filmChoice, filmChoiceNear, filmName } from './shared';

interface Value {
  readonly text: string;
  readonly source: string;
  /** Holds for part of the film only (a sequence), as the deck marks it. */
  readonly partial?: boolean;
}

/**
 * How much of the film a value holds for: all of it; part of it, because it is one of
 * several (set in Texas, New York City and Florida); or one sequence, as the deck marks it
 * (The Florida Project's last scene, shot on an iPhone).
 */
export type Extent = 'whole' | 'part' | 'sequence';

export function extentOf(values: readonly Value[], at: number): Extent {
  if (values[at]?.partial) return 'sequence';
  return values.length > 1 ? 'part' : 'whole';
}

interface PropertySpec {
  readonly id: 'film-setting' | 'film-shot-on';
  readonly category: string;
  readonly list: 'settings' | 'shotOn';
  values(f: Film): readonly Value[];
  differ(a: string, b: string): boolean;
  prompt(value: string, extent: Extent): string;
  explain(f: Film, value: string, extent: Extent): string;
}

/** Whether any of a film's formats shares a distinctive word with this one ("iPhone"). */
function sameDevice(values: readonly Value[], format: string): boolean {
  const words = distinctiveWords(format);
  return values.some((v) => distinctiveWords(v.text).some((w) => words.includes(w) && !/^\d/.test(w) && !/mm$/.test(w)));
}

function propertyKind(spec: PropertySpec): QuestionKind {
  const knownNot = (index: DeckIndex, f: Film, value: string) => {
    const values = spec.values(f);
    return index.isComplete(spec.list) && values.length > 0 && values.every((v) => spec.differ(v.text, value));
  };
  const factsOf = (index: DeckIndex, f: Film) => spec.values(f).map((v, i) => factRef(index, `films.${f.id}.${spec.list}[${i}]`, v.source));
  return {
    id: spec.id,
    category: spec.category,
    input: 'choice',
    // Without a complete list no film is ever known wrong, so nothing can be asked.
    subjects: (index) => (index.isComplete(spec.list) ? index.films.flatMap((f) => spec.values(f).map((_, i) => `${f.id}/${i}`)) : []),
    draft(index, subject) {
      const [filmId, at] = subject.split('/');
      const f = index.film(filmId ?? '');
      const values = spec.values(f);
      const fact = values[Number(at)];
      if (!fact) return null;
      // A fact true of part of the film is asked as such: "partly set in", "has a sequence shot on".
      const extent = extentOf(values, Number(at));
      return {
        prompt: spec.prompt(fact.text, extent),
        wrongFrom: `films of the deck from around ${f.year} whose whole ${spec.list === 'settings' ? 'list of settings' : 'list of formats'} shows they were not`,
        answer: filmChoice(index, f),
        // A film shot on another model of the same device (Tangerine's iPhone 5s, for The Florida
        // Project's iPhone 6s Plus) is wrong only on a technicality: not offered.
        pool: nearbyFilms(index, f, (g) => knownNot(index, g, fact.text) && !(spec.list === 'shotOn' && sameDevice(spec.values(g), fact.text))).map((g) =>
          filmChoiceNear(index, f, g, () => factsOf(index, g)),
        ),
        truth: (key) => {
          if (key === f.id) return true;
          return knownNot(index, index.film(key), fact.text) ? false : undefined;
        },
        clue: fact.text,
        explanation: spec.explain(f, fact.text, extent),
        facts: [factRef(index, `films.${f.id}.${spec.list}[${at}]`, fact.source)],
        fame: index.fame(f.id),
        // Two films set in one place make one question with two answers: ask it once.
        topic: `${spec.list}:${equivalenceKey(fact.text)}`,
      };
    },
  };
}

/** Places whose names take "the" in a sentence: "set in the United States". */
const THE = /^(United States|United Kingdom|Netherlands|Philippines|Soviet Union|Czech Republic|Bahamas|Vatican|Bronx|West Bank|Gaza Strip|Midwest|Middle East|American West|Arctic|Antarctic|Alps|Highlands)\b/;

export function placeWithArticle(place: string): string {
  return THE.test(place) ? `the ${place}` : place;
}

export const filmSetting = propertyKind({
  id: 'film-setting',
  category: 'Settings',
  list: 'settings',
  values: (f) => (f.settings ?? []).map((s) => ({ text: s.place, source: s.source, ...(s.partial ? { partial: true } : {}) })),
  differ: placesDiffer,
  prompt: (place, extent) => `Which of these films is ${setIn(extent)} ${placeWithArticle(place)}?`,
  explain: (f, place, extent) => `${filmName(f)} is ${setIn(extent)} ${placeWithArticle(place)}.`,
});

function setIn(extent: Extent): string {
  return extent === 'whole' ? 'set in' : 'partly set in';
}

/** "shot on 35mm film", "shot on an iPhone", but "shot in CinemaScope". */
const shotOnWords = (format: string) => (/^(an? |the )|\b(film|camera|cameras|stock)$/i.test(format) ? `on ${format}` : `in ${format}`);

export const filmShotOn = propertyKind({
  id: 'film-shot-on',
  category: 'Behind the camera',
  list: 'shotOn',
  values: (f) => (f.shotOn ?? []).map((s) => ({ text: s.format, source: s.source, ...(s.partial ? { partial: true } : {}) })),
  differ: formatsDiffer,
  prompt: (format, extent) => (extent === 'sequence' ? `Which of these films has a sequence shot ${shotOnWords(format)}?` : `Which of these films was ${extent === 'part' ? 'partly ' : ''}shot ${shotOnWords(format)}?`),
  explain: (f, format, extent) => (extent === 'sequence' ? `${filmName(f)} has a sequence shot ${shotOnWords(format)}.` : `${filmName(f)} was ${extent === 'part' ? 'partly ' : ''}shot ${shotOnWords(format)}.`),
});
