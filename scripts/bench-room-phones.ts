/**
 * One of the phone processes of `npm run bench:room`: it runs a share of the simulated phones,
 * so that, as in a real room, a phone does not wait for a hundred others on the same thread
 * before it sees a question. Forked by scripts/bench-room.ts and driven over IPC; it talks
 * only to the loopback server it is given.
 */
import type { HostReply, PadView } from '../src/room/protocol';
import { Phone, sleep, waitUntil } from '../tests/room/harness';
import { delayOf, dropDelay, dropsAt, type FromPhones, mix, nameOf, pickOf, type Plan, type PhonesReport, type ToPhones, wallNow } from './bench-room-plan';

interface PhoneRun {
  readonly i: number;
  readonly phone: Phone;
  readonly arrived: Record<number, number>;
  readonly asked: Set<number>;
  readonly answers: Map<number, Promise<HostReply>>;
  readonly fresh: Record<number, number>;
  /** Each question's drop and return, once started. */
  readonly returns: Map<number, Promise<void>>;
}

const send = (m: FromPhones) => process.send?.(m);

let dropping = false;
const phones: PhoneRun[] = [];
const ackMs: number[] = [];
let retries = 0;
let drops = 0;
let resends = 0;
let duplicatesAcked = 0;
const cpu0 = process.cpuUsage();

function answer(me: PhoneRun, q: number): Promise<HostReply> {
  const pending = me.answers.get(q);
  if (pending) return pending;
  const p = me.phone.answer(q, { choice: pickOf(me.i, q) }, 60_000).then(({ reply, sends }) => {
    retries += sends - 1;
    if (reply.ok && !reply.duplicate) me.fresh[q] = (me.fresh[q] ?? 0) + 1;
    return reply;
  });
  me.answers.set(q, p);
  return p;
}

/** Drops a phone's connection, reconnects it a moment later, and once the host has it back, sends its answer again if it was already in. */
async function dropAndReturn(me: PhoneRun, q: number): Promise<void> {
  drops++;
  me.phone.drop();
  await sleep(50 + (mix(me.i, q, 4) % 200));
  me.phone.socket.connect();
  await waitUntil(
    () => me.phone.ready,
    (x) => x,
    `phone ${me.i} to be welcomed back`,
    30_000,
  );
  // Not sure its answer got through, the pad sends it again. (An answer still on its way is
  // sent again by the phone itself; one not given yet leaves on time.)
  if (!me.fresh[q]) return;
  resends++;
  const { reply } = await me.phone.answer(q, { choice: pickOf(me.i, q) }, 30_000);
  if (reply.ok && reply.duplicate) duplicatesAcked++;
  else if (reply.ok) me.fresh[q] = (me.fresh[q] ?? 0) + 1;
}

/** What a pad does with a question it has just been shown: says it is shown, answers a moment later, and here and there drops out half way. */
function onAsk(me: PhoneRun, v: PadView, p: Plan): void {
  if (v.phase !== 'asking' || me.asked.has(v.q)) return;
  const q = v.q;
  me.asked.add(q);
  // A real phone says "seen" on its own CPU; here fifty phones share one thread, and a phone
  // sending it at once would hold back the others' taking in the question: it goes out once
  // every view that arrived with this one has been taken in.
  setImmediate(() => me.phone.seen(q));
  setTimeout(() => void answer(me, q), delayOf(p, me.i, q));
  if (dropping && dropsAt(me.i, q)) {
    const back = sleep(dropDelay(p)).then(() => dropAndReturn(me, q));
    back.catch(() => undefined);
    me.returns.set(q, back);
  }
}

async function join(url: string, room: string, first: number, count: number, p: Plan): Promise<void> {
  for (let i = first; i < first + count; i++) {
    const arrived: Record<number, number> = {};
    let me: PhoneRun | null = null;
    const phone = new Phone(url, {
      keepViews: false,
      onView: (v, at) => {
        if (v.phase === 'asking' && arrived[v.q] === undefined) arrived[v.q] = wallNow(at);
        if (me) onAsk(me, v, p);
      },
      onAck: (event, ms, reply) => {
        if (event === 'answer' && reply?.ok) ackMs.push(ms);
      },
    });
    me = { i, phone, arrived, asked: new Set(), answers: new Map(), fresh: {}, returns: new Map() };
    phones.push(me);
  }
  // Join in waves, as a room fills up from a QR code.
  for (let k = 0; k < phones.length; k += 25) {
    await Promise.all(
      phones.slice(k, k + 25).map(async (me) => {
        await me.phone.connect();
        await me.phone.join(room, nameOf(me.i));
      }),
    );
  }
}

/** Once the host has closed question `q`: every phone here shows its reveal, and every answer and return is settled. */
async function settle(q: number): Promise<void> {
  await waitUntil(
    () => phones.filter((me) => me.phone.view?.phase !== 'revealed' || me.phone.view.q !== q).length,
    (n) => n === 0,
    `every phone to show the reveal of question ${q + 1}`,
    30_000,
  );
  await Promise.all(phones.map((me) => me.answers.get(q)));
  await Promise.all(phones.map((me) => me.returns.get(q)));
}

async function finish(): Promise<PhonesReport> {
  await waitUntil(
    () => phones.filter((me) => me.phone.view?.phase !== 'finished').length,
    (n) => n === 0,
    'every phone to show the end of the game',
    30_000,
  );
  const cpu = process.cpuUsage(cpu0);
  return {
    arrived: Object.fromEntries(phones.map((me) => [me.i, me.arrived])),
    ackMs,
    seats: Object.fromEntries(phones.map((me) => [me.i, me.phone.key?.seat ?? ''])),
    fresh: Object.fromEntries(phones.map((me) => [me.i, me.fresh])),
    drops,
    resends,
    duplicatesAcked,
    retries,
    cpuS: (cpu.user + cpu.system) / 1e6,
  };
}

const fail = (e: unknown) => {
  send({ type: 'failed', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  process.exitCode = 1;
};

process.on('message', (m: ToPhones) => {
  if (m.type === 'join') {
    dropping = m.drop;
    join(m.url, m.room, m.first, m.count, m.plan).then(() => send({ type: 'joined' }), fail);
  } else if (m.type === 'settle') {
    settle(m.q).then(() => send({ type: 'settled', q: m.q }), fail);
  } else if (m.type === 'finish') {
    finish().then(
      (report) => {
        send({ type: 'report', report });
        for (const me of phones) me.phone.close();
        process.disconnect();
      },
      fail,
    );
  }
});
// Gone with the host's process, whatever happens to it.
process.on('disconnect', () => {
  for (const me of phones) me.phone.close();
  setTimeout(() => process.exit(), 200).unref();
});
