/**
 * `npm run quiz`: prints a quiz from a deck, with an answer key, as a pub-quiz sheet.
 *
 *   npm run quiz -- --seed film-night --rounds 3 --per-round 10 [--deck FILE]
 *                   [--format text|markdown|json] [--difficulty easy|medium|hard|mixed|curve]
 *                   [--kinds a,b] [--themes a,b] [--inputs choice,order,year] [--avoid id,id]
 *   npm run quiz -- --all [--format json]       every question the deck can produce
 *   npm run quiz -- --coverage [--deck FILE] [--format json]
 *                   every fact of the deck no question can ask, each with the reason
 *
 * Defaults: deck questions/sean-baker.json, seed "film-night", 3 rounds of 10, mixed
 * difficulty, every kind and every way of answering (a printed sheet can ask for an
 * order or a year; the game asks only multiple choice).
 *
 * JSON form (stable, for other tools):
 *   { "seed": string, "deck": string,
 *     "rounds": [ { "title": string,
 *       "questions": [ { "id": string, "kind": string, "input": "choice" | "order" | "year",
 *         "prompt": string, "options": string[],
 *         "answer": string | string[],   // the correct option's text; for "order", the options in the right order
 *         "explanation": string,
 *         "sources": [ { "fact": string, "source": string, "sourceTitle": string } ],
 *         "difficulty": number } ] } ] }   // difficulty 0 (easiest) to 1 (hardest)
 * With --all, one round titled "Every question" holds them all. For "year" questions,
 * `options` is empty and `answer` is the year; points go by distance (see yearPoints).
 *
 * Exit codes: 0 printed; 1 the deck could not be read or has problems (each located as
 * file:line:column); 2 bad flags (with usage).
 *
 * npm prints its own "> marquee quiz" banner on stdout: to save JSON to a file, run
 * `npm run --silent quiz -- --format json > quiz.json` (or `npx tsx src/cli/quiz.ts …`).
 */
import { readFileSync } from 'node:fs';
import { type Coverage, coverage } from '../quiz/coverage';
import { formatProblem, loadDeckText } from '../quiz/deck/load';
import { allQuestions, type DifficultyChoice, generateQuiz, kindsFor, type Quiz, type Round } from '../quiz/generator';
import { YEAR_POINTS_PER_YEAR } from '../quiz/kinds/closest-year';
import { isKindId, KIND_IDS } from '../quiz/kinds/index';
import { INPUT_MODES, type InputMode, type KindId, type Question } from '../quiz/question';

export const USAGE = `usage: npm run quiz -- [--seed TEXT] [--rounds N] [--per-round N] [--deck FILE]
                      [--format text|markdown|json] [--difficulty easy|medium|hard|mixed|curve]
                      [--kinds KIND,KIND] [--themes TAG,TAG] [--inputs choice,order,year] [--avoid ID,ID]
       npm run quiz -- --all [--deck FILE] [--format text|markdown|json]
       npm run quiz -- --coverage [--deck FILE] [--format text|json]
kinds: ${KIND_IDS.join(', ')}`;

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];
const DIFFICULTIES: readonly DifficultyChoice[] = ['easy', 'medium', 'hard', 'mixed', 'curve'];

export interface QuizArgs {
  readonly seed: string;
  readonly rounds: number;
  readonly perRound: number;
  readonly deck: string;
  readonly format: Format;
  readonly difficulty: DifficultyChoice;
  readonly kinds: readonly KindId[] | undefined;
  readonly themes: readonly string[];
  readonly inputs: readonly InputMode[];
  readonly avoid: readonly string[];
  readonly all: boolean;
  readonly coverage: boolean;
}

export class UsageError extends Error {}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function count(flag: string, v: string, max: number): number {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new UsageError(`${flag} wants a whole number from 1 to ${max}, got "${v}"`);
  return Number(v);
}

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${flag} is one of ${allowed.join(', ')}; got "${v}"`);
  return v as T;
}

/** Reads the command line; throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): QuizArgs {
  let args: QuizArgs = {
    seed: 'film-night',
    rounds: 3,
    perRound: 10,
    deck: 'questions/sean-baker.json',
    format: 'text',
    difficulty: 'mixed',
    kinds: undefined,
    themes: [],
    inputs: INPUT_MODES,
    avoid: [],
    all: false,
    coverage: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string;
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    if (flag === '--all') {
      args = { ...args, all: true };
      continue;
    }
    if (flag === '--coverage') {
      args = { ...args, coverage: true };
      continue;
    }
    if (flag === '--help' || flag === '-h') throw new UsageError('');
    if (!flag.startsWith('--')) throw new UsageError(`unexpected argument "${raw}"`);
    let value: string;
    if (eq > 0 && raw.startsWith('--')) value = raw.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      value = next;
      i++;
    }
    switch (flag) {
      case '--seed':
        if (value.length === 0) throw new UsageError('--seed needs a value');
        args = { ...args, seed: value };
        break;
      case '--rounds':
        args = { ...args, rounds: count(flag, value, 50) };
        break;
      case '--per-round':
        args = { ...args, perRound: count(flag, value, 100) };
        break;
      case '--deck':
        args = { ...args, deck: value };
        break;
      case '--format':
        args = { ...args, format: oneOf(flag, value, FORMATS) };
        break;
      case '--difficulty':
        args = { ...args, difficulty: oneOf(flag, value, DIFFICULTIES) };
        break;
      case '--kinds': {
        const kinds = list(value);
        const unknown = kinds.filter((k) => !isKindId(k));
        if (kinds.length === 0 || unknown.length > 0) throw new UsageError(`unknown kind${unknown.length === 1 ? '' : 's'} ${unknown.join(', ') || '(none given)'}; kinds are ${KIND_IDS.join(', ')}`);
        args = { ...args, kinds: kinds.filter(isKindId) };
        break;
      }
      case '--themes':
        args = { ...args, themes: list(value) };
        break;
      case '--inputs':
        args = { ...args, inputs: list(value).map((v) => oneOf(flag, v, INPUT_MODES)) };
        break;
      case '--avoid':
        args = { ...args, avoid: list(value) };
        break;
      default:
        throw new UsageError(`unknown flag ${flag}`);
    }
  }
  return args;
}

const LETTERS = 'ABCDEFGHIJ';

function answerText(q: Question): string {
  if (q.input === 'order') return q.order.join(' → ');
  if (q.input === 'year') return q.answer;
  return `${LETTERS[q.answerIndex] ?? '?'}) ${q.answer}`;
}

function sourcesText(q: Question): string {
  return [...new Set(q.sources.map((s) => s.sourceTitle))].join('; ');
}

function howToAnswer(q: Question): string {
  if (q.input === 'order') return 'Order: ___ ___ ___ ___';
  if (q.input === 'year') return `Year: ______  (exact: 100 points, ${YEAR_POINTS_PER_YEAR} fewer per year off)`;
  return '';
}

function renderText(quiz: Quiz, title: string): string {
  const out: string[] = [title, `Seed: ${quiz.seed}`, ''];
  for (const r of quiz.rounds) {
    out.push(r.title.toUpperCase(), '');
    r.questions.forEach((q, i) => {
      out.push(`${i + 1}. [${q.category}] ${q.prompt}`);
      q.options.forEach((o, j) => {
        out.push(`   ${LETTERS[j]}) ${o}`);
      });
      const how = howToAnswer(q);
      if (how) out.push(`   ${how}`);
      out.push('');
    });
  }
  out.push('ANSWER KEY', '');
  for (const r of quiz.rounds) {
    out.push(r.title);
    r.questions.forEach((q, i) => {
      out.push(`${i + 1}. ${answerText(q)}  (${q.level})`, `   ${q.explanation}`, `   Source: ${sourcesText(q)}`);
    });
    out.push('');
  }
  return out.join('\n');
}

const md = (s: string) => s.replace(/([\\`*_[\]#|<>])/g, '\\$1');

function renderMarkdown(quiz: Quiz, title: string): string {
  const out: string[] = [`# ${md(title)}`, '', `Seed: \`${quiz.seed}\``, ''];
  for (const r of quiz.rounds) {
    out.push(`## ${md(r.title)}`, '');
    r.questions.forEach((q, i) => {
      out.push(`${i + 1}. **${md(q.prompt)}** _(${md(q.category)})_`, '');
      q.options.forEach((o, j) => {
        out.push(`   - ${LETTERS[j]}) ${md(o)}`);
      });
      const how = howToAnswer(q);
      if (how) out.push(`   - ${md(how)}`);
      out.push('');
    });
  }
  out.push('## Answer key', '');
  for (const r of quiz.rounds) {
    out.push(`### ${md(r.title)}`, '');
    r.questions.forEach((q, i) => {
      out.push(`${i + 1}. **${md(answerText(q))}** (${q.level}). ${md(q.explanation)} _Source: ${md(sourcesText(q))}_`);
    });
    out.push('');
  }
  return out.join('\n');
}

function jsonQuestion(q: Question) {
  return {
    id: q.id,
    kind: q.kind,
    input: q.input,
    prompt: q.prompt,
    options: q.options,
    answer: q.input === 'order' ? q.order : q.answer,
    explanation: q.explanation,
    sources: q.sources,
    difficulty: q.difficulty,
  };
}

export function renderJson(quiz: Quiz): string {
  const rounds = quiz.rounds.map((r: Round) => ({ title: r.title, questions: r.questions.map(jsonQuestion) }));
  return `${JSON.stringify({ seed: quiz.seed, deck: quiz.deckId, rounds }, null, 2)}\n`;
}

export function render(quiz: Quiz, format: Format, title: string): string {
  if (format === 'json') return renderJson(quiz);
  return format === 'markdown' ? renderMarkdown(quiz, title) : renderText(quiz, title);
}

/** The coverage report: a count, then one line per fact no question asks, with the reason. */
export function renderCoverage(deck: string, c: Coverage, format: Format): string {
  if (format === 'json') return `${JSON.stringify({ deck, facts: c.facts, asked: c.asked, uncovered: c.uncovered }, null, 2)}\n`;
  const design = c.uncovered.filter((u) => u.byDesign).length;
  const also = design > 0 ? ` (${design} of them recorded only to shape other questions, listed last)` : '';
  const head = `${deck}: ${c.asked} of ${c.facts} facts can be asked; ${c.uncovered.length === 0 ? 'every fact is covered.' : `${c.uncovered.length} cannot${also}:`}`;
  return [head, ...c.uncovered.map((u) => `  ${u.fact}: ${u.reason}`)].join('\n');
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
}

/** The whole command, minus the process: returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  let args: QuizArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message ? `quiz: ${e.message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(args.deck);
  } catch (e) {
    io.err(`quiz: cannot read ${args.deck}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const loaded = loadDeckText(args.deck, text);
  if (!loaded.ok) {
    io.err(`${loaded.problems.map(formatProblem).join('\n')}\nquiz: ${args.deck} has ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  const index = loaded.index;
  if (args.coverage) {
    io.out(renderCoverage(args.deck, coverage(index, kindsFor({ kinds: args.kinds, inputs: args.inputs })), args.format));
    return 0;
  }
  const quiz: Quiz = args.all
    ? { seed: args.seed, deckId: index.deck.id, rounds: [{ title: 'Every question', questions: allQuestions(index, args.seed, kindsFor({ kinds: args.kinds, inputs: args.inputs })) }] }
    : generateQuiz(index, {
        seed: args.seed,
        rounds: args.rounds,
        perRound: args.perRound,
        difficulty: args.difficulty,
        themes: args.themes,
        avoid: args.avoid,
        inputs: args.inputs,
        ...(args.kinds ? { kinds: args.kinds } : {}),
      });
  io.out(render(quiz, args.format, `${index.deck.title}: a Marquee quiz`));
  return 0;
}

// Run only as a command, not when a test imports this module.
if (process.argv[1] && /quiz\.ts$/.test(process.argv[1])) {
  process.exitCode = run(process.argv.slice(2), {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
}
