/**
 * The round: question, answers, timer, feedback and the reveal, with pause, quit and the
 * scoreboard between rounds. The scene keeps the session state and dispatches actions to
 * the reducer; it draws, it never scores.
 */
import { DeckError } from '../../content/catalog';
import { formatProblem } from '../../quiz/deck/load';
import { generateQuiz } from '../../quiz/generator';
import type { OrderQuestion, Question } from '../../quiz/question';
import {
  currentPlayer,
  currentQuestion,
  lastAnswer,
  questionNumber,
  reduce,
  type SessionAction,
  type SessionState,
  startSession,
  summarize,
  totalQuestions,
} from '../../quiz/session';
import { answersArea, keypadLayout, type Rect, type RoundLayout, roundLayout, stack } from '../layout';
import { DEFAULT_SETUP, type GameSetup, timeLimitMs } from '../settings';
import { css, fonts, palette } from '../theme';
import { Button, fitText } from '../ui/button';
import { MarqueeScene } from './base';

export interface RoundData {
  readonly deckId: string;
  readonly seed: string;
  readonly setup?: GameSetup;
  /** A saved game to continue instead of starting a new one. */
  readonly resume?: SessionState;
  /** How long the current question had been open when the game was saved. */
  readonly resumeElapsedMs?: number;
}

/** How long the right/wrong colours show before the explanation appears. */
const FEEDBACK_MS = 650;
const KEYS = ['1', '2', '3', '4'];
const LETTERS = ['a', 'b', 'c', 'd'];

type Overlay = 'none' | 'paused' | 'confirm-quit' | 'report';

/** Why a player reports a question, as the storage records it. */
const REPORT_REASONS = [
  { reason: 'wrong-answer', label: 'The answer is wrong' },
  { reason: 'more-than-one-answer', label: 'More than one answer is right' },
  { reason: 'unclear', label: 'The question is unclear' },
  { reason: 'typo', label: 'There is a typo' },
] as const;

export class RoundScene extends MarqueeScene {
  private data_: RoundData = { deckId: '', seed: '' };
  private session: SessionState | null = null;
  private askedAt = 0;
  private pausedAt: number | null = null;
  private overlay: Overlay = 'none';
  private timerBar: Phaser.GameObjects.Rectangle | null = null;
  private timerWidth = 0;
  private lastTick = 0;
  private answeredAt = 0;
  /** An order being built (option texts, first first), or a year being typed. */
  private picked: string[] = [];
  private typed = '';
  /** Redrawn in place while an order is built or a year typed, so quick taps are never lost. */
  private refreshInput: (() => void) | null = null;
  /** Question ids reported in this game, so the reveal can say thanks. */
  private reported = new Set<string>();

  constructor() {
    super('Round');
  }

  init(data: RoundData): void {
    this.data_ = data;
    this.session = null;
    this.askedAt = 0;
    this.pausedAt = null;
    this.overlay = 'none';
    this.timerBar = null;
    this.lastTick = 0;
    this.answeredAt = 0;
    this.picked = [];
    this.typed = '';
    this.reported = new Set();
  }

  create(): void {
    this.start();
    if (this.data_.resume) {
      this.begin(this.data_.resume, this.data_.resumeElapsedMs ?? 0);
      return;
    }
    const setup: GameSetup = this.data_.setup ?? { ...DEFAULT_SETUP, deckId: this.data_.deckId };
    this.services
      .loadDeck(setup.deckId)
      .then((index) => {
        if (!this.sys.isActive()) return;
        const quiz = generateQuiz(index, {
          seed: this.data_.seed,
          rounds: setup.rounds,
          perRound: setup.perRound,
          difficulty: setup.difficulty,
          inputs: ['choice', 'order', 'year'],
          avoid: this.services.recentQuestions?.() ?? [],
        });
        const rules = { mode: setup.scoring, timeLimitMs: timeLimitMs(setup, this.services.settings.get()), streakBonus: setup.streakBonus };
        // The catalogue's id, not the deck file's own: an added deck is 'my-<id>', and Resume
        // and Play again load the deck by it.
        this.begin(startSession({ ...quiz, deckId: setup.deckId }, rules, setup.players), 0);
      })
      .catch((e: unknown) => {
        if (e instanceof DeckError) this.scene.start('Error', { title: 'This deck cannot be played', lines: e.problems.map(formatProblem) });
        else this.scene.start('Error', { title: 'The game could not start', lines: [e instanceof Error ? e.message : String(e)] });
      });
  }

  private begin(session: SessionState, elapsedMs: number): void {
    this.session = session;
    this.askedAt = this.services.now() - elapsedMs;
    this.publish();
    this.redraw();
    this.announceState();
  }

  /** The session, for tests, storage and the accessibility layer. */
  get state(): SessionState | null {
    return this.session;
  }

  /** How long the current question has been open, pauses excluded. */
  get elapsedMs(): number {
    return (this.pausedAt ?? this.services.now()) - this.askedAt;
  }

  override update(): void {
    const s = this.session;
    if (!s || this.overlay !== 'none') return;
    // The reveal follows the wall clock, not Phaser's timers: those advance by clamped
    // frame deltas, so on a slow device the feedback would linger for seconds.
    if (s.phase === 'answered' && this.services.now() - this.answeredAt >= FEEDBACK_MS) {
      this.dispatch({ type: 'reveal' });
      return;
    }
    if (s.phase !== 'asking' || !s.rules.timeLimitMs || !this.timerBar) return;
    const remaining = s.rules.timeLimitMs - this.elapsedMs;
    const left = remaining / s.rules.timeLimitMs;
    this.timerBar.width = Math.max(0, left) * this.timerWidth;
    this.timerBar.fillColor = left < 0.25 ? palette.wrong : palette.gold;
    const second = Math.ceil(remaining / 1000);
    if (second <= 5 && second > 0 && second !== this.lastTick) {
      this.lastTick = second;
      this.services.sfx.play('tick');
    }
    if (remaining <= 0) this.dispatch({ type: 'timeout' });
  }

  protected screenTitle(): string {
    const s = this.session;
    if (!s) return 'Loading the quiz';
    if (this.overlay === 'paused') return 'Paused';
    if (this.overlay === 'confirm-quit') return 'Quit this game?';
    if (this.overlay === 'report') return 'Report this question';
    if (s.phase === 'roundOver') return `End of round ${s.round + 1}`;
    return `Question ${questionNumber(s)} of ${totalQuestions(s)}`;
  }

  protected override screenStatus(): string {
    const s = this.session;
    if (!s || s.phase === 'roundOver') return '';
    const q = currentQuestion(s);
    const turn = s.players.length > 1 ? `${s.players[currentPlayer(s)]}'s turn. ` : '';
    return `${turn}${q.category}: ${q.prompt} Score ${s.score}.`;
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const s = this.session;
    if (!s) return false;
    if (event.key === 'Escape') {
      if (this.overlay === 'none') this.pause();
      else this.resume();
      return true;
    }
    if (this.overlay !== 'none') return false;
    if (s.phase !== 'asking') return false;
    const q = currentQuestion(s);
    const key = event.key.toLowerCase();
    if (q.input === 'year') {
      if (/^[0-9]$/.test(key)) this.typeDigit(key);
      else if (key === 'backspace') this.eraseDigit();
      else if (key === 'enter') this.submitYear();
      else return false;
      return true;
    }
    const at = KEYS.includes(key) ? KEYS.indexOf(key) : LETTERS.indexOf(key);
    if (q.input === 'order') {
      if (at >= 0 && at < q.options.length) this.togglePick(q.options[at] ?? '');
      else if (key === 'backspace') this.unpickLast();
      else if (key === 'enter' && this.picked.length === q.options.length) this.submitOrder();
      else return false;
      return true;
    }
    if (at >= 0 && at < q.options.length) {
      this.answer(at);
      return true;
    }
    return false;
  }

  private togglePick(option: string): void {
    this.picked = this.picked.includes(option) ? this.picked.filter((p) => p !== option) : [...this.picked, option];
    this.services.sfx.play('select');
    this.refreshInput?.();
  }

  private unpickLast(): void {
    this.picked = this.picked.slice(0, -1);
    this.refreshInput?.();
  }

  private submitOrder(): void {
    if (this.overlay !== 'none') return;
    this.dispatch({ type: 'order', order: this.picked, elapsedMs: this.elapsedMs });
  }

  private typeDigit(d: string): void {
    if (this.typed.length >= 4) return;
    this.typed += d;
    this.services.sfx.play('select');
    this.refreshInput?.();
  }

  private eraseDigit(): void {
    this.typed = this.typed.slice(0, -1);
    this.refreshInput?.();
  }

  private submitYear(): void {
    if (this.overlay !== 'none' || this.typed.length !== 4) return;
    this.dispatch({ type: 'guess', year: Number(this.typed), elapsedMs: this.elapsedMs });
  }

  private pause(): void {
    if (this.overlay !== 'none') return;
    this.pausedAt = this.services.now();
    this.overlay = 'paused';
    this.redraw();
    this.announce('Paused.');
  }

  private resume(): void {
    if (this.pausedAt !== null) this.askedAt += this.services.now() - this.pausedAt;
    this.pausedAt = null;
    this.overlay = 'none';
    this.redraw();
  }

  private quit(): void {
    this.game.events.emit('marquee:quit', this.session);
    this.scene.start('Menu');
  }

  private answer(choice: number): void {
    if (this.overlay !== 'none') return;
    this.dispatch({ type: 'answer', choice, elapsedMs: this.elapsedMs });
  }

  private dispatch(action: SessionAction): void {
    const before = this.session;
    if (!before) return;
    const after = reduce(before, action);
    if (after === before) return;
    this.session = after;
    if (after.phase === 'asking' && before.phase !== 'asking') {
      this.askedAt = this.services.now();
      this.lastTick = 0;
      this.picked = [];
      this.typed = '';
    }
    this.publish();
    if (after.phase === 'finished') {
      this.scene.start('Results', { deckId: after.deckId, summary: summarize(after), setup: this.data_.setup });
      return;
    }
    if (after.phase === 'answered') {
      this.services.sfx.play(lastAnswer(after)?.correct ? 'correct' : 'wrong');
      this.answeredAt = this.services.now();
    }
    this.redraw();
    this.announceState();
  }

  private announceState(): void {
    const s = this.session;
    if (!s) return;
    if (s.phase === 'asking') {
      const q = currentQuestion(s);
      const options = q.options.map((o, i) => `${i + 1}: ${o}`).join('. ');
      const how = q.input === 'year' ? 'Type a year, then press Enter.' : q.input === 'order' ? `Press the films in order, earliest first. ${options}.` : `Options: ${options}.`;
      this.announce(`${this.screenTitle()}. ${this.screenStatus()} ${how}`);
    } else if (s.phase === 'revealed') {
      const q = currentQuestion(s);
      const a = lastAnswer(s);
      const verdict = a?.correct ? `Right! Plus ${a.points}.` : (a?.points ?? 0) > 0 ? `Close: plus ${a?.points}. The answer is ${q.answer}.` : `Wrong. The answer is ${q.answer}.`;
      this.announce(`${verdict} ${q.explanation} Score ${s.score}.`);
    } else if (s.phase === 'roundOver') {
      this.announce(`End of round ${s.round + 1}. ${summarize(s).standings.map((p) => `${p.name}: ${p.score}`).join(', ')}.`);
    }
  }

  /** Tells listeners (storage, tests) that the session changed, with the question's open time. */
  private publish(): void {
    this.game.events.emit('marquee:session', this.session, { setup: this.data_.setup, elapsedMs: this.elapsedMs });
  }

  protected render(): void {
    const f = this.frame;
    const s = this.session;
    this.refreshInput = null;
    if (!s) {
      this.body('Setting up the projector…', f.width / 2, f.height / 2, f.text, f.column.w, palette.muted).setOrigin(0.5);
      return;
    }
    if (s.phase === 'roundOver') {
      this.drawScoreboard(s);
      return;
    }
    const q = currentQuestion(s);
    // A year question has no options: its keypad takes the room four answers would.
    const L = roundLayout(f, q.input === 'year' ? 4 : q.options.length);
    this.drawHud(L.hud, s);
    this.drawTimer(L.timer, s);
    this.drawPrompt(L.prompt, q, s);
    if (q.input === 'order') this.drawOrder(L, q, s);
    else if (q.input === 'year') this.drawKeypad(L, s);
    else this.drawChoices(L, q, s);
    if (s.phase === 'revealed') {
      const isLast = questionNumber(s) === totalQuestions(s);
      const endOfRound = s.index + 1 === (s.rounds[s.round]?.length ?? 0);
      const gap = f.text * 0.5;
      const reportW = L.footer.w * 0.3;
      const y = L.footer.y + L.footer.h * 0.15;
      const h = L.footer.h * 0.7;
      const next = new Button(this, {
        name: 'next',
        label: isLast ? 'See results' : endOfRound ? 'End of round' : 'Next question',
        rect: { x: L.footer.x + reportW + gap, y, w: L.footer.w - reportW - gap, h },
        fontPx: Math.round(f.text * 1.1),
        dpr: f.dpr,
        primary: true,
        onPress: () => this.dispatch({ type: 'next' }),
      });
      this.buttons = [next];
      const done = this.reported.has(q.id);
      const report = new Button(this, {
        name: 'report',
        label: done ? 'Reported ✓' : 'Report…',
        rect: { x: L.footer.x, y, w: reportW, h },
        fontPx: Math.round(f.text * 0.85),
        dpr: f.dpr,
        onPress: () => {
          if (this.reported.has(q.id)) return;
          this.overlay = 'report';
          this.redraw();
        },
      });
      if (done) report.setLook('dim');
      else this.buttons.push(report);
    }
    this.drawPauseButton(L.hud);
    if (this.overlay !== 'none') this.drawOverlay();
  }

  private drawChoices(L: RoundLayout, q: Question, s: SessionState): void {
    const f = this.frame;
    const answered = s.phase !== 'asking';
    const last = lastAnswer(s);
    q.options.forEach((label, i) => {
      const rect = L.answers[i];
      if (!rect) return;
      const b = new Button(this, { name: `answer-${i}`, label, rect, fontPx: Math.round(f.text * 1.05), dpr: f.dpr, badge: KEYS[i], onPress: () => this.answer(i) });
      if (answered) {
        b.enabled = false;
        b.disableInteractive();
        const picked = last?.choice === i;
        b.setLook(i === q.answerIndex ? 'right' : picked ? 'wrong' : 'dim');
        if (picked && s.phase === 'answered' && !this.reducedMotion) {
          this.tweens.add({ targets: b, x: b.x + f.text * 0.3, duration: 60, yoyo: true, repeat: i === q.answerIndex ? 0 : 3 });
        }
      }
      this.buttons.push(b);
    });
  }

  /**
   * Release order: tap the films in order, earliest first; each shows the place given to
   * it. Tapping a placed film takes it back. Once answered, each shows its right place.
   */
  private drawOrder(L: RoundLayout, q: OrderQuestion, s: SessionState): void {
    const f = this.frame;
    const answered = s.phase !== 'asking';
    const given = answered ? (lastAnswer(s)?.given?.split(' → ') ?? []) : this.picked;
    const options = q.options.map((label, i) => {
      const rect = L.answers[i];
      if (!rect) return null;
      const place = given.indexOf(label);
      const right = q.order.indexOf(label);
      const b = new Button(this, { name: `answer-${i}`, label, rect, fontPx: Math.round(f.text * 1.05), dpr: f.dpr, badge: answered ? String(right + 1) : '·', onPress: () => this.togglePick(label) });
      if (answered) {
        b.enabled = false;
        b.disableInteractive();
        b.setLook(place === right ? 'right' : 'wrong');
      }
      this.buttons.push(b);
      return { b, label };
    });
    if (answered) return;
    const lock = new Button(this, {
      name: 'lock-in',
      label: '',
      rect: { x: L.footer.x + L.footer.w * 0.1, y: L.footer.y + L.footer.h * 0.15, w: L.footer.w * 0.8, h: L.footer.h * 0.7 },
      fontPx: Math.round(f.text * 0.95),
      dpr: f.dpr,
      onPress: () => {
        if (this.picked.length === q.options.length) this.submitOrder();
      },
    });
    this.buttons.push(lock);
    this.refreshInput = () => {
      for (const o of options) {
        if (!o) continue;
        const place = this.picked.indexOf(o.label);
        o.b.setBadge(place >= 0 ? String(place + 1) : '·').setLook(place >= 0 ? 'picked' : 'idle');
      }
      const complete = this.picked.length === q.options.length;
      lock.setLabel(complete ? 'Lock in this order' : `Tap the films, earliest first (${this.picked.length}/${q.options.length})`);
      lock.setLook(complete ? 'picked' : 'dim');
      this.mirror();
    };
    this.refreshInput();
  }

  /** Closest year: a keypad and a four-digit display; Enter or OK submits. */
  private drawKeypad(L: RoundLayout, s: SessionState): void {
    const f = this.frame;
    const { display, keys } = keypadLayout(answersArea(L), f.text);
    const answered = s.phase !== 'asking';
    this.add.rectangle(display.x, display.y, display.w, display.h, palette.panel).setOrigin(0, 0).setStrokeStyle(Math.max(2, f.dpr * 2), palette.gold);
    const shown = this.add
      .text(display.x + display.w / 2, display.y + display.h / 2, '', { fontFamily: fonts.display, fontSize: `${Math.round(display.h * 0.7)}px`, color: css(palette.screen) })
      .setOrigin(0.5)
      .setName('year-display');
    const spaced = (t: string) => t.split('').join(' ');
    if (answered) {
      shown.setText(spaced(lastAnswer(s)?.given ?? '—'));
      return;
    }
    const labels = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', 'OK'];
    let ok: Button | null = null;
    labels.forEach((label, i) => {
      const rect = keys[i];
      if (!rect) return;
      const action = label === '⌫' ? () => this.eraseDigit() : label === 'OK' ? () => this.submitYear() : () => this.typeDigit(label);
      const name = label === '⌫' ? 'key-erase' : label === 'OK' ? 'key-ok' : `key-${label}`;
      const b = new Button(this, { name, label: label === '⌫' ? 'Erase' : label, rect, fontPx: Math.round(f.text * 1.2), dpr: f.dpr, onPress: action });
      if (label === 'OK') ok = b;
      this.buttons.push(b);
    });
    this.refreshInput = () => {
      shown.setText(spaced(this.typed.padEnd(4, '_')));
      (ok as Button | null)?.setLook(this.typed.length === 4 ? 'picked' : 'dim');
    };
    this.refreshInput();
  }

  private drawHud(r: Rect, s: SessionState): void {
    const f = this.frame;
    const hudPx = Math.round(f.text * 0.95);
    const left = r.x + r.h * 1.2;
    const turn = s.players.length > 1 ? ` · ${s.players[currentPlayer(s)]}` : '';
    this.add
      .text(left, r.y + r.h / 2, `Q ${questionNumber(s)}/${totalQuestions(s)}${s.rounds.length > 1 ? ` · Round ${s.round + 1}` : ''}${turn}`, {
        fontFamily: fonts.body,
        fontSize: `${hudPx}px`,
        color: css(palette.muted),
      })
      .setOrigin(0, 0.5)
      .setName('progress');
    const scoreText = s.players.length > 1 ? `${s.scores[currentPlayer(s)] ?? 0}` : `Score ${s.score}`;
    this.add
      .text(r.x + r.w, r.y + r.h / 2, scoreText, { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.4)}px`, color: css(palette.gold) })
      .setOrigin(1, 0.5)
      .setName('score');
  }

  private drawPauseButton(hud: Rect): void {
    const f = this.frame;
    const size = hud.h;
    const pause = new Button(this, {
      name: 'pause',
      label: 'II',
      rect: { x: hud.x, y: hud.y, w: size, h: size },
      fontPx: Math.round(f.text * 0.8),
      dpr: f.dpr,
      onPress: () => this.pause(),
    });
    if (this.overlay !== 'none') {
      pause.enabled = false;
      pause.disableInteractive();
    } else this.buttons.push(pause);
  }

  private drawOverlay(): void {
    const f = this.frame;
    this.buttons = [];
    // Opaque: a paused question stays hidden, so pausing is no time to think.
    const shade = this.add.rectangle(0, 0, f.width, f.height, palette.night, 1).setOrigin(0, 0).setInteractive();
    shade.setName('overlay');
    if (this.overlay === 'report') {
      this.drawReport();
      return;
    }
    const quitting = this.overlay === 'confirm-quit';
    const title = this.heading(quitting ? 'QUIT THIS GAME?' : 'PAUSED', Math.round(f.height * 0.22), Math.round(f.text * 2.6));
    if (quitting) this.body('The scores of this game will not be kept.', f.width / 2, title.y + title.height + f.text, f.text, f.column.w, palette.muted).setOrigin(0.5, 0);
    const [a, b] = stack(f, title.y + title.height + f.text * 3.5, 2);
    if (!a || !b) return;
    const px = Math.round(f.text * 1.1);
    if (quitting) {
      this.buttons.push(
        new Button(this, { name: 'keep-playing', label: 'Keep playing', rect: a, fontPx: px, dpr: f.dpr, primary: true, onPress: () => this.resume() }),
        new Button(this, { name: 'confirm-quit', label: 'Yes, quit', rect: b, fontPx: px, dpr: f.dpr, onPress: () => this.quit() }),
      );
    } else {
      this.buttons.push(
        new Button(this, { name: 'resume', label: 'Resume', rect: a, fontPx: px, dpr: f.dpr, primary: true, onPress: () => this.resume() }),
        new Button(this, {
          name: 'quit',
          label: 'Quit game',
          rect: b,
          fontPx: px,
          dpr: f.dpr,
          onPress: () => {
            this.overlay = 'confirm-quit';
            this.redraw();
          },
        }),
      );
    }
  }

  /** Why is this question wrong? Kept on this device with the player's reason, for the deck's author. */
  private drawReport(): void {
    const f = this.frame;
    const s = this.session;
    if (!s) return;
    const q = currentQuestion(s);
    const title = this.heading('REPORT THIS QUESTION', Math.round(f.height * 0.1), Math.round(f.text * 2));
    const rects = stack(f, title.y + title.height + f.text * 1.5, REPORT_REASONS.length + 1);
    REPORT_REASONS.forEach((r, i) => {
      const rect = rects[i];
      if (!rect) return;
      this.buttons.push(
        new Button(this, {
          name: `report-${r.reason}`,
          label: r.label,
          rect,
          fontPx: Math.round(f.text * 0.95),
          dpr: f.dpr,
          onPress: () => {
            this.services.progress?.report({ questionId: q.id, deckId: s.deckId, prompt: q.prompt, reason: r.reason, player: s.players[currentPlayer(s)] ?? null });
            this.reported.add(q.id);
            this.overlay = 'none';
            this.redraw();
            this.announce('Thank you: the question is reported.');
          },
        }),
      );
    });
    const cancel = rects[REPORT_REASONS.length];
    if (cancel) {
      this.buttons.push(
        new Button(this, {
          name: 'report-cancel',
          label: 'Cancel',
          rect: cancel,
          fontPx: f.text,
          dpr: f.dpr,
          primary: true,
          onPress: () => {
            this.overlay = 'none';
            this.redraw();
          },
        }),
      );
    }
  }

  private drawScoreboard(s: SessionState): void {
    const f = this.frame;
    const title = this.heading(`END OF ROUND ${s.round + 1}`, Math.round(f.height * 0.12), Math.round(f.text * 2.4));
    const standings = summarize(s).standings;
    const lines = standings.map((p, i) => `${i + 1}.  ${p.name}   ${p.score}`);
    const board = this.body(s.players.length > 1 ? lines.join('\n') : `Score ${s.score}\n${s.answers.filter((a) => a.correct).length} right so far`, f.width / 2, title.y + title.height + f.text * 1.5, Math.round(f.text * 1.4), f.column.w)
      .setOrigin(0.5, 0)
      .setName('scoreboard');
    const [next] = stack(f, board.y + board.height + f.text * 2.5, 1);
    if (next) {
      this.buttons.push(
        new Button(this, {
          name: 'next-round',
          label: `Start round ${s.round + 2}`,
          rect: next,
          fontPx: Math.round(f.text * 1.2),
          dpr: f.dpr,
          primary: true,
          onPress: () => this.dispatch({ type: 'next' }),
        }),
      );
    }
  }

  private drawTimer(r: Rect, s: SessionState): void {
    this.add.rectangle(r.x, r.y, r.w, r.h, palette.panel).setOrigin(0, 0);
    if (!s.rules.timeLimitMs) return;
    const left = s.phase === 'asking' ? Math.max(0, 1 - this.elapsedMs / s.rules.timeLimitMs) : 0;
    this.timerWidth = r.w;
    this.timerBar = this.add.rectangle(r.x, r.y, r.w * left, r.h, left < 0.25 ? palette.wrong : palette.gold).setOrigin(0, 0).setName('timer');
  }

  private drawPrompt(r: Rect, q: Question, s: SessionState): void {
    const f = this.frame;
    const category = this.add
      .text(r.x + r.w / 2, r.y, q.category.toUpperCase(), { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.1)}px`, color: css(palette.gold) })
      .setOrigin(0.5, 0)
      .setLetterSpacing(Math.round(f.dpr * 2));
    const top = category.y + category.height + f.text * 0.4;
    const revealed = s.phase === 'revealed';
    const promptPx = Math.round(f.text * (revealed ? 1.1 : 1.45));
    const prompt = this.body(q.prompt, r.x + r.w / 2, top, promptPx, r.w, palette.screen).setOrigin(0.5, 0).setName('prompt');
    const room = r.y + r.h - top;
    fitText(prompt, revealed ? room * 0.45 : room, promptPx);
    if (!revealed) {
      prompt.setY(top + Math.max(0, (room - prompt.height) / 2 - f.text));
      return;
    }
    const last = lastAnswer(s);
    const timedOut = last?.choice === null && last.given === undefined;
    const verdict = last?.correct
      ? `✓ Right! +${last.points}`
      : timedOut
        ? `⏱ Time's up: it was ${q.answer}`
        : (last?.points ?? 0) > 0
          ? `≈ Close! +${last?.points}: it was ${q.answer}`
          : `✗ Not quite: it was ${q.answer}`;
    const v = this.add
      .text(r.x + r.w / 2, prompt.y + prompt.height + f.text * 0.6, verdict, {
        fontFamily: fonts.body,
        fontSize: `${Math.round(f.text * 1.15)}px`,
        fontStyle: 'bold',
        color: css(last?.correct ? palette.right : (last?.points ?? 0) > 0 ? palette.gold : palette.wrong),
        align: 'center',
        wordWrap: { width: r.w, useAdvancedWrap: true },
        backgroundColor: css(palette.night),
        padding: { x: Math.round(f.text * 0.5), y: Math.round(f.text * 0.2) },
      })
      .setOrigin(0.5, 0)
      .setName('verdict');
    const sources = [...new Set(q.sources.map((x) => x.sourceTitle))].join('; ');
    const explain = this.body(`${q.explanation}\nSource: ${sources}`, r.x + r.w / 2, v.y + v.height + f.text * 0.5, Math.round(f.text * 0.95), r.w, palette.muted)
      .setOrigin(0.5, 0)
      .setName('explanation');
    fitText(explain, Math.max(f.text * 2, r.y + r.h - explain.y), Math.round(f.text * 0.95));
  }
}
