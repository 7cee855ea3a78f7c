/**
 * The printed quiz, as a host uses it: Menu → Play → Setup → "Print this quiz", through
 * the canvas. The sheet must hold the setup's questions (the very quiz the seed draws),
 * the key each answer; then it is printed to PDF on A4 and on Letter, its pages counted,
 * read back as text (no question split between pages, the key and the grid each on new
 * pages, no toolbar) and turned into images in tests/screenshots/print-*.png.
 */
import { codeOfSeed } from '../../src/quiz/challenge';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckText } from '../../src/quiz/deck/load';
import { generateQuiz, type Quiz } from '../../src/quiz/generator';
import { INPUT_MODES, type Question } from '../../src/quiz/question';
import { type Browser, centreOf, hasChromium, launch, press, type Server, SHOTS, serve, shot, until, view } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LETTERS = 'ABCD';
const MM = 96 / 25.4;
/** The printable area at 14 mm margins, in CSS pixels. */
const PAPER = {
  A4: { width: (210 - 28) * MM, height: (297 - 28) * MM },
  Letter: { width: (215.9 - 28) * MM, height: (279.4 - 28) * MM },
} as const;

const hasPoppler = ['/usr/bin/pdftoppm', '/usr/bin/pdftotext'].every(existsSync);

type Win = { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(n: string): { label?: string } | null } } } } };

function labelOf(page: Page, scene: string, name: string): Promise<string | undefined> {
  return page.evaluate(([k, n]) => (window as unknown as Win).__MARQUEE__.scene.getScene(k as string).children.getByName(n as string)?.label, [scene, name]);
}

/** Pages in a PDF, by its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text as a PDF gives it back: no spaces, and no hyphens (a line may break at one, and lose it). */
const squeeze = (s: string) => s.replace(/[\s\-\u2010]+/g, '');

/** A page's text as laid out (options side by side come after their prompt), squeezed; `half` reads one half of the page only. */
function pageText(file: string, page: number, half?: { readonly left: boolean; readonly width: number; readonly height: number }): string {
  const crop = half ? ['-x', String(half.left ? 0 : Math.floor(half.width / 2)), '-y', '0', '-W', String(Math.ceil(half.width / 2)), '-H', String(Math.ceil(half.height))] : [];
  return squeeze(execFileSync('pdftotext', ['-layout', ...crop, '-f', String(page + 1), '-l', String(page + 1), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

function pageTexts(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => pageText(file, i));
}

/** The key's pages, a column at a time (it is set in two), each column's lines in order. */
function columnTexts(file: string, from: number, to: number): string {
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const width = Number(size?.[1]);
  const height = Number(size?.[2]);
  let text = '';
  for (let p = from; p < to; p++) text += pageText(file, p, { left: true, width, height }) + pageText(file, p, { left: false, width, height });
  return text;
}

/** The page (0-based) each question sits on whole: its prompt, then every option, on one page. Throws on a split. */
function pagesOfQuestions(texts: readonly string[], questions: readonly Question[]): number[] {
  const found: number[] = [];
  let page = 0;
  let from = 0;
  for (const [i, q] of questions.entries()) {
    const prompt = squeeze(q.prompt);
    let at = -1;
    for (; page < texts.length; page++, from = 0) {
      at = (texts[page] as string).indexOf(prompt, from);
      if (at >= 0) break;
    }
    if (at < 0) throw new Error(`question ${i + 1} ("${prompt}") is on no page whole`);
    const text = texts[page] as string;
    const after = text.slice(at + prompt.length);
    // Word by word: an option that wraps in its column has its lines interleaved with its neighbour's.
    const ends = (q.input === 'year' ? ['Year:', 'Closest wins'] : q.input === 'order' ? [...q.options, 'Earliest first:', 'Write a letter'] : q.options).flatMap((o) => o.split(/[\s\-\u2010]+/).map(squeeze)).filter((w) => w !== '');
    for (const e of ends) if (!after.includes(e)) throw new Error(`question ${i + 1} is split: "${e}" is not on page ${page + 1} with its prompt`);
    found.push(page);
    from = at + prompt.length;
  }
  return found;
}

let server: Server;
let b: Browser;
let out: string;
beforeAll(async () => {
  server = await serve();
  b = await launch({ width: 1280, height: 800 });
  out = mkdtempSync(join(tmpdir(), 'marquee-print-'));
  mkdirSync(SHOTS, { recursive: true });
  for (const f of readdirSync(SHOTS)) if (/^print-.*\.png$/.test(f)) rmSync(join(SHOTS, f));
});
afterAll(async () => {
  await b?.close();
  await server?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('the printed quiz', () => {
  let quiz: Quiz;
  let questions: Question[];

  it('opens from Setup over the game, with every question of the setup and every answer in the key', async () => {
    const { page } = b;
    await page.goto(server.url);
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu');
    await press(page, 'Menu', 'play');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    // A pub quiz's shape: three rounds of ten.
    await press(page, 'Setup', 'rounds');
    await press(page, 'Setup', 'rounds');
    await until(page, () => labelOf(page, 'Setup', 'rounds'), (l) => l?.startsWith('Rounds: 3') ?? false, 'three rounds');
    const rounds = Number(/Rounds: (\d+)/.exec((await labelOf(page, 'Setup', 'rounds')) ?? '')?.[1]);
    const perRound = Number(/Questions per round: (\d+)/.exec((await labelOf(page, 'Setup', 'per-round')) ?? '')?.[1]);
    const deckLabel = (await labelOf(page, 'Setup', 'deck')) ?? '';
    expect(rounds * perRound).toBe(30);
    await shot(page, 'print-0-setup');

    const loaded = loadDeckText('questions/sean-baker.json', readFileSync('questions/sean-baker.json', 'utf8'));
    if (!loaded.ok) throw new Error('the Sean Baker deck does not load');
    expect(deckLabel).toContain(loaded.index.deck.title);
    // Each print is a new code, so a new draw: printed again (back to the game, Print) until a
    // draw has an order and a year question beside the choices, so that every form is checked.
    let seed = '';
    for (let attempt = 0; ; attempt++) {
      await press(page, 'Setup', 'print');
      await page.waitForSelector('#print-view .pv-q', { timeout: 15_000 });
      expect(await page.locator('#game').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
      await expect(page.locator('#print-view .pv-toolbar button').allTextContents()).resolves.toEqual(['◂ Back to the game', 'Print']);
      // The very quiz the seed draws, as a game would draw it (a new profile has asked nothing yet).
      seed = (await page.locator('#print-view').getAttribute('data-seed')) ?? '';
      expect(seed).not.toBe('');
      quiz = generateQuiz(loaded.index, { seed, rounds, perRound, difficulty: 'curve', inputs: INPUT_MODES, avoid: [] });
      questions = quiz.rounds.flatMap((r) => [...r.questions]);
      if ((questions.some((q) => q.input === 'order') && questions.some((q) => q.input === 'year')) || attempt >= 7) break;
      await page.getByRole('button', { name: '◂ Back to the game' }).click();
      await page.locator('#print-view').waitFor({ state: 'detached', timeout: 15_000 });
      await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen again');
    }
    expect(questions).toHaveLength(rounds * perRound);

    const sheet = page.locator('#print-view .pv-questions');
    await expect(sheet.locator('.pv-q').count()).resolves.toBe(rounds * perRound);
    await expect(sheet.locator('.pv-round').count()).resolves.toBe(rounds);
    expect((await sheet.locator('.pv-prompt').allTextContents()).map(norm)).toEqual(questions.map((q) => norm(q.prompt)));
    await expect(sheet.locator('.pv-team .pv-line').count()).resolves.toBe(1);
    const head = norm((await sheet.locator('.pv-head').textContent()) ?? '');
    expect(head).toContain(`Deck: ${loaded.index.deck.title}`);
    // The quiz comes from a challenge code, printed on the sheet, so it can be played on screen too.
    const code = codeOfSeed(seed);
    expect(code).not.toBeNull();
    expect(head).toContain(`Code ${code}`);
    expect(head).toContain(String(new Date().getFullYear()));

    // Each question answers as it is asked: letters for a choice, four numbered boxes for an order, a box for a year.
    const shapes = await sheet.locator('.pv-q').evaluateAll((items) =>
      items.map((q) => ({ input: q.getAttribute('data-input'), letters: Array.from(q.querySelectorAll('.pv-letter'), (l) => l.textContent), options: Array.from(q.querySelectorAll('.pv-opt'), (l) => l.textContent), slots: q.querySelectorAll('.pv-slot .pv-box').length, digits: q.querySelectorAll('.pv-year-box .pv-digit').length })),
    );
    for (const [i, q] of questions.entries()) {
      const s = shapes[i];
      expect(s?.input, `question ${i + 1}`).toBe(q.input);
      expect(s?.options, `question ${i + 1}`).toEqual(q.options);
      expect(s?.letters, `question ${i + 1}`).toEqual(q.options.map((_, j) => LETTERS[j]));
      expect(s?.slots, `question ${i + 1}`).toBe(q.input === 'order' ? q.options.length : 0);
      expect(s?.digits, `question ${i + 1}`).toBe(q.input === 'year' ? 4 : 0);
    }

    // The key: every answer, with its explanation and its source.
    const key = await page.locator('#print-view .pv-key .pv-k').evaluateAll((items) =>
      items.map((k) => ({ answer: k.querySelector('.pv-answer')?.textContent ?? '', expl: k.querySelector('.pv-expl')?.textContent ?? '', src: k.querySelector('.pv-src')?.textContent ?? '' })),
    );
    expect(key).toHaveLength(questions.length);
    for (const [i, q] of questions.entries()) {
      const k = key[i] as { answer: string; expl: string; src: string };
      if (q.input === 'choice') expect(k.answer, `answer ${i + 1}`).toBe(`${LETTERS[q.answerIndex]}: ${q.answer}`);
      else if (q.input === 'order') expect(k.answer, `answer ${i + 1}`).toBe(`${q.order.map((o) => LETTERS[q.options.indexOf(o)]).join(', ')}: ${q.order.join(' → ')}`);
      else expect(k.answer, `answer ${i + 1}`).toBe(String(q.year));
      expect(k.expl).toBe(q.explanation);
      for (const s of q.sources) expect(k.src).toContain(s.sourceTitle);
    }
    expect(questions.some((q) => q.input === 'order') && questions.some((q) => q.input === 'year'), 'the draw has an order and a year question').toBe(true);

    // The score grid: eight teams, a column per round and the total.
    await expect(page.locator('#print-view .pv-grid tbody tr').count()).resolves.toBe(8);
    await expect(page.locator('#print-view .pv-grid thead th').allTextContents()).resolves.toEqual(['Team', 'Round 1of 40', 'Round 2of 40', 'Round 3of 40', 'Totalof 120']);
    await shot(page, 'print-1-screen');
    // What a screen reader finds: the view alone, and nothing amiss in it.
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; help: string }[] }> } }).axe;
      return (await axe.run(document.getElementById('print-view') as Element)).violations.map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'print-2-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(b.errors).toEqual([]);
  });

  it('lays out for print on A4 and Letter: nothing cut off, no question taller than a page, no toolbar', async () => {
    const { page } = b;
    // A long title, as a host may type one: it wraps, on every page.
    const long = "The Tuesday Night Film Society's Grand Midsummer Quiz of Cinema, Extraordinarily Long-Winded Edition";
    await page.locator('#print-view [data-title="main"]').evaluate((e, text) => {
      e.textContent = text;
      e.dispatchEvent(new Event('input'));
    }, long);
    await expect(page.locator('#print-view .pv-title').allTextContents()).resolves.toEqual([long, long, long]);
    await page.emulateMedia({ media: 'print' });
    for (const [paper, size] of Object.entries(PAPER)) {
      await page.setViewportSize({ width: Math.floor(size.width), height: Math.floor(size.height) });
      const layout = await page.evaluate((pageHeight) => {
        const blocks = Array.from(document.querySelectorAll<HTMLElement>('#print-view .pv-q, #print-view .pv-k, #print-view .pv-grid'));
        const px = (e: Element, p: string) => Number.parseFloat(getComputedStyle(e).getPropertyValue(p));
        return {
          toolbar: getComputedStyle(document.querySelector('.pv-toolbar') as Element).display,
          game: getComputedStyle(document.getElementById('game') as Element).display,
          tallest: Math.max(...blocks.map((e) => e.getBoundingClientRect().height)),
          unbreakable: blocks.every((e) => getComputedStyle(e).breakInside === 'avoid' || e.tagName === 'TABLE'),
          rows: Array.from(document.querySelectorAll('.pv-grid tbody tr')).every((e) => getComputedStyle(e).breakInside === 'avoid'),
          newPages: Array.from(document.querySelectorAll('.pv-key, .pv-scores')).map((e) => getComputedStyle(e).breakBefore),
          gridFits: (document.querySelector('.pv-grid') as HTMLElement).getBoundingClientRect().height <= pageHeight,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          clipped: Array.from(document.querySelectorAll<HTMLElement>('#print-view *')).filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').length,
          smallest: Math.min(...Array.from(document.querySelectorAll('#print-view .pv-pages *')).filter((e) => e.childNodes.length > 0 && Array.from(e.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')).map((e) => px(e, 'font-size'))),
          colour: getComputedStyle(document.querySelector('.pv-prompt') as Element).color,
          paper: getComputedStyle(document.body).backgroundColor,
        };
      }, size.height);
      expect(layout.toolbar, paper).toBe('none');
      expect(layout.game, paper).toBe('none');
      expect(layout.tallest, `${paper}: the tallest question fits a page`).toBeLessThan(size.height);
      expect(layout.unbreakable && layout.rows, paper).toBe(true);
      expect(layout.newPages, paper).toEqual(['page', 'page']);
      expect(layout.gridFits, paper).toBe(true);
      expect(layout.overflow, `${paper}: nothing wider than the page`).toBeLessThanOrEqual(0);
      expect(layout.clipped, paper).toBe(0);
      // 10.5 pt is 14 CSS px.
      expect(layout.smallest, `${paper}: the smallest type`).toBeGreaterThanOrEqual(14);
      expect(layout.colour).toBe('rgb(0, 0, 0)');
      expect(layout.paper).toBe('rgb(255, 255, 255)');
    }
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints to ${format}: the pages counted, read back and drawn`, async () => {
      const { page } = b;
      const pdf = await page.pdf({ format });
      const file = join(out, `print-${format}.pdf`);
      writeFileSync(file, pdf);
      if (process.env.PRINT_KEEP) writeFileSync(join(process.env.PRINT_KEEP, `print-${format}.pdf`), pdf);
      const pages = pageCount(pdf);
      // Thirty questions: three to six pages of them, two to four of answers, one score grid.
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(5);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(12);
      if (!hasPoppler) return;
      expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])).toBe(pages);
      const texts = pageTexts(file, pages);
      const on = pagesOfQuestions(texts, questions);
      const keyPage = texts.findIndex((t) => t.includes('ANSWERKEY'));
      const gridPage = texts.findIndex((t) => t.includes('SCOREGRID'));
      expect(keyPage, 'the key starts on a page of its own').toBe(Math.max(...on) + 1);
      expect(gridPage, 'the grid is the last page').toBe(pages - 1);
      expect(texts[0]).toContain('Team');
      const key = columnTexts(file, keyPage, gridPage);
      for (const [i, q] of questions.entries()) {
        const answer = q.input === 'year' ? String(q.year) : q.input === 'order' ? q.order.join(' → ') : q.answer;
        expect(key, `answer ${i + 1} in the key`).toContain(squeeze(answer));
      }
      expect(texts.join('')).not.toContain(squeeze('Back to the game'));
      expect(texts.join('')).not.toContain(squeeze('Print this quiz'));
      expect(texts[pages - 1]).toContain(squeeze(`Page ${pages} of ${pages}`));
      const prefix = join(SHOTS, `print-${format.toLowerCase()}`);
      execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
      expect(readdirSync(SHOTS).filter((f) => f.startsWith(`print-${format.toLowerCase()}-`) && f.endsWith('.png'))).toHaveLength(pages);
      console.log(`${format}: ${pages} pages (questions on ${[...new Set(on)].map((p) => p + 1).join(', ')}, key from ${keyPage + 1}, grid on ${gridPage + 1})`);
    });
  }

  it('prints with the Print button, and goes back to the game', async () => {
    const { page } = b;
    await page.evaluate(() => {
      const w = window as unknown as { print(): void; __printed: number };
      w.__printed = 0;
      w.print = () => {
        w.__printed++;
      };
    });
    await page.click('#print-go');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    // The question sheet alone (a copy per team), then the host's pages alone: together, everything.
    const all = pageCount(await page.pdf({ format: 'A4' }));
    await page.selectOption('#print-part', 'questions');
    const sheet = pageCount(await page.pdf({ format: 'A4' }));
    await page.selectOption('#print-part', 'host');
    const host = pageCount(await page.pdf({ format: 'A4' }));
    expect(sheet).toBeGreaterThan(0);
    expect(host).toBeGreaterThan(1);
    expect(sheet + host).toBe(all);
    await page.selectOption('#print-part', 'all');
    await page.click('#print-back');
    await until(page, () => page.locator('#print-view').count(), (n) => n === 0, 'the print view to close');
    expect(await page.locator('#game').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen again');
    // On a phone, the Setup screen's one column has room for the extra line.
    await page.setViewportSize({ width: 390, height: 844 });
    await until(page, () => centreOf(page, 'Setup', 'print'), (c) => c.x < 390 && c.y < 844, 'the print line on a phone');
    await shot(page, 'print-3-setup-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(200);
    // The game goes on: Start plays.
    await press(page, 'Setup', 'start');
    await until(page, () => view(page), (v) => v.phase === 'asking', 'the first question');
    expect(b.errors).toEqual([]);
  });
});
