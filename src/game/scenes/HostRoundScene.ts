/**
 * The projector during a club night: the open question (the same view the single-screen
 * round draws) with how many have answered; the reveal with how many picked each option;
 * and the leaderboard between questions. The host runs it from buttons or keys:
 * P pause, T +10 s, C close now, S skip, Enter next, K players (to remove one), L lock,
 * E end the game.
 */
import { answeredCount, optionCounts, roomQuestion, roundOf, standings, teamStandings } from '../../quiz/room-session';
import { HostScene } from '../host/base';
import { drawPlayerRows, drawTeamBars } from '../host/board';
import { palette } from '../theme';
import { Button } from '../ui/button';
import { QuestionView } from '../ui/question-view';

type Overlay = 'none' | 'players' | 'confirm-end';

export class HostRoundScene extends HostScene {
  private view: QuestionView | null = null;
  private overlay: Overlay = 'none';

  protected override backTo = null;

  constructor() {
    super('HostRound');
  }

  init(): void {
    this.view = null;
    this.overlay = 'none';
  }

  create(): void {
    this.view = new QuestionView(this);
    this.watchRoom();
    this.start();
  }

  protected screenTitle(): string {
    const s = this.hosting?.authority.state;
    if (!s) return 'Club night';
    if (s.phase === 'leaderboard') return `Leaderboard after question ${s.q + 1}`;
    return `Question ${s.q + 1} of ${s.questions.length}${this.hosting?.authority.paused ? ', paused' : ''}`;
  }

  protected override screenStatus(): string {
    const s = this.hosting?.authority.state;
    if (!s || s.phase === 'leaderboard') return '';
    const q = roomQuestion(s);
    const { answered, of } = answeredCount(s);
    return s.phase === 'asking' ? `${q.prompt} ${answered} of ${of} answered.` : `${q.prompt} The answer: ${q.answer}.`;
  }

  override update(): void {
    const a = this.hosting?.authority;
    const limit = a?.limitMs;
    if (a?.state.phase !== 'asking' || !limit) return;
    this.view?.setTimeLeft(1 - a.elapsedMs / limit);
  }

  protected override refresh(): void {
    const s = this.hosting?.authority.state;
    if (s?.phase !== 'asking') return;
    const { answered, of } = answeredCount(s);
    (this.children.getByName('score') as Phaser.GameObjects.Text | null)?.setText(`${answered}/${of} in`);
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const h = this.hosting;
    if (!h) return false;
    const key = event.key.toLowerCase();
    if (key === 'escape' && this.overlay !== 'none') {
      this.setOverlay('none');
      return true;
    }
    if (this.overlay !== 'none') return false;
    const a = h.authority;
    const controls: Record<string, () => boolean> = {
      p: () => h.control({ type: a.paused ? 'resume' : 'pause' }),
      t: () => h.control({ type: 'add-time' }),
      c: () => h.control({ type: 'close' }),
      s: () => h.control({ type: 'skip' }),
      n: () => this.next(),
      l: () => h.control({ type: 'lock', locked: !a.state.locked }),
      k: () => this.setOverlay('players'),
      e: () => this.setOverlay('confirm-end'),
    };
    const act = controls[key];
    if (!act) return false;
    act();
    return true;
  }

  private setOverlay(o: Overlay): boolean {
    this.overlay = o;
    this.redraw();
    return true;
  }

  /** After a reveal the leaderboard, after the leaderboard the next question. */
  private next(): boolean {
    const h = this.hosting;
    if (!h) return false;
    const s = h.authority.state;
    return s.phase === 'revealed' ? h.control({ type: 'board' }) : h.control({ type: 'next' });
  }

  protected render(): void {
    const h = this.hosting;
    if (!h || !this.view) return;
    const f = this.frame;
    const a = h.authority;
    const s = a.state;
    if (s.phase === 'leaderboard') this.drawBoard();
    else {
      const q = roomQuestion(s);
      const { answered, of } = answeredCount(s);
      const rounds = s.roundStarts.length > 1 ? ` · Round ${roundOf(s) + 1}` : '';
      const limit = a.limitMs;
      const drawn = this.view.draw(f, {
        question: q,
        phase: s.phase === 'asking' ? 'asking' : 'revealed',
        counts: s.phase === 'revealed' ? optionCounts(s) : undefined,
        timeLeft: limit ? Math.max(0, 1 - a.elapsedMs / limit) : null,
        hud: `Q ${s.q + 1}/${s.questions.length}${rounds} · Room ${h.room}`,
        score: s.phase === 'asking' ? `${answered}/${of} in` : `${answered}/${of} answered`,
        interactive: false,
        reducedMotion: this.reducedMotion,
      });
      this.buttons.push(...drawn.buttons.filter((b) => b.enabled));
      this.drawControls(drawn.layout.footer);
    }
    if (a.paused && this.overlay === 'none') this.drawPaused();
    if (this.overlay === 'players') this.drawPlayers();
    if (this.overlay === 'confirm-end') this.drawConfirmEnd();
    this.drawLinkBanner();
  }

  private drawControls(r: { x: number; y: number; w: number; h: number }): void {
    const h = this.hosting;
    if (!h) return;
    const f = this.frame;
    const a = h.authority;
    const s = a.state;
    const asking = s.phase === 'asking';
    const specs: { name: string; label: string; press: () => void; primary?: boolean }[] = asking
      ? [
          { name: 'host-pause', label: a.paused ? 'Resume (P)' : 'Pause (P)', press: () => h.control({ type: a.paused ? 'resume' : 'pause' }) },
          ...(s.rules.timeLimitMs ? [{ name: 'host-add-time', label: '+10 s (T)', press: () => h.control({ type: 'add-time' }) }] : []),
          { name: 'host-close', label: 'Close now (C)', press: () => h.control({ type: 'close' }), primary: true },
          { name: 'host-skip', label: 'Skip (S)', press: () => h.control({ type: 'skip' }) },
          { name: 'host-players', label: 'Players (K)', press: () => this.setOverlay('players') },
        ]
      : [
          { name: 'host-next', label: 'Leaderboard  ▸', press: () => this.next(), primary: true },
          { name: 'host-players', label: 'Players (K)', press: () => this.setOverlay('players') },
          { name: 'host-end', label: 'End game (E)', press: () => this.setOverlay('confirm-end') },
        ];
    const gap = Math.round(f.text * 0.4);
    const w = (r.w - gap * (specs.length - 1)) / specs.length;
    specs.forEach((spec, i) => {
      this.buttons.push(
        new Button(this, {
          name: spec.name,
          label: spec.label,
          rect: { x: Math.round(r.x + i * (w + gap)), y: r.y + r.h * 0.15, w: Math.round(w), h: r.h * 0.7 },
          fontPx: Math.round(f.text * (f.portrait ? 0.7 : 0.85)),
          dpr: f.dpr,
          primary: spec.primary ?? false,
          onPress: spec.press,
        }),
      );
    });
  }

  /** Between questions: the top of the room, and the teams by their mean score. */
  private drawBoard(): void {
    const h = this.hosting;
    if (!h) return;
    const f = this.frame;
    const s = h.authority.state;
    const last = s.q + 1 >= s.questions.length;
    const title = this.heading(`AFTER QUESTION ${s.q + 1} OF ${s.questions.length}`, f.column.y, Math.round(f.text * 2));
    const players = standings(s);
    const teams = s.teams.length > 0 ? teamStandings(s, players) : [];
    const top = title.y + title.height + f.text;
    const bottom = f.height - f.column.y - f.text * 4;
    // Teams beside the players on a projector, under them on an upright screen.
    const wide = !f.portrait && teams.length > 0;
    const listW = wide ? f.column.w * 0.58 : f.column.w;
    const teamsH = wide ? 0 : teams.length * f.text * 1.9 + f.text * 2.5;
    const used = drawPlayerRows(this, f, s, players, { x: f.column.x, y: top, w: listW, h: bottom - top - teamsH });
    this.add.text(0, 0, '').setName('leaderboard');
    const tx = wide ? f.column.x + listW + f.text * 1.5 : f.column.x;
    drawTeamBars(this, f, teams, { x: tx, y: wide ? top : top + used + f.text, w: wide ? f.column.w - listW - f.text * 1.5 : f.column.w, h: wide ? bottom - top : bottom - top - used - f.text });
    const y = f.height - f.column.y - f.text * 3;
    const half = (f.column.w - f.text * 0.5) / 2;
    this.buttons.push(
      new Button(this, { name: 'host-next', label: last ? 'See the podium  ▸' : 'Next question  ▸', rect: { x: f.column.x + half + f.text * 0.5, y, w: half, h: f.text * 2.6 }, fontPx: Math.round(f.text * 1.05), dpr: f.dpr, primary: true, onPress: () => this.next() }),
      new Button(this, { name: 'host-end', label: 'End game (E)', rect: { x: f.column.x, y, w: half, h: f.text * 2.6 }, fontPx: Math.round(f.text * 0.9), dpr: f.dpr, onPress: () => this.setOverlay('confirm-end') }),
    );
  }

  private shade(): void {
    const f = this.frame;
    this.buttons = [];
    this.add.rectangle(0, 0, f.width, f.height, palette.night, 0.94).setOrigin(0, 0).setInteractive().setName('overlay');
  }

  private drawPaused(): void {
    const h = this.hosting;
    if (!h) return;
    const f = this.frame;
    this.shade();
    const title = this.heading('PAUSED', Math.round(f.height * 0.3), Math.round(f.text * 3.4));
    this.body('The question is hidden on every phone, and its clock has stopped.', f.width / 2, title.y + title.height + f.text, f.text, f.column.w, palette.muted).setOrigin(0.5, 0);
    const w = Math.min(f.column.w, f.text * 16);
    this.buttons.push(
      new Button(this, { name: 'host-resume', label: 'Resume (P)', rect: { x: (f.width - w) / 2, y: f.height * 0.6, w, h: f.text * 2.8 }, fontPx: Math.round(f.text * 1.1), dpr: f.dpr, primary: true, onPress: () => h.control({ type: 'resume' }) }),
    );
  }

  /** Everyone in the room, with a button to remove each: a removed player is out for the rest of the game. */
  private drawPlayers(): void {
    const h = this.hosting;
    if (!h) return;
    const f = this.frame;
    this.shade();
    const s = h.authority.state;
    const title = this.heading('PLAYERS', f.column.y, Math.round(f.text * 2));
    const players = standings(s).sort((a, b) => a.name.localeCompare(b.name));
    const cols = f.portrait ? 1 : players.length > 10 ? 3 : 2;
    const gap = Math.round(f.text * 0.4);
    const colW = (f.column.w - gap * (cols - 1)) / cols;
    const rowH = Math.round(f.text * 2.1);
    const top = title.y + title.height + f.text * 0.6;
    players.forEach((p, i) => {
      const x = f.column.x + (i % cols) * (colW + gap);
      const y = top + Math.floor(i / cols) * (rowH + gap);
      if (y + rowH > f.height - f.text * 4) return;
      const away = s.seats.find((x2) => x2.id === p.seat)?.away;
      this.buttons.push(
        new Button(this, {
          name: `kick-${p.name}`,
          label: `✕  ${p.name}${away ? ' (away)' : ''} · ${p.score}`,
          rect: { x, y, w: colW, h: rowH },
          fontPx: Math.round(f.text * 0.85),
          dpr: f.dpr,
          onPress: () => {
            h.control({ type: 'kick', seat: p.seat });
            this.redraw();
          },
        }),
      );
    });
    const y = f.height - f.column.y - f.text * 3;
    const w = Math.min(f.column.w, f.text * 14);
    const lock = s.locked ? 'Unlock room (L)' : 'Lock room (L)';
    this.buttons.push(
      new Button(this, { name: 'host-lock', label: lock, rect: { x: f.width / 2 - w - gap, y, w, h: f.text * 2.6 }, fontPx: Math.round(f.text * 0.9), dpr: f.dpr, onPress: () => h.control({ type: 'lock', locked: !s.locked }) }),
      new Button(this, { name: 'players-done', label: 'Done (Esc)', rect: { x: f.width / 2 + gap, y, w, h: f.text * 2.6 }, fontPx: Math.round(f.text * 0.9), dpr: f.dpr, primary: true, onPress: () => this.setOverlay('none') }),
    );
    this.body('Tap a player to remove them from the game for good.', f.width / 2, y - f.text * 1.6, Math.round(f.text * 0.8), f.column.w, palette.muted).setOrigin(0.5, 0);
  }

  private drawConfirmEnd(): void {
    const h = this.hosting;
    if (!h) return;
    const f = this.frame;
    this.shade();
    const title = this.heading('END THE GAME NOW?', Math.round(f.height * 0.25), Math.round(f.text * 2.6));
    this.body('The podium shows the scores as they stand.', f.width / 2, title.y + title.height + f.text, f.text, f.column.w, palette.muted).setOrigin(0.5, 0);
    const w = Math.min(f.column.w / 2 - f.text, f.text * 12);
    const y = f.height * 0.55;
    this.buttons.push(
      new Button(this, { name: 'keep-playing', label: 'Keep playing', rect: { x: f.width / 2 - w - f.text * 0.5, y, w, h: f.text * 2.8 }, fontPx: f.text, dpr: f.dpr, primary: true, onPress: () => this.setOverlay('none') }),
      new Button(this, {
        name: 'confirm-end',
        label: 'End the game',
        rect: { x: f.width / 2 + f.text * 0.5, y, w, h: f.text * 2.8 },
        fontPx: f.text,
        dpr: f.dpr,
        onPress: () => {
          this.overlay = 'none';
          h.control({ type: 'end' });
        },
      }),
    );
  }
}
