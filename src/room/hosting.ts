/**
 * Hosting a club night from this browser: the room's authority, its link to the relay,
 * and its saved copy, kept together for as long as the room is open (across the lobby,
 * question and podium screens). Every change is saved on the device at once and the
 * question's clock about once a second, so a reload of the host screen takes the room
 * back where it was, and the phones, which keep trying, come back to it by themselves.
 *
 * Loaded on demand: the single-screen game never downloads the socket.io client.
 */
import type { Quiz } from '../quiz/generator';
import { startRoom, teamsNamed } from '../quiz/room-session';
import type { ScoringRules } from '../quiz/scoring';
import type { GameSetup } from '../settings';
import type { RoomRecord } from '../storage/schema';
import { type HostControl, RoomAuthority, type RoomSnapshot } from './authority';
import { HostLink, type LinkStatus } from './host-link';
import { newRoomCode, randomString } from './random';

/** What hosting needs of saved progress (the `Progress` service). */
export interface RoomStore {
  saveRoom(room: RoomSnapshot, setup: GameSetup | null): void;
  forgetRoom(): void;
  /** Resolves once what was saved so far is on the device. */
  idle(): Promise<void>;
}

export interface HostingOptions {
  readonly store?: RoomStore;
  readonly now: () => number;
  /** The relay's address; the page's own origin when absent. */
  readonly url?: string;
}

/** Where phones can reach this server, as it reports itself (`/room/info`). */
export interface RoomInfo {
  readonly lan: readonly string[];
  readonly port: number;
}

/** The server's own description, or null where the page is served without the room server. */
export async function roomInfo(base = './'): Promise<RoomInfo | null> {
  try {
    const res = await fetch(`${base}room/info`, { cache: 'no-store' });
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null;
    const body = (await res.json()) as { ok?: unknown; lan?: unknown; port?: unknown };
    if (body.ok !== true || !Array.isArray(body.lan)) return null;
    return { lan: body.lan.filter((x): x is string => typeof x === 'string'), port: typeof body.port === 'number' ? body.port : 0 };
  } catch {
    return null;
  }
}

const HEARTBEAT_MS = 1000;

export class Hosting {
  readonly authority: RoomAuthority;
  readonly link: HostLink;
  private status_: LinkStatus = 'connecting';
  private readonly watchers = new Set<(broadcast: boolean) => void>();
  private heartbeat: ReturnType<typeof setInterval>;
  private closed = false;

  private constructor(
    init: RoomSnapshot | { room: string; key: string; state: ReturnType<typeof startRoom> },
    readonly setup: GameSetup | null,
    private readonly o: HostingOptions,
  ) {
    let link: HostLink | null = null;
    this.authority = new RoomAuthority(
      init,
      { now: o.now, random: randomString },
      HostLink.listener(
        () => link,
        (broadcast) => this.changed(broadcast),
      ),
    );
    link = new HostLink(this.authority, {
      ...(o.url ? { url: o.url } : {}),
      // A phone hears "answer in" (or gets its seat) only once it is saved: a host page that
      // reloads the moment after never loses what it acknowledged.
      ...(o.store ? { durable: () => o.store?.idle() ?? Promise.resolve() } : {}),
      onStatus: (s) => {
        this.status_ = s;
        this.notify(true);
      },
    });
    this.link = link;
    this.save();
    // The open question's clock, saved about once a second so a reload costs no time.
    this.heartbeat = setInterval(() => {
      if (this.authority.state.phase === 'asking' && !this.authority.paused) this.save();
      this.notify(false);
    }, HEARTBEAT_MS);
  }

  /** A new room for a quiz drawn up front (the whole quiz is saved with the room). */
  static open(quiz: Quiz, rules: ScoringRules, teamNames: readonly string[], setup: GameSetup | null, o: HostingOptions): Hosting {
    const state = startRoom(quiz, rules, teamsNamed(teamNames));
    return new Hosting({ room: newRoomCode(), key: randomString(128), state }, setup, o);
  }

  /** The room this device was hosting before the page reloaded. */
  static resume(record: RoomRecord, o: HostingOptions): Hosting {
    return new Hosting(record.room, record.setup, o);
  }

  get room(): string {
    return this.authority.room;
  }

  get status(): LinkStatus {
    return this.status_;
  }

  /** Called on every change, and once a second for the clock. Returns an unsubscribe. */
  watch(fn: (broadcast: boolean) => void): () => void {
    this.watchers.add(fn);
    return () => this.watchers.delete(fn);
  }

  control(c: HostControl): boolean {
    return this.authority.control(c);
  }

  private changed(broadcast: boolean): void {
    this.save();
    this.notify(broadcast);
  }

  private notify(broadcast: boolean): void {
    for (const fn of this.watchers) fn(broadcast);
  }

  private save(): void {
    if (!this.closed) this.o.store?.saveRoom(this.authority.snapshot(), this.setup);
  }

  /** The host closes the room: the phones are told the game is over, and the saved copy goes. */
  close(): void {
    if (this.closed) return;
    if (this.authority.state.phase !== 'finished') this.authority.control({ type: 'end' });
    this.closed = true;
    clearInterval(this.heartbeat);
    this.o.store?.forgetRoom();
    // Give the last view a moment to leave before the socket closes.
    setTimeout(() => this.link.close(), 300);
    this.watchers.clear();
  }
}
