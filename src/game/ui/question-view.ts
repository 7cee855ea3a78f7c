/**
 * The question as a screen shows it: the HUD line, the timer bar, the prompt under its
 * category, the way to answer it (the options, the films to put in order, or a year keypad)
 * and the reveal. It is drawn from plain data and hands answers back through callbacks,
 * never touching a session, so the hot-seat round and a host screen (a projector showing
 * the question while phones answer) draw one and the same view.
 *
 * It keeps only what a player is still building, an order or a year being typed, so a
 * redraw in the middle of it (a resize, a pause) loses nothing.
 */
import type Phaser from 'phaser';
import type { OrderQuestion, Question } from '../../quiz/question';
import type { AnswerRecord } from '../../quiz/session';
import { answersArea, type Frame, keypadLayout, type Rect, type RoundLayout, roundLayout } from '../layout';
import { css, fonts, palette } from '../theme';
import { AnswerDraft, type Intent, keyIntent, keyOf } from './answer-draft';
import { Button, fitText } from './button';
import { addText, bodyText } from './text';

export type QuestionPhase = 'asking' | 'answered' | 'revealed';

/** What a player gave, as the reducer recorded it. */
export type GivenAnswer = Pick<AnswerRecord, 'choice' | 'given' | 'correct' | 'points'>;

export interface QuestionViewData {
  readonly question: Question;
  /** `answered` is the moment of right/wrong colours before the reveal's explanation. */
  readonly phase: QuestionPhase;
  /** This screen's player's answer, once given; absent where nobody answers (a host screen). */
  readonly answer?: GivenAnswer;
  /** How many players picked each option of a choice question, shown beside it on the reveal. */
  readonly counts?: readonly number[];
  /** The time left, from 1 (all of it) to 0; null when the question has no timer. */
  readonly timeLeft: number | null;
  readonly hud: string;
  readonly score: string;
  /** False where the question is shown but answered elsewhere: the buttons show, presses do nothing. */
  readonly interactive?: boolean;
  readonly reducedMotion?: boolean;
}

export interface QuestionViewCallbacks {
  onAnswer?(choice: number): void;
  onOrder?(order: readonly string[]): void;
  onYear?(year: number): void;
  /** A film tapped in or out of the order, or a digit typed: the moment for a click. */
  onInput?(): void;
  /** A button was relabelled in place ("Lock in"), so the accessibility mirror is out of date. */
  onRelabel?(): void;
}

export interface DrawnQuestion {
  /** Where everything went, so the screen can put its own buttons in the HUD and footer. */
  readonly layout: RoundLayout;
  /** The view's buttons in focus order, for the screen's keyboard focus and the mirror. */
  readonly buttons: readonly Button[];
}

const PAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', 'OK'];

export class QuestionView {
  private data: QuestionViewData | null = null;
  private readonly draft = new AnswerDraft();
  private draftFor: string | null = null;
  /** Redraws the draft in place, so quick taps are never lost to a full redraw. */
  private refreshInput: (() => void) | null = null;
  private timerBar: Phaser.GameObjects.Rectangle | null = null;
  private timerWidth = 0;
  /** What the last draw made, to show an answer over it (`answered`). */
  private drawn: { readonly layout: RoundLayout; readonly hud: Phaser.GameObjects.Text; readonly score: Phaser.GameObjects.Text; answers: Phaser.GameObjects.GameObject[] } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly callbacks: QuestionViewCallbacks = {},
  ) {}

  /**
   * Draws the view into the scene, over whatever is there. A draft survives a redraw of the
   * same question and is dropped for another one.
   */
  draw(f: Frame, data: QuestionViewData): DrawnQuestion {
    const q = data.question;
    if (this.draftFor !== q.id) this.clearDraft();
    this.draftFor = q.id;
    this.data = data;
    this.refreshInput = null;
    this.timerBar = null;
    // A year question has no options: its keypad takes the room four answers would.
    const L = roundLayout(f, q.input === 'year' ? 4 : q.options.length);
    const [hud, score] = this.drawHud(f, L.hud, data);
    this.drawTimer(L.timer, data.timeLeft);
    this.drawPrompt(f, L.prompt, data);
    const { buttons, objects } = this.drawAnswers(f, L, data);
    this.drawn = { layout: L, hud, score, answers: objects };
    return { layout: L, buttons };
  }

  /**
   * Shows the answer just given over the question as it is drawn, as `draw` would draw the
   * 'answered' phase: only the way to answer (the options in their colours, the order's
   * places, the year typed) is drawn again, and the score and the timer change in place, so
   * the frame is drawn again only there. Null when the view shows another moment of this
   * question (or another question): then `draw` it.
   */
  answered(f: Frame, data: QuestionViewData): DrawnQuestion | null {
    const before = this.data;
    const drawn = this.drawn;
    if (!drawn || before?.question.id !== data.question.id || before.phase !== 'asking' || data.phase !== 'answered' || before.interactive !== data.interactive) return null;
    for (const o of drawn.answers) o.destroy();
    this.data = data;
    this.refreshInput = null;
    drawn.hud.setText(data.hud);
    drawn.score.setText(data.score);
    if (data.timeLeft !== null) this.setTimeLeft(data.timeLeft);
    const { buttons, objects } = this.drawAnswers(f, drawn.layout, data);
    drawn.answers = objects;
    return { layout: drawn.layout, buttons };
  }

  /** The way to answer, and the objects it added to the scene. */
  private drawAnswers(f: Frame, L: RoundLayout, data: QuestionViewData): { buttons: Button[]; objects: Phaser.GameObjects.GameObject[] } {
    const q = data.question;
    const list = this.scene.children.list;
    const from = list.length;
    const buttons = q.input === 'order' ? this.drawOrder(f, L, q, data) : q.input === 'year' ? this.drawKeypad(f, L, data) : this.drawChoices(f, L, q, data);
    return { buttons, objects: list.slice(from) };
  }

  /** Moves the timer bar without a redraw; it turns red in the last quarter. */
  setTimeLeft(left: number): void {
    if (!this.timerBar) return;
    this.timerBar.width = Math.max(0, left) * this.timerWidth;
    this.timerBar.fillColor = left < 0.25 ? palette.wrong : palette.gold;
  }

  /** Forgets a half-built order or year, for a question asked again from the start. */
  clearDraft(): void {
    this.draft.clear();
  }

  /** A key (lower-cased `KeyboardEvent.key`) while the question is open; false for one it leaves to the screen. */
  key(key: string): boolean {
    const d = this.data;
    if (d?.phase !== 'asking' || d.interactive === false) return false;
    const intent = keyIntent(d.question, key, this.draft);
    if (intent) this.act(intent, d.question);
    return intent !== null;
  }

  /** Carries out a press or a key: a change to the draft is redrawn in place, a finished answer handed on. */
  private act(intent: Intent, q: Question): void {
    const { draft, callbacks: cb } = this;
    switch (intent.do) {
      case 'answer':
        cb.onAnswer?.(intent.choice);
        return;
      case 'place':
        draft.toggle(intent.option);
        cb.onInput?.();
        break;
      case 'unplace':
        draft.unplaceLast();
        break;
      case 'digit':
        if (!draft.type(intent.digit)) return;
        cb.onInput?.();
        break;
      case 'erase':
        draft.erase();
        break;
      case 'submit':
        if (q.input === 'order' && draft.orderComplete(q)) cb.onOrder?.(draft.placed);
        else if (q.input === 'year' && draft.year !== null) cb.onYear?.(draft.year);
        return;
    }
    this.refreshInput?.();
  }

  /** A button that is shown but takes no press: after the answer, or on a screen nobody answers on. */
  private static still(b: Button): Button {
    b.enabled = false;
    b.disableInteractive();
    return b;
  }

  private drawChoices(f: Frame, L: RoundLayout, q: Question, d: QuestionViewData): Button[] {
    const answered = d.phase !== 'asking';
    const counts = d.phase === 'revealed' && q.input === 'choice' ? d.counts : undefined;
    return q.options.flatMap((option, i) => {
      const rect = L.answers[i];
      if (!rect) return [];
      const count = counts?.[i];
      // The room's answers ride on the label, so the mirror reads them out too.
      const label = count === undefined ? option : `${option} · ${count} picked`;
      const b = new Button(this.scene, { name: `answer-${i}`, label, rect, fontPx: Math.round(f.text * 1.05), dpr: f.dpr, badge: keyOf(i), onPress: () => this.act({ do: 'answer', choice: i }, q) });
      if (answered || d.interactive === false) QuestionView.still(b);
      if (answered) {
        const picked = d.answer?.choice === i;
        b.setLook(i === q.answerIndex ? 'right' : picked ? 'wrong' : 'dim');
        if (picked && d.phase === 'answered' && !d.reducedMotion) {
          this.scene.tweens.add({ targets: b, x: b.x + f.text * 0.3, duration: 60, yoyo: true, repeat: i === q.answerIndex ? 0 : 3 });
        }
      }
      return [b];
    });
  }

  /**
   * Release order: tap the films in order, earliest first; each shows the place given to
   * it. Tapping a placed film takes it back. Once answered, each shows its right place.
   */
  private drawOrder(f: Frame, L: RoundLayout, q: OrderQuestion, d: QuestionViewData): Button[] {
    const answered = d.phase !== 'asking';
    const given = answered ? (d.answer?.given?.split(' → ') ?? []) : this.draft.placed;
    const options = q.options.flatMap((label, i) => {
      const rect = L.answers[i];
      if (!rect) return [];
      const place = given.indexOf(label);
      const right = q.order.indexOf(label);
      const b = new Button(this.scene, { name: `answer-${i}`, label, rect, fontPx: Math.round(f.text * 1.05), dpr: f.dpr, badge: answered ? String(right + 1) : '·', onPress: () => this.act({ do: 'place', option: label }, q) });
      if (answered || d.interactive === false) QuestionView.still(b);
      // With no answer of its own (a host screen), the reveal only shows the right places.
      if (answered && d.answer) b.setLook(place === right ? 'right' : 'wrong');
      return [{ b, label }];
    });
    const buttons = options.map((o) => o.b);
    // A screen nobody answers on (a host screen) has no Lock in: its footer is the host's.
    if (answered || d.interactive === false) return buttons;
    const lock = new Button(this.scene, {
      name: 'lock-in',
      label: '',
      rect: { x: L.footer.x + L.footer.w * 0.1, y: L.footer.y + L.footer.h * 0.15, w: L.footer.w * 0.8, h: L.footer.h * 0.7 },
      fontPx: Math.round(f.text * 0.95),
      dpr: f.dpr,
      onPress: () => this.act({ do: 'submit' }, q),
    });
    const refresh = () => {
      for (const o of options) {
        const place = this.draft.placed.indexOf(o.label);
        o.b.setBadge(place >= 0 ? String(place + 1) : '·').setLook(place >= 0 ? 'picked' : 'idle');
      }
      const complete = this.draft.orderComplete(q);
      lock.setLabel(complete ? 'Lock in this order' : `Tap the films, earliest first (${this.draft.placed.length}/${q.options.length})`);
      lock.setLook(complete ? 'picked' : 'dim');
    };
    refresh();
    // Only a change after the draw needs telling: the screen reads the buttons once the draw is done.
    this.refreshInput = () => {
      refresh();
      this.callbacks.onRelabel?.();
    };
    return [...buttons, lock];
  }

  /** Closest year: a keypad and a four-digit display; Enter or OK submits. */
  private drawKeypad(f: Frame, L: RoundLayout, d: QuestionViewData): Button[] {
    const { display, keys } = keypadLayout(answersArea(L), f.text);
    this.scene.add.rectangle(display.x, display.y, display.w, display.h, palette.panel).setOrigin(0, 0).setStrokeStyle(Math.max(2, f.dpr * 2), palette.gold);
    const shown = this.scene.add
      .text(display.x + display.w / 2, display.y + display.h / 2, '', { fontFamily: fonts.display, fontSize: `${Math.round(display.h * 0.7)}px`, color: css(palette.screen) })
      .setOrigin(0.5)
      .setName('year-display');
    const spaced = (t: string) => t.split('').join(' ');
    const q = d.question;
    if (d.phase !== 'asking') {
      // A host screen has no answer of its own: its reveal shows the right year.
      shown.setText(spaced(d.answer ? (d.answer.given ?? '—') : q.input === 'year' ? String(q.year) : '—'));
      return [];
    }
    if (d.interactive === false) {
      shown.setText('? ? ? ?');
      this.scene.add
        .text(display.x + display.w / 2, display.y + display.h + f.text, 'Type the year on your phone: closest wins', { fontFamily: fonts.body, fontSize: `${Math.round(f.text * 1.1)}px`, color: css(palette.muted) })
        .setOrigin(0.5, 0);
      return [];
    }
    const buttons = PAD.flatMap((label, i) => {
      const rect = keys[i];
      if (!rect) return [];
      const intent: Intent = label === '⌫' ? { do: 'erase' } : label === 'OK' ? { do: 'submit' } : { do: 'digit', digit: label };
      const name = label === '⌫' ? 'key-erase' : label === 'OK' ? 'key-ok' : `key-${label}`;
      const b = new Button(this.scene, { name, label: label === '⌫' ? 'Erase' : label, rect, fontPx: Math.round(f.text * 1.2), dpr: f.dpr, onPress: () => this.act(intent, q) });
      return [b];
    });
    const ok = buttons.find((b) => b.name === 'key-ok');
    this.refreshInput = () => {
      shown.setText(spaced(this.draft.typed.padEnd(4, '_')));
      ok?.setLook(this.draft.year !== null ? 'picked' : 'dim');
    };
    this.refreshInput();
    return buttons;
  }

  /** The question's place in the game at the left (after room for a pause button), the score at the right. */
  private drawHud(f: Frame, r: Rect, d: QuestionViewData): [Phaser.GameObjects.Text, Phaser.GameObjects.Text] {
    const left = r.x + r.h * 1.2;
    const hud = this.scene.add
      .text(left, r.y + r.h / 2, d.hud, { fontFamily: fonts.body, fontSize: `${Math.round(f.text * 0.95)}px`, color: css(palette.muted) })
      .setOrigin(0, 0.5)
      .setName('progress');
    const score = this.scene.add
      .text(r.x + r.w, r.y + r.h / 2, d.score, { fontFamily: fonts.display, fontSize: `${Math.round(f.text * 1.4)}px`, color: css(palette.gold) })
      .setOrigin(1, 0.5)
      .setName('score');
    return [hud, score];
  }

  private drawTimer(r: Rect, left: number | null): void {
    this.scene.add.rectangle(r.x, r.y, r.w, r.h, palette.panel).setOrigin(0, 0);
    if (left === null) return;
    this.timerWidth = r.w;
    this.timerBar = this.scene.add.rectangle(r.x, r.y, r.w * left, r.h, left < 0.25 ? palette.wrong : palette.gold).setOrigin(0, 0).setName('timer');
  }

  /** The prompt fills its room while asked; on the reveal it shrinks to make room for the verdict and its source. */
  private drawPrompt(f: Frame, r: Rect, d: QuestionViewData): void {
    const q = d.question;
    const category = addText(this.scene, r.x + r.w / 2, r.y, q.category.toUpperCase(), {
      fontFamily: fonts.display,
      fontSize: `${Math.round(f.text * 1.1)}px`,
      color: css(palette.gold),
      letterSpacing: Math.round(f.dpr * 2),
    }).setOrigin(0.5, 0);
    const top = category.y + category.height + f.text * 0.4;
    const revealed = d.phase === 'revealed';
    const promptPx = Math.round(f.text * (revealed ? 1.1 : 1.45));
    const prompt = bodyText(this.scene, q.prompt, r.x + r.w / 2, top, promptPx, r.w, palette.screen).setOrigin(0.5, 0).setName('prompt');
    const room = r.y + r.h - top;
    fitText(prompt, revealed ? room * 0.45 : room, promptPx);
    if (!revealed) {
      prompt.setY(top + Math.max(0, (room - prompt.height) / 2 - f.text));
      return;
    }
    const a = d.answer;
    const v = addText(this.scene, r.x + r.w / 2, prompt.y + prompt.height + f.text * 0.6, verdict(q, a), {
        fontFamily: fonts.body,
        fontSize: `${Math.round(f.text * 1.15)}px`,
        fontStyle: 'bold',
        color: css(!a ? palette.gold : a.correct ? palette.right : a.points > 0 ? palette.gold : palette.wrong),
        align: 'center',
        wordWrap: { width: r.w, useAdvancedWrap: true },
        backgroundColor: css(palette.night),
        padding: { x: Math.round(f.text * 0.5), y: Math.round(f.text * 0.2) },
      })
      .setOrigin(0.5, 0)
      .setName('verdict');
    const sources = [...new Set(q.sources.map((x) => x.sourceTitle))].join('; ');
    const explain = bodyText(this.scene, `${q.explanation}\nSource: ${sources}`, r.x + r.w / 2, v.y + v.height + f.text * 0.5, Math.round(f.text * 0.95), r.w, palette.muted)
      .setOrigin(0.5, 0)
      .setName('explanation');
    const bottom = r.y + r.h;
    fitText(explain, Math.max(f.text * 2, bottom - explain.y), Math.round(f.text * 0.95));
    // A long explanation that still runs into the answers: the prompt (already answered) gives up room.
    for (let promptRoom = room * 0.45 * 0.75; explain.y + explain.height > bottom && promptRoom > f.text; promptRoom *= 0.75) {
      fitText(prompt, promptRoom, promptPx, Math.round(promptPx * 0.5));
      v.setY(prompt.y + prompt.height + f.text * 0.6);
      explain.setY(v.y + v.height + f.text * 0.5).setFontSize(Math.round(f.text * 0.95));
      fitText(explain, Math.max(f.text * 2, bottom - explain.y), Math.round(f.text * 0.95));
    }
  }
}

/** The reveal's headline: the player's own result, or just the answer where nobody here answered. */
function verdict(q: Question, a: GivenAnswer | undefined): string {
  if (!a) return `The answer: ${q.answer}`;
  if (a.correct) return `✓ Right! +${a.points}`;
  if (a.choice === null && a.given === undefined) return `⏱ Time's up: it was ${q.answer}`;
  if (a.points > 0) return `≈ Close! +${a.points}: it was ${q.answer}`;
  return `✗ Not quite: it was ${q.answer}`;
}
