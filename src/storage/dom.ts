/**
 * The page's side of saved progress: notices over the game (storage unavailable, records
 * set aside, a save that failed), and the file dialogs of export and import. Plain DOM,
 * so screen readers read the notices, and the browser's own file pickers are used.
 */
import type { ImportMode } from './backup';
import type { BackupUi, Tone } from './progress';

export const NOTICE_CSS = `
#notices { position: fixed; top: 0; left: 0; right: 0; z-index: 20; display: flex; flex-direction: column; gap: 0.4rem; padding: 0.5rem; pointer-events: none; }
.notice { pointer-events: auto; margin: 0 auto; max-width: 42rem; display: flex; gap: 0.8rem; align-items: flex-start; padding: 0.6rem 0.8rem; border-radius: 0.5rem; border: 2px solid #b88a1c; background: #1c1626f2; color: #faf3e3; font: 0.95rem/1.35 "Atkinson Hyperlegible", system-ui, sans-serif; white-space: pre-line; }
.notice[data-tone="error"] { border-color: #e0604f; }
.notice p { margin: 0; flex: 1; }
.notice button, #import-dialog button { font: inherit; padding: 0.35rem 0.7rem; background: #2a2236; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.4rem; cursor: pointer; }
.notice button:focus-visible, #import-dialog button:focus-visible { outline: 3px solid #faf3e3; outline-offset: 2px; }
#import-dialog { max-width: 32rem; background: #1c1626; color: #faf3e3; border: 2px solid #f2c14e; border-radius: 0.6rem; font: 1rem/1.4 "Atkinson Hyperlegible", system-ui, sans-serif; }
#import-dialog::backdrop { background: #0d0a12cc; }
#import-dialog h2 { margin: 0 0 0.5rem; color: #f2c14e; font-size: 1.2rem; }
#import-dialog .choices { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 1rem; }
`;

// Keys pressed in our DOM must not reach Phaser's keyboard listener on the window, which
// would act on the canvas behind (Enter would press its focused button too).
export function keepKeys(el: HTMLElement): void {
  el.addEventListener('keydown', (e) => e.stopPropagation());
  el.addEventListener('keyup', (e) => e.stopPropagation());
}

export class Notices {
  private readonly root: HTMLElement;

  constructor(private readonly doc: Document) {
    if (!doc.getElementById('notice-css')) {
      const style = doc.createElement('style');
      style.id = 'notice-css';
      style.textContent = NOTICE_CSS;
      doc.head.append(style);
    }
    const existing = doc.getElementById('notices');
    this.root = existing ?? doc.createElement('div');
    if (!existing) {
      this.root.id = 'notices';
      doc.body.append(this.root);
    }
  }

  /** Shows (or replaces) the notice `id`, until the player dismisses it. */
  show(id: string, message: string, tone: Tone = 'info'): HTMLElement {
    this.doc.getElementById(`notice-${id}`)?.remove();
    const box = this.doc.createElement('div');
    box.id = `notice-${id}`;
    box.className = 'notice';
    box.dataset.tone = tone;
    box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    const text = this.doc.createElement('p');
    text.textContent = message;
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.textContent = 'OK';
    close.setAttribute('aria-label', 'Dismiss this notice');
    close.addEventListener('click', () => box.remove());
    keepKeys(box);
    box.append(text, close);
    this.root.append(box);
    return box;
  }
}

/** Asks the player for a file (JSON, or as `accept` says); resolves with its name and text, or null when none was chosen. */
export function pickFile(doc: Document, accept = '.json,application/json'): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    doc.body.append(input);
    const done = (file: { name: string; text: string } | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done(null);
      file.text().then(
        (text) => done({ name: file.name, text }),
        () => done(null),
      );
    });
    // Chromium 113+, Firefox 91+ and Safari 16.4+ say when the picker is closed without a file.
    input.addEventListener('cancel', () => done(null));
    input.click();
  });
}

/** Offers text as a file to save (a backup, a club night's results). */
export function downloadFile(doc: Document, file: { readonly filename: string; readonly text: string; readonly type: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser's file dialogs, and a question about merging. */
export function domBackupUi(doc: Document): BackupUi {
  return {
    download(file) {
      downloadFile(doc, file);
    },

    pick() {
      return pickFile(doc).then((f) => f?.text ?? null);
    },

    choose(summary) {
      return new Promise<ImportMode | null>((resolve) => {
        doc.getElementById('import-dialog')?.remove();
        const dialog = doc.createElement('dialog');
        dialog.id = 'import-dialog';
        dialog.setAttribute('aria-labelledby', 'import-dialog-title');
        const title = doc.createElement('h2');
        title.id = 'import-dialog-title';
        title.textContent = 'Import progress';
        const body = doc.createElement('p');
        body.textContent = `The file holds ${summary}. Merge it with the progress on this device, or replace this device's progress with it?`;
        const choices = doc.createElement('div');
        choices.className = 'choices';
        const finish = (mode: ImportMode | null) => {
          dialog.close();
          dialog.remove();
          resolve(mode);
        };
        const button = (id: string, label: string, mode: ImportMode | null) => {
          const b = doc.createElement('button');
          b.type = 'button';
          b.id = id;
          b.textContent = label;
          b.addEventListener('click', () => finish(mode));
          return b;
        };
        choices.append(button('import-merge', 'Merge', 'merge'), button('import-replace', 'Replace', 'replace'), button('import-cancel', 'Cancel', null));
        dialog.append(title, body, choices);
        dialog.addEventListener('cancel', (e) => {
          e.preventDefault();
          finish(null);
        });
        keepKeys(dialog);
        doc.body.append(dialog);
        dialog.showModal();
      });
    },
  };
}
