/**
 * The club-night protocol: every message between the room server, the host screen and
 * the phones, in one typed map shared by all three (socket.io's
 * `Server<ClientToServer, ServerToClient>`). `docs/room-protocol.md` describes it for
 * people. Plain types only: the phone pad imports this file and must stay small.
 *
 * The host's browser holds the room (its state, the seat tokens, the clock); the server
 * relays. A phone's message goes to the server, which checks its shape and forwards it
 * to the host; the host's reply travels back as the acknowledgement.
 */
import type { InputMode } from '../quiz/question';
import type { Given, RoomPhase } from '../quiz/room-session';

export type { Given, RoomPhase };

/** Why a message was refused. Every refusal changes nothing. */
export type ErrorCode =
  | 'malformed'
  | 'too-big'
  | 'no-room'
  | 'host-away'
  | 'room-taken'
  | 'not-host'
  | 'not-joined'
  | 'forged-seat'
  | 'kicked'
  | 'room-locked'
  | 'bad-name'
  | 'name-taken'
  | 'bad-team'
  | 'already-answered'
  | 'not-your-question'
  | 'wrong-question'
  | 'too-late'
  | 'not-now'
  | 'bad-answer'
  | 'game-over';

export type Reply<T extends object = object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: ErrorCode; readonly message: string };

/** Upper bounds the server enforces before anything reaches the host. */
export const LIMITS = {
  /** Bytes of JSON in one message from a phone. */
  phoneMessage: 2048,
  /** Bytes of JSON in one view from the host (200 players' standings fit easily). */
  hostMessage: 256 * 1024,
  nameLength: 16,
  roomCode: /^[A-Z]{4}$/,
} as const;

/** A seat, as the phone keeps it to come back to (localStorage). */
export interface SeatKey {
  readonly room: string;
  readonly seat: string;
  readonly token: string;
}

// ---- phone → server ------------------------------------------------------------------

export interface JoinMessage {
  readonly room: string;
  readonly name: string;
  readonly team?: number | null;
  /** The phone's own random id (kept in localStorage): a removed player's phone cannot join again under another name. */
  readonly device?: string;
}

export interface AnswerMessage extends SeatKey {
  /** The question answered, so a late answer never lands on the next one. */
  readonly q: number;
  readonly given: Given;
}

export interface TeamMessage extends SeatKey {
  readonly team: number | null;
}

export interface SeenMessage extends SeatKey {
  readonly q: number;
}

/** What the phone is told about itself: enough to draw its own screen after a reload. */
export interface Me {
  readonly seat: string;
  readonly name: string;
  readonly team: number | null;
  /** The first question it plays (a late joiner starts at the next one). */
  readonly from: number;
  /** Its points so far (the open question's left out until it closes). */
  readonly score: number;
  /** What it already gave for the open question, if anything. */
  readonly given: Given | null;
}

export interface Welcome {
  readonly me: Me;
  readonly view: PadView;
}

export interface Joined extends Welcome {
  readonly token: string;
}

export interface ClientToServer {
  join(m: JoinMessage, ack: (r: Reply<Joined>) => void): void;
  hello(m: SeatKey, ack: (r: Reply<Welcome>) => void): void;
  answer(m: AnswerMessage, ack: (r: Reply<{ readonly duplicate?: boolean }>) => void): void;
  team(m: TeamMessage, ack: (r: Reply<Welcome>) => void): void;
  /** The phone shows question `q`: its answer time runs from here, on the host's clock. */
  seen(m: SeenMessage): void;

  // ---- host → server ----
  'host:open'(m: { readonly room: string; readonly key: string }, ack: (r: Reply<{ readonly room: string }>) => void): void;
  /** A new view for every phone in the room. */
  'host:view'(view: PadView): void;
  /** Removes a seat's phones from the room for good. */
  'host:kick'(m: { readonly seat: string }): void;
}

// ---- server → clients ------------------------------------------------------------------

/** A phone's message as the host receives it, after the server checked its shape. */
export type Relayed =
  | { readonly kind: 'join'; readonly m: JoinMessage }
  | { readonly kind: 'hello'; readonly m: SeatKey }
  | { readonly kind: 'answer'; readonly m: AnswerMessage }
  | { readonly kind: 'team'; readonly m: TeamMessage }
  | { readonly kind: 'seen'; readonly m: SeenMessage }
  | { readonly kind: 'gone'; readonly seat: string };

export type HostReply = Reply<Partial<Joined> & { readonly duplicate?: boolean }>;

export interface ServerToClient {
  /** To the host: a phone's message; the host's answer is the reply the phone gets. */
  phone(r: Relayed, ack: (reply: HostReply) => void): void;
  /** To phones: the room as it is now. */
  view(v: PadView): void;
  /** To a kicked seat's phones. */
  kicked(): void;
}

export interface SocketData {
  room?: string;
  /** The seat this connection speaks for, once the host accepted it. */
  seat?: string;
  /** For a host connection: its key, which must match to take the room back. */
  hostKey?: string;
}

// ---- the view ----------------------------------------------------------------------------

/** The question as a phone may see it while it is open: never which option is right. */
export interface OpenQuestion {
  /** `q<n>`: never the generator's id, which can name the answer. */
  readonly id: string;
  readonly category: string;
  readonly prompt: string;
  readonly input: InputMode;
  readonly options: readonly string[];
  /** With the host's extra time; null when untimed. */
  readonly timeLimitMs: number | null;
  /** How long it had been open when this view was sent (pauses excluded). */
  readonly elapsedMs: number;
}

export interface Reveal {
  readonly answer: string;
  /** -1 when the question is not a choice. */
  readonly answerIndex: number;
  readonly explanation: string;
  readonly source: string;
  /** How many picked each option (choice questions). */
  readonly counts: readonly number[];
}

export interface BoardRow {
  readonly seat: string;
  readonly name: string;
  readonly team: number | null;
  readonly score: number;
  readonly rank: number;
}

export interface TeamRow {
  readonly team: number;
  readonly name: string;
  readonly colour: number;
  readonly score: number;
  readonly rank: number;
}

export interface SeatResult {
  readonly given: Given | null;
  readonly correct: boolean;
  readonly points: number;
}

export interface PadView {
  readonly room: string;
  /** Grows with every view the host makes (wall-clock based, so a reloaded host goes on growing): a late reply never undoes a newer view. */
  readonly seq: number;
  readonly phase: RoomPhase;
  readonly paused: boolean;
  readonly locked: boolean;
  /** The question, from 0, and how many there are. */
  readonly q: number;
  readonly total: number;
  readonly round: number;
  readonly rounds: number;
  readonly teams: readonly { readonly name: string; readonly colour: number }[];
  readonly players: number;
  readonly question: OpenQuestion | null;
  /** Only once the question has closed. */
  readonly reveal: Reveal | null;
  /** Each seat's result for the question just closed (only once it has closed). */
  readonly results: Readonly<Record<string, SeatResult>> | null;
  /** Everyone's standing; empty while a question is open (it cannot change then: keep the last one). */
  readonly board: readonly BoardRow[];
  readonly teamBoard: readonly TeamRow[];
}
