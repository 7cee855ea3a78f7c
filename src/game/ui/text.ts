/**
 * The two text styles of every screen, for drawing code that is not a scene of its own
 * (the question view, the round's overlays): the same looks as `MarqueeScene`'s helpers.
 */
import type Phaser from 'phaser';
import { css, fonts, palette } from '../theme';

/** A gold title centred on the canvas, with a soft shadow so it reads over the curtain glow. */
export function headingText(scene: Phaser.Scene, text: string, y: number, sizePx: number): Phaser.GameObjects.Text {
  return scene.add
    .text(scene.scale.width / 2, y, text, { fontFamily: fonts.display, fontSize: `${sizePx}px`, color: css(palette.gold), align: 'center' })
    .setOrigin(0.5, 0)
    .setShadow(0, Math.round(sizePx * 0.04), '#000000', Math.round(sizePx * 0.1), false, true);
}

/** Centred, wrapped body text, with room between lines for long questions. */
export function bodyText(scene: Phaser.Scene, text: string, x: number, y: number, sizePx: number, width: number, colour: number = palette.screen): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, {
    fontFamily: fonts.body,
    fontSize: `${sizePx}px`,
    color: css(colour),
    align: 'center',
    wordWrap: { width, useAdvancedWrap: true },
    lineSpacing: Math.round(sizePx * 0.2),
  });
}
