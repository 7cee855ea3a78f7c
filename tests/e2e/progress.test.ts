/**
 * Saved progress in a real Chromium: a game reloaded at eleven points in play resumes
 * exactly where it was, and a reload on the results opens the menu with the game counted;
 * progress outlives the browser; a corrupted record is set aside with a
 * notice while the rest loads; export then import round-trips; and without IndexedDB
 * the game still plays, with a notice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, press, type Server, serve, shot, until } from './harness';

// `MARQUEE_DIST=dist-x` serves another build (handy while others rebuild dist/).
const DIST = process.env.MARQUEE_DIST ?? 'dist';
// One CSS pixel per canvas pixel: the least drawing for a software-rendered canvas.
const PHONE = { width: 390, height: 844, dpr: 1, touch: false };

let server: Server;
let profile: string;
beforeAll(async () => {
  server = await serve(DIST);
  profile = mkdtempSync(join(tmpdir(), 'marquee-progress-'));
});
afterAll(async () => {
  await server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** What must survive a reload: where the game is, what was answered, and the questions still to come. */
interface Restorable {
  phase: string;
  round: number;
  index: number;
  answers: unknown[];
  score: number;
  scores: number[];
  current: string;
  remaining: string[];
}

type Q = { id: string; input: 'choice' | 'order' | 'year'; answerIndex: number; options: string[]; order?: string[]; year?: number };
type Win = {
  __MARQUEE__: {
    scene: {
      isActive(k: string): boolean;
      getScene(k: string): {
        state?: { phase: string; round: number; index: number; answers: unknown[]; score: number; scores: number[]; rounds: Q[][] } | null;
        elapsedMs?: number;
        children: { getByName(n: string): { text?: string; label?: string } | null };
      };
    };
  };
  __MARQUEE_PROGRESS__: { idle(): Promise<void>; snapshot: { game: { elapsedMs: number } | null } };
};

function restorable(page: Page): Promise<Restorable | null> {
  return page.evaluate(() => {
    const game = (window as unknown as Win).__MARQUEE__;
    if (!game?.scene.isActive('Round')) return null;
    const s = game.scene.getScene('Round').state;
    if (!s) return null;
    const remaining = s.rounds.flatMap((r, ri) => r.filter((_, qi) => ri > s.round || (ri === s.round && qi > s.index)).map((q) => q.id));
    const current = s.rounds[s.round]?.[s.index]?.id ?? '';
    return { phase: s.phase, round: s.round, index: s.index, answers: s.answers, score: s.score, scores: s.scores, current, remaining };
  });
}

/** Waits until every save asked for has landed in IndexedDB. */
async function saved(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as Win).__MARQUEE_PROGRESS__.idle());
}

function hasObject(page: Page, scene: string, name: string): Promise<boolean> {
  return page.evaluate(
    ([k, n]) => {
      const game = (window as unknown as Partial<Win>).__MARQUEE__;
      return !!game?.scene.isActive(k as string) && game.scene.getScene(k as string).children.getByName(n as string) !== null;
    },
    [scene, name],
  );
}

function labelOf(page: Page, scene: string, name: string): Promise<string | undefined> {
  return page.evaluate(([k, n]) => {
    const o = (window as unknown as Win).__MARQUEE__.scene.getScene(k as string).children.getByName(n as string);
    return o?.label ?? o?.text;
  }, [scene, name]);
}

async function atMenu(page: Page): Promise<void> {
  await until(page, () => hasObject(page, 'Menu', 'play'), Boolean, 'the menu');
}

async function phase(page: Page, want: string, what = want): Promise<Restorable> {
  return (await until(page, () => restorable(page), (r) => r?.phase === want, what)) as Restorable;
}

/** Answers the open question, right or wrong, and waits for the reveal: a choice by a tap, an order or a year by the keys. */
async function answer(page: Page, right: boolean): Promise<void> {
  const q = await page.evaluate(() => {
    const s = (window as unknown as Win).__MARQUEE__.scene.getScene('Round').state;
    return s?.rounds[s.round]?.[s.index] ?? null;
  });
  if (!q) throw new Error('no open question');
  if (q.input === 'year') {
    for (const digit of String(right ? q.year : (q.year ?? 2000) + 7)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
  } else if (q.input === 'order') {
    const order = right ? (q.order ?? []) : [...(q.order ?? [])].reverse();
    for (const item of order) await page.keyboard.press(String(q.options.indexOf(item) + 1));
    await page.keyboard.press('Enter');
  } else await press(page, 'Round', `answer-${right ? q.answerIndex : (q.answerIndex + 1) % q.options.length}`);
  await phase(page, 'revealed', 'the reveal');
}

async function next(page: Page): Promise<void> {
  await press(page, 'Round', 'next');
}

/** Reloads the page, presses Resume and returns what the game shows then. */
async function reloadAndResume(page: Page): Promise<void> {
  await saved(page);
  await page.reload();
  await until(page, () => hasObject(page, 'Menu', 'resume'), Boolean, 'Resume on the menu');
  await press(page, 'Menu', 'resume');
}

async function expectSameAfterReload(page: Page, label: string): Promise<void> {
  const before = await restorable(page);
  expect(before, label).not.toBeNull();
  await reloadAndResume(page);
  const after = await until(page, () => restorable(page), (r) => r !== null, `the game after reloading ${label}`);
  expect(after, label).toEqual(before);
}

/** Menu → Setup (two rounds of five, or the last setup) → the first question. */
async function newGame(page: Page, configure: boolean): Promise<void> {
  await press(page, 'Menu', 'play');
  await until(page, () => hasObject(page, 'Setup', 'start'), Boolean, 'the setup screen');
  if (configure) {
    await press(page, 'Setup', 'rounds');
    for (let i = 0; i < 3; i++) {
      await page.waitForTimeout(60);
      await press(page, 'Setup', 'per-round');
    }
    await until(page, () => labelOf(page, 'Setup', 'per-round'), (l) => l?.startsWith('Questions per round: 5') ?? false, 'five questions per round');
  }
  await press(page, 'Setup', 'start');
  await phase(page, 'asking', 'the first question');
}

/** What the Stats screen would show. */
function statsOf(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __MARQUEE__: { registry: { get(k: string): { stats(): Promise<unknown> } } } }).__MARQUEE__.registry.get('services').stats());
}

function storeKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('marquee');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('progress').objectStore('progress').getAllKeys();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result.map(String).sort());
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('saved progress in Chromium', () => {
  let b: Browser;
  afterAll(async () => {
    await b?.close();
  });

  it('resumes the identical game after a reload at eleven points in play, and opens the menu after a reload on the results', async () => {
    b = await launch({ ...PHONE, profile });
    const { page } = b;
    await page.goto(server.url);
    await atMenu(page);
    expect(await hasObject(page, 'Menu', 'resume')).toBe(false);
    await newGame(page, true);
    const first = (await restorable(page)) as Restorable;
    expect(first.remaining.length + 1).toBe(10);

    // 1. Mid-question, 2.2 s in: the timer goes on from the saved time, not from zero.
    await page.waitForTimeout(2200);
    await saved(page);
    const elapsedSaved = await page.evaluate(() => (window as unknown as Win).__MARQUEE_PROGRESS__.snapshot.game?.elapsedMs ?? -1);
    expect(elapsedSaved).toBeGreaterThanOrEqual(1000);
    await expectSameAfterReload(page, 'mid-question 1');
    const elapsedNow = await page.evaluate(() => (window as unknown as Win).__MARQUEE__.scene.getScene('Round').elapsedMs ?? -1);
    expect(elapsedNow).toBeGreaterThanOrEqual(elapsedSaved);
    expect(elapsedNow).toBeLessThan(elapsedSaved + 2500);
    await shot(page, 'progress-1-resumed-question');

    await answer(page, true);
    await expectSameAfterReload(page, 'on the reveal of question 1'); // 2
    await shot(page, 'progress-2-resumed-reveal');
    await next(page);
    await phase(page, 'asking', 'question 2');
    await expectSameAfterReload(page, 'at question 2'); // 3
    await answer(page, false);
    await expectSameAfterReload(page, 'on the reveal of a wrong answer'); // 4
    await next(page);
    for (const right of [true, true]) {
      await phase(page, 'asking');
      await answer(page, right);
      await next(page);
    }
    await phase(page, 'asking', 'question 5');
    await answer(page, true);
    await expectSameAfterReload(page, 'on the last reveal of round 1'); // 5
    await next(page);
    await phase(page, 'roundOver', 'the scoreboard between rounds');
    await expectSameAfterReload(page, 'between rounds'); // 6
    await shot(page, 'progress-3-resumed-between-rounds');
    await press(page, 'Round', 'next-round');
    await phase(page, 'asking', 'round 2');
    await expectSameAfterReload(page, 'at the first question of round 2'); // 7
    await answer(page, false);
    await next(page);
    await phase(page, 'asking');
    await expectSameAfterReload(page, 'at question 7'); // 8
    await answer(page, true);
    await expectSameAfterReload(page, 'on the reveal of question 7'); // 9
    await next(page);
    await phase(page, 'asking');
    await answer(page, true);
    await next(page);
    await phase(page, 'asking');
    await expectSameAfterReload(page, 'at question 9'); // 10
    await answer(page, true);
    await next(page);
    await phase(page, 'asking', 'question 10');
    await answer(page, false);
    await expectSameAfterReload(page, 'on the last reveal'); // 11
    const last = (await restorable(page)) as Restorable;
    await next(page);
    await until(page, () => hasObject(page, 'Results', 'final-score'), Boolean, 'the results');

    // 12. On the results: the game is over and counted, so a reload opens the menu, with
    // nothing to resume, and the game is in the stats.
    await saved(page);
    await page.reload();
    await atMenu(page);
    expect(await hasObject(page, 'Menu', 'resume')).toBe(false);
    await shot(page, 'progress-4-menu-after-results');
    expect(await statsOf(page)).toMatchObject({ games: 1, answered: 10, correct: 7, best: [{ score: last.score }] });
    expect(b.errors).toEqual([]);
  });

  it('keeps stats and a game in progress when the browser is closed and opened again', async () => {
    await b?.close();
    b = await launch({ ...PHONE, profile });
    let page = b.page;
    await page.goto(server.url);
    await atMenu(page);
    expect(await statsOf(page)).toMatchObject({ games: 1, answered: 10, correct: 7 });
    await newGame(page, false);
    await answer(page, true);
    await next(page);
    await phase(page, 'asking', 'question 2');
    await answer(page, true);
    await saved(page);
    const before = await restorable(page);
    await b.close();

    b = await launch({ ...PHONE, profile });
    page = b.page;
    await page.goto(server.url);
    await until(page, () => hasObject(page, 'Menu', 'resume'), Boolean, 'Resume after a restart');
    expect(await labelOf(page, 'Menu', 'resume')).toBe('Resume: question 2 of 10');
    await press(page, 'Menu', 'resume');
    expect(await until(page, () => restorable(page), (r) => r !== null, 'the resumed game')).toEqual(before);
  });

  it('sets a corrupted record aside with a notice, and loads the rest', async () => {
    const { page } = b;
    const before = await restorable(page);
    await saved(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('marquee');
          open.onsuccess = () => {
            const tx = open.result.transaction('progress', 'readwrite');
            tx.objectStore('progress').put({ version: 1, playerId: 'player-1', games: 'garbage', categories: [1, 2, 3] }, 'stats:player-1');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await atMenu(page);
    const notice = page.locator('#notice-recovered');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain("a player's stats");
    await shot(page, 'progress-5-recovered-notice');
    const keys = await storeKeys(page);
    expect(keys.some((k) => k.startsWith('quarantine:stats:player-1:'))).toBe(true);
    expect(keys).not.toContain('stats:player-1');
    expect(keys).toEqual(expect.arrayContaining(['game', 'history', 'player:player-1', 'settings']));
    // The rest is intact: the game resumes as it was.
    await press(page, 'Menu', 'resume');
    expect(await until(page, () => restorable(page), (r) => r !== null, 'the resumed game')).toEqual(before);
    expect(b.errors).toEqual([]);
  });

  it('exports progress to a file and imports it into another browser exactly', async () => {
    const { page } = b;
    // The last test's notice lies over the pause button: a press there is the notice's, so it is dismissed first.
    const notice = page.locator('#notice-recovered');
    if (await notice.isVisible()) await notice.getByRole('button').click();
    await notice.waitFor({ state: 'detached' });
    await press(page, 'Round', 'pause');
    await until(page, () => hasObject(page, 'Round', 'quit'), Boolean, 'the pause menu');
    await press(page, 'Round', 'quit');
    await until(page, () => hasObject(page, 'Round', 'confirm-quit'), Boolean, 'the quit question');
    await press(page, 'Round', 'confirm-quit');
    await atMenu(page);
    await press(page, 'Menu', 'settings');
    await until(page, () => hasObject(page, 'Settings', 'export'), Boolean, 'Settings');
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Settings', 'export')]);
    expect(download.suggestedFilename()).toMatch(/^marquee-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const exported = JSON.parse(text) as { format: string; version: number; records: Record<string, unknown> };
    expect(exported).toMatchObject({ format: 'marquee-progress', version: 1 });
    expect(Object.keys(exported.records)).toEqual(expect.arrayContaining(['history', 'player:player-1', 'settings']));
    const file = join(profile, '..', `${download.suggestedFilename()}`);
    writeFileSync(file, text);

    const other = await launch(PHONE);
    try {
      const p = other.page;
      await p.goto(server.url);
      await atMenu(p);
      await press(p, 'Menu', 'settings');
      await until(p, () => hasObject(p, 'Settings', 'import'), Boolean, 'Settings');
      const [chooser] = await Promise.all([p.waitForEvent('filechooser'), press(p, 'Settings', 'import')]);
      await chooser.setFiles(file);
      await p.locator('#import-dialog').waitFor({ state: 'visible' });
      await shot(p, 'progress-6-import-dialog');
      await p.click('#import-replace');
      await p.locator('#notice-storage-info').waitFor({ state: 'visible' });
      const [again] = await Promise.all([p.waitForEvent('download'), press(p, 'Settings', 'export')]);
      const reexported = JSON.parse(readFileSync(await again.path(), 'utf8')) as typeof exported;
      expect(reexported.records).toEqual(exported.records);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
      rmSync(file, { force: true });
    }
  });

  it('plays from memory, with a notice, where IndexedDB is not available', async () => {
    const c = await launch(PHONE);
    try {
      const p = c.page;
      await p.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
      });
      await p.goto(server.url);
      await atMenu(p);
      const notice = p.locator('#notice-storage');
      await notice.waitFor({ state: 'visible' });
      expect(await notice.textContent()).toContain('Progress cannot be saved in this browser');
      await shot(p, 'progress-7-no-storage-notice');
      await newGame(p, false);
      await answer(p, true);
      expect((await restorable(p))?.score).toBe(100);
    } finally {
      await c.close();
    }
  });
});
