/** Builds the Phaser game: `startGame(parent, services)` is the one way in. */
import Phaser from 'phaser';
import { BootScene } from './scenes/BootScene';
import { ErrorScene } from './scenes/ErrorScene';
import { HostLobbyScene } from './scenes/HostLobbyScene';
import { HostPodiumScene } from './scenes/HostPodiumScene';
import { HostRoundScene } from './scenes/HostRoundScene';
import { MenuScene } from './scenes/MenuScene';
import { ResultsScene } from './scenes/ResultsScene';
import { RoundScene } from './scenes/RoundScene';
import { SettingsScene } from './scenes/SettingsScene';
import { SetupScene } from './scenes/SetupScene';
import { StatsScene } from './scenes/StatsScene';
import { type GameServices, SERVICES } from './services';
import { palette } from './theme';

export interface StartOptions {
  readonly width: number;
  readonly height: number;
  /** Device pixel ratio: the canvas has this many pixels per CSS pixel, so text is sharp. */
  readonly dpr: number;
  readonly type?: number;
}

export function startGame(parent: HTMLElement | string, services: GameServices, options: StartOptions): Phaser.Game {
  const game = new Phaser.Game({
    type: options.type ?? Phaser.AUTO,
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
    callbacks: {
      preBoot: (g) => {
        g.registry.set(SERVICES, services);
        g.registry.set('dpr', options.dpr);
      },
    },
    scene: [BootScene, MenuScene, SetupScene, RoundScene, ResultsScene, StatsScene, SettingsScene, ErrorScene, HostLobbyScene, HostRoundScene, HostPodiumScene],
  });
  return game;
}
