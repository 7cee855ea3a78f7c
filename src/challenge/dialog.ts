/**
 * The page's side of challenge codes: a dialog to type a code (or take today's, or make
 * one for this setup), and sharing text out through Web Share, the clipboard, or by hand.
 * Plain DOM, so a phone brings up its keyboard and screen readers read every message.
 */
import { keepKeys } from '../storage/dom';

export const CHALLENGE_CSS = `
#challenge-dialog, #share-dialog { width: min(32rem, calc(100vw - 2rem)); box-sizing: border-box; background: #1c1626; color: #faf3e3; border: 2px solid #f2c14e; border-radius: 0.6rem; font: 1.05rem/1.4 "Atkinson Hyperlegible", system-ui, sans-serif; padding: 1rem 1.1rem; }
#challenge-dialog::backdrop, #share-dialog::backdrop { background: #0d0a12d9; }
#challenge-dialog h2, #share-dialog h2 { margin: 0 0 0.4rem; color: #f2c14e; font: 400 1.9rem/1.1 "Bebas Neue", Impact, sans-serif; letter-spacing: 0.04em; }
#challenge-dialog p, #share-dialog p { margin: 0.3rem 0 0.7rem; }
#challenge-dialog label { display: block; font-weight: 700; margin-top: 0.6rem; }
#challenge-dialog input { box-sizing: border-box; width: 100%; margin: 0.35rem 0; padding: 0.55rem 0.6rem; font: 700 1.35rem/1.2 "Atkinson Hyperlegible", monospace; letter-spacing: 0.08em; text-transform: uppercase; background: #0d0a12; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.4rem; }
#challenge-dialog input:focus-visible { outline: 3px solid #faf3e3; outline-offset: 2px; }
#challenge-dialog .problem { color: #ff9c8f; min-height: 1.4em; margin: 0.2rem 0 0.4rem; }
#challenge-dialog .code { font: 700 1.7rem/1.2 "Atkinson Hyperlegible", monospace; letter-spacing: 0.08em; color: #f2c14e; text-align: center; margin: 0.4rem 0; user-select: all; }
#challenge-dialog .choices, #share-dialog .choices { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.6rem; }
#challenge-dialog hr { border: 0; border-top: 1px solid #5a4a2a; margin: 0.9rem 0 0.5rem; }
#challenge-dialog button, #share-dialog button { -webkit-tap-highlight-color: transparent; user-select: none; font: inherit; font-weight: 700; min-height: 2.75rem; padding: 0.4rem 0.9rem; background: #2a2236; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.4rem; cursor: pointer; }
#challenge-dialog button.primary { background: #f2c14e; color: #1c1626; border-color: #f2c14e; }
#challenge-dialog button:focus-visible, #share-dialog button:focus-visible { outline: 3px solid #faf3e3; outline-offset: 2px; }
#challenge-dialog button:disabled { opacity: 0.6; cursor: wait; }
#share-dialog textarea { box-sizing: border-box; width: 100%; min-height: 8rem; font: 1rem/1.4 "Atkinson Hyperlegible", monospace; background: #0d0a12; color: #faf3e3; border: 2px solid #b88a1c; border-radius: 0.4rem; }
`;

/** What the dialog's buttons do; each resolves to a problem to show, or null once a game starts. */
export interface ChallengeActions {
  readonly deckTitle: string;
  play(typed: string): Promise<string | null>;
  today(): Promise<string | null>;
  /** A new code for the current setup, to send to the others. */
  make(): Promise<{ readonly code: string; play(): void } | string>;
}

export type Shared = 'shared' | 'copied' | 'by-hand' | 'cancelled';

interface ShareNavigator {
  share?: (data: { text: string }) => Promise<void>;
  clipboard?: { writeText(text: string): Promise<void> };
}

function css(doc: Document): void {
  if (doc.getElementById('challenge-css')) return;
  const style = doc.createElement('style');
  style.id = 'challenge-css';
  style.textContent = CHALLENGE_CSS;
  doc.head.append(style);
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<Record<string, string>> = {}, text = ''): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  if (text) el.textContent = text;
  return el;
}

function modal(doc: Document, id: string, title: string): { dialog: HTMLDialogElement; closed: Promise<void>; close(): void } {
  css(doc);
  doc.getElementById(id)?.remove();
  const dialog = make(doc, 'dialog', { id, 'aria-labelledby': `${id}-title` });
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

/** Sends text out: the phone's share sheet where there is one, else the clipboard, else a box to copy from. */
export async function shareText(doc: Document, nav: ShareNavigator, text: string): Promise<Shared> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ text });
      return 'shared';
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    if (!nav.clipboard) throw new Error('no clipboard');
    await nav.clipboard.writeText(text);
    return 'copied';
  } catch {
    // Plain http on a LAN has no clipboard: the text is shown, selected, to copy by hand.
    const { dialog, close } = modal(doc, 'share-dialog', 'Copy this');
    const box = make(doc, 'textarea', { id: 'share-text', readonly: '', 'aria-label': 'The text to share' });
    box.value = text;
    const row = make(doc, 'div', { class: 'choices' });
    const ok = make(doc, 'button', { type: 'button', id: 'share-close' }, 'Done');
    ok.addEventListener('click', close);
    row.append(ok);
    dialog.append(make(doc, 'p', {}, 'This browser cannot copy for you here: select the text and copy it.'), box, row);
    doc.body.append(dialog);
    dialog.showModal();
    box.select();
    return 'by-hand';
  }
}

/** The challenge dialog over the Setup screen; resolves when it closes. */
export function openChallengeDialog(doc: Document, nav: ShareNavigator, actions: ChallengeActions): Promise<void> {
  const { dialog, closed, close } = modal(doc, 'challenge-dialog', 'Challenge codes');
  const intro = make(doc, 'p', {}, 'Everyone who plays the same code gets the same quiz, on any phone or laptop, with no network.');
  const form = make(doc, 'form', { id: 'challenge-form' });
  const label = make(doc, 'label', { for: 'challenge-code' }, 'Type a code');
  const input = make(doc, 'input', { id: 'challenge-code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', inputmode: 'text', placeholder: 'BAKER-7K3Q-M2XD', maxlength: '24' });
  const problem = make(doc, 'p', { id: 'challenge-problem', class: 'problem', role: 'alert' });
  const play = make(doc, 'button', { type: 'submit', id: 'challenge-play', class: 'primary' }, 'Play this code');
  const playRow = make(doc, 'div', { class: 'choices' });
  playRow.append(play);
  form.append(label, input, problem, playRow);
  const today = make(doc, 'button', { type: 'button', id: 'challenge-today' }, `Today's challenge: ${actions.deckTitle}`);
  const makeOne = make(doc, 'button', { type: 'button', id: 'challenge-make' }, 'Make a code for this setup');
  const made = make(doc, 'div', { id: 'challenge-made', hidden: '' });
  const cancel = make(doc, 'button', { type: 'button', id: 'challenge-close' }, 'Close');
  const more = make(doc, 'div', { class: 'choices' });
  more.append(today, makeOne, cancel);
  dialog.append(intro, form, make(doc, 'hr'), more, made);

  const busy = async (button: HTMLButtonElement, work: () => Promise<string | null>) => {
    if (button.disabled) return;
    button.disabled = true;
    problem.textContent = '';
    try {
      const said = await work();
      if (said === null) close();
      else problem.textContent = said;
    } catch (e) {
      problem.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      button.disabled = false;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = input.value.trim();
    if (!typed) {
      problem.textContent = 'Type the code you were sent first: it looks like BAKER-7K3Q-M2XD.';
      input.focus();
      return;
    }
    void busy(play, () => actions.play(typed));
  });
  today.addEventListener('click', () => void busy(today, () => actions.today()));
  makeOne.addEventListener('click', () =>
    void busy(makeOne, async () => {
      const result = await actions.make();
      if (typeof result === 'string') return result;
      made.replaceChildren();
      const copy = make(doc, 'button', { type: 'button', id: 'challenge-copy' }, 'Send it');
      const start = make(doc, 'button', { type: 'button', id: 'challenge-start', class: 'primary' }, 'Play it now');
      const status = make(doc, 'p', { id: 'challenge-sent', role: 'status' });
      copy.addEventListener('click', () => {
        void shareText(doc, nav, `Play my Marquee film quiz: ${result.code}`).then((how) => {
          status.textContent = how === 'copied' ? 'Copied: paste it to the others.' : how === 'shared' ? 'Sent.' : '';
        });
      });
      start.addEventListener('click', () => {
        close();
        result.play();
      });
      const row = make(doc, 'div', { class: 'choices' });
      row.append(start, copy);
      made.append(make(doc, 'p', {}, 'Send this code to the others; each plays it in Setup → Play a challenge code.'), make(doc, 'p', { id: 'challenge-new-code', class: 'code' }, result.code), row, status);
      made.hidden = false;
      return '';
    }),
  );
  cancel.addEventListener('click', close);
  doc.body.append(dialog);
  dialog.showModal();
  input.focus();
  return closed;
}
