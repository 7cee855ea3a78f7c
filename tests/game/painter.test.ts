/**
 * The game's own step (src/game/painter.ts) on a 2D canvas: a frame is drawn only where
 * something changed, and a step that draws nothing still leaves Phaser's scene manager as
 * its own render would, so a scene added afterwards (a chunk of screens coming in) exists.
 */
import Phaser from 'phaser';
import { afterEach, describe, expect, it } from 'vitest';
import { MarqueeGame } from '../../src/game/painter';
import { until } from './fixtures';

class Still extends Phaser.Scene {
  constructor() {
    super('Still');
  }

  create(): void {
    this.add.rectangle(20, 20, 40, 40, 0xffffff).setName('box');
  }
}

class Later extends Phaser.Scene {
  constructor() {
    super('Later');
  }
}

let game: MarqueeGame | null = null;
afterEach(() => {
  game?.destroy(true);
  game = null;
});

/** A canvas game with the Still scene up, its loop held so the test takes each step. */
async function stillGame(): Promise<{ g: MarqueeGame; step: () => void; draws: () => number }> {
  const parent = document.createElement('div');
  document.body.append(parent);
  const g = new MarqueeGame({ type: Phaser.CANVAS, parent, width: 200, height: 200, scene: [Still], banner: false, audio: { noAudio: true } });
  game = g;
  await until(() => g.scene.isActive('Still'), 'the still scene');
  g.loop.sleep();
  let drawn = 0;
  g.events.on(Phaser.Core.Events.POST_RENDER, () => drawn++);
  let t = 1000;
  return {
    g,
    step: () => {
      t += 16;
      g.step(t, 16);
    },
    draws: () => drawn,
  };
}

describe('the painter on a 2D canvas', () => {
  it('draws a frame when something changed and none when nothing did', async () => {
    const { g, step, draws } = await stillGame();
    step();
    step();
    const settled = draws();
    step();
    step();
    expect(draws()).toBe(settled);
    (g.scene.getScene('Still').children.getByName('box') as Phaser.GameObjects.Rectangle).setFillStyle(0xff0000);
    step();
    expect(draws()).toBe(settled + 1);
  });

  it('adds and starts a scene that came in after a step that drew nothing', async () => {
    const { g, step, draws } = await stillGame();
    step();
    step();
    const settled = draws();
    step();
    expect(draws()).toBe(settled);
    g.scene.add('Later', Later, false);
    g.scene.start('Later');
    step();
    step();
    expect(g.scene.getScene('Later')).not.toBeNull();
    expect(g.scene.isActive('Later')).toBe(true);
  });
});
