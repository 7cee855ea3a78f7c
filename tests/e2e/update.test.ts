/**
 * Updates: build 1 is served and played; then build 2 is deployed at the same address. The
 * running game notices, offers the update, takes it only when the player says so and never
 * mid-question, and the page ends up running build 2.
 * A phone-sized window, played at a device-pixel ratio of 1 (quick on a software renderer);
 * the screenshots of the notice are taken at 3.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, press, type Server, serve, until, view } from './harness';
import { answerAndReveal, buildId, buildInto, controlled, shotAt, startGame } from './pwa-helpers';

const DIRS = ['dist-update-1', 'dist-update-2'] as const;
let server: Server;
let b: Browser;

beforeAll(async () => {
  // One after the other: two builds of one project at once trip over each other.
  await buildInto(DIRS[0], 'update-1');
  await buildInto(DIRS[1], 'update-2');
  server = await serve(DIRS[0]);
  b = await launch({ width: 390, height: 844, dpr: 1, touch: true });
}, 180_000);
afterAll(async () => {
  await b?.close();
  await server?.stop();
  for (const dir of DIRS) rmSync(dir, { recursive: true, force: true });
});

/** Deploys build 2: the same address, new files. */
async function deployBuild2(): Promise<void> {
  const port = server.port;
  await server.stop();
  server = await serve(DIRS[1], port);
}

/**
 * Asks the browser to look for a new service worker now, as it does by itself on navigations
 * and as the game does every half hour.
 *
 * Headless Chromium draws the game with its software renderer, which leaves the page no idle
 * time on a busy machine, and then runs this check only after a minute. So the game's frame
 * loop is paused while the browser checks (a real GPU leaves plenty of idle time), and
 * resumed before anything is asserted about the page.
 */
async function checkForUpdate(page: Browser['page']): Promise<void> {
  await page.evaluate(() => (window as unknown as { __MARQUEE__: { loop: { sleep(): void } } }).__MARQUEE__.loop.sleep());
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.updateRegistration', { scopeURL: server.url });
  await until(page, () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), (w) => w, 'build 2 installed and waiting', 90_000);
  await page.evaluate(() => (window as unknown as { __MARQUEE__: { loop: { wake(): void } } }).__MARQUEE__.loop.wake());
  await cdp.detach();
}

const notice = (page: Browser['page']) => page.locator('#pwa-update');
const offered = (page: Browser['page'], ms = 30_000) => page.locator('#pwa-update[data-state="ready"]').waitFor({ state: 'visible', timeout: ms });

describe('a new build, deployed while a game is on', () => {
  it('build 1 is installed and running', async () => {
    const { page } = b;
    await page.goto(server.url);
    await controlled(page);
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu', 30_000);
    expect(await buildId(page)).toBe('update-1');
  });

  it('notices build 2 and offers it (by keyboard too); "Later" keeps build 1, and the offer comes back on the next load', async () => {
    const { page } = b;
    await deployBuild2();
    await checkForUpdate(page);
    await offered(page);
    expect(await notice(page).getAttribute('role')).toBe('status');
    expect(await notice(page).textContent()).toContain('New version');
    await shotAt(page, 'update-1-ready', 3);
    // Keyboard players reach it too: Tab moves into the notice, Escape means "Later".
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pwa-update-now');
    await page.keyboard.press('Escape');
    await notice(page).waitFor({ state: 'hidden' });
    expect((await view(page)).scenes).toContain('Menu');
    expect(await buildId(page)).toBe('update-1');
    await page.reload();
    await until(page, () => view(page), (v) => v.scenes.includes('Menu') || v.phase !== null, 'the game, reloaded', 30_000);
    expect(await buildId(page)).toBe('update-1');
    await offered(page);
    expect(b.errors).toEqual([]);
  });

  it('"Update now" mid-question waits for the answer, then reloads into build 2', async () => {
    const { page } = b;
    if ((await view(page)).phase !== 'asking') await startGame(page, 'tap');
    const asking = await until(page, () => view(page), (v) => v.phase === 'asking', 'an open question', 30_000);
    // Offered, not imposed: the question is open, on build 1, with the notice showing.
    expect(await notice(page).getAttribute('data-state')).toBe('ready');
    expect(await buildId(page)).toBe('update-1');

    let navigations = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigations++;
    });
    // Remember what the game was doing when the page went away.
    await page.evaluate(() => {
      addEventListener('pagehide', () => {
        type Scene = { sys: { settings: { key: string } }; state?: { phase: string } | null };
        const game = (window as unknown as { __MARQUEE__: { scene: { getScenes(active: boolean): Scene[] } } }).__MARQUEE__;
        const round = game.scene.getScenes(true).find((s) => s.sys.settings.key === 'Round');
        sessionStorage.setItem('phase-at-unload', round?.state?.phase ?? 'not in a round');
      });
    });

    await page.locator('#pwa-update-now').tap();
    await until(page, () => notice(page).getAttribute('data-state'), (s) => s === 'deferred', 'the deferred notice');
    expect(await notice(page).textContent()).toContain('after this question');
    // The question stays open, on build 1, for as long as the player takes.
    await page.waitForTimeout(2_000);
    expect(navigations).toBe(0);
    expect(await buildId(page)).toBe('update-1');
    const still = await view(page);
    expect([still.phase, still.questionNumber, still.score]).toEqual(['asking', asking.questionNumber, asking.score]);
    await shotAt(page, 'update-2-deferred', 3);

    await answerAndReveal(page, true, 'tap');
    const revealed = await view(page);
    await until(page, () => buildId(page).catch(() => undefined), (id) => id === 'update-2', 'build 2 after the reveal', 60_000);
    expect(navigations).toBe(1);
    expect(await page.evaluate(() => sessionStorage.getItem('phase-at-unload'))).toBe('revealed');
    await notice(page).waitFor({ state: 'hidden' });

    // The game in progress survives: build 2 offers to resume it, at the same reveal, same score.
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu on build 2', 30_000);
    await press(page, 'Menu', 'resume', 'tap');
    const resumed = await until(page, () => view(page), (v) => v.phase !== null, 'the resumed game', 30_000);
    expect([resumed.phase, resumed.questionNumber, resumed.score]).toEqual(['revealed', revealed.questionNumber, revealed.score]);
    expect(b.errors).toEqual([]);
  });
});
