/**
 * The page's side of challenge codes: a dialog to type a code (or take today's, or make
 * one for this setup), and sharing text out through Web Share, the clipboard, or by hand.
 * Plain DOM, so a phone brings up its keyboard and screen readers read every message.
 */
import { make, modal } from '../dialogs/modal';

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
  const input = make(doc, 'input', { id: 'challenge-code', class: 'code-input', name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', inputmode: 'text', placeholder: 'BAKER-7K3Q-M2XD', maxlength: '24' });
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
