import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, type Browser, launch, press, type Server, serve, shot, until, view } from './harness';

let server: Server;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.stop();
});

interface Device {
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly touch: boolean;
}

const DEVICES: Device[] = [
  { label: 'phone', width: 390, height: 844, dpr: 3, touch: true },
  { label: 'projector', width: 1920, height: 1080, dpr: 1, touch: false },
];

describe.each(DEVICES)('a full game on a $label', (device) => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch(device);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('is played from the menu to the results, and the score is what the answers earned', async () => {
    const { page } = b;
    const how = device.touch ? 'tap' : 'click';
    await page.goto(server.url);
    await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu');
    await page.waitForTimeout(300);
    await shot(page, `${device.label}-1-menu`);
    await press(page, 'Menu', 'play', how);
    await until(page, () => view(page), (x) => x.scenes.includes('Setup'), 'the setup screen');
    await shot(page, `${device.label}-1-setup`);
    await press(page, 'Setup', 'start', how);
    let v = await until(page, () => view(page), (x) => x.phase === 'asking', 'the first question');
    await shot(page, `${device.label}-2-question`);
    let earned = 0;
    let right = 0;
    for (let i = 0; i < 10; i++) {
      v = await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === i + 1, `question ${i + 1}`);
      // Right on questions 1, 2, 4, 5, 7, 8, 10; wrong on the others.
      const points = await answer(page, v, i % 3 !== 2, how);
      earned += points;
      if (points > 0) right++;
      v = await until(page, () => view(page), (x) => x.phase === 'revealed', `the reveal of question ${i + 1}`);
      expect(v.score).toBe(earned);
      if (i === 2) await shot(page, `${device.label}-3-reveal-wrong`);
      if (i === 3) await shot(page, `${device.label}-3-reveal-right`);
      await press(page, 'Round', 'next', how);
    }
    await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
    await page.waitForTimeout(600);
    await shot(page, `${device.label}-4-results`);
    const final = await page.evaluate(() => {
      const game = (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(n: string): { text: string } | null } } } } }).__MARQUEE__;
      const scene = game.scene.getScene('Results');
      return { score: scene.children.getByName('final-score')?.text, detail: scene.children.getByName('final-detail')?.text };
    });
    expect(final.score).toBe(String(earned));
    expect(final.detail).toContain(`${right} of 10 right`);
    await press(page, 'Results', 'play-again', how);
    await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === 1 && x.score === 0, 'a new game');
    expect(b.errors).toEqual([]);
  });

  it('answers with the keys 1–4 and moves on with Enter', async () => {
    const { page } = b;
    await page.goto(server.url);
    await until(page, () => view(page), (x) => x.scenes.includes('Menu'), 'the menu');
    // The game left unfinished above is offered as Resume (the menu's main button), so
    // a new one starts with P, the Play key.
    await page.keyboard.press('p');
    await until(page, () => view(page), (x) => x.scenes.includes('Setup'), 'the setup screen');
    await page.keyboard.press('Enter');
    const v = await until(page, () => view(page), (x) => x.phase === 'asking', 'the first question');
    await answer(page, v, true, 'keys');
    const after = await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal');
    expect(after.score).toBe(100);
    await page.keyboard.press('Enter');
    await until(page, () => view(page), (x) => x.phase === 'asking' && x.questionNumber === 2, 'question 2');
  });
});
