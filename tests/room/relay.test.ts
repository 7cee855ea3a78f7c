/**
 * The relay at its edge: every kind of bad message a phone (or a would-be host) can send,
 * through a real server process and real socket.io connections. Each gets an error reply
 * with its code, and nothing changes: not the host's room (its whole snapshot), not what
 * the other phones have been shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, PadView, SeatKey } from '../../src/room/protocol';
import { choice, room, UNTIMED } from './fixtures';
import { type Host, hostRoom, Phone, type Proc, sleep, startServer, waitUntil } from './harness';

let server: Proc & { url: string };
let host: Host;
const phones: Phone[] = [];
let ann: Phone;
let bea: Phone;
let cy: Phone;
/** Connected, never joined. */
let stranger: Phone;

function phone(): Phone {
  const p = new Phone(server.url);
  phones.push(p);
  return p;
}

const key = (p: Phone): SeatKey => {
  if (!p.key) throw new Error('not joined');
  return p.key;
};

beforeAll(async () => {
  server = await startServer();
  host = await hostRoom(server.url, room([[choice(0), choice(1), choice(2)]], UNTIMED));
  [ann, bea, cy, stranger] = await Promise.all([phone().connect(), phone().connect(), phone().connect(), phone().connect()]);
  await ann.join(host.room, 'Ann');
  await bea.join(host.room, 'Bea');
  await cy.join(host.room, 'Cy');
  host.link.control({ type: 'start' });
  // Question 1: Ann and Bea answer, Cy does not, and the host closes it. Question 2 is open; Ann has answered it.
  expect((await ann.answer(0, { choice: 0 })).reply).toEqual({ ok: true });
  expect((await bea.answer(0, { choice: 1 })).reply).toEqual({ ok: true });
  host.link.control({ type: 'close' });
  host.link.control({ type: 'next' });
  expect((await ann.answer(1, { choice: 1 })).reply).toEqual({ ok: true });
  await waitUntil(
    () => [ann, bea, cy].map((p) => p.view?.q === 1 && p.view.phase === 'asking'),
    (x) => x.every(Boolean),
    'every phone to show question 2',
  );
});

afterAll(async () => {
  for (const p of phones) p.close();
  host?.close();
  await server?.kill();
});

type Bad = [what: string, from: () => Phone, event: string, payload: () => unknown[], error: ErrorCode];

const big = 'x'.repeat(300);

const table: Bad[] = [
  ['an unknown event', () => stranger, 'cheat', () => [{ room: host.room }], 'malformed'],
  ['an unknown event from a seated phone', () => ann, 'score', () => [{ ...key(ann), points: 1000 }], 'malformed'],
  ['an answer with no payload', () => ann, 'answer', () => [], 'malformed'],
  ['an answer that is a string', () => ann, 'answer', () => ['choice 2'], 'malformed'],
  ['an answer whose question is a string', () => bea, 'answer', () => [{ ...key(bea), q: '1', given: { choice: 1 } }], 'malformed'],
  ['an answer whose choice is a fraction', () => bea, 'answer', () => [{ ...key(bea), q: 1, given: { choice: 0.5 } }], 'malformed'],
  ['an answer with an extra field', () => bea, 'answer', () => [{ ...key(bea), q: 1, given: { choice: 1 }, elapsedMs: 0 }], 'malformed'],
  ['an answer whose given has an extra field', () => bea, 'answer', () => [{ ...key(bea), q: 1, given: { choice: 1, correct: true } }], 'malformed'],
  ['a join with a lower-case room code', () => stranger, 'join', () => [{ room: host.room.toLowerCase(), name: 'Eve' }], 'malformed'],
  ['a join whose name is a number', () => stranger, 'join', () => [{ room: host.room, name: 42 }], 'malformed'],
  ['a join with an extra field', () => stranger, 'join', () => [{ room: host.room, name: 'Eve', seat: 'mine' }], 'malformed'],
  ['a hello with no token', () => stranger, 'hello', () => [{ room: host.room, seat: key(bea).seat }], 'malformed'],
  ['an answer over 2 KB', () => bea, 'answer', () => [{ ...key(bea), q: 1, given: { order: [big, big, big, big, big, big, big, big] } }], 'too-big'],
  ['a join over 2 KB', () => stranger, 'join', () => [{ room: host.room, name: 'x'.repeat(2100) }], 'too-big'],
  ['a join to a room nobody hosts', () => stranger, 'join', () => [{ room: 'ZZZZ', name: 'Eve' }], 'no-room'],
  ['a hello to a room nobody hosts', () => stranger, 'hello', () => [{ ...key(bea), room: 'ZZZZ' }], 'host-away'],
  ['a hello with a forged token', () => stranger, 'hello', () => [{ ...key(bea), token: 'f'.repeat(32) }], 'forged-seat'],
  ['a hello for a seat that does not exist', () => stranger, 'hello', () => [{ room: host.room, seat: 'feedfacecafe', token: 'f'.repeat(32) }], 'forged-seat'],
  ['an answer with the seat right and the token forged', () => bea, 'answer', () => [{ ...key(bea), token: 'f'.repeat(32), q: 1, given: { choice: 1 } }], 'forged-seat'],
  ['an answer for another connection’s seat', () => ann, 'answer', () => [{ ...key(bea), q: 1, given: { choice: 1 } }], 'forged-seat'],
  ['a hello for another connection’s seat', () => ann, 'hello', () => [key(bea)], 'forged-seat'],
  ['an answer from a connection that never joined', () => stranger, 'answer', () => [{ ...key(bea), q: 1, given: { choice: 1 } }], 'not-joined'],
  ['a seen from a connection that never joined', () => stranger, 'seen', () => [{ ...key(bea), q: 1 }], 'not-joined'],
  ['a team from a connection that never joined', () => stranger, 'team', () => [{ ...key(bea), team: null }], 'not-joined'],
  ['a second, different answer', () => ann, 'answer', () => [{ ...key(ann), q: 1, given: { choice: 2 } }], 'already-answered'],
  ['an answer to a question that has closed', () => cy, 'answer', () => [{ ...key(cy), q: 0, given: { choice: 0 } }], 'too-late'],
  ['an answer to a question not yet open', () => bea, 'answer', () => [{ ...key(bea), q: 2, given: { choice: 2 } }], 'wrong-question'],
  ['an answer outside the options', () => bea, 'answer', () => [{ ...key(bea), q: 1, given: { choice: 9 } }], 'bad-answer'],
  ['a team that does not exist', () => bea, 'team', () => [{ ...key(bea), team: 1 }], 'bad-team'],
  ['a join with a name already in the room', () => stranger, 'join', () => [{ room: host.room, name: 'ann' }], 'name-taken'],
  ['a join with a rude name', () => stranger, 'join', () => [{ room: host.room, name: 'Sh1t' }], 'bad-name'],
  ['a host:open with the wrong key for a hosted room', () => stranger, 'host:open', () => [{ room: host.room, key: 'f'.repeat(32) }], 'room-taken'],
  ['a host:open with a key too short', () => stranger, 'host:open', () => [{ room: host.room, key: 'short' }], 'malformed'],
];

/** What a refusal must leave alone: the host's room, and each phone's view count and newest view. */
function world() {
  const { elapsedMs: _, ...snapshot } = host.authority.snapshot();
  const shown = (p: Phone) => ({ views: p.views.length, last: p.views.at(-1) && ({ ...p.views.at(-1), seq: 0, question: p.views.at(-1)?.question && { ...p.views.at(-1)?.question, elapsedMs: 0 } } as PadView) });
  return { state: host.authority.state, snapshot, phones: [ann, bea, cy].map(shown) };
}

describe('the relay', () => {
  it.each(table)('answers %s with an error, and nothing changes', async (_, from, event, payload, error) => {
    const before = world();
    const reply = await from().ask(event, ...payload());
    expect(reply).toMatchObject({ ok: false, error });
    expect(reply?.ok === false && reply.message.length).toBeGreaterThan(10);
    // Anything the message set off would reach the phones about as fast as the reply.
    await sleep(100);
    const after = world();
    expect(after.state).toBe(before.state);
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.phones).toEqual(before.phones);
  });

  it('still plays on after all of that: the other answers close the question and every phone sees the reveal', async () => {
    expect((await bea.answer(1, { choice: 1 })).reply).toEqual({ ok: true });
    expect((await cy.answer(1, { choice: 3 })).reply).toEqual({ ok: true });
    await waitUntil(
      () => [ann, bea, cy].map((p) => p.view?.phase === 'revealed' && p.view.q === 1),
      (x) => x.every(Boolean),
      'every phone to show the reveal',
    );
    expect(ann.view?.reveal?.answerIndex).toBe(1);
    expect(Object.fromEntries((ann.view?.board ?? []).map((b) => [b.name, b.score]))).toEqual({ Ann: 200, Bea: 100, Cy: 0 });
    // The server is still the one it was: no message above crashed it.
    expect(server.output()).not.toMatch(/Error|Unhandled/);
  });
});
