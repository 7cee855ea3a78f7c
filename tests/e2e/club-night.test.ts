/**
 * A club night, played as a room would play it: the host screen on a laptop-sized window
 * and three phones (separate Chromium contexts, 390×844, touch) against the real server.
 * Two teams; one phone reloads mid-question; one player joins late; the host page reloads
 * on a reveal. Every phone's incoming messages are recorded, to check that none carries the
 * right answer before the question closes. Screenshots of every screen land in
 * tests/screenshots/club-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, serve } from '../../server/serve';
import { type Browser, hasChromium, launch, press, serve as serveFiles, shot, until } from './harness';
import { type Received, recordSocketIo, viewsIn } from './room-helpers';

interface HostQuestion {
  readonly input: 'choice' | 'order' | 'year';
  readonly options: string[];
  readonly answerIndex: number;
  readonly order?: string[];
  readonly year?: number;
}

interface HostRoom {
  readonly scenes: string[];
  readonly room: string | null;
  readonly phase: string | null;
  readonly q: number;
  readonly total: number;
  readonly question: HostQuestion | null;
  readonly players: { name: string; score: number; team: number | null }[];
}

async function hostRoom(page: Page): Promise<HostRoom> {
  return page.evaluate(() => {
    type Auth = { state: { phase: string; q: number; questions: HostQuestion[]; seats: { id: string; name: string; team: number | null; kicked: boolean }[]; answers: { seat: string; points: number }[] } };
    const game = (window as unknown as { __MARQUEE__?: { scene: { getScenes(a: boolean): { sys: { settings: { key: string } } }[] }; registry: { get(k: string): { room: string; authority: Auth } | undefined } } }).__MARQUEE__;
    const hosting = game?.registry.get('hosting');
    const s = hosting?.authority.state;
    return {
      scenes: game ? game.scene.getScenes(true).map((x) => x.sys.settings.key) : [],
      room: hosting?.room ?? null,
      phase: s?.phase ?? null,
      q: s?.q ?? -1,
      total: s?.questions.length ?? 0,
      question: s && s.phase !== 'lobby' && s.phase !== 'finished' ? (s.questions[s.q] ?? null) : null,
      players: (s?.seats ?? [])
        .filter((x) => !x.kicked)
        .map((x) => ({ name: x.name, team: x.team, score: s?.answers.filter((a) => a.seat === x.id).reduce((n, a) => n + a.points, 0) ?? 0 })),
    };
  });
}

/** How far the host's explanation reaches below the top of the answers (or the year shown): at most 0 when clear. */
async function revealOverlap(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Obj = { getBounds(): { top: number; bottom: number } };
    const game = (window as unknown as { __MARQUEE__: { scene: { getScene(k: string): { children: { getByName(n: string): Obj | null } } } } }).__MARQUEE__;
    const round = game.scene.getScene('HostRound');
    const explain = round.children.getByName('explanation')?.getBounds();
    const below = ['answer-0', 'answer-1', 'year-display'].map((n) => round.children.getByName(n)?.getBounds().top).filter((t): t is number => t !== undefined);
    if (!explain || below.length === 0) return Number.POSITIVE_INFINITY;
    return explain.bottom - Math.min(...below);
  });
}

const testid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** Answers on a phone by tapping, as a player would: rightly or wrongly, whatever the form. */
async function answerOnPhone(page: Page, q: HostQuestion, right: boolean): Promise<number> {
  if (q.input === 'year' && q.year !== undefined) {
    const digits = String(right ? q.year : q.year - 10).padStart(4, '0');
    for (const d of digits) await testid(page, `year-key-${d}`).tap();
    await testid(page, 'year-ok').tap();
    return right ? 100 : 0;
  }
  if (q.input === 'order' && q.order) {
    // Reversed, no film of four is in its place: nothing earned.
    const sequence = right ? q.order : [...q.order].reverse();
    for (const title of sequence) await testid(page, `order-item-${q.options.indexOf(title)}`).tap();
    await testid(page, 'lock-in').tap();
    return right ? 100 : 0;
  }
  const choice = right ? q.answerIndex : (q.answerIndex + 1) % q.options.length;
  await testid(page, `option-${choice}`).tap();
  return right ? 100 : 0;
}

describe.runIf(hasChromium)('a club night: the projector hosts, three phones answer', () => {
  let server: Running;
  let base: string;
  let host: Browser;
  const phones: { name: string; team: number; b: Browser; messages: Received[]; expected: number }[] = [];

  beforeAll(async () => {
    server = await serve({ port: 0, dist: process.env.MARQUEE_DIST ?? 'dist' });
    base = `http://127.0.0.1:${server.port}/`;
    host = await launch({ width: 1280, height: 720 });
  });

  afterAll(async () => {
    for (const p of phones) await p.b.close();
    await host?.close();
    await server?.close();
  });

  async function joinPhone(name: string, team: number, room: string): Promise<(typeof phones)[number]> {
    const b = await launch({ width: 390, height: 844, touch: true });
    const messages = recordSocketIo(b.page);
    await b.page.goto(`${base}join?room=${room}`);
    await testid(b.page, 'join-name').fill(name);
    await testid(b.page, 'join-submit').tap();
    // Seated: the lobby's ticket, or (joining late) the screen that says so.
    await testid(b.page, 'my-name').or(b.page.locator('.screen-late')).first().waitFor({ timeout: 15_000 });
    const phone = { name, team, b, messages, expected: 0 };
    phones.push(phone);
    return phone;
  }

  it('plays a whole game with two teams through a phone reload, a late joiner and a host reload', async () => {
    const page = host.page;
    await page.goto(base);
    await until(page, () => hostRoom(page), (r) => r.scenes.includes('Menu'), 'the menu');
    await press(page, 'Menu', 'host');
    await until(page, () => hostRoom(page), (r) => r.scenes.includes('Setup'), 'the club-night setup');
    await press(page, 'Setup', 'teams'); // two teams
    for (let i = 0; i < 3; i++) await press(page, 'Setup', 'per-round'); // 10 → 15 → 20 → 5 questions
    // 45 s a question: room enough for a phone to start up and join on a busy machine.
    for (let i = 0; i < 2; i++) await press(page, 'Setup', 'timer'); // 20 → 30 → 45 s
    await shot(page, 'club-host-setup');
    await press(page, 'Setup', 'start');
    const lobby = await until(page, () => hostRoom(page), (r) => r.scenes.includes('HostLobby') && r.room !== null, 'the lobby').catch((e: unknown) => {
      // What the page said, if the lobby never came: an error in the page is the likeliest cause.
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the host page's errors: ${JSON.stringify(host.errors)}`);
    });
    const room = lobby.room ?? '';
    expect(room).toMatch(/^[A-Z]{4}$/);
    expect(lobby.total).toBe(5);

    const ann = await joinPhone('Ann', 0, room);
    const bob = await joinPhone('Bob', 1, room);
    // Each picks a team on the phone.
    await testid(ann.b.page, 'team-0').tap();
    await testid(bob.b.page, 'team-1').tap();
    await until(page, () => hostRoom(page), (r) => r.players.length === 2 && r.players.every((p) => p.team !== null), 'two players in teams');
    await shot(ann.b.page, 'club-phone-lobby');
    await page.waitForTimeout(300);
    await shot(page, 'club-host-lobby');

    await press(page, 'HostLobby', 'start');
    let cleo: (typeof phones)[number] | null = null;
    // Who answers rightly, question by question: Ann always, Bob on even questions, Cleo on odd.
    const shownForms = new Set<string>();
    const rightFor = (name: string, q: number) => name === 'Ann' || (name === 'Bob' ? q % 2 === 0 : q % 2 === 1);
    for (let q = 0; q < 5; q++) {
      const open = await until(page, () => hostRoom(page), (r) => r.phase === 'asking' && r.q === q, `question ${q + 1}`);
      const question = open.question as HostQuestion;
      if (q === 0) {
        // Cleo arrives after the first question opened: she plays from the next one.
        cleo = await joinPhone('Cleo', 1, room);
        // Teams are set by now, but a late joiner still picks one.
        await testid(cleo.b.page, 'team-1').tap();
        await until(page, () => hostRoom(page), (r) => r.players.find((p) => p.name === 'Cleo')?.team === 1, 'Cleo in Team Blue');
        await shot(cleo.b.page, 'club-phone-late-joiner');
      }
      const playing = phones.filter((p) => p.name !== 'Cleo' || q > 0);
      for (const p of playing) await until(p.b.page, async () => (await testid(p.b.page, 'countdown').count()) > 0, (v) => v, `${p.name}'s question ${q + 1}`);
      if (!shownForms.has(question.input)) {
        shownForms.add(question.input);
        await page.waitForTimeout(300);
        await shot(page, `club-host-question-${question.input}`);
        await shot(ann.b.page, `club-phone-question-${question.input}`);
      }
      for (const p of playing) {
        if (q === 1 && p.name === 'Bob') {
          // Bob's phone reloads before he answers: same seat, same score, same question.
          const before = (await hostRoom(page)).players.find((x) => x.name === 'Bob')?.score;
          await p.b.page.reload();
          await until(p.b.page, async () => (await testid(p.b.page, 'countdown').count()) > 0, (v) => v, 'Bob back at the question');
          const after = await hostRoom(page);
          expect(after.players.filter((x) => x.name === 'Bob')).toEqual([{ name: 'Bob', team: 1, score: before }]);
        }
        p.expected += await answerOnPhone(p.b.page, question, rightFor(p.name, q));
      }
      await shot(ann.b.page, q === 0 ? 'club-phone-answer-in' : `club-phone-answer-in-${q}`).catch(() => undefined);
      // Everyone playing has answered: the question closes by itself.
      await until(page, () => hostRoom(page), (r) => r.phase === 'revealed' && r.q === q, `the reveal of question ${q + 1}`);
      for (const p of playing) await testid(p.b.page, 'verdict').waitFor({ timeout: 10_000 });
      // The explanation and its source stay clear of the answers, however long they are.
      expect(await revealOverlap(page), `the explanation of question ${q + 1} runs into its answers`).toBeLessThanOrEqual(0);
      if (q === 0) {
        await page.waitForTimeout(300);
        await shot(page, 'club-host-reveal');
        await shot(ann.b.page, 'club-phone-reveal-ann');
        await shot(bob.b.page, 'club-phone-reveal-bob');
      }
      for (const p of playing) {
        const verdict = await testid(p.b.page, 'verdict').getAttribute('data-verdict');
        expect(verdict, `${p.name} on question ${q + 1}`).toBe(rightFor(p.name, q) ? 'right' : 'wrong');
        expect(Number(await testid(p.b.page, 'score').textContent()), `${p.name}'s score after question ${q + 1}`).toBe(p.expected);
      }
      if (q === 2) {
        // The host page reloads on a reveal, and takes the room back from the menu.
        await page.reload();
        await until(page, () => hostRoom(page), (r) => r.scenes.includes('Menu'), 'the menu after a reload');
        await press(page, 'Menu', 'resume-room');
        await until(page, () => hostRoom(page), (r) => r.scenes.includes('HostRound') && r.phase === 'revealed' && r.q === 2, 'the reveal taken back');
        for (const p of phones) expect((await hostRoom(page)).players.find((x) => x.name === p.name)?.score).toBe(p.expected);
      }
      await press(page, 'HostRound', 'host-next');
      await until(page, () => hostRoom(page), (r) => r.phase === 'leaderboard', 'the leaderboard');
      if (q === 0) {
        await page.waitForTimeout(300);
        await shot(page, 'club-host-leaderboard');
        await shot(bob.b.page, 'club-phone-leaderboard');
      }
      await press(page, 'HostRound', 'host-next');
    }
    await until(page, () => hostRoom(page), (r) => r.scenes.includes('HostPodium'), 'the podium');
    await page.waitForTimeout(400);
    await shot(page, 'club-host-podium');
    for (const p of phones) {
      await testid(p.b.page, 'podium-line').waitFor({ timeout: 10_000 });
      await shot(p.b.page, `club-phone-final-${p.name.toLowerCase()}`);
    }
    // Nobody lost a point: the host's totals are each phone's right answers, 100 each.
    const final = await hostRoom(page);
    for (const p of phones) expect(final.players.find((x) => x.name === p.name)?.score, p.name).toBe(p.expected);
    expect(final.players.map((p) => [p.name, p.team]).sort()).toEqual([['Ann', 0], ['Bob', 1], ['Cleo', 1]]);
    expect(cleo?.expected).toBe(200);
    expect(host.errors).toEqual([]);
    for (const p of phones) expect(p.b.errors, p.name).toEqual([]);
  });

  it('never told a phone the right answer while a question was open', () => {
    let asking = 0;
    for (const p of phones) {
      for (const { view: v } of viewsIn(p.messages)) {
        if (v.phase !== 'asking' && v.phase !== 'lobby') continue;
        asking += v.phase === 'asking' ? 1 : 0;
        expect(v.reveal).toBeNull();
        expect(v.results).toBeNull();
        expect(Object.keys(v.question ?? {}).sort()).toEqual(v.question ? ['category', 'elapsedMs', 'id', 'input', 'options', 'prompt', 'timeLimitMs'] : []);
        // The question's id says nothing of its answer.
        if (v.question) expect(v.question.id).toMatch(/^q\d+$/);
      }
    }
    // Every phone saw the questions it played open: 5 + 5 + 4 at least.
    expect(asking).toBeGreaterThanOrEqual(14);
  });
});

describe.runIf(hasChromium)('hosting where the page is served as plain files', () => {
  let files: Awaited<ReturnType<typeof serveFiles>>;
  let b: Browser;
  beforeAll(async () => {
    files = await serveFiles();
    b = await launch({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await b?.close();
    await files?.stop();
  });

  it('says what hosting needs instead of opening a room nobody can join', async () => {
    const { page } = b;
    await page.goto(files.url);
    await until(page, () => hostRoom(page), (r) => r.scenes.includes('Menu'), 'the menu');
    await press(page, 'Menu', 'host');
    await until(page, () => hostRoom(page), (r) => r.scenes.includes('Error'), 'the explanation');
    const text = await page.locator('#screen-mirror').innerText();
    expect(text).toContain('Hosting needs the Marquee server');
    expect(text).toContain('npm run host');
    await shot(page, 'club-host-no-server');
    expect(b.errors).toEqual([]);
  });
});
