/**
 * The pad's screens, plain DOM. Each is built once when it opens (a new screen or a new
 * question) and then `update`d in place, so a tap never rebuilds the buttons under the
 * finger and focus stays put. Stable hooks for tests and tools: `data-testid`, and
 * `data-option`, `data-order-item`, `data-key`, `data-team` on the answer buttons.
 */
import type { BoardRow, PadView } from '../room/protocol';
import type { Pad } from './app';
import { h, icon, text } from './dom';
import { colourCss, givenText, ordinal, placeText, podiumLine, rowOf, type ScreenKind, teamOf, teamRowOf, VERDICT_TEXT, verdictOf } from './model';
import { rememberedName } from './store';

export interface Mounted {
  readonly el: HTMLElement;
  update?(): void;
  /** The screen is closing: let go of what it listens to. */
  destroy?(): void;
  /** Read out once when the screen opens, beyond its heading (which takes the focus and is read anyway). */
  readonly say?: string;
}

const LETTERS = 'ABCDEFGH';

function screen(kind: string, ...children: (Node | null | false)[]): HTMLElement {
  return h('section', { class: `screen screen-${kind}` }, ...children);
}

function title(t: string, cls = ''): HTMLHeadingElement {
  return h('h1', { tabindex: -1, class: cls || null }, t);
}

function notice(): HTMLElement {
  return h('p', { class: 'notice', role: 'alert', 'data-testid': 'notice', hidden: true });
}

function updateNotice(pad: Pad, root: HTMLElement): void {
  const n = root.querySelector('.notice');
  text(n, pad.state.notice);
  n?.toggleAttribute('hidden', !pad.state.notice);
}

function questionLabel(v: PadView): string {
  const round = v.rounds > 1 ? ` · Round ${v.round + 1}` : '';
  return `Question ${v.q + 1} of ${v.total}${round}`;
}

/** The seconds left, and the bar that runs down with them. */
function clock(pad: Pad): { el: HTMLElement; update(): void } {
  const secs = h('span', { class: 'secs', 'data-testid': 'countdown' });
  const fill = h('span', { class: 'fill' });
  const el = h('div', { class: 'clock', role: 'timer', 'aria-label': 'Time left' }, h('span', { class: 'bar', 'aria-hidden': 'true' }, fill), secs);
  const update = () => {
    const left = pad.remaining();
    const limit = pad.state.view?.question?.timeLimitMs ?? null;
    el.hidden = left === null || limit === null;
    if (left === null || limit === null) return;
    const s = Math.max(0, Math.ceil(left / 1000));
    text(secs, `${s}`);
    fill.style.transform = `scaleX(${Math.max(0, Math.min(1, left / limit))})`;
    el.classList.toggle('low', s <= 5);
  };
  update();
  return { el, update };
}

function questionHead(v: PadView, c: { el: HTMLElement } | null): HTMLElement {
  return h('div', { class: 'qhead' }, h('span', { class: 'qnum' }, `Q${v.q + 1}`, h('span', { class: 'of' }, ` / ${v.total}`)), h('span', { class: 'cat' }, v.question?.category ?? ''), c?.el ?? null);
}

// ---- join -----------------------------------------------------------------------------------

function join(pad: Pad): Mounted {
  const s = pad.state;
  const room = h('input', {
    id: 'room',
    name: 'room',
    'data-testid': 'join-room',
    value: s.room,
    maxlength: 4,
    autocomplete: 'off',
    autocapitalize: 'characters',
    autocorrect: 'off',
    spellcheck: 'false',
    enterkeyhint: 'next',
    'aria-describedby': 'room-hint',
    required: true,
  });
  room.addEventListener('input', () => {
    const clean = room.value.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 4);
    if (clean !== room.value) room.value = clean;
  });
  const name = h('input', {
    id: 'name',
    name: 'nickname',
    'data-testid': 'join-name',
    value: rememberedName(),
    maxlength: 16,
    autocomplete: 'nickname',
    autocapitalize: 'words',
    spellcheck: 'false',
    enterkeyhint: 'go',
    'aria-describedby': 'name-hint',
    required: true,
  });
  const error = h('p', { class: 'error', role: 'alert', id: 'join-error', 'data-testid': 'join-error' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'join-submit' }, 'Join the game');
  const form = h(
    'form',
    {
      class: 'join-form',
      novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        pad.join(room.value, name.value);
      },
    },
    h('label', { for: 'room' }, 'Room code'),
    room,
    h('p', { class: 'hint', id: 'room-hint' }, 'Four letters, on the big screen.'),
    h('label', { for: 'name' }, 'Your nickname'),
    name,
    h('p', { class: 'hint', id: 'name-hint' }, 'Up to 16 characters. Everyone sees it on the big screen.'),
    error,
    submit,
  );
  return {
    el: screen('join', h('div', { class: 'sign', 'aria-hidden': 'true' }, h('span', { class: 'sign-title' }, 'Marquee'), h('span', { class: 'sign-sub' }, 'Film trivia · club night')), title('Join the game', 'sr-only'), form),
    update() {
      text(error, s.joinError);
      error.hidden = !s.joinError;
      room.setAttribute('aria-invalid', String(!!s.joinError && /room/i.test(s.joinError)));
      submit.disabled = s.joining;
      text(submit, s.joining ? 'Joining…' : 'Join the game');
      if (!room.value && s.room) room.value = s.room;
    },
  };
}

function kicked(pad: Pad): Mounted {
  const room = pad.state.room;
  return {
    el: screen(
      'kicked',
      h('div', { class: 'big-icon' }, icon('cross')),
      title('You were removed from this game'),
      h('p', { class: 'lead' }, room ? `The host took this phone out of room ${room}. If that was a mistake, ask them.` : 'If that was a mistake, ask the host.'),
      h('button', { class: 'secondary', 'data-testid': 'kicked-leave', onclick: () => pad.leave() }, 'Join a different room'),
    ),
  };
}

function connecting(pad: Pad): Mounted {
  return {
    el: screen('connecting', h('div', { class: 'spinner', 'aria-hidden': 'true' }), title('Finding your seat…'), h('p', { class: 'lead' }, `Room ${pad.state.seat?.room ?? pad.state.room}`)),
  };
}

// ---- lobby ------------------------------------------------------------------------------------

/** The teams to pick from, as big buttons, and which one is this phone's. */
function teamPicker(pad: Pad): { el: HTMLElement; update(): void } {
  const s = pad.state;
  const teams = h('div', { class: 'teams', role: 'group', 'aria-labelledby': 'team-title' });
  const teamTitle = h('h2', { id: 'team-title' }, 'Pick your team');
  const el = h('div', { class: 'team-box' }, teamTitle, teams);
  let built = '';
  return {
    el,
    update() {
      const v = s.view;
      if (!v) return;
      el.hidden = v.teams.length === 0;
      const names = v.teams.map((t) => t.name).join('\n');
      if (names !== built) {
        built = names;
        teams.replaceChildren(
          ...v.teams.map((t, i) =>
            h(
              'button',
              { class: 'team', 'data-team': i, 'data-testid': `team-${i}`, style: `--team:${colourCss(t.colour)}`, onclick: () => pad.pickTeam(i) },
              h('span', { class: 'swatch', 'aria-hidden': 'true' }),
              h('span', { class: 'team-name' }, t.name),
              h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓'),
            ),
          ),
        );
      }
      const mine = teamOf(v, s.me);
      teams.querySelectorAll<HTMLButtonElement>('.team').forEach((b, i) => {
        b.setAttribute('aria-pressed', String(mine === i));
        b.classList.toggle('asked', s.teamAsked === i);
        // In the lobby a player may change teams; once the game runs, a late joiner picks once.
        b.disabled = s.teamAsked !== null || !s.admitted || (v.phase !== 'lobby' && mine !== null);
      });
      text(teamTitle, mine === null ? 'Pick your team' : (v.teams[mine]?.name ?? ''));
    },
  };
}

function lobby(pad: Pad): Mounted {
  const s = pad.state;
  const count = h('p', { class: 'count', 'data-testid': 'players' });
  const picker = teamPicker(pad);
  const el = screen(
    'lobby',
    h('div', { class: 'ticket' }, h('span', { class: 'ticket-label' }, 'Now seated'), h('span', { class: 'ticket-name', 'data-testid': 'my-name' }, s.me?.name ?? '')),
    title("You're in!"),
    h('p', { class: 'lead' }, 'Watch the big screen: the game starts soon.'),
    count,
    picker.el,
    notice(),
    h('p', { class: 'foot' }, `Room ${s.seat?.room ?? ''} · keep this page open: your phone is your answer pad.`),
  );
  return {
    el,
    update() {
      const v = s.view;
      if (!v) return;
      text(count, v.players === 1 ? 'Just you so far' : `${v.players} players in the room`);
      picker.update();
      updateNotice(pad, el);
    },
  };
}

function late(pad: Pad): Mounted {
  const v = pad.state.view;
  const picker = teamPicker(pad);
  const el = screen(
    'late',
    h('div', { class: 'big-icon' }, icon('ticket')),
    title("You're in from the next question"),
    h('p', { class: 'lead' }, `This one started before you arrived. Watch the big screen: your pad lights up for question ${(v?.q ?? 0) + 2}.`),
    picker.el,
    notice(),
  );
  return {
    el,
    update() {
      picker.update();
      updateNotice(pad, el);
    },
  };
}

function paused(pad: Pad): Mounted {
  const answered = !!pad.state.answer;
  return {
    el: screen('paused', h('div', { class: 'big-icon' }, icon('pause')), title('Paused by the host'), h('p', { class: 'lead' }, answered ? 'Your answer is in. The clock has stopped.' : 'The clock has stopped. Hold that thought.')),
  };
}

// ---- the question ---------------------------------------------------------------------------------

function question(pad: Pad): Mounted {
  const s = pad.state;
  const v = s.view as PadView;
  const q = v.question;
  if (!q) return connecting(pad);
  const c = clock(pad);
  const parts: HTMLElement[] = [];
  let update: () => void = () => undefined;
  let destroy: (() => void) | undefined;
  if (q.input === 'choice') {
    const list = h(
      'div',
      { class: `options options-${q.options.length}` },
      ...q.options.map((o, i) =>
        h(
          'button',
          { class: 'option', 'data-option': i, 'data-testid': `option-${i}`, style: `--accent:var(--opt${i % 4})`, onclick: () => pad.answer({ choice: i }) },
          h('span', { class: 'letter', 'aria-hidden': 'true' }, LETTERS[i] ?? ''),
          h('span', { class: 'label' }, o),
        ),
      ),
    );
    parts.push(list);
  } else if (q.input === 'order') {
    const items = q.options.map((o, i) =>
      h(
        'button',
        { class: 'order-item', 'data-order-item': i, 'data-testid': `order-item-${i}`, onclick: () => pad.toggleOrder(o) },
        h('span', { class: 'place', 'aria-hidden': 'true' }),
        h('span', { class: 'label' }, o, h('span', { class: 'sr-only' })),
      ),
    );
    const lock = h('button', { class: 'primary', 'data-testid': 'lock-in', onclick: () => pad.lockOrder() }, 'Lock in');
    const clear = h('button', { class: 'secondary', 'data-testid': 'order-clear', onclick: () => pad.clearOrder() }, 'Start over');
    const status = h('p', { class: 'hint', 'aria-live': 'polite' });
    parts.push(h('p', { class: 'instruction' }, 'Tap the films from earliest to latest. Tap one again to take it back.'), h('div', { class: 'order-list' }, ...items), status, h('div', { class: 'actions' }, clear, lock));
    update = () => {
      const order = s.draft.order;
      items.forEach((b, i) => {
        const at = order.indexOf(q.options[i] ?? '');
        text(b.querySelector('.place'), at >= 0 ? String(at + 1) : '');
        b.classList.toggle('placed', at >= 0);
        b.setAttribute('aria-pressed', String(at >= 0));
        text(b.querySelector('.sr-only'), at >= 0 ? `, ${ordinal(at + 1)}` : '');
      });
      const done = order.length === q.options.length;
      lock.disabled = !done;
      clear.disabled = order.length === 0;
      text(status, done ? 'All placed: lock it in.' : `${order.length} of ${q.options.length} placed`);
    };
  } else {
    const digits = [0, 1, 2, 3].map(() => h('span', { class: 'digit' }));
    const display = h('div', { class: 'year-display', 'data-testid': 'year-display', role: 'status', 'aria-label': 'Your year' }, ...digits);
    const key = (k: string, label: string, extra: Record<string, string> = {}) => h('button', { class: 'key', 'data-key': k, 'data-testid': `year-key-${k}`, onclick: () => pad.yearKey(k), ...extra }, label);
    const ok = h('button', { class: 'key ok', 'data-testid': 'year-ok', onclick: () => pad.yearOk() }, 'OK');
    const keys = h('div', { class: 'keypad' }, ...'123456789'.split('').map((d) => key(d, d)), key('back', '⌫', { 'aria-label': 'Delete' }), key('0', '0'), ok);
    parts.push(h('p', { class: 'instruction' }, 'Type the year. Closest wins.'), display, keys);
    const onKey = (e: KeyboardEvent) => {
      if (/^\d$/.test(e.key)) pad.yearKey(e.key);
      else if (e.key === 'Backspace') pad.yearKey('back');
      else if (e.key === 'Enter') pad.yearOk();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    destroy = () => document.removeEventListener('keydown', onKey);
    update = () => {
      const y = s.draft.year;
      digits.forEach((d, i) => {
        text(d, y[i] ?? '');
        d.classList.toggle('filled', i < y.length);
        d.classList.toggle('cursor', i === y.length);
      });
      display.setAttribute('aria-label', y ? `Your year: ${y.split('').join(' ')}` : 'Your year: nothing typed yet');
      ok.disabled = y.length !== 4;
    };
  }
  const el = screen(q.input, questionHead(v, c), h('h1', { class: 'prompt', tabindex: -1 }, q.prompt), ...parts, notice());
  return {
    el,
    say: `${questionLabel(v)}. ${q.category}.`,
    destroy,
    update() {
      c.update();
      update();
      updateNotice(pad, el);
    },
  };
}

function answered(pad: Pad): Mounted {
  const s = pad.state;
  const v = s.view as PadView;
  const c = clock(pad);
  const status = h('p', { class: 'hint', 'data-testid': 'answer-status' });
  const el = screen(
    'answered',
    questionHead(v, c),
    h('div', { class: 'big-icon check' }, icon('check')),
    title('Answer in!'),
    h('p', { class: 'given', 'data-testid': 'given' }, givenText(v, s.answer?.given)),
    status,
    h('p', { class: 'lead' }, 'Watch the big screen for the reveal.'),
  );
  return {
    el,
    update() {
      c.update();
      const st = s.answer?.status;
      text(status, st === 'in' ? 'The host has it.' : st === 'sending' ? 'Sending…' : 'Kept on this phone: it goes in as soon as the host is back.');
      status.classList.toggle('warn', st === 'queued');
    },
  };
}

function timeup(pad: Pad): Mounted {
  const v = pad.state.view as PadView;
  return {
    el: screen('timeup', questionHead(v, null), h('div', { class: 'big-icon' }, icon('clock')), title("Time's up!"), h('p', { class: 'lead' }, 'The answer is coming up on the big screen.')),
  };
}

// ---- after the question ----------------------------------------------------------------------------------

function standing(pad: Pad, v: PadView): HTMLElement {
  const seat = pad.state.me?.seat;
  const row = rowOf(v.board, seat);
  const team = teamRowOf(v, teamOf(v, pad.state.me));
  return h(
    'div',
    { class: 'standing' },
    h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, 'Score'), h('span', { class: 'stat-value', 'data-testid': 'score' }, row ? String(row.score) : '0')),
    h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, 'Place'), h('span', { class: 'stat-value', 'data-testid': 'rank' }, row ? placeText(row, v.board) : '–')),
    team
      ? h(
          'div',
          { class: 'stat team-stat', style: `--team:${colourCss(team.colour)}`, 'data-testid': 'team-score' },
          h('span', { class: 'stat-label' }, team.name),
          h('span', { class: 'stat-value' }, `${team.score}`, h('small', {}, ` · ${placeText(team, v.teamBoard)}`)),
        )
      : null,
  );
}

function reveal(pad: Pad): Mounted {
  const v = pad.state.view as PadView;
  const seat = pad.state.me?.seat ?? '';
  const result = v.results?.[seat];
  const verdict = verdictOf(result);
  const r = v.reveal;
  const answer = r ? (v.question?.input === 'order' ? h('ol', { class: 'answer-order' }, ...r.answer.split(' → ').map((x) => h('li', {}, x))) : r.answer) : '';
  const el = screen(
    'reveal',
    h('p', { class: 'kicker' }, `Q${v.q + 1} of ${v.total} · ${v.question?.category ?? ''}`),
    h(
      'div',
      { class: `verdict verdict-${verdict}`, 'data-testid': 'verdict', 'data-verdict': verdict },
      h('span', { class: 'verdict-icon' }, icon(({ right: 'check', close: 'close', wrong: 'cross', none: 'clock', 'sat-out': 'ticket' } as const)[verdict])),
      title(VERDICT_TEXT[verdict]),
      result ? h('p', { class: 'points', 'data-testid': 'points' }, `+${result.points}`, h('span', {}, result.points === 1 ? ' point' : ' points')) : null,
    ),
    h(
      'dl',
      { class: 'facts' },
      h('div', {}, h('dt', {}, 'The answer'), h('dd', { 'data-testid': 'answer' }, answer)),
      result?.given && verdict !== 'right' ? h('div', {}, h('dt', {}, 'You said'), h('dd', {}, givenText(v, result.given))) : null,
    ),
    r?.explanation ? h('p', { class: 'explain' }, r.explanation) : null,
    standing(pad, v),
  );
  const row = rowOf(v.board, seat);
  const points = result ? `${result.points} points. ` : '';
  return { el, say: row ? `${points}Score ${row.score}, ${placeText(row, v.board)}.` : points };
}

function rows(pad: Pad, board: readonly BoardRow[], top: number): HTMLElement {
  const seat = pad.state.me?.seat;
  const shown = board.slice(0, top);
  const mine = board.find((r) => r.seat === seat);
  if (mine && !shown.includes(mine)) shown.push(mine);
  return h(
    'ol',
    { class: 'board', 'data-testid': 'board' },
    ...shown.map((r) => h('li', { class: r.seat === seat ? 'me' : null, value: r.rank }, h('span', { class: 'rank' }, ordinal(r.rank)), h('span', { class: 'who' }, r.name), h('span', { class: 'pts' }, String(r.score)))),
  );
}

function board(pad: Pad): Mounted {
  const v = pad.state.view as PadView;
  const row = rowOf(v.board, pad.state.me?.seat);
  return {
    el: screen(
      'board',
      h('p', { class: 'kicker' }, v.rounds > 1 ? `Leaderboard · round ${v.round + 1} of ${v.rounds}` : `Leaderboard · ${v.q + 1} of ${v.total} played`),
      h('p', { class: 'place-big', 'aria-hidden': 'true' }, row ? ordinal(row.rank) : '–'),
      title(row ? `You're ${placeText(row, v.board)}` : 'Leaderboard'),
      standing(pad, v),
      rows(pad, v.board, 5),
    ),
    say: row ? `${row.score} points.` : undefined,
  };
}

function final(pad: Pad): Mounted {
  const v = pad.state.view as PadView;
  const row = rowOf(v.board, pad.state.me?.seat);
  const podium = row && row.rank <= 3 ? `podium podium-${row.rank}` : 'podium';
  return {
    el: screen(
      'final',
      h('p', { class: 'kicker' }, "That's a wrap"),
      h('div', { class: podium, 'aria-hidden': 'true' }, h('span', { class: 'place-big' }, row ? ordinal(row.rank) : '–')),
      title(row ? `You finished ${placeText(row, v.board)}` : 'Final results'),
      h('p', { class: 'lead', 'data-testid': 'podium-line' }, row ? podiumLine(row.rank, v.board.length) : 'Thanks for playing.'),
      standing(pad, v),
      rows(pad, v.board, 3),
    ),
    say: row ? `${row.score} points. ${podiumLine(row.rank, v.board.length)}` : undefined,
  };
}

export const SCREENS: Record<ScreenKind, (pad: Pad) => Mounted> = { join, kicked, connecting, lobby, late, paused, question, answered, timeup, reveal, board, final };

/** The strip along the top: the room, who this is, their team and score. */
export function topBar(pad: Pad, top: HTMLElement): void {
  const s = pad.state;
  const v = s.view;
  if (!s.seat || !v || !s.me) {
    top.hidden = true;
    return;
  }
  top.hidden = false;
  const row = rowOf(v.board, s.me.seat);
  const team = teamOf(v, s.me);
  const t = team === null ? null : v.teams[team];
  const score = row?.score ?? s.me.score ?? 0;
  const sig = `${v.room}|${s.me.name}|${t?.name ?? ''}|${t?.colour ?? ''}|${score}`;
  if (top.dataset.sig === sig) return;
  top.dataset.sig = sig;
  top.replaceChildren(
    h('span', { class: 'brand' }, 'Marquee'),
    h('span', { class: 'who' }, t ? h('span', { class: 'chip', style: `--team:${colourCss(t.colour)}` }, t.name) : null, h('span', { class: 'me-name' }, s.me.name)),
    h('span', { class: 'top-score', 'data-testid': 'top-score' }, `${score}`, h('small', {}, ' pts')),
  );
}
