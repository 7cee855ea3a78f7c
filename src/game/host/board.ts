/**
 * The standings as the projector shows them: players ranked in rows, edged in their team's
 * colour, and the teams as bars of their mean score. Used between questions and under
 * the podium.
 */
import type Phaser from 'phaser';
import type { RoomState, Standing, TeamStanding } from '../../quiz/room-session';
import type { Frame, Rect } from '../layout';
import { css, fonts, palette } from '../theme';

/** Draws `players` in rows inside `r`, as many as fit; returns the height used. */
export function drawPlayerRows(scene: Phaser.Scene, f: Frame, s: RoomState, players: readonly Standing[], r: Rect): number {
  const rowH = Math.round(f.text * 1.9);
  const fit = Math.max(1, Math.floor(r.h / rowH));
  const shown = players.slice(0, fit);
  shown.forEach((p, i) => {
    const y = r.y + i * rowH;
    const colour = p.team === null ? palette.screen : (s.teams[p.team]?.colour ?? palette.screen);
    scene.add.rectangle(r.x, y, r.w, rowH - f.text * 0.25, palette.panel, 0.9).setOrigin(0, 0);
    scene.add.rectangle(r.x, y, Math.max(4, f.dpr * 4), rowH - f.text * 0.25, colour).setOrigin(0, 0);
    const style = { fontFamily: fonts.body, fontSize: `${Math.round(f.text * 1.05)}px`, color: css(palette.screen) };
    scene.add.text(r.x + f.text, y + rowH * 0.45, `${p.rank}.`, { ...style, color: css(palette.gold) }).setOrigin(0, 0.5);
    scene.add.text(r.x + f.text * 3, y + rowH * 0.45, p.name, style).setOrigin(0, 0.5);
    scene.add
      .text(r.x + r.w - f.text, y + rowH * 0.45, String(p.score), { ...style, fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.3)}px`, color: css(palette.gold) })
      .setOrigin(1, 0.5);
  });
  return shown.length * rowH;
}

/** Draws the teams, each a row with its name and mean score over a bar of its colour; returns the height used. */
export function drawTeamBars(scene: Phaser.Scene, f: Frame, teams: readonly TeamStanding[], r: Rect): number {
  if (teams.length === 0) return 0;
  // Eight teams still fit: the rows shrink to the room there is, down to a readable size.
  const rowH = Math.round(Math.max(f.text * 1.3, Math.min(f.text * 1.9, (r.h - f.text * 1.8) / teams.length)));
  scene.add.text(r.x, r.y, 'TEAMS (mean score)', { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.2)}px`, color: css(palette.gold) });
  let y = r.y + f.text * 1.8;
  const best = Math.max(1, ...teams.map((t) => t.score));
  for (const t of teams) {
    if (y + rowH > r.y + r.h) break;
    scene.add.rectangle(r.x, y, r.w, rowH - f.text * 0.25, palette.panel, 0.9).setOrigin(0, 0);
    // The bar runs under the row, so a team on nothing still shows its name.
    scene.add.rectangle(r.x, y + rowH - f.text * 0.55, Math.max(f.dpr * 4, r.w * (t.score / best)), f.text * 0.3, t.colour).setOrigin(0, 0);
    scene.add.circle(r.x + f.text * 0.8, y + rowH * 0.4, f.text * 0.35, t.colour);
    scene.add
      .text(r.x + f.text * 1.6, y + rowH * 0.4, `${t.rank}. ${t.name}`, { fontFamily: fonts.body, fontSize: `${Math.round(f.text * 0.95)}px`, fontStyle: 'bold', color: css(palette.screen) })
      .setOrigin(0, 0.5);
    scene.add
      .text(r.x + r.w - f.text * 0.5, y + rowH * 0.4, String(t.score), { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.2)}px`, color: css(palette.gold) })
      .setOrigin(1, 0.5);
    y += rowH;
  }
  return y - r.y;
}
