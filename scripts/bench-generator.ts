/**
 * `npm run bench:generator`: how fast the question generator is, on every shipped deck and
 * on a deck of the ~36,000 Wikipedia films in ../shared/data (skipped, with a note, when
 * that folder is absent). For each deck it prints:
 * - index build: indexDeck plus prepareIndex (every kind's candidates and shared lookups);
 * - per round: a 10-question round from a fresh seed, median and p95 over 200+ rounds, for
 *   the game's settings (curve difficulty, multiple choice) and for mixed difficulty with
 *   every input mode; wall time and CPU time (the process's own, less disturbed by other
 *   work on the machine);
 * - peak memory: the largest RSS sampled, and the kernel's own maximum.
 * Machines are noisy, so each figure comes with a baseline measured in the same run:
 * JSON.parse of the deck's own text for the index build, and shuffling 100,000 numbers
 * with the project's Rng for a round. The ratios are what to compare between runs.
 * Targets: a round under 2 ms once indexed; the 36k-film index under 1.5 s.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importWikipedia } from '../src/import/wikipedia.ts';
import { type DeckIndex, indexDeck } from '../src/quiz/deck/deck-index.ts';
import { loadDeckText } from '../src/quiz/deck/load.ts';
import type { Deck } from '../src/quiz/deck/schema.ts';
import { generateQuiz, prepareIndex, type QuizOptions } from '../src/quiz/generator.ts';
import { INPUT_MODES } from '../src/quiz/question.ts';
import { createRng } from '../src/quiz/rng.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const ROUND_TARGET_MS = 2;
/** A fixed amount of work to measure the machine by: shuffling 100,000 numbers with the project's Rng. */
const BASELINE_ARRAY = Array.from({ length: 100_000 }, (_, i) => i);
const INDEX_TARGET_MS = 1500;

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

/** Runs `fn` once, returning wall and CPU milliseconds. */
function time(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  sample();
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

/** The fastest of several runs: the least disturbed estimate of a short step. */
function best(runs: number, fn: () => void): Timing {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = time(fn);
    wall = Math.min(wall, t.wall);
    cpu = Math.min(cpu, t.cpu);
  }
  return { wall, cpu };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export interface DeckReport {
  readonly name: string;
  readonly films: number;
  readonly indexMs: number;
  readonly parseMs: number;
  readonly game: { median: number; p95: number; cpuMedian: number; cpuP95: number };
  readonly all: { median: number; p95: number; cpuMedian: number; cpuP95: number };
  readonly shuffleMs: number;
}

function roundTimes(index: DeckIndex, options: Omit<QuizOptions, 'seed'>) {
  // A few rounds first, so the figures are for a warm engine, as in a game past its first question.
  for (let i = 0; i < 20; i++) generateQuiz(index, { ...options, seed: `warm-${i}` });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = time(() => generateQuiz(index, { ...options, seed: `bench-${i}`, rounds: 1, perRound: 10 }));
    wall.push(t.wall);
    cpu.push(t.cpu);
  }
  return { median: quantile(wall, 0.5), p95: quantile(wall, 0.95), cpuMedian: quantile(cpu, 0.5), cpuP95: quantile(cpu, 0.95) };
}

function benchDeck(name: string, deck: Deck): DeckReport {
  const text = JSON.stringify(deck);
  const parse = best(3, () => JSON.parse(text));
  let index: DeckIndex | undefined;
  const build = time(() => {
    index = indexDeck(deck);
    prepareIndex(index);
  });
  if (!index) throw new Error('no index');
  const films = index.films;
  const rng = createRng('baseline');
  const shuffle = best(20, () => rng.shuffle(BASELINE_ARRAY));
  const game = roundTimes(index, { difficulty: 'curve' });
  const all = roundTimes(index, { difficulty: 'mixed', inputs: INPUT_MODES });
  return { name, films: films.length, indexMs: build.wall, parseMs: parse.wall, game, all, shuffleMs: shuffle.wall };
}

function print(r: DeckReport): void {
  const line = (label: string, t: DeckReport['game']) =>
    `  round (${label}): median ${ms(t.median)} ms, p95 ${ms(t.p95)} ms wall; CPU median ${ms(t.cpuMedian)} ms, p95 ${ms(t.cpuP95)} ms; ` +
    `${(t.median / r.shuffleMs).toFixed(2)}× the baseline shuffle (${ms(r.shuffleMs)} ms)` +
    `${t.median < ROUND_TARGET_MS ? '' : `  ABOVE the ${ROUND_TARGET_MS} ms target`}`;
  console.log(`${r.name}: ${r.films} films`);
  console.log(`  index build: ${ms(r.indexMs)} ms, ${(r.indexMs / r.parseMs).toFixed(1)}× JSON.parse of the deck (${ms(r.parseMs)} ms)`);
  console.log(line('game: curve, choice', r.game));
  console.log(line('mixed, all inputs', r.all));
}

export function main(): DeckReport[] {
  const reports: DeckReport[] = [];
  sample();
  console.log(`Question generator benchmark (${ROUNDS} rounds of 10 per deck and setting; Node ${process.version})\n`);
  for (const file of readdirSync('questions').filter((f) => f.endsWith('.json') && f !== 'deck.schema.json').sort()) {
    const loaded = loadDeckText(file, readFileSync(join('questions', file), 'utf8'));
    if (!loaded.ok) {
      console.log(`${file}: does not load (${loaded.problems.length} problems); skipped`);
      continue;
    }
    const r = benchDeck(file, loaded.index.deck);
    print(r);
    reports.push(r);
  }
  const data = resolve(process.cwd(), '../shared/data/wikipedia-movie-data');
  if (existsSync(data)) {
    let deck: Deck | undefined;
    const imported = time(() => {
      const files = readdirSync(data)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({ name: f, text: readFileSync(join(data, f), 'utf8') }));
      deck = importWikipedia(files).deck;
    });
    if (deck) {
      console.log(`\n(importing the Wikipedia tables took ${ms(imported.wall)} ms; not part of the index build)`);
      const r = benchDeck('wikipedia-movie-data', deck);
      print(r);
      console.log(`  36k index target (${INDEX_TARGET_MS} ms): ${r.indexMs < INDEX_TARGET_MS ? 'met' : 'NOT met'}`);
      reports.push(r);
    }
  } else console.warn(`\n${data} is missing: the 36k-film deck was not benchmarked`);
  sample();
  console.log(`\npeak memory: ${mb(peakRss)} RSS sampled, ${mb(process.resourceUsage().maxRSS * 1024)} kernel maximum`);
  return reports;
}

if (process.argv[1] && /bench-generator\.ts$/.test(process.argv[1])) main();
