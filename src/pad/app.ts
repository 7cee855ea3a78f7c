/**
 * The phone pad: one socket to the room server (same origin, long-polling first, as
 * socket.io does), the seat kept in localStorage, and a screen drawn from the latest view.
 *
 * Coming back is automatic: on every `connect` (a reload, a reconnect after sleep or a
 * lost Wi-Fi) a stored seat says `hello`; while the host is away it says it again every
 * 1.5 s under a "Reconnecting to the host…" banner. An answer that cannot be delivered is
 * kept (in memory and in storage) and sent again after the next successful hello; the
 * host counts an identical resend once. The phone never learns the answer before the
 * reveal: the views it gets carry none.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, Given, Me, PadView, SeatKey, ServerToClient, Welcome } from '../room/protocol';
import { LIMITS } from '../room/protocol';
import { cleanName, NAME_MESSAGES, nameProblem } from '../room/names';
import { deadlineOf, isNewer, type OwnAnswer, type ScreenKind, screenKey, screenOf } from './model';
import { type Mounted, SCREENS, topBar } from './screens';
import { remember, store } from './store';

type PadSocket = Socket<ServerToClient, ClientToServer>;

/** How long to wait for the host's reply before trying again (the relay waits 4 s for the host). */
const ACK_MS = 6000;
/** How often a phone asks again while the host is away. */
export const RETRY_MS = 1500;

export interface PadState {
  /** The room code for the join form. */
  room: string;
  seat: SeatKey | null;
  me: Me | null;
  view: PadView | null;
  /** When the open question's time runs out, on `performance.now()`. */
  deadline: number | null;
  online: boolean;
  hostAway: boolean;
  /** The relay accepted this connection for the seat (after join or hello). */
  admitted: boolean;
  kicked: boolean;
  joining: boolean;
  joinError: string;
  /** A message for the playing screens (a refused answer, a team that could not be picked). */
  notice: string;
  answer: OwnAnswer | null;
  /** The order being tapped, or the year being typed, for question `q`. */
  draft: { q: number; order: string[]; year: string };
  /** The team asked for, until the host confirms. */
  teamAsked: number | null;
}

export class Pad {
  readonly state: PadState;
  private socket: PadSocket;
  private mounted: Mounted | null = null;
  private mountedKey = '';
  private retry: ReturnType<typeof setTimeout> | null = null;
  private helloing = false;
  /** `${connection}:${q}` of the last `seen` sent: once per question and connection. */
  private seenFor = '';
  private connection = 0;
  private readonly top: HTMLElement;
  private readonly banner: HTMLElement;
  private readonly screen: HTMLElement;
  private readonly announcer: HTMLElement;

  constructor(root: HTMLElement) {
    store.prune();
    const params = new URLSearchParams(location.search);
    const asked = (params.get('room') ?? '').toUpperCase().replace(/[^A-Z]/g, '');
    const room = LIMITS.roomCode.test(asked) ? asked : (store.lastRoom() ?? '');
    const seat = room ? store.seat(room) : null;
    const pending = seat ? store.pending(room, seat.seat) : null;
    this.state = {
      room,
      seat,
      me: null,
      view: null,
      deadline: null,
      online: false,
      hostAway: false,
      admitted: false,
      kicked: !seat && !!room && store.kicked(room),
      joining: false,
      joinError: '',
      notice: '',
      answer: pending ? { q: pending.q, given: pending.given, status: 'queued' } : null,
      draft: { q: -1, order: [], year: '' },
      teamAsked: null,
    };
    this.top = el('header', 'top');
    this.banner = el('div', 'banner');
    this.banner.setAttribute('role', 'status');
    this.banner.dataset.testid = 'banner';
    this.screen = el('div', 'stage');
    this.announcer = el('div', 'sr-only');
    this.announcer.setAttribute('aria-live', 'polite');
    root.replaceChildren(this.banner, this.top, this.screen, this.announcer);

    // The page's own origin, default transports: long-polling works where WebSocket is blocked.
    this.socket = io({ reconnectionDelay: 500, reconnectionDelayMax: 3000 }) as PadSocket;
    this.socket.on('connect', () => this.connected());
    this.socket.on('disconnect', () => {
      this.state.online = false;
      this.state.admitted = false;
      this.render();
    });
    this.socket.on('view', (v) => this.takeView(v));
    this.socket.on('kicked', () => this.removed());

    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') return;
      // A phone waking up: its socket may be dead without knowing it yet. Ask for the room now.
      if (!this.socket.connected) this.socket.connect();
      else if (this.state.seat) this.hello();
    });
    addEventListener('online', () => {
      if (!this.socket.connected) this.socket.connect();
    });
    setInterval(() => {
      if (this.state.deadline !== null) this.render();
    }, 250);
    this.render();
  }

  /** Milliseconds left on the open question, as this phone counts them; null when untimed. */
  remaining(): number | null {
    return this.state.deadline === null ? null : this.state.deadline - performance.now();
  }

  screenKind(): ScreenKind {
    const s = this.state;
    return screenOf({ seated: !!s.seat, kicked: s.kicked, me: s.me, view: s.view, answer: s.answer, remainingMs: this.remaining() });
  }

  // ---- the connection ----------------------------------------------------------------

  private connected(): void {
    this.connection++;
    this.state.online = true;
    this.state.admitted = false;
    if (this.state.seat) this.hello();
    this.render();
  }

  private later(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.socket.connected && this.state.seat) this.hello();
    }, RETRY_MS);
  }

  private hello(): void {
    const seat = this.state.seat;
    if (!seat || this.helloing) return;
    this.helloing = true;
    this.socket.timeout(ACK_MS).emit('hello', seat, (err, r) => {
      this.helloing = false;
      if (this.state.seat !== seat) return;
      if (err) {
        // No reply at all: the connection is probably dead; socket.io reconnects, or we ask again.
        this.later();
        return;
      }
      if (r.ok) {
        this.welcome(r);
        return;
      }
      if (r.error === 'host-away') {
        this.state.hostAway = true;
        this.later();
      } else if (r.error === 'kicked') this.removed();
      // forged-seat, no-room, or a seat the relay cannot read: that seat is gone for good.
      else this.forget('That seat is no longer in the room (a new game, perhaps): join again.');
      this.render();
    });
  }

  private welcome(w: Welcome): void {
    const s = this.state;
    s.hostAway = false;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    if (s.seat) store.saveSeat(s.seat);
    // What the host already has for the open question counts as this phone's answer.
    const given = w.me.given;
    s.me = { ...w.me, given: null };
    this.takeView(w.view, true);
    const v = s.view;
    if (v && v.phase === 'asking' && given && v.q === w.view.q) this.setAnswer({ q: v.q, given, status: 'in' });
    s.admitted = true;
    this.flush();
    this.render();
  }

  private takeView(v: PadView, quiet = false): void {
    const s = this.state;
    if (!s.seat || v.room !== s.seat.room) return;
    if (!isNewer(v, s.view)) return;
    // A view comes from the host: it is back (the hello that follows re-admits this phone).
    if (!quiet) s.hostAway = false;
    const before = s.view;
    // An open question's view carries no board: the one from before still stands.
    s.view = v.phase === 'asking' && v.board.length === 0 && before?.room === v.room ? { ...v, board: before.board, teamBoard: before.teamBoard } : v;
    s.deadline = deadlineOf(v, performance.now());
    if (!before || before.q !== v.q || before.phase !== v.phase) s.notice = '';
    if (s.draft.q !== v.q) s.draft = { q: v.q, order: [], year: '' };
    // An answer belongs to one open question: once it has closed, the reveal tells the rest.
    if (s.answer && (v.phase !== 'asking' || s.answer.q !== v.q)) this.setAnswer(null);
    if (v.phase !== 'lobby') s.teamAsked = null;
    this.flush();
    if (!quiet) this.render();
  }

  /** Sends what is waiting: a kept answer, and `seen` for a question now on screen. */
  private flush(): void {
    const s = this.state;
    const v = s.view;
    if (!s.admitted || !s.seat || !v || !s.me) return;
    if (s.answer && s.answer.status === 'queued' && v.phase === 'asking' && s.answer.q === v.q) this.send(s.answer);
    const key = `${this.connection}:${v.q}`;
    if (v.phase === 'asking' && !v.paused && s.me.from <= v.q && !s.answer && this.seenFor !== key) {
      this.seenFor = key;
      this.socket.emit('seen', { ...s.seat, q: v.q });
    }
  }

  private setAnswer(a: OwnAnswer | null): void {
    const s = this.state;
    s.answer = a;
    if (!s.seat) return;
    store.savePending(s.seat.room, a && a.status !== 'in' ? { seat: s.seat.seat, q: a.q, given: a.given } : null);
  }

  private send(a: OwnAnswer): void {
    const seat = this.state.seat;
    if (!seat) return;
    const sending: OwnAnswer = { ...a, status: 'sending' };
    this.setAnswer(sending);
    this.socket.timeout(ACK_MS).emit('answer', { ...seat, q: a.q, given: a.given }, (err, r) => {
      if (this.state.answer !== sending) return;
      const keep = () => this.setAnswer({ ...a, status: 'queued' });
      if (err) {
        keep();
        this.later();
      } else if (r.ok) {
        this.setAnswer({ ...a, status: 'in' });
      } else if (r.error === 'host-away' || r.error === 'not-joined') {
        keep();
        this.state.hostAway = r.error === 'host-away';
        this.state.admitted = false;
        this.later();
      } else if (r.error === 'already-answered') {
        this.setAnswer({ ...a, status: 'in' });
      } else if (r.error === 'kicked') {
        this.removed();
      } else if (r.error === 'forged-seat' || r.error === 'no-room') {
        this.forget('That seat is no longer in the room: join again.');
      } else {
        // Too late, paused, not this question: say so, and let the player try again if they still can.
        this.setAnswer(null);
        this.state.notice = r.message;
      }
      this.render();
    });
  }

  /** Starts afresh without the seat: a new connection, so the relay forgets it too. */
  private forget(message: string): void {
    const s = this.state;
    if (s.seat) store.forgetSeat(s.seat.room);
    s.seat = null;
    s.me = null;
    s.view = null;
    s.deadline = null;
    s.answer = null;
    s.admitted = false;
    s.hostAway = false;
    s.joinError = message;
    this.socket.disconnect().connect();
  }

  private removed(): void {
    const s = this.state;
    const room = s.seat?.room ?? s.room;
    if (room) store.markKicked(room);
    this.forget('');
    s.kicked = true;
    s.room = room;
    this.render();
  }

  // ---- what the player does ---------------------------------------------------------------

  join(roomRaw: string, nameRaw: string): void {
    const s = this.state;
    if (s.joining) return;
    const room = roomRaw.toUpperCase().replace(/[^A-Z]/g, '');
    const name = cleanName(nameRaw);
    s.room = room;
    if (!LIMITS.roomCode.test(room)) s.joinError = 'The room code is the four letters on the big screen.';
    else {
      const problem = nameProblem(name, []);
      s.joinError = problem ? NAME_MESSAGES[problem] : '';
    }
    if (s.joinError) {
      this.render();
      return;
    }
    s.joining = true;
    remember(name);
    this.render();
    this.socket.timeout(ACK_MS + 2000).emit('join', { room, name, device: store.device() }, (err, r) => {
      s.joining = false;
      if (err) s.joinError = this.socket.connected ? 'The room did not answer: try again.' : 'Cannot reach the room: is this phone on the same Wi-Fi as the big screen?';
      else if (!r.ok) s.joinError = r.message;
      else if (r.token && r.me) {
        const seat: SeatKey = { room, seat: r.me.seat, token: r.token };
        store.saveSeat(seat);
        s.seat = seat;
        s.kicked = false;
        s.joinError = '';
        s.view = null;
        history.replaceState(null, '', `?room=${room}`);
        this.welcome({ me: r.me, view: r.view });
        return;
      }
      this.render();
    });
  }

  pickTeam(team: number): void {
    const s = this.state;
    const seat = s.seat;
    if (!seat || !s.admitted) return;
    s.teamAsked = team;
    s.notice = '';
    this.render();
    this.socket.timeout(ACK_MS).emit('team', { ...seat, team }, (err, r) => {
      if (s.seat !== seat) return;
      s.teamAsked = null;
      if (err) s.notice = 'The host did not answer: try again.';
      else if (!r.ok) {
        s.notice = r.message;
        if (r.error === 'host-away') {
          s.hostAway = true;
          this.later();
        }
      } else this.welcome(r);
      this.render();
    });
  }

  answer(given: Given): void {
    const s = this.state;
    const v = s.view;
    if (v?.phase !== 'asking' || v.paused || s.answer) return;
    const left = this.remaining();
    if (left !== null && left <= 0) return;
    s.notice = '';
    navigator.vibrate?.(25);
    const a: OwnAnswer = { q: v.q, given, status: 'queued' };
    this.setAnswer(a);
    if (s.admitted) this.send(a);
    else if (s.seat && this.socket.connected) this.hello();
    this.render();
  }

  toggleOrder(item: string): void {
    const d = this.state.draft;
    d.order = d.order.includes(item) ? d.order.filter((x) => x !== item) : [...d.order, item];
    this.render();
  }

  clearOrder(): void {
    this.state.draft.order = [];
    this.render();
  }

  lockOrder(): void {
    const v = this.state.view;
    const order = this.state.draft.order;
    if (v?.question && order.length === v.question.options.length) this.answer({ order: [...order] });
  }

  yearKey(key: string): void {
    const d = this.state.draft;
    if (key === 'back') d.year = d.year.slice(0, -1);
    else if (/^\d$/.test(key) && d.year.length < 4) d.year += key;
    this.render();
  }

  yearOk(): void {
    const y = this.state.draft.year;
    if (/^\d{4}$/.test(y)) this.answer({ year: Number(y) });
  }

  /** From the "removed" screen: to the join form, for another room. */
  leave(): void {
    const s = this.state;
    s.kicked = false;
    s.room = '';
    s.joinError = '';
    history.replaceState(null, '', location.pathname);
    this.render();
  }

  // ---- drawing --------------------------------------------------------------------------

  say(text: string): void {
    this.announcer.textContent = '';
    // A new text node in a live region is read even when it repeats the last one.
    setTimeout(() => {
      this.announcer.textContent = text;
    }, 50);
  }

  render(): void {
    const s = this.state;
    const kind = this.screenKind();
    const key = screenKey(kind, s.view);
    if (key !== this.mountedKey) {
      this.mountedKey = key;
      this.mounted?.destroy?.();
      this.mounted = SCREENS[kind](this);
      this.screen.replaceChildren(this.mounted.el);
      this.screen.dataset.screen = kind;
      document.body.dataset.screen = kind;
      scrollTo(0, 0);
      this.mounted.el.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
      if (this.mounted.say) this.say(this.mounted.say);
    }
    this.mounted?.update?.();
    topBar(this, this.top);
    const away = !!s.seat && s.hostAway;
    const offline = !s.online && (!!s.seat || s.joining);
    this.banner.textContent = away ? 'Reconnecting to the host…' : offline ? 'Reconnecting…' : '';
    this.banner.hidden = !(away || offline);
  }
}

function el(tag: string, className: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  return e;
}

