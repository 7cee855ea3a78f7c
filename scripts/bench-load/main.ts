/**
 * The load benchmark's yardstick (`npm run bench:load`): the least a Phaser page can do.
 * One `Text` on a canvas sized in device pixels, with the game's Phaser chunk and scale
 * mode; `bare:text` marks the first frame that shows it. Phaser picks its renderer (WebGL
 * where there is one), as a page that sets none gets; `?canvas` draws on a 2D canvas, as
 * the game does, for the benchmark's second yardstick.
 */
import Phaser from 'phaser';

const dpr = Math.min(3, Math.max(1, window.devicePixelRatio || 1));

class BareScene extends Phaser.Scene {
  constructor() {
    super('Bare');
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.text(width / 2, height / 2, 'Marquee', { fontFamily: 'sans-serif', fontSize: `${Math.round(40 * dpr)}px`, color: '#faf3e3' }).setOrigin(0.5);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('bare:text'));
  }
}

const game = new Phaser.Game({
  type: new URLSearchParams(location.search).has('canvas') ? Phaser.CANVAS : Phaser.AUTO,
  parent: 'game',
  backgroundColor: 0x0d0a12,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: Math.round(window.innerWidth * dpr), height: Math.round(window.innerHeight * dpr) },
  render: { antialias: true, roundPixels: true },
  scene: [BareScene],
});
(window as unknown as { __BARE__: unknown }).__BARE__ = game;
