/**
 * Teams on one screen, as a film club plays round a laptop with the network off: four
 * teams are set up and renamed in Setup, then buzz in on one keyboard (Q, P, Z, M) and on
 * gamepads (a test stand-in for `navigator.getGamepads`, read by Phaser every frame as a
 * real pad is). A wrong answer shuts that team out and the others steal; a question nobody
 * knows is closed from the pause; the host corrects a score by hand; a podium ends it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, type Browser, type GameView, launch, press, type Server, serve, shot, until, view } from './harness';
import { controlled } from './pwa-helpers';

// A laptop on a projector; dpr 1, as the test is about play, not sharpness (the screen tests cover that).
const LAPTOP = { width: 1280, height: 720, dpr: 1 };

/** Stands in for gamepads: `window.__pads[i].buttons[b]` is button b of pad i, from 0 to 1. */
const PADS = `
  window.__pads = [];
  Object.defineProperty(navigator, 'getGamepads', {
    configurable: true,
    value: () => window.__pads.map((p) => p && {
      id: 'Test pad ' + (p.index + 1), index: p.index, connected: true, mapping: 'standard',
      timestamp: performance.now(), axes: [0, 0, 0, 0],
      buttons: p.buttons.map((v) => ({ pressed: v > 0.5, touched: v > 0, value: v })),
    }),
  });
`;

interface Teams {
  phase: string | null;
  holder: number | null;
  out: number[];
  scores: number[];
  players: string[];
  answers: number;
  n: number;
}

function teams(page: Page): Promise<Teams> {
  return page.evaluate(() => {
    type S = { phase: string; buzz: { holder: number | null; out: number[] }; scores: number[]; players: string[]; answers: unknown[]; round: number; index: number; rounds: unknown[][] };
    const game = (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { state?: S | null; sys: { isActive(): boolean } } } } }).__MARQUEE__;
    const round = game.scene.getScene('Round');
    const s = round?.sys.isActive() ? round.state : null;
    if (!s) return { phase: null, holder: null, out: [], scores: [], players: [], answers: 0, n: 0 };
    const n = s.rounds.slice(0, s.round).reduce((k, r) => k + r.length, 0) + s.index + 1;
    return { phase: s.phase, holder: s.buzz.holder, out: s.buzz.out, scores: s.scores, players: s.players, answers: s.answers.length, n };
  });
}

async function padButton(page: Page, pad: number, button: number): Promise<void> {
  const set = (v: number) =>
    page.evaluate(
      ([p, b, value]) => {
        const w = window as unknown as { __pads: { index: number; buttons: number[] }[] };
        const entry = w.__pads[p as number];
        if (entry) entry.buttons[b as number] = value as number;
      },
      [pad, button, v],
    );
  // Held for a few frames, as a thumb does, then let go.
  await set(1);
  await page.waitForTimeout(150);
  await set(0);
  await page.waitForTimeout(150);
}

function label(page: Page, scene: string, name: string): Promise<string> {
  return page.evaluate(
    ([s, n]) => (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(x: string): { label?: string } | null } } } } }).__MARQUEE__.scene.getScene(s as string).children.getByName(n as string)?.label ?? '',
    [scene, name],
  );
}

let server: Server;
let b: Browser;
beforeAll(async () => {
  server = await serve();
  b = await launch(LAPTOP);
  await b.context.addInitScript(PADS);
  await b.page.goto(server.url);
  await controlled(b.page);
  // From here on the club has no network: the installed game serves itself.
  await b.context.setOffline(true);
  await b.page.reload();
}, 120_000);
afterAll(async () => {
  await b?.close();
  await server?.stop();
});

describe('four teams on one laptop, offline', () => {
  it('are set up and named in Setup', async () => {
    const { page } = b;
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu, offline', 30_000);
    await press(page, 'Menu', 'play');
    await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
    // Solo → players in turn → teams in turn → teams with buzzers; then 2 → 3 → 4 teams, and five questions.
    for (let i = 0; i < 3; i++) await press(page, 'Setup', 'play');
    await until(page, () => label(page, 'Setup', 'play'), (l) => l.includes('teams with buzzers'), 'buzzer play chosen');
    for (let i = 0; i < 2; i++) await press(page, 'Setup', 'count');
    await until(page, () => label(page, 'Setup', 'count'), (l) => l.includes('Teams: 4'), 'four teams');
    for (let i = 0; i < 3; i++) await press(page, 'Setup', 'per-round');
    await until(page, () => label(page, 'Setup', 'per-round'), (l) => l.endsWith(': 5  ▸'), 'five questions');
    await press(page, 'Setup', 'names');
    const dialog = page.locator('#names-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect(page.locator('label[for="name-1"]').textContent()).resolves.toBe('Team 1 (gold, key Q)');
    // A name left out, then one used twice, are refused with the seat named; nothing is kept.
    await page.locator('#name-1').fill('  ');
    await page.locator('#names-save').click();
    await expect(page.locator('#names-problem').textContent()).resolves.toBe('Team 1 needs a name.');
    const names = ['Reel Talk', 'Popcorn', 'The Critics', 'popcorn'];
    for (const [i, n] of names.entries()) await page.locator(`#name-${i + 1}`).fill(n);
    await page.locator('#names-save').click();
    await expect(page.locator('#names-problem').textContent()).resolves.toBe('Teams 2 and 4 are both called "popcorn": give each its own name.');
    await shot(page, 'teams-1-names');
    await page.locator('#name-4').fill('Ushers');
    await page.locator('#names-save').click();
    await dialog.waitFor({ state: 'detached' });
    await until(page, () => label(page, 'Setup', 'names'), (l) => l.includes('Reel Talk'), 'the names on the Setup screen');
    await shot(page, 'teams-2-setup');
  });

  it('buzz in on the keyboard; a wrong answer shuts a team out and the others steal', async () => {
    const { page } = b;
    await press(page, 'Setup', 'start');
    let v: GameView = await until(page, () => view(page), (x) => x.phase === 'asking', 'the first question');
    await until(page, () => teams(page), (t) => t.players.length === 4, 'the teams in the game');
    expect((await teams(page)).players).toEqual(['Reel Talk', 'Popcorn', 'The Critics', 'Ushers']);
    await shot(page, 'teams-3-buzzers-open');
    // With the buzzers open, an option key answers nothing.
    await page.keyboard.press('1');
    await page.waitForTimeout(200);
    expect(await teams(page)).toMatchObject({ phase: 'asking', holder: null, answers: 0 });
    await page.keyboard.press('q');
    await until(page, () => teams(page), (t) => t.holder === 0, 'Reel Talk holding the question');
    // The others' buzzers are locked while Reel Talk answers.
    await page.keyboard.press('p');
    await page.waitForTimeout(150);
    expect((await teams(page)).holder).toBe(0);
    await shot(page, 'teams-4-holding');
    await answer(page, v, false, 'keys');
    await until(page, () => teams(page), (t) => t.holder === null && t.out.includes(0), 'Reel Talk shut out');
    expect((await teams(page)).phase).toBe('asking');
    await shot(page, 'teams-5-steal');
    // Reel Talk cannot buzz again; Popcorn steals it.
    await page.keyboard.press('q');
    await page.waitForTimeout(150);
    expect((await teams(page)).holder).toBe(null);
    await page.keyboard.press('p');
    await until(page, () => teams(page), (t) => t.holder === 1, 'Popcorn holding the question');
    v = await view(page);
    await answer(page, v, true, 'keys');
    await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal');
    expect((await teams(page)).scores).toEqual([0, 100, 0, 0]);
    await press(page, 'Round', 'next');
  });

  it('buzz in with a gamepad, and answer with its d-pad and A', async () => {
    const { page } = b;
    await page.evaluate(() => {
      const w = window as unknown as { __pads: { index: number; buttons: number[] }[] };
      w.__pads = [0, 1, 2, 3].map((index) => ({ index, buttons: Array.from({ length: 17 }, () => 0) }));
    });
    const v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === 2, 'question 2');
    // The chips show each team's pad once the pads are seen.
    await until(page, () => label(page, 'Round', 'buzz-3'), (l) => l.includes('pad 3'), 'pad 3 on The Critics’ buzzer');
    await padButton(page, 2, 0);
    await until(page, () => teams(page), (t) => t.holder === 2, 'The Critics (pad 3) holding the question');
    if (v.input === 'choice') {
      // Another pad moves nothing; pad 3's d-pad goes down to the right answer, and A presses it.
      await padButton(page, 0, 13);
      for (let i = 0; i <= (v.answerIndex ?? 0); i++) await padButton(page, 2, 13);
      await padButton(page, 2, 0);
    } else {
      await answer(page, v, true, 'keys');
    }
    await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal');
    expect((await teams(page)).scores).toEqual([0, 100, 100, 0]);
    await press(page, 'Round', 'next');
  });

  it('closes a question nobody knows from the pause, and takes a correction by hand', async () => {
    const { page } = b;
    await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === 3, 'question 3');
    await page.keyboard.press('Escape');
    await until(page, () => view(page), (x) => x.overlay === 'paused', 'the pause');
    await press(page, 'Round', 'nobody-knows');
    await until(page, () => view(page), (x) => x.phase === 'revealed', 'the answer shown, nobody having it');
    // Two answers to question 1 (a miss and the steal), one to question 2, none to this one.
    expect((await teams(page)).answers).toBe(3);
    await shot(page, 'teams-6-nobody');
    // The host accepts an answer the game did not: Ushers get 100 by hand.
    await page.keyboard.press('Escape');
    await until(page, () => view(page), (x) => x.overlay === 'paused', 'the pause');
    await press(page, 'Round', 'correct-scores');
    await until(page, () => view(page), (x) => x.overlay === 'scores', 'the score editor');
    await press(page, 'Round', 'plus-4');
    await until(page, () => teams(page), (t) => t.scores[3] === 100, 'Ushers corrected');
    await shot(page, 'teams-7-correct');
    await press(page, 'Round', 'scores-done');
    await until(page, () => view(page), (x) => x.overlay === 'paused', 'back to the pause');
    await press(page, 'Round', 'resume');
    await press(page, 'Round', 'next');
  });

  it('plays to a podium of the teams', async () => {
    const { page } = b;
    for (const [n, key] of [
      [4, 'z'],
      [5, 'z'],
    ] as const) {
      const v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === n, `question ${n}`);
      await page.keyboard.press(key);
      await until(page, () => teams(page), (t) => t.holder === 2, 'The Critics holding the question');
      await answer(page, v, true, 'keys');
      await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal');
      await press(page, 'Round', 'next');
    }
    await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
    await page.waitForTimeout(500);
    await shot(page, 'teams-8-podium');
    const podium = await page.evaluate(() => {
      const game = (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(n: string): { text?: string } | null } } } } }).__MARQUEE__;
      const r = game.scene.getScene('Results');
      return [1, 2, 3].map((i) => r.children.getByName(`podium-${i}`)?.text ?? '');
    });
    expect(podium[0]).toBe('The Critics\n300');
    // Popcorn (100 by answer) and Ushers (100 by hand) tie for second: seating order breaks it.
    expect(podium.slice(1)).toEqual(['Popcorn\n100', 'Ushers\n100']);
    expect(b.errors).toEqual([]);
  });
});
