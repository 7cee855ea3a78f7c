/**
 * The two text styles of every screen, for drawing code that is not a scene of its own
 * (the question view, the round's overlays): the same looks as `MarqueeScene`'s helpers.
 */
import type Phaser from 'phaser';
import { css, fonts, palette } from '../theme';

/**
 * Adds a Text drawn once. Phaser draws a new Text once for its words and again for each of
 * `padding`, `lineSpacing` and `letterSpacing` in its style (and for every later `set…`):
 * at three device pixels per point a long text is worth drawing once, so it starts empty
 * and gets its words last.
 */
export function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
  return scene.add.text(x, y, '', style).setText(text);
}

/** A gold title centred on the canvas, with a soft shadow so it reads over the curtain glow. */
export function headingText(scene: Phaser.Scene, text: string, y: number, sizePx: number): Phaser.GameObjects.Text {
  const shadow = { offsetX: 0, offsetY: Math.round(sizePx * 0.04), color: '#000000', blur: Math.round(sizePx * 0.1), stroke: false, fill: true };
  return scene.add.text(scene.scale.width / 2, y, text, { fontFamily: fonts.display, fontSize: `${sizePx}px`, color: css(palette.gold), align: 'center', shadow }).setOrigin(0.5, 0);
}

/** Centred, wrapped body text, with room between lines for long questions. */
export function bodyText(scene: Phaser.Scene, text: string, x: number, y: number, sizePx: number, width: number, colour: number = palette.screen): Phaser.GameObjects.Text {
  return addText(scene, x, y, text, {
    fontFamily: fonts.body,
    fontSize: `${sizePx}px`,
    color: css(colour),
    align: 'center',
    wordWrap: { width, useAdvancedWrap: true },
    lineSpacing: Math.round(sizePx * 0.2),
  });
}
