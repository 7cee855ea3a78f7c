/**
 * Browser-test harness: serves the built game (dist/) with `vite preview`, drives Debian's
 * Chromium through playwright-core, and finds Phaser objects by name so clicks and taps go
 * through Phaser's real input path. Screenshots land in tests/screenshots/ (git-ignored).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(process.cwd(), 'tests', 'screenshots');

// Without the background-networking flags Chromium floods a closed network with requests.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface Server {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Serves `dir` (a built game) on a free loopback port, or a given one. */
export async function serve(dir = process.env.MARQUEE_DIST ?? 'dist', port?: number): Promise<Server> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run "npm run build" first`);
  const p = port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(p), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${p}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the preview server did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port: p,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly width: number;
  readonly height: number;
  readonly dpr?: number;
  readonly touch?: boolean;
  /** Reuse a profile folder (to test what survives a browser restart). */
  readonly profile?: string;
}

/** A persistent context: service workers and IndexedDB behave as in a real profile. */
export async function launch(o: LaunchOptions): Promise<Browser> {
  const profile = o.profile ?? mkdtempSync(join(tmpdir(), 'marquee-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    serviceWorkers: 'allow',
    viewport: { width: o.width, height: o.height },
    deviceScaleFactor: o.dpr ?? 1,
    hasTouch: o.touch ?? false,
    isMobile: o.touch ?? false,
    args: ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      if (!o.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the test reads of the running game through its debugging hook. */
export interface GameView {
  scenes: string[];
  phase: string | null;
  score: number | null;
  answerIndex: number | null;
  options: string[];
  questionNumber: number | null;
  /** How the current question is answered, and its answer for order and year questions. */
  input: 'choice' | 'order' | 'year' | null;
  order: string[];
  year: number | null;
  /** What covers the round, if anything: 'paused', 'confirm-quit', 'report'… ('none' when nothing). */
  overlay: string | null;
}

export async function view(page: Page): Promise<GameView> {
  return page.evaluate(() => {
    type Q = { answerIndex: number; options: string[]; input: 'choice' | 'order' | 'year'; order?: string[]; year?: number };
    type Scene = { sys: { settings: { key: string } }; overlay?: string; state?: { phase: string; score: number; round: number; index: number; rounds: Q[][] } | null };
    const game = (window as unknown as { __MARQUEE__?: { scene: { getScenes(active: boolean): Scene[] } } }).__MARQUEE__;
    const scenes = game ? game.scene.getScenes(true) : [];
    const round = scenes.find((s) => s.sys.settings.key === 'Round');
    const st = round?.state ?? null;
    const q = st ? st.rounds[st.round]?.[st.index] : undefined;
    return {
      scenes: scenes.map((s) => s.sys.settings.key),
      phase: st?.phase ?? null,
      score: st?.score ?? null,
      answerIndex: q?.answerIndex ?? null,
      options: q?.options ?? [],
      questionNumber: st ? st.rounds.slice(0, st.round).reduce((n, r) => n + r.length, 0) + st.index + 1 : null,
      input: q?.input ?? null,
      order: q?.order ?? [],
      year: q?.year ?? null,
      overlay: round?.overlay ?? null,
    };
  });
}

/** Page coordinates of the centre of the named object in the active scene `scene`. */
export async function centreOf(page: Page, scene: string, name: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([sceneKey, objectName]) => {
      type Obj = { getBounds(): { centerX: number; centerY: number } };
      const game = (window as unknown as { __MARQUEE__?: { canvas: HTMLCanvasElement; scale: { width: number; height: number }; scene: { getScene(k: string): { children: { getByName(n: string): Obj | null } } } } }).__MARQUEE__;
      if (!game) return null;
      const obj = game.scene.getScene(sceneKey as string)?.children.getByName(objectName as string);
      if (!obj) return null;
      const b = obj.getBounds();
      const r = game.canvas.getBoundingClientRect();
      return { x: r.left + (b.centerX * r.width) / game.scale.width, y: r.top + (b.centerY * r.height) / game.scale.height };
    },
    [scene, name],
  );
  if (!point) throw new Error(`no object "${name}" in scene ${scene}`);
  return point;
}

export async function until<T>(page: Page, read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(v)}`);
    await page.waitForTimeout(50);
  }
}

/** Clicks (or taps) a named object through the canvas, as a player would. */
export async function press(page: Page, scene: string, name: string, how: 'click' | 'tap' = 'click'): Promise<void> {
  // A player aims at a button that stands still: one just laid out (a turned screen, a new
  // question on a loaded machine) is waited for until it is in the same place twice running.
  let at = await centreOf(page, scene, name);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(i === 0 ? 0 : 50);
    const again = await centreOf(page, scene, name);
    if (Math.abs(again.x - at.x) < 0.5 && Math.abs(again.y - at.y) < 0.5) break;
    at = again;
  }
  // And one the game has had a step to take in: Phaser makes a new button answer to the
  // pointer at its next update, and on a loaded machine a click inside that first frame is lost.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  const { x, y } = at;
  if (how === 'tap') await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

export function shot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

export const hasChromium = existsSync(CHROMIUM);

export type Input = 'click' | 'tap' | 'keys';

/**
 * Answers the current question rightly or wrongly, whatever its kind, the way a player
 * would: pressing an option; tapping films in order, then "Lock in"; or typing a year.
 * Returns the points a right answer earns in accuracy mode (100), or 0 for a wrong one.
 */
export async function answer(page: Page, v: GameView, right: boolean, how: Input): Promise<number> {
  const key = (k: string) => page.keyboard.press(k);
  const hit = (name: string) => (how === 'keys' ? Promise.resolve() : press(page, 'Round', name, how));
  if (v.input === 'year' && v.year !== null) {
    // Wrong means far off: ten years out earns nothing.
    const digits = String(right ? v.year : v.year - 10).padStart(4, '0');
    for (const d of digits) await (how === 'keys' ? key(d) : hit(`key-${d}`));
    await (how === 'keys' ? key('Enter') : hit('key-ok'));
    return right ? 100 : 0;
  }
  if (v.input === 'order') {
    // Wrong means reversed: no film of four is then in its place.
    const sequence = right ? v.order : [...v.order].reverse();
    for (const title of sequence) {
      const at = v.options.indexOf(title);
      await (how === 'keys' ? key(String(at + 1)) : hit(`answer-${at}`));
    }
    await (how === 'keys' ? key('Enter') : hit('lock-in'));
    return right ? 100 : 0;
  }
  const correct = v.answerIndex ?? 0;
  const choice = right ? correct : (correct + 1) % v.options.length;
  await (how === 'keys' ? key(String(choice + 1)) : hit(`answer-${choice}`));
  return right ? 100 : 0;
}
