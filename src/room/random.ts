/**
 * Random ids, tokens and room codes from `crypto.getRandomValues`, which every browser has
 * even over plain http on a LAN (where `crypto.randomUUID` is missing), and Node too.
 */
const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function bytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  globalThis.crypto.getRandomValues(b);
  return b;
}

/** About `bits` random bits as URL-safe text. */
export function randomString(bits: number): string {
  return Array.from(bytes(Math.ceil(bits / 8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A four-letter room code, without I and O (they read as 1 and 0 on a projector). */
export function newRoomCode(): string {
  return Array.from(bytes(4), (b) => CODE_LETTERS[b % CODE_LETTERS.length]).join('');
}
