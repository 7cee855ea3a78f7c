/**
 * The club-night host screens (lobby with its QR code, question, podium) are loaded the
 * first time a night is hosted, with the QR encoder and the room's session: a solo game
 * never downloads them. Their code is unchanged; Phaser takes scenes added to a running game.
 */
import type Phaser from 'phaser';

const loading = new WeakMap<Phaser.Game, Promise<void>>();

/** Adds the host scenes to `game` (once; again after a failed download). */
export function loadHostScenes(game: Phaser.Game): Promise<void> {
  let pending = loading.get(game);
  if (!pending) {
    pending = Promise.all([import('./scenes/HostLobbyScene'), import('./scenes/HostRoundScene'), import('./scenes/HostPodiumScene')]).then(([lobby, round, podium]) => {
      const add = (key: string, scene: typeof Phaser.Scene) => {
        if (!game.scene.keys[key]) game.scene.add(key, scene, false);
      };
      add('HostLobby', lobby.HostLobbyScene);
      add('HostRound', round.HostRoundScene);
      add('HostPodium', podium.HostPodiumScene);
    });
    pending.catch(() => loading.delete(game));
    loading.set(game, pending);
  }
  return pending;
}
