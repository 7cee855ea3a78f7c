/**
 * A club night's results as files the host can keep: CSV for a spreadsheet (one row per
 * player, one column per question) and JSON with every answer. Pure: the host screen
 * turns them into downloads.
 */
import { answerOf, type RoomState, standings, teamStandings } from '../quiz/room-session';

/** One CSV field, quoted when it must be (RFC 4180), and never read as a formula. */
function field(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function resultsCsv(s: RoomState): string {
  const asked = s.questions.map((_, i) => i).filter((i) => !s.skipped.includes(i) && i <= s.q);
  const head = ['rank', 'name', 'team', 'score', 'right', ...asked.map((i) => `Q${i + 1}`)];
  const rows = standings(s).map((p) => [
    p.rank,
    p.name,
    p.team === null ? '' : (s.teams[p.team]?.name ?? ''),
    p.score,
    p.correct,
    ...asked.map((i) => {
      const a = answerOf(s, p.seat, i);
      return a ? a.points : '';
    }),
  ]);
  return `${[head, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

export function resultsJson(s: RoomState, at: Date): string {
  const players = standings(s);
  return `${JSON.stringify(
    {
      format: 'marquee-club-night',
      version: 1,
      at: at.toISOString(),
      deckId: s.deckId,
      seed: s.seed,
      rules: s.rules,
      teams: s.teams.length > 0 ? teamStandings(s, players) : [],
      players,
      questions: s.questions.map((q, i) => ({
        n: i + 1,
        id: q.id,
        prompt: q.prompt,
        answer: q.answer,
        skipped: s.skipped.includes(i),
        answers: s.answers.filter((a) => a.q === i).map((a) => ({ seat: a.seat, given: a.given, correct: a.correct, points: a.points, elapsedMs: a.elapsedMs })),
      })),
    },
    null,
    2,
  )}\n`;
}
