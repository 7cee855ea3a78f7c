/**
 * The phone answer pad on a club night: the real room server (static files and relay) in
 * this process, a host in Node (the real authority and host link), and phones in headless
 * Chromium at 390×844 with touch. The phones join, pick teams, answer every form of
 * question by tapping, reload mid-question, ride out a host that drops off, and one is a
 * late joiner who is then removed. Every message a phone receives is recorded, and none
 * before a reveal may carry the answer.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderQuestion, Question, YearQuestion } from '../../src/quiz/question';
import { answerOf, startRoom, teamsNamed } from '../../src/quiz/room-session';
import type { PadView } from '../../src/room/protocol';
import { type Browser, hasChromium, launch, shot } from './harness';
import { deckQuestions, type Host, hostRoom, pick, type Received, type RoomServer, recordSocketIo, startRoomServer, viewsIn, waitUntil } from './room-helpers';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const PHONE = { width: 390, height: 844, dpr: 2, touch: true } as const;
const T = 10_000;

const all = deckQuestions();
const QUESTIONS: Question[] = [
  pick(all, (q) => q.input === 'choice' && q.options.length === 4 && q.kind === 'film-shot-on', 'four-option choice'),
  pick(all, (q) => q.kind === 'true-false', 'true/false question'),
  pick(all, (q) => q.input === 'order', 'release-order question'),
  pick(all, (q) => q.input === 'year', 'closest-year question'),
];
const [CHOICE, TRUE_FALSE, ORDER, YEAR] = QUESTIONS as [Question, Question, OrderQuestion, YearQuestion];

const screenIs = (page: Page, kind: string, ms = T) => page.locator(`body[data-screen="${kind}"]`).waitFor({ state: 'attached', timeout: ms });
const tap = (page: Page, testid: string) => page.getByTestId(testid).tap({ timeout: T });
/** The text as written (innerText would give it as styled, upper-cased labels and all). */
const textOf = async (page: Page, testid: string) => ((await page.getByTestId(testid).textContent({ timeout: T })) ?? '').trim();

async function seatOf(page: Page, room: string): Promise<{ seat: string; token: string } | null> {
  return page.evaluate((r) => {
    const raw = localStorage.getItem(`marquee.pad.seat.${r}`);
    if (!raw) return null;
    const { seat, token } = JSON.parse(raw) as { seat: string; token: string };
    return { seat, token };
  }, room);
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
}

/** An axe-core scan, with motion reduced so no screen is caught half faded in. */
async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const found = await page.evaluate(async () => {
    type Found = AxeViolation & { nodes: { target: string[]; failureSummary?: string }[] };
    const run = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Found[] }> } }).axe.run;
    const result = await run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: `${v.help}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}` }));
  });
  await page.emulateMedia({ reducedMotion: null });
  return found;
}

/** A screenshot once the screen has faded in. */
async function snap(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(350);
  await shot(page, name);
}

describe.skipIf(!hasChromium)('the phone answer pad', () => {
  let server: RoomServer;
  let host: Host;
  let ava: Browser;
  let ben: Browser;
  let cleo: Browser;
  const received: Record<string, Received[]> = {};
  /** When the host closed each question (Date.now()), for the "nothing before the reveal" check. */
  const revealedAt: number[] = [];
  const a11y: Record<string, AxeViolation[]> = {};

  beforeAll(async () => {
    server = await startRoomServer();
    const state = startRoom({ seed: 'pad-test', deckId: 'sean-baker', rounds: [{ questions: QUESTIONS }] }, { mode: 'accuracy', timeLimitMs: 90_000, streakBonus: false }, teamsNamed(['Team Popcorn', 'Team Velvet']));
    host = await hostRoom(server.base, state, {
      onChange: (authority) => {
        const s = authority.state;
        if (s.phase === 'revealed' && revealedAt[s.q] === undefined) revealedAt[s.q] = Date.now();
      },
    });
    [ava, ben, cleo] = await Promise.all([launch(PHONE), launch(PHONE), launch(PHONE)]);
    received.ava = recordSocketIo(ava.page);
    received.ben = recordSocketIo(ben.page);
    // Ben's phone gets no WebSocket, as on a network that blocks it: socket.io stays on long-polling.
    await ben.page.routeWebSocket(/\/socket\.io\//, (ws) => ws.close());
  });

  afterAll(async () => {
    await Promise.all([ava?.close(), ben?.close(), cleo?.close()]);
    host?.close();
    await server?.close();
  });

  const phase = () => host.authority.state.phase;
  const closeWhenRevealed = (q: number) =>
    waitUntil(
      () => ({ phase: phase(), q: host.authority.state.q }),
      (s) => s.phase === 'revealed' && s.q === q,
      `question ${q + 1} to close`,
    );
  const allSeen = (names: string[]) =>
    waitUntil(
      () => Object.keys(host.authority.snapshot().seen),
      (seen) => names.every((n) => seen.includes(host.seat(n))),
      `${names.join(', ')} to report seeing the question`,
    );

  it('joins with a code and a nickname, and shows the server’s refusals', async () => {
    const url = `${server.base}/join?room=${host.room}`;
    await ava.page.goto(url);
    await screenIs(ava.page, 'join');
    expect(await ava.page.getByTestId('join-room').inputValue()).toBe(host.room);
    a11y.join = await axe(ava.page);
    await snap(ava.page, 'pad-01-join');
    await ava.page.getByTestId('join-name').fill('Ava');
    await tap(ava.page, 'join-submit');
    await screenIs(ava.page, 'lobby');
    expect(await textOf(ava.page, 'my-name')).toBe('Ava');

    await ben.page.goto(url);
    await screenIs(ben.page, 'join');
    // A code with no room behind it.
    await ben.page.getByTestId('join-room').fill('QQQQ');
    await ben.page.getByTestId('join-name').fill('Ben');
    await tap(ben.page, 'join-submit');
    await expect.poll(() => textOf(ben.page, 'join-error'), { timeout: T }).toContain('No room QQQQ');
    // A name that is taken (in any case), and one that is not for the big screen.
    await ben.page.getByTestId('join-room').fill(host.room.toLowerCase());
    await ben.page.getByTestId('join-name').fill('ava');
    await tap(ben.page, 'join-submit');
    await expect.poll(() => textOf(ben.page, 'join-error'), { timeout: T }).toContain('already has that name');
    await ben.page.getByTestId('join-name').fill('Sh1t');
    await tap(ben.page, 'join-submit');
    await expect.poll(() => textOf(ben.page, 'join-error'), { timeout: T }).toContain('not for the big screen');
    await snap(ben.page, 'pad-01-join-error');
    await ben.page.getByTestId('join-name').fill('Ben');
    await tap(ben.page, 'join-submit');
    await screenIs(ben.page, 'lobby');

    // A locked room takes nobody new.
    host.link.control({ type: 'lock', locked: true });
    await cleo.page.goto(url);
    await cleo.page.getByTestId('join-name').fill('Cleo');
    await tap(cleo.page, 'join-submit');
    await expect.poll(() => textOf(cleo.page, 'join-error'), { timeout: T }).toContain('locked the room');
    host.link.control({ type: 'lock', locked: false });
    expect(host.authority.state.seats.map((s) => s.name)).toEqual(['Ava', 'Ben']);
  });

  it('picks a team in the lobby', async () => {
    await expect.poll(() => textOf(ava.page, 'players'), { timeout: T }).toBe('2 players in the room');
    await tap(ava.page, 'team-0');
    await tap(ben.page, 'team-1');
    await expect.poll(() => ava.page.getByTestId('team-0').getAttribute('aria-pressed'), { timeout: T }).toBe('true');
    await expect.poll(() => ben.page.getByTestId('team-1').getAttribute('aria-pressed'), { timeout: T }).toBe('true');
    expect(host.authority.state.seats.map((s) => [s.name, s.team])).toEqual([
      ['Ava', 0],
      ['Ben', 1],
    ]);
    a11y.lobby = await axe(ava.page);
    await snap(ava.page, 'pad-02-lobby');
  });

  it('answers a four-way choice by tapping, and a late joiner waits for the next question', async () => {
    host.link.control({ type: 'start' });
    await screenIs(ava.page, 'question');
    await screenIs(ben.page, 'question');
    await allSeen(['Ava', 'Ben']);
    expect(await ava.page.locator('.prompt').innerText()).toBe(CHOICE.prompt);
    expect(await ava.page.locator('[data-option]').count()).toBe(4);
    const secs = Number(await textOf(ava.page, 'countdown'));
    expect(secs).toBeGreaterThan(80);
    expect(secs).toBeLessThanOrEqual(90);
    a11y.choice = await axe(ava.page);
    await snap(ava.page, 'pad-03-question');
    await ava.page.setViewportSize({ width: 320, height: 640 });
    expect(await fitsWidth(ava.page)).toBe(true);
    await snap(ava.page, 'pad-03-question-320');
    await ava.page.setViewportSize({ width: PHONE.width, height: PHONE.height });

    // Cleo arrives while the question is open: she plays from the next one.
    await cleo.page.getByTestId('join-name').fill('Cleo');
    await tap(cleo.page, 'join-submit');
    await screenIs(cleo.page, 'late');
    await snap(cleo.page, 'pad-03-late');

    await tap(ava.page, `option-${CHOICE.answerIndex}`);
    await screenIs(ava.page, 'answered');
    await expect.poll(() => textOf(ava.page, 'answer-status'), { timeout: T }).toBe('The host has it.');
    expect(await textOf(ava.page, 'given')).toContain(CHOICE.options[CHOICE.answerIndex] ?? '?');
    await snap(ava.page, 'pad-04-answer-in');
    await tap(ben.page, `option-${(CHOICE.answerIndex + 1) % 4}`);
    await closeWhenRevealed(0);

    await screenIs(ava.page, 'reveal');
    expect(await ava.page.getByTestId('verdict').getAttribute('data-verdict')).toBe('right');
    expect(await textOf(ava.page, 'points')).toBe('+100 points');
    expect(await textOf(ava.page, 'answer')).toBe(CHOICE.answer);
    expect(await textOf(ava.page, 'score')).toBe('100');
    expect(await textOf(ava.page, 'rank')).toBe('1st of 3');
    expect(await textOf(ava.page, 'team-score')).toContain('Team Popcorn');
    a11y.reveal = await axe(ava.page);
    await snap(ava.page, 'pad-05-reveal-right');
    await screenIs(ben.page, 'reveal');
    expect(await ben.page.getByTestId('verdict').getAttribute('data-verdict')).toBe('wrong');
    expect(await textOf(ben.page, 'points')).toBe('+0 points');
    expect(await textOf(ben.page, 'rank')).toBe('=2nd of 3');
    await snap(ben.page, 'pad-05-reveal-wrong');
    await screenIs(cleo.page, 'reveal');
    expect(await cleo.page.getByTestId('verdict').getAttribute('data-verdict')).toBe('sat-out');
  });

  it('comes back to the same seat after a reload, before and after answering', async () => {
    const avaSeat = await seatOf(ava.page, host.room);
    expect(avaSeat?.seat).toBe(host.seat('Ava'));
    host.link.control({ type: 'next' });
    for (const p of [ava.page, ben.page, cleo.page]) await screenIs(p, 'question');
    await allSeen(['Ava', 'Ben', 'Cleo']);
    expect(await ava.page.locator('[data-option]').count()).toBe(2);
    await snap(ava.page, 'pad-06-true-false');

    // Ava reloads before answering: the same seat, the same score, the question still open.
    const before = Number(await textOf(ava.page, 'countdown'));
    await ava.page.reload();
    await screenIs(ava.page, 'question');
    expect(await seatOf(ava.page, host.room)).toEqual(avaSeat);
    expect(await textOf(ava.page, 'top-score')).toBe('100 pts');
    expect(Number(await textOf(ava.page, 'countdown'))).toBeLessThanOrEqual(before);
    await tap(ava.page, `option-${TRUE_FALSE.answerIndex}`);
    await screenIs(ava.page, 'answered');
    await expect.poll(() => textOf(ava.page, 'answer-status'), { timeout: T }).toBe('The host has it.');

    // Ben reloads after answering: his answer is still in.
    await tap(ben.page, `option-${1 - TRUE_FALSE.answerIndex}`);
    await screenIs(ben.page, 'answered');
    await expect.poll(() => textOf(ben.page, 'answer-status'), { timeout: T }).toBe('The host has it.');
    await ben.page.reload();
    await screenIs(ben.page, 'answered');
    expect(await textOf(ben.page, 'answer-status')).toBe('The host has it.');

    await tap(cleo.page, `option-${TRUE_FALSE.answerIndex}`);
    await closeWhenRevealed(1);
    await screenIs(ava.page, 'reveal');
    expect(await textOf(ava.page, 'score')).toBe('200');
    expect(host.authority.state.seats).toHaveLength(3);
    expect(host.authority.state.answers.filter((a) => a.q === 1 && a.given)).toHaveLength(3);
  });

  it('puts films in release order by tapping, keeps an answer while the host is away, and removes a player', async () => {
    host.link.control({ type: 'next' });
    for (const p of [ava.page, ben.page, cleo.page]) await screenIs(p, 'question');
    await allSeen(['Ava', 'Ben', 'Cleo']);
    const at = (title: string) => ORDER.options.indexOf(title);
    const place = (page: Page, i: number) => page.locator(`[data-order-item="${i}"] .place`).innerText();
    const [first, second, third, fourth] = ORDER.order as [string, string, string, string];
    await tap(ava.page, `order-item-${at(first)}`);
    await tap(ava.page, `order-item-${at(second)}`);
    expect(await place(ava.page, at(second))).toBe('2');
    expect(await ava.page.getByTestId('lock-in').isDisabled()).toBe(true);
    // Tapping a placed film again takes it back.
    await tap(ava.page, `order-item-${at(second)}`);
    expect(await place(ava.page, at(second))).toBe('');
    await tap(ava.page, `order-item-${at(second)}`);
    await tap(ava.page, `order-item-${at(third)}`);
    a11y.order = await axe(ava.page);
    await snap(ava.page, 'pad-07-order');
    await tap(ava.page, `order-item-${at(fourth)}`);
    expect(await Promise.all(ORDER.order.map((t) => place(ava.page, at(t))))).toEqual(['1', '2', '3', '4']);
    await ava.page.setViewportSize({ width: 320, height: 640 });
    expect(await fitsWidth(ava.page)).toBe(true);
    await snap(ava.page, 'pad-07-order-320');
    await ava.page.setViewportSize({ width: PHONE.width, height: PHONE.height });

    // The host drops off just as Ava locks in: the pad keeps her answer and says so.
    host.link.socket.disconnect();
    await tap(ava.page, 'lock-in');
    await screenIs(ava.page, 'answered');
    await expect.poll(() => textOf(ava.page, 'banner'), { timeout: T }).toBe('Reconnecting to the host…');
    await expect.poll(() => textOf(ava.page, 'answer-status'), { timeout: T }).toContain('as soon as the host is back');
    await snap(ava.page, 'pad-08-host-away');
    expect(answerOf(host.authority.state, host.seat('Ava'))).toBeUndefined();
    host.link.socket.connect();
    await expect.poll(() => textOf(ava.page, 'answer-status'), { timeout: T }).toBe('The host has it.');
    await expect.poll(() => ava.page.getByTestId('banner').isHidden(), { timeout: T }).toBe(true);
    expect(answerOf(host.authority.state, host.seat('Ava'))?.correct).toBe(true);

    for (const title of [...ORDER.order].reverse()) await tap(ben.page, `order-item-${at(title)}`);
    await tap(ben.page, 'lock-in');
    await waitUntil(
      () => answerOf(host.authority.state, host.seat('Ben')),
      (a) => !!a,
      "Ben's order",
    );

    // Cleo is removed: her pad says so, the question closes without her, and she does not come back by herself.
    const cleoSeat = host.seat('Cleo');
    expect(host.link.control({ type: 'kick', seat: cleoSeat })).toBe(true);
    await screenIs(cleo.page, 'kicked');
    await snap(cleo.page, 'pad-09-kicked');
    await closeWhenRevealed(2);
    await cleo.page.reload();
    await screenIs(cleo.page, 'kicked');
    expect(await seatOf(cleo.page, host.room)).toBeNull();
    await cleo.page.waitForTimeout(500);
    expect(await cleo.page.locator('body').getAttribute('data-screen')).toBe('kicked');

    await screenIs(ava.page, 'reveal');
    expect(await ava.page.getByTestId('verdict').getAttribute('data-verdict')).toBe('right');
    expect(await textOf(ava.page, 'score')).toBe('300');
    await screenIs(ben.page, 'reveal');
    expect(await ben.page.getByTestId('verdict').getAttribute('data-verdict')).toBe('wrong');
    expect(await textOf(ben.page, 'rank')).toBe('2nd of 2');
  });

  it('types a year on the keypad, and shows a close answer', async () => {
    host.link.control({ type: 'next' });
    await screenIs(ava.page, 'question');
    await screenIs(ben.page, 'question');
    await allSeen(['Ava', 'Ben']);
    const typeYear = async (page: Page, digits: string) => {
      for (const d of digits) await tap(page, `year-key-${d}`);
    };
    // A slip, taken back with the delete key.
    await tap(ava.page, 'year-key-9');
    await tap(ava.page, 'year-key-back');
    expect(await ava.page.getByTestId('year-ok').isDisabled()).toBe(true);
    await typeYear(ava.page, String(YEAR.year).slice(0, 2));
    // The host pauses: the pad says so, and the digits typed so far wait for the resume.
    expect(host.link.control({ type: 'pause' })).toBe(true);
    await screenIs(ava.page, 'paused');
    await screenIs(ben.page, 'paused');
    await snap(ava.page, 'pad-10-paused');
    expect(host.link.control({ type: 'resume' })).toBe(true);
    await screenIs(ava.page, 'question');
    await typeYear(ava.page, String(YEAR.year).slice(2));
    expect(await ava.page.locator('.digit').allInnerTexts()).toEqual(String(YEAR.year).split(''));
    a11y.year = await axe(ava.page);
    await snap(ava.page, 'pad-10-year');
    await ava.page.setViewportSize({ width: 320, height: 640 });
    expect(await fitsWidth(ava.page)).toBe(true);
    await snap(ava.page, 'pad-10-year-320');
    await ava.page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await tap(ava.page, 'year-ok');
    await screenIs(ava.page, 'answered');
    await typeYear(ben.page, String(YEAR.year + 1));
    await tap(ben.page, 'year-ok');
    await closeWhenRevealed(3);

    await screenIs(ben.page, 'reveal');
    expect(await ben.page.getByTestId('verdict').getAttribute('data-verdict')).toBe('close');
    expect(await textOf(ben.page, 'points')).toBe('+75 points');
    expect(await textOf(ben.page, 'answer')).toBe(String(YEAR.year));
    await snap(ben.page, 'pad-11-reveal-close');
    await screenIs(ava.page, 'reveal');
    expect(await textOf(ava.page, 'score')).toBe('400');
  });

  it('shows the leaderboard, then the final place', async () => {
    host.link.control({ type: 'board' });
    await screenIs(ava.page, 'board');
    expect(await ava.page.locator('h1').innerText()).toBe("You're 1st of 2");
    await snap(ava.page, 'pad-12-leaderboard');
    host.link.control({ type: 'next' });
    await screenIs(ava.page, 'final');
    await screenIs(ben.page, 'final');
    expect(await ava.page.locator('h1').innerText()).toBe('You finished 1st of 2');
    expect(await textOf(ava.page, 'podium-line')).toContain('won the night');
    expect(await textOf(ava.page, 'score')).toBe('400');
    expect(await ben.page.locator('h1').innerText()).toBe('You finished 2nd of 2');
    expect(await textOf(ben.page, 'score')).toBe('75');
    a11y.final = await axe(ava.page);
    await snap(ava.page, 'pad-13-final');
    await snap(ben.page, 'pad-13-final-2nd');
  });

  it('waits for a host that is away, runs out of time, and forgets a seat the room no longer has', async () => {
    const state = startRoom({ seed: 'pad-test-2', deckId: 'sean-baker', rounds: [{ questions: [CHOICE, YEAR] }] }, { mode: 'accuracy', timeLimitMs: 4000, streakBonus: false });
    const second = await hostRoom(server.base, state);
    try {
      const page = ava.page;
      await page.goto(`${server.base}/join?room=${second.room}`);
      await screenIs(page, 'join');
      // The nickname used last time is offered again.
      expect(await page.getByTestId('join-name').inputValue()).toBe('Ava');
      await tap(page, 'join-submit');
      await screenIs(page, 'lobby');
      expect(await page.locator('.team-box').isHidden()).toBe(true);

      // The phone comes back while the host is away: it keeps asking, and says so.
      second.link.socket.disconnect();
      await page.reload();
      await screenIs(page, 'connecting');
      await expect.poll(() => textOf(page, 'banner'), { timeout: T }).toBe('Reconnecting to the host…');
      await snap(page, 'pad-14-reconnecting');
      second.link.socket.connect();
      await screenIs(page, 'lobby');
      expect(await page.getByTestId('banner').isHidden()).toBe(true);

      second.link.control({ type: 'start' });
      await screenIs(page, 'question');
      await screenIs(page, 'timeup', 8000);
      await snap(page, 'pad-15-timeup');
      await screenIs(page, 'reveal', 8000);
      expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('none');

      // A seat the room does not know (a new game under an old code, say) is forgotten: back to the form.
      await page.evaluate((room) => localStorage.setItem(`marquee.pad.seat.${room}`, JSON.stringify({ room, seat: 'gone', token: 'nope', at: Date.now() })), second.room);
      await page.reload();
      await screenIs(page, 'join');
      await expect.poll(() => textOf(page, 'join-error'), { timeout: T }).toContain('no longer in the room');
      expect(await seatOf(page, second.room)).toBeNull();
      await snap(page, 'pad-16-seat-gone');
    } finally {
      second.close();
    }
  });

  it('never receives an answer before its reveal, over WebSocket and long-polling alike', () => {
    const openKeys = ['id', 'category', 'prompt', 'input', 'options', 'timeLimitMs', 'elapsedMs'].sort();
    for (const [who, messages] of Object.entries(received)) {
      const views = viewsIn(messages);
      expect(views.length, `${who} received views`).toBeGreaterThan(10);
      for (const { view } of views) {
        if (view.phase !== 'lobby' && view.phase !== 'asking') continue;
        expect(view.reveal, `${who}: a ${view.phase} view with a reveal`).toBeNull();
        expect(view.results).toBeNull();
        const json = JSON.stringify(view);
        for (const key of ['answerIndex', 'explanation', 'answer', 'order', 'year', 'sources', 'counts']) expect(json, `${who}: "${key}" in a ${view.phase} view`).not.toContain(`"${key}":`);
        if (view.question) expect(Object.keys(view.question).sort()).toEqual(openKeys);
      }
      // No message of any kind carries a question's explanation (or its order) before that question closed.
      QUESTIONS.forEach((q, i) => {
        expect(revealedAt[i], `question ${i + 1} was revealed`).toBeDefined();
        const early = messages.filter((m) => m.at < (revealedAt[i] ?? 0));
        for (const m of early) {
          expect(m.raw, `${who}: the explanation of question ${i + 1} before its reveal`).not.toContain(JSON.stringify(q.explanation).slice(1, -1));
          if (q.input === 'order') expect(m.raw).not.toContain(q.answer);
        }
      });
      expect(views.some((v) => v.view.phase === 'revealed' && (v.view as PadView).reveal?.explanation)).toBe(true);
    }
    // Ben's pad really played over long-polling, Ava's over WebSocket.
    expect(received.ben?.every((m) => m.transport === 'polling')).toBe(true);
    expect(received.ava?.some((m) => m.transport === 'websocket')).toBe(true);
  });

  it('is accessible and error-free', () => {
    const serious = Object.entries(a11y).flatMap(([screen, vs]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.help})`));
    expect(serious).toEqual([]);
    // The refused joins log failed requests nowhere: every refusal is a reply, not an HTTP error.
    for (const b of [ava, ben, cleo]) expect(b.errors).toEqual([]);
  });
});
