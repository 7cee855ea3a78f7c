/**
 * What the round draws around, over or instead of the question view: the pause button,
 * Next and Report… on the reveal, the pause, quit and report overlays, and the scoreboard
 * between rounds. Each is drawn from plain data and returns its buttons; an overlay's
 * replace the screen's, so keyboard focus and the accessibility mirror see only what can
 * be pressed.
 */
import type Phaser from 'phaser';
import { type Frame, type Rect, stack } from '../layout';
import { palette } from '../theme';
import { Button } from './button';
import { drawStandings, type Seat } from './teams-view';
import { bodyText, headingText } from './text';

export type Overlay = 'none' | 'paused' | 'confirm-quit' | 'report' | 'scores';

/** What the accessibility mirror calls the screen while an overlay is up. */
export const OVERLAY_TITLES: Readonly<Record<Exclude<Overlay, 'none'>, string>> = {
  paused: 'Paused',
  'confirm-quit': 'Quit this game?',
  report: 'Report this question',
  scores: 'Correct the scores',
};

/** Why a player reports a question, as the storage records it. */
export const REPORT_REASONS = [
  { reason: 'wrong-answer', label: 'The answer is wrong' },
  { reason: 'more-than-one-answer', label: 'More than one answer is right' },
  { reason: 'unclear', label: 'The question is unclear' },
  { reason: 'typo', label: 'There is a typo' },
] as const;

export type ReportReason = (typeof REPORT_REASONS)[number]['reason'];

export interface OverlayActions {
  resume(): void;
  /** The host's score editor (where several play). */
  scores(): void;
  /** By buzzer: nobody knows, so the question closes and shows its answer. */
  nobody(): void;
  /** From the pause: ask before quitting, since the game's scores are lost. */
  askQuit(): void;
  quit(): void;
  report(reason: ReportReason): void;
  /** Leaves the report overlay without reporting. */
  close(): void;
}

/** The pause button in the HUD's left square; drawn but dead while an overlay is up. */
export function drawPauseButton(scene: Phaser.Scene, f: Frame, hud: Rect, enabled: boolean, onPress: () => void): Button {
  const pause = new Button(scene, { name: 'pause', label: 'II', rect: { x: hud.x, y: hud.y, w: hud.h, h: hud.h }, fontPx: Math.round(f.text * 0.8), dpr: f.dpr, onPress });
  if (!enabled) {
    pause.enabled = false;
    pause.disableInteractive();
  }
  return pause;
}

export interface RevealButtons {
  /** Next's label: the next question, the end of the round or the results. */
  readonly next: string;
  /** Reported already: a question is reported once, and the button says thanks instead. */
  readonly reported: boolean;
  onNext(): void;
  onReport(): void;
}

/** Next, and Report… beside it; a reported question's button stays, dimmed, out of the focus order. */
export function drawRevealButtons(scene: Phaser.Scene, f: Frame, footer: Rect, b: RevealButtons): Button[] {
  const gap = f.text * 0.5;
  const reportW = footer.w * 0.3;
  const y = footer.y + footer.h * 0.15;
  const h = footer.h * 0.7;
  const next = new Button(scene, { name: 'next', label: b.next, rect: { x: footer.x + reportW + gap, y, w: footer.w - reportW - gap, h }, fontPx: Math.round(f.text * 1.1), dpr: f.dpr, primary: true, onPress: () => b.onNext() });
  const report = new Button(scene, {
    name: 'report',
    label: b.reported ? 'Reported ✓' : 'Report…',
    rect: { x: footer.x, y, w: reportW, h },
    fontPx: Math.round(f.text * 0.85),
    dpr: f.dpr,
    onPress: () => {
      if (!b.reported) b.onReport();
    },
  });
  if (!b.reported) return [next, report];
  report.setLook('dim');
  return [next];
}

/** What the pause offers beyond Resume and Quit: the score editor, and closing a question nobody can answer. */
export interface PauseExtras {
  readonly scores: boolean;
  readonly nobody: boolean;
}

export function drawOverlay(scene: Phaser.Scene, f: Frame, overlay: Exclude<Overlay, 'none' | 'scores'>, actions: OverlayActions, extras: PauseExtras = { scores: false, nobody: false }): Button[] {
  // Opaque: a paused question stays hidden, so pausing is no time to think.
  scene.add.rectangle(0, 0, f.width, f.height, palette.night, 1).setOrigin(0, 0).setInteractive().setName('overlay');
  if (overlay === 'report') return drawReport(scene, f, actions);
  const quitting = overlay === 'confirm-quit';
  const title = headingText(scene, quitting ? 'QUIT THIS GAME?' : 'PAUSED', Math.round(f.height * 0.22), Math.round(f.text * 2.6));
  if (quitting) bodyText(scene, 'The scores of this game will not be kept.', f.width / 2, title.y + title.height + f.text, f.text, f.column.w, palette.muted).setOrigin(0.5, 0);
  const more = quitting ? [] : [...(extras.nobody ? (['nobody'] as const) : []), ...(extras.scores ? (['scores'] as const) : [])];
  const rects = stack(f, title.y + title.height + f.text * 3.5, 2 + more.length);
  // Resume first and Quit last, with what else the pause offers between them.
  const [a, b, rest] = quitting ? [rects[0], rects[1], []] : [rects[0], rects[rects.length - 1], rects.slice(1, -1)];
  if (!a || !b) return [];
  const px = Math.round(f.text * 1.1);
  if (quitting) {
    return [
      new Button(scene, { name: 'keep-playing', label: 'Keep playing', rect: a, fontPx: px, dpr: f.dpr, primary: true, onPress: () => actions.resume() }),
      new Button(scene, { name: 'confirm-quit', label: 'Yes, quit', rect: b, fontPx: px, dpr: f.dpr, onPress: () => actions.quit() }),
    ];
  }
  const extra = more.flatMap((what, i) => {
    const rect = rest[i];
    if (!rect) return [];
    const label = what === 'nobody' ? 'Nobody knows: show the answer' : 'Correct the scores…';
    return [new Button(scene, { name: what === 'nobody' ? 'nobody-knows' : 'correct-scores', label, rect, fontPx: Math.round(f.text * 0.95), dpr: f.dpr, onPress: () => (what === 'nobody' ? actions.nobody() : actions.scores()) })];
  });
  return [
    new Button(scene, { name: 'resume', label: 'Resume', rect: a, fontPx: px, dpr: f.dpr, primary: true, onPress: () => actions.resume() }),
    ...extra,
    new Button(scene, { name: 'quit', label: 'Quit game', rect: b, fontPx: px, dpr: f.dpr, onPress: () => actions.askQuit() }),
  ];
}

/** Why is this question wrong? Kept on this device with the player's reason, for the deck's author. */
function drawReport(scene: Phaser.Scene, f: Frame, actions: OverlayActions): Button[] {
  const title = headingText(scene, 'REPORT THIS QUESTION', Math.round(f.height * 0.1), Math.round(f.text * 2));
  const rects = stack(f, title.y + title.height + f.text * 1.5, REPORT_REASONS.length + 1);
  const buttons = REPORT_REASONS.flatMap((r, i) => {
    const rect = rects[i];
    if (!rect) return [];
    return [new Button(scene, { name: `report-${r.reason}`, label: r.label, rect, fontPx: Math.round(f.text * 0.95), dpr: f.dpr, onPress: () => actions.report(r.reason) })];
  });
  const cancel = rects[REPORT_REASONS.length];
  if (cancel) buttons.push(new Button(scene, { name: 'report-cancel', label: 'Cancel', rect: cancel, fontPx: f.text, dpr: f.dpr, primary: true, onPress: () => actions.close() }));
  return buttons;
}

export interface Scoreboard {
  /** The round just over, counted from 0. */
  readonly round: number;
  /** A lone player's score, in lines; or everyone's, seat by seat. */
  readonly lines?: string;
  readonly seats?: readonly Seat[];
}

/** Between rounds: the standings, Start round N, and (where several play) the score editor. */
export function drawScoreboard(scene: Phaser.Scene, f: Frame, board: Scoreboard, onNext: () => void, onScores: (() => void) | null): Button[] {
  const title = headingText(scene, `END OF ROUND ${board.round + 1}`, Math.round(f.height * 0.1), Math.round(f.text * 2.4));
  const top = title.y + title.height + f.text * 1.2;
  let bottom = top;
  if (board.seats) {
    const rowH = Math.round(Math.min(f.text * 2.2, (f.height * 0.5) / board.seats.length));
    bottom = drawStandings(scene, f, top, board.seats, rowH);
  } else {
    const text = bodyText(scene, board.lines ?? '', f.width / 2, top, Math.round(f.text * 1.4), f.column.w)
      .setOrigin(0.5, 0)
      .setName('scoreboard');
    bottom = text.y + text.height;
  }
  const [next, scores] = stack(f, bottom + f.text * 1.6, onScores ? 2 : 1);
  if (!next) return [];
  const buttons = [new Button(scene, { name: 'next-round', label: `Start round ${board.round + 2}`, rect: next, fontPx: Math.round(f.text * 1.2), dpr: f.dpr, primary: true, onPress: onNext })];
  if (scores && onScores) buttons.push(new Button(scene, { name: 'correct-scores', label: 'Correct the scores…', rect: scores, fontPx: f.text, dpr: f.dpr, onPress: onScores }));
  return buttons;
}
