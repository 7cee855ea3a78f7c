/**
 * The club night with real processes, for the room's integration tests and its benchmark:
 * the room server (`server/main.ts`) as a child process on a free loopback port, so a test
 * can kill it outright; Redis from the system package; a host in this process (the real
 * `RoomAuthority` behind a real `HostLink`); and phones as socket.io clients that behave
 * like the pad: they say `hello` on every reconnect and send an answer again until the host
 * has it. Everything binds to 127.0.0.1, and every wait has a deadline.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { RoomState } from '../../src/quiz/room-session';
import { RoomAuthority } from '../../src/room/authority';
import { HostLink } from '../../src/room/host-link';
import type { ClientToServer, ErrorCode, Given, HostReply, Me, PadView, Reply, SeatKey, ServerToClient } from '../../src/room/protocol';
import { newRoomCode, randomString } from '../../src/room/random';

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Polls `read` until `ok`, or fails after `ms` with what it last saw. */
export async function waitUntil<T>(read: () => T, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}; last saw ${JSON.stringify(v)?.slice(0, 300)}`);
    await sleep(25);
  }
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => ok(port));
    });
  });
}

// ---- processes -----------------------------------------------------------------------------

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export interface Proc {
  readonly pid: number;
  readonly port: number;
  /** Everything it printed, stdout and stderr. */
  output(): string;
  /** SIGKILL, and resolves once it is gone. */
  kill(): Promise<void>;
  readonly exited: Promise<number | null>;
}

/** Starts a process and waits until it prints `ready`. */
async function launch(command: string, args: readonly string[], env: NodeJS.ProcessEnv, port: number, ready: RegExp, what: string, ms = 20_000): Promise<Proc> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((ok) =>
    child.once('exit', (code) => {
      children.delete(child);
      ok(code);
    }),
  );
  const gone = { now: false };
  void exited.then(() => {
    gone.now = true;
  });
  try {
    await waitUntil(
      () => ({ up: ready.test(out), gone: gone.now }),
      (x) => x.up || x.gone,
      `${what} to start`,
      ms,
    );
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}\n${out}`);
  }
  if (!ready.test(out)) throw new Error(`${what} exited before it was ready:\n${out}`);
  return {
    pid: child.pid ?? 0,
    port,
    output: () => out,
    exited,
    kill: async () => {
      if (children.has(child)) child.kill('SIGKILL');
      await exited;
    },
  };
}

const emptyDist = mkdtempSync(join(tmpdir(), 'marquee-room-dist-'));
process.once('exit', () => rmSync(emptyDist, { recursive: true, force: true }));

/**
 * The room server, as `npm run server` starts it but in one process (`node --import tsx`:
 * the `tsx` command would run the server in a child of its own, out of reach of a kill).
 * It serves static files from an empty folder: the relay is what is under test.
 */
export async function startServer(o: { port?: number; redisUrl?: string } = {}): Promise<Proc & { readonly url: string }> {
  const port = o.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = { PORT: String(port), MARQUEE_DIST: emptyDist };
  if (o.redisUrl) env.REDIS_URL = o.redisUrl;
  const p = await launch(process.execPath, ['--import', 'tsx', 'server/main.ts'], env, port, /Marquee is on/, `the room server on port ${port}`);
  return { ...p, url: `http://127.0.0.1:${port}` };
}

/** `redis-server` on a free port, keeping nothing on disk. */
export async function startRedis(): Promise<Proc & { readonly url: string }> {
  const port = await freePort();
  const p = await launch(
    process.env.REDIS_SERVER ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {},
    port,
    /Ready to accept connections/,
    `redis-server on port ${port}`,
  );
  return { ...p, url: `redis://127.0.0.1:${port}` };
}

// ---- the host ------------------------------------------------------------------------------

export interface Host {
  readonly room: string;
  readonly authority: RoomAuthority;
  readonly link: HostLink;
  /** Every view the host sent the phones, with `performance.now()` just before it left. */
  readonly broadcasts: { at: number; phase: string; q: number }[];
  close(): void;
}

/** A host in this process: opens a room with `state` on the relay at `url` and waits until it is open. */
export async function hostRoom(url: string, state: RoomState, o: { room?: string; tickMs?: number } = {}): Promise<Host> {
  const room = o.room ?? newRoomCode();
  const broadcasts: Host['broadcasts'] = [];
  let link: HostLink | null = null;
  const relay = HostLink.listener(() => link);
  const authority: RoomAuthority = new RoomAuthority(
    { room, key: randomString(128), state },
    { now: () => performance.now(), random: randomString },
    {
      // The time is taken just before the view leaves, so a latency measured from it is never short.
      changed: (broadcast) => {
        if (broadcast) broadcasts.push({ at: performance.now(), phase: authority.state.phase, q: authority.state.q });
        relay.changed(broadcast);
      },
      kicked: (seat) => relay.kicked?.(seat),
    },
  );
  const l = new HostLink(authority, { url, tickMs: o.tickMs ?? 100, socket: { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 400 } });
  link = l;
  await waitUntil(
    () => l.connected,
    (x) => x,
    `room ${room} to open`,
  );
  return { room, authority, link: l, broadcasts, close: () => l.close() };
}

// ---- phones --------------------------------------------------------------------------------

type PhoneSocket = Socket<ServerToClient, ClientToServer>;
/** The same socket without the protocol's types, to send what no real pad would. */
type RawSocket = Socket<Record<string, never>, Record<string, (...args: unknown[]) => void>>;

/** Replies that mean "not now, try again": the host or this phone's seat is not back yet. */
const TRANSIENT: readonly ErrorCode[] = ['host-away', 'not-joined'];
const ACK_MS = 6000;

export interface PhoneOptions {
  /** Called with `performance.now()` and the view, on every view that arrives. */
  readonly onView?: (v: PadView, at: number) => void;
  readonly reconnectionDelay?: number;
  /** Keep every view in `views` (true); the benchmark's 200 phones keep only the newest. */
  readonly keepViews?: boolean;
  /** Called after every message that expects a reply: its event, the milliseconds to the reply, and the reply (null when none came). */
  readonly onAck?: (event: string, ms: number, reply: HostReply | null) => void;
}

/** A phone as the pad behaves: a seat kept across reconnects, `hello` on each, answers resent until the host has them. */
export class Phone {
  readonly socket: PhoneSocket;
  key: SeatKey | null = null;
  me: Me | null = null;
  /** Every `view` event, in order (unless told not to keep them). */
  readonly views: PadView[] = [];
  /** The newest view, from an event or a reply. */
  view: PadView | null = null;
  /** The connection on which the host last welcomed this seat. */
  private welcomedOn: string | undefined;
  private closed = false;

  constructor(
    readonly url: string,
    private readonly o: PhoneOptions = {},
  ) {
    this.socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: o.reconnectionDelay ?? 100,
      reconnectionDelayMax: 400,
      timeout: 5000,
    }) as PhoneSocket;
    this.socket.on('view', (v) => {
      if (o.keepViews !== false) this.views.push(v);
      this.view = v;
      o.onView?.(v, performance.now());
    });
    this.socket.on('connect', () => {
      if (this.key) void this.hello();
    });
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Whether the host has welcomed this seat on the connection it has now. */
  get ready(): boolean {
    return this.socket.connected && this.welcomedOn !== undefined && this.welcomedOn === this.socket.id;
  }

  async connect(): Promise<this> {
    if (!this.socket.connected) this.socket.connect();
    await waitUntil(
      () => this.socket.connected,
      (x) => x,
      `a phone to connect to ${this.url}`,
    );
    return this;
  }

  /** Sends an event and waits for its acknowledgement; null when none comes in time. */
  async ask(event: string, ...args: unknown[]): Promise<HostReply | null> {
    const t0 = performance.now();
    let reply: HostReply | null = null;
    try {
      reply = (await (this.socket as unknown as RawSocket).timeout(ACK_MS).emitWithAck(event, ...args)) as HostReply;
    } catch {
      // No acknowledgement in time, or the connection dropped first.
    }
    this.o.onAck?.(event, performance.now() - t0, reply);
    return reply;
  }

  async join(room: string, name: string, team: number | null = null): Promise<SeatKey> {
    const r = (await this.ask('join', { room, name, team })) as Reply<{ token: string; me: Me; view: PadView }> | null;
    if (!r?.ok) throw new Error(`${name} could not join ${room}: ${JSON.stringify(r)}`);
    this.key = { room, seat: r.me.seat, token: r.token };
    this.me = r.me;
    this.view = r.view;
    this.welcomedOn = this.socket.id;
    return this.key;
  }

  /** Says hello until the host answers (it may not be back yet), on this connection only. */
  async hello(ms = 20_000): Promise<HostReply | null> {
    const on = this.socket.id;
    const end = Date.now() + ms;
    while (this.key && this.socket.connected && this.socket.id === on && Date.now() < end) {
      const r = await this.ask('hello', this.key);
      if (r?.ok) {
        this.me = r.me ?? this.me;
        if (r.view) this.view = r.view;
        this.welcomedOn = on;
        return r;
      }
      if (r && !TRANSIENT.includes(r.error)) return r;
      await sleep(100);
    }
    return null;
  }

  seen(q: number): void {
    if (this.key && this.socket.connected) this.socket.emit('seen', { ...this.key, q });
  }

  /**
   * Sends an answer until the host has it, as the pad does: after a lost acknowledgement, a
   * dropped connection or a restarted relay, it waits for the seat's next welcome and sends it
   * again. Resolves with the host's final reply (`{ok}`, `{ok, duplicate}` or a refusal).
   */
  async answer(q: number, given: Given, ms = 30_000): Promise<{ reply: HostReply; sends: number }> {
    const end = Date.now() + ms;
    let sends = 0;
    for (;;) {
      if (!this.key) throw new Error('answer before join');
      sends++;
      const r = await this.ask('answer', { ...this.key, q, given });
      if (r && (r.ok || !TRANSIENT.includes(r.error))) return { reply: r, sends };
      if (Date.now() > end) throw new Error(`an answer to question ${q} never reached the host: ${JSON.stringify(r)}`);
      // Not through: wait until this seat is welcomed on a live connection, then send it again.
      await waitUntil(
        () => this.ready,
        (x) => x,
        'the phone to be welcomed back',
        Math.max(0, end - Date.now()),
      );
      await sleep(100);
    }
  }

  /** Drops the connection, as a phone that loses Wi-Fi. */
  drop(): void {
    this.socket.disconnect();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }
}
