/**
 * The game's DOM dialogs (challenge codes, names, sharing): one look, one way to open and
 * close them. Plain DOM over the canvas, so a phone brings up its keyboard and screen
 * readers read every message; keys typed in them never reach the game beneath.
 */
import { keepKeys } from '../storage/dom';

const DIALOG_CSS = `
dialog.mq { width: min(32rem, calc(100vw - 2rem)); box-sizing: border-box; background: #1c1626; color: #faf3e3; border: 2px solid #f2c14e; border-radius: 0.6rem; font: 1.05rem/1.4 "Atkinson Hyperlegible", system-ui, sans-serif; padding: 1rem 1.1rem; }
dialog.mq::backdrop { background: #0d0a12d9; }
dialog.mq h2 { margin: 0 0 0.4rem; color: #f2c14e; font: 400 1.9rem/1.1 "Bebas Neue", Impact, sans-serif; letter-spacing: 0.04em; }
dialog.mq p { margin: 0.3rem 0 0.7rem; }
dialog.mq label { display: block; font-weight: 700; margin-top: 0.6rem; }
dialog.mq input { box-sizing: border-box; width: 100%; margin: 0.35rem 0; padding: 0.55rem 0.6rem; font: 700 1.2rem/1.2 "Atkinson Hyperlegible", system-ui, sans-serif; background: #0d0a12; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.4rem; }
dialog.mq input.code-input { font: 700 1.35rem/1.2 "Atkinson Hyperlegible", monospace; letter-spacing: 0.08em; text-transform: uppercase; }
dialog.mq input[aria-invalid="true"] { border-color: #ff9c8f; }
dialog.mq .seat { display: grid; grid-template-columns: 2.2rem 1fr; align-items: center; gap: 0.2rem 0.6rem; }
dialog.mq .seat label { grid-column: 1 / -1; margin-top: 0.4rem; }
dialog.mq .swatch { width: 2.2rem; height: 2.2rem; border-radius: 0.4rem; border: 2px solid #faf3e3; box-sizing: border-box; display: grid; place-items: center; font: 700 1.1rem/1 "Atkinson Hyperlegible", monospace; color: #1c1626; text-transform: uppercase; }
dialog.mq .seats { max-height: min(60vh, 32rem); overflow-y: auto; padding-right: 0.3rem; }
dialog.mq input:focus-visible { outline: 3px solid #faf3e3; outline-offset: 2px; }
dialog.mq .problem { color: #ff9c8f; min-height: 1.4em; margin: 0.2rem 0 0.4rem; }
dialog.mq .code { font: 700 1.7rem/1.2 "Atkinson Hyperlegible", monospace; letter-spacing: 0.08em; color: #f2c14e; text-align: center; margin: 0.4rem 0; user-select: all; }
dialog.mq .choices { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.6rem; }
dialog.mq hr { border: 0; border-top: 1px solid #5a4a2a; margin: 0.9rem 0 0.5rem; }
dialog.mq button { -webkit-tap-highlight-color: transparent; user-select: none; font: inherit; font-weight: 700; min-height: 2.75rem; padding: 0.4rem 0.9rem; background: #2a2236; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.4rem; cursor: pointer; }
dialog.mq button.primary { background: #f2c14e; color: #1c1626; border-color: #f2c14e; }
dialog.mq button:focus-visible { outline: 3px solid #faf3e3; outline-offset: 2px; }
dialog.mq button:disabled { opacity: 0.6; cursor: wait; }
dialog.mq textarea { box-sizing: border-box; width: 100%; min-height: 8rem; font: 1rem/1.4 "Atkinson Hyperlegible", monospace; background: #0d0a12; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.4rem; }
`;

function css(doc: Document): void {
  if (doc.getElementById('dialog-css')) return;
  const style = doc.createElement('style');
  style.id = 'dialog-css';
  style.textContent = DIALOG_CSS;
  doc.head.append(style);
}

export function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<Record<string, string>> = {}, text = ''): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  if (text) el.textContent = text;
  return el;
}

export function modal(doc: Document, id: string, title: string): { dialog: HTMLDialogElement; closed: Promise<void>; close(): void } {
  css(doc);
  doc.getElementById(id)?.remove();
  const dialog = make(doc, 'dialog', { id, class: 'mq', 'aria-labelledby': `${id}-title` });
  dialog.append(make(doc, 'h2', { id: `${id}-title` }, title));
  let done = () => {};
  const closed = new Promise<void>((resolve) => {
    done = resolve;
  });
  const close = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    done();
  };
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  keepKeys(dialog);
  return { dialog, closed, close };
}

