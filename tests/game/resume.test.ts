import Phaser from 'phaser';
import { afterEach, describe, expect, it } from 'vitest';
import { startGame } from '../../src/game/config';
import { loadPlayScenes } from '../../src/game/play-scenes';
import type { RoundScene } from '../../src/game/scenes/RoundScene';
import type { GameServices } from '../../src/game/services';
import { DEFAULT_SETTINGS } from '../../src/game/settings';
import type { Button } from '../../src/game/ui/button';
import { generateQuiz } from '../../src/quiz/generator';
import { type SessionState, startSession } from '../../src/quiz/session';
import { Progress } from '../../src/storage/progress';
import { EMPTY_SNAPSHOT } from '../../src/storage/records';
import { memoryRepository } from '../../src/storage/repository';
import { playthrough, RULES } from '../unit/storage-fixtures';
import { seanBaker, testServices, until } from './fixtures';

const index = seanBaker;

function services(progress: Progress): GameServices {
  return testServices({ newSeed: () => 'resume', settings: progress.preferences(DEFAULT_SETTINGS), progress, recentQuestions: () => progress.recentQuestions() }, 100);
}

let game: Phaser.Game | null = null;
afterEach(() => {
  game?.destroy(true);
  game = null;
});

function boot(progress: Progress): Phaser.Game {
  const parent = document.createElement('div');
  document.body.append(parent);
  game = startGame(parent, services(progress), { width: 390, height: 844, dpr: 1, type: Phaser.HEADLESS });
  game.events.on('marquee:session', (s: SessionState, meta?: { elapsedMs?: number }) => progress.observe(s, meta));
  return game;
}

const button = (g: Phaser.Game, scene: string, name: string) => g.scene.getScene(scene).children.getByName(name) as Button | null;

describe('resuming a saved game in a headless game', () => {
  const quiz = generateQuiz(index, { seed: 'saved', rounds: 2, perRound: 3, inputs: ['choice', 'order', 'year'] });
  const states = playthrough(startSession(quiz, RULES), (n) => n !== 1);

  it.each([
    ['a question, with its timer', 3, 'asking'],
    ['a reveal', 5, 'revealed'],
    ['the scoreboard between rounds', 9, 'roundOver'],
  ])('offers Resume on the menu and opens %s as it was', async (_label, at, phase) => {
    const saved = states[at] as SessionState;
    expect(saved.phase).toBe(phase);
    const progress = new Progress({ repo: memoryRepository(), snapshot: EMPTY_SNAPSHOT });
    for (const s of states.slice(0, at + 1)) progress.observe(s, { elapsedMs: 4000 });
    const g = boot(progress);
    await until(() => g.scene.isActive('Menu') && button(g, 'Menu', 'resume') !== null, 'Resume on the menu');
    expect(button(g, 'Menu', 'resume')?.label).toMatch(/^Resume: (question \d+ of 6|end of round 1)$/);
    button(g, 'Menu', 'resume')?.press();
    await until(() => g.scene.isActive('Round') && (g.scene.getScene('Round') as RoundScene).state !== null, 'the resumed round');
    const round = g.scene.getScene('Round') as RoundScene;
    expect(round.state).toEqual(saved);
    if (phase === 'asking') {
      expect(round.elapsedMs).toBeGreaterThanOrEqual(4000);
      expect(round.elapsedMs).toBeLessThan(5000);
    }
  });

  it('offers nothing to resume once the game has finished, and the game is in the stats', async () => {
    const progress = new Progress({ repo: memoryRepository(), snapshot: EMPTY_SNAPSHOT });
    for (const s of states) progress.observe(s, { elapsedMs: 0 });
    const g = boot(progress);
    await until(() => g.scene.isActive('Menu') && button(g, 'Menu', 'play') !== null, 'the menu');
    expect(button(g, 'Menu', 'resume')).toBeNull();
    expect(progress.standings()[0]?.stats.games).toBe(1);
  });

  it('saves a game played on screen, step by step', async () => {
    const progress = new Progress({ repo: memoryRepository(), snapshot: EMPTY_SNAPSHOT });
    const g = boot(progress);
    await until(() => g.scene.isActive('Menu'), 'the menu');
    // The round is one of the play screens, loaded as the menu opens.
    await loadPlayScenes(g);
    g.scene.start('Round', { deckId: 'sean-baker', seed: 'on-screen' });
    await until(() => (g.scene.getScene('Round') as RoundScene).state !== null, 'the first question');
    const round = g.scene.getScene('Round') as RoundScene;
    expect(progress.resumable()?.session).toBe(round.state);
    // Answered with the screen's own buttons, whatever the question's input.
    const q = (round.state as SessionState).rounds[0]?.[0];
    if (!q) throw new Error('no first question');
    if (q.input === 'choice') button(g, 'Round', `answer-${q.answerIndex}`)?.press();
    else if (q.input === 'order') {
      for (const item of q.order) button(g, 'Round', `answer-${q.options.indexOf(item)}`)?.press();
      button(g, 'Round', 'lock-in')?.press();
    } else {
      for (const digit of String(q.year)) button(g, 'Round', `key-${digit}`)?.press();
      button(g, 'Round', 'key-ok')?.press();
    }
    expect(progress.resumable()?.session.answers).toMatchObject([{ questionId: q.id, correct: true }]);
  });
});
