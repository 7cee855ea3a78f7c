/**
 * A button drawn on the canvas: a rounded panel with a label, answering pointer and
 * hover. Named so tests and the accessibility mirror can find it.
 */
import Phaser from 'phaser';
import type { Rect } from '../layout';
import { css, fonts, palette } from '../theme';

export interface ButtonSpec {
  readonly name: string;
  readonly label: string;
  readonly rect: Rect;
  readonly fontPx: number;
  readonly dpr: number;
  readonly onPress: () => void;
  readonly primary?: boolean;
  /** A small badge at the left, such as the key that also presses it ("1"). */
  readonly badge?: string;
}

export type ButtonState = 'idle' | 'right' | 'wrong' | 'dim' | 'picked';

export class Button extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  /** The ✓ or ✗ of a revealed answer, made when first needed: most buttons never show one, and every Text is a canvas and a texture. */
  private mark: Phaser.GameObjects.Text | null = null;
  private badge: Phaser.GameObjects.Text | null = null;
  private labelText: string;
  private readonly spec: ButtonSpec;
  private hovered = false;
  private look: ButtonState = 'idle';
  enabled = true;

  constructor(scene: Phaser.Scene, spec: ButtonSpec) {
    const { rect } = spec;
    super(scene, rect.x + rect.w / 2, rect.y + rect.h / 2);
    this.spec = spec;
    this.labelText = spec.label;
    this.setName(spec.name);
    this.bg = scene.add.graphics();
    const inset = spec.badge ? spec.fontPx * 2.2 : spec.fontPx * 0.8;
    this.text = scene.add
      .text(spec.badge ? -rect.w / 2 + inset : 0, 0, spec.label, {
        fontFamily: fonts.body,
        fontSize: `${spec.fontPx}px`,
        fontStyle: 'bold',
        color: css(palette.screen),
        align: spec.badge ? 'left' : 'center',
        wordWrap: { width: Math.max(spec.fontPx * 2, rect.w - inset - spec.fontPx * 2.2), useAdvancedWrap: true },
        resolution: 1,
      })
      .setOrigin(spec.badge ? 0 : 0.5, 0.5);
    fitText(this.text, rect.h - spec.fontPx * 0.6, spec.fontPx);
    this.add([this.bg, this.text]);
    if (spec.badge) {
      this.badge = scene.add
        .text(-rect.w / 2 + spec.fontPx * 1.1, 0, spec.badge, { fontFamily: fonts.display, fontSize: `${Math.round(spec.fontPx * 1.3)}px`, color: css(palette.gold) })
        .setOrigin(0.5);
      this.add(this.badge);
    }
    this.setSize(rect.w, rect.h);
    this.setInteractive({ useHandCursor: true });
    this.on('pointerover', () => this.hover(true));
    this.on('pointerout', () => this.hover(false));
    this.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      // Phaser also hears a release over the page's own dialogs (it listens on the window):
      // only a press that began and ended on the canvas is a press of the canvas's buttons.
      const canvas = scene.game.canvas;
      if (this.enabled && pointer.downElement === canvas && pointer.upElement === canvas) spec.onPress();
    });
    this.draw();
    scene.add.existing(this);
  }

  get label(): string {
    return this.labelText;
  }

  /** Changes the label in place (no redraw, so a tap in flight is never lost). */
  setLabel(label: string): this {
    this.labelText = label;
    this.text.setText(label);
    return this;
  }

  setBadge(text: string): this {
    this.badge?.setText(text);
    return this;
  }

  get primary(): boolean {
    return this.spec.primary ?? false;
  }

  press(): void {
    if (this.enabled) this.spec.onPress();
  }

  setLook(state: ButtonState): this {
    this.look = state;
    // Colour is never the only signal: right and wrong also get a mark.
    const mark = state === 'right' ? '✓' : state === 'wrong' ? '✗' : '';
    if (mark && !this.mark) {
      const { rect, fontPx } = this.spec;
      this.mark = this.scene.add
        .text(rect.w / 2 - fontPx * 1.1, 0, '', { fontFamily: fonts.body, fontSize: `${Math.round(fontPx * 1.2)}px`, fontStyle: 'bold', color: css(palette.screen) })
        .setOrigin(0.5);
      this.addAt(this.mark, this.badge ? this.getIndex(this.badge) : this.length);
    }
    this.mark?.setText(mark);
    this.draw();
    return this;
  }

  setFocus(focused: boolean): this {
    this.hovered = focused;
    this.draw();
    return this;
  }

  private hover(on: boolean): void {
    this.hovered = on && this.enabled;
    this.draw();
  }

  private draw(): void {
    const { w, h } = this.spec.rect;
    const r = Math.min(h / 2, this.spec.fontPx * 0.7);
    const fill =
      this.look === 'right' ? palette.right : this.look === 'wrong' ? palette.wrong : this.spec.primary ? palette.velvet : this.hovered ? palette.panelHover : palette.panel;
    const line = this.look === 'idle' || this.look === 'picked' ? (this.hovered || this.look === 'picked' ? palette.gold : palette.goldDark) : palette.screen;
    const lw = Math.max(2, Math.round(this.spec.dpr * (this.hovered || this.look === 'picked' ? 3 : 1.5)));
    this.bg.clear();
    this.bg.fillStyle(fill, this.look === 'dim' ? 0.45 : 1);
    this.bg.fillRoundedRect(-w / 2, -h / 2, w, h, r);
    this.bg.lineStyle(lw, line, this.look === 'dim' ? 0.4 : 1);
    this.bg.strokeRoundedRect(-w / 2, -h / 2, w, h, r);
    this.text.setAlpha(this.look === 'dim' ? 0.55 : 1);
  }
}

/** Shrinks a text's font until it fits `maxHeight`, so long titles never spill out. */
export function fitText(text: Phaser.GameObjects.Text, maxHeight: number, fontPx: number, minPx = Math.round(fontPx * 0.6)): void {
  let size = fontPx;
  while (text.height > maxHeight && size > minPx) {
    size -= Math.max(1, Math.round(size * 0.06));
    text.setFontSize(size);
  }
}
