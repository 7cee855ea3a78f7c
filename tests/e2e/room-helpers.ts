/**
 * Club-night helpers for browser tests: the real room server in this process (static
 * files and the socket.io relay, on 127.0.0.1 only), a host driven from Node (the real
 * `RoomAuthority` behind a real `HostLink`), real questions from a shipped deck, and a
 * recorder of every socket.io message a page receives, over WebSocket or long-polling.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serve } from '../../server/serve';
import { loadDeckText } from '../../src/quiz/deck/load';
import { allQuestions } from '../../src/quiz/generator';
import type { Question } from '../../src/quiz/question';
import type { RoomState } from '../../src/quiz/room-session';
import { RoomAuthority } from '../../src/room/authority';
import { HostLink } from '../../src/room/host-link';
import type { PadView } from '../../src/room/protocol';
import { newRoomCode, randomString } from '../../src/room/random';

/** Polls `read` until `ok`, or fails after `ms` with what it last saw. */
export async function waitUntil<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(v)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface RoomServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly base: string;
  close(): Promise<void>;
}

/** `server/serve.ts` on a free loopback port, serving the built `dist/`. */
export async function startRoomServer(dist = process.env.MARQUEE_DIST ?? 'dist'): Promise<RoomServer> {
  if (!existsSync(join(dist, 'src', 'pad', 'index.html'))) throw new Error(`${dist}/src/pad/index.html is missing: run "npx vite build" first`);
  const running = await serve({ port: 0, host: '127.0.0.1', dist });
  return { base: `http://127.0.0.1:${running.port}`, close: () => running.close() };
}

export interface Host {
  readonly room: string;
  readonly authority: RoomAuthority;
  readonly link: HostLink;
  /** Seat id by player name. */
  seat(name: string): string;
  close(): void;
}

export interface HostOptions {
  readonly room?: string;
  /**
   * Told of every change, right after the phones were sent the new view (if any), before
   * any of it can have arrived: a time taken here is earlier than the view's arrival.
   */
  readonly onChange?: (authority: RoomAuthority, broadcast: boolean) => void;
}

/** A host in Node: opens a room with `state` on the relay at `base` and waits until it is open. */
export async function hostRoom(base: string, state: RoomState, o: HostOptions = {}): Promise<Host> {
  const room = o.room ?? newRoomCode();
  let link: HostLink | null = null;
  let authority: RoomAuthority | null = null;
  authority = new RoomAuthority(
    { room, key: randomString(128), state },
    { now: () => performance.now(), random: randomString },
    HostLink.listener(
      () => link,
      (broadcast) => {
        if (authority) o.onChange?.(authority, broadcast);
      },
    ),
  );
  const a = authority;
  link = new HostLink(authority, { url: base, tickMs: 100, socket: { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 } });
  const l = link;
  await waitUntil(
    () => l.connected,
    (x) => x,
    `room ${room} to open`,
  );
  return {
    room,
    authority: a,
    link: l,
    seat(name) {
      const s = a.state.seats.find((x) => x.name === name);
      if (!s) throw new Error(`no seat named ${name}`);
      return s.id;
    },
    close: () => l.close(),
  };
}

/** Real questions from a shipped deck, drawn with a fixed seed. */
/** Every question a deck can make, one of each (a seed draws the options), to pick the questions a test plays from. */
export function deckQuestions(file = 'questions/sean-baker.json', seed = 'marquee'): Question[] {
  const loaded = loadDeckText(file, readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return allQuestions(loaded.index, seed);
}

/** The first question matching `test`, or a clear failure. */
export function pick(questions: readonly Question[], test: (q: Question) => boolean, what: string): Question {
  const q = questions.find(test);
  if (!q) throw new Error(`no ${what} among ${questions.length} questions`);
  return q;
}

/** One socket.io message a page received. */
export interface Received {
  /** `Date.now()` when it arrived. */
  readonly at: number;
  readonly transport: 'websocket' | 'polling';
  readonly type: 'event' | 'ack';
  /** The event's name (events only). */
  readonly name?: string;
  readonly args: readonly unknown[];
  /** The packet as sent, for text searches. */
  readonly raw: string;
}

/** Decodes an engine.io payload (one frame, or polling packets joined by \x1e) into socket.io events and acks. */
export function decodeSocketIo(payload: string, transport: Received['transport'], at = Date.now()): Received[] {
  const out: Received[] = [];
  for (const packet of payload.split('\x1e')) {
    // engine.io type 4 is a message; socket.io type 2 an event, 3 an acknowledgement.
    if (packet[0] !== '4' || (packet[1] !== '2' && packet[1] !== '3')) continue;
    let rest = packet.slice(2);
    if (rest.startsWith('/')) rest = rest.slice(rest.indexOf(',') + 1);
    rest = rest.replace(/^\d+/, '');
    let args: unknown[];
    try {
      args = JSON.parse(rest) as unknown[];
    } catch {
      continue;
    }
    if (!Array.isArray(args)) continue;
    if (packet[1] === '2') out.push({ at, transport, type: 'event', name: String(args[0]), args: args.slice(1), raw: packet });
    else out.push({ at, transport, type: 'ack', args, raw: packet });
  }
  return out;
}

/** Records every socket.io message `page` receives from now on, reloads included. */
export function recordSocketIo(page: Page): Received[] {
  const got: Received[] = [];
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/socket.io/')) return;
    ws.on('framereceived', (f) => got.push(...decodeSocketIo(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'), 'websocket')));
  });
  page.on('response', (res) => {
    if (!res.url().includes('/socket.io/') || res.request().method() !== 'GET') return;
    const at = Date.now();
    res
      .text()
      .then((body) => got.push(...decodeSocketIo(body, 'polling', at)))
      .catch(() => undefined);
  });
  return got;
}

/** The room views inside received messages: `view` events, and the views in join/hello/team replies. */
export function viewsIn(messages: readonly Received[]): { at: number; view: PadView; raw: string }[] {
  const out: { at: number; view: PadView; raw: string }[] = [];
  for (const m of messages) {
    const first = m.args[0] as { view?: PadView } | PadView | undefined;
    if (m.type === 'event' && m.name === 'view' && first) out.push({ at: m.at, view: first as PadView, raw: m.raw });
    else if (m.type === 'ack' && first && typeof first === 'object' && 'view' in first && first.view) out.push({ at: m.at, view: first.view, raw: m.raw });
  }
  return out;
}
