/** Stats: games played, how often right, by category, and best scores. */
import { stack } from '../layout';
import type { StatsView } from '../services';
import { css, fonts, palette } from '../theme';
import { Button } from '../ui/button';
import { MarqueeScene } from './base';

const percent = (correct: number, answered: number) => (answered > 0 ? `${Math.round((100 * correct) / answered)}%` : '—');

export class StatsScene extends MarqueeScene {
  private view: StatsView | null = null;
  private failed = false;

  protected override backTo = 'Menu';

  constructor() {
    super('Stats');
  }

  init(): void {
    this.view = null;
    this.failed = false;
  }

  create(): void {
    this.start();
    const load = this.services.stats;
    if (!load) {
      this.failed = true;
      this.redraw();
      return;
    }
    load()
      .then((v) => {
        if (!this.sys.isActive()) return;
        this.view = v;
        this.redraw();
      })
      .catch(() => {
        this.failed = true;
        if (this.sys.isActive()) this.redraw();
      });
  }

  protected screenTitle(): string {
    return 'Stats';
  }

  protected override screenStatus(): string {
    return this.lines().join('. ');
  }


  private lines(): string[] {
    const v = this.view;
    if (this.failed) return ['Stats are not kept in this browser.'];
    if (!v) return ['Counting the tickets…'];
    if (v.games === 0) return ['No games finished yet. Play one!'];
    const out = [`Games: ${v.games}`, `Answers right: ${v.correct} of ${v.answered} (${percent(v.correct, v.answered)})`];
    for (const b of v.best.slice(0, 4)) out.push(`Best, ${b.label}: ${b.score}`);
    const cats = [...v.categories].sort((a, b) => b.answered - a.answered).slice(0, 6);
    for (const c of cats) out.push(`${c.category}: ${percent(c.correct, c.answered)} of ${c.answered}`);
    return out;
  }

  protected render(): void {
    const f = this.frame;
    const title = this.heading('STATS', f.column.y, Math.round(f.text * 2.2));
    const text = this.add
      .text(f.column.x, title.y + title.height + f.text, this.lines().join('\n'), {
        fontFamily: fonts.body,
        fontSize: `${f.text}px`,
        color: css(palette.screen),
        wordWrap: { width: f.column.w, useAdvancedWrap: true },
        lineSpacing: Math.round(f.text * 0.45),
      })
      .setName('stats');
    const [back] = stack(f, Math.min(f.height - f.column.y - f.text * 3, text.y + text.height + f.text * 2), 1);
    if (back) this.buttons.push(new Button(this, { name: 'back', label: 'Back', rect: back, fontPx: f.text, dpr: f.dpr, primary: true, onPress: () => this.scene.start('Menu') }));
  }
}
