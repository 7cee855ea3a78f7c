/**
 * The PWA's two small pieces of page furniture, in the DOM over the canvas:
 *  - a notice at the top: "A new version is ready" with "Update now" and "Later" (and a
 *    one-off "Ready to play offline" after the first install);
 *  - an "Offline" pill at the bottom while the device has no network.
 * Both are polite live regions (role="status"). Keys pressed on their buttons stay
 * there: the game listens on the window and must not also see them. The game keeps Tab
 * for its own focus, so while the notice offers a choice and no question is open, Tab
 * from the page moves into the notice first; Escape there means "Later".
 */
import type { UpdateView } from './updates';

export interface StatusActions {
  updateNow(): void;
  later(): void;
}

export interface StatusUi {
  showUpdate(view: UpdateView): void;
  setOffline(offline: boolean): void;
  /** A short notice that goes away by itself. */
  flash(text: string, ms?: number): void;
  readonly root: HTMLElement;
}

const TEXT: Record<Exclude<UpdateView, 'hidden'>, string> = {
  ready: 'New version ready',
  deferred: 'Updating after this question…',
  applying: 'Updating…',
};

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface StatusOptions {
  /** May Tab move focus into the notice now? (Not while a question is open.) */
  canTakeFocus?(): boolean;
}

export function mountStatus(doc: Document, actions: StatusActions, options: StatusOptions = {}): StatusUi {
  const root = el(doc, 'div', 'mq-pwa');
  root.id = 'pwa-status';

  const notice = el(doc, 'div', 'mq-notice');
  notice.id = 'pwa-update';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  const message = el(doc, 'p', 'mq-notice-text');
  const buttons = el(doc, 'div', 'mq-notice-buttons');
  const now = el(doc, 'button', 'mq-button mq-primary', 'Update now');
  now.type = 'button';
  now.id = 'pwa-update-now';
  const later = el(doc, 'button', 'mq-button', 'Later');
  later.type = 'button';
  later.id = 'pwa-update-later';
  now.addEventListener('click', () => actions.updateNow());
  later.addEventListener('click', () => actions.later());
  buttons.append(now, later);
  notice.append(message, buttons);
  for (const type of ['keydown', 'keyup'] as const) notice.addEventListener(type, (e) => e.stopPropagation());
  notice.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || later.hidden || buttons.hidden) return;
    e.preventDefault();
    (doc.activeElement as HTMLElement | null)?.blur();
    actions.later();
  });
  const firstButton = () => [now, later].find((b) => !b.hidden && !buttons.hidden && !notice.hidden);
  doc.defaultView?.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Tab' || e.shiftKey || notice.contains(doc.activeElement)) return;
      const target = firstButton();
      if (!target || options.canTakeFocus?.() === false) return;
      // Before the game's own Tab handling, which keeps focus on the canvas.
      e.preventDefault();
      e.stopImmediatePropagation();
      target.focus();
    },
    { capture: true },
  );

  const offline = el(doc, 'div', 'mq-offline');
  offline.id = 'pwa-offline';
  offline.setAttribute('role', 'status');
  offline.hidden = true;
  offline.append(el(doc, 'span', 'mq-dot'), el(doc, 'span', '', 'Offline — everything still works'));

  root.append(notice, offline);
  doc.body.append(root);

  let flashTimer: ReturnType<typeof setTimeout> | null = null;
  let updateView: UpdateView = 'hidden';

  return {
    root,
    showUpdate(view) {
      updateView = view;
      if (flashTimer !== null) clearTimeout(flashTimer);
      flashTimer = null;
      notice.dataset.state = view;
      if ((view === 'hidden' || view === 'applying') && notice.contains(doc.activeElement)) (doc.activeElement as HTMLElement).blur();
      notice.hidden = view === 'hidden';
      if (view === 'hidden') return;
      message.textContent = TEXT[view];
      buttons.hidden = view === 'applying';
      now.hidden = view !== 'ready';
      later.textContent = view === 'deferred' ? 'Not now' : 'Later';
    },
    setOffline(isOffline) {
      offline.hidden = !isOffline;
    },
    flash(text, ms = 4000) {
      if (updateView !== 'hidden') return;
      message.textContent = text;
      buttons.hidden = true;
      notice.dataset.state = 'flash';
      notice.hidden = false;
      if (flashTimer !== null) clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        flashTimer = null;
        if (updateView === 'hidden') notice.hidden = true;
      }, ms);
    },
  };
}
