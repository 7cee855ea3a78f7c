/**
 * The round: question, answers, timer, feedback and the reveal. The scene keeps the
 * session state and dispatches actions to the reducer; it draws, it never scores.
 */
import type Phaser from 'phaser';
import { generateQuiz } from '../../quiz/generator';
import type { Question } from '../../quiz/question';
import type { ScoringRules } from '../../quiz/scoring';
import {
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
import { DeckError } from '../../content/catalog';
import { formatProblem } from '../../quiz/deck/load';
import { roundLayout } from '../layout';
import { css, fonts, palette } from '../theme';
import { Button, fitText } from '../ui/button';
import { MarqueeScene } from './base';

export interface RoundData {
  readonly deckId: string;
  readonly seed: string;
}

const DEFAULT_RULES: ScoringRules = { mode: 'accuracy', timeLimitMs: 20_000, streakBonus: false };
/** How long the right/wrong colours show before the explanation appears. */
const FEEDBACK_MS = 650;
const KEYS = ['1', '2', '3', '4'];
const LETTERS = ['a', 'b', 'c', 'd'];

export class RoundScene extends MarqueeScene {
  private deckId = '';
  private seed = '';
  private session: SessionState | null = null;
  private askedAt = 0;
  private timerBar: Phaser.GameObjects.Rectangle | null = null;
  private timerWidth = 0;

  constructor() {
    super('Round');
  }

  init(data: RoundData): void {
    this.deckId = data.deckId;
    this.seed = data.seed;
    this.session = null;
    this.askedAt = 0;
    this.timerBar = null;
  }

  create(): void {
    this.start();
    this.services
      .loadDeck(this.deckId)
      .then((index) => {
        if (!this.sys.isActive()) return;
        const quiz = generateQuiz(index, { seed: this.seed, rounds: 1, perRound: 10, difficulty: 'curve' });
        this.session = startSession(quiz, DEFAULT_RULES);
        this.askedAt = this.services.now();
        this.publish();
        this.redraw();
      })
      .catch((e: unknown) => {
        const lines = e instanceof DeckError ? e.problems.map(formatProblem) : [String(e)];
        this.scene.start('Error', { title: 'This deck cannot be played', lines });
      });
  }

  /** The session, for tests and the accessibility layer. */
  get state(): SessionState | null {
    return this.session;
  }

  override update(): void {
    const s = this.session;
    if (s?.phase !== 'asking' || !s.rules.timeLimitMs || !this.timerBar) return;
    const left = 1 - (this.services.now() - this.askedAt) / s.rules.timeLimitMs;
    this.timerBar.width = Math.max(0, left) * this.timerWidth;
    this.timerBar.fillColor = left < 0.25 ? palette.wrong : palette.gold;
    if (left <= 0) this.dispatch({ type: 'timeout' });
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const s = this.session;
    if (!s) return false;
    if (s.phase === 'asking') {
      const key = event.key.toLowerCase();
      const choice = KEYS.includes(key) ? KEYS.indexOf(key) : LETTERS.indexOf(key);
      if (choice >= 0 && choice < currentQuestion(s).options.length) {
        this.answer(choice);
        return true;
      }
    }
    if (s.phase === 'revealed' && (event.key === 'Enter' || event.key === ' ' || event.key === 'n')) {
      this.dispatch({ type: 'next' });
      event.preventDefault();
      return true;
    }
    if (event.key === 'Escape') {
      this.scene.start('Menu', { deckId: this.deckId });
      return true;
    }
    return false;
  }

  private answer(choice: number): void {
    this.dispatch({ type: 'answer', choice, elapsedMs: this.services.now() - this.askedAt });
  }

  private dispatch(action: SessionAction): void {
    const before = this.session;
    if (!before) return;
    const after = reduce(before, action);
    if (after === before) return;
    this.session = after;
    this.publish();
    if (after.phase === 'finished') {
      this.scene.start('Results', { deckId: this.deckId, summary: summarize(after) });
      return;
    }
    if (after.phase === 'answered') this.time.delayedCall(FEEDBACK_MS, () => this.dispatch({ type: 'reveal' }));
    if (after.phase === 'asking' && before.phase !== 'asking') this.askedAt = this.services.now();
    if (after.phase === 'roundOver') {
      this.dispatch({ type: 'next' });
      return;
    }
    this.redraw();
  }

  /** Tells listeners (storage, the accessibility mirror, tests) that the session changed. */
  private publish(): void {
    this.game.events.emit('marquee:session', this.session);
  }

  protected render(): void {
    const f = this.frame;
    const s = this.session;
    if (!s) {
      this.body('Setting up the projector…', f.width / 2, f.height / 2, f.text, f.column.w, palette.muted).setOrigin(0.5);
      return;
    }
    const q = currentQuestion(s);
    const L = roundLayout(f, q.options.length);
    const hudPx = Math.round(f.text * 0.95);
    this.add
      .text(L.hud.x, L.hud.y + L.hud.h / 2, `Question ${questionNumber(s)} of ${totalQuestions(s)}`, { fontFamily: fonts.body, fontSize: `${hudPx}px`, color: css(palette.muted) })
      .setOrigin(0, 0.5)
      .setName('progress');
    this.add
      .text(L.hud.x + L.hud.w, L.hud.y + L.hud.h / 2, `Score ${s.score}`, { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.4)}px`, color: css(palette.gold) })
      .setOrigin(1, 0.5)
      .setName('score');
    this.drawTimer(L.timer, s);
    this.drawPrompt(L.prompt, q, s);
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
        if (picked && s.phase === 'answered') {
          this.tweens.add({ targets: b, x: b.x + f.text * 0.3, duration: 60, yoyo: true, repeat: i === q.answerIndex ? 0 : 3 });
        }
      }
      this.buttons.push(b);
    });
    if (s.phase === 'revealed') {
      const isLast = questionNumber(s) === totalQuestions(s);
      const next = new Button(this, {
        name: 'next',
        label: isLast ? 'See results' : 'Next question',
        rect: { x: L.footer.x + L.footer.w * 0.15, y: L.footer.y + L.footer.h * 0.15, w: L.footer.w * 0.7, h: L.footer.h * 0.7 },
        fontPx: Math.round(f.text * 1.1),
        dpr: f.dpr,
        primary: true,
        onPress: () => this.dispatch({ type: 'next' }),
      });
      this.buttons = [next];
    }
  }

  private drawTimer(r: { x: number; y: number; w: number; h: number }, s: SessionState): void {
    this.add.rectangle(r.x, r.y, r.w, r.h, palette.panel).setOrigin(0, 0);
    if (!s.rules.timeLimitMs) return;
    const left = s.phase === 'asking' ? Math.max(0, 1 - (this.services.now() - this.askedAt) / s.rules.timeLimitMs) : 0;
    this.timerWidth = r.w;
    this.timerBar = this.add.rectangle(r.x, r.y, r.w * left, r.h, palette.gold).setOrigin(0, 0).setName('timer');
  }

  private drawPrompt(r: { x: number; y: number; w: number; h: number }, q: Question, s: SessionState): void {
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
    const verdict = last?.correct ? `✓ Right! +${last.points}` : last?.choice === null ? `⏱ Time's up: it was ${q.answer}` : `✗ Not quite: it was ${q.answer}`;
    const v = this.add
      .text(r.x + r.w / 2, prompt.y + prompt.height + f.text * 0.6, verdict, {
        fontFamily: fonts.body,
        fontSize: `${Math.round(f.text * 1.15)}px`,
        fontStyle: 'bold',
        color: css(last?.correct ? palette.right : palette.wrong),
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
