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

export type LinkStatus = 'connecting' | 'open' | 'offline' | 'taken';

export interface HostLinkOptions {
  /** The relay's address; the page's own origin when absent. */
  readonly url?: string;
  /** How often the clock is checked, in ms. */
  readonly tickMs?: number;
  /** Told of every change: the host screen redraws, storage saves. */
  readonly onChange?: (broadcast: boolean) => void;
  readonly onStatus?: (status: LinkStatus, detail?: string) => void;
  /** socket.io-client options for tests and the benchmark (transports, reconnection delays). */
  readonly socket?: Parameters<typeof io>[1];
}

export class HostLink {
  readonly socket: HostSocket;
  private timer: ReturnType<typeof setInterval> | null = null;
  private status: LinkStatus = 'connecting';

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
      if (typeof ack === 'function') ack(reply);
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
      this.broadcast();
    });
  }

  /** Sends every phone the room as it is now. */
  broadcast(): void {
    if (this.socket.connected) this.socket.emit('host:view', this.authority.view());
  }

  control(c: HostControl): boolean {
    return this.authority.control(c);
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.socket.close();
  }
}
