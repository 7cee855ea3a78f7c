/**
 * The printed quiz: a pub-quiz pack drawn from the same seed as a game, as a DOM document
 * over the game (the canvas hidden meanwhile). Three parts, each starting on a new page:
 * - the question sheet, one per team: title, deck, date, a line for the team's name, then
 *   every question numbered, with option letters to circle, numbered boxes for an order
 *   and a box for a year;
 * - the answer key, for the host: each answer, its explanation and its source;
 * - the score grid: a row per team (up to eight), a column per round, and the total.
 *
 * Plain DOM and CSS, no Phaser: it is its own chunk, loaded when "Print this quiz" is
 * pressed, and part of the offline bundle (no external fonts: the game's own faces).
 * On screen the view looks like paper, under a toolbar (Print, Back to the game) that
 * is never printed. Print layout: see print.css.
 */
import type { Quiz } from '../quiz/generator';
import { YEAR_POINTS_MAX, yearPoints } from '../quiz/kinds/closest-year';
import type { Question } from '../quiz/question';
import css from './print.css?inline';

export interface PrintOptions {
  /** The drawn quiz (the same seed and setup give the same quiz as a game). */
  readonly quiz: Quiz;
  /** The sheet's title; the host can retype it on screen before printing. */
  readonly title: string;
  readonly deckTitle: string;
  /** What identifies this draw on every page ("Seed k3j…", or a challenge code). */
  readonly seedLabel: string;
  /** The date printed on the sheets; today by default. */
  readonly date?: Date;
  /** Rows of the score grid; 8 by default. */
  readonly teams?: number;
  /** Called once the player has gone back to the game. */
  readonly onClose?: () => void;
}

export interface PrintView {
  readonly root: HTMLElement;
  /** Settles when the view is closed (Back to the game, or Esc). */
  readonly closed: Promise<void>;
  close(): void;
}

/** What to print: everything, the teams' sheet alone (one copy per team), or the host's pages. */
export type PrintPart = 'all' | 'questions' | 'host';

const LETTERS = 'ABCDEFGHIJ';
export const VIEW_ID = 'print-view';
const STYLE_ID = 'print-view-css';
const PAGE_STYLE_ID = 'print-view-page';

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r]+/g, ' ')}"`;

/** Each printed page's foot: what the quiz is, and the page number (where the browser draws page margin boxes). */
function pageRule(o: PrintOptions): string {
  const title = o.title.trim().length > 56 ? `${o.title.trim().slice(0, 55).trimEnd()}…` : o.title.trim();
  const box = 'font: 10.5pt "Atkinson Hyperlegible", "DejaVu Sans", sans-serif; color: #000; white-space: nowrap;';
  return `@media print { @page { @bottom-left { content: ${cssString(`${title} · ${o.seedLabel}`)}; ${box} } @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} } } }`;
}

/**
 * On paper a question is worth 4 points, the game's 100 (accuracy scoring, or an exact year) in quarters:
 * an order earns 1 for each film in its place, a year 1 fewer for each year off, as in
 * the game, and every other question 4 or nothing.
 */
export const PAPER_POINTS = 4;

/** The game's points for an answer (100 for a right one) on paper. */
const paper = (gamePoints: number) => Math.round((gamePoints / YEAR_POINTS_MAX) * PAPER_POINTS);

/** Paper points for a year `k` years off, from the game's own rule, down to the first 0. */
function yearLadder(): number[] {
  const ladder: number[] = [];
  for (let k = 0; k < 50; k++) {
    const p = paper(yearPoints(2000 + k, 2000));
    if (p <= 0) break;
    ladder.push(p);
  }
  return ladder;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "4 for the exact year, 3 for one year off, 2 for two years off, 1 for three." */
export function yearRule(): string {
  const words = ['exact', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const ladder = yearLadder();
  return ladder.map((p, k) => (k === 0 ? `${p} for the exact year` : `${p} for ${words[k] ?? k} year${k === 1 ? '' : 's'} off`)).join(', ');
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

const sourcesOf = (q: Question) => [...new Set(q.sources.map((s) => s.sourceTitle))].join('; ');

/** Options print four across when every one is a word or a year, two across when short, one a line otherwise. */
function optionColumns(q: Question): number {
  const longest = Math.max(...q.options.map((o) => o.length));
  return longest <= 12 ? 4 : longest <= 50 ? 2 : 1;
}

function questionItem(doc: Document, q: Question, n: number): HTMLElement {
  const body = el(doc, 'div', { class: 'pv-q-body' }, el(doc, 'p', { class: 'pv-cat' }, q.category), el(doc, 'p', { class: 'pv-prompt' }, q.prompt));
  if (q.options.length > 0) {
    const opts = el(doc, 'ol', { class: `pv-opts pv-opts-${optionColumns(q)}`, type: 'A' });
    q.options.forEach((o, i) => {
      opts.append(el(doc, 'li', {}, el(doc, 'span', { class: 'pv-letter', 'aria-hidden': 'true' }, LETTERS[i] ?? '?'), el(doc, 'span', { class: 'pv-opt' }, o)));
    });
    body.append(opts);
  }
  if (q.input === 'order') {
    const slots = el(doc, 'div', { class: 'pv-slots', role: 'group', 'aria-label': 'Your order, earliest first' }, el(doc, 'span', { class: 'pv-slots-label' }, 'Earliest first:'));
    q.options.forEach((_, i) => {
      slots.append(el(doc, 'span', { class: 'pv-slot' }, el(doc, 'span', { class: 'pv-slot-n' }, `${i + 1}`), el(doc, 'span', { class: 'pv-box' })));
    });
    body.append(slots, el(doc, 'p', { class: 'pv-how' }, 'Write a letter in each box. 1 point for each film in its place.'));
  } else if (q.input === 'year') {
    const box = el(doc, 'span', { class: 'pv-year-box' });
    for (let i = 0; i < 4; i++) box.append(el(doc, 'span', { class: 'pv-digit' }));
    body.append(el(doc, 'div', { class: 'pv-year' }, el(doc, 'span', { class: 'pv-slots-label' }, 'Year:'), box), el(doc, 'p', { class: 'pv-how' }, `Closest wins: ${yearRule()}.`));
  }
  return el(doc, 'li', { class: 'pv-q', 'data-input': q.input, 'data-n': String(n) }, el(doc, 'span', { class: 'pv-num', 'aria-hidden': 'true' }, String(n)), body);
}

/** The answer as printed in the key: the letter and text, the letters in order, or the year. */
export function keyAnswer(q: Question): string {
  if (q.input === 'order') {
    const letters = q.order.map((o) => LETTERS[q.options.indexOf(o)] ?? '?').join(', ');
    return `${letters}: ${q.order.join(' → ')}`;
  }
  if (q.input === 'year') return String(q.year);
  return `${LETTERS[q.answerIndex] ?? '?'}: ${q.answer}`;
}

function keyItem(doc: Document, q: Question, n: number): HTMLElement {
  return el(
    doc,
    'li',
    { class: 'pv-k', 'data-input': q.input, 'data-n': String(n) },
    el(doc, 'span', { class: 'pv-num', 'aria-hidden': 'true' }, String(n)),
    el(
      doc,
      'div',
      { class: 'pv-q-body' },
      el(doc, 'p', { class: 'pv-answer' }, keyAnswer(q)),
      el(doc, 'p', { class: 'pv-prompt-small' }, q.prompt),
      el(doc, 'p', { class: 'pv-expl' }, q.explanation),
      el(doc, 'p', { class: 'pv-src' }, `Source: ${sourcesOf(q)}`),
    ),
  );
}

function meta(doc: Document, o: PrintOptions, date: string): HTMLElement {
  const rounds = o.quiz.rounds;
  const total = rounds.reduce((n, r) => n + r.questions.length, 0);
  const shape = rounds.length === 1 ? plural(total, 'question') : `${plural(rounds.length, 'round')}, ${plural(total, 'question')}`;
  return el(doc, 'p', { class: 'pv-meta' }, el(doc, 'span', {}, `Deck: ${o.deckTitle}`), el(doc, 'span', {}, shape), el(doc, 'span', {}, date), el(doc, 'span', { class: 'pv-seed' }, o.seedLabel));
}

function header(doc: Document, o: PrintOptions, date: string, kicker: string, editable: boolean): HTMLElement {
  const title = el(doc, 'h1', { class: 'pv-title' }, o.title);
  if (editable) {
    title.setAttribute('contenteditable', 'plaintext-only');
    title.setAttribute('spellcheck', 'false');
    title.setAttribute('title', 'Click to change the title');
    title.dataset.title = 'main';
  } else title.dataset.title = 'copy';
  return el(doc, 'header', { class: 'pv-head' }, el(doc, 'p', { class: 'pv-kicker' }, kicker), title, meta(doc, o, date));
}

function questionSheet(doc: Document, o: PrintOptions, date: string): HTMLElement {
  const sheet = el(
    doc,
    'section',
    { class: 'pv-sheet pv-questions', 'aria-label': 'Question sheet' },
    header(doc, o, date, 'Question sheet', true),
    el(doc, 'div', { class: 'pv-team' }, el(doc, 'span', {}, 'Team'), el(doc, 'span', { class: 'pv-line' })),
    el(
      doc,
      'p',
      { class: 'pv-rules' },
      `Each question is worth ${PAPER_POINTS} points. Circle the letter of your answer. To put films in order, write their letters in the boxes, earliest first. For a year, write it in the box: the closer, the more points.`,
    ),
  );
  let n = 0;
  for (const r of o.quiz.rounds) {
    const list = el(doc, 'ol', { class: 'pv-list', start: String(n + 1) });
    for (const q of r.questions) list.append(questionItem(doc, q, ++n));
    sheet.append(el(doc, 'section', { class: 'pv-round' }, el(doc, 'h2', { class: 'pv-round-title' }, r.title, el(doc, 'span', { class: 'pv-round-pts' }, `${r.questions.length * PAPER_POINTS} points`)), list));
  }
  return sheet;
}

function answerKey(doc: Document, o: PrintOptions, date: string): HTMLElement {
  const sheet = el(
    doc,
    'section',
    { class: 'pv-sheet pv-key', 'aria-label': 'Answer key' },
    header(doc, o, date, 'Answer key · for the quiz host', false),
    el(
      doc,
      'p',
      { class: 'pv-rules' },
      `Marking: ${PAPER_POINTS} points for each right letter; an order earns 1 point for each film in its place; a year earns ${yearRule()}; anything else earns nothing.`,
    ),
  );
  let n = 0;
  for (const r of o.quiz.rounds) {
    const list = el(doc, 'ol', { class: 'pv-list', start: String(n + 1) });
    for (const q of r.questions) list.append(keyItem(doc, q, ++n));
    sheet.append(el(doc, 'section', { class: 'pv-round' }, el(doc, 'h2', { class: 'pv-round-title' }, r.title), el(doc, 'div', { class: 'pv-key-cols' }, list)));
  }
  return sheet;
}

function scoreGrid(doc: Document, o: PrintOptions, date: string): HTMLElement {
  const rounds = o.quiz.rounds;
  const teams = Math.max(1, Math.min(8, o.teams ?? 8));
  const head = el(doc, 'tr', {}, el(doc, 'th', { scope: 'col', class: 'pv-team-col' }, 'Team'));
  for (const r of rounds) head.append(el(doc, 'th', { scope: 'col' }, r.title, el(doc, 'span', { class: 'pv-out-of' }, `of ${r.questions.length * PAPER_POINTS}`)));
  const max = rounds.reduce((n, r) => n + r.questions.length * PAPER_POINTS, 0);
  head.append(el(doc, 'th', { scope: 'col', class: 'pv-total' }, 'Total', el(doc, 'span', { class: 'pv-out-of' }, `of ${max}`)));
  const body = el(doc, 'tbody', {});
  for (let t = 0; t < teams; t++) {
    const row = el(doc, 'tr', {}, el(doc, 'th', { scope: 'row', class: 'pv-team-col' }, el(doc, 'span', { class: 'pv-row-n' }, `${t + 1}`)));
    for (let i = 0; i < rounds.length; i++) row.append(el(doc, 'td', {}));
    row.append(el(doc, 'td', { class: 'pv-total' }));
    body.append(row);
  }
  const table = el(doc, 'table', { class: 'pv-grid', 'aria-label': 'Team scores' }, el(doc, 'thead', {}, head), body);
  return el(
    doc,
    'section',
    { class: 'pv-sheet pv-scores', 'aria-label': 'Score grid' },
    header(doc, o, date, 'Score grid · for the quiz host', false),
    el(doc, 'p', { class: 'pv-rules' }, `Write each team's name in its row, and its points after each round. The highest total wins.`),
    el(doc, 'h2', { class: 'pv-round-title' }, 'Team scores'),
    table,
    el(doc, 'div', { class: 'pv-winner' }, el(doc, 'span', {}, 'Winners'), el(doc, 'span', { class: 'pv-line' })),
  );
}

function formatDate(d: Date): string {
  try {
    return d.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  } catch {
    return d.toDateString();
  }
}

/** The pages alone (question sheet, answer key, score grid), for the view and for tests. */
export function renderPages(doc: Document, o: PrintOptions): HTMLElement {
  const date = formatDate(o.date ?? new Date());
  return el(doc, 'div', { class: 'pv-pages' }, questionSheet(doc, o, date), answerKey(doc, o, date), scoreGrid(doc, o, date));
}

function toolbar(doc: Document, onPrint: () => void, onBack: () => void, onPart: (p: PrintPart) => void): HTMLElement {
  const back = el(doc, 'button', { type: 'button', id: 'print-back' }, '◂ Back to the game');
  back.addEventListener('click', onBack);
  const part = el(
    doc,
    'select',
    { id: 'print-part' },
    el(doc, 'option', { value: 'all' }, 'Everything'),
    el(doc, 'option', { value: 'questions' }, 'The question sheet (one per team)'),
    el(doc, 'option', { value: 'host' }, 'The answer key and score grid'),
  );
  part.addEventListener('change', () => onPart(part.value as PrintPart));
  const go = el(doc, 'button', { type: 'button', id: 'print-go', class: 'pv-primary' }, 'Print');
  go.addEventListener('click', onPrint);
  return el(
    doc,
    'div',
    { class: 'pv-toolbar', role: 'toolbar', 'aria-label': 'Printed quiz' },
    back,
    el(doc, 'label', { class: 'pv-part', for: 'print-part' }, 'What to print'),
    part,
    go,
    el(doc, 'p', { class: 'pv-tip' }, 'Fits A4 and Letter. Click the title to retype it. Tip: print the question sheet once per team, then the answer key and score grid for yourself.'),
  );
}

let open: PrintView | null = null;

/**
 * Opens the print view for `o.quiz` over the page: the game's canvas and its DOM mirror
 * hidden (and inert) until the player goes back. One view at a time: a second call
 * replaces the first.
 */
export function printQuiz(doc: Document, o: PrintOptions): PrintView {
  open?.close();
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = css;
    doc.head.append(style);
  }
  const pageStyle = doc.getElementById(PAGE_STYLE_ID) ?? doc.head.appendChild(doc.createElement('style'));
  pageStyle.id = PAGE_STYLE_ID;
  pageStyle.textContent = pageRule(o);
  const win = doc.defaultView;
  const root = el(doc, 'div', { id: VIEW_ID, 'data-part': 'all', 'data-seed': o.quiz.seed });
  // Everything else on the page steps aside: hidden from sight and from screen readers.
  const aside = Array.from(doc.body.children).filter((c): c is HTMLElement => c instanceof HTMLElement && c.tagName !== 'SCRIPT' && c.tagName !== 'NOSCRIPT');
  const before = aside.map((e) => ({ e, inert: e.hasAttribute('inert'), hidden: e.getAttribute('aria-hidden'), visibility: e.style.visibility }));
  let resolve: () => void = () => undefined;
  const closed = new Promise<void>((r) => {
    resolve = r;
  });
  // Keys typed here must not reach the game behind (Phaser listens on the window): stopped
  // on their way down, before anyone else sees them. Default actions (Tab, typing, a button's
  // Enter) still happen. Esc goes back to the game.
  const onKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.type === 'keydown' && e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      view.close();
    }
  };
  const view: PrintView = {
    root,
    closed,
    close() {
      if (open !== view) return;
      open = null;
      win?.removeEventListener('keydown', onKey, true);
      win?.removeEventListener('keyup', onKey, true);
      root.remove();
      pageStyle.remove();
      for (const b of before) {
        b.e.toggleAttribute('inert', b.inert);
        if (b.hidden === null) b.e.removeAttribute('aria-hidden');
        else b.e.setAttribute('aria-hidden', b.hidden);
        b.e.style.visibility = b.visibility;
      }
      doc.documentElement.classList.remove('pv-printing');
      o.onClose?.();
      resolve();
    },
  };
  const pages = renderPages(doc, o);
  // The title, once retyped on the question sheet, heads the other pages too.
  const main = pages.querySelector<HTMLElement>('[data-title="main"]');
  main?.addEventListener('input', () => {
    const text = main.textContent ?? '';
    for (const copy of pages.querySelectorAll<HTMLElement>('[data-title="copy"]')) copy.textContent = text;
    pageStyle.textContent = pageRule({ ...o, title: text });
  });
  const print = () => {
    if (win && typeof win.print === 'function') win.print();
  };
  root.append(
    toolbar(doc, print, () => view.close(), (p) => {
      root.dataset.part = p;
    }),
    pages,
  );
  for (const e of aside) {
    e.setAttribute('inert', '');
    e.setAttribute('aria-hidden', 'true');
    e.style.visibility = 'hidden';
  }
  doc.documentElement.classList.add('pv-printing');
  doc.body.append(root);
  win?.addEventListener('keydown', onKey, true);
  win?.addEventListener('keyup', onKey, true);
  open = view;
  root.querySelector<HTMLElement>('#print-go')?.focus();
  return view;
}
