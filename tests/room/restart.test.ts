/**
 * The relay keeps nothing, so killing it mid-question loses nothing: the server process is
 * killed outright (SIGKILL) while a question is open and started again on the same port.
 * The host and the phones reconnect by themselves, the phones say hello again, the answers
 * sent before, during and after the outage each count once, and the game plays to the end.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { standings } from '../../src/quiz/room-session';
import { choice, room, UNTIMED } from './fixtures';
import { freePort, type Host, hostRoom, Phone, type Proc, startServer, waitUntil } from './harness';

const QUESTIONS = [choice(0), choice(1), choice(2), choice(3)];
/** What each player picks for each question (the right answers are 0, 1, 2, 3). */
const PICKS: Record<string, number[]> = { Ann: [0, 1, 2, 3], Bea: [0, 0, 2, 0], Cy: [1, 1, 1, 1] };
const EXPECTED = { Ann: 400, Bea: 200, Cy: 100 };

let server: Proc & { url: string };
let host: Host;
const phones: Record<string, Phone> = {};

afterAll(async () => {
  for (const p of Object.values(phones)) p.close();
  host?.close();
  await server?.kill();
});

const everyone = () => Object.values(phones);
const pick = (name: string, q: number) => ({ choice: PICKS[name]?.[q] ?? 0 });

async function allSee(phase: string, q: number, what: string): Promise<void> {
  await waitUntil(
    () => everyone().map((p) => `${p.view?.phase}@${p.view?.q}`),
    (x) => x.every((v) => v === `${phase}@${q}`),
    what,
  );
}

describe('a relay killed and restarted mid-question', () => {
  it('loses no answer and counts none twice, and the game plays to the end', async () => {
    const port = await freePort();
    server = await startServer({ port });
    host = await hostRoom(server.url, room([QUESTIONS], UNTIMED));
    for (const name of Object.keys(PICKS)) {
      const p = await new Phone(server.url).connect();
      phones[name] = p;
      await p.join(host.room, name);
    }
    const [ann, bea, cy] = [phones.Ann, phones.Bea, phones.Cy] as [Phone, Phone, Phone];
    host.link.control({ type: 'start' });
    await allSee('asking', 0, 'question 1 on every phone');
    for (const [name, p] of Object.entries(phones)) expect((await p.answer(0, pick(name, 0))).reply).toEqual({ ok: true });
    await allSee('revealed', 0, 'the reveal of question 1');
    host.link.control({ type: 'next' });
    await allSee('asking', 1, 'question 2 on every phone');

    // Ann answers; then the server dies, with Bea's answer on its way and Cy yet to answer.
    expect((await ann.answer(1, pick('Ann', 1))).reply).toEqual({ ok: true });
    await server.kill();
    await waitUntil(
      () => [host.link.connected, ...everyone().map((p) => p.connected)],
      (x) => x.every((c) => !c),
      'the host and phones to notice',
    );
    const beaDuring = bea.answer(1, pick('Bea', 1));

    server = await startServer({ port });
    await waitUntil(
      () => [host.link.connected, ...everyone().map((p) => p.ready)],
      (x) => x.every(Boolean),
      'the host and every phone to be back',
      20_000,
    );
    const during = await beaDuring;
    expect(during.reply).toEqual({ ok: true });
    // Its first send went nowhere (to the dead server, or ahead of the phone's hello); a later one got through.
    expect(during.sends).toBeGreaterThan(1);
    // Ann never heard back, say: she sends her answer again, and it is not counted again.
    expect((await ann.answer(1, pick('Ann', 1))).reply).toEqual({ ok: true, duplicate: true });
    // The phones learnt where the game was from the host's reply to their hello.
    expect(cy.me?.given).toBeNull();
    expect(ann.me?.given).toEqual(pick('Ann', 1));
    expect((await cy.answer(1, pick('Cy', 1))).reply).toEqual({ ok: true });
    await allSee('revealed', 1, 'the reveal of question 2, after the restart');

    for (const q of [2, 3]) {
      host.link.control({ type: 'next' });
      await allSee('asking', q, `question ${q + 1}`);
      for (const [name, p] of Object.entries(phones)) expect((await p.answer(q, pick(name, q))).reply).toEqual({ ok: true });
      await allSee('revealed', q, `the reveal of question ${q + 1}`);
    }
    host.link.control({ type: 'next' });
    await allSee('finished', 3, 'the end of the game on every phone');

    const s = host.authority.state;
    const byName = (seat: string) => s.seats.find((x) => x.id === seat)?.name ?? seat;
    expect(s.answers.map((a) => `${byName(a.seat)}@${a.q}`).sort()).toEqual(Object.keys(PICKS).flatMap((n) => QUESTIONS.map((_, q) => `${n}@${q}`)).sort());
    for (const a of s.answers) expect(a.given).toEqual(pick(byName(a.seat), a.q));
    expect(Object.fromEntries(standings(s).map((p) => [p.name, p.score]))).toEqual(EXPECTED);
    for (const p of everyone()) expect(Object.fromEntries((p.view?.board ?? []).map((b) => [b.name, b.score]))).toEqual(EXPECTED);
  });
});
