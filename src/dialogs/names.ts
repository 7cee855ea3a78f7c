/**
 * Naming the players or teams of a game on one screen: a text box a seat, with each team's
 * colour (and, by buzzer, its key) beside it. The names are checked as typed; Save keeps
 * them only when every one is given and none is used twice.
 */
import { checkNames, colourName, MAX_NAME } from '../game/teams';
import { make, modal } from './modal';

export interface NamesRequest {
  readonly what: 'Player' | 'Team';
  readonly names: readonly string[];
  /** A colour (0xRRGGBB) a seat, for teams. */
  readonly colours?: readonly number[];
  /** A buzzer key a seat, for teams with buzzers. */
  readonly keys?: readonly string[];
}

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/** Resolves to the new names, or null when the host closed the dialog without saving. */
export function openNamesDialog(doc: Document, request: NamesRequest): Promise<readonly string[] | null> {
  const { what } = request;
  const { dialog, closed, close } = modal(doc, 'names-dialog', `${what} names`);
  const form = make(doc, 'form', { id: 'names-form', novalidate: '' });
  const seats = make(doc, 'div', { class: 'seats' });
  const inputs = request.names.map((name, i) => {
    const id = `name-${i + 1}`;
    const row = make(doc, 'div', { class: 'seat' });
    const colour = request.colours?.[i];
    const key = request.keys?.[i];
    const about = [colour === undefined ? '' : colourName(i), key ? `key ${key.toUpperCase()}` : ''].filter(Boolean).join(', ');
    const label = make(doc, 'label', { for: id }, `${what} ${i + 1}${about ? ` (${about})` : ''}`);
    const swatch = make(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' }, key ?? '');
    swatch.style.background = colour === undefined ? 'transparent' : hex(colour);
    const input = make(doc, 'input', { id, name: id, autocomplete: 'off', maxlength: String(MAX_NAME), spellcheck: 'false', enterkeyhint: i + 1 < request.names.length ? 'next' : 'done' });
    input.value = name;
    row.append(label, swatch, input);
    seats.append(row);
    return input;
  });
  const problem = make(doc, 'p', { id: 'names-problem', class: 'problem', role: 'alert' });
  const save = make(doc, 'button', { type: 'submit', id: 'names-save', class: 'primary' }, 'Save names');
  const cancel = make(doc, 'button', { type: 'button', id: 'names-cancel' }, 'Cancel');
  const row = make(doc, 'div', { class: 'choices' });
  row.append(save, cancel);
  const hint = what === 'Team' ? 'A team keeps its stats when renamed.' : 'A player keeps their stats when renamed.';
  form.append(make(doc, 'p', {}, hint), seats, problem, row);
  dialog.append(form);

  let saved: readonly string[] | null = null;
  const check = () => {
    const result = checkNames(
      inputs.map((i) => i.value),
      what,
    );
    for (const [i, input] of inputs.entries()) input.setAttribute('aria-invalid', String(!result.ok && result.seat === i));
    problem.textContent = result.ok ? '' : result.message;
    return result;
  };
  for (const input of inputs) input.addEventListener('input', () => problem.textContent && check());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const result = check();
    if (!result.ok) {
      inputs[result.seat]?.focus();
      return;
    }
    saved = result.names;
    close();
  });
  cancel.addEventListener('click', close);
  doc.body.append(dialog);
  dialog.showModal();
  inputs[0]?.select();
  return closed.then(() => saved);
}
