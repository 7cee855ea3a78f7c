/**
 * "Which film is set in Orlando, Florida?" and "Which film was shot on an iPhone 5s?"
 * Missing data does not mean "no" here: a film is a known-wrong option only when the deck
 * declares the list complete, the film has the list, and nothing on it could be the same
 * place or format (sharing a significant word counts as "could be").
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film } from '../deck/schema';
import { factRef, type QuestionKind } from './kind';
import { filmName, mayOverlap, nearestFilms } from './shared';

interface PropertySpec {
  readonly id: 'film-setting' | 'film-shot-on';
  readonly category: string;
  readonly list: 'settings' | 'shotOn';
  values(f: Film): readonly { text: string; source: string }[];
  prompt(value: string): string;
  explain(f: Film, value: string): string;
}

function propertyKind(spec: PropertySpec): QuestionKind {
  const has = (f: Film, value: string) => spec.values(f).some((v) => mayOverlap(v.text, value));
  const knownNot = (index: DeckIndex, f: Film, value: string) =>
    index.isComplete(spec.list) && spec.values(f).length > 0 && !has(f, value);
  return {
    id: spec.id,
    category: spec.category,
    subjects: (index) => index.films.flatMap((f) => spec.values(f).map((_, i) => `${f.id}/${i}`)),
    draft(index, subject) {
      const [filmId, at] = subject.split('/');
      const f = index.film(filmId ?? '');
      const fact = spec.values(f)[Number(at)];
      if (!fact) return null;
      return {
        prompt: spec.prompt(fact.text),
        answer: { label: f.title, key: f.id },
        pool: nearestFilms(index, f, (g) => knownNot(index, g, fact.text)),
        truth: (key) => {
          if (key === f.id) return true;
          const g = index.film(key);
          return knownNot(index, g, fact.text) ? false : undefined;
        },
        explanation: spec.explain(f, fact.text),
        facts: [factRef(index, `films.${f.id}.${spec.list}[${at}]`, fact.source)],
        fame: index.fame(f.id),
      };
    },
  };
}

export const filmSetting = propertyKind({
  id: 'film-setting',
  category: 'Settings',
  list: 'settings',
  values: (f) => (f.settings ?? []).map((s) => ({ text: s.place, source: s.source })),
  prompt: (place) => `Which of these films is set in ${place}?`,
  explain: (f, place) => `${filmName(f)} is set in ${place}.`,
});

export const filmShotOn = propertyKind({
  id: 'film-shot-on',
  category: 'Behind the camera',
  list: 'shotOn',
  values: (f) => (f.shotOn ?? []).map((s) => ({ text: s.format, source: s.source })),
  prompt: (format) => `Which of these films was shot on ${format}?`,
  explain: (f, format) => `${filmName(f)} was shot on ${format}.`,
});

