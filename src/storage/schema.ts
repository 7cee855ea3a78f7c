/**
 * What Marquee keeps on a device, as zod schemas. Every record carries a `version`; a
 * record is migrated forward (see `migrate.ts`) and then validated against these
 * schemas before the game sees it. Nothing is read as `JSON.parse(x) as T`.
 *
 * Glossary:
 * - record: one value under one key of the store (`settings`, `stats:<playerId>`, …).
 * - saved game: the game in progress, the whole session state (every question of the
 *   quiz, drawn up front) plus what resuming needs: the setup and the question's open time.
 * - quarantine: a record that could not be read, moved to `quarantine:<key>:<ts>` and
 *   kept as it was, so an export still carries it.
 *
 * The schemas are annotated with the game's own types (`z.ZodType<SessionState>`), so a
 * change to those types that the saved form cannot hold fails the type-check here: that
 * is the moment to bump a version and write a migration.
 */
import { z } from 'zod';
import { DEFAULT_SETTINGS, type GameSetup, type Settings } from '../settings';
import type { DifficultyChoice } from '../quiz/generator';
import type { KindId, Question } from '../quiz/question';
import type { ScoringRules } from '../quiz/scoring';
import type { RoomAnswer, RoomState, Seat, Team } from '../quiz/room-session';
import type { AnswerRecord, SessionState } from '../quiz/session';
import type { RoomSnapshot } from '../room/authority';

const count = z.number().int().min(0);
/** Milliseconds since 1970: when something happened. */
const timestamp = z.number().int().min(0);
const name = z.string().trim().min(1).max(60);
/** Store keys embed ids, so an id holds no colon. */
const recordId = z.string().min(1).max(120).regex(/^[^:]+$/, 'an id holds no ":"');

// ---- the session, as the reducer keeps it -------------------------------------------

const factRef = z.object({ fact: z.string(), source: z.string(), sourceTitle: z.string() });

const questionBase = {
  id: z.string().min(1),
  // Any kind name is accepted: a saved game must resume even after a kind is renamed
  // or removed, and the screen only reads the prompt and the options.
  kind: z.custom<KindId>((v) => typeof v === 'string' && v.length > 0, 'a question kind'),
  category: z.string(),
  prompt: z.string().min(1),
  options: z.array(z.string()),
  answer: z.string(),
  answerIndex: z.number().int().min(-1),
  explanation: z.string(),
  sources: z.array(factRef),
  difficulty: z.number().min(0).max(1),
  level: z.enum(['easy', 'medium', 'hard']),
  topic: z.string().optional(),
};

export const QuestionSchema: z.ZodType<Question> = z.discriminatedUnion('input', [
  z.object({ ...questionBase, input: z.literal('choice') }),
  z.object({ ...questionBase, input: z.literal('order'), order: z.array(z.string()) }),
  z.object({ ...questionBase, input: z.literal('year'), year: z.number().int() }),
]);

const RulesSchema: z.ZodType<ScoringRules> = z.object({
  mode: z.enum(['accuracy', 'speed']),
  timeLimitMs: z.number().int().positive().nullable(),
  streakBonus: z.boolean(),
});

const AnswerSchema: z.ZodType<AnswerRecord> = z.object({
  questionId: z.string().min(1),
  player: count,
  choice: count.nullable(),
  given: z.string().optional(),
  correct: z.boolean(),
  points: count,
  elapsedMs: count,
});

export const SessionSchema: z.ZodType<SessionState> = z
  .object({
    phase: z.enum(['asking', 'answered', 'revealed', 'roundOver', 'finished']),
    seed: z.string(),
    deckId: z.string().min(1),
    rules: RulesSchema,
    players: z.array(name).min(1),
    rounds: z.array(z.array(QuestionSchema).min(1)).min(1),
    round: count,
    index: count,
    answers: z.array(AnswerSchema),
    score: count,
    scores: z.array(count),
    streaks: z.array(count),
  })
  .superRefine((s, ctx) => {
    // The reducer's own invariants: a state that breaks one would crash the screen.
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const questions = s.rounds[s.round];
    if (!questions) issue(['round'], `there is no round ${s.round + 1} of ${s.rounds.length}`);
    else if (!questions[s.index]) issue(['index'], `round ${s.round + 1} has no question ${s.index + 1}`);
    if (s.scores.length !== s.players.length) issue(['scores'], 'needs one score per player');
    if (s.streaks.length !== s.players.length) issue(['streaks'], 'needs one streak per player');
    const total = s.rounds.reduce((n, r) => n + r.length, 0);
    if (s.answers.length > total) issue(['answers'], 'more answers than questions');
    const sum = s.answers.reduce((n, a) => n + a.points, 0);
    if (sum !== s.score) issue(['score'], `is ${s.score} but the answers earned ${sum}`);
    s.answers.forEach((a, i) => {
      if (a.player >= s.players.length) issue(['answers', i, 'player'], 'no such player');
    });
  });

// ---- the records -------------------------------------------------------------------

const difficulties = ['curve', 'mixed', 'easy', 'medium', 'hard'] as const satisfies readonly DifficultyChoice[];

export const SetupSchema: z.ZodType<GameSetup> = z.object({
  deckId: z.string().min(1),
  players: z.array(name).min(1).max(8),
  rounds: z.number().int().min(1).max(20),
  perRound: z.number().int().min(1).max(100),
  timerSeconds: z.number().positive().nullable(),
  difficulty: z.enum(difficulties),
  scoring: z.enum(['accuracy', 'speed']),
  streakBonus: z.boolean(),
});

// A setting missing from a record (one added to the game since it was saved) takes its
// default; a setting of the wrong type makes the record unreadable.
const SettingsValuesSchema: z.ZodType<Settings, unknown> = z.object({
  volume: z.number().min(0).max(1).default(DEFAULT_SETTINGS.volume),
  muted: z.boolean().default(DEFAULT_SETTINGS.muted),
  reducedMotion: z.boolean().default(DEFAULT_SETTINGS.reducedMotion),
  highContrast: z.boolean().default(DEFAULT_SETTINGS.highContrast),
  timerScale: z.number().min(0.5).max(4).default(DEFAULT_SETTINGS.timerScale),
});

export const SettingsRecordSchema = z.object({
  version: z.literal(1),
  settings: SettingsValuesSchema,
  /** The options of the last game set up, offered again by the Setup screen. */
  lastSetup: SetupSchema.nullable(),
  updatedAt: timestamp,
});
export type SettingsRecord = z.infer<typeof SettingsRecordSchema>;

export const PlayerRecordSchema = z.object({
  version: z.literal(1),
  id: recordId,
  name,
  createdAt: timestamp,
});
export type PlayerRecord = z.infer<typeof PlayerRecordSchema>;

const TallySchema = z
  .object({ answered: count, correct: count })
  .refine((t) => t.correct <= t.answered, { message: 'more right answers than answers', path: ['correct'] });

export const BestSchema = z.object({ score: count, correct: count, total: count, at: timestamp, gameId: z.string().min(1) });
export type Best = z.infer<typeof BestSchema>;

export const StatsRecordSchema = z
  .object({
    version: z.literal(1),
    playerId: recordId,
    games: count,
    answered: count,
    correct: count,
    timeouts: count,
    points: count,
    /** Time spent answering, summed, for the average answer time. */
    answerMs: count,
    bestStreak: count,
    /** By question category ("Directors", "Release years"…). */
    categories: z.record(z.string(), TallySchema),
    /** Best game by `${mode}/${deckId}` ("accuracy/sean-baker"). */
    best: z.record(z.string(), BestSchema),
    /** Ids of the last games counted, newest first, so a game is never counted twice. */
    counted: z.array(z.string()).max(100),
    updatedAt: timestamp,
  })
  .refine((s) => s.correct + s.timeouts <= s.answered, { message: 'more right answers and timeouts than answers', path: ['correct'] });
export type StatsRecord = z.infer<typeof StatsRecordSchema>;

export const HistoryEntrySchema = z.object({ questionId: z.string().min(1), deckId: z.string().min(1), at: timestamp });
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HISTORY_LIMIT = 500;

export const HistoryRecordSchema = z.object({
  version: z.literal(1),
  /** Questions asked on this device, newest first, each once. */
  entries: z.array(HistoryEntrySchema).max(HISTORY_LIMIT),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

export const REPORT_REASONS = ['wrong-answer', 'more-than-one-answer', 'unclear', 'typo', 'offensive', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const ReportSchema = z.object({
  questionId: z.string().min(1),
  deckId: z.string().min(1),
  /** The question as the player saw it: the id alone may name a question a later deck words differently. */
  prompt: z.string(),
  reason: z.enum(REPORT_REASONS),
  note: z.string().max(1000),
  player: name.nullable(),
  at: timestamp,
});
export type Report = z.infer<typeof ReportSchema>;

export const ReportsRecordSchema = z.object({ version: z.literal(1), items: z.array(ReportSchema).max(1000) });
export type ReportsRecord = z.infer<typeof ReportsRecordSchema>;

export const DeckRecordSchema = z.object({
  version: z.literal(1),
  id: recordId,
  title: z.string().trim().min(1).max(200),
  /** The deck file's text, checked by the deck loader (`loadDeckText`) when it is played. */
  source: z.string().min(2).max(5_000_000),
  addedAt: timestamp,
});
export type DeckRecord = z.infer<typeof DeckRecordSchema>;

/** The game in progress. (A finished game is counted and removed in the same transaction.) */
export const SavedGameSchema = z.object({
  version: z.literal(1),
  /** `${deckId}:${seed}:${start time}`: tells one game from another with the same seed. */
  id: z.string().min(1),
  savedAt: timestamp,
  /** How long the current question had been open (pauses excluded) when this was saved. */
  elapsedMs: count,
  /** The options the game was set up with, so "Play again" repeats them; null when unknown. */
  setup: SetupSchema.nullable(),
  // There is no RNG state to keep: the quiz is drawn in full when the game starts, so
  // the questions still to come are saved as questions, and nothing is drawn later.
  session: SessionSchema,
});
export type SavedGame = z.infer<typeof SavedGameSchema>;

// ---- the club-night room the host holds --------------------------------------------

const givenSchema = z.object({ choice: count.optional(), order: z.array(z.string()).optional(), year: count.optional() });
const SeatSchema: z.ZodType<Seat> = z.object({ id: z.string().min(1), name, team: count.nullable(), from: count, kicked: z.boolean(), away: z.boolean() });
const RoomAnswerSchema: z.ZodType<RoomAnswer> = z.object({ seat: z.string().min(1), q: count, given: givenSchema.nullable(), correct: z.boolean(), points: count, elapsedMs: count });
const TeamSchema: z.ZodType<Team> = z.object({ name, colour: count });

export const RoomStateSchema: z.ZodType<RoomState> = z
  .object({
    phase: z.enum(['lobby', 'asking', 'revealed', 'leaderboard', 'finished']),
    seed: z.string(),
    deckId: z.string().min(1),
    rules: RulesSchema,
    questions: z.array(QuestionSchema).min(1),
    roundStarts: z.array(count).min(1),
    q: count,
    teams: z.array(TeamSchema).max(8),
    seats: z.array(SeatSchema),
    answers: z.array(RoomAnswerSchema),
    skipped: z.array(count),
    locked: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.q >= s.questions.length) ctx.addIssue({ code: 'custom', path: ['q'], message: `there is no question ${s.q + 1} of ${s.questions.length}` });
    const seats = new Set(s.seats.map((x) => x.id));
    s.answers.forEach((a, i) => {
      if (!seats.has(a.seat)) ctx.addIssue({ code: 'custom', path: ['answers', i, 'seat'], message: 'no such seat' });
    });
  });

const RoomSnapshotSchema: z.ZodType<RoomSnapshot> = z.object({
  version: z.literal(1),
  room: z.string().regex(/^[A-Z]{4}$/),
  key: z.string().min(16),
  state: RoomStateSchema,
  tokens: z.record(z.string(), z.string()),
  elapsedMs: z.number().min(0),
  paused: z.boolean(),
  extraMs: count,
  seen: z.record(z.string(), z.number().min(0)),
  devices: z.record(z.string(), z.string()).optional(),
  banned: z.array(z.string()).optional(),
});

/** The club night being hosted on this device: taken back after a reload. */
export const RoomRecordSchema = z.object({
  version: z.literal(1),
  savedAt: timestamp,
  setup: SetupSchema.nullable(),
  room: RoomSnapshotSchema,
});
export type RoomRecord = z.infer<typeof RoomRecordSchema>;

export const QuarantineRecordSchema = z.object({
  version: z.literal(1),
  /** Where the record was. */
  key: z.string().min(1),
  at: timestamp,
  /** Why it could not be read, naming the field. */
  reason: z.string(),
  /** The record exactly as it was found. */
  raw: z.unknown(),
});
export type QuarantineRecord = z.infer<typeof QuarantineRecordSchema>;

/** Turns zod's issues into lines that name the field: `session.answers.3.points: expected number`. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => String(p)).join('.');
    const where = [prefix, path].filter(Boolean).join('.');
    return `${where || '(record)'}: ${issue.message}`;
  });
}
