/**
 * One Node process serves a club night: the built game and the phone pad (static files
 * from `dist/`), and the room relay (socket.io) on the same port, so a phone that opens
 * the join URL reaches the relay at the same address, over plain http on the room's Wi-Fi.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import sirv from 'sirv';
import { Server } from 'socket.io';
import { attachRelay, type RelayServer } from './relay';

export interface ServeOptions {
  /** The built game: `dist/`. */
  readonly dist?: string;
  /** `127.0.0.1` (this machine only) or `0.0.0.0` (every network interface). */
  readonly host?: string;
  readonly port?: number;
  /** A Redis server shared by several relay processes (`redis://127.0.0.1:6379`). */
  readonly redisUrl?: string;
  readonly log?: (line: string) => void;
}

export interface Running {
  readonly port: number;
  /** The addresses on the local network phones can use (none when bound to 127.0.0.1). */
  readonly lan: readonly string[];
  close(): Promise<void>;
}

/**
 * IPv4 addresses of this machine's network interfaces, loopback and virtual bridges
 * (Docker, VMs) left out, the likeliest Wi-Fi address first: the host screen's QR code
 * shows the first.
 */
export function lanAddresses(): string[] {
  const virtual = /^(docker|veth|br-|virbr|vmnet|vboxnet|utun|tun|tap)/i;
  const rank = (a: string) => (a.startsWith('192.168.') ? 0 : a.startsWith('10.') ? 1 : /^172\.(1[6-9]|2\d|3[01])\./.test(a) ? 2 : 3);
  return Object.entries(networkInterfaces())
    .filter(([name]) => !virtual.test(name))
    .flatMap(([, list]) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address)
    .sort((a, b) => rank(a) - rank(b));
}

export async function serve(o: ServeOptions = {}): Promise<Running> {
  const dist = resolve(o.dist ?? 'dist');
  const host = o.host ?? '127.0.0.1';
  const log = o.log ?? (() => undefined);
  const lan = host === '127.0.0.1' || host === 'localhost' ? [] : lanAddresses();
  const files = sirv(dist, {
    etag: true,
    // Hashed file names never change; everything else (index.html, sw.js) is asked for again.
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/room/info') {
      // The host screen asks where phones can reach it: it shows these in the join QR code.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ ok: true, lan, port: listening }));
      return;
    }
    if (url.pathname === '/join/') {
      // The pad's files are relative to /join: a trailing slash would send them to /join/assets/.
      res.writeHead(302, { Location: `/join${url.search}` });
      res.end();
      return;
    }
    if (url.pathname === '/join') req.url = `/src/pad/index.html${url.search}`;
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    });
  };
  const http = createServer(handler);
  const io: RelayServer = new Server(http, {
    // A phone's messages are small; a host's view of 200 players is the largest.
    maxHttpBufferSize: 512 * 1024,
    // A phone that sleeps or loses Wi-Fi for a while comes back with its rooms.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  let redis: ReturnType<typeof createClient> | null = null;
  if (o.redisUrl) {
    redis = createClient({ url: o.redisUrl });
    redis.on('error', (e: unknown) => log(`redis: ${e instanceof Error ? e.message : String(e)}`));
    await redis.connect();
    io.adapter(createAdapter(redis));
  }
  attachRelay(io, log);
  let listening = 0;
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(o.port ?? 4173, host, () => {
      const a = http.address();
      listening = typeof a === 'object' && a ? a.port : 0;
      ok();
    });
  });
  return {
    port: listening,
    lan,
    close: async () => {
      await new Promise<void>((ok) => io.close(() => ok()));
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}
