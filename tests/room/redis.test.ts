/**
 * Two relay processes over Redis (the streams adapter): the host on one, the phones on the
 * other, and a whole game between them: joins, answers, reveals, the leaderboard, the end.
 * Nothing in either process knows the room; only socket.io rooms, shared through Redis.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { standings } from '../../src/quiz/room-session';
import { choice, order, room, UNTIMED, year } from './fixtures';
import { type Host, hostRoom, Phone, type Proc, sleep, startRedis, startServer, waitUntil } from './harness';

const QUESTIONS = [choice(0), order(1), year(2, 2004), choice(3)];
const RIGHT = [{ choice: 0 }, { order: ['a', 'b', 'c', 'd'] }, { year: 2004 }, { choice: 3 }];
const WRONG = [{ choice: 1 }, { order: ['a', 'b', 'd', 'c'] }, { year: 2003 }, { choice: 0 }];
/** Ann gets everything right; Bea and Cy half the order and the year off by one, and Cy misses the last. */
const PLAN: Record<string, boolean[]> = { Ann: [true, true, true, true], Bea: [true, false, false, true], Cy: [true, false, false, false] };
const EXPECTED = { Ann: 400, Bea: 100 + 50 + 75 + 100, Cy: 100 + 50 + 75 };

const procs: Proc[] = [];
let host: Host | null = null;
const phones: Phone[] = [];

afterAll(async () => {
  for (const p of phones) p.close();
  host?.close();
  await Promise.all(procs.map((p) => p.kill()));
});

describe('two relay processes over Redis', () => {
  it('play a whole game with the host on one and the phones on the other', async () => {
    const redis = await startRedis();
    procs.push(redis);
    const [one, two] = await Promise.all([startServer({ redisUrl: redis.url }), startServer({ redisUrl: redis.url })]);
    procs.push(one, two);
    const h = await hostRoom(one.url, room([QUESTIONS.slice(0, 2), QUESTIONS.slice(2)], UNTIMED));
    host = h;

    // The two servers find each other through Redis within moments: until then the host is "away" from the second.
    const probe = await new Phone(two.url).connect();
    phones.push(probe);
    const key = { room: h.room, seat: 'nobody', token: 'x'.repeat(32) };
    const end = Date.now() + 15_000;
    let reply = await probe.ask('hello', key);
    while (!(reply?.ok === false && reply.error === 'forged-seat') && Date.now() < end) {
      await sleep(100);
      reply = await probe.ask('hello', key);
    }
    expect(reply).toMatchObject({ ok: false, error: 'forged-seat' });

    const byName: Record<string, Phone> = {};
    for (const name of Object.keys(PLAN)) {
      const p = await new Phone(two.url).connect();
      phones.push(p);
      byName[name] = p;
      await p.join(h.room, name);
    }
    const everyone = Object.values(byName);
    const allSee = (phase: string, q: number) =>
      waitUntil(
        () => everyone.map((p) => `${p.view?.phase}@${p.view?.q}`),
        (x) => x.every((v) => v === `${phase}@${q}`),
        `${phase} at question ${q + 1} on every phone`,
      );
    expect(h.authority.state.seats.map((x) => x.name)).toEqual(Object.keys(PLAN));

    h.link.control({ type: 'start' });
    for (let q = 0; q < QUESTIONS.length; q++) {
      await allSee('asking', q);
      for (const p of everyone) p.seen(q);
      for (const [name, p] of Object.entries(byName)) {
        const given = (PLAN[name]?.[q] ? RIGHT : WRONG)[q] ?? { choice: 0 };
        expect((await p.answer(q, given)).reply).toEqual({ ok: true });
      }
      await allSee('revealed', q);
      expect(byName.Ann?.view?.results?.[byName.Ann.key?.seat ?? '']?.correct).toBe(true);
      if (q === 1) {
        h.link.control({ type: 'board' });
        await allSee('leaderboard', q);
      }
      h.link.control({ type: 'next' });
    }
    await allSee('finished', QUESTIONS.length - 1);

    expect(Object.fromEntries(standings(h.authority.state).map((p) => [p.name, p.score]))).toEqual(EXPECTED);
    for (const p of everyone) expect(Object.fromEntries((p.view?.board ?? []).map((b) => [b.name, b.score]))).toEqual(EXPECTED);
    expect(h.authority.state.answers).toHaveLength(everyone.length * QUESTIONS.length);
  });
});
