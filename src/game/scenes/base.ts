/**
 * What every Marquee screen shares: the layout frame for the current canvas size, a
 * redraw on resize, and keyboard listeners that are removed when the scene shuts down
 * (in Phaser 4 `on()` listeners outlive a scene restart otherwise).
 */
import Phaser from 'phaser';
import { type Frame, frame } from '../layout';
import { type GameServices, SERVICES } from '../services';
import { css, palette } from '../theme';
import type { Button } from '../ui/button';
import { paintedTexture } from '../ui/painted';
import { bodyText, headingText } from '../ui/text';

/** The fade from black that opens each screen. */
const FADE_MS = 220;
/** Set once the page has shown its first screen. */
const SHOWN = 'marquee:shown';

const PAD_KEYS: Record<number, string> = { 0: 'Enter', 1: 'Escape', 9: 'Escape', 12: 'ArrowUp', 13: 'ArrowDown', 14: 'ArrowLeft', 15: 'ArrowRight' };

export abstract class MarqueeScene extends Phaser.Scene {
  protected buttons: Button[] = [];
  private focusIndex = -1;
  /** Key events this screen already acted on (see `start`). */
  private readonly keysHandled = new WeakSet<KeyboardEvent>();

  protected get services(): GameServices {
    return this.registry.get(SERVICES) as GameServices;
  }

  protected get frame(): Frame {
    return frame(this.scale.width, this.scale.height, this.game.registry.get('dpr') ?? 1);
  }

  /** Draws the whole screen from the scene's state. Called on create and on every resize. */
  protected abstract render(): void;

  /** What the screen is called, for the accessibility mirror. */
  protected abstract screenTitle(): string;

  /** A line describing the screen's state (question, score…), for the mirror. */
  protected screenStatus(): string {
    return '';
  }

  /** Reads a sentence out to screen-reader users. */
  protected announce(text: string): void {
    this.game.events.emit('marquee:announce', text);
  }

  protected get reducedMotion(): boolean {
    return this.services.settings.get().reducedMotion;
  }

  /** Keys the screen handles itself before the shared focus keys. Return true if handled. */
  protected onKey(_event: KeyboardEvent): boolean {
    return false;
  }

  /** A gamepad's button, before it is taken as a key: return true if the screen handled it (buzzers). */
  protected onPadButton(_pad: number, _button: number): boolean {
    return false;
  }

  protected start(): void {
    const onResize = () => {
      this.cameras.resize(this.scale.width, this.scale.height);
      this.redraw();
    };
    const onKey = (event: KeyboardEvent) => {
      // Phaser hands a scene every key event queued since its last step, each time one comes
      // in: keys pressed faster than the frames (a quick typist, a test) would come twice.
      if (this.keysHandled.has(event)) return;
      this.keysHandled.add(event);
      this.handleKey(event);
    };
    // A gamepad speaks the keyboard's language: the d-pad moves focus, A confirms, B and Start go back.
    const onPad = (pad: { index: number }, button: { index: number }) => {
      if (this.onPadButton(pad.index, button.index)) return;
      const key = PAD_KEYS[button.index];
      if (key) this.handleKey(new KeyboardEvent('keydown', { key }));
    };
    const onSettings = () => this.redraw();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.input.keyboard?.on('keydown', onKey);
    this.input.gamepad?.on('down', onPad);
    this.game.events.on('marquee:settings', onSettings);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.input.keyboard?.off('keydown', onKey);
      this.input.gamepad?.off('down', onPad);
      this.game.events.off('marquee:settings', onSettings);
    });
    this.redraw();
    // A short fade from black between screens, like a cut in the cinema; none with reduced
    // motion, and none for the page's first screen, which shows at once.
    const first = !this.registry.get(SHOWN);
    this.registry.set(SHOWN, true);
    if (!this.reducedMotion && !first) {
      const camera = this.cameras.main;
      camera.fadeIn(FADE_MS, 0, 0, 0);
      // The fade lasts its time on the wall clock, not in Phaser's frame deltas (clamped, so on
      // a slow device it would take seconds of full-screen frames), and once over it no
      // longer fills the screen every frame at alpha 0.
      const ends = this.services.now() + FADE_MS;
      const done = () => {
        camera.fadeEffect.reset();
        this.events.off(Phaser.Scenes.Events.UPDATE, tick);
      };
      const tick = () => {
        if (this.services.now() >= ends) done();
      };
      this.events.on(Phaser.Scenes.Events.UPDATE, tick);
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.events.off(Phaser.Scenes.Events.UPDATE, tick));
      camera.once(Phaser.Cameras.Scene2D.Events.FADE_IN_COMPLETE, done);
    }
  }

  /**
   * Marks (`performance.mark(name)`) the first frame drawn from now on: the moment what was
   * just drawn is on screen and takes input. The load benchmark (`npm run bench:load`) times
   * it, and the page waits for the first one (`marquee:drawn`) to start the service worker.
   */
  protected markDrawn(name: string): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      performance.mark(name);
      this.game.events.emit('marquee:drawn', name);
    });
  }

  /**
   * The screen's buttons, after part of it was drawn again in place instead of a redraw:
   * focus starts over as after a redraw, and the mirror follows.
   */
  protected replaceButtons(buttons: Button[]): void {
    const focused = this.buttons[this.focusIndex];
    if (focused && buttons.includes(focused)) focused.setFocus(false);
    this.buttons = buttons;
    this.focusIndex = -1;
    this.mirror();
  }

  /** Sends the current buttons to the accessibility mirror. */
  protected mirror(): void {
    this.game.events.emit('marquee:screen', {
      title: this.screenTitle(),
      status: this.screenStatus(),
      buttons: this.buttons.map((b) => ({ label: b.label, name: b.name, disabled: !b.enabled, press: () => b.press() })),
    });
  }

  protected redraw(): void {
    this.tweens.killAll();
    // Destroy, not just remove: DisplayList.removeAll(true) means "skip callbacks", and a
    // removed Text keeps its canvas texture alive for good.
    for (const child of this.children.list.slice()) child.destroy();
    this.buttons = [];
    this.focusIndex = -1;
    this.drawBackdrop();
    this.render();
    this.mirror();
  }

  /** Where Esc (and a gamepad's B) leads from this screen, if anywhere. */
  protected backTo: string | null = null;

  private handleKey(event: KeyboardEvent): void {
    if (this.onKey(event)) return;
    if (event.key === 'Escape' && this.backTo) {
      this.scene.start(this.backTo);
      return;
    }
    const n = this.buttons.length;
    if (n === 0) return;
    if (['ArrowDown', 'ArrowRight', 'Tab'].includes(event.key)) {
      this.moveFocus(event.key === 'Tab' && event.shiftKey ? -1 : 1);
      event.preventDefault();
    } else if (['ArrowUp', 'ArrowLeft'].includes(event.key)) {
      this.moveFocus(-1);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      // Enter presses the focused button, else the screen's main one; with neither it
      // only shows focus, so a stray Enter never answers a question.
      const b = this.buttons[this.focusIndex] ?? this.buttons.find((x) => x.enabled && x.primary);
      if (b) b.press();
      else this.moveFocus(1);
      event.preventDefault();
    }
  }

  private moveFocus(step: number): void {
    const enabled = this.buttons.filter((b) => b.enabled);
    if (enabled.length === 0) return;
    this.buttons[this.focusIndex]?.setFocus(false);
    const current = enabled.indexOf(this.buttons[this.focusIndex] as Button);
    const next = enabled[(current + step + enabled.length) % enabled.length] as Button;
    this.focusIndex = this.buttons.indexOf(next);
    next.setFocus(true);
  }

  /**
   * The auditorium: a dark gradient with a velvet curtain glow at the top. The gradient is a
   * small texture stretched over the screen (a 2D canvas draws no gradient fills of a Graphics).
   */
  private drawBackdrop(): void {
    const { width, height } = this.scale;
    this.add.image(0, 0, this.gradientTexture(palette.velvetDark, palette.night)).setOrigin(0, 0).setDisplaySize(width, height);
    const g = this.add.graphics();
    g.fillStyle(palette.gold, 0.06);
    for (let x = 0; x < width; x += Math.max(24, width / 28)) g.fillRect(x, 0, Math.max(2, width / 200), height * 0.08);
  }

  /** A top-to-bottom gradient, painted once (per pair of colours). */
  private gradientTexture(top: number, bottom: number): string {
    return paintedTexture(this, `marquee:gradient:${top}:${bottom}`, 4, 256, (ctx) => {
      const fill = ctx.createLinearGradient(0, 0, 0, 256);
      fill.addColorStop(0, css(top));
      fill.addColorStop(1, css(bottom));
      ctx.fillStyle = fill;
      ctx.fillRect(0, 0, 4, 256);
    });
  }

  protected heading(text: string, y: number, sizePx: number): Phaser.GameObjects.Text {
    return headingText(this, text, y, sizePx);
  }

  protected body(text: string, x: number, y: number, sizePx: number, width: number, colour: number = palette.screen): Phaser.GameObjects.Text {
    return bodyText(this, text, x, y, sizePx, width, colour);
  }
}
