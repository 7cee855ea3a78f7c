/**
 * What teams on one screen add to the round: the buzzers (a chip a team, with its key, its
 * colour and its score; tap one to buzz on a touch screen), the frame in the colour of the
 * team answering, the standings in colour, and the score editor the host corrects with.
 * Each is drawn from plain data and returns its buttons.
 */
import type Phaser from 'phaser';
import { currentPlayer, currentQuestion, type SessionState } from '../../quiz/session';
import type { Frame, Rect } from '../layout';
import { BUZZ_KEYS, seatsOf } from '../teams';
import { css, fonts, palette } from '../theme';
import { Button } from './button';
import { addText, headingText } from './text';

export interface Seat {
  readonly name: string;
  readonly score: number;
  /** 0xRRGGBB, for teams. */
  readonly colour?: number;
}

export interface BuzzerChip extends Seat {
  /** The keyboard key that buzzes for this team, and the gamepad that does too, if one is connected. */
  readonly key: string;
  readonly pad: number | null;
  /** Missed this question already: cannot buzz again. */
  readonly out: boolean;
}

/**
 * What a question of a team game adds: the frame in the colour of the team whose question
 * it is, and by buzzer the buzzers while they are open (their buttons, to take the place
 * of the answers', which cannot be pressed then) or the name of the team answering.
 */
export function drawTeamParts(scene: Phaser.Scene, f: Frame, footer: Rect, s: SessionState, pads: readonly number[], onBuzz: (team: number) => void): Button[] | null {
  if (s.phase !== 'asking') return null;
  const turn = currentPlayer(s);
  const colour = s.colours[turn];
  if (colour !== undefined) drawTeamFrame(scene, f, colour);
  if (s.mode !== 'buzzer') return null;
  if (s.buzz.holder === null) {
    const chips = seatsOf(s).map((seat, i) => ({ ...seat, key: BUZZ_KEYS[i] ?? '', pad: pads.includes(i) ? i : null, out: s.buzz.out.includes(i) }));
    return drawBuzzers(scene, f, footer, chips, onBuzz);
  }
  if (currentQuestion(s).input !== 'order') drawHolderBanner(scene, f, footer, s.players[turn] ?? '', colour ?? palette.gold);
  return null;
}

/** The buzzers along the footer, in one row (two for more than four teams on a narrow screen). */
export function drawBuzzers(scene: Phaser.Scene, f: Frame, footer: Rect, chips: readonly BuzzerChip[], onBuzz: (seat: number) => void): Button[] {
  const perRow = f.portrait && chips.length > 4 ? Math.ceil(chips.length / 2) : chips.length;
  const rows = Math.ceil(chips.length / perRow);
  const gap = Math.round(f.text * 0.3);
  const w = (footer.w - gap * (perRow - 1)) / perRow;
  const h = (footer.h - gap * (rows - 1)) / rows;
  const fontPx = Math.round(Math.min(f.text * 0.8, h * 0.34));
  return chips.map((c, i) => {
    const rect = { x: footer.x + (i % perRow) * (w + gap), y: footer.y + Math.floor(i / perRow) * (h + gap), w, h };
    const how = c.pad === null ? '' : ` · pad ${c.pad + 1}`;
    const button = new Button(scene, {
      name: `buzz-${i + 1}`,
      label: c.out ? `${c.name} ✗` : `${c.name}${how}\n${c.score}`,
      rect,
      fontPx,
      dpr: f.dpr,
      badge: c.key.toUpperCase(),
      onPress: () => onBuzz(i),
    });
    if (c.colour !== undefined) colourBar(scene, rect, c.colour, f, c.out ? 0.35 : 1);
    if (c.out) {
      button.setLook('dim');
      button.enabled = false;
    }
    return button;
  });
}

/** A band of the team's colour along a chip's bottom edge. */
function colourBar(scene: Phaser.Scene, r: Rect, colour: number, f: Frame, alpha: number): void {
  const h = Math.max(4, Math.round(f.text * 0.22));
  scene.add.rectangle(r.x + f.text * 0.4, r.y + r.h - h - Math.max(2, f.dpr * 2), r.w - f.text * 0.8, h, colour, alpha).setOrigin(0, 0);
}

/** The whole screen framed in the colour of the team whose question it is. */
export function drawTeamFrame(scene: Phaser.Scene, f: Frame, colour: number): void {
  const t = Math.max(6, Math.round(f.text * 0.35));
  scene.add
    .rectangle(t / 2, t / 2, f.width - t, f.height - t)
    .setOrigin(0, 0)
    .setStrokeStyle(t, colour, 1)
    .setName('team-frame');
}

/** The team holding the question, named in its colour where the footer is free (not an order's Lock in). */
export function drawHolderBanner(scene: Phaser.Scene, f: Frame, footer: Rect, name: string, colour: number): void {
  const px = Math.round(Math.min(f.text * 1.8, footer.h * 0.55));
  addText(scene, footer.x + footer.w / 2, footer.y + footer.h / 2, `${name.toUpperCase()}: ANSWER NOW`, { fontFamily: fonts.display, fontSize: `${px}px`, color: css(colour), align: 'center' })
    .setOrigin(0.5)
    .setName('holder');
}

/** Standings a row each, best first, with each team's colour: returns where they end. */
export function drawStandings(scene: Phaser.Scene, f: Frame, top: number, seats: readonly Seat[], rowH: number): number {
  const ranked = seats.map((s, i) => ({ s, i })).sort((a, b) => b.s.score - a.s.score || a.i - b.i);
  const w = Math.min(f.column.w, f.text * 22);
  const x = Math.round((f.width - w) / 2);
  const px = Math.round(Math.min(f.text * 1.2, rowH * 0.55));
  ranked.forEach(({ s }, place) => {
    const y = top + place * rowH;
    if (s.colour !== undefined) scene.add.rectangle(x, y + rowH * 0.15, rowH * 0.7, rowH * 0.7, s.colour).setOrigin(0, 0);
    const style = { fontFamily: fonts.body, fontSize: `${px}px`, fontStyle: 'bold', color: css(palette.screen) };
    addText(scene, x + rowH, y + rowH / 2, `${place + 1}.  ${s.name}`, style).setOrigin(0, 0.5).setName(`standing-${place + 1}`);
    addText(scene, x + w, y + rowH / 2, String(s.score), { ...style, fontFamily: fonts.display, fontSize: `${Math.round(px * 1.25)}px`, color: css(palette.gold) }).setOrigin(1, 0.5);
  });
  return top + ranked.length * rowH;
}

/** The points a press of − or + moves a score by. */
export const CORRECTION_STEP = 100;

/** The host's score editor: − and + beside each seat, and Done. */
export function drawScoreEditor(scene: Phaser.Scene, f: Frame, seats: readonly Seat[], onChange: (seat: number, delta: number) => void, onDone: () => void): Button[] {
  const title = headingText(scene, 'CORRECT THE SCORES', Math.round(f.height * 0.06), Math.round(f.text * 2));
  const top = title.y + title.height + f.text * 0.8;
  const rows = seats.length + 1;
  const rowH = Math.round(Math.min(f.text * 2.8, (f.height - top - f.column.y) / (rows * 1.12)));
  const gap = Math.round(rowH * 0.12);
  const w = Math.min(f.column.w, f.text * 24);
  const x = Math.round((f.width - w) / 2);
  const px = Math.round(Math.min(f.text, rowH * 0.4));
  const buttons: Button[] = [];
  seats.forEach((s, i) => {
    const y = top + i * (rowH + gap);
    const small = Math.round(Math.max(rowH * 1.6, px * 4.6));
    buttons.push(new Button(scene, { name: `minus-${i + 1}`, label: `−${CORRECTION_STEP}`, rect: { x, y, w: small, h: rowH }, fontPx: px, dpr: f.dpr, onPress: () => onChange(i, -CORRECTION_STEP) }));
    if (s.colour !== undefined) scene.add.rectangle(x + small + gap, y + rowH * 0.2, rowH * 0.6, rowH * 0.6, s.colour).setOrigin(0, 0);
    const style = { fontFamily: fonts.body, fontSize: `${px}px`, fontStyle: 'bold', color: css(palette.screen) };
    addText(scene, x + small + gap * 2 + rowH * 0.6, y + rowH / 2, s.name, style).setOrigin(0, 0.5);
    addText(scene, x + w - small - gap * 2, y + rowH / 2, String(s.score), { ...style, color: css(palette.gold) })
      .setOrigin(1, 0.5)
      .setName(`corrected-${i + 1}`);
    buttons.push(new Button(scene, { name: `plus-${i + 1}`, label: `+${CORRECTION_STEP}`, rect: { x: x + w - small, y, w: small, h: rowH }, fontPx: px, dpr: f.dpr, onPress: () => onChange(i, CORRECTION_STEP) }));
  });
  const y = top + seats.length * (rowH + gap) + gap;
  buttons.push(new Button(scene, { name: 'scores-done', label: 'Done', rect: { x: x + w * 0.2, y, w: w * 0.6, h: rowH }, fontPx: Math.round(px * 1.1), dpr: f.dpr, primary: true, onPress: onDone }));
  return buttons;
}
