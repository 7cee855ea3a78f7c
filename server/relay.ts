/**
 * The room relay: socket.io between the host's browser, which holds the room, and the
 * phones. It keeps no game state of its own (the socket.io rooms are the only state), so
 * it restarts without losing a game and runs as several processes over the Redis streams
 * adapter: every lookup below goes through socket.io rooms and broadcasts, never through
 * a map in this process.
 *
 *   host:<CODE>  the host's connection(s)
 *   room:<CODE>  every phone accepted into the room (views go here)
 *   seat:<CODE>:<seat>  one seat's phones (a kick goes here)
 *
 * Every message from a phone is checked here (shape, size) before the host sees it; the
 * host checks the rest (seat tokens, the game's rules). A refusal is a reply, never a
 * dropped connection.
 */
import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import type { ClientToServer, ErrorCode, HostReply, PadView, Relayed, Reply, ServerToClient, SocketData } from '../src/room/protocol';
import { LIMITS } from '../src/room/protocol';

export type RelayServer = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
type RelaySocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

/** How long the relay waits for the host to answer a phone. */
const HOST_TIMEOUT_MS = 4000;

const code = z.string().regex(LIMITS.roomCode);
const id = z.string().min(1).max(64);
const seatKey = z.strictObject({ room: code, seat: id, token: z.string().min(1).max(64) });
const question = z.number().int().min(0).max(10_000);
const given = z.strictObject({
  choice: z.number().int().min(0).max(9).optional(),
  order: z.array(z.string().max(300)).max(8).optional(),
  year: z.number().int().min(0).max(9999).optional(),
});

const PHONE = {
  join: z.strictObject({ room: code, name: z.string().max(64), team: z.number().int().min(0).max(7).nullable().optional(), device: z.string().regex(/^[0-9a-f]{16,64}$/).optional() }),
  hello: seatKey,
  answer: seatKey.extend({ q: question, given }),
  team: seatKey.extend({ team: z.number().int().min(0).max(7).nullable() }),
  seen: seatKey.extend({ q: question }),
} as const;

const hostOpen = z.strictObject({ room: code, key: z.string().min(16).max(128) });

function refuse(error: ErrorCode, message: string): Reply<never> {
  return { ok: false, error, message };
}

function size(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The acknowledgement callback of a message, if the client sent one. */
function ackOf(args: unknown[]): ((r: unknown) => void) | null {
  const last = args[args.length - 1];
  return typeof last === 'function' ? (last as (r: unknown) => void) : null;
}

/** Asks the room's host; `null` when no host is connected anywhere in the cluster. */
async function askHost(io: RelayServer, room: string, message: Relayed): Promise<HostReply | null> {
  try {
    const replies = await io.to(`host:${room}`).timeout(HOST_TIMEOUT_MS).emitWithAck('phone', message);
    return replies[0] ?? null;
  } catch {
    // A host that does not answer in time is as good as away.
    return null;
  }
}

export function attachRelay(io: RelayServer, log: (line: string) => void = () => undefined): void {
  io.on('connection', (socket: RelaySocket) => {
    // Any message: a wrong event name, or a malformed one, still gets an answer.
    socket.onAny((event: string, ...args: unknown[]) => {
      if (event in PHONE || event.startsWith('host:')) return;
      ackOf(args)?.(refuse('malformed', `Unknown message "${event}".`));
    });

    const phone = <K extends keyof typeof PHONE>(event: K, handle: (m: z.infer<(typeof PHONE)[K]>, ack: (r: unknown) => void) => Promise<void> | void) => {
      socket.on(event as 'hello', (...args: unknown[]) => {
        const ack = ackOf(args) ?? (() => undefined);
        const raw = args[0];
        if (size(raw) > LIMITS.phoneMessage) return ack(refuse('too-big', 'That message is too big.'));
        const parsed = PHONE[event].safeParse(raw);
        if (!parsed.success) return ack(refuse('malformed', `A malformed "${event}" message: ${parsed.error.issues[0]?.message ?? 'bad shape'}.`));
        const m = parsed.data as z.infer<(typeof PHONE)[K]>;
        // A connection speaks for the seat the host accepted on it, and no other.
        if ('seat' in m && socket.data.seat && (socket.data.seat !== m.seat || socket.data.room !== m.room)) return ack(refuse('forged-seat', 'This connection belongs to another seat.'));
        void Promise.resolve(handle(m, ack)).catch((e: unknown) => ack(refuse('malformed', e instanceof Error ? e.message : String(e))));
      });
    };

    const admit = async (room: string, seat: string) => {
      socket.data.room = room;
      socket.data.seat = seat;
      await socket.join([`room:${room}`, `seat:${room}:${seat}`]);
    };

    phone('join', async (m, ack) => {
      const reply = await askHost(io, m.room, { kind: 'join', m });
      if (!reply) return ack(refuse('no-room', `No room ${m.room} is open right now: check the code on the big screen.`));
      if (reply.ok && reply.me) await admit(m.room, reply.me.seat);
      ack(reply);
    });
    phone('hello', async (m, ack) => {
      const reply = await askHost(io, m.room, { kind: 'hello', m });
      if (!reply) return ack(refuse('host-away', 'The host is not connected right now; this phone will keep trying.'));
      if (reply.ok) await admit(m.room, m.seat);
      ack(reply);
    });
    phone('team', async (m, ack) => {
      if (socket.data.seat !== m.seat) return ack(refuse('not-joined', 'Join the room first.'));
      ack((await askHost(io, m.room, { kind: 'team', m })) ?? refuse('host-away', 'The host is not connected right now.'));
    });
    phone('answer', async (m, ack) => {
      if (socket.data.seat !== m.seat) return ack(refuse('not-joined', 'Join the room first.'));
      ack((await askHost(io, m.room, { kind: 'answer', m })) ?? refuse('host-away', 'The host is not connected right now; your answer will be sent again.'));
    });
    phone('seen', (m, ack) => {
      if (socket.data.seat !== m.seat) return ack(refuse('not-joined', 'Join the room first.'));
      // Fire and forget, but on the same road as the answer: the host times the two apart.
      io.to(`host:${m.room}`).timeout(HOST_TIMEOUT_MS).emit('phone', { kind: 'seen', m }, () => undefined);
      ack({ ok: true });
    });

    socket.on('host:open', async (...args: unknown[]) => {
      const ack = ackOf(args) ?? (() => undefined);
      const parsed = hostOpen.safeParse(args[0]);
      if (!parsed.success) return ack(refuse('malformed', 'A malformed "host:open" message.'));
      const { room, key } = parsed.data;
      // The room belongs to whoever holds its key: a reloaded host takes it back, nobody else can.
      const hosts = await io.in(`host:${room}`).fetchSockets();
      if (hosts.some((h) => h.data.hostKey !== key)) return ack(refuse('room-taken', `Room ${room} is already hosted elsewhere.`));
      socket.data.room = room;
      socket.data.hostKey = key;
      await socket.join(`host:${room}`);
      log(`room ${room}: host connected`);
      ack({ ok: true, room });
    });
    const fromHost = (): string | null => (socket.data.hostKey && socket.data.room ? socket.data.room : null);
    socket.on('host:view', (view: PadView) => {
      const room = fromHost();
      if (!room || size(view) > LIMITS.hostMessage) return;
      io.to(`room:${room}`).emit('view', view);
    });
    socket.on('host:kick', (m: { seat?: unknown }) => {
      const room = fromHost();
      if (!room || typeof m?.seat !== 'string') return;
      io.to(`seat:${room}:${m.seat}`).emit('kicked');
      io.in(`seat:${room}:${m.seat}`).socketsLeave([`room:${room}`, `seat:${room}:${m.seat}`]);
    });

    socket.on('disconnect', async () => {
      const { room, seat } = socket.data;
      if (!room || !seat) return;
      // A phone that already came back on a new connection is not gone.
      const still = await io.in(`seat:${room}:${seat}`).fetchSockets().catch(() => []);
      if (still.length === 0) io.to(`host:${room}`).timeout(HOST_TIMEOUT_MS).emit('phone', { kind: 'gone', seat }, () => undefined);
    });
  });
}
