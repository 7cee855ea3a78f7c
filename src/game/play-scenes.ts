/**
 * The screens of a game on this device (Setup, the round, results, stats and settings) are
 * one chunk, loaded as the menu opens: the first screen waits for less code, and Play still
 * answers at once (the menu's buttons wait for the chunk in the rare case it is not in yet).
 * Phaser takes scenes added to a running game.
 */
import type Phaser from 'phaser';

const loading = new WeakMap<Phaser.Game, Promise<void>>();

/** Adds the play scenes to `game` (once; again after a failed download). */
export function loadPlayScenes(game: Phaser.Game): Promise<void> {
  let pending = loading.get(game);
  if (!pending) {
    pending = import('./scenes/play').then((scenes) => {
      for (const [key, scene] of Object.entries(scenes.PLAY_SCENES)) if (!game.scene.keys[key]) game.scene.add(key, scene, false);
    });
    pending.catch(() => loading.delete(game));
    loading.set(game, pending);
  }
  return pending;
}
