/**
 * The end of a club night: the top three on a podium, the winning team, everyone's
 * standing, and the results to keep as CSV or JSON. The room stays saved until the host
 * closes it, so a reload here comes back to the podium.
 */
import { type RoomState, standings, teamStandings } from '../../quiz/room-session';
import { downloadFile } from '../../storage/dom';
import { HostScene } from '../host/base';
import { drawPlayerRows, drawTeamBars } from '../host/board';
import { css, fonts, palette } from '../theme';
import { Button } from '../ui/button';

export class HostPodiumScene extends HostScene {
  protected override backTo = null;

  constructor() {
    super('HostPodium');
  }

  create(): void {
    this.watchRoom();
    this.start();
    if (this.sys.isActive()) this.services.sfx.play('correct');
  }

  protected screenTitle(): string {
    return 'The podium';
  }

  protected override screenStatus(): string {
    const s = this.hosting?.authority.state;
    if (!s) return '';
    const teams = s.teams.length > 0 ? teamStandings(s) : [];
    const top = standings(s).slice(0, 3);
    return [teams[0] ? `Winning team: ${teams[0].name} with ${teams[0].score}.` : '', ...top.map((p) => `${p.rank}. ${p.name}, ${p.score}.`)].join(' ');
  }

  protected render(): void {
    const h = this.hosting;
    if (!h) return;
    const f = this.frame;
    const s = h.authority.state;
    const players = standings(s);
    const teams = s.teams.length > 0 ? teamStandings(s, players) : [];
    const title = this.heading(teams[0] ? `${teams[0].name.toUpperCase()} WIN!` : 'THE PODIUM', f.column.y, Math.round(f.text * 2.6));
    title.setName('podium-title');
    const podiumTop = title.y + title.height + f.text * 0.8;
    const podiumH = Math.round(Math.min(f.height * 0.27, f.text * 8.5));
    this.drawPodium(s, podiumTop, podiumH);
    const below = podiumTop + podiumH + f.text;
    const bottom = f.height - f.column.y - f.text * 4;
    const wide = !f.portrait && teams.length > 0;
    const listW = wide ? f.column.w * 0.55 : f.column.w;
    const used = drawPlayerRows(this, f, s, players.slice(3), { x: f.column.x, y: below, w: listW, h: wide ? bottom - below : (bottom - below) / 2 });
    // Teams get the room the players leave on an upright screen.
    drawTeamBars(this, f, teams, { x: wide ? f.column.x + listW + f.text * 1.5 : f.column.x, y: wide ? below : below + used + f.text * 0.5, w: wide ? f.column.w - listW - f.text * 1.5 : f.column.w, h: wide ? bottom - below : bottom - below - used - f.text * 0.5 });
    this.drawButtons(s);
  }

  /** Second, first and third, on steps of their places' heights. */
  private drawPodium(s: RoomState, top: number, height: number): void {
    const f = this.frame;
    const top3 = standings(s).slice(0, 3);
    const stepW = Math.min(f.column.w / 3.3, f.text * 12);
    const gap = Math.round(f.text * 0.5);
    const order = [1, 0, 2];
    const heights = [0.62, 0.88, 0.45];
    order.forEach((place, slot) => {
      const p = top3[place];
      const x = f.width / 2 + (slot - 1) * (stepW + gap) - stepW / 2;
      const stepH = Math.round(height * (heights[slot] ?? 0.5) * 0.72);
      const y = top + height - stepH;
      const colour = p?.team != null ? (s.teams[p.team]?.colour ?? palette.gold) : [palette.gold, 0xc0c0c8, 0xcd8a4a][place];
      this.add.rectangle(x, y, stepW, stepH, palette.panel).setOrigin(0, 0).setStrokeStyle(Math.max(2, f.dpr * 2), colour ?? palette.gold);
      this.add
        .text(x + stepW / 2, y + stepH / 2, String(place + 1), { fontFamily: fonts.display, fontSize: `${Math.round(stepH * 0.55)}px`, color: css(colour ?? palette.gold) })
        .setOrigin(0.5);
      if (!p) return;
      const score = this.add.text(x + stepW / 2, y - f.text * 0.3, String(p.score), { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.4)}px`, color: css(palette.gold) }).setOrigin(0.5, 1);
      this.add
        .text(x + stepW / 2, score.y - score.height, p.name, { fontFamily: fonts.body, fontSize: `${Math.round(f.text * 1.1)}px`, fontStyle: 'bold', color: css(palette.screen), align: 'center', wordWrap: { width: stepW } })
        .setOrigin(0.5, 1)
        .setName(`podium-${place + 1}`);
    });
  }

  private drawButtons(s: RoomState): void {
    const f = this.frame;
    const y = f.height - f.column.y - f.text * 3;
    const gap = Math.round(f.text * 0.5);
    const w = (f.column.w - 2 * gap) / 3;
    const stamp = new Date().toISOString().slice(0, 10);
    const save = (ext: 'csv' | 'json') => {
      void import('../../room/results').then((r) => {
        const text = ext === 'csv' ? r.resultsCsv(s) : r.resultsJson(s, new Date());
        downloadFile(document, { filename: `marquee-club-night-${stamp}.${ext}`, text, type: ext === 'csv' ? 'text/csv' : 'application/json' });
      });
    };
    const specs = [
      { name: 'export-csv', label: 'Results as CSV', press: () => save('csv') },
      { name: 'export-json', label: 'Results as JSON', press: () => save('json') },
      { name: 'close-room', label: 'Close the room', press: () => this.closeRoom(), primary: true },
    ];
    specs.forEach((spec, i) => {
      this.buttons.push(
        new Button(this, {
          name: spec.name,
          label: spec.label,
          rect: { x: f.column.x + i * (w + gap), y, w, h: f.text * 2.6 },
          fontPx: Math.round(f.text * 0.9),
          dpr: f.dpr,
          primary: spec.primary ?? false,
          onPress: spec.press,
        }),
      );
    });
  }
}
