/**
 * Read aloud, for the projector: off by default; once turned on in Settings, each question
 * and its options are read as it opens, and the answer at the reveal, while the question
 * stays on screen. Where the browser has no voice, the setting says so and the game plays.
 * The browser's speech synthesis is stood in for by a recorder (headless Chromium has no
 * audio out), which keeps what the game asked it to say.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { answer, type Browser, launch, press, type Server, serve, shot, until, view } from './harness';

const PROJECTOR = { width: 1280, height: 720, dpr: 1 };

/** A speech synthesis with `voices` voices that writes down each utterance. */
function recorder(voices: number): string {
  return `(() => {
    const said = [];
    window.__SAID__ = said;
    const list = Array.from({ length: ${voices} }, (_, i) => ({ name: 'Voice ' + i, lang: 'en-GB', default: i === 0, localService: true, voiceURI: 'v' + i }));
    const synth = { getVoices: () => list, speak: (u) => said.push(u.text), cancel: () => said.push('(stop)'), speaking: false, pending: false, paused: false,
      addEventListener() {}, removeEventListener() {}, pause() {}, resume() {} };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  })();`;
}

const said = (b: Browser) => b.page.evaluate(() => ((window as unknown as { __SAID__: string[] }).__SAID__ ?? []).filter((s) => s !== '(stop)'));
const label = (b: Browser, name: string) =>
  b.page.evaluate((n) => (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(x: string): { label?: string } | null } } } } }).__MARQUEE__.scene.getScene('Settings').children.getByName(n)?.label, name);

let server: Server | undefined;
let b: Browser | undefined;
afterEach(async () => {
  await b?.close();
  await server?.stop();
});

async function toSettings(voices: number): Promise<Browser> {
  server = await serve();
  const opened = await launch(PROJECTOR);
  b = opened;
  await opened.context.addInitScript(recorder(voices));
  await opened.page.goto(server.url);
  await until(opened.page, () => view(opened.page), (v) => v.scenes.includes('Menu'), 'the menu', 30_000);
  await press(opened.page, 'Menu', 'settings');
  await until(opened.page, () => view(opened.page), (v) => v.scenes.includes('Settings'), 'settings');
  return opened;
}

async function firstQuestion(b: Browser) {
    await press(b.page, 'Settings', 'back');
  await until(b.page, () => view(b.page), (v) => v.scenes.includes('Menu'), 'the menu');
  await press(b.page, 'Menu', 'play');
  await until(b.page, () => view(b.page), (v) => v.scenes.includes('Setup'), 'setup');
  await press(b.page, 'Setup', 'start');
  return until(b.page, () => view(b.page), (v) => v.phase === 'asking', 'the first question');
}

describe('read aloud', () => {
  it('reads each question, its options and then its answer, once turned on', async () => {
    const b = await toSettings(2);
    await expect(label(b, 'read-aloud')).resolves.toContain('Read questions aloud: off');
    await press(b.page, 'Settings', 'read-aloud');
    await until(b.page, () => label(b, 'read-aloud'), (l) => (l ?? '').includes('Read questions aloud: on'), 'read aloud turned on');
    await shot(b.page, 'read-aloud-1-settings');
    for (let n = 1; n <= 3; n++) {
      const v = n === 1 ? await firstQuestion(b) : await until(b.page, () => view(b.page), (x) => x.phase === 'asking' && x.questionNumber === n, `question ${n}`);
      const asked = await until(b.page, () => said(b), (s) => s.length === 2 * n - 1, `question ${n} read`);
      const text = asked.at(-1) ?? '';
      // The options are read lettered as on screen (a year question has none to read).
      for (const [i, o] of v.options.entries()) expect(text).toContain(`${'ABCD'[i]}: ${o}.`);
      if (v.input === 'year') expect(text).toContain('Type the year');
      // The caption stays: the question is on screen while it is read.
      expect(v.options.length > 0 || v.input === 'year').toBe(true);
      if (n === 1) await shot(b.page, 'read-aloud-2-question');
      await answer(b.page, v, true, 'click');
      await until(b.page, () => view(b.page), (x) => x.phase === 'revealed', 'the reveal');
      const revealed = await until(b.page, () => said(b), (s) => s.length === 2 * n, `answer ${n} read`);
      const right = v.input === 'order' ? `The order: ${v.order.join(', then ')}.` : v.input === 'year' ? `The answer: ${v.year}.` : `The answer: ${v.options[v.answerIndex ?? -1]}.`;
      expect(revealed.at(-1)).toBe(right);
      await press(b.page, 'Round', 'next');
    }
    expect(b.errors).toEqual([]);
  });

  it('says so where the device has no voice, stays off, and the game plays', async () => {
    const b = await toSettings(0);
    await expect(label(b, 'read-aloud')).resolves.toBe('No voice here to read aloud  ▸');
    await press(b.page, 'Settings', 'read-aloud');
    await expect(label(b, 'read-aloud')).resolves.toBe('No voice here to read aloud  ▸');
    const v = await firstQuestion(b);
    await answer(b.page, v, true, 'click');
    await until(b.page, () => view(b.page), (x) => x.phase === 'revealed', 'the reveal');
    expect(await said(b)).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
