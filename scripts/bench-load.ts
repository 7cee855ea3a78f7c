/**
 * `npm run bench:load`: how quickly the built game opens and plays, beside a bare Phaser page.
 *
 * It builds the game into `dist-bench/` (not `dist/`, which others use) and the bare page of
 * `scripts/bench-load/` (one `Text` on a canvas sized in device pixels, the same Phaser and
 * the same `codeSplitting` group) into `dist-bench-bare/`, serves both on loopback with
 * `vite preview`, and drives Chromium (playwright-core, the browser tests' flags) in a fresh
 * profile for every run, the game and the bare page alternating, at 390×844 (dpr 3) and at
 * 1920×1080. What it times (from the page's navigation start, with `performance.mark`s the
 * pages set on the first frame drawn after the moment):
 *
 * - first load: the Menu's `play` button drawn and taking input (`marquee:menu`), against
 *   the bare page's first frame with its text (`bare:text`);
 * - Start: from the pointer release on Start to the first question drawn with its answers
 *   taking input (`marquee:question`). Start is pressed a moment (GLANCE_MS) after the Setup
 *   screen is drawn, as a player would; compared with the bare page's whole first load;
 * - second load: a new tab, offline, so the service worker serves everything, against the
 *   bare page's second load (from the HTTP cache: it has no service worker);
 * - frames: a 20-question round played through the canvas at a quick player's pace,
 *   recording `requestAnimationFrame` deltas and long tasks, beside the bare page recorded
 *   with the same polling and clicks. A question is open from the first frame showing its
 *   answers to the answer; long tasks are also counted from its being asked to its reveal;
 * - size: every built chunk, gzip; "our own code" is the JavaScript of the first load (the
 *   index chunk and what it imports), Phaser and the decks left out, and beside it what a
 *   solo game requests up to its first question (the generator and the deck's chunk join).
 *
 * The bare page draws with the renderer Phaser picks for a page that names none (WebGL);
 * the targets are measured against it, as the issue set them. The game draws on a 2D canvas
 * (src/game/config.ts), so the same bare page on a 2D canvas is timed too and its ratios
 * printed beside, as a second yardstick.
 *
 * Usage: `npm run bench:load [-- --runs 3] [-- --only load|frames|size] [-- --questions 20]`.
 * Medians with min and max; the ratios are what to compare between runs and machines.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, loadConfigFromFile, type PreviewServer, preview } from 'vite';
import { answer, launch, press, until, view } from '../tests/e2e/harness.ts';

const ROOT = resolve(import.meta.dirname, '..');
const GAME_OUT = join(ROOT, 'dist-bench');
const BARE_OUT = join(ROOT, 'dist-bench-bare');

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? process.env.BENCH_RUNS ?? 5);
const QUESTIONS = Number(arg('questions') ?? 20);
const ONLY = arg('only');
/**
 * How long a player looks at the Setup screen before pressing Start: at least this, and
 * then until the page has been quiet (no long task) for QUIET_MS, as a player reading the
 * options would give it; the wait is printed.
 */
const GLANCE_MS = 1500;
const QUIET_MS = 500;
/**
 * The pace of the round: a quick player reads a question and its options for 2.5 s before
 * answering, and the reveal (the answer, its explanation and source) for 1.5 s.
 */
const READ_MS = 2500;
const REVEAL_MS = 1500;
/** The bare page's frames are all alike: this many questions' worth of its time is enough. */
const BARE_QUESTIONS = 6;

const SIZES = [
  { label: '390×844 dpr 3', width: 390, height: 844, dpr: 3 },
  { label: '1920×1080', width: 1920, height: 1080, dpr: 1 },
] as const;
type Size = (typeof SIZES)[number];

const TARGETS = { menu: 1.2, start: 0.25, second: 1.1, p99: 1.5, longTaskMs: 50, ownKb: 60 };

// ---- building ----------------------------------------------------------------------

interface Chunk {
  readonly file: string;
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly isEntry: boolean;
  readonly modules: readonly string[];
}

interface OutputChunkLike {
  type: string;
  fileName: string;
  name: string;
  code?: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  moduleIds?: string[];
}

function chunksOf(result: unknown): Chunk[] {
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: OutputChunkLike[] }[];
  return outputs.flatMap((o) =>
    (o.output ?? [])
      .filter((c) => c.type === 'chunk' && c.code !== undefined)
      .map((c) => {
        const code = Buffer.from(c.code ?? '');
        return {
          file: c.fileName,
          name: c.name,
          raw: code.length,
          gzip: gzipSync(code).length,
          imports: c.imports ?? [],
          dynamicImports: c.dynamicImports ?? [],
          isEntry: c.isEntry ?? false,
          modules: c.moduleIds ?? [],
        };
      }),
  );
}

async function buildAll(): Promise<Chunk[]> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'vite.config.ts'), ROOT, 'silent');
  const output = loaded?.config.build?.rolldownOptions?.output;
  const codeSplitting = (Array.isArray(output) ? output[0] : output)?.codeSplitting;
  if (!codeSplitting) throw new Error('vite.config.ts has no build.rolldownOptions.output.codeSplitting to share with the bare page');
  const game = await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: GAME_OUT, emptyOutDir: true } });
  await build({
    root: join(ROOT, 'scripts', 'bench-load'),
    configFile: false,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: BARE_OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1600, rolldownOptions: { output: { codeSplitting } } },
  });
  return chunksOf(game);
}

// ---- serving -----------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => done(typeof a === 'object' && a ? a.port : 0));
    });
    srv.on('error', fail);
  });
}

async function serveDir(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({ root: ROOT, configFile: false, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  return { url: `http://127.0.0.1:${port}/`, server };
}

// ---- measuring in the page ---------------------------------------------------------

/** Installed in every page before its scripts: long tasks, the last pointer release, and a frame recorder. */
const INIT = () => {
  const w = window as unknown as Record<string, unknown>;
  const long: [number, number][] = [];
  w.__benchLong = long;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  addEventListener('pointerup', (e) => {
    w.__benchUp = e.timeStamp;
  }, true);
};

/** The start time of the latest mark `name`, once the page has set it. */
async function markOf(page: Page, name: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n).at(-1)?.startTime, name, { timeout, polling: 25 });
  return (await handle.jsonValue()) as number;
}

/** Waits until the page has run no long task for QUIET_MS (at most 15 s); returns the page's time then. */
async function quiet(page: Page): Promise<number> {
  const end = Date.now() + 15_000;
  for (;;) {
    const [now, last] = await page.evaluate(() => {
      const long = (window as unknown as { __benchLong: [number, number][] }).__benchLong;
      const end = long.reduce((m, [s, d]) => Math.max(m, s + d), 0);
      return [performance.now(), end];
    });
    if (now - last >= QUIET_MS || Date.now() > end) return now;
    await page.waitForTimeout(100);
  }
}

/** Whether the named object of an active scene takes input now (the definition of "pressable"). */
async function pressable(page: Page, scene: string, name: string): Promise<boolean> {
  return page.evaluate(
    ([s, n]) => {
      type Obj = { input?: { enabled: boolean } | null };
      const game = (window as unknown as { __MARQUEE__?: { input: { enabled: boolean }; scene: { isActive(k: string): boolean; getScene(k: string): { input: { enabled: boolean }; children: { getByName(x: string): Obj | null } } } } }).__MARQUEE__;
      if (!game?.scene.isActive(s as string)) return false;
      const sc = game.scene.getScene(s as string);
      const obj = sc.children.getByName(n as string);
      return game.input.enabled && sc.input.enabled && obj?.input?.enabled === true;
    },
    [scene, name],
  );
}

const labelOf = (page: Page, scene: string, name: string) =>
  page.evaluate(
    ([s, n]) => {
      const game = (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(x: string): { label?: string } | null } } } } }).__MARQUEE__;
      return game.scene.getScene(s as string).children.getByName(n as string)?.label ?? '';
    },
    [scene, name],
  );

// ---- the load runs -----------------------------------------------------------------

interface GameRun {
  readonly menu: number;
  readonly start: number;
  /** How long the Setup screen was shown before Start was pressed. */
  readonly glance: number;
  readonly second: number;
  /** JavaScript files the first page requested up to its first question. */
  readonly requested: readonly string[];
  /** Requests of the second load the service worker did not answer. */
  readonly notFromWorker: readonly string[];
  readonly marks: Readonly<Record<string, number>>;
}

interface BareRun {
  readonly first: number;
  readonly second: number;
}

async function gameRun(url: string, size: Size): Promise<GameRun> {
  const b = await launch({ width: size.width, height: size.height, dpr: size.dpr });
  try {
    await b.context.addInitScript(INIT);
    const requested: string[] = [];
    const onResponse = (r: { url(): string }) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) requested.push(path.replace(/^\//, ''));
    };
    const page = b.page;
    page.on('response', onResponse);
    await page.goto(url);
    const menu = await markOf(page, 'marquee:menu');
    if (!(await pressable(page, 'Menu', 'play'))) throw new Error('the menu was marked drawn but its play button takes no input');
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    await press(page, 'Menu', 'play');
    const setupAt = await markOf(page, 'marquee:setup');
    await page.waitForTimeout(GLANCE_MS);
    const glance = (await quiet(page)) - setupAt;
    await press(page, 'Setup', 'start');
    const question = await markOf(page, 'marquee:question');
    const up = (await page.evaluate(() => (window as unknown as { __benchUp?: number }).__benchUp)) ?? Number.NaN;
    if (!(await pressable(page, 'Round', 'answer-0')) && !(await pressable(page, 'Round', 'key-1'))) throw new Error('the first question was marked drawn but takes no input');
    page.off('response', onResponse);
    // The second visit: once the service worker controls the page, a new tab with no network.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000, polling: 100 });
    await page.close();
    await b.context.setOffline(true);
    const again = await b.context.newPage();
    const notFromWorker: string[] = [];
    again.on('response', (r) => {
      if (!r.fromServiceWorker()) notFromWorker.push(r.url());
    });
    await again.goto(url);
    const second = await markOf(again, 'marquee:menu');
    return { menu, start: question - up, glance, second, requested, notFromWorker, marks };
  } finally {
    await b.close();
  }
}

async function bareRun(url: string, size: Size): Promise<BareRun> {
  const b = await launch({ width: size.width, height: size.height, dpr: size.dpr });
  try {
    await b.context.addInitScript(INIT);
    await b.page.goto(url);
    const first = await markOf(b.page, 'bare:text');
    await b.page.waitForTimeout(300);
    await b.page.close();
    const again = await b.context.newPage();
    await again.goto(url);
    const second = await markOf(again, 'bare:text');
    return { first, second };
  } finally {
    await b.close();
  }
}

// ---- the frames runs ---------------------------------------------------------------

interface Frames {
  readonly deltas: readonly number[];
  readonly long: readonly [number, number][];
  /**
   * [open, close] of every question, from the first frame that shows its answers (the end
   * of the task that drew that frame) to the answer given: while the player may answer.
   */
  readonly open: readonly [number, number][];
  /** The same, from the moment it was asked (the task that draws it included) to its reveal. */
  readonly shown: readonly [number, number][];
  readonly ms: number;
}

// A string, not a function: tsx would wrap the named inner function in a helper the page lacks.
const RECORDER = `(() => {
  const rec = { deltas: [], phases: [], stop: false, t0: performance.now() };
  window.__benchRec = rec;
  let last = 0;
  const loop = (t) => {
    if (last) rec.deltas.push(t - last);
    last = t;
    if (!rec.stop) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const game = window.__MARQUEE__;
  let drawing = false;
  game?.events.on('marquee:session', (s) => {
    rec.phases.push([performance.now(), s?.phase ?? null]);
    if (s?.phase === 'asking') drawing = true;
  });
  // The first frame drawn once a question is asked: the one that shows it.
  game?.events.on('postrender', () => {
    if (!drawing) return;
    drawing = false;
    rec.phases.push([performance.now(), 'drawn']);
  });
})()`;

const startRecorder = (page: Page) => page.evaluate(RECORDER);

const stopRecorder = (page: Page): Promise<Frames> =>
  page.evaluate(() => {
    const w = window as unknown as { __benchRec: { deltas: number[]; phases: [number, string | null][]; stop: boolean; t0: number }; __benchLong: [number, number][] };
    const rec = w.__benchRec;
    rec.stop = true;
    const long = w.__benchLong.filter(([s]) => s >= rec.t0);
    const open: [number, number][] = [];
    const shown: [number, number][] = [];
    let asked: number | null = null;
    let answering: number | null = null;
    for (const [t, phase] of rec.phases) {
      if (phase === 'drawn') {
        // The question is on screen once the task that drew its first frame is over.
        if (asked !== null && answering === null) {
          const drawing = long.find(([s, d]) => s <= t && t <= s + d);
          answering = drawing ? drawing[0] + drawing[1] : t;
        }
        continue;
      }
      if (phase === 'asking' && asked === null) asked = t;
      else if (phase !== 'asking' && answering !== null) {
        open.push([answering, t]);
        answering = null;
      }
      if (phase !== 'asking' && phase !== 'answered' && asked !== null) {
        shown.push([asked, t]);
        asked = null;
        answering = null;
      }
    }
    return { deltas: rec.deltas, long, open, shown, ms: performance.now() - rec.t0 };
  });

async function gameFrames(url: string, size: Size): Promise<Frames> {
  const b = await launch({ width: size.width, height: size.height, dpr: size.dpr });
  try {
    await b.context.addInitScript(INIT);
    const { page } = b;
    await page.goto(url);
    await markOf(page, 'marquee:menu');
    await press(page, 'Menu', 'play');
    await markOf(page, 'marquee:setup');
    for (let i = 0; i < 4 && !(await labelOf(page, 'Setup', 'per-round')).includes(`: ${QUESTIONS} `); i++) await press(page, 'Setup', 'per-round');
    if (!(await labelOf(page, 'Setup', 'per-round')).includes(`: ${QUESTIONS} `)) throw new Error(`the Setup screen offers no round of ${QUESTIONS} questions`);
    await page.waitForTimeout(GLANCE_MS);
    await startRecorder(page);
    await press(page, 'Setup', 'start');
    for (let i = 1; i <= QUESTIONS; i++) {
      const v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === i, `question ${i}`);
      await page.waitForTimeout(READ_MS);
      await answer(page, v, true, 'click');
      await until(page, () => view(page), (x) => x.phase === 'revealed', `the reveal of question ${i}`);
      await page.waitForTimeout(REVEAL_MS);
      await press(page, 'Round', 'next');
    }
    await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
    return await stopRecorder(page);
  } finally {
    await b.close();
  }
}

/** The bare page, recorded for a round's worth of time, with the same polling and clicks. */
async function bareFrames(url: string, size: Size): Promise<Frames> {
  const b = await launch({ width: size.width, height: size.height, dpr: size.dpr });
  try {
    await b.context.addInitScript(INIT);
    const { page } = b;
    await page.goto(url);
    await markOf(page, 'bare:text');
    await page.waitForTimeout(GLANCE_MS);
    await startRecorder(page);
    const poll = async (ms: number) => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        await page.evaluate(() => (window as unknown as { __BARE__?: { scene: { getScenes(a: boolean): unknown[] } } }).__BARE__?.scene.getScenes(true).length);
        await page.waitForTimeout(50);
      }
    };
    for (let i = 1; i <= Math.min(QUESTIONS, BARE_QUESTIONS); i++) {
      await poll(READ_MS + 100);
      await page.mouse.click(size.width / 2, size.height * 0.7);
      await poll(700);
      await poll(REVEAL_MS);
      await page.mouse.click(size.width / 2, size.height * 0.9);
    }
    return await stopRecorder(page);
  } finally {
    await b.close();
  }
}

// ---- figures -----------------------------------------------------------------------

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]) => {
  const s = sorted(xs);
  const m = s.length / 2;
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[Math.floor(m)] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const quantile = (xs: readonly number[], q: number) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN;
};
const ms = (x: number) => `${Math.round(x)} ms`;
const spread = (xs: readonly number[]) => `${ms(median(xs)).padStart(8)}  (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

const results: { target: string; ok: boolean }[] = [];
function judge(target: string, figure: string, ok: boolean): void {
  results.push({ target, ok });
  console.log(`  ${verdict(ok)}  ${target}: ${figure}`);
}

function sizeReport(chunks: readonly Chunk[], requested: readonly string[]): void {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const closure = (roots: readonly string[], dynamic: boolean) => {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      const c = byFile.get(f);
      for (const g of [...(c?.imports ?? []), ...(dynamic ? (c?.dynamicImports ?? []) : [])]) walk(g);
    };
    for (const r of roots) walk(r);
    return seen;
  };
  const entry = chunks.find((c) => c.isEntry && c.name === 'index');
  const pad = chunks.find((c) => c.isEntry && c.name === 'pad');
  const initial = closure(entry ? [entry.file] : [], false);
  const game = closure(entry ? [entry.file] : [], true);
  const isPhaser = (c: Chunk) => c.name === 'phaser';
  const isDeck = (c: Chunk) => c.modules.length > 0 && c.modules.every((m) => /[\\/]questions[\\/][^\\/]+\.json/.test(m));
  const kind = (c: Chunk) =>
    isPhaser(c) ? 'Phaser' : isDeck(c) ? 'deck' : initial.has(c.file) ? 'ours, first load' : game.has(c.file) ? 'ours, on demand' : pad && closure([pad.file], true).has(c.file) ? 'phone pad page' : 'other';
  console.log('\nBuilt chunks (dist-bench/assets), gzip:');
  for (const c of [...chunks].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${c.file.padEnd(52)} ${kb(c.raw).padStart(10)} ${kb(c.gzip).padStart(9)} gzip   ${kind(c)}`);
  const ours = (files: Iterable<string>) => [...files].map((f) => byFile.get(f)).filter((c): c is Chunk => !!c && !isPhaser(c) && !isDeck(c));
  const sum = (cs: readonly Chunk[]) => cs.reduce((n, c) => n + c.gzip, 0);
  const firstLoad = ours(initial);
  const gameAll = ours(game);
  const solo = ours(new Set(requested));
  console.log(`  our code on the first load (the index chunk and what it imports): ${kb(sum(firstLoad))} gzip`);
  if (requested.length > 0) console.log(`  our code a solo game requests up to its first question: ${kb(sum(solo))} gzip (${solo.map((c) => c.name).join(', ')})`);
  console.log(`  all of the game page's own code, club-night screens included: ${kb(sum(gameAll))} gzip`);
  judge(`our own code ≤ ${TARGETS.ownKb} kB gzip`, `${kb(sum(firstLoad))} on the first load, Phaser and decks aside (the measure of the issue: the index chunk and what it imports)`, sum(firstLoad) <= TARGETS.ownKb * 1000);
  const decksLoaded = [...new Set(requested)].map((f) => byFile.get(f)).filter((c): c is Chunk => !!c && isDeck(c));
  if (requested.length > 0) judge('a deck chunk loads only when used', `${decksLoaded.length} deck chunk(s) requested by a one-deck game (${decksLoaded.map((c) => c.name).join(', ') || 'none'})`, decksLoaded.length === 1);
}

async function main(): Promise<void> {
  console.log(`bench:load: ${RUNS} runs of each at ${SIZES.map((s) => s.label).join(' and ')}; Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`);
  const t0 = performance.now();
  const chunks = await buildAll();
  console.log(`built dist-bench/ and dist-bench-bare/ in ${ms(performance.now() - t0)}`);
  const game = await serveDir(GAME_OUT);
  const bare = await serveDir(BARE_OUT);
  // The same bare page drawn on a 2D canvas, as the game is: a second yardstick, printed beside the first.
  const bareCanvas = `${bare.url}?canvas`;
  const phaserOf = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8').match(/phaser-[\w-]+\.js/)?.[0];
  console.log(`Phaser chunk: game ${phaserOf(GAME_OUT) ?? '(none linked)'}, bare page ${phaserOf(BARE_OUT) ?? '(none linked)'}`);
  let requested: string[] = [];
  try {
    if (!ONLY || ONLY === 'load') {
      for (const size of SIZES) {
        const g: GameRun[] = [];
        const r: BareRun[] = [];
        const rc: BareRun[] = [];
        for (let i = 0; i < RUNS; i++) {
          // Alternate which goes first, so a slow spell of the machine falls on all three.
          if (i % 2 === 0) {
            g.push(await gameRun(game.url, size));
            r.push(await bareRun(bare.url, size));
            rc.push(await bareRun(bareCanvas, size));
          } else {
            rc.push(await bareRun(bareCanvas, size));
            r.push(await bareRun(bare.url, size));
            g.push(await gameRun(game.url, size));
          }
        }
        if (requested.length === 0) requested = [...(g[0]?.requested ?? [])];
        const menu = g.map((x) => x.menu);
        const start = g.map((x) => x.start);
        const second = g.map((x) => x.second);
        const first = r.map((x) => x.first);
        const bareSecond = r.map((x) => x.second);
        console.log(`\n${size.label}: median (min–max) of ${RUNS}`);
        console.log(`  first load, Marquee's menu pressable  ${spread(menu)}`);
        console.log(`  first load, bare page's first text    ${spread(first)}`);
        console.log(`  Start → first question pressable      ${spread(start)}   (Start pressed ${(median(g.map((x) => x.glance)) / 1000).toFixed(1)} s after Setup, median)`);
        console.log(`  second load, Marquee offline (SW)     ${spread(second)}`);
        console.log(`  second load, bare page                ${spread(bareSecond)}`);
        const cFirst = rc.map((x) => x.first);
        const cSecond = rc.map((x) => x.second);
        console.log(`  the bare page on a 2D canvas, as the game draws: first text ${spread(cFirst)}, second load ${spread(cSecond)}`);
        console.log(
          `    ratios to it (not the targets' yardstick): menu ${(median(menu) / median(cFirst)).toFixed(2)}×, Start ${(median(start) / median(cFirst)).toFixed(2)}×, second load ${(median(second) / median(cSecond)).toFixed(2)}×`,
        );
        const marks = Object.keys(g[0]?.marks ?? {}).filter((k) => k.startsWith('marquee:'));
        if (marks.length > 1) console.log(`  on the way to the menu (medians): ${marks.map((k) => `${k.replace('marquee:', '')} ${ms(median(g.map((x) => x.marks[k] ?? Number.NaN)))}`).join(', ')}`);
        const strays = g.flatMap((x) => x.notFromWorker);
        if (strays.length > 0) console.log(`  not served by the service worker on the second load: ${[...new Set(strays)].join(', ')}`);
        const rm = median(menu) / median(first);
        const rs = median(start) / median(first);
        const r2 = median(second) / median(bareSecond);
        judge(`${size.label}: menu ≤ ${TARGETS.menu}× bare first text`, `${rm.toFixed(2)}×`, rm <= TARGETS.menu);
        judge(`${size.label}: Start → first question ≤ ${TARGETS.start}× bare first load`, `${rs.toFixed(2)}×`, rs <= TARGETS.start);
        judge(`${size.label}: offline second load ≤ ${TARGETS.second}× bare second load`, `${r2.toFixed(2)}×${strays.length > 0 ? ' (some requests missed the service worker)' : ''}`, r2 <= TARGETS.second && strays.length === 0);
      }
    }
    if (!ONLY || ONLY === 'frames') {
      for (const size of SIZES) {
        const barePre = await bareFrames(bare.url, size);
        const ours = await gameFrames(game.url, size);
        const bareCanvasFrames = await bareFrames(bareCanvas, size);
        const p99 = (f: Frames) => quantile(f.deltas, 0.99);
        const during = (windows: readonly [number, number][]) => ours.long.filter(([s, d]) => windows.some(([a, b]) => s < b && s + d > a));
        const inQuestion = during(ours.open);
        const inShown = sorted(during(ours.shown).map(([, d]) => d)).reverse();
        console.log(`\n${size.label}: frames over a ${QUESTIONS}-question round (${(ours.ms / 1000).toFixed(0)} s) and the bare page (${(barePre.ms / 1000).toFixed(0)} s)`);
        for (const [who, f] of [['Marquee', ours], ['bare page', barePre], ['bare, 2D', bareCanvasFrames]] as const) {
          console.log(
            `  ${who.padEnd(10)} ${String(f.deltas.length).padStart(5)} frames: median ${f.deltas.length ? median(f.deltas).toFixed(1) : '-'} ms, p99 ${p99(f).toFixed(1)} ms, max ${Math.max(...f.deltas).toFixed(0)} ms; long tasks ${f.long.length} (longest ${Math.round(Math.max(0, ...f.long.map(([, d]) => d)))} ms)`,
          );
        }
        const worst = sorted(inQuestion.map(([, d]) => d)).reverse();
        const list = (xs: readonly number[]) => `${xs.length}${xs.length ? ` (${xs.slice(0, 8).map((d) => Math.round(d)).join(', ')} ms${xs.length > 8 ? ', …' : ''})` : ''}`;
        console.log(`  long tasks > ${TARGETS.longTaskMs} ms while a question was open (its answers on screen, no answer yet): ${list(worst)}`);
        console.log(`  … and from its being asked (drawing it included) to its reveal (the answer's feedback and the reveal's drawing included): ${list(inShown)}`);
        const openS = ours.open.reduce((n, [a, z]) => n + (z - a), 0) / 1000;
        const rate = (n: number, seconds: number) => `${((n / Math.max(1, seconds)) * 60).toFixed(1)} a minute`;
        console.log(`  rate of long tasks: ${rate(worst.length, openS)} over ${openS.toFixed(0)} s of open questions; the bare page, doing nothing, ${rate(barePre.long.length, barePre.ms / 1000)}`);
        const ratio = p99(ours) / p99(barePre);
        console.log(`  p99 beside the bare page on a 2D canvas (not the target's yardstick): ${(p99(ours) / p99(bareCanvasFrames)).toFixed(2)}×`);
        judge(`${size.label}: p99 frame ≤ ${TARGETS.p99}× bare p99`, `${ratio.toFixed(2)}× (${p99(ours).toFixed(1)} vs ${p99(barePre).toFixed(1)} ms)`, ratio <= TARGETS.p99);
        judge(`${size.label}: no long task > ${TARGETS.longTaskMs} ms in a question`, `${worst.filter((d) => d > TARGETS.longTaskMs).length}`, worst.every((d) => d <= TARGETS.longTaskMs));
      }
    }
    sizeReport(chunks, requested);
  } finally {
    await game.server.close();
    await bare.server.close();
  }
  console.log(`\n${results.filter((r) => r.ok).length} of ${results.length} targets hold; ${ms(performance.now() - t0)} in all`);
}

await main();
