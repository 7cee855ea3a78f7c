/**
 * The club night's lobby on the projector: the join QR code, its address and the room
 * code, the players as they arrive (in their teams), and Start. The host can move a player
 * to another team, remove one, and lock the room. Opening the room draws the whole quiz
 * up front, so a reload later takes back exactly this game.
 */
import { DeckError } from '../../content/catalog';
import { formatProblem } from '../../quiz/deck/load';
import { standings } from '../../quiz/room-session';
import { HOSTING, HostScene, ROOM_INFO } from '../host/base';
import { drawQr } from '../host/qr';
import { quizFor } from '../quiz-for';
import type { GameSetup } from '../settings';
import { css, fonts, palette } from '../theme';
import { Button } from '../ui/button';

export interface HostLobbyData {
  /** A new room for this setup, with this many teams (0 for none). */
  readonly setup?: GameSetup;
  readonly teams?: number;
}

/** Team names that match their colours (TEAM_COLOURS). */
export const TEAM_NAMES = ['Gold', 'Blue', 'Red', 'Green', 'Violet', 'Pink', 'Teal', 'Lime'];

type Mode = 'teams' | 'remove';

export class HostLobbyScene extends HostScene {
  private data_: HostLobbyData = {};
  private mode: Mode = 'teams';

  protected override backTo = null;

  constructor() {
    super('HostLobby');
  }

  init(data: HostLobbyData): void {
    this.data_ = data ?? {};
    this.mode = 'teams';
  }

  create(): void {
    if (this.hosting) {
      this.ready();
      return;
    }
    const { setup, teams = 0 } = this.data_;
    if (!setup) {
      this.scene.start('Menu');
      return;
    }
    this.start();
    void (async () => {
      try {
        const [{ Hosting, roomInfo }, { quiz, rules }] = await Promise.all([import('../../room/hosting'), quizFor(this.services, setup, this.services.newSeed())]);
        if (!this.sys.isActive()) return;
        this.registry.set(ROOM_INFO, await roomInfo());
        const names = TEAM_NAMES.slice(0, teams).map((n) => `Team ${n}`);
        this.registry.set(HOSTING, Hosting.open(quiz, rules, names, setup, { store: this.services.progress, now: this.services.now }));
        this.ready();
      } catch (e) {
        if (e instanceof DeckError) this.scene.start('Error', { title: 'This deck cannot be played', lines: e.problems.map(formatProblem) });
        else this.scene.start('Error', { title: 'The room could not open', lines: [e instanceof Error ? e.message : String(e)] });
      }
    })();
  }

  private ready(): void {
    this.watchRoom();
    if (this.sys.isActive()) this.start();
  }

  protected screenTitle(): string {
    const h = this.hosting;
    return h ? `Club night: join room ${h.room}` : 'Opening the room';
  }

  protected override screenStatus(): string {
    const h = this.hosting;
    if (!h) return '';
    const n = standings(h.authority.state).length;
    return `Open ${this.joinUrl()} on your phone. ${n === 1 ? '1 player' : `${n} players`} in.`;
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const h = this.hosting;
    if (!h) return false;
    const key = event.key.toLowerCase();
    if (key === 's') {
      h.control({ type: 'start' });
      return true;
    }
    if (key === 'l') {
      h.control({ type: 'lock', locked: !h.authority.state.locked });
      return true;
    }
    return false;
  }

  protected render(): void {
    const f = this.frame;
    const h = this.hosting;
    if (!h) {
      this.body('Opening the room…', f.width / 2, f.height / 2, f.text, f.column.w, palette.muted).setOrigin(0.5);
      return;
    }
    const s = h.authority.state;
    const url = this.joinUrl();
    const wide = !f.portrait;
    // The join panel: left on a projector, on top on an upright screen.
    const panelW = wide ? Math.round(f.width * 0.4) : f.column.w;
    const px = wide ? f.column.x : f.column.x;
    const title = this.add
      .text(px + panelW / 2, f.column.y, 'JOIN THE GAME', { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 2.2)}px`, color: css(palette.gold) })
      .setOrigin(0.5, 0);
    // The QR code takes what the room code, the address and the controls leave.
    const controlsY = f.height - f.column.y - f.text * 3;
    const below = f.text * (this.info?.lan.length ? 5.2 : 7);
    const qrRoom = (wide ? controlsY - f.text : f.height * 0.3 + title.y + title.height) - (title.y + title.height + f.text * 0.6) - below;
    const qrSide = Math.round(Math.max(f.text * 6, Math.min(panelW * 0.8, qrRoom)));
    const qr = drawQr(this, url, { x: px + (panelW - qrSide) / 2, y: title.y + title.height + f.text * 0.6, w: qrSide, h: qrSide });
    const code = this.add
      .text(px + panelW / 2, qr.y + qr.h + f.text * 0.8, `Room ${h.room}`, { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 2.6)}px`, color: css(palette.screen) })
      .setOrigin(0.5, 0)
      .setName('room-code')
      .setLetterSpacing(Math.round(f.dpr * 4));
    const link = this.body(url.replace(/^http:\/\//, ''), px + panelW / 2, code.y + code.height + f.text * 0.2, Math.round(f.text * 0.95), panelW, palette.muted)
      .setOrigin(0.5, 0)
      .setName('join-url');
    if (!this.info?.lan.length) {
      this.body('Phones on the Wi-Fi can join once the laptop runs npm run host.', px + panelW / 2, link.y + link.height + f.text * 0.3, Math.round(f.text * 0.75), panelW, palette.muted).setOrigin(0.5, 0);
    }
    // The players, in their teams.
    const area = wide
      ? { x: px + panelW + f.text * 2, y: f.column.y, w: f.column.x + f.column.w - (px + panelW + f.text * 2), h: f.height - f.column.y * 2 - f.text * 4 }
      : { x: f.column.x, y: link.y + link.height + f.text * 1.5, w: f.column.w, h: f.height - (link.y + link.height + f.text * 1.5) - f.text * 5 };
    this.drawPlayers(area);
    this.drawControls(s.locked, standings(s).length);
    this.drawLinkBanner();
  }

  private drawPlayers(area: { x: number; y: number; w: number; h: number }): void {
    const f = this.frame;
    const h = this.hosting;
    if (!h) return;
    const s = h.authority.state;
    const players = standings(s).sort((a, b) => a.name.localeCompare(b.name));
    const head = this.add
      .text(area.x, area.y, players.length === 0 ? 'Waiting for players…' : `${players.length} ${players.length === 1 ? 'PLAYER' : 'PLAYERS'}${s.locked ? ' · ROOM LOCKED' : ''}`, {
        fontFamily: fonts.display,
        fontSize: `${Math.round(f.text * 1.6)}px`,
        color: css(palette.gold),
      })
      .setName('player-count');
    const groups = s.teams.length > 0 ? [...s.teams.map((t, i) => ({ label: t.name, colour: t.colour, team: i as number | null })), { label: 'No team yet', colour: palette.muted, team: null }] : [{ label: '', colour: palette.gold, team: null }];
    const shown = groups.filter((g) => g.team !== null || players.some((p) => p.team === null));
    const cols = Math.max(1, Math.min(shown.length, area.w > f.text * 30 ? 4 : 2));
    const gap = Math.round(f.text * 0.5);
    const colW = Math.floor((area.w - gap * (cols - 1)) / cols);
    const chipH = Math.round(f.text * 2);
    let top = head.y + head.height + f.text * 0.6;
    shown.forEach((g, gi) => {
      const col = gi % cols;
      if (gi > 0 && col === 0) top += f.text * 1.6 + Math.max(...shown.slice(gi - cols, gi).map((x) => players.filter((p) => p.team === x.team).length), 0) * (chipH + gap);
      const x = area.x + col * (colW + gap);
      if (g.label) this.add.text(x, top, g.label.toUpperCase(), { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.1)}px`, color: css(g.colour) });
      const members = players.filter((p) => p.team === g.team);
      members.forEach((p, i) => {
        const y = top + (g.label ? f.text * 1.5 : 0) + i * (chipH + gap);
        if (y + chipH > area.y + area.h) return;
        const b = new Button(this, {
          name: `player-${p.name}`,
          label: this.mode === 'remove' ? `✕ ${p.name}` : p.name,
          rect: { x, y, w: colW, h: chipH },
          fontPx: Math.round(f.text * 0.9),
          dpr: f.dpr,
          onPress: () => {
            if (this.mode === 'remove') {
              h.control({ type: 'kick', seat: p.seat });
              this.mode = 'teams';
              this.redraw();
            } else if (s.teams.length > 0) {
              // Tapping a player moves them on to the next team.
              const next = p.team === null ? 0 : (p.team + 1) % s.teams.length;
              h.control({ type: 'team', seat: p.seat, team: next });
            }
          },
        });
        if (this.mode === 'remove') b.setLook('wrong');
        this.buttons.push(b);
      });
    });
  }

  private drawControls(locked: boolean, players: number): void {
    const f = this.frame;
    const h = this.hosting;
    if (!h) return;
    const y = f.height - f.column.y - f.text * 3;
    const gap = Math.round(f.text * 0.5);
    const specs = [
      { name: 'start', label: players === 0 ? 'Start (waiting for players)' : 'Start the game  (S)', primary: true, w: 2, press: () => h.control({ type: 'start' }) },
      { name: 'lock', label: locked ? 'Unlock room (L)' : 'Lock room (L)', w: 1, press: () => h.control({ type: 'lock', locked: !locked }) },
      {
        name: 'remove-player',
        label: this.mode === 'remove' ? 'Cancel removing' : 'Remove a player…',
        w: 1,
        press: () => {
          this.mode = this.mode === 'remove' ? 'teams' : 'remove';
          this.redraw();
        },
      },
      { name: 'close-room', label: 'Close room', w: 1, press: () => this.closeRoom() },
    ];
    const units = specs.reduce((n, s) => n + s.w, 0);
    const unit = (f.column.w - gap * (specs.length - 1)) / units;
    let x = f.column.x;
    for (const s of specs) {
      const w = Math.round(unit * s.w);
      const b = new Button(this, { name: s.name, label: s.label, rect: { x, y, w, h: f.text * 2.6 }, fontPx: Math.round(f.text * (s.primary ? 1 : 0.8)), dpr: f.dpr, primary: s.primary ?? false, onPress: s.press });
      if (s.name === 'start' && players === 0) b.setLook('dim');
      this.buttons.push(b);
      x += w + gap;
    }
  }
}
