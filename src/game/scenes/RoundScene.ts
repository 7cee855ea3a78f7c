/**
 * The round: question, answers, timer, feedback and the reveal, with pause, quit and the
 * scoreboard between rounds. The scene keeps the session state and dispatches actions to
 * the reducer; the question view draws it, and the scene never scores.
 */
import { DeckError } from '../../content/catalog';
import { spokenAnswer, spokenQuestion } from '../../a11y/voice';
import { codeOfSeed } from '../../quiz/challenge';
import { formatProblem } from '../../quiz/deck/problem';
import type { Question } from '../../quiz/question';
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
import { type QuizAndRules, quizFor } from '../quiz-for';
import { DEFAULT_SETUP, type GameSetup } from '../settings';
import { palette } from '../theme';
import type { Button } from '../ui/button';
import { QuestionView, type QuestionViewData } from '../ui/question-view';
import { drawOverlay, drawPauseButton, drawRevealButtons, drawScoreboard, OVERLAY_TITLES, type Overlay, type OverlayActions, type ReportReason } from '../ui/round-overlays';
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

export class RoundScene extends MarqueeScene {
  private data_: RoundData = { deckId: '', seed: '' };
  private session: SessionState | null = null;
  private askedAt = 0;
  private pausedAt: number | null = null;
  private overlay: Overlay = 'none';
  private lastTick = 0;
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
    this.askedAt = 0;
    this.pausedAt = null;
    this.overlay = 'none';
    this.lastTick = 0;
    this.answeredAt = 0;
    this.reported = new Set();
    this.pauseButton = null;
    this.view.clearDraft();
  }

  create(): void {
    this.start();
    this.events.once('shutdown', () => this.services.voice?.stop());
    if (this.data_.resume) {
      this.begin(this.data_.resume, this.data_.resumeElapsedMs ?? 0);
      return;
    }
    const setup: GameSetup = this.data_.setup ?? { ...DEFAULT_SETUP, deckId: this.data_.deckId };
    if (this.data_.prepared) {
      const { quiz, rules } = this.data_.prepared;
      this.begin(startSession(quiz, rules, setup.players), 0);
      return;
    }
    quizFor(this.services, setup, this.data_.seed)
      .then(({ quiz, rules }) => {
        if (!this.sys.isActive()) return;
        this.begin(startSession(quiz, rules, setup.players), 0);
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
    if (s.phase !== 'asking' || !s.rules.timeLimitMs) return;
    const remaining = s.rules.timeLimitMs - this.elapsedMs;
    this.view.setTimeLeft(remaining / s.rules.timeLimitMs);
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
    if (this.overlay !== 'none') return OVERLAY_TITLES[this.overlay];
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
    if (this.overlay !== 'none' || s.phase !== 'asking') return false;
    return this.view.key(event.key.toLowerCase());
  }

  private pause(): void {
    if (this.overlay !== 'none') return;
    this.pausedAt = this.services.now();
    this.services.voice?.stop();
    this.show('paused');
    this.announce('Paused.');
  }

  private show(overlay: Overlay): void {
    this.overlay = overlay;
    this.redraw();
  }

  private resume(): void {
    if (this.pausedAt !== null) this.askedAt += this.services.now() - this.pausedAt;
    this.pausedAt = null;
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
    if (after.phase === 'asking' && before.phase !== 'asking') {
      this.askedAt = this.services.now();
      this.lastTick = 0;
      this.view.clearDraft();
    }
    this.publish();
    if (after.phase === 'finished') {
      const code = codeOfSeed(after.seed);
      this.scene.start('Results', { deckId: after.deckId, summary: summarize(after), setup: this.data_.setup, ...(code ? { code } : {}) });
      return;
    }
    if (after.phase === 'answered') {
      this.services.sfx.play(lastAnswer(after)?.correct ? 'correct' : 'wrong');
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

  /** Reads a question as it opens, and its answer at the reveal, where the player turned that on. */
  private readAloud(s: SessionState): void {
    const voice = this.services.voice;
    if (!voice || !this.services.settings.get().readAloud || (s.phase !== 'asking' && s.phase !== 'revealed')) return;
    const q = currentQuestion(s);
    voice.speak(s.phase === 'asking' ? spokenQuestion(q) : spokenAnswer(q));
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

  private report(reason: ReportReason): void {
    const s = this.session;
    if (!s) return;
    const q = currentQuestion(s);
    this.services.progress?.report({ questionId: q.id, deckId: s.deckId, prompt: q.prompt, reason, player: s.players[currentPlayer(s)] ?? null });
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
    if (s.phase === 'roundOver') {
      const board = s.players.length > 1 ? summarize(s).standings.map((p, i) => `${i + 1}.  ${p.name}   ${p.score}`).join('\n') : `Score ${s.score}\n${s.answers.filter((a) => a.correct).length} right so far`;
      this.buttons = drawScoreboard(this, f, { round: s.round, lines: board }, () => this.dispatch({ type: 'next' }));
      return;
    }
    const q = currentQuestion(s);
    const { layout: L, buttons } = this.view.draw(f, this.viewData(s, q));
    this.buttons = [...buttons];
    // Once revealed, the answers are done with: focus goes to Next and Report… only.
    if (s.phase === 'revealed') {
      const next = questionNumber(s) === totalQuestions(s) ? 'See results' : s.index + 1 === (s.rounds[s.round]?.length ?? 0) ? 'End of round' : 'Next question';
      this.buttons = drawRevealButtons(this, f, L.footer, { next, reported: this.reported.has(q.id), onNext: () => this.dispatch({ type: 'next' }), onReport: () => this.show('report') });
    }
    const pause = drawPauseButton(this, f, L.hud, this.overlay === 'none', () => this.pause());
    this.pauseButton = pause;
    if (this.overlay !== 'none') this.buttons = drawOverlay(this, f, this.overlay, this.overlayActions);
    else this.buttons.push(pause);
  }

  /** The session as the question view takes it: plain data, with the HUD's words worked out here. */
  private viewData(s: SessionState, q: Question): QuestionViewData {
    const limit = s.rules.timeLimitMs;
    const turn = s.players.length > 1 ? ` · ${s.players[currentPlayer(s)]}` : '';
    return {
      question: q,
      // 'finished' is drawn only for the moment before the results open: as the reveal it was.
      phase: s.phase === 'asking' || s.phase === 'answered' ? s.phase : 'revealed',
      answer: s.phase === 'asking' ? undefined : lastAnswer(s),
      hud: `Q ${questionNumber(s)}/${totalQuestions(s)}${s.rounds.length > 1 ? ` · Round ${s.round + 1}` : ''}${turn}`,
      score: s.players.length > 1 ? `${s.scores[currentPlayer(s)] ?? 0}` : `Score ${s.score}`,
      timeLeft: limit ? (s.phase === 'asking' ? Math.max(0, 1 - this.elapsedMs / limit) : 0) : null,
      reducedMotion: this.reducedMotion,
    };
  }
}
