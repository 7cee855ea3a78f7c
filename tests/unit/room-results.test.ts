import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/quiz/question';
import { reduceRoom, type RoomAction, type RoomState, startRoom, teamsNamed } from '../../src/quiz/room-session';
import { resultsCsv, resultsJson } from '../../src/room/results';

function choice(n: number): Question {
  return { id: `q${n}`, kind: 'film-year', category: 'Years', input: 'choice', prompt: `Question ${n}?`, options: ['a', 'b', 'c', 'd'], answer: 'b', answerIndex: 1, explanation: 'Because.', sources: [], difficulty: 0.2, level: 'easy' };
}

/** Three players on two teams play three questions; the host skips the second. */
function night(): RoomState {
  let s = startRoom({ seed: 's', deckId: 'd', rounds: [{ questions: [choice(0), choice(1), choice(2)] }] }, { mode: 'accuracy', timeLimitMs: 20_000, streakBonus: false }, teamsNamed(['Reds', 'Blues']));
  const steps: RoomAction[] = [
    { type: 'join', seat: 'a', name: 'Ann', team: 0 },
    { type: 'join', seat: 'b', name: '=Bob, "the" quizzer', team: 1 },
    { type: 'join', seat: 'c', name: 'Cy', team: 1 },
    { type: 'start' },
    { type: 'answer', seat: 'a', given: { choice: 1 }, elapsedMs: 1000 },
    { type: 'answer', seat: 'b', given: { choice: 2 }, elapsedMs: 2000 },
    { type: 'answer', seat: 'c', given: { choice: 1 }, elapsedMs: 3000 },
    { type: 'next' },
    { type: 'skip' },
    { type: 'answer', seat: 'a', given: { choice: 1 }, elapsedMs: 1000 },
    { type: 'close' },
    { type: 'end' },
  ];
  for (const a of steps) s = reduceRoom(s, a);
  return s;
}

describe('a club night’s results', () => {
  it('as CSV: a row per player, best first, a column per question asked, skipped ones left out', () => {
    const lines = resultsCsv(night()).trimEnd().split('\r\n');
    expect(lines).toEqual(['rank,name,team,score,right,Q1,Q3', '1,Ann,Reds,200,2,100,100', '2,Cy,Blues,100,1,100,0', `3,"'=Bob, ""the"" quizzer",Blues,0,0,0,0`]);
  });

  it('as JSON: teams by mean score, players, and every answer of every question', () => {
    const file = JSON.parse(resultsJson(night(), new Date('2026-12-02T20:00:00Z'))) as {
      format: string;
      at: string;
      teams: { name: string; score: number }[];
      players: { name: string; score: number }[];
      questions: { n: number; skipped: boolean; answers: { seat: string; points: number }[] }[];
    };
    expect(file.format).toBe('marquee-club-night');
    expect(file.at).toBe('2026-12-02T20:00:00.000Z');
    expect(file.teams.map((t) => [t.name, t.score])).toEqual([
      ['Reds', 200],
      ['Blues', 50],
    ]);
    expect(file.players.map((p) => p.score)).toEqual([200, 100, 0]);
    expect(file.questions.map((q) => [q.n, q.skipped, q.answers.length])).toEqual([
      [1, false, 3],
      [2, true, 0],
      [3, false, 3],
    ]);
  });
});
