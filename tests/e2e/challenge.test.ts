/**
 * Challenge codes, as a film club uses them: one phone makes a code in Setup and plays it;
 * two more phones, with the network off, type it in and play it. All three get the same
 * questions in the same order, and their share texts (the code, the score, a ✓/✗ row per
 * round) match where they answered alike; none names an answer. Bad codes are refused in
 * the dialog with a message that says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChallenge, encodeChallenge, isChallenge } from '../../src/quiz/challenge';
import { answer, type Browser, type GameView, launch, press, type Server, serve, shot, until, view } from './harness';
import { controlled } from './pwa-helpers';

// dpr 1: this test is about the quiz each phone gets, not sharpness (the screen tests cover that).
const PHONE = { width: 390, height: 844, dpr: 1, touch: true };

let server: Server;
const phones: Browser[] = [];
beforeAll(async () => {
  server = await serve();
  for (let i = 0; i < 3; i++) phones.push(await launch(PHONE));
  for (const p of phones) {
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    await p.page.goto(server.url);
    await controlled(p.page);
  }
}, 120_000);
afterAll(async () => {
  for (const p of phones) await p.close();
  await server?.stop();
});

interface Played {
  readonly asked: string[];
  readonly share: string;
}

/** From the menu to the challenge dialog in Setup. */
async function openDialog(b: Browser): Promise<void> {
  const { page } = b;
  await until(page, () => view(page), (v) => v.scenes.includes('Menu'), 'the menu', 30_000);
  await press(page, 'Menu', 'play', 'tap');
  await until(page, () => view(page), (v) => v.scenes.includes('Setup'), 'the setup screen');
  await press(page, 'Setup', 'challenge', 'tap');
  await page.locator('#challenge-dialog').waitFor({ state: 'visible' });
}

/** Plays the open quiz to the results, right on every question but each third, and shares the result. */
async function playAndShare(b: Browser): Promise<Played> {
  const { page } = b;
  const asked: string[] = [];
  for (let n = 1; ; n++) {
    const v: GameView = await until(page, () => view(page), (x) => (x.phase === 'asking' && x.questionNumber === n) || x.scenes.includes('Results'), `question ${n}`);
    if (v.scenes.includes('Results')) break;
    asked.push(`${v.input}: ${v.options.join(' | ')}`);
    await answer(page, v, n % 3 !== 0, 'tap');
    await until(page, () => view(page), (x) => x.phase === 'revealed', 'the reveal');
    await press(page, 'Round', 'next', 'tap');
    const after = await until(page, () => view(page), (x) => x.phase !== 'revealed', 'the next question');
    if (after.phase === 'roundOver') await press(page, 'Round', 'next-round', 'tap');
  }
  await until(page, () => view(page), (x) => x.scenes.includes('Results'), 'the results');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await press(page, 'Results', 'share', 'tap');
  const share = await until(page, () => page.evaluate(() => navigator.clipboard.readText()), (t) => t.length > 0, 'the share text on the clipboard');
  return { asked, share };
}

describe('a challenge code on three phones', () => {
  let code = '';
  const played: Played[] = [];

  it('is made in Setup on the first phone, and played there', async () => {
    const b = phones[0] as Browser;
    await openDialog(b);
    await b.page.locator('#challenge-close').tap();
    await b.page.locator('#challenge-dialog').waitFor({ state: 'detached' });
    // A club's quick round: five questions (10 → 15 → 20 → 5), which the code then fixes for everyone.
    for (let i = 0; i < 3; i++) await press(b.page, 'Setup', 'per-round', 'tap');
    await until(b.page, () => b.page.evaluate(() => (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(n: string): { label?: string } | null } } } } }).__MARQUEE__.scene.getScene('Setup').children.getByName('per-round')?.label ?? ''), (l) => l.includes(': 5'), 'five questions a round');
    await press(b.page, 'Setup', 'challenge', 'tap');
    await b.page.locator('#challenge-dialog').waitFor({ state: 'visible' });
    await shot(b.page, 'challenge-1-dialog');
    await b.page.locator('#challenge-make').tap();
    code = ((await b.page.locator('#challenge-new-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^BAKER-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await b.page.locator('#challenge-copy').tap();
    // The status is written once the clipboard has taken the text, which is a moment after the tap.
    await until(b.page, () => b.page.locator('#challenge-sent').textContent(), (t) => (t ?? '').includes('Copied'), 'the copy confirmed');
    await expect(b.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`Play my Marquee film quiz: ${code}`);
    await shot(b.page, 'challenge-2-made');
    await b.page.locator('#challenge-start').tap();
    played.push(await playAndShare(b));
    await b.page.waitForTimeout(400);
    await shot(b.page, 'challenge-5-results');
  });

  it('refuses a mistyped code, and one for a deck the phone lacks, in the dialog', async () => {
    const b = phones[1] as Browser;
    await b.context.setOffline(true);
    await b.page.reload();
    await openDialog(b);
    const problem = b.page.locator('#challenge-problem');
    const input = b.page.locator('#challenge-code');
    // One letter changed (the check digit catches it), then a deck this phone has never had.
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    await input.fill(`${code.slice(0, -1)}${last}`);
    await b.page.locator('#challenge-play').tap();
    const said = await until(b.page, () => problem.textContent(), (t) => (t ?? '').length > 0, 'the mistyped code refused');
    expect(said).toMatch(/typo|another version/);
    const read = decodeChallenge(code);
    if (!isChallenge(read)) throw new Error(`the code ${code} does not read back`);
    await input.fill(encodeChallenge({ ...read, tag: 'KUROSAWA' }));
    await b.page.locator('#challenge-play').tap();
    await until(b.page, () => problem.textContent(), (t) => (t ?? '').includes('KUROSAWA'), 'the missing deck named');
    await expect(problem.textContent()).resolves.toContain('a deck called KUROSAWA, which this device does not have');
    await shot(b.page, 'challenge-3-refused');
    expect((await view(b.page)).scenes).toContain('Setup');
  });

  it('gives the other two phones, offline, the same quiz from the typed code, and matching share texts', async () => {
    for (const b of phones.slice(1)) {
      await b.context.setOffline(true);
      await b.page.reload();
      await openDialog(b);
      // Typed as a person would: lower case, spaces for dashes.
      await b.page.locator('#challenge-code').fill(code.toLowerCase().replace(/-/g, ' '));
      if (b === phones[2]) await shot(b.page, 'challenge-4-typed');
      await b.page.locator('#challenge-play').tap();
      played.push(await playAndShare(b));
    }
    const [first, ...rest] = played;
    if (!first) throw new Error('the first phone did not play');
    expect(first.asked).toHaveLength(5);
    for (const p of rest) {
      expect(p.asked).toEqual(first.asked);
      expect(p.share.split('\n')).toEqual(first.share.split('\n'));
    }
    const lines = first.share.split('\n');
    expect(lines[0]).toBe(`Marquee ${code}`);
    expect(lines.slice(2).join('')).toMatch(/^[✓✗]+$/);
    expect(lines.slice(2).join('')).toHaveLength(first.asked.length);
    // Spoiler-free: no option of any question appears in it.
    const options = first.asked.flatMap((a) => a.replace(/^\w+: /, '').split(' | ')).filter((o) => o.length > 3);
    for (const o of options) expect(first.share).not.toContain(o);
    for (const b of phones) expect(b.errors).toEqual([]);
  });
});
