/**
 * The whole game as players use it: keyboard only, through the accessibility mirror only,
 * an accessibility scan, every screen at phone and projector sizes, and a long session
 * that must not leak.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, type Browser, launch, press, type Server, serve, shot, until, view } from './harness';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let server: Server;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.stop();
});

/** The labels of the screen's buttons, as the accessibility mirror has them. */
function mirroredButtons(page: Page): Promise<string[]> {
  return page.locator('#screen-mirror button').allTextContents();
}

async function openMenu(page: Page, url: string): Promise<void> {
  // Let the last game's save land first, so the menu is the one the next visit finds
  // (a game finished a moment ago is counted, not offered as Resume).
  await page.evaluate(() => (window as unknown as { __MARQUEE_PROGRESS__?: { idle(): Promise<void> } }).__MARQUEE_PROGRESS__?.idle()).catch(() => undefined);
  await page.goto(url);
  await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu');
}


interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: unknown[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe.run;
    const result = await run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 2) }));
  });
}

describe('playing with the keyboard alone', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => b?.close());

  it('sets up, plays ten questions, pauses, and reaches the results without a pointer', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    await page.keyboard.press('Enter');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    await page.keyboard.press('Enter');
    let earned = 0;
    for (let i = 0; i < 10; i++) {
      const v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === i + 1, `question ${i + 1}`);
      if (i === 4) {
        await page.keyboard.press('Escape');
        expect(await page.locator('#screen-mirror h1').textContent()).toBe('Paused');
        await page.keyboard.press('Escape');
        expect(await page.locator('#screen-mirror h1').textContent()).toContain('Question 5');
      }
      if (v.input === 'choice' && i % 2 === 1) {
        // Letters work as well as numbers: A–D on odd questions.
        const choice = i % 4 === 3 ? ((v.answerIndex ?? 0) + 1) % v.options.length : (v.answerIndex ?? 0);
        if (choice === v.answerIndex) earned += 100;
        await page.keyboard.press('abcd'[choice] ?? 'a');
      } else earned += await answer(page, v, i % 4 !== 3, 'keys');
      await until(page, () => view(page), (x) => x.phase === 'revealed', `the reveal of question ${i + 1}`);
      await page.keyboard.press('Enter');
    }
    await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
    const status = await page.locator('#screen-mirror p').textContent();
    expect(status).toContain(`Final score ${earned}.`);
    expect(b.errors).toEqual([]);
  });

  it('moves focus with the arrows and presses with Enter', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    await page.keyboard.press('ArrowDown'); // Play
    await page.keyboard.press('ArrowDown'); // Host a club night
    await page.keyboard.press('ArrowDown'); // Stats
    await page.keyboard.press('ArrowDown'); // Settings
    await page.keyboard.press('Enter');
    await until(page, () => view(page), (v) => v.scenes.includes('Settings'), 'the settings');
    await page.keyboard.press('Escape');
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu again');
  });
});

describe('playing through the accessibility mirror alone', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ width: 390, height: 844, dpr: 2 });
  });
  afterAll(async () => b?.close());

  /** Activates a mirror button as a screen reader would: focus it, then press Enter. */
  async function activate(page: Page, label: string | RegExp): Promise<void> {
    const button = page.locator('#screen-mirror button', { hasText: label }).first();
    await button.focus();
    await page.keyboard.press('Enter');
  }

  it('offers real buttons named like the canvas ones, and plays a game with them', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    const names = await page.locator('#screen-mirror button').allTextContents();
    expect(names).toEqual(['Play', 'Host a club night', 'Stats', 'Settings']);
    await activate(page, 'Play');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    await activate(page, 'Start');
    let earned = 0;
    for (let i = 0; i < 10; i++) {
      const v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === i + 1, `question ${i + 1}`);
      const mirrored = await page.locator('#screen-mirror button').allTextContents();
      // The answers, in order (or the keypad), then the pause button.
      if (v.input !== 'year') expect(mirrored.slice(0, v.options.length)).toEqual(v.options);
      else expect(mirrored.slice(0, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Erase', '0', 'OK']);
      const live = await page.locator('#announcer').textContent();
      expect(live).toContain(`Question ${i + 1} of 10`);
      const right = i % 2 === 0;
      if (v.input === 'choice') {
        const choice = right ? (v.answerIndex ?? 0) : ((v.answerIndex ?? 0) + 1) % v.options.length;
        if (right) earned += 100;
        await activate(page, new RegExp(`^${v.options[choice]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      } else if (v.input === 'order') {
        for (const title of right ? v.order : [...v.order].reverse()) await activate(page, new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        await activate(page, 'Lock in');
        if (right) earned += 100;
      } else {
        for (const d of String(right ? v.year : (v.year ?? 2000) - 10)) await activate(page, new RegExp(`^${d}$`));
        await activate(page, /^OK$/);
        if (right) earned += 100;
      }
      await until(page, () => view(page), (x) => x.phase === 'revealed', `the reveal of question ${i + 1}`);
      expect(await page.locator('#announcer').textContent()).toMatch(right ? /^Right/ : /^Wrong/);
      await activate(page, /Next question|See results/);
    }
    await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
    expect(await page.locator('#announcer').textContent()).toContain(`Final score ${earned}.`);
  });
});

describe('accessibility scan (axe-core)', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ width: 390, height: 844, dpr: 2 });
  });
  afterAll(async () => b?.close());

  it('finds no serious or critical violations on the menu, a question, a reveal and the settings', async () => {
    const { page } = b;
    const found: Record<string, AxeViolation[]> = {};
    const serious = (vs: AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    await openMenu(page, server.url);
    found.menu = serious(await axe(page));
    await press(page, 'Menu', 'play');
    await press(page, 'Setup', 'start');
    const v = await until(page, () => view(page), (x) => x.phase === 'asking', 'a question');
    found.question = serious(await axe(page));
    await answer(page, v, true, 'click');
    await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal');
    found.reveal = serious(await axe(page));
    await openMenu(page, server.url);
    await press(page, 'Menu', 'settings');
    await until(page, () => view(page), (x) => x.scenes.includes('Settings'), 'the settings');
    found.settings = serious(await axe(page));
    expect(found).toEqual({ menu: [], question: [], reveal: [], settings: [] });
  });
});

/** Whether every answer button lies wholly on a canvas that fills the window. */
async function inside(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Obj = { getBounds(): { left: number; right: number; top: number; bottom: number } };
    const game = (window as unknown as { __MARQUEE__: { canvas: HTMLCanvasElement; scale: { width: number; height: number }; scene: { getScene(k: string): { children: { getByName(n: string): Obj | null } } } } }).__MARQUEE__;
    const rect = game.canvas.getBoundingClientRect();
    if (Math.abs(rect.width - window.innerWidth) > 2 || Math.abs(rect.height - window.innerHeight) > 2) return false;
    const round = game.scene.getScene('Round');
    // The answers, or for a year the keypad's keys: whichever the question shows.
    const named = round.children.getByName('answer-0') ? ['answer-0', 'answer-1', 'answer-2', 'answer-3'] : ['key-1', 'key-9', 'key-0', 'key-ok'];
    for (const [i, name] of named.entries()) {
      const b = round.children.getByName(name)?.getBounds();
      if (!b) return name.startsWith('answer-') && i >= 2;
      if (b.left < 0 || b.top < 0 || b.right > game.scale.width || b.bottom > game.scale.height) return false;
    }
    return true;
  });
}

describe.each([
  { label: 'phone', width: 390, height: 844, dpr: 3, touch: true },
  { label: 'projector', width: 1920, height: 1080, dpr: 1, touch: false },
])('every screen on a $label', (device) => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch(device);
  });
  afterAll(async () => b?.close());

  it('is drawn, screenshot by screenshot', async () => {
    const { page } = b;
    const how = device.touch ? 'tap' : 'click';
    const snap = (name: string) => shot(page, `screens-${device.label}-${name}`);
    await openMenu(page, server.url);
    await page.waitForTimeout(200);
    await snap('01-menu');
    await press(page, 'Menu', 'settings', how);
    await until(page, () => view(page), (x) => x.scenes.includes('Settings'), 'settings');
    await snap('02-settings');
    await press(page, 'Settings', 'contrast', how);
    await snap('03-settings-high-contrast');
    await press(page, 'Settings', 'contrast', how);
    await press(page, 'Settings', 'back', how);
    await until(page, () => view(page), (x) => x.scenes.includes('Menu'), 'the menu');
    await press(page, 'Menu', 'stats', how);
    await until(page, () => view(page), (x) => x.scenes.includes('Stats'), 'stats');
    await page.waitForTimeout(200);
    await snap('04-stats');
    await press(page, 'Stats', 'back', how);
    await until(page, () => view(page), (x) => x.scenes.includes('Menu'), 'the menu');
    await press(page, 'Menu', 'play', how);
    await until(page, () => view(page), (x) => x.scenes.includes('Setup'), 'setup');
    // Two teams taking turns (solo → players in turn → teams in turn), two rounds of five.
    await press(page, 'Setup', 'play', how);
    await until(page, () => mirroredButtons(page), (l) => l.some((x) => x.startsWith('Play: players')), 'players in turn');
    await press(page, 'Setup', 'play', how);
    await until(page, () => mirroredButtons(page), (l) => l.some((x) => x.startsWith('Play: teams taking turns')), 'teams in turn');
    await press(page, 'Setup', 'rounds', how);
    for (let i = 0; i < 3; i++) await press(page, 'Setup', 'per-round', how);
    await snap('05-setup');
    await press(page, 'Setup', 'start', how);
    for (let i = 0; i < 10; i++) {
      const v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === i + 1, `question ${i + 1}`);
      if (i === 0) {
        await snap('06-question');
        // Turn the device (or resize the window): the same question is laid out afresh.
        await page.setViewportSize({ width: device.height, height: device.width });
        await until(page, () => inside(page), (ok) => ok, 'the answers to fit the turned screen');
        await snap('06b-question-turned');
        await page.setViewportSize({ width: device.width, height: device.height });
        await until(page, () => inside(page), (ok) => ok, 'the answers to fit the screen again');
      }
      if (i === 1) {
        await press(page, 'Round', 'pause', how);
        await snap('07-paused');
        await press(page, 'Round', 'quit', how);
        await snap('08-confirm-quit');
        await press(page, 'Round', 'keep-playing', how);
      }
      await answer(page, v, i % 3 !== 1, how);
      await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal').catch(async (e: unknown) => {
        await snap(`no-reveal-${i + 1}`);
        throw e;
      });
      if (i === 0) await snap('09-reveal-right');
      if (i === 1) await snap('10-reveal-wrong');
      await press(page, 'Round', 'next', how);
      if (i === 4) {
        await until(page, () => view(page), (x) => x.phase === 'roundOver', 'the scoreboard');
        await snap('11-scoreboard');
        await press(page, 'Round', 'next-round', how);
      }
    }
    await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
    await page.waitForTimeout(600);
    await snap('12-results-podium');
    expect(b.errors).toEqual([]);
  });
});

/**
 * What the canvas shows now, against the same moment drawn in full: the game loop is held,
 * the canvas read, everything drawn again from scratch and read again. `clips` counts the
 * frames drawn in part (each is clipped to its rectangles) since the last call. A pixel is
 * `wrong` where it is off by more than a quarter of the scale (a part not drawn again, an
 * old colour or alpha); `differing` counts any difference, which antialiased edges crossing
 * a clip's edge show (the browser rasterises a clipped curve a little differently).
 */
async function drawnAsWhole(page: Page): Promise<{ clips: number; pixels: number; differing: number; wrong: number; worst: number }> {
  return page.evaluate(() => {
    type Game = { loop: { sleep(): void; wake(): void }; canvas: HTMLCanvasElement; renderer: { preRender(): void; postRender(): void }; scene: { render(r: unknown): void } };
    const w = window as unknown as { __MARQUEE__: Game; __clips?: number };
    const game = w.__MARQUEE__;
    const ctx = game.canvas.getContext('2d') as CanvasRenderingContext2D;
    const clips = w.__clips ?? 0;
    w.__clips = 0;
    game.loop.sleep();
    try {
      const { width, height } = game.canvas;
      const kept = ctx.getImageData(0, 0, width, height).data;
      game.renderer.preRender();
      game.scene.render(game.renderer);
      game.renderer.postRender();
      const whole = ctx.getImageData(0, 0, width, height).data;
      let differing = 0;
      let wrong = 0;
      let worst = 0;
      for (let i = 0; i < kept.length; i += 4) {
        const d = Math.max(Math.abs((kept[i] as number) - (whole[i] as number)), Math.abs((kept[i + 1] as number) - (whole[i + 1] as number)), Math.abs((kept[i + 2] as number) - (whole[i + 2] as number)));
        if (d > 2) differing++;
        if (d > 64) wrong++;
        worst = Math.max(worst, d);
      }
      return { clips, pixels: kept.length / 4, differing, wrong, worst };
    } finally {
      game.loop.wake();
    }
  });
}

describe('drawing only what changed', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ width: 390, height: 844 });
  });
  afterAll(async () => b?.close());

  it('leaves the canvas as a whole redraw would: the lights of the menu, the timer of a question, a hovered answer', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    // Counts the frames drawn in part: the painter clips the canvas to each rectangle it draws again.
    await page.evaluate(() => {
      const w = window as unknown as { __MARQUEE__: { canvas: HTMLCanvasElement }; __clips: number };
      const ctx = w.__MARQUEE__.canvas.getContext('2d') as CanvasRenderingContext2D;
      const clip = ctx.clip.bind(ctx) as (...a: unknown[]) => void;
      w.__clips = 0;
      ctx.clip = ((...a: unknown[]) => {
        w.__clips++;
        clip(...a);
      }) as typeof ctx.clip;
    });
    await drawnAsWhole(page);
    await page.waitForTimeout(700);
    const menu = await drawnAsWhole(page);
    expect(menu.clips, 'the menu\'s chasing lights are drawn in part').toBeGreaterThan(5);
    expect(menu).toMatchObject({ wrong: 0 });
    expect(menu.differing).toBeLessThan(menu.pixels / 1000);
    await press(page, 'Menu', 'play');
    await until(page, () => view(page), (x) => x.scenes.includes('Setup'), 'setup');
    await press(page, 'Setup', 'start');
    await until(page, () => view(page), (x) => x.phase === 'asking', 'the first question');
    await drawnAsWhole(page);
    await page.waitForTimeout(700);
    const timer = await drawnAsWhole(page);
    expect(timer.clips, 'the timer bar is drawn in part').toBeGreaterThan(5);
    expect(timer).toMatchObject({ wrong: 0 });
    expect(timer.differing).toBeLessThan(timer.pixels / 1000);
    const at = await page.evaluate(() => {
      const game = (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(n: string): { getBounds(): { centerX: number; centerY: number } } | null } } } } }).__MARQUEE__;
      // An answer, or for a year question the keypad's first key: whichever the question shows.
      const round = game.scene.getScene('Round').children;
      const b = (round.getByName('answer-0') ?? round.getByName('key-1'))?.getBounds();
      return b ? { x: b.centerX, y: b.centerY } : null;
    });
    expect(at).not.toBeNull();
    await page.mouse.move(at?.x ?? 0, at?.y ?? 0);
    await page.waitForTimeout(200);
    const hovered = await drawnAsWhole(page);
    expect(hovered).toMatchObject({ wrong: 0 });
    expect(hovered.differing).toBeLessThan(hovered.pixels / 1000);
    expect(b.errors).toEqual([]);
  });
});

describe('a long session', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ width: 800, height: 600 });
  });
  afterAll(async () => b?.close());

  /** Objects and listeners alive in the game, and the JS heap after a forced garbage collection. */
  async function census(page: Page): Promise<{ objects: number; listeners: number; heapMB: number }> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    const counts = await page.evaluate(() => {
      type Emitter = { eventNames(): (string | symbol)[]; listenerCount(n: string | symbol): number };
      type SceneLike = { children: { length: number }; events: Emitter; input: { keyboard: Emitter | null }; sys: { settings: { key: string } } };
      const game = (window as unknown as { __MARQUEE__: { events: Emitter; scale: Emitter; scene: { scenes: SceneLike[] } } }).__MARQUEE__;
      const count = (e: Emitter | null) => (e ? e.eventNames().reduce((n, name) => n + e.listenerCount(name), 0) : 0);
      let objects = 0;
      let listeners = count(game.events) + count(game.scale);
      for (const s of game.scene.scenes) {
        objects += s.children.length;
        listeners += count(s.events) + count(s.input?.keyboard ?? null);
      }
      return { objects, listeners };
    });
    return { ...counts, heapMB: Math.round((heap.usedSize / 1048576) * 10) / 10 };
  }

  it('plays 100 questions in a row with no growth in listeners or objects and a bounded heap', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    const samples: { question: number; objects: number; listeners: number; heapMB: number }[] = [];
    let asked = 0;
    for (let game = 0; game < 10; game++) {
      await page.keyboard.press('Enter'); // Menu → Setup, or Results → Play again
      if (game === 0) {
        await until(page, () => view(page), (x) => x.scenes.includes('Setup'), 'setup');
        await page.keyboard.press('Enter');
      }
      for (let i = 0; i < 10; i++) {
        const v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === i + 1, `game ${game + 1}, question ${i + 1}`);
        await answer(page, v, true, 'keys');
        await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal');
        await page.keyboard.press('Enter');
        asked++;
      }
      await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
      // Counted on the results, a screen drawn the same way after every game (a question's
      // screen differs by kind: two answers, four, or a keypad).
      await page.waitForTimeout(700);
      samples.push({ question: asked, ...(await census(page)) });
    }
    console.log(`leak census (question, objects, listeners, heap MB):\n${samples.map((s) => `${s.question}\t${s.objects}\t${s.listeners}\t${s.heapMB}`).join('\n')}`);
    const first = samples[1] ?? samples[0];
    const last = samples[samples.length - 1];
    if (!first || !last) throw new Error('no samples');
    expect(asked).toBe(100);
    expect(last.objects).toBe(first.objects);
    expect(last.listeners).toBe(first.listeners);
    // The heap may wander, but not grow with every game: within 25% of the second game's.
    expect(last.heapMB).toBeLessThan(first.heapMB * 1.25 + 2);
  }, 300_000);
});

describe('a host adding their own deck', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ width: 1024, height: 768 });
  });
  afterAll(async () => b?.close());

  const baker = readFileSync('questions/sean-baker.json', 'utf8');
  const clubNight = baker.replace('"id": "sean-baker"', '"id": "club-night"').replace('"title": "Sean Baker"', '"title": "Club night"');
  const mirrored = (page: Page) => page.locator('#screen-mirror button').allTextContents();

  async function addDeck(page: Page, name: string, text: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await press(page, 'Setup', 'add-deck');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  it('picks a deck file in Setup, plays it, and still has it after a reload', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    await press(page, 'Menu', 'play');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    await addDeck(page, 'club-night.json', clubNight);
    await until(page, () => mirrored(page), (names) => names.some((n) => n.startsWith('Deck: Club night (added)')), 'the added deck to be chosen');
    await press(page, 'Setup', 'start');
    await until(page, () => view(page), (v) => v.phase === 'asking', 'a question from the added deck');
    const deckId = await page.evaluate(() => (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { state: { deckId: string } } } } }).__MARQUEE__.scene.getScene('Round').state.deckId);
    expect(deckId).toBe('my-club-night');
    await page.reload();
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu after a reload');
    await page.keyboard.press('p');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    expect((await mirrored(page)).some((n) => n.startsWith('Deck: Club night (added)'))).toBe(true);
  });

  it('refuses a broken deck file, saying where it is broken', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    await page.keyboard.press('p');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    await addDeck(page, 'broken.json', clubNight.replace('"year": 2024', '"year": 1700'));
    await until(page, () => view(page), (v) => v.scenes.includes('Error'), 'the error screen');
    expect(await page.locator('#screen-mirror p').textContent()).toMatch(/broken\.json:\d+:\d+: films\[\d+\]\.year: impossible year 1700/);
    await shot(page, 'deck-refused');
  });

  it('downloads the CSV template from Settings, adds it back from Setup as a deck, and refuses a broken CSV by row and column', async () => {
    const { page } = b;
    await openMenu(page, server.url);
    await press(page, 'Menu', 'settings');
    await until(page, () => view(page), (v) => v.scenes.includes('Settings'), 'the settings screen');
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Settings', 'deck-template')]);
    expect(download.suggestedFilename()).toBe('marquee-deck-template.csv');
    const template = readFileSync((await download.path()) ?? '', 'utf8');
    expect(template.split('\n')[2]).toBe('title,year,directors,cast,writers,genres,countries,runtime,logline,trivia,source,source_url');
    // The club fills in a row of its own and renames the deck.
    const ours = `${template.replace("# title: My club's films", '# title: Screening club').trimEnd()}\nRed Rocket,2021,Sean Baker,Simon Rex as Mikey Saber; Suzanna Son as Strawberry,Sean Baker; Chris Bergoch,Comedy; Drama,United States,130,,,Wikipedia: Red Rocket,https://en.wikipedia.org/wiki/Red_Rocket_(film)\n`;
    await page.keyboard.press('Escape');
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu');
    await press(page, 'Menu', 'play');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    const chooser = page.waitForEvent('filechooser');
    await press(page, 'Setup', 'add-deck');
    await (await chooser).setFiles({ name: 'screening-club.csv', mimeType: 'text/csv', buffer: Buffer.from(ours) });
    await until(page, () => mirrored(page), (names) => names.some((n) => n.startsWith('Deck: Screening club (added)')), 'the CSV deck to be chosen');
    await press(page, 'Setup', 'start');
    await until(page, () => view(page), (x) => x.phase === 'asking', 'a question from the CSV deck');
    const deckId = await page.evaluate(() => (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { state: { deckId: string } } } } }).__MARQUEE__.scene.getScene('Round').state.deckId);
    expect(deckId).toBe('my-screening-club');
    // The device keeps it as a deck's JSON, the club's own row in it.
    const kept = await page.evaluate(() => (window as unknown as { __MARQUEE_PROGRESS__: { customDecks(): { title: string; source: string }[] } }).__MARQUEE_PROGRESS__.customDecks().find((d) => d.title === 'Screening club')?.source ?? '');
    expect(JSON.parse(kept).films.map((f: { title: string }) => f.title)).toContain('Red Rocket');
    await shot(page, 'deck-csv-question');
    // A broken file: one row's year is a word. The error names the row and the column, and nothing is added.
    await openMenu(page, server.url);
    await press(page, 'Menu', 'play');
    await until(page, () => view(page), (x) => x.scenes.includes('Setup'), 'the setup screen');
    const again = page.waitForEvent('filechooser');
    await press(page, 'Setup', 'add-deck');
    await (await again).setFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(ours.replace('Red Rocket,2021', 'Red Rocket,twenty21')) });
    await until(page, () => view(page), (x) => x.scenes.includes('Error'), 'the error screen');
    expect(await page.locator('#screen-mirror p').textContent()).toContain('broken.csv, row 7, column B (year): "twenty21" is not a year');
    await shot(page, 'deck-csv-refused');
    // broken.csv would have been kept as the deck "broken": only the good file's deck is there.
    const ids = await page.evaluate(() => (window as unknown as { __MARQUEE_PROGRESS__: { customDecks(): { id: string }[] } }).__MARQUEE_PROGRESS__.customDecks().map((d) => d.id));
    expect(ids).toContain('screening-club');
    expect(ids).not.toContain('broken');
  });
});
