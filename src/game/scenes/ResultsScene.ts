/** Final results: the score (or a podium when several played), and Play again. */
import { shareText } from '../../quiz/challenge';
import type { Summary } from '../../quiz/session';
import { stack } from '../layout';
import type { GameSetup } from '../settings';
import { css, fonts, palette } from '../theme';
import { Button } from '../ui/button';
import { MarqueeScene } from './base';

export interface ResultsData {
  readonly deckId: string;
  readonly summary: Summary;
  readonly setup?: GameSetup;
  /** The challenge code the game was played from, if any: its result can be shared. */
  readonly code?: string;
}

export function verdict(correct: number, total: number): string {
  const share = total > 0 ? correct / total : 0;
  if (share === 1) return 'A perfect screening!';
  if (share >= 0.7) return 'Standing ovation!';
  if (share >= 0.4) return 'A solid matinée.';
  return 'The critics were harsh tonight.';
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
    this.services.sfx.play('fanfare');
    const s = this.result?.summary;
    if (s) this.announce(`The end. ${this.screenStatus()}`);
  }

  protected screenTitle(): string {
    return 'Results';
  }

  protected override screenStatus(): string {
    const s = this.result?.summary;
    if (!s) return '';
    if (s.standings.length > 1) return s.standings.map((p, i) => `${i + 1}. ${p.name}, ${p.score} points`).join('; ');
    return `Final score ${s.score}. ${s.correct} of ${s.total} right.`;
  }

  protected render(): void {
    const f = this.frame;
    const r = this.result;
    if (!r) return;
    const s = r.summary;
    const top = Math.round(f.height * (f.portrait ? 0.12 : 0.08));
    const h = this.heading('THE END', top, Math.round(f.text * 3.2));
    let y = h.y + h.height + f.text;
    if (s.standings.length > 1) y = this.drawPodium(s, y);
    else {
      const scorePx = Math.round(f.text * 4);
      const score = this.add
        .text(f.width / 2, y, String(s.score), { fontFamily: fonts.display, fontSize: `${scorePx}px`, color: css(palette.screen) })
        .setOrigin(0.5, 0)
        .setName('final-score');
      if (!this.reducedMotion) this.tweens.add({ targets: score, scale: { from: 0.6, to: 1 }, duration: 450, ease: 'Back.Out' });
      y = score.y + score.height + f.text * 0.5;
    }
    // The share text's ✓/✗ rows are shown as they will be sent.
    const text = r.code ? shareText(r.code, { score: s.score, correct: s.correct, total: s.total, rounds: s.marks }) : null;
    // Several players or teams have the podium; a lone player gets how the game went.
    const alone = s.standings.length === 1;
    const lines = [
      alone ? `${s.correct} of ${s.total} right` : '',
      alone && s.bestStreak > 1 ? `Best streak: ${s.bestStreak} in a row` : '',
      alone ? verdict(s.correct, s.total) : '',
      text ? `Challenge ${r.code}\n${text.split('\n').slice(2).join('\n')}` : '',
    ].filter(Boolean);
    const detail = this.body(lines.join('\n'), f.width / 2, y, Math.round(f.text * 1.1), f.column.w, palette.muted).setOrigin(0.5, 0).setName('final-detail');
    const sharing = text ? (this.services.challenges ?? null) : null;
    const slots = stack(f, detail.y + detail.height + f.text * (sharing ? 1.6 : 2.2), sharing ? 3 : 2);
    const [again, share, menu] = sharing ? slots : [slots[0], undefined, slots[1]];
    if (again) {
      this.buttons.push(
        new Button(this, {
          name: 'play-again',
          label: 'Play again',
          rect: again,
          fontPx: Math.round(f.text * 1.2),
          dpr: f.dpr,
          primary: true,
          onPress: () => this.scene.start('Round', { deckId: r.deckId, seed: this.services.newSeed(), setup: r.setup }),
        }),
      );
    }
    if (share && sharing && text) {
      const button: Button = new Button(this, {
        name: 'share',
        label: 'Share result',
        rect: share,
        fontPx: f.text,
        dpr: f.dpr,
        onPress: () => {
          void sharing.share(text).then((how) => {
            if (!this.sys.isActive() || how === 'cancelled') return;
            const said = how === 'copied' ? 'Copied: paste it to the others' : how === 'shared' ? 'Shared' : 'Copy it from the box';
            button.setLabel(said);
            this.announce(`${said}.`);
          });
        },
      });
      this.buttons.push(button);
    }
    if (menu) this.buttons.push(new Button(this, { name: 'menu', label: 'Menu', rect: menu, fontPx: f.text, dpr: f.dpr, onPress: () => this.scene.start('Menu') }));
  }

  /** A podium for the top three: second on the left, first in the middle, third on the right. */
  private drawPodium(s: Summary, top: number): number {
    const f = this.frame;
    const places = s.standings.slice(0, 3);
    const colW = Math.min(f.column.w / 3.2, f.text * 9);
    const gap = colW * 0.08;
    const unit = Math.min(f.height * 0.09, f.text * 4);
    const heights = [unit * 2.2, unit * 1.6, unit * 1.1];
    const order = [1, 0, 2].filter((i) => i < places.length);
    const totalW = order.length * colW + (order.length - 1) * gap;
    const base = top + unit * 2.2 + f.text * 3.4;
    order.forEach((place, slot) => {
      const p = places[place];
      if (!p) return;
      const x = f.width / 2 - totalW / 2 + slot * (colW + gap);
      const hgt = heights[place] ?? unit;
      // A team's block is in its colour; players' are gold for the winner and velvet for the rest.
      const light = p.colour !== undefined || place === 0;
      this.add
        .rectangle(x, base - hgt, colW, hgt, p.colour ?? (place === 0 ? palette.gold : palette.velvet))
        .setOrigin(0, 0)
        .setStrokeStyle(Math.max(2, f.dpr * 2), place === 0 ? palette.screen : palette.gold);
      this.add
        .text(x + colW / 2, base - hgt + hgt / 2, String(place + 1), { fontFamily: fonts.display, fontSize: `${Math.round(Math.min(hgt * 0.6, f.text * 3))}px`, color: css(light ? palette.night : palette.screen) })
        .setOrigin(0.5);
      this.add
        .text(x + colW / 2, base - hgt - f.text * 0.4, `${p.name}\n${p.score}`, { fontFamily: fonts.body, fontSize: `${Math.round(f.text * 1.05)}px`, fontStyle: 'bold', color: css(palette.screen), align: 'center' })
        .setOrigin(0.5, 1)
        .setName(`podium-${place + 1}`);
    });
    const rest = s.standings.slice(3).map((p, i) => `${i + 4}. ${p.name}  ${p.score}`);
    let y = base + f.text * 0.8;
    if (rest.length > 0) {
      const t = this.body(rest.join('\n'), f.width / 2, y, f.text, f.column.w).setOrigin(0.5, 0);
      y = t.y + t.height + f.text * 0.5;
    }
    return y;
  }
}
