/**
 * `npm run bench:room`: a club night at full size on this machine. The room server runs as a
 * child process on a free loopback port (so its memory and CPU can be read from /proc); a
 * host (the real RoomAuthority behind a real HostLink) and 200 phones (socket.io clients over
 * WebSocket) run here. Every phone joins one room and answers 20 questions, each after a
 * delay and with a choice fixed by its number and the question's, so every score is known
 * in advance. Two runs, each on a fresh server: a steady one, and one in which a fifth of
 * the phones drop their connection in the middle of every question, come back, say hello
 * and answer (or send their answer again). Both runs must end with the same scores, and
 * with no answer lost or counted twice.
 *
 *   npm run bench:room [-- --phones 200 --questions 20 --read 500 --spread 1000]
 *
 * Builds nothing, and talks only to 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { standings } from '../src/quiz/room-session';
import type { HostReply, PadView } from '../src/room/protocol';
import { choice, room } from '../tests/room/fixtures';
import { type Host, hostRoom, Phone, type Proc, sleep, startServer, waitUntil } from '../tests/room/harness';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} takes a positive whole number`);
  return v;
}

const PHONES = arg('phones', 200);
const QUESTIONS = arg('questions', 20);
/**
 * Each phone answers between READ_MS and READ_MS + SPREAD_MS after seeing the question: nobody
 * answers a question before reading it, and here that also keeps the answers clear of the
 * moment this one process parses the 200 copies of the question's view.
 */
const READ_MS = arg('read', 500);
const SPREAD_MS = arg('spread', 1000);
/** The whole benchmark, both runs, ends within this. */
const OVERALL_MS = 5 * 60_000;
const TARGET_P99_MS = 50;

/** A fixed, well-mixed number for phone `i` and question `q` (and a salt, for separate uses). */
function mix(i: number, q: number, salt: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(q + 1, 0x85ebca77) ^ Math.imul(salt + 1, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
const pickOf = (i: number, q: number) => mix(i, q, 1) % 4;
const delayOf = (i: number, q: number) => READ_MS + (mix(i, q, 2) % SPREAD_MS);
/** A fifth of the phones, a different fifth each question. */
const dropsAt = (i: number, q: number) => mix(i, q, 3) % 5 === 0;
const nameOf = (i: number) => `Player ${i + 1}`;

/** The questions: 20 of four options, the right one `n % 4`. */
const questions = Array.from({ length: QUESTIONS }, (_, n) => choice(n));
const expected = new Map(Array.from({ length: PHONES }, (_, i) => [nameOf(i), questions.reduce((n, q, k) => n + (pickOf(i, k) === q.answerIndex ? 100 : 0), 0)]));

function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** The server's peak resident memory (bytes) and CPU time (s), from /proc. */
function usage(pid: number): { peakRss: number; cpuS: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return { peakRss: peakKb * 1024, cpuS: ticks / CLOCK_TICKS };
}

interface RunResult {
  readonly ackMs: number[];
  readonly broadcastMs: number[];
  /** The same, to the first phone: the rest of the spread is these phones taking their turns on this process's one thread. */
  readonly firstMs: number[];
  readonly sent: number;
  readonly counted: number;
  readonly lost: number;
  readonly twice: number;
  readonly drops: number;
  readonly resends: number;
  readonly duplicatesAcked: number;
  readonly retries: number;
  readonly scores: Map<string, number>;
  readonly server: { peakRss: number; cpuS: number };
  readonly clientCpuS: number;
  readonly wallS: number;
}

interface PhoneRun {
  readonly phone: Phone;
  /** When the asking view of each question first arrived (as a `view` event). */
  readonly arrived: Map<number, number>;
  /** The questions it has been shown. */
  readonly asked: Set<number>;
  /** Each question's answer: the promise of its final reply. */
  readonly answers: Map<number, Promise<HostReply>>;
  /** Replies that counted an answer as new, per question. */
  readonly fresh: Map<number, number>;
}

async function run(drop: boolean, log: (line: string) => void): Promise<RunResult> {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const server = await startServer();
  let host: Host | null = null;
  const phones: PhoneRun[] = [];
  const ackMs: number[] = [];
  let retries = 0;
  let drops = 0;
  let resends = 0;
  let duplicatesAcked = 0;
  try {
    host = await hostRoom(server.url, room([questions.slice(0, Math.ceil(QUESTIONS / 2)), questions.slice(Math.ceil(QUESTIONS / 2))], { mode: 'accuracy', timeLimitMs: null, streakBonus: false }));
    const h = host;

    const answer = (i: number, q: number): Promise<HostReply> => {
      const me = phones[i];
      if (!me) throw new Error(`no phone ${i}`);
      const pending = me.answers.get(q);
      if (pending) return pending;
      const p = me.phone.answer(q, { choice: pickOf(i, q) }, 60_000).then(({ reply, sends }) => {
        retries += sends - 1;
        if (reply.ok && !reply.duplicate) me.fresh.set(q, (me.fresh.get(q) ?? 0) + 1);
        return reply;
      });
      me.answers.set(q, p);
      return p;
    };
    /** What a pad does with a question it has just been shown: says it is shown, and answers a moment later. */
    const onAsk = (i: number, v: PadView) => {
      const me = phones[i];
      if (!me || v.phase !== 'asking' || me.asked.has(v.q)) return;
      me.asked.add(v.q);
      me.phone.seen(v.q);
      const q = v.q;
      setTimeout(() => void answer(i, q), delayOf(i, q));
    };

    /** Drops a phone's connection, reconnects it a moment later, and once the host has it back, sends its answer again if it was already in. */
    const dropAndReturn = async (me: PhoneRun, i: number, q: number): Promise<void> => {
      drops++;
      me.phone.drop();
      await sleep(50 + (mix(i, q, 4) % 200));
      me.phone.socket.connect();
      await waitUntil(
        () => me.phone.ready,
        (x) => x,
        `phone ${i} to be welcomed back`,
        30_000,
      );
      // Not sure its answer got through, the pad sends it again. (An answer still on its way
      // is sent again by the phone itself; one not given yet leaves on time.)
      if (!me.fresh.get(q)) return;
      resends++;
      const { reply } = await me.phone.answer(q, { choice: pickOf(i, q) }, 30_000);
      if (reply.ok && reply.duplicate) duplicatesAcked++;
      else if (reply.ok) me.fresh.set(q, (me.fresh.get(q) ?? 0) + 1);
    };

    for (let i = 0; i < PHONES; i++) {
      const arrived = new Map<number, number>();
      const phone = new Phone(server.url, {
        keepViews: false,
        onView: (v, at) => {
          if (v.phase === 'asking' && !arrived.has(v.q)) arrived.set(v.q, at);
          onAsk(i, v);
        },
        onAck: (event, ms, reply) => {
          if (event === 'answer' && reply?.ok) ackMs.push(ms);
        },
      });
      phones.push({ phone, arrived, asked: new Set(), answers: new Map(), fresh: new Map() });
    }
    // Join in waves, as a room fills up from a QR code.
    for (let i = 0; i < PHONES; i += 25) {
      await Promise.all(
        phones.slice(i, i + 25).map(async (p, k) => {
          await p.phone.connect();
          await p.phone.join(h.room, nameOf(i + k));
        }),
      );
    }
    log(`  ${PHONES} phones joined room ${h.room} in ${((performance.now() - started) / 1000).toFixed(1)} s; a view of the room is ${(JSON.stringify(h.authority.view()).length / 1024).toFixed(1)} KB`);

    for (let q = 0; q < QUESTIONS; q++) {
      h.link.control({ type: q === 0 ? 'start' : 'next' });
      // Half way through the answers, a fifth of the phones lose their connection for a moment.
      const dropping = drop ? sleep(READ_MS + SPREAD_MS / 2).then(() => Promise.all(phones.map((me, i) => (dropsAt(i, q) ? dropAndReturn(me, i, q) : null)))) : null;
      // Awaited below; a failure meanwhile is not an unhandled one.
      dropping?.catch(() => undefined);
      await waitUntil(
        () => `${h.authority.state.phase}@${h.authority.state.q}`,
        (x) => x === `revealed@${q}`,
        `every answer to question ${q + 1}`,
        60_000,
      );
      await waitUntil(
        () => phones.filter((p) => p.phone.view?.phase !== 'revealed' || p.phone.view.q !== q).length,
        (n) => n === 0,
        `every phone to show the reveal of question ${q + 1}`,
        30_000,
      );
      await Promise.all(phones.map((p) => p.answers.get(q)));
      await dropping;
    }
    h.link.control({ type: 'next' });
    await waitUntil(
      () => phones.filter((p) => p.phone.view?.phase !== 'finished').length,
      (n) => n === 0,
      'every phone to show the end of the game',
      30_000,
    );

    const s = h.authority.state;
    const seatOf = new Map(phones.map((p, i) => [i, p.phone.key?.seat ?? '']));
    let lost = 0;
    let twice = 0;
    let sent = 0;
    for (let i = 0; i < PHONES; i++) {
      for (let q = 0; q < QUESTIONS; q++) {
        sent++;
        const mine = s.answers.filter((a) => a.seat === seatOf.get(i) && a.q === q);
        if (mine.length === 0 || mine[0]?.given?.choice !== pickOf(i, q)) lost++;
        if (mine.length > 1 || (phones[i]?.fresh.get(q) ?? 0) > 1) twice++;
      }
    }
    const broadcastMs: number[] = [];
    const firstMs: number[] = [];
    for (let q = 0; q < QUESTIONS; q++) {
      const sentAt = h.broadcasts.find((b) => b.phase === 'asking' && b.q === q)?.at;
      const arrivals = phones.map((p) => p.arrived.get(q) ?? Number.NaN);
      if (sentAt === undefined || arrivals.some(Number.isNaN)) continue;
      broadcastMs.push(Math.max(...arrivals) - sentAt);
      firstMs.push(Math.min(...arrivals) - sentAt);
    }
    const server0 = usage(server.pid);
    const cpu = process.cpuUsage(cpu0);
    return {
      ackMs,
      broadcastMs,
      firstMs,
      sent,
      counted: s.answers.filter((a) => a.given).length,
      lost,
      twice,
      drops,
      resends,
      duplicatesAcked,
      retries,
      scores: new Map(standings(s).map((p) => [p.name, p.score])),
      server: server0,
      clientCpuS: (cpu.user + cpu.system) / 1e6,
      wallS: (performance.now() - started) / 1000,
    };
  } finally {
    for (const p of phones) p.phone.close();
    host?.close();
    await (server as Proc).kill();
  }
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ')).join('\n');
}

async function main(): Promise<number> {
  const overall = setTimeout(() => {
    console.error(`bench:room gave up after ${OVERALL_MS / 1000} s`);
    process.exit(2);
  }, OVERALL_MS);
  overall.unref();
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`Marquee room benchmark: ${PHONES} phones, ${QUESTIONS} questions, each answered ${READ_MS / 1000}–${(READ_MS + SPREAD_MS) / 1000} s after it shows; WebSocket on 127.0.0.1`);
  console.log(`${availableParallelism()} cores, load average ${load()} at the start (other work on this machine shows in every figure)`);
  console.log('run 1: steady');
  const steady = await run(false, console.log);
  console.log(`run 2: ${Math.round(100 / 5)}% of the phones drop and reconnect in the middle of every question`);
  const dropped = await run(true, console.log);

  const p = (r: RunResult, xs: 'ackMs' | 'broadcastMs' | 'firstMs') => `${ms(percentile(r[xs], 50))} / ${ms(percentile(r[xs], 99))}`;
  const ok99 = (r: RunResult, xs: 'ackMs' | 'broadcastMs') => percentile(r[xs], 99) < TARGET_P99_MS;
  const clean = (r: RunResult) => r.lost === 0 && r.twice === 0;
  const scoresRight = [...steady.scores].every(([name, score]) => expected.get(name) === score) && steady.scores.size === PHONES;
  const sameScores = steady.scores.size === dropped.scores.size && [...steady.scores].every(([name, score]) => dropped.scores.get(name) === score);
  console.log('');
  console.log(
    table([
      ['', 'run 1: steady', 'run 2: 20% drop', 'target', 'run 1', 'run 2'],
      ['answer sent → acknowledged, p50 / p99 (ms)', p(steady, 'ackMs'), p(dropped, 'ackMs'), `p99 < ${TARGET_P99_MS}`, pass(ok99(steady, 'ackMs')), pass(ok99(dropped, 'ackMs'))],
      [`question sent → at the last of ${PHONES} phones, p50 / p99 (ms)`, p(steady, 'broadcastMs'), p(dropped, 'broadcastMs'), `p99 < ${TARGET_P99_MS}`, pass(ok99(steady, 'broadcastMs')), pass(ok99(dropped, 'broadcastMs'))],
      ['question sent → at the first phone, p50 / p99 (ms)', p(steady, 'firstMs'), p(dropped, 'firstMs'), '', '', ''],
      ['answers sent / counted', `${steady.sent} / ${steady.counted}`, `${dropped.sent} / ${dropped.counted}`, '', '', ''],
      ['answers lost / counted twice', `${steady.lost} / ${steady.twice}`, `${dropped.lost} / ${dropped.twice}`, '0 / 0', pass(clean(steady)), pass(clean(dropped))],
      ['connections dropped / answers sent again (acknowledged as duplicates)', `${steady.drops} / ${steady.resends} (${steady.duplicatesAcked})`, `${dropped.drops} / ${dropped.resends} (${dropped.duplicatesAcked})`, '', '', ''],
      ['answers retried after a drop', String(steady.retries), String(dropped.retries), '', '', ''],
      ['server: peak RSS', mb(steady.server.peakRss), mb(dropped.server.peakRss), '', '', ''],
      ['server: CPU time', `${steady.server.cpuS.toFixed(2)} s`, `${dropped.server.cpuS.toFixed(2)} s`, '', '', ''],
      ['host + phones (this process): CPU time', `${steady.clientCpuS.toFixed(2)} s`, `${dropped.clientCpuS.toFixed(2)} s`, '', '', ''],
      ['wall time', `${steady.wallS.toFixed(1)} s`, `${dropped.wallS.toFixed(1)} s`, '', '', ''],
    ]),
  );
  console.log(`load average ${load()} at the end`);
  const total = [...steady.scores.values()].reduce((a, b) => a + b, 0);
  console.log('');
  console.log(`${pass(scoresRight)}  run 1's scores are the ones the fixed choices predict (${steady.scores.size} players, ${total.toLocaleString('en')} points in all)`);
  console.log(`${pass(sameScores)}  run 2's final scores equal run 1's, player for player`);
  clearTimeout(overall);
  return clean(steady) && clean(dropped) && scoresRight && sameScores ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
