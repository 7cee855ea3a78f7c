/**
 * The round's screen from its session: what the question view is given, and the screens
 * between questions (the scoreboard at the end of a round, and the host's score editor
 * over any moment). Drawn from plain data; the scene dispatches what they return.
 */
import type Phaser from 'phaser';
import { DeckError } from '../../content/catalog';
import { formatProblem } from '../../quiz/deck/problem';
import type { Question } from '../../quiz/question';
import { answerNow, type SessionAction, type SessionState } from '../../quiz/session';
import type { Frame } from '../layout';
import { hudLine, scoreLine } from '../round-words';
import { seatsOf } from '../teams';
import { palette } from '../theme';
import type { Button } from './button';
import type { QuestionViewData } from './question-view';
import { drawScoreboard, type Overlay } from './round-overlays';
import { drawScoreEditor } from './teams-view';

/** The session as the question view takes it, with the time left of whichever clock counts now. */
export function questionViewData(s: SessionState, q: Question, left: { readonly share: number } | null, reducedMotion: boolean): QuestionViewData {
  return {
    question: q,
    // 'finished' is drawn only for the moment before the results open: as the reveal it was.
    phase: s.phase === 'asking' || s.phase === 'answered' ? s.phase : 'revealed',
    answer: s.phase === 'asking' ? undefined : answerNow(s),
    hud: hudLine(s),
    score: scoreLine(s),
    timeLeft: left ? (s.phase === 'asking' ? left.share : 0) : null,
    // By buzzer, the options show while the buzzers are open, but only a team that buzzed in answers.
    interactive: s.mode !== 'buzzer' || s.buzz.holder !== null || s.phase !== 'asking',
    reducedMotion,
  };
}

/**
 * The score editor, when it is open, or the scoreboard at the end of a round: their buttons,
 * or null when the question is what the screen shows.
 */
export function drawBetweenQuestions(scene: Phaser.Scene, f: Frame, s: SessionState, overlay: Overlay, dispatch: (a: SessionAction) => void, show: (o: Overlay) => void): Button[] | null {
  if (overlay === 'scores') {
    scene.add.rectangle(0, 0, f.width, f.height, palette.night, 1).setOrigin(0, 0).setInteractive().setName('overlay');
    const done = () => show(s.phase === 'roundOver' ? 'none' : 'paused');
    return drawScoreEditor(scene, f, seatsOf(s), (player, delta) => dispatch({ type: 'correct', player, delta }), done);
  }
  if (s.phase !== 'roundOver') return null;
  const several = s.players.length > 1;
  const board = several ? { seats: seatsOf(s) } : { lines: `Score ${s.score}\n${s.answers.filter((a) => a.correct).length} right so far` };
  return drawScoreboard(scene, f, { round: s.round, ...board }, () => dispatch({ type: 'next' }), several ? () => show('scores') : null);
}

/** The error screen for a round that could not start: a deck's problems, each where it is, or what went wrong. */
export function cannotStart(e: unknown): { title: string; lines: string[] } {
  if (e instanceof DeckError) return { title: 'This deck cannot be played', lines: e.problems.map(formatProblem) };
  return { title: 'The game could not start', lines: [e instanceof Error ? e.message : String(e)] };
}
