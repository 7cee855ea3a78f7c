/** The title screen: the marquee, then Play, Stats and Settings. */
import Phaser from 'phaser';
import { questionNumber, totalQuestions } from '../../quiz/session';
import { HOSTING, hostScreen, ROOM_INFO } from '../host/base';
import { loadHostScenes } from '../host-scenes';
import { loadPlayScenes } from '../play-scenes';
import { stack } from '../layout';
import { css, fonts, palette } from '../theme';
import { Button } from '../ui/button';
import { paintedTexture } from '../ui/painted';
import { MarqueeScene } from './base';
import type { RoundData } from './RoundScene';

export class MenuScene extends MarqueeScene {
  constructor() {
    super('Menu');
  }

  create(): void {
    this.start();
    this.markDrawn('marquee:menu');
    // The play screens download while the player reads the menu, once it is drawn.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      loadPlayScenes(this.game).catch(() => undefined);
    });
  }

  /** Opens a play screen, once its chunk is in (it almost always is by the first press). */
  private go(key: string, data?: object): void {
    loadPlayScenes(this.game).then(
      () => {
        if (this.sys.isActive()) this.scene.start(key, data);
      },
      (e: unknown) => this.scene.start('Error', { title: 'This screen could not be loaded', lines: [e instanceof Error ? e.message : String(e), 'Reload the page to try again.'] }),
    );
  }

  protected screenTitle(): string {
    return 'Marquee: film trivia';
  }

  protected override onKey(event: KeyboardEvent): boolean {
    if (event.key === 'p' || event.key === 'P') {
      this.go('Setup');
      return true;
    }
    return false;
  }

  protected render(): void {
    const f = this.frame;
    const titlePx = Math.round(Math.min(f.column.w / 4.2, f.text * 5.5));
    const top = Math.round(f.height * (f.portrait ? 0.1 : 0.08));
    this.drawMarquee(top, titlePx);
    const tagline = this.body('Film trivia for screening night', f.width / 2, top + titlePx * 1.45, Math.round(f.text * 1.05), f.column.w, palette.muted).setOrigin(0.5, 0);
    const entries: { name: string; label: string; next: string; data?: object; primary?: boolean; press?: () => void }[] = [
      ...this.resumeEntry(),
      ...this.resumeRoomEntry(),
      { name: 'play', label: 'Play', next: 'Setup', primary: true },
      { name: 'host', label: 'Host a club night', next: 'Setup', press: () => void this.host() },
      { name: 'stats', label: 'Stats', next: 'Stats' },
      { name: 'settings', label: 'Settings', next: 'Settings' },
    ];
    const rects = stack(f, tagline.y + tagline.height + f.text * 2.2, entries.length);
    entries.forEach((e, i) => {
      const rect = rects[i];
      if (!rect) return;
      this.buttons.push(
        new Button(this, {
          name: e.name,
          label: e.label,
          rect,
          fontPx: Math.round(f.text * (e.primary ? 1.3 : 1.05)),
          dpr: f.dpr,
          primary: e.primary ?? false,
          onPress: e.press ?? (() => this.go(e.next, e.data)),
        }),
      );
    });
    this.body('Tap, click, or use the keys: 1–4 to answer, arrows and Enter to move, Esc to pause', f.width / 2, f.height - f.column.y - f.text * 2.6, Math.round(f.text * 0.8), f.column.w, palette.muted).setOrigin(0.5, 0);
  }

  /**
   * Resume, when the page was reloaded or closed mid-game: back at its question (the timer
   * where it was), reveal or scoreboard. A finished game is never offered: it is in Stats.
   */
  private resumeEntry(): { name: string; label: string; next: string; data: object; primary: boolean }[] {
    const saved = this.services.progress?.resumable();
    if (!saved) return [];
    const s = saved.session;
    const setup = saved.setup ?? undefined;
    const where = s.phase === 'roundOver' ? `end of round ${s.round + 1}` : `question ${questionNumber(s)} of ${totalQuestions(s)}`;
    const data: RoundData = { deckId: s.deckId, seed: s.seed, setup, resume: s, resumeElapsedMs: saved.elapsedMs };
    return [{ name: 'resume', label: `Resume: ${where}`, next: 'Round', data, primary: true }];
  }

  /**
   * A club night needs the room server (`npm run host`): where the page is served as plain
   * files, say what hosting needs instead of opening a room nobody can join.
   */
  private async host(): Promise<void> {
    // The host screens download meanwhile (the Setup screen's Start waits for them).
    loadHostScenes(this.game).catch(() => undefined);
    const { roomInfo } = await import('../../room/hosting');
    const info = await roomInfo();
    if (!this.sys.isActive()) return;
    if (!info) {
      this.scene.start('Error', {
        title: 'Hosting needs the Marquee server',
        lines: [
          'This copy of Marquee is served as plain files, so it cannot hold a room of phones.',
          'On the laptop that drives the projector, in the Marquee folder, run:  npm run host',
          'then open http://localhost:4173 there and choose Host a club night. Phones join over the Wi-Fi from the QR code.',
          'Without a server, everyone can still play on this screen: Play, then teams taking turns or teams with buzzers.',
        ],
      });
      return;
    }
    this.registry.set(ROOM_INFO, info);
    this.go('Setup', { host: true });
  }

  /** The club night this screen was hosting before a reload: its room, phones and clock come back. */
  private resumeRoomEntry(): { name: string; label: string; next: string; primary: boolean; press: () => void }[] {
    const record = this.services.progress?.hostedRoom();
    if (!record || this.registry.get(HOSTING)) return [];
    const s = record.room.state;
    const where = s.phase === 'lobby' ? 'lobby' : s.phase === 'finished' ? 'podium' : `question ${s.q + 1} of ${s.questions.length}`;
    const press = () =>
      void (async () => {
        const [{ Hosting, roomInfo }] = await Promise.all([import('../../room/hosting'), loadHostScenes(this.game)]);
        this.registry.set(ROOM_INFO, await roomInfo());
        if (!this.registry.get(HOSTING)) this.registry.set(HOSTING, Hosting.resume(record, { store: this.services.progress, now: this.services.now }));
        this.scene.start(hostScreen(s.phase));
      })();
    return [{ name: 'resume-room', label: `Resume club night ${record.room.room}: ${where}`, next: 'Menu', primary: true, press }];
  }

  /** A lit bulb of radius `r`, painted once (per size and palette). */
  private bulbTexture(r: number): string {
    const d = Math.ceil(r * 2) + 2;
    return paintedTexture(this, `marquee:bulb:${r.toFixed(1)}:${palette.screen}`, d, d, (ctx) => {
      ctx.fillStyle = css(palette.screen);
      ctx.beginPath();
      ctx.arc(d / 2, d / 2, r, 0, Math.PI * 2);
      ctx.fill();
    });
  }

  /** The title in lights: gold letters inside a bulb-studded sign. */
  private drawMarquee(top: number, titlePx: number): void {
    const f = this.frame;
    // The glow in the style, not set after: Phaser would draw the title twice.
    const glow = { offsetX: 0, offsetY: 0, color: css(palette.gold), blur: Math.round(titlePx * 0.12), stroke: false, fill: true };
    const title = this.add
      .text(f.width / 2, top, 'MARQUEE', { fontFamily: fonts.display, fontSize: `${titlePx}px`, color: css(palette.gold), align: 'center', shadow: glow })
      .setOrigin(0.5, 0)
      .setName('title');
    const pad = titlePx * 0.28;
    const w = title.width + pad * 2;
    const h = title.height + pad * 1.2;
    const x = f.width / 2 - w / 2;
    const y = top - pad * 0.6;
    const g = this.add.graphics();
    g.lineStyle(Math.max(2, f.dpr * 2), palette.gold, 0.9);
    g.strokeRoundedRect(x, y, w, h, pad * 0.6);
    const bulb = Math.max(2, titlePx * 0.035);
    const step = bulb * 5;
    // Forty-odd bulbs: images of one small texture, not shapes (each its own triangulated circle).
    const lit = this.bulbTexture(bulb);
    const bulbs: Phaser.GameObjects.Image[] = [];
    for (let bx = x + step; bx < x + w - step / 2; bx += step) {
      bulbs.push(this.add.image(bx, y + bulb * 2.2, lit), this.add.image(bx, y + h - bulb * 2.2, lit));
    }
    // Chasing lights, a marquee's signature: a gentle alpha pulse that never flashes,
    // and none at all for players who asked for less motion.
    if (!this.reducedMotion) {
      bulbs.forEach((b, i) => {
        this.tweens.add({ targets: b, alpha: { from: 1, to: 0.35 }, duration: 700, yoyo: true, repeat: -1, delay: (i % 6) * 120 });
      });
    }
    this.children.bringToTop(title);
  }
}
