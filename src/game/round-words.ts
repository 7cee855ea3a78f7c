/**
 * What the round says, in words: the HUD line, the line the accessibility mirror shows,
 * and what screen readers hear as a question opens, a team buzzes or misses, and at the
 * reveal. Plain functions of the session, so the scene only draws.
 */
import { spokenAnswer, spokenQuestion } from '../a11y/voice';
import type { Cue } from './audio';
import { answerNow, currentPlayer, currentQuestion, lastAnswer, questionNumber, type SessionState, summarize, totalQuestions } from '../quiz/session';

/** What the round's screen is called, for the accessibility mirror (an overlay's own title aside). */
export function titleLine(s: SessionState | null): string {
  if (!s) return 'Loading the quiz';
  if (s.phase === 'roundOver') return `End of round ${s.round + 1}`;
  return `Question ${questionNumber(s)} of ${totalQuestions(s)}`;
}

/** What is read aloud at this moment: a question as it opens, its answer at the reveal; null at any other. */
export function spokenLine(s: SessionState): string | null {
  if (s.phase === 'asking') return spokenQuestion(currentQuestion(s));
  return s.phase === 'revealed' ? spokenAnswer(currentQuestion(s)) : null;
}

/** Next's label on the reveal: the next question, the end of the round, or the results. */
export function nextLabel(s: SessionState): string {
  if (questionNumber(s) === totalQuestions(s)) return 'See results';
  return s.index + 1 === (s.rounds[s.round]?.length ?? 0) ? 'End of round' : 'Next question';
}

/** Whose question it is, where several play: the player in turn, or the team holding it. */
export function whose(s: SessionState): string | null {
  if (s.players.length < 2) return null;
  return s.players[currentPlayer(s)] ?? null;
}

export function hudLine(s: SessionState): string {
  const who = whose(s);
  const open = s.mode === 'buzzer' && s.phase === 'asking' && s.buzz.holder === null;
  const turn = open ? ' · Buzz in!' : who ? ` · ${who}` : '';
  return `Q ${questionNumber(s)}/${totalQuestions(s)}${s.rounds.length > 1 ? ` · Round ${s.round + 1}` : ''}${turn}`;
}

/** The score in the HUD: a lone player's total, else that of whoever's question it is. */
export function scoreLine(s: SessionState): string {
  if (s.players.length < 2) return `Score ${s.score}`;
  const at = s.mode === 'buzzer' && s.phase !== 'asking' ? (answerNow(s)?.player ?? -1) : currentPlayer(s);
  return at < 0 ? '' : `${s.scores[at] ?? 0}`;
}

export function statusLine(s: SessionState): string {
  if (s.phase === 'roundOver') return '';
  const q = currentQuestion(s);
  const who = whose(s);
  const turn = s.mode === 'buzzer' ? (who ? `${who} answers. ` : s.phase === 'asking' ? 'Buzzers open. ' : '') : who ? `${who}'s turn. ` : '';
  return `${turn}${q.category}: ${q.prompt} Score ${s.score}.`;
}

export function askingLine(s: SessionState, title: string, keys: readonly string[]): string {
  const q = currentQuestion(s);
  const options = q.options.map((o, i) => `${i + 1}: ${o}`).join('. ');
  const how = q.input === 'year' ? 'Type a year, then press Enter.' : q.input === 'order' ? `Press the films in order, earliest first. ${options}.` : `Options: ${options}.`;
  const buzz =
    s.mode === 'buzzer' && s.buzz.holder === null
      ? ` Buzz in: ${s.players
          .map((p, i) => (s.buzz.out.includes(i) ? '' : `${p} with ${(keys[i] ?? '').toUpperCase()}`))
          .filter(Boolean)
          .join(', ')}.`
      : '';
  return `${title}. ${statusLine(s)} ${how}${buzz}`;
}

/** A team that buzzed and missed: the others may steal. */
export function missLine(s: SessionState): string {
  const a = lastAnswer(s);
  const name = a ? s.players[a.player] : 'A team';
  return `${name}: ${a?.choice === null && a.given === undefined ? 'out of time' : 'wrong'}. Buzzers open for the others.`;
}

export function revealLine(s: SessionState): string {
  const q = currentQuestion(s);
  const a = answerNow(s);
  const who = s.players.length > 1 && a ? `${s.players[a.player]}: ` : '';
  const verdict = !a
    ? `Nobody had it. The answer is ${q.answer}.`
    : a.correct
      ? `${who}Right! Plus ${a.points}.`
      : a.points > 0
        ? `${who}Close: plus ${a.points}. The answer is ${q.answer}.`
        : `${who}Wrong. The answer is ${q.answer}.`;
  return `${verdict} ${q.explanation} Score ${s.score}.`;
}

export function roundOverLine(s: SessionState): string {
  return `End of round ${s.round + 1}. ${summarize(s)
    .standings.map((p) => `${p.name}: ${p.score}`)
    .join(', ')}.`;
}

/** What screen readers hear as the round changes: the question as it opens, the reveal, the standings; null otherwise. */
export function announceLine(s: SessionState, title: string, keys: readonly string[]): string | null {
  if (s.phase === 'asking') return askingLine(s, title, keys);
  if (s.phase === 'revealed') return revealLine(s);
  return s.phase === 'roundOver' ? roundOverLine(s) : null;
}

/** By buzzer, a team buzzing in, or missing (the others may steal): its sound, and what is said. */
export function buzzMoment(s: SessionState): { readonly cue: Cue; readonly line: string } {
  return s.buzz.holder !== null ? { cue: 'buzz', line: `${whose(s)} buzzed in: answer now.` } : { cue: 'wrong', line: missLine(s) };
}
