/**
 * Boot: nothing to download (the look is drawn in code), so straight to the menu, once the
 * page's services are in: the page starts the game while its fonts and saved progress are
 * still loading (`startGame` with a promise), and the menu needs both.
 */
import Phaser from 'phaser';
import { type GameServices, PENDING_SERVICES, SERVICES } from '../services';
import { palette } from '../theme';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    // For the load benchmark (npm run bench:load): Phaser is up.
    performance.mark('marquee:boot');
    const pending = this.registry.get(PENDING_SERVICES) as Promise<GameServices> | undefined;
    if (!pending) {
      this.scene.start('Menu');
      return;
    }
    void pending.then((services) => {
      this.registry.set(SERVICES, services);
      this.registry.remove(PENDING_SERVICES);
      // The saved settings may ask for high contrast: clear to its night, as every screen draws.
      const night = Phaser.Display.Color.IntegerToColor(palette.night);
      this.game.config.backgroundColor.setTo(night.red, night.green, night.blue);
      this.scene.start('Menu');
    });
  }
}
