/**
 * `npm run bench:room`: a club night at full size on this machine. The room server runs as a
 * child process on a free loopback port (so its memory and CPU can be read from /proc); a
 * host (the real RoomAuthority behind a real HostLink) runs here, and 200 phones (socket.io
 * clients over WebSocket) run in four phone processes (scripts/bench-room-phones.ts), so that
 * no phone waits behind all the others on one thread to see a question. Every phone joins one room and answers 20 questions, each after a
 * delay and with a choice fixed by its number and the question's, so every score is known
 * in advance. Two runs, each on a fresh server: a steady one, and one in which a fifth of
 * the phones drop their connection in the middle of every question, come back, say hello
 * and answer (or send their answer again). Both runs must end with the same scores, and
 * with no answer lost or counted twice.
 *
 *   npm run bench:room [-- --phones 200 --procs 4 --questions 20 --read 500 --spread 1000]
 *
 * Builds nothing, and talks only to 127.0.0.1.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { standings } from '../src/quiz/room-session';
import { choice, room } from '../tests/room/fixtures';
import { type Host, hostRoom, type Proc, startServer, waitUntil } from '../tests/room/harness';
import { type FromPhones, nameOf, type PhonesReport, pickOf, type Plan, type ToPhones, wallNow } from './bench-room-plan';

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
 * moment the phone processes take in the 200 copies of the question's view.
 */
const READ_MS = arg('read', 500);
const SPREAD_MS = arg('spread', 1000);
/** The phones are shared out over this many processes, so that none waits behind all the others to see a question. */
const PROCS = Math.min(arg('procs', 4), PHONES);
/** The whole benchmark, both runs, ends within this. */
const OVERALL_MS = 5 * 60_000;
const TARGET_P99_MS = 50;

const plan: Plan = { phones: PHONES, questions: QUESTIONS, readMs: READ_MS, spreadMs: SPREAD_MS };

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
  /** The same, to the first phone. */
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
  readonly hostCpuS: number;
  readonly phonesCpuS: number;
  readonly wallS: number;
}

/** A phone process: its share of the phones, and the messages it has sent that nobody has taken yet. */
class PhoneProcess {
  private readonly child: ChildProcess;
  private readonly inbox: FromPhones[] = [];
  private gone: string | null = null;

  constructor(readonly first: number, readonly count: number) {
    // The same Node flags as this process (tsx's loader among them), so the script runs as TypeScript.
    this.child = fork(fileURLToPath(new URL('./bench-room-phones.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (m: FromPhones) => {
      if (m.type === 'failed') this.gone = m.error;
      else this.inbox.push(m);
    });
    this.child.on('exit', (code) => {
      this.gone ??= `phone process ${first}–${first + count - 1} exited (${code})`;
    });
  }

  send(m: ToPhones): void {
    this.child.send(m);
  }

  /** The first message of this kind (and question), once it comes. */
  async take<T extends FromPhones['type']>(type: T, q: number | null, what: string, ms: number): Promise<Extract<FromPhones, { type: T }>> {
    const at = () => this.inbox.findIndex((m) => m.type === type && (q === null || (m.type === 'settled' && m.q === q)));
    await waitUntil(
      () => (at() >= 0 ? 'in' : this.gone),
      (x) => x !== null,
      what,
      ms,
    );
    const i = at();
    if (i < 0) throw new Error(`phones ${this.first + 1}–${this.first + this.count}: ${this.gone}`);
    return this.inbox.splice(i, 1)[0] as Extract<FromPhones, { type: T }>;
  }

  kill(): void {
    if (this.child.connected) this.child.disconnect();
    setTimeout(() => this.child.kill(), 2000).unref();
  }
}

async function run(drop: boolean, log: (line: string) => void): Promise<RunResult> {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const server = await startServer();
  let host: Host | null = null;
  const procs: PhoneProcess[] = [];
  try {
    host = await hostRoom(server.url, room([questions.slice(0, Math.ceil(QUESTIONS / 2)), questions.slice(Math.ceil(QUESTIONS / 2))], { mode: 'accuracy', timeLimitMs: null, streakBonus: false }));
    const h = host;
    const share = Math.ceil(PHONES / PROCS);
    for (let first = 0; first < PHONES; first += share) procs.push(new PhoneProcess(first, Math.min(share, PHONES - first)));
    // One process after another, each joining its phones in waves of 25, as a room fills up from a QR code.
    for (const p of procs) {
      p.send({ type: 'join', url: server.url, room: h.room, first: p.first, count: p.count, drop, plan });
      await p.take('joined', null, `phones ${p.first + 1}–${p.first + p.count} to join`, 120_000);
    }
    log(`  ${PHONES} phones in ${procs.length} processes joined room ${h.room} in ${((performance.now() - started) / 1000).toFixed(1)} s; a view of the room is ${(JSON.stringify(h.authority.view()).length / 1024).toFixed(1)} KB`);

    for (let q = 0; q < QUESTIONS; q++) {
      h.link.control({ type: q === 0 ? 'start' : 'next' });
      await waitUntil(
        () => `${h.authority.state.phase}@${h.authority.state.q}`,
        (x) => x === `revealed@${q}`,
        `every answer to question ${q + 1}`,
        60_000,
      );
      for (const p of procs) p.send({ type: 'settle', q });
      await Promise.all(procs.map((p) => p.take('settled', q, `phones ${p.first + 1}–${p.first + p.count} to show the reveal of question ${q + 1}`, 60_000)));
    }
    h.link.control({ type: 'next' });
    for (const p of procs) p.send({ type: 'finish' });
    const reports = (await Promise.all(procs.map((p) => p.take('report', null, `phones ${p.first + 1}–${p.first + p.count} to show the end`, 60_000)))).map((m) => m.report);

    const s = h.authority.state;
    const seatOf = (i: number) => reports.find((r) => r.seats[i] !== undefined)?.seats[i] ?? '';
    const freshOf = (i: number, q: number) => reports.find((r) => r.fresh[i] !== undefined)?.fresh[i]?.[q] ?? 0;
    let lost = 0;
    let twice = 0;
    let sent = 0;
    for (let i = 0; i < PHONES; i++) {
      for (let q = 0; q < QUESTIONS; q++) {
        sent++;
        const mine = s.answers.filter((a) => a.seat === seatOf(i) && a.q === q);
        if (mine.length === 0 || mine[0]?.given?.choice !== pickOf(i, q)) lost++;
        if (mine.length > 1 || freshOf(i, q) > 1) twice++;
      }
    }
    const broadcastMs: number[] = [];
    const firstMs: number[] = [];
    for (let q = 0; q < QUESTIONS; q++) {
      const sentAt = h.broadcasts.find((b) => b.phase === 'asking' && b.q === q)?.at;
      const arrivals = reports.flatMap((r) => Object.values(r.arrived).map((byQ) => byQ[q] ?? Number.NaN));
      if (sentAt === undefined || arrivals.length !== PHONES || arrivals.some(Number.isNaN)) continue;
      broadcastMs.push(Math.max(...arrivals) - wallNow(sentAt));
      firstMs.push(Math.min(...arrivals) - wallNow(sentAt));
    }
    const sum = (f: (r: PhonesReport) => number) => reports.reduce((n, r) => n + f(r), 0);
    const server0 = usage(server.pid);
    const cpu = process.cpuUsage(cpu0);
    return {
      ackMs: reports.flatMap((r) => r.ackMs),
      broadcastMs,
      firstMs,
      sent,
      counted: s.answers.filter((a) => a.given).length,
      lost,
      twice,
      drops: sum((r) => r.drops),
      resends: sum((r) => r.resends),
      duplicatesAcked: sum((r) => r.duplicatesAcked),
      retries: sum((r) => r.retries),
      scores: new Map(standings(s).map((p) => [p.name, p.score])),
      server: server0,
      hostCpuS: (cpu.user + cpu.system) / 1e6,
      phonesCpuS: sum((r) => r.cpuS),
      wallS: (performance.now() - started) / 1000,
    };
  } finally {
    for (const p of procs) p.kill();
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
      ['host (this process): CPU time', `${steady.hostCpuS.toFixed(2)} s`, `${dropped.hostCpuS.toFixed(2)} s`, '', '', ''],
      [`phones (${PROCS} processes): CPU time`, `${steady.phonesCpuS.toFixed(2)} s`, `${dropped.phonesCpuS.toFixed(2)} s`, '', '', ''],
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
