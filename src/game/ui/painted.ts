/**
 * Small textures painted once on a 2D canvas and shared by every object that shows them:
 * forty bulbs are forty images of one texture, not forty shapes to build and fill.
 */
import type Phaser from 'phaser';

/**
 * The texture `key`, painted by `paint` on a canvas of `width` × `height` the first time it
 * is asked for. `key` must name everything the painting depends on (size, colours).
 */
export function paintedTexture(scene: Phaser.Scene, key: string, width: number, height: number, paint: (ctx: CanvasRenderingContext2D) => void): string {
  if (scene.textures.exists(key)) return key;
  const texture = scene.textures.createCanvas(key, width, height);
  if (!texture) return '__WHITE';
  paint(texture.context);
  // A headless game (the scene tests) has no renderer to hand the pixels to.
  if (scene.game.renderer) texture.refresh();
  return key;
}
