/**
 * The question view on its own, driven by plain data and callbacks as a host screen would
 * drive it: no session, no RoundScene.
 */
import Phaser from 'phaser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frame } from '../../src/game/layout';
import type { Button } from '../../src/game/ui/button';
import { QuestionView, type QuestionViewCallbacks, type QuestionViewData } from '../../src/game/ui/question-view';
import type { ChoiceQuestion, OrderQuestion, YearQuestion } from '../../src/quiz/question';
import { until } from './fixtures';

const base = { category: 'Films', explanation: 'Anora won in 2025.', sources: [{ fact: 'f1', source: 's1', sourceTitle: 'The Academy' }], difficulty: 0.3, level: 'easy' } as const;
const choice: ChoiceQuestion = {
  ...base,
  id: 'q-choice',
  kind: 'award-winner',
  input: 'choice',
  prompt: 'Which film won Best Picture?',
  options: ['Anora', 'The Brutalist', 'Conclave', 'Emilia Pérez'],
  answer: 'Anora',
  answerIndex: 0,
};
const order: OrderQuestion = {
  ...base,
  id: 'q-order',
  kind: 'release-order',
  input: 'order',
  prompt: 'Put these films in release order.',
  options: ['Anora', 'Tangerine', 'The Florida Project', 'Red Rocket'],
  order: ['Tangerine', 'The Florida Project', 'Red Rocket', 'Anora'],
  answer: 'Tangerine → The Florida Project → Red Rocket → Anora',
  answerIndex: -1,
};
const year: YearQuestion = { ...base, id: 'q-year', kind: 'closest-year', input: 'year', prompt: 'When did Tangerine come out?', options: [], answer: '2015', answerIndex: -1, year: 2015 };

class Stage extends Phaser.Scene {
  constructor() {
    super('Stage');
  }
}

let game: Phaser.Game | null = null;
let scene: Phaser.Scene;
beforeEach(async () => {
  const parent = document.createElement('div');
  document.body.append(parent);
  const g = new Phaser.Game({ type: Phaser.HEADLESS, parent, width: 1280, height: 720, scene: [Stage], banner: false });
  game = g;
  await until(() => g.scene.isActive('Stage'), 'the stage scene');
  scene = g.scene.getScene('Stage');
});
afterEach(() => {
  game?.destroy(true);
  game = null;
});

/** Draws the view afresh, as a screen's redraw does, and returns what a player would find. */
function show(view: QuestionView, data: Partial<QuestionViewData> & Pick<QuestionViewData, 'question'>) {
  for (const child of scene.children.list.slice()) child.destroy();
  const drawn = view.draw(frame(1280, 720, 1), { phase: 'asking', timeLeft: null, hud: 'Q 3/10', score: '1200', ...data });
  const button = (name: string) => scene.children.getByName(name) as Button | null;
  const text = (name: string) => (scene.children.getByName(name) as Phaser.GameObjects.Text | null)?.text;
  return { drawn, button, text };
}

function recorder() {
  const calls: unknown[][] = [];
  const callbacks: QuestionViewCallbacks = {
    onAnswer: (c) => calls.push(['answer', c]),
    onOrder: (o) => calls.push(['order', [...o]]),
    onYear: (y) => calls.push(['year', y]),
  };
  return { calls, callbacks };
}

describe('the question view', () => {
  it('shows how many picked each option on the reveal, and only there', () => {
    const view = new QuestionView(scene);
    const asking = show(view, { question: choice, counts: [12, 3, 0, 1] });
    expect(asking.button('answer-0')?.label).toBe('Anora');
    const { button, text, drawn } = show(view, { question: choice, phase: 'revealed', counts: [12, 3, 0, 1], interactive: false });
    expect([0, 1, 2, 3].map((i) => button(`answer-${i}`)?.label)).toEqual(['Anora · 12 picked', 'The Brutalist · 3 picked', 'Conclave · 0 picked', 'Emilia Pérez · 1 picked']);
    // Nobody answered on this screen, so the reveal names the answer without a verdict on anyone.
    expect(text('verdict')).toBe('The answer: Anora');
    expect(text('explanation')).toBe('Anora won in 2025.\nSource: The Academy');
    expect(text('progress')).toBe('Q 3/10');
    expect(text('score')).toBe('1200');
    expect(drawn.buttons.every((b) => !b.enabled)).toBe(true);
  });

  it('reports a pressed or keyed choice, and a read-only view takes none', () => {
    const { calls, callbacks } = recorder();
    const view = new QuestionView(scene, callbacks);
    let { button } = show(view, { question: choice });
    button('answer-2')?.press();
    expect(view.key('b')).toBe(true);
    expect(view.key('5')).toBe(false);
    expect(calls).toEqual([
      ['answer', 2],
      ['answer', 1],
    ]);
    ({ button } = show(view, { question: choice, interactive: false, timeLeft: 0.5 }));
    expect(button('answer-0')).not.toBeNull();
    expect(button('answer-0')?.enabled).toBe(false);
    button('answer-0')?.press();
    expect(view.key('1')).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('builds an order across a redraw and hands it over on Lock in', () => {
    const { calls, callbacks } = recorder();
    const view = new QuestionView(scene, callbacks);
    let { button } = show(view, { question: order });
    button('answer-1')?.press();
    button('answer-2')?.press();
    ({ button } = show(view, { question: order }));
    expect(button('lock-in')?.label).toBe('Tap the films, earliest first (2/4)');
    button('answer-3')?.press();
    view.key('1');
    expect(button('lock-in')?.label).toBe('Lock in this order');
    button('lock-in')?.press();
    expect(calls).toEqual([['order', order.order]]);
  });

  it('types a year on the keypad or the keyboard, and drops it for another question', () => {
    const { calls, callbacks } = recorder();
    const view = new QuestionView(scene, callbacks);
    let { button, text } = show(view, { question: year });
    button('key-2')?.press();
    view.key('0');
    button('key-1')?.press();
    button('key-ok')?.press();
    expect(calls).toEqual([]);
    view.key('6');
    view.key('backspace');
    view.key('5');
    expect(text('year-display')).toBe('2 0 1 5');
    view.key('enter');
    expect(calls).toEqual([['year', 2015]]);
    ({ text } = show(view, { question: { ...year, id: 'q-year-2' } }));
    expect(text('year-display')).toBe('_ _ _ _');
    ({ text, button } = show(view, { question: year, phase: 'revealed', answer: { choice: null, given: '2014', correct: false, points: 80 } }));
    expect(text('year-display')).toBe('2 0 1 4');
    expect(text('verdict')).toBe('≈ Close! +80: it was 2015');
    expect(button('key-1')).toBeNull();
  });
});
