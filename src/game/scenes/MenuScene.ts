/** The title screen: the marquee, the deck, and Play. */
import { stack } from '../layout';
import { css, fonts, palette } from '../theme';
import { Button } from '../ui/button';
import { MarqueeScene } from './base';

export class MenuScene extends MarqueeScene {
  private deckIndex = 0;

  constructor() {
    super('Menu');
  }

  init(data: { deckId?: string }): void {
    const at = this.services.decks.findIndex((d) => d.id === data.deckId);
    this.deckIndex = Math.max(at , 0);
  }

  create(): void {
    this.start();
  }

  protected override onKey(event: KeyboardEvent): boolean {
    if (event.key === 'p' || event.key === 'P') {
      this.play();
      return true;
    }
    return false;
  }

  private play(): void {
    const deck = this.services.decks[this.deckIndex];
    if (deck) this.scene.start('Round', { deckId: deck.id, seed: this.services.newSeed() });
  }

  private cycleDeck(step: number): void {
    const n = this.services.decks.length;
    this.deckIndex = (this.deckIndex + step + n) % n;
    this.redraw();
  }

  protected render(): void {
    const f = this.frame;
    const titlePx = Math.round(Math.min(f.column.w / 4.2, f.text * 5.5));
    const top = Math.round(f.height * (f.portrait ? 0.12 : 0.1));
    this.drawMarquee(top, titlePx);
    const tagline = this.body('Film trivia for screening night', f.width / 2, top + titlePx * 1.45, Math.round(f.text * 1.05), f.column.w, palette.muted).setOrigin(0.5, 0);
    const deck = this.services.decks[this.deckIndex];
    const rects = stack(f, tagline.y + tagline.height + f.text * 2.5, 2);
    const [playRect, deckRect] = rects;
    if (!playRect || !deckRect) return;
    this.buttons.push(
      new Button(this, { name: 'play', label: 'Play', rect: playRect, fontPx: Math.round(f.text * 1.3), dpr: f.dpr, primary: true, onPress: () => this.play() }),
    );
    if (this.services.decks.length > 1) {
      this.buttons.push(
        new Button(this, { name: 'deck', label: `Deck: ${deck?.title ?? ''}  ▸`, rect: deckRect, fontPx: f.text, dpr: f.dpr, onPress: () => this.cycleDeck(1) }),
      );
    } else {
      this.body(`Deck: ${deck?.title ?? ''}`, f.width / 2, deckRect.y + deckRect.h / 3, f.text, f.column.w).setOrigin(0.5, 0);
    }
    this.body('Answer with a tap, a click or the keys 1–4', f.width / 2, f.height - f.column.y - f.text * 2, Math.round(f.text * 0.85), f.column.w, palette.muted).setOrigin(0.5, 0);
  }

  /** The title in lights: gold letters inside a bulb-studded sign. */
  private drawMarquee(top: number, titlePx: number): void {
    const f = this.frame;
    const title = this.add
      .text(f.width / 2, top, 'MARQUEE', { fontFamily: fonts.display, fontSize: `${titlePx}px`, color: css(palette.gold), align: 'center' })
      .setOrigin(0.5, 0)
      .setName('title');
    title.setShadow(0, 0, css(palette.gold), Math.round(titlePx * 0.12), false, true);
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
    const bulbs: Phaser.GameObjects.Arc[] = [];
    for (let bx = x + step; bx < x + w - step / 2; bx += step) {
      bulbs.push(this.add.circle(bx, y + bulb * 2.2, bulb, palette.screen), this.add.circle(bx, y + h - bulb * 2.2, bulb, palette.screen));
    }
    // Chasing lights, a marquee's signature; a gentle alpha pulse so it never flashes.
    bulbs.forEach((b, i) => {
      this.tweens.add({ targets: b, alpha: { from: 1, to: 0.35 }, duration: 700, yoyo: true, repeat: -1, delay: (i % 6) * 120 });
    });
    this.children.bringToTop(title);
  }
}
