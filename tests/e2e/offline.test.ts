/**
 * Offline, for real: one visit online, then the network is cut AND the server is stopped.
 * The game reloads, a whole game is played, progress is saved and found again after another
 * reload, and not one request fails or hangs on the way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, press, type Server, serve, shot, until, view } from './harness';
import { answerAndReveal, controlled, type RequestLog, startGame, trackRequests } from './pwa-helpers';

// A phone-sized window; the game is played at a device-pixel ratio of 1 (quicker on a software
// renderer) and the last test reopens the same profile at 3 for the screenshots.
const PHONE = { width: 390, height: 844, touch: true };
const profile = mkdtempSync(join(tmpdir(), 'marquee-offline-'));
let server: Server;
let b: Browser;
beforeAll(async () => {
  server = await serve();
  b = await launch({ ...PHONE, dpr: 1, profile });
});
afterAll(async () => {
  await b?.close();
  await server?.stop();
  rmSync(profile, { recursive: true, force: true });
});

/** Everything the game keeps in IndexedDB, by database and store. */
function readDatabases(page: Browser['page']): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name as string);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAllKeys();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        out[`${info.name}/${store}`] = keys.map(String);
      }
      db.close();
    }
    return out;
  });
}

describe('Marquee offline, after one visit', () => {
  let requests: RequestLog;

  it('loads once online and is ready to go offline', async () => {
    const { page } = b;
    await page.goto(server.url);
    await controlled(page);
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu');
    expect(await page.locator('#pwa-offline').isVisible()).toBe(false);
  });

  it('reloads with no network and no server, and says it is offline', async () => {
    const { page, context } = b;
    await context.setOffline(true);
    await server.stop();
    requests = trackRequests(page);
    await page.reload();
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu, offline');
    const pill = page.locator('#pwa-offline');
    await pill.waitFor({ state: 'visible' });
    expect(await pill.getAttribute('role')).toBe('status');
    expect(await pill.textContent()).toContain('Offline');
  });

  let answered = 0;
  let right = 0;

  it('plays a whole game offline, deck and all', async () => {
    const { page } = b;
    await startGame(page, 'tap');
    for (;;) {
      const v = await until(page, () => view(page), (x) => x.phase === 'asking' || x.scenes.includes('Results'), 'a question or the results', 30_000);
      if (v.scenes.includes('Results')) break;
      answered++;
      const isRight = answered % 3 !== 0;
      if (isRight) right++;
      await answerAndReveal(page, isRight, 'tap');
      const after = await view(page);
      if (after.scenes.includes('Results')) break;
      await press(page, 'Round', 'next', 'tap');
      expect(answered).toBeLessThan(60);
    }
    expect(answered).toBeGreaterThanOrEqual(10);
    await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results', 30_000);
    expect(b.errors).toEqual([]);
  });

  it('saves progress, and finds it after another offline reload', async () => {
    const { page } = b;
    const statsKeys = async () => Object.values(await readDatabases(page)).flatMap((keys) => keys.filter((k) => k.startsWith('stats:')));
    const saved = await until(page, statsKeys, (keys) => keys.length > 0, 'the game saved in IndexedDB', 10_000);
    await page.reload();
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu, after reloading offline', 30_000);
    expect(await statsKeys()).toEqual(saved);
    await press(page, 'Menu', 'stats', 'tap');
    const stats = await until(
      page,
      () => page.evaluate(() => (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children?: { getByName(n: string): { text: string } | null } } } } }).__MARQUEE__.scene.getScene('Stats')?.children?.getByName('stats')?.text ?? ''),
      (t) => t.includes('Games:'),
      'the stats',
      30_000,
    );
    expect(stats).toContain('Games: 1');
    expect(stats).toContain(`Answers right: ${right} of ${answered}`);
    expect(b.errors).toEqual([]);
  });

  it('made no request that failed or hung, and the service worker answered every one', async () => {
    const { page } = b;
    await page.waitForTimeout(300);
    expect(requests.all.length).toBeGreaterThan(5);
    expect(requests.failed).toEqual([]);
    expect(requests.errors).toEqual([]);
    expect(requests.pending()).toEqual([]);
    expect(requests.fromNetwork).toEqual([]);
  });

  it('still starts offline after the browser is closed and opened again (screenshots at 390×844, dpr 3)', async () => {
    await b.close();
    b = await launch({ ...PHONE, dpr: 3, profile });
    const { page, context } = b;
    await context.setOffline(true);
    const log = trackRequests(page);
    await page.goto(server.url);
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu, after a restart');
    await page.locator('#pwa-offline').waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await shot(page, 'offline-1-menu');
    await startGame(page, 'tap');
    await page.waitForTimeout(300);
    await shot(page, 'offline-2-question');
    expect(log.failed).toEqual([]);
    expect(log.fromNetwork).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
