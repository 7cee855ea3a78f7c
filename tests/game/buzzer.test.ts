/** Buzzer play in a headless game: buzzers as buttons, lock-out, a steal, and the sounds of each moment. */
import Phaser from 'phaser';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sfx } from '../../src/game/audio';
import { startGame } from '../../src/game/config';
import { loadPlayScenes } from '../../src/game/play-scenes';
import type { RoundScene } from '../../src/game/scenes/RoundScene';
import { DEFAULT_SETUP } from '../../src/game/settings';
import { withStyle } from '../../src/game/teams';
import type { Button } from '../../src/game/ui/button';
import { currentQuestion, type SessionState } from '../../src/quiz/session';
import { answerByButtons, testServices, until } from './fixtures';

let game: Phaser.Game | null = null;
afterEach(() => {
  game?.destroy(true);
  game = null;
});

describe('teams with buzzers', () => {
  it('take a question by buzzing, lose it with a wrong answer, and steal it; each moment has its sound', async () => {
    const cues: string[] = [];
    const sfx = { play: (cue: string) => cues.push(cue), warm: () => undefined, volume: 1, muted: false } as unknown as Sfx;
    const parent = document.createElement('div');
    document.body.append(parent);
    const g = startGame(parent, testServices({ sfx }, 10), { width: 1280, height: 720, dpr: 1, type: Phaser.HEADLESS });
    game = g;
    await until(() => g.scene.isActive('Menu'), 'the menu');
    await loadPlayScenes(g);
    const setup = withStyle({ ...DEFAULT_SETUP, deckId: 'sean-baker', timerSeconds: null, perRound: 5 }, 'buzzer', 3);
    g.scene.start('Round', { deckId: 'sean-baker', seed: 'buzz', setup });
    await until(() => (g.scene.getScene('Round') as RoundScene).state !== null, 'the first question');
    const round = g.scene.getScene('Round') as RoundScene;
    const state = () => round.state as SessionState;
    const buzz = (team: number) => (round.children.getByName(`buzz-${team}`) as Button | null)?.press();
    expect(state()).toMatchObject({ mode: 'buzzer', players: ['Gold team', 'Blue team', 'Red team'] });
    cues.length = 0;
    buzz(1);
    expect(state().buzz).toEqual({ holder: 0, out: [] });
    // While Gold holds the question there are no buzzers to press.
    expect(round.children.getByName('buzz-2')).toBeNull();
    answerByButtons(round, currentQuestion(state()), false);
    expect(state()).toMatchObject({ phase: 'asking', buzz: { holder: null, out: [0] } });
    // Gold's buzzer is out; Blue steals.
    expect((round.children.getByName('buzz-1') as Button).enabled).toBe(false);
    buzz(1);
    expect(state().buzz.holder).toBe(null);
    buzz(2);
    answerByButtons(round, currentQuestion(state()), true);
    await until(() => state().phase === 'revealed', 'the reveal');
    expect(state().scores).toEqual([0, 100, 0]);
    (round.children.getByName('next') as Button).press();
    await until(() => state().phase === 'asking' && state().index === 1, 'question 2');
    // The next question opens every buzzer again, silently: no "wrong" for the question before.
    expect(state().buzz).toEqual({ holder: null, out: [] });
    // (Taps on an order's films or a year's keys click: those are left out here.)
    expect(cues.filter((c) => c !== 'select')).toEqual(['buzz', 'wrong', 'buzz', 'correct']);
  });
});
