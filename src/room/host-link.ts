/**
 * The host's side of the wire: connects a `RoomAuthority` to the relay. It opens (or takes
 * back) the room, answers every phone's message with the authority's reply, sends the
 * phones a new view when the authority says so, and ticks the clock. On every reconnect,
 * after a dropped Wi-Fi or a restarted server, it opens the room again and resends the
 * view, so the phones pick up where they were. Runs in the page and in Node alike.
 */
import { io, type Socket } from 'socket.io-client';
import type { HostControl, Listener, RoomAuthority } from './authority';
import type { ClientToServer, ServerToClient } from './protocol';

export type HostSocket = Socket<ServerToClient, ClientToServer>;

/** How long lesser changes wait to go out together. */
export const COALESCE_MS = 150;

export type LinkStatus = 'connecting' | 'open' | 'offline' | 'taken';

export interface HostLinkOptions {
  /** The relay's address; the page's own origin when absent. */
  readonly url?: string;
  /** How often the clock is checked, in ms. */
  readonly tickMs?: number;
  /** Told of every change: the host screen redraws, storage saves. */
  readonly onChange?: (broadcast: boolean) => void;
  readonly onStatus?: (status: LinkStatus, detail?: string) => void;
  /** Resolves once the room's last change is saved; a join or an answer is acknowledged only then. */
  readonly durable?: () => Promise<void>;
  /** socket.io-client options for tests and the benchmark (transports, reconnection delays). */
  readonly socket?: Parameters<typeof io>[1];
}

export class HostLink {
  readonly socket: HostSocket;
  private timer: ReturnType<typeof setInterval> | null = null;
  private status: LinkStatus = 'connecting';
  private lastStep = '';
  private pending: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly authority: RoomAuthority,
    private readonly o: HostLinkOptions = {},
  ) {
    const opts = { reconnectionDelay: 500, reconnectionDelayMax: 3000, ...o.socket };
    this.socket = (o.url ? io(o.url, opts) : io(opts)) as HostSocket;
    this.socket.on('connect', () => this.open());
    this.socket.on('disconnect', () => this.setStatus('offline'));
    this.socket.on('phone', (r, ack) => {
      const reply = this.authority.handle(r);
      // `seen` and `gone` need no answer; the relay sends them without waiting.
      if (typeof ack !== 'function') return;
      if (!reply.ok || !o.durable || r.kind === 'seen' || r.kind === 'gone' || r.kind === 'hello') ack(reply);
      else
        void o.durable().then(
          () => ack(reply),
          () => ack(reply),
        );
    });
    this.timer = setInterval(() => this.authority.tick(), o.tickMs ?? 200);
  }

  /** The authority's listener: wire it in when the authority is made. */
  static listener(get: () => HostLink | null, onChange?: (broadcast: boolean) => void): Listener {
    return {
      changed: (broadcast) => {
        const link = get();
        if (broadcast) link?.broadcast();
        onChange?.(broadcast);
      },
      kicked: (seat) => get()?.socket.emit('host:kick', { seat }),
    };
  }

  get connected(): boolean {
    return this.status === 'open';
  }

  private setStatus(s: LinkStatus, detail?: string): void {
    this.status = s;
    this.o.onStatus?.(s, detail);
  }

  private open(): void {
    this.socket.emit('host:open', { room: this.authority.room, key: this.authority.key }, (r) => {
      if (!r.ok) {
        this.setStatus('taken', r.message);
        return;
      }
      this.setStatus('open');
      this.sendView();
    });
  }

  /**
   * Sends every phone the room as it is now. A new step (a question opening, a reveal, a
   * pause) goes at once; lesser changes (players joining, a team picked) are gathered for
   * `COALESCE_MS`, so a lobby filling up sends a few views, not one per player to every player.
   */
  broadcast(): void {
    if (!this.socket.connected) return;
    const a = this.authority;
    const step = `${a.state.phase}:${a.state.q}:${a.paused}:${a.limitMs}`;
    if (step !== this.lastStep) {
      this.lastStep = step;
      this.sendView();
      return;
    }
    this.pending ??= setTimeout(() => this.sendView(), COALESCE_MS);
  }

  /** A view goes out once the state it shows is saved: what the phones saw, a reload never takes back. */
  private sendView(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    const view = this.authority.view();
    const emit = () => {
      if (this.socket.connected) this.socket.emit('host:view', view);
    };
    if (this.o.durable) void this.o.durable().then(emit, emit);
    else emit();
  }

  control(c: HostControl): boolean {
    return this.authority.control(c);
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = null;
    this.socket.close();
  }
}
