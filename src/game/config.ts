/** Builds the Phaser game: `startGame(parent, services)` is the one way in. */
import Phaser from 'phaser';
import { BootScene } from './scenes/BootScene';
import { ErrorScene } from './scenes/ErrorScene';
import { MenuScene } from './scenes/MenuScene';
import { MarqueeGame } from './painter';
import { type GameServices, PENDING_SERVICES, SERVICES } from './services';
import { palette } from './theme';

export interface StartOptions {
  readonly width: number;
  readonly height: number;
  /** Device pixel ratio: the canvas has this many pixels per CSS pixel, so text is sharp. */
  readonly dpr: number;
  readonly type?: number;
}

/**
 * Starts the game. `services` may still be loading (a promise): Phaser boots meanwhile and
 * the Boot scene opens the menu once they are in.
 */
export function startGame(parent: HTMLElement | string, services: GameServices | Promise<GameServices>, options: StartOptions): Phaser.Game {
  const game = new MarqueeGame({
    // A 2D canvas, not WebGL: a quiz screen is a few dozen texts and panels, which a canvas
    // draws as quickly, and it spares the start a WebGL context and its shaders, and every
    // frame drawn a copy of the whole drawing buffer where the browser composites in software
    // (see the README's load benchmark).
    type: options.type ?? Phaser.CANVAS,
    parent,
    backgroundColor: palette.night,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: Math.round(options.width * options.dpr),
      height: Math.round(options.height * options.dpr),
    },
    render: { antialias: true, roundPixels: true },
    input: { gamepad: true },
    // The sounds are the game's own (src/game/audio.ts: a Web Audio context started on the first
    // gesture). Phaser's sound manager would open another context as it boots, for nothing: a
    // tenth of a second of a phone's start.
    audio: { noAudio: true },
    callbacks: {
      preBoot: (g) => {
        if (services instanceof Promise) g.registry.set(PENDING_SERVICES, services);
        else g.registry.set(SERVICES, services);
        g.registry.set('dpr', options.dpr);
      },
    },
    // The play screens join as the menu opens (./play-scenes.ts), the club-night host screens on demand (./host-scenes.ts).
    scene: [BootScene, MenuScene, ErrorScene],
  });
  return game;
}
