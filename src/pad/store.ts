/**
 * What a phone keeps between visits, in localStorage, one key per room: its seat (to come
 * back to after a reload, a sleep or a lost Wi-Fi), an answer not yet acknowledged, and
 * that it was removed from a room (so it never rejoins that one by itself). Every access
 * is guarded: a browser that refuses storage (an old Safari private tab) plays on from
 * memory, it only loses the coming back.
 */
import type { Given, SeatKey } from '../room/protocol';

const PREFIX = 'marquee.pad.';
/** Seats older than this are from another night: forgotten at start. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export interface PendingAnswer {
  readonly seat: string;
  readonly q: number;
  readonly given: Given;
}

function get(key: string): unknown {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function put(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the game goes on, only a reload loses the seat.
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 128;

export const store = {
  seat(room: string): SeatKey | null {
    const v = get(`seat.${room}`);
    if (!isObject(v) || v.room !== room || !isText(v.seat) || !isText(v.token)) return null;
    return { room, seat: v.seat, token: v.token };
  },
  saveSeat(k: SeatKey): void {
    put(`seat.${k.room}`, { room: k.room, seat: k.seat, token: k.token, at: Date.now() });
    put('last', k.room);
    put(`kicked.${k.room}`, null);
  },
  forgetSeat(room: string): void {
    put(`seat.${room}`, null);
    put(`answer.${room}`, null);
  },
  /** The room this phone last sat in, for a visit without `?room=`. */
  /** This phone's own id, made once: a host who removes a player removes this phone, whatever name it tries next. */
  device(): string {
    const v = get('device');
    if (typeof v === 'string' && /^[0-9a-f]{16,64}$/.test(v)) return v;
    const made = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    put('device', made);
    return made;
  },
  lastRoom(): string | null {
    const v = get('last');
    return typeof v === 'string' && /^[A-Z]{4}$/.test(v) ? v : null;
  },
  pending(room: string, seat: string): PendingAnswer | null {
    const v = get(`answer.${room}`);
    if (!isObject(v) || v.seat !== seat || typeof v.q !== 'number' || !isObject(v.given)) return null;
    return { seat, q: v.q, given: v.given as Given };
  },
  savePending(room: string, p: PendingAnswer | null): void {
    put(`answer.${room}`, p);
  },
  kicked(room: string): boolean {
    return get(`kicked.${room}`) === true;
  },
  markKicked(room: string): void {
    put(`kicked.${room}`, true);
    this.forgetSeat(room);
  },
  clearKicked(room: string): void {
    put(`kicked.${room}`, null);
  },
  /** Drops seats from earlier nights. */
  prune(now = Date.now()): void {
    try {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const key = localStorage.key(i);
        if (!key?.startsWith(`${PREFIX}seat.`)) continue;
        const v = get(key.slice(PREFIX.length));
        if (!isObject(v) || typeof v.at !== 'number' || now - v.at > KEEP_MS) {
          const room = key.slice(`${PREFIX}seat.`.length);
          this.forgetSeat(room);
        }
      }
    } catch {
      // nothing kept, nothing to prune
    }
  },
};

const NAME_KEY = `${PREFIX}name`;

/** The last nickname used on this phone, to fill the join form next time. */
export function remember(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // not kept: the form is just empty next time
  }
}

export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}
