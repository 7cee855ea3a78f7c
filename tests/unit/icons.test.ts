/** The committed PNG icons are what `npm run icons` makes from assets/icon.svg today. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICONS, OUT_DIR, renderIcons } from '../../scripts/icons';

interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes). */
function decodePng(png: Buffer): Pixels {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]], 'bit depth 8, colour type RGBA, not interlaced').toEqual([8, 6, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rgba[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

describe('the app icons in assets/icons/', () => {
  const fresh = renderIcons();
  it.each(ICONS.map((i) => [i.file, i]))('%s is up to date with assets/icon.svg (run "npm run icons" if not)', (_file, spec) => {
    const path = join(OUT_DIR, spec.file);
    expect(existsSync(path), `${path} is missing: run "npm run icons"`).toBe(true);
    const committed = decodePng(readFileSync(path));
    const expected = decodePng(fresh.get(spec.file) as Buffer);
    expect([committed.width, committed.height]).toEqual([spec.size, spec.size]);
    // Pixels, not bytes, with a little slack: renderers may round differently on other CPUs.
    let off = 0;
    for (let i = 0; i < expected.rgba.length; i++) if (Math.abs((committed.rgba[i] ?? 0) - (expected.rgba[i] ?? 0)) > 3) off++;
    expect(off / expected.rgba.length, `${spec.file} differs from a fresh render: run "npm run icons"`).toBeLessThan(0.0001);
  });

  it('the maskable and Apple icons are opaque to the edge, the plain ones keep the rounded corners', () => {
    const alphaAt = (p: Pixels, x: number, y: number) => p.rgba[(y * p.width + x) * 4 + 3];
    for (const spec of ICONS) {
      const p = decodePng(readFileSync(join(OUT_DIR, spec.file)));
      expect(alphaAt(p, 0, 0), spec.file).toBe(spec.padded === null ? 0 : 255);
      expect(alphaAt(p, p.width >> 1, p.height >> 1), spec.file).toBe(255);
    }
  });
});
