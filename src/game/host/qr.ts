/** A QR code drawn with Phaser graphics: crisp at any size, dark modules on a white card. */
import type Phaser from 'phaser';
import { encode } from 'uqr';
import type { Rect } from '../layout';

/** Draws `text` as a QR code filling the square `r` (a quiet zone included); returns the square used. */
export function drawQr(scene: Phaser.Scene, text: string, r: Rect): Rect {
  const qr = encode(text, { ecc: 'M', border: 2 });
  const size = Math.min(r.w, r.h);
  const cell = Math.max(1, Math.floor(size / qr.size));
  const side = cell * qr.size;
  const x = Math.round(r.x + (r.w - side) / 2);
  const y = Math.round(r.y + (r.h - side) / 2);
  const g = scene.add.graphics().setName('join-qr');
  g.fillStyle(0xffffff, 1);
  g.fillRoundedRect(x - cell, y - cell, side + 2 * cell, side + 2 * cell, cell * 2);
  g.fillStyle(0x000000, 1);
  qr.data.forEach((row, j) => {
    row.forEach((dark, i) => {
      if (dark) g.fillRect(x + i * cell, y + j * cell, cell, cell);
    });
  });
  return { x, y, w: side, h: side };
}
