/** The play scenes, by key: one chunk (see ../play-scenes.ts). */
import type Phaser from 'phaser';
import { ResultsScene } from './ResultsScene';
import { RoundScene } from './RoundScene';
import { SettingsScene } from './SettingsScene';
import { SetupScene } from './SetupScene';
import { StatsScene } from './StatsScene';

export const PLAY_SCENES: Readonly<Record<string, typeof Phaser.Scene>> = {
  Setup: SetupScene,
  Round: RoundScene,
  Results: ResultsScene,
  Stats: StatsScene,
  Settings: SettingsScene,
};
