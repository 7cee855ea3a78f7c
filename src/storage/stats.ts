/**
 * Compute, then save: what a finished game changes in the stats, the history and the
 * profiles, as pure functions of plain records. `progress.ts` does the saving.
 */
import type { ScoringMode } from '../quiz/scoring';
import { bestStreak, type SessionState } from '../quiz/session';
import { HISTORY_LIMIT, type HistoryRecord, type PlayerRecord, type Report, type ReportsRecord, type StatsRecord } from './schema';

/** What the Stats screen shows, computed here from the saved records by `statsView`. */
export interface StatsView {
  readonly games: number;
  readonly answered: number;
  readonly correct: number;
  readonly best: readonly { readonly label: string; readonly score: number }[];
  readonly categories: readonly { readonly category: string; readonly answered: number; readonly correct: number }[];
}

export interface AnswerResult {
  readonly questionId: string;
  readonly category: string;
  readonly correct: boolean;
  readonly timedOut: boolean;
  readonly elapsedMs: number;
}

/** One player's part of one finished game. */
export interface PlayerResult {
  readonly gameId: string;
  readonly deckId: string;
  readonly mode: ScoringMode;
  readonly at: number;
  readonly player: string;
  readonly score: number;
  readonly bestStreak: number;
  readonly answers: readonly AnswerResult[];
}

/** Each player's result of a game, in seating order. */
export function resultsOf(s: SessionState, gameId: string, at: number): PlayerResult[] {
  const categories = new Map(s.rounds.flat().map((q) => [q.id, q.category]));
  return s.players.map((player, i) => {
    const mine = s.answers.filter((a) => a.player === i);
    const longest = bestStreak(mine);
    return {
      gameId,
      deckId: s.deckId,
      mode: s.rules.mode,
      at,
      player,
      score: s.scores[i] ?? 0,
      bestStreak: longest,
      answers: mine.map((a) => ({ questionId: a.questionId, category: categories.get(a.questionId) ?? 'Other', correct: a.correct, timedOut: a.choice === null && a.given === undefined, elapsedMs: a.elapsedMs })),
    };
  });
}

export function emptyStats(playerId: string, at: number): StatsRecord {
  return { version: 1, playerId, games: 0, answered: 0, correct: 0, timeouts: 0, points: 0, answerMs: 0, bestStreak: 0, categories: {}, best: {}, counted: [], updatedAt: at };
}

export const COUNTED_LIMIT = 100;

export function bestKey(mode: ScoringMode, deckId: string): string {
  return `${mode}/${deckId}`;
}

/** The stats after one more game. A game already counted changes nothing. */
export function applyResult(stats: StatsRecord, r: PlayerResult): StatsRecord {
  if (stats.counted.includes(r.gameId)) return stats;
  const correct = r.answers.filter((a) => a.correct).length;
  const categories = { ...stats.categories };
  for (const a of r.answers) {
    const t = categories[a.category] ?? { answered: 0, correct: 0 };
    categories[a.category] = { answered: t.answered + 1, correct: t.correct + (a.correct ? 1 : 0) };
  }
  const key = bestKey(r.mode, r.deckId);
  const previous = stats.best[key];
  const best = !previous || r.score > previous.score ? { ...stats.best, [key]: { score: r.score, correct, total: r.answers.length, at: r.at, gameId: r.gameId } } : stats.best;
  return {
    ...stats,
    games: stats.games + 1,
    answered: stats.answered + r.answers.length,
    correct: stats.correct + correct,
    timeouts: stats.timeouts + r.answers.filter((a) => a.timedOut).length,
    points: stats.points + r.score,
    answerMs: stats.answerMs + r.answers.reduce((n, a) => n + a.elapsedMs, 0),
    bestStreak: Math.max(stats.bestStreak, r.bestStreak),
    categories,
    best,
    counted: [r.gameId, ...stats.counted].slice(0, COUNTED_LIMIT),
    updatedAt: r.at,
  };
}

/** The questions a game has asked so far (answered ones), for the history. */
export function askedIn(s: SessionState): { questionId: string; deckId: string }[] {
  return s.answers.map((a) => ({ questionId: a.questionId, deckId: s.deckId }));
}

/** The history with these questions at its head, each question once, newest first. */
export function addToHistory(h: HistoryRecord | null, asked: readonly { questionId: string; deckId: string }[], at: number): HistoryRecord {
  const fresh = new Map<string, { questionId: string; deckId: string; at: number }>();
  for (const q of asked) fresh.set(q.questionId, { questionId: q.questionId, deckId: q.deckId, at });
  const older = (h?.entries ?? []).filter((e) => !fresh.has(e.questionId));
  return { version: 1, entries: [...fresh.values(), ...older].slice(0, HISTORY_LIMIT) };
}

/** Question ids for the generator's `avoid`, newest first. */
export function recentQuestionIds(h: HistoryRecord | null): string[] {
  return (h?.entries ?? []).map((e) => e.questionId);
}

export const REPORTS_LIMIT = 1000;

export function addReport(r: ReportsRecord | null, report: Report): ReportsRecord {
  return { version: 1, items: [...(r?.items ?? []), report].slice(-REPORTS_LIMIT) };
}

/** A profile id from a name: "Player 1" → "player-1"; the same name gives the same id on every device. */
export function playerIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'player';
}

/** The profile of a player by name, made if there is none yet. */
export function profileFor(players: readonly PlayerRecord[], name: string, at: number): { profile: PlayerRecord; added: boolean } {
  const wanted = name.trim();
  const found = players.find((p) => p.name.trim().toLowerCase() === wanted.toLowerCase());
  if (found) return { profile: found, added: false };
  const base = playerIdFor(wanted);
  let id = base;
  for (let n = 2; players.some((p) => p.id === id); n++) id = `${base}-${n}`;
  return { profile: { version: 1, id, name: wanted, createdAt: at }, added: true };
}

/** The Stats screen's summary of every player on this device. */
export function statsView(rows: readonly { player: PlayerRecord; stats: StatsRecord }[], deckTitle: (id: string) => string): StatsView {
  const categories = new Map<string, { answered: number; correct: number }>();
  const best: { label: string; score: number }[] = [];
  const several = rows.filter((r) => r.stats.games > 0).length > 1;
  for (const { player, stats } of rows) {
    for (const [category, t] of Object.entries(stats.categories)) {
      const sum = categories.get(category) ?? { answered: 0, correct: 0 };
      categories.set(category, { answered: sum.answered + t.answered, correct: sum.correct + t.correct });
    }
    for (const [key, b] of Object.entries(stats.best)) {
      const [mode = '', deckId = ''] = key.split('/');
      best.push({ label: `${mode === 'speed' ? 'speed' : 'accuracy'}, ${deckTitle(deckId)}${several ? `, ${player.name}` : ''}`, score: b.score });
    }
  }
  // A hot-seat game is in every player's stats: count games by id, not by player. Only the
  // last COUNTED_LIMIT ids of each player are kept, so no player's own count is exceeded.
  const ids = new Set(rows.flatMap((r) => r.stats.counted));
  const games = Math.max(ids.size, ...rows.map((r) => r.stats.games), 0);
  return {
    games,
    answered: rows.reduce((n, r) => n + r.stats.answered, 0),
    correct: rows.reduce((n, r) => n + r.stats.correct, 0),
    best: best.sort((a, b) => b.score - a.score),
    categories: [...categories].map(([category, t]) => ({ category, ...t })),
  };
}
