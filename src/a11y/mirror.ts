/**
 * The screen, mirrored in the DOM for screen readers and keyboard users: a heading, the
 * status line, and a real <button> for every button on the canvas, pressing the same
 * action. An aria-live region reads out questions, options, results and the score.
 *
 * The mirror is visually hidden until it holds focus; then it shows as a bar at the
 * bottom of the screen, so a sighted keyboard user can see where focus is.
 */

export interface MirrorButton {
  readonly label: string;
  readonly name: string;
  readonly disabled: boolean;
  press(): void;
}

export interface ScreenDescription {
  readonly title: string;
  readonly status?: string;
  readonly buttons: readonly MirrorButton[];
}

export class ScreenMirror {
  private readonly root: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly status: HTMLParagraphElement;
  private readonly list: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private lastSpoken = '';

  constructor(doc: Document, host: HTMLElement) {
    this.root = doc.createElement('section');
    this.root.id = 'screen-mirror';
    this.root.setAttribute('aria-label', 'Game controls');
    this.heading = doc.createElement('h1');
    this.status = doc.createElement('p');
    this.list = doc.createElement('div');
    this.list.setAttribute('role', 'group');
    this.live = doc.createElement('div');
    this.live.id = 'announcer';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.root.append(this.heading, this.status, this.list);
    host.append(this.root, this.live);
  }

  show(screen: ScreenDescription): void {
    const doc = this.root.ownerDocument;
    const focused = doc.activeElement instanceof HTMLButtonElement && this.list.contains(doc.activeElement) ? doc.activeElement.dataset.name : undefined;
    this.heading.textContent = screen.title;
    this.status.textContent = screen.status ?? '';
    this.list.replaceChildren(
      ...screen.buttons.map((b) => {
        const el = doc.createElement('button');
        el.type = 'button';
        el.textContent = b.label;
        el.dataset.name = b.name;
        el.disabled = b.disabled;
        el.addEventListener('click', () => b.press());
        // Enter and Space already click a focused button; stop them reaching the
        // canvas's own key handling, which would press its focused button as well.
        el.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
        });
        return el;
      }),
    );
    if (focused) {
      const again = Array.from(this.list.querySelectorAll('button')).find((b) => b.dataset.name === focused && !b.disabled);
      (again ?? this.list.querySelector('button:not([disabled])'))?.focus();
    }
  }

  /** Reads `text` out through the live region (repeats are dropped). */
  announce(text: string): void {
    if (!text || text === this.lastSpoken) return;
    this.lastSpoken = text;
    this.live.textContent = text;
  }
}

export const MIRROR_CSS = `
#screen-mirror { position: fixed; left: 0; right: 0; bottom: 0; clip-path: inset(50%); height: 1px; overflow: hidden; white-space: nowrap; }
#screen-mirror:focus-within { clip-path: none; height: auto; white-space: normal; background: #0d0a12ee; border-top: 2px solid #f2c14e; padding: 0.5rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; z-index: 10; }
#screen-mirror h1 { font-size: 1rem; margin: 0 0.5rem 0 0; color: #f2c14e; }
#screen-mirror p { margin: 0; color: #faf3e3; }
#screen-mirror button { font: inherit; font-size: 1rem; padding: 0.5rem 0.8rem; background: #1c1626; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.5rem; }
#screen-mirror button:focus-visible { outline: 3px solid #faf3e3; outline-offset: 2px; }
#announcer { position: fixed; clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; }
`;
