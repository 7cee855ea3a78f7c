/**
 * What every Marquee screen shares: the layout frame for the current canvas size, a
 * redraw on resize, and keyboard listeners that are removed when the scene shuts down
 * (in Phaser 4 `on()` listeners outlive a scene restart otherwise).
 */
import Phaser from 'phaser';
import { type Frame, frame } from '../layout';
import { type GameServices, SERVICES } from '../services';
import { css, fonts, palette } from '../theme';
import type { Button } from '../ui/button';

export abstract class MarqueeScene extends Phaser.Scene {
  protected buttons: Button[] = [];
  private focusIndex = -1;

  protected get services(): GameServices {
    return this.registry.get(SERVICES) as GameServices;
  }

  protected get frame(): Frame {
    return frame(this.scale.width, this.scale.height, this.game.registry.get('dpr') ?? 1);
  }

  /** Draws the whole screen from the scene's state. Called on create and on every resize. */
  protected abstract render(): void;

  /** Keys the screen handles itself before the shared focus keys. Return true if handled. */
  protected onKey(_event: KeyboardEvent): boolean {
    return false;
  }

  protected start(): void {
    const onResize = () => {
      this.cameras.resize(this.scale.width, this.scale.height);
      this.redraw();
    };
    const onKey = (event: KeyboardEvent) => this.handleKey(event);
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.input.keyboard?.on('keydown', onKey);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.input.keyboard?.off('keydown', onKey);
    });
    this.redraw();
  }

  protected redraw(): void {
    this.tweens.killAll();
    this.children.removeAll(true);
    this.buttons = [];
    this.focusIndex = -1;
    this.drawBackdrop();
    this.render();
  }

  private handleKey(event: KeyboardEvent): void {
    if (this.onKey(event)) return;
    const n = this.buttons.length;
    if (n === 0) return;
    if (['ArrowDown', 'ArrowRight', 'Tab'].includes(event.key)) {
      this.moveFocus(event.key === 'Tab' && event.shiftKey ? -1 : 1);
      event.preventDefault();
    } else if (['ArrowUp', 'ArrowLeft'].includes(event.key)) {
      this.moveFocus(-1);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const b = this.buttons[this.focusIndex] ?? this.buttons.find((x) => x.enabled);
      b?.press();
      event.preventDefault();
    }
  }

  private moveFocus(step: number): void {
    const enabled = this.buttons.filter((b) => b.enabled);
    if (enabled.length === 0) return;
    this.buttons[this.focusIndex]?.setFocus(false);
    const current = enabled.indexOf(this.buttons[this.focusIndex] as Button);
    const next = enabled[(current + step + enabled.length) % enabled.length] as Button;
    this.focusIndex = this.buttons.indexOf(next);
    next.setFocus(true);
  }

  /** The auditorium: a dark gradient with a velvet curtain glow at the top. */
  private drawBackdrop(): void {
    const { width, height } = this.scale;
    const g = this.add.graphics();
    g.fillGradientStyle(palette.velvetDark, palette.velvetDark, palette.night, palette.night, 1);
    g.fillRect(0, 0, width, height);
    g.fillStyle(palette.gold, 0.06);
    for (let x = 0; x < width; x += Math.max(24, width / 28)) g.fillRect(x, 0, Math.max(2, width / 200), height * 0.08);
  }

  protected heading(text: string, y: number, sizePx: number): Phaser.GameObjects.Text {
    return this.add
      .text(this.scale.width / 2, y, text, { fontFamily: fonts.display, fontSize: `${sizePx}px`, color: css(palette.gold), align: 'center' })
      .setOrigin(0.5, 0)
      .setShadow(0, Math.round(sizePx * 0.04), '#000000', Math.round(sizePx * 0.1), false, true);
  }

  protected body(text: string, x: number, y: number, sizePx: number, width: number, colour: number = palette.screen): Phaser.GameObjects.Text {
    return this.add.text(x, y, text, {
      fontFamily: fonts.body,
      fontSize: `${sizePx}px`,
      color: css(colour),
      align: 'center',
      wordWrap: { width, useAdvancedWrap: true },
      lineSpacing: Math.round(sizePx * 0.2),
    });
  }
}
