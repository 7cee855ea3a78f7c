/**
 * The round: question, answers, timer, feedback and the reveal, with pause, quit and the
 * scoreboard between rounds. The scene keeps the session state and dispatches actions to
 * the reducer; the question view draws it, and the scene never scores.
 */
import { codeOfSeed } from '../../quiz/challenge';
import type { Question } from '../../quiz/question';
import { answerNow, canBuzz, currentQuestion, reduce, type SessionAction, type SessionState, startSession, summarize } from '../../quiz/session';
import { type QuizAndRules, quizFor } from '../quiz-for';
import { RoundClock } from '../round-clock';
import { announceLine, buzzMoment, nextLabel, spokenLine, statusLine, titleLine, whose } from '../round-words';
import { DEFAULT_SETUP, type GameSetup } from '../settings';
import { BUZZ_KEYS, padRole, sessionOptions, teamOfKey } from '../teams';
import { palette } from '../theme';
import type { Button } from '../ui/button';
import { QuestionView, type QuestionViewData } from '../ui/question-view';
import { drawOverlay, drawPauseButton, drawRevealButtons, OVERLAY_TITLES, type Overlay, type OverlayActions, type ReportReason } from '../ui/round-overlays';
import { cannotStart, drawBetweenQuestions, questionViewData } from '../ui/round-screen';
import { drawTeamParts } from '../ui/teams-view';
import { MarqueeScene } from './base';

export interface RoundData {
  readonly deckId: string;
  readonly seed: string;
  readonly setup?: GameSetup;
  /** A saved game to continue instead of starting a new one. */
  readonly resume?: SessionState;
  /** How long the current question had been open when the game was saved. */
  readonly resumeElapsedMs?: number;
  /** The quiz, already drawn from a deck made ready beforehand (the Setup screen's): no wait. */
  readonly prepared?: QuizAndRules;
}

/** How long the right/wrong colours show before the explanation appears. */
const FEEDBACK_MS = 650;
/** By buzzer, how long a team that buzzed in has to answer (times the player's timer setting). */
const ANSWER_MS = 10_000;

export class RoundScene extends MarqueeScene {
  private data_: RoundData = { deckId: '', seed: '' };
  private session: SessionState | null = null;
  private readonly clock = new RoundClock(() => Math.round(ANSWER_MS * this.services.settings.get().timerScale));
  private overlay: Overlay = 'none';
  /** The gamepads the buzzers were drawn with, so one plugged in later is shown. */
  private padsDrawn = '';
  private answeredAt = 0;
  /** The pause button as last drawn: an answer shown in place keeps it. */
  private pauseButton: Button | null = null;
  /** Question ids reported in this game, so the reveal can say thanks. */
  private reported = new Set<string>();
  /** The question view answers into the session; a pause or an overlay holds every answer back. */
  private readonly view = new QuestionView(this, {
    onAnswer: (choice) => this.overlay === 'none' && this.dispatch({ type: 'answer', choice, elapsedMs: this.elapsedMs }),
    onOrder: (order) => this.overlay === 'none' && this.dispatch({ type: 'order', order, elapsedMs: this.elapsedMs }),
    onYear: (year) => this.overlay === 'none' && this.dispatch({ type: 'guess', year, elapsedMs: this.elapsedMs }),
    onInput: () => this.services.sfx.play('select'),
    onRelabel: () => this.mirror(),
  });
  private readonly overlayActions: OverlayActions = {
    resume: () => this.resume(),
    scores: () => this.show('scores'),
    nobody: () => {
      this.resume();
      this.dispatch({ type: 'timeout' });
    },
    askQuit: () => this.show('confirm-quit'),
    quit: () => this.quit(),
    report: (reason) => this.report(reason),
    close: () => this.show('none'),
  };

  constructor() {
    super('Round');
  }

  init(data: RoundData): void {
    this.data_ = data;
    this.session = null;
    this.overlay = 'none';
    this.answeredAt = 0;
    this.reported = new Set();
    this.pauseButton = null;
    this.view.clearDraft();
  }

  create(): void {
    this.start();
    this.events.once('shutdown', () => this.services.voice?.stop());
    const d = this.data_;
    const setup: GameSetup = d.setup ?? { ...DEFAULT_SETUP, deckId: d.deckId };
    const open = ({ quiz, rules }: QuizAndRules) => this.begin(startSession(quiz, rules, setup.players, sessionOptions(setup)), 0);
    if (d.resume) this.begin(d.resume, d.resumeElapsedMs ?? 0);
    else if (d.prepared) open(d.prepared);
    else
      quizFor(this.services, setup, d.seed)
        .then((ready) => {
          if (this.sys.isActive()) open(ready);
        })
        .catch((e: unknown) => this.scene.start('Error', cannotStart(e)));
  }

  private begin(session: SessionState, elapsedMs: number): void {
    this.session = session;
    // A saved game whose team had buzzed in goes on with that team, and a fresh answer time.
    this.clock.open(session, this.services.now(), elapsedMs);
    this.publish();
    this.redraw();
    this.markDrawn('marquee:question');
    this.announceState();
    this.readAloud(session);
  }

  /** The session, for tests, storage and the accessibility layer. */
  get state(): SessionState | null {
    return this.session;
  }

  /** How long the current question has been open, pauses excluded. */
  get elapsedMs(): number {
    return this.clock.questionMs(this.services.now());
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
    if (s.phase !== 'asking') return;
    // A gamepad plugged in (or seen for the first time) shows on its team's buzzer.
    if (s.mode === 'buzzer' && s.buzz.holder === null && this.pads().join(',') !== this.padsDrawn) this.redraw();
    // By buzzer, a team that buzzed in answers against its own clock; the question's waits.
    const left = this.clock.left(s, this.services.now());
    if (!left) return;
    this.view.setTimeLeft(left.share);
    if (this.clock.tick(left.ms)) this.services.sfx.play('tick');
    if (left.ms <= 0) this.dispatch({ type: 'timeout' });
  }

  protected screenTitle(): string {
    return this.overlay !== 'none' ? OVERLAY_TITLES[this.overlay] : titleLine(this.session);
  }

  protected override screenStatus(): string {
    return this.session ? statusLine(this.session) : '';
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const s = this.session;
    if (!s) return false;
    if (event.key === 'Escape') {
      if (this.overlay === 'none') this.pause();
      else this.resume();
      return true;
    }
    if (this.overlay !== 'none' || s.phase !== 'asking') return false;
    if (s.mode === 'buzzer' && s.buzz.holder === null) {
      // While the buzzers are open, nobody answers: a key is a team's buzzer, or moves the focus.
      const team = teamOfKey(s, event.key);
      if (team !== null) this.dispatch({ type: 'buzz', player: team });
      return team !== null;
    }
    return this.view.key(event.key.toLowerCase());
  }

  /** By buzzer, each connected gamepad is a team: any button buzzes it in, then its d-pad and A answer. */
  protected override onPadButton(pad: number, button: number): boolean {
    const s = this.session;
    if (!s || this.overlay !== 'none') return false;
    const role = padRole(s, pad, button);
    if (role === 'buzz' && canBuzz(s, pad)) this.dispatch({ type: 'buzz', player: pad });
    return role !== 'key';
  }

  private pause(): void {
    if (this.overlay !== 'none') return;
    this.clock.pause(this.services.now());
    this.services.voice?.stop();
    this.show('paused');
    this.announce('Paused.');
  }

  private show(overlay: Overlay): void {
    this.overlay = overlay;
    this.redraw();
  }

  private resume(): void {
    if (this.session) this.clock.resume(this.session, this.services.now());
    this.show('none');
  }

  private quit(): void {
    this.game.events.emit('marquee:quit', this.session);
    this.scene.start('Menu');
  }

  private dispatch(action: SessionAction): void {
    const before = this.session;
    if (!before) return;
    const after = reduce(before, action);
    if (after === before) return;
    this.session = after;
    const now = this.services.now();
    if (after.phase === 'asking' && before.phase !== 'asking') {
      this.clock.open(after, now);
      this.view.clearDraft();
    }
    if (action.type === 'correct') {
      this.publish();
      this.redraw();
      return;
    }
    if (before.phase === 'asking' && after.phase === 'asking' && after.mode === 'buzzer' && after.buzz !== before.buzz) {
      this.buzzed(before, after, now);
      return;
    }
    this.publish();
    if (after.phase === 'finished') {
      const code = codeOfSeed(after.seed);
      this.scene.start('Results', { deckId: after.deckId, summary: summarize(after), setup: this.data_.setup, ...(code ? { code } : {}) });
      return;
    }
    if (after.phase === 'answered') {
      this.services.sfx.play(answerNow(after)?.correct ? 'correct' : 'wrong');
      this.answeredAt = this.services.now();
      // Only the answers change on screen: they alone are drawn again.
      if (before.phase === 'asking' && this.showAnswer(after)) {
        this.announceState();
        return;
      }
    }
    this.redraw();
    this.announceState();
    if (after.phase !== before.phase) this.readAloud(after);
  }

  /** A team buzzed in (its clock starts, the question's stops), or missed (the others may steal). */
  private buzzed(before: SessionState, after: SessionState, now: number): void {
    const moment = buzzMoment(after);
    if (after.buzz.holder !== null) this.clock.buzzed(now);
    else {
      this.clock.missed(now);
      this.view.clearDraft();
    }
    this.services.sfx.play(moment.cue);
    this.announce(moment.line);
    this.publish();
    this.redraw();
    if (before.buzz.holder !== null) this.announceState();
  }

  /** Reads a question as it opens, and its answer at the reveal, where the player turned that on. */
  private readAloud(s: SessionState): void {
    const words = this.services.settings.get().readAloud ? spokenLine(s) : null;
    if (words) this.services.voice?.speak(words);
  }

  /** The answer just given, shown over the question as drawn; false when it must be drawn in full. */
  private showAnswer(s: SessionState): boolean {
    const pause = this.pauseButton;
    if (this.overlay !== 'none' || !pause?.active) return false;
    const drawn = this.view.answered(this.frame, this.viewData(s, currentQuestion(s)));
    if (!drawn) return false;
    this.replaceButtons([...drawn.buttons, pause]);
    return true;
  }

  private announceState(): void {
    const line = this.session ? announceLine(this.session, this.screenTitle(), BUZZ_KEYS) : null;
    if (line) this.announce(line);
  }

  /** Tells listeners (storage, tests) that the session changed, with the question's open time. */
  private publish(): void {
    this.game.events.emit('marquee:session', this.session, { setup: this.data_.setup, elapsedMs: this.elapsedMs });
  }

  private report(reason: ReportReason): void {
    const s = this.session;
    if (!s) return;
    const q = currentQuestion(s);
    this.services.progress?.report({ questionId: q.id, deckId: s.deckId, prompt: q.prompt, reason, player: whose(s) ?? s.players[0] ?? null });
    this.reported.add(q.id);
    this.show('none');
    this.announce('Thank you: the question is reported.');
  }

  protected render(): void {
    const f = this.frame;
    const s = this.session;
    if (!s) {
      this.body('Setting up the projector…', f.width / 2, f.height / 2, f.text, f.column.w, palette.muted).setOrigin(0.5);
      return;
    }
    const dispatch = (action: SessionAction) => this.dispatch(action);
    const between = drawBetweenQuestions(this, f, s, this.overlay, dispatch, (o) => this.show(o));
    if (between) {
      this.buttons = between;
      return;
    }
    const q = currentQuestion(s);
    const { layout: L, buttons } = this.view.draw(f, this.viewData(s, q));
    this.buttons = [...buttons];
    const pads = this.pads();
    this.padsDrawn = pads.join(',');
    const buzzers = drawTeamParts(this, f, L.footer, s, pads, (team) => this.dispatch({ type: 'buzz', player: team }));
    if (buzzers) this.buttons = buzzers;
    // Once revealed, the answers are done with: focus goes to Next and Report… only.
    if (s.phase === 'revealed') {
      this.buttons = drawRevealButtons(this, f, L.footer, { next: nextLabel(s), reported: this.reported.has(q.id), onNext: () => this.dispatch({ type: 'next' }), onReport: () => this.show('report') });
    }
    const pause = drawPauseButton(this, f, L.hud, this.overlay === 'none', () => this.pause());
    this.pauseButton = pause;
    const extras = { scores: s.players.length > 1, nobody: s.mode === 'buzzer' && s.phase === 'asking' };
    if (this.overlay !== 'none' && this.overlay !== 'scores') this.buttons = drawOverlay(this, f, this.overlay, this.overlayActions, extras);
    else this.buttons.push(pause);
  }

  /** The indexes of the gamepads connected now. */
  private pads(): number[] {
    return this.input.gamepad?.getAll().map((p) => p.index) ?? [];
  }

  private viewData(s: SessionState, q: Question): QuestionViewData {
    return questionViewData(s, q, this.clock.left(s, this.services.now()), this.reducedMotion);
  }
}
