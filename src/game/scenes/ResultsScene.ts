/** Final results: the score, how many were right, and Play again. */
import type { Summary } from '../../quiz/session';
import { stack } from '../layout';
import { css, fonts, palette } from '../theme';
import { Button } from '../ui/button';
import { MarqueeScene } from './base';

export interface ResultsData {
  readonly deckId: string;
  readonly summary: Summary;
}

export class ResultsScene extends MarqueeScene {
  private result: ResultsData | null = null;

  constructor() {
    super('Results');
  }

  init(data: ResultsData): void {
    this.result = data;
  }

  create(): void {
    this.start();
  }

  private verdict(s: Summary): string {
    const share = s.total > 0 ? s.correct / s.total : 0;
    if (share === 1) return 'A perfect screening!';
    if (share >= 0.7) return 'Standing ovation!';
    if (share >= 0.4) return 'A solid matinée.';
    return 'The critics were harsh tonight.';
  }

  protected render(): void {
    const f = this.frame;
    const r = this.result;
    if (!r) return;
    const s = r.summary;
    const top = Math.round(f.height * 0.1);
    const h = this.heading('THE END', top, Math.round(f.text * 3.2));
    const scorePx = Math.round(f.text * 4);
    const score = this.add
      .text(f.width / 2, h.y + h.height + f.text, String(s.score), { fontFamily: fonts.display, fontSize: `${scorePx}px`, color: css(palette.screen) })
      .setOrigin(0.5, 0)
      .setName('final-score');
    const lines = [`${s.correct} of ${s.total} right`, s.bestStreak > 1 ? `Best streak: ${s.bestStreak} in a row` : '', this.verdict(s)].filter(Boolean);
    const detail = this.body(lines.join('\n'), f.width / 2, score.y + score.height + f.text * 0.5, Math.round(f.text * 1.1), f.column.w, palette.muted)
      .setOrigin(0.5, 0)
      .setName('final-detail');
    this.tweens.add({ targets: score, scale: { from: 0.6, to: 1 }, duration: 450, ease: 'Back.Out' });
    const [again, menu] = stack(f, detail.y + detail.height + f.text * 2.5, 2);
    if (again) {
      this.buttons.push(
        new Button(this, {
          name: 'play-again',
          label: 'Play again',
          rect: again,
          fontPx: Math.round(f.text * 1.2),
          dpr: f.dpr,
          primary: true,
          onPress: () => this.scene.start('Round', { deckId: r.deckId, seed: this.services.newSeed() }),
        }),
      );
    }
    if (menu) this.buttons.push(new Button(this, { name: 'menu', label: 'Menu', rect: menu, fontPx: f.text, dpr: f.dpr, onPress: () => this.scene.start('Menu', { deckId: r.deckId }) }));
  }
}
