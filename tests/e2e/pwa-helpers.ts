/** Helpers for the offline, install and update browser tests. */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { answer, type Input, press, SHOTS, until, view } from './harness';

/** Builds the game into `outDir` (git-ignored dist-*), with a build id the page shows on <html data-build>. */
export function buildInto(outDir: string, buildId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A production build, as `npm run build` makes: vitest's NODE_ENV=test would drop the service worker.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      env: { ...env, NODE_ENV: 'production', VITE_BUILD_ID: buildId },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build --outDir ${outDir} failed (${code}):\n${output}`))));
  });
}

/** Waits until a service worker controls the page and has finished precaching (it is active). */
export async function controlled(page: Page, ms = 60_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: ms, polling: 100 });
}

export function buildId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.build);
}

/** From the menu to the first open question (through the setup screen when there is one). */
export async function startGame(page: Page, how: 'click' | 'tap' = 'click'): Promise<void> {
  await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu', 30_000);
  await press(page, 'Menu', 'play', how);
  const v = await until(page, () => view(page), (x) => x.scenes.includes('Setup') || x.phase === 'asking', 'the setup screen or a question', 30_000);
  if (v.phase !== 'asking') await press(page, 'Setup', 'start', how);
  await until(page, () => view(page), (x) => x.phase === 'asking', 'the first question', 30_000);
}

/** Answers the open question (right, or wrong on purpose), whatever its kind, and waits for the reveal. */
export async function answerAndReveal(page: Page, right: boolean, how: Input = 'click'): Promise<void> {
  const v = await until(page, () => view(page), (x) => x.phase === 'asking', 'an open question', 30_000);
  await answer(page, v, right, how);
  await until(page, () => view(page), (x) => x.phase === 'revealed' || x.scenes.includes('Results'), `the reveal of question ${v.questionNumber}`, 30_000);
}

export interface RequestLog {
  readonly all: string[];
  readonly failed: string[];
  /** Requests that got no answer (yet). */
  pending(): string[];
  /** Finished requests that the network, not the service worker, answered. */
  readonly fromNetwork: string[];
  readonly errors: string[];
}

/** Counts every request the page makes, and how each one ended. */
export function trackRequests(page: Page): RequestLog {
  const open = new Map<Request, string>();
  const log = { all: [] as string[], failed: [] as string[], fromNetwork: [] as string[], errors: [] as string[], pending: () => [...open.values()] };
  page.on('request', (r) => {
    open.set(r, r.url());
    log.all.push(r.url());
  });
  page.on('requestfailed', (r) => {
    open.delete(r);
    log.failed.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
  });
  page.on('requestfinished', (r) => {
    open.delete(r);
    void r.response().then((res) => {
      if (!res) return;
      if (res.status() >= 400) log.errors.push(`${r.url()}: HTTP ${res.status()}`);
      if (!res.fromServiceWorker() && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) log.fromNetwork.push(r.url());
    });
  });
  return log;
}

/**
 * A screenshot at another device-pixel ratio (3: a modern phone) of a page opened at 1. The
 * game is played at 1 because Chromium's software renderer is slow at 3; for the picture the
 * page is switched to 3, the game redraws, the picture is taken, and the page is switched back.
 */
export async function shotAt(page: Page, name: string, dpr: number): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error('the page has no viewport');
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: dpr, mobile: true });
    await page.evaluate(() => dispatchEvent(new Event('resize')));
    await page.waitForFunction((r) => devicePixelRatio === r, dpr);
    await page.waitForTimeout(500);
    const { data } = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, `${name}.png`), Buffer.from(data, 'base64'));
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    await page.setViewportSize(size);
    await page.evaluate(() => dispatchEvent(new Event('resize')));
  }
}
