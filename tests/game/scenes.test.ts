import Phaser from 'phaser';
import { afterEach, describe, expect, it } from 'vitest';
import { startGame } from '../../src/game/config';
import type { RoundScene } from '../../src/game/scenes/RoundScene';
import type { Button } from '../../src/game/ui/button';
import { loadDeckText } from '../../src/quiz/deck/load';
import type { ProgressService } from '../../src/storage/progress';
import { currentQuestion } from '../../src/quiz/session';
import { answerByButtons, testServices as services, until } from './fixtures';

let game: Phaser.Game | null = null;
afterEach(() => {
  game?.destroy(true);
  game = null;
});

const active = (g: Phaser.Game, key: string) => g.scene.isActive(key);

describe('the scenes in a headless game', () => {
  it('boot to the menu, play ten questions and reach the results', async () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    const g = startGame(parent, services(), { width: 390, height: 844, dpr: 1, type: Phaser.HEADLESS });
    game = g;
    await until(() => active(g, 'Menu'), 'the menu');
    const menu = g.scene.getScene('Menu');
    const play = menu.children.getByName('play') as Button | null;
    expect(play?.label).toBe('Play');
    play?.press();
    await until(() => active(g, 'Setup'), 'the setup screen');
    (g.scene.getScene('Setup').children.getByName('start') as Button).press();
    await until(() => active(g, 'Round') && (g.scene.getScene('Round') as RoundScene).state !== null, 'the first question');
    const round = g.scene.getScene('Round') as RoundScene;
    let expected = 0;
    for (let i = 0; i < 10; i++) {
      const s = round.state;
      if (!s) throw new Error('no session');
      // Alternate right and wrong answers, pressing the named buttons as a player would.
      const right = i % 2 === 0;
      if (right) expected += 100;
      answerByButtons(round, currentQuestion(s), right);
      await until(() => round.state?.phase === 'revealed', `the reveal of question ${i + 1}`);
      expect(round.state?.score).toBe(expected);
      (round.children.getByName('next') as Button).press();
    }
    await until(() => active(g, 'Results'), 'the results');
    const results = g.scene.getScene('Results');
    expect((results.children.getByName('final-score') as Phaser.GameObjects.Text).text).toBe(String(expected));
    expect(results.children.getByName('play-again')).not.toBeNull();
  });

  it('shows the problems of a deck that cannot be loaded, instead of a blank screen', async () => {
    const bad = loadDeckText('questions/broken.json', '{\n  "format": 1,\n  "id": "Bad Id"\n}');
    if (bad.ok) throw new Error('the broken deck loaded');
    const { DeckError } = await import('../../src/content/catalog');
    const parent = document.createElement('div');
    document.body.append(parent);
    const g = startGame(parent, { ...services(), loadDeck: async () => Promise.reject(new DeckError(bad.problems)) }, { width: 1280, height: 720, dpr: 1, type: Phaser.HEADLESS });
    game = g;
    await until(() => active(g, 'Menu'), 'the menu');
    (g.scene.getScene('Menu').children.getByName('play') as Button).press();
    await until(() => active(g, 'Setup'), 'the setup screen');
    (g.scene.getScene('Setup').children.getByName('start') as Button).press();
    await until(() => active(g, 'Error'), 'the error screen');
    const details = g.scene.getScene('Error').children.getByName('error-details') as Phaser.GameObjects.Text;
    expect(details.text).toContain('questions/broken.json:3:');
    expect(details.text).toContain('id:');
  });
});

describe('reporting a question', () => {
  it('records the question, the deck and the reason the player chose, once', async () => {
    const reports: unknown[] = [];
    const progress = { resumable: () => null, hostedRoom: () => null, report: (r: unknown) => reports.push(r) } as unknown as ProgressService;
    const parent = document.createElement('div');
    document.body.append(parent);
    const g = startGame(parent, services({ progress }), { width: 390, height: 844, dpr: 1, type: Phaser.HEADLESS });
    game = g;
    await until(() => active(g, 'Menu'), 'the menu');
    (g.scene.getScene('Menu').children.getByName('play') as Button).press();
    await until(() => active(g, 'Setup'), 'the setup screen');
    (g.scene.getScene('Setup').children.getByName('start') as Button).press();
    const round = g.scene.getScene('Round') as RoundScene;
    await until(() => round.state?.phase === 'asking', 'the first question');
    // Whatever kind the question is, let the clock run out on it.
    const s = round.state;
    if (!s) throw new Error('no session');
    const q = currentQuestion(s);
    // The test clock moves 250 ms at each reading, so the 20 s timer runs out in a few frames.
    await until(() => round.state?.phase === 'revealed', 'the reveal after the timeout', 15_000);
    expect(round.state?.answers[0]).toMatchObject({ choice: null, points: 0 });
    (round.children.getByName('report') as Button).press();
    (round.children.getByName('report-more-than-one-answer') as Button).press();
    expect(reports).toEqual([{ questionId: q.id, deckId: 'sean-baker', prompt: q.prompt, reason: 'more-than-one-answer', player: 'Player 1' }]);
    expect(round.children.getByName('report')).toMatchObject({ label: 'Reported ✓' });
    expect(round.children.getByName('next')).not.toBeNull();
  });
});
