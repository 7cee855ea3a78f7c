/**
 * "Which runs longer: Anora or Tangerine?" Two films, one measure: running time, budget
 * or box office. The subject is always the larger; the other is smaller by a clear
 * margin, because a near tie is no fair question (runtimes differ by cut, money by
 * source) and an exact tie has no answer.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Film } from '../deck/schema';
import type { FactRef } from '../question';
import { factRef, type Option, type QuestionKind } from './kind';
import { filmDistance, nearbyFilms } from './pools';
import { filmChoice, filmName } from './shared';

interface Measure {
  readonly id: 'runtime' | 'budget' | 'boxOffice';
  value(f: Film): number | undefined;
  /** Only films measured the same way compare (worldwide with worldwide). */
  scope(f: Film): string;
  /** Whether `big` is clearly larger than `small`. */
  clearlyMore(big: number, small: number): boolean;
  /** How close two values are, about 1 for "a close call". */
  gap(big: number, small: number): number;
  question(a: string, b: string, f: Film): string;
  show(v: number): string;
  fact(index: DeckIndex, f: Film): FactRef;
}

function money(usd: number): string {
  if (usd >= 1e9) return `$${(usd / 1e9).toFixed(usd % 1e9 === 0 ? 0 : 2)} billion`;
  if (usd >= 1e6) return `$${(usd / 1e6).toFixed(usd % 1e6 === 0 ? 0 : 1)} million`;
  return `$${usd.toLocaleString('en-US')}`;
}

const SCOPE_WORDS: Record<string, string> = { worldwide: 'worldwide', domestic: 'in North America', production: '' };

const RUNTIME: Measure = {
  id: 'runtime',
  value: (f) => f.runtime,
  scope: () => '',
  clearlyMore: (big, small) => big - small >= 5,
  gap: (big, small) => (big - small) / 10,
  question: (a, b) => `Which film runs longer: ${a} or ${b}?`,
  show: (v) => `${v} minutes`,
  fact: (index, f) => factRef(index, `films.${f.id}.runtime`, f.sourceFor?.runtime ?? f.source),
};

const moneyMeasure = (id: 'budget' | 'boxOffice', question: (a: string, b: string, scope: string) => string): Measure => ({
  id,
  value: (f) => f[id]?.usd,
  scope: (f) => f[id]?.scope ?? '',
  clearlyMore: (big, small) => big >= small * 1.2,
  gap: (big, small) => Math.log10(big / Math.max(small, 1)) * 4,
  question: (a, b, f) => question(a, b, SCOPE_WORDS[f[id]?.scope ?? ''] ?? ''),
  show: money,
  fact: (index, f) => factRef(index, `films.${f.id}.${id}`, f[id]?.source ?? f.source),
});

const MEASURES: readonly Measure[] = [
  RUNTIME,
  moneyMeasure('budget', (a, b) => `Which film cost more to make: ${a} or ${b}?`),
  moneyMeasure('boxOffice', (a, b, scope) => `Which film took more at the box office${scope ? ` ${scope}` : ''}: ${a} or ${b}?`),
];

export const higherLower: QuestionKind = {
  id: 'higher-lower',
  category: 'Head to head',
  input: 'choice',
  subjects: (index) => index.films.flatMap((f) => MEASURES.filter((m) => m.value(f) !== undefined).map((m) => `${f.id}/${m.id}`)),
  draft(index, subject) {
    const [filmId, measureId] = subject.split('/');
    const f = index.film(filmId ?? '');
    const m = MEASURES.find((x) => x.id === measureId);
    const big = m?.value(f);
    if (!m || big === undefined) return null;
    const smaller = (g: Film) => {
      const v = m.value(g);
      return v !== undefined && m.scope(g) === m.scope(f) && m.clearlyMore(big, v);
    };
    const pool: Option[] = nearbyFilms(index, f, smaller).map((g) => ({
      ...filmChoice(index, g, 0.5 * filmDistance(index, f, g) + m.gap(big, m.value(g) ?? 0)),
      facts: () => [m.fact(index, g)],
    }));
    const answer = filmChoice(index, f);
    const describe = (options: readonly Option[]) =>
      options
        .map((o) => index.film(o.key))
        .map((g) => `${filmName(g)}: ${m.show(m.value(g) ?? 0)}`)
        .join('; ');
    return {
      prompt: m.question(f.title, '…', f),
      promptFor: (options) => m.question(options[0]?.label ?? '', options[1]?.label ?? '', f),
      wrongFrom: 'films of the deck from around its year with a smaller figure of the same kind on record',
      answer,
      pool,
      truth: (key) => {
        if (key === f.id) return true;
        const g = index.film(key);
        return smaller(g) ? false : undefined;
      },
      optionCount: 2,
      // The prompt names both options by design.
      reveals: [],
      explanation: `${filmName(f)}: ${m.show(big)}.`,
      explainFor: (options) => `${describe(options)}.`,
      facts: [m.fact(index, f)],
      fame: index.fame(f.id),
      topic: `${m.id}:${f.id}`,
    };
  },
};
