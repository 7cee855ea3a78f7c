/**
 * Renders the app icons from the one drawing, assets/icon.svg, into assets/icons/ (committed):
 *
 *   icon-192.png, icon-512.png   the drawing as it is (purpose "any")
 *   icon-maskable-512.png        full-bleed background, drawing shrunk into the safe zone
 *                                (the centre circle of 80% that every mask shape keeps)
 *   apple-touch-icon.png         180 px, opaque and full-bleed (iOS rounds the corners itself)
 *
 * Run `npm run icons` after editing the SVG; tests/unit/icons.test.ts fails while the PNGs
 * are out of date. The background of the padded icons is the fill of the SVG's first <rect>.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = join(ROOT, 'assets', 'icon.svg');
export const OUT_DIR = join(ROOT, 'assets', 'icons');

export interface IconSpec {
  readonly file: string;
  readonly size: number;
  /** null: draw the SVG as it is; a number: scale of the drawing on a full-bleed background. */
  readonly padded: number | null;
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, padded: null },
  { file: 'icon-512.png', size: 512, padded: null },
  // 0.72 keeps every corner of the drawing's screen inside the 80% safe-zone circle.
  { file: 'icon-maskable-512.png', size: 512, padded: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, padded: 0.9 },
];

function viewBox(svg: string): [number, number, number, number] {
  const m = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(svg);
  const parts = (m?.[1] ?? '').trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) throw new Error('icon.svg needs a viewBox="x y w h" on its root element');
  return parts as [number, number, number, number];
}

/** The fill of the first <rect>: the icon's background colour. */
export function backgroundOf(svg: string): string {
  const m = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(svg);
  if (!m?.[1]) throw new Error('icon.svg: the first <rect> needs a fill="#rrggbb" (the background of the padded icons)');
  return m[1];
}

/** The drawing, shrunk to `scale` and centred on a square of its background colour. */
export function paddedSvg(svg: string, scale: number): string {
  const [x, y, w, h] = viewBox(svg);
  const open = /<svg\b[^>]*>/.exec(svg);
  const close = svg.lastIndexOf('</svg>');
  if (!open || close < 0) throw new Error('icon.svg is not an <svg> document');
  const inner = svg.slice(open.index + open[0].length, close);
  const iw = w * scale;
  const ih = h * scale;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="${backgroundOf(svg)}"/>`,
    `<svg x="${(w - iw) / 2}" y="${(h - ih) / 2}" width="${iw}" height="${ih}" viewBox="${x} ${y} ${w} ${h}">${inner}</svg>`,
    '</svg>',
  ].join('');
}

export function renderIcon(svg: string, spec: IconSpec): Buffer {
  const source = spec.padded === null ? svg : paddedSvg(svg, spec.padded);
  const resvg = new Resvg(source, { fitTo: { mode: 'width', value: spec.size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

export function renderIcons(svg = readFileSync(SOURCE, 'utf8')): Map<string, Buffer> {
  return new Map(ICONS.map((spec) => [spec.file, renderIcon(svg, spec)]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [file, png] of renderIcons()) {
    writeFileSync(join(OUT_DIR, file), png);
    console.log(`wrote assets/icons/${file} (${png.length} bytes)`);
  }
}
