/** Shown instead of a blank screen when a deck cannot be loaded: what is wrong, and where. */
import { stack } from '../layout';
import { palette } from '../theme';
import { Button } from '../ui/button';
import { MarqueeScene } from './base';

export interface ErrorData {
  readonly title: string;
  readonly lines: readonly string[];
}

export class ErrorScene extends MarqueeScene {
  private data_: ErrorData = { title: '', lines: [] };

  constructor() {
    super('Error');
  }

  init(data: ErrorData): void {
    this.data_ = data;
  }

  create(): void {
    this.start();
  }

  protected screenTitle(): string {
    return this.data_.title;
  }

  protected override screenStatus(): string {
    return this.data_.lines.slice(0, 8).join(' ');
  }

  protected render(): void {
    const f = this.frame;
    const h = this.heading(this.data_.title, f.column.y + f.text, Math.round(f.text * 2));
    const shown = this.data_.lines.slice(0, 8);
    const more = this.data_.lines.length - shown.length;
    const text = more > 0 ? [...shown, `…and ${more} more`] : shown;
    const body = this.body(text.join('\n'), f.column.x, h.y + h.height + f.text, Math.round(f.text * 0.85), f.column.w, palette.screen).setName('error-details');
    body.setAlign('left');
    const [back] = stack(f, Math.min(f.height - f.text * 5, body.y + body.height + f.text * 2), 1);
    if (back) this.buttons.push(new Button(this, { name: 'menu', label: 'Back to the menu', rect: back, fontPx: f.text, dpr: f.dpr, primary: true, onPress: () => this.scene.start('Menu') }));
  }
}
