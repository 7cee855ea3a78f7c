/**
 * The printed quiz in jsdom: what the sheets hold for each way of answering, the page it
 * covers and gives back, and Setup's "Print this quiz" in a headless game. The layout on
 * paper is tested in Chromium (tests/e2e/print.test.ts).
 */
import { codeOfSeed, decodeChallenge, isChallenge } from '../../src/quiz/challenge';
import Phaser from 'phaser';
import { afterEach, describe, expect, it } from 'vitest';
import { startGame } from '../../src/game/config';
import type { Button } from '../../src/game/ui/button';
import { printQuiz, renderPages } from '../../src/print';
import { keyAnswer, VIEW_ID, yearRule } from '../../src/print/print-view';
import { generateQuiz, type Quiz } from '../../src/quiz/generator';
import { INPUT_MODES } from '../../src/quiz/question';
import { seanBaker, testServices, until } from './fixtures';

const quiz: Quiz = generateQuiz(seanBaker, { seed: 'print', rounds: 3, perRound: 10, inputs: INPUT_MODES });
const questions = quiz.rounds.flatMap((r) => [...r.questions]);
const options = { quiz, title: 'Film club night', deckTitle: 'Sean Baker', seedLabel: 'Seed print', date: new Date(2025, 5, 12) };

let game: Phaser.Game | null = null;
afterEach(() => {
  document.getElementById(VIEW_ID)?.remove();
  game?.destroy(true);
  game = null;
  document.body.replaceChildren();
});

describe('the printed quiz', () => {
  it('holds a numbered question sheet, an answer key and a score grid', () => {
    expect(new Set(questions.map((q) => q.input))).toEqual(new Set(['choice', 'order', 'year']));
    const pages = renderPages(document, options);
    const items = Array.from(pages.querySelectorAll('.pv-questions .pv-q'));
    expect(items).toHaveLength(30);
    expect(items.map((q) => q.querySelector('.pv-num')?.textContent)).toEqual(questions.map((_, i) => String(i + 1)));
    expect(pages.querySelector('.pv-questions .pv-head')?.textContent).toContain('Deck: Sean Baker');
    expect(pages.querySelector('.pv-questions .pv-team .pv-line')).not.toBeNull();
    for (const [i, q] of questions.entries()) {
      const item = items[i] as Element;
      expect(item.querySelector('.pv-prompt')?.textContent).toBe(q.prompt);
      expect(Array.from(item.querySelectorAll('.pv-letter'), (l) => l.textContent)).toEqual(q.options.map((_, j) => 'ABCD'[j]));
      expect(item.querySelectorAll('.pv-slot .pv-box')).toHaveLength(q.input === 'order' ? 4 : 0);
      expect(item.querySelectorAll('.pv-year-box .pv-digit')).toHaveLength(q.input === 'year' ? 4 : 0);
    }
    const key = Array.from(pages.querySelectorAll('.pv-key .pv-k'));
    expect(key.map((k) => k.querySelector('.pv-answer')?.textContent)).toEqual(questions.map(keyAnswer));
    expect(key.map((k) => k.querySelector('.pv-expl')?.textContent)).toEqual(questions.map((q) => q.explanation));
    expect(pages.querySelectorAll('.pv-grid tbody tr')).toHaveLength(8);
    expect(Array.from(pages.querySelectorAll('.pv-grid thead th'), (t) => t.textContent)).toEqual(['Team', 'Round 1of 40', 'Round 2of 40', 'Round 3of 40', 'Totalof 120']);
  });

  it('words the key as the sheet letters it, and the year rule as the game scores it', () => {
    const order = questions.find((q) => q.input === 'order');
    if (order?.input !== 'order') throw new Error('no order question');
    const letters = order.order.map((o) => 'ABCD'[order.options.indexOf(o)]).join(', ');
    expect(keyAnswer(order)).toBe(`${letters}: ${order.order.join(' → ')}`);
    expect(yearRule()).toBe('4 for the exact year, 3 for one year off, 2 for two years off, 1 for three years off');
  });

  it('covers the game until Back or Esc, keeps keys from it, and gives the page back as it was', async () => {
    const gameBox = document.createElement('div');
    gameBox.id = 'game';
    const notice = document.createElement('div');
    notice.setAttribute('aria-hidden', 'false');
    document.body.append(gameBox, notice);
    const reached: string[] = [];
    const listen = (e: KeyboardEvent) => reached.push(e.key);
    window.addEventListener('keydown', listen);
    let closedBy = 0;
    const view = printQuiz(document, { ...options, onClose: () => closedBy++ });
    expect(document.getElementById(VIEW_ID)).toBe(view.root);
    expect(gameBox.hasAttribute('inert')).toBe(true);
    expect(gameBox.style.visibility).toBe('hidden');
    expect(gameBox.getAttribute('aria-hidden')).toBe('true');
    expect(document.activeElement?.id).toBe('print-go');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(reached).toEqual([]);
    // The title, retyped, heads every page.
    const title = view.root.querySelector('[data-title="main"]') as HTMLElement;
    title.textContent = 'The Tuesday Film Club';
    title.dispatchEvent(new Event('input'));
    expect(Array.from(view.root.querySelectorAll('.pv-title'), (t) => t.textContent)).toEqual(['The Tuesday Film Club', 'The Tuesday Film Club', 'The Tuesday Film Club']);
    (view.root.querySelector('#print-part') as HTMLSelectElement).value = 'questions';
    view.root.querySelector('#print-part')?.dispatchEvent(new Event('change'));
    expect(view.root.dataset.part).toBe('questions');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await view.closed;
    expect(closedBy).toBe(1);
    expect(document.getElementById(VIEW_ID)).toBeNull();
    expect(gameBox.hasAttribute('inert')).toBe(false);
    expect(gameBox.style.visibility).toBe('');
    expect(gameBox.hasAttribute('aria-hidden')).toBe(false);
    expect(notice.getAttribute('aria-hidden')).toBe('false');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(reached).toEqual(['Enter']);
    window.removeEventListener('keydown', listen);
  });

  it('opens from Setup with the setup and a new seed, and the Setup screen goes on after Back', async () => {
    const parent = document.createElement('div');
    parent.id = 'game';
    document.body.append(parent);
    let seeds = 0;
    const g = startGame(parent, testServices({ newSeed: () => `seed-${++seeds}` }), { width: 1024, height: 768, dpr: 1, type: Phaser.HEADLESS });
    game = g;
    await until(() => g.scene.isActive('Menu'), 'the menu');
    (g.scene.getScene('Menu').children.getByName('play') as Button).press();
    await until(() => g.scene.isActive('Setup'), 'the setup screen');
    const setup = g.scene.getScene('Setup');
    (setup.children.getByName('per-round') as Button).press(); // 10 → 15
    (setup.children.getByName('print') as Button).press();
    await until(() => document.getElementById(VIEW_ID) !== null, 'the print view', 10_000);
    const root = document.getElementById(VIEW_ID) as HTMLElement;
    // A new challenge code for this setup: its seed drawn from the game's new seed, its code on the sheet.
    expect(seeds).toBe(1);
    const code = codeOfSeed(root.dataset.seed ?? '');
    expect(code).toMatch(/^BAKER-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const read = decodeChallenge(code ?? '');
    expect(isChallenge(read) && read.settings.perRound).toBe(15);
    expect(root.querySelectorAll('.pv-questions .pv-q')).toHaveLength(15);
    expect(root.querySelector('.pv-meta')?.textContent).toContain(`Code ${code}`);
    // Phaser pauses a scene at its next step: the Setup screen stops while the sheet is up.
    await until(() => g.scene.isPaused('Setup'), 'the setup screen paused under the sheet');
    expect(g.scene.isPaused('Setup')).toBe(true);
    (root.querySelector('#print-back') as HTMLButtonElement).click();
    await until(() => g.scene.isActive('Setup'), 'the setup screen again');
    expect(document.getElementById(VIEW_ID)).toBeNull();
  });
});
