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
 * The schemas are annotated with the game's own types (`z.ZodMiniType<SessionState>`), so
 * a change to those types that the saved form cannot hold fails the type-check here: that
 * is the moment to bump a version and write a migration.
 *
 * They are written with `zod/mini`, the same checks and messages as classic zod in a form
 * that tree-shakes: these schemas are read before the menu opens, on every page load.
 */
import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, type GameSetup, type Settings } from '../settings';
import type { DifficultyChoice } from '../quiz/generator';
import type { KindId, Question } from '../quiz/question';
import type { ScoringRules } from '../quiz/scoring';
import type { RoomAnswer, RoomState, Seat, Team } from '../quiz/room-session';
import type { AnswerRecord, SessionState } from '../quiz/session';
import type { RoomSnapshot } from '../room/authority';

// Classic zod speaks English by default; zod/mini needs telling.
z.config(en());

const count = z.number().check(z.int(), z.minimum(0));
/** Milliseconds since 1970: when something happened. */
const timestamp = z.number().check(z.int(), z.minimum(0));
const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));
/** Store keys embed ids, so an id holds no colon. */
const recordId = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[^:]+$/, 'an id holds no ":"'));

// ---- the session, as the reducer keeps it -------------------------------------------

const factRef = z.object({ fact: z.string(), source: z.string(), sourceTitle: z.string() });

const questionBase = {
  id: z.string().check(z.minLength(1)),
  // Any kind name is accepted: a saved game must resume even after a kind is renamed
  // or removed, and the screen only reads the prompt and the options.
  kind: z.custom<KindId>((v) => typeof v === 'string' && v.length > 0, 'a question kind'),
  category: z.string(),
  prompt: z.string().check(z.minLength(1)),
  options: z.array(z.string()),
  answer: z.string(),
  answerIndex: z.number().check(z.int(), z.minimum(-1)),
  explanation: z.string(),
  sources: z.array(factRef),
  difficulty: z.number().check(z.minimum(0), z.maximum(1)),
  level: z.enum(['easy', 'medium', 'hard']),
  topic: z.optional(z.string()),
};

export const QuestionSchema: z.ZodMiniType<Question> = z.discriminatedUnion('input', [
  z.object({ ...questionBase, input: z.literal('choice') }),
  z.object({ ...questionBase, input: z.literal('order'), order: z.array(z.string()) }),
  z.object({ ...questionBase, input: z.literal('year'), year: z.number().check(z.int()) }),
]);

const RulesSchema: z.ZodMiniType<ScoringRules> = z.object({
  mode: z.enum(['accuracy', 'speed']),
  timeLimitMs: z.nullable(z.number().check(z.int(), z.positive())),
  streakBonus: z.boolean(),
});

const AnswerSchema: z.ZodMiniType<AnswerRecord> = z.object({
  questionId: z.string().check(z.minLength(1)),
  player: count,
  choice: z.nullable(count),
  given: z.optional(z.string()),
  correct: z.boolean(),
  points: count,
  elapsedMs: count,
});

const teamIndex = count;

// A game saved before teams had buzzers and colours was played in turns, without colours or corrections.
export const SessionSchema: z.ZodMiniType<SessionState, unknown> = z
  .object({
    phase: z.enum(['asking', 'answered', 'revealed', 'roundOver', 'finished']),
    seed: z.string(),
    deckId: z.string().check(z.minLength(1)),
    rules: RulesSchema,
    players: z.array(name).check(z.minLength(1)),
    mode: z._default(z.enum(['turns', 'buzzer']), 'turns'),
    colours: z._default(z.array(z.number().check(z.int(), z.minimum(0), z.maximum(0xffffff))), []),
    buzz: z._default(z.object({ holder: z.nullable(teamIndex), out: z.array(teamIndex) }), { holder: null, out: [] }),
    corrections: z._default(z.array(z.object({ player: teamIndex, delta: z.number().check(z.int()), atQuestion: z.number().check(z.int(), z.minimum(1)) })), []),
    rounds: z.array(z.array(QuestionSchema).check(z.minLength(1))).check(z.minLength(1)),
    round: count,
    index: count,
    answers: z.array(AnswerSchema),
    score: count,
    scores: z.array(count),
    streaks: z.array(count),
  })
  .check(
    z.superRefine((s, ctx) => {
      // The reducer's own invariants: a state that breaks one would crash the screen.
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const questions = s.rounds[s.round];
    if (!questions) issue(['round'], `there is no round ${s.round + 1} of ${s.rounds.length}`);
    else if (!questions[s.index]) issue(['index'], `round ${s.round + 1} has no question ${s.index + 1}`);
    if (s.scores.length !== s.players.length) issue(['scores'], 'needs one score per player');
    if (s.streaks.length !== s.players.length) issue(['streaks'], 'needs one streak per player');
    const total = s.rounds.reduce((n, r) => n + r.length, 0);
    // By buzzer, every team can try a question once.
    if (s.answers.length > total * (s.mode === 'buzzer' ? s.players.length : 1)) issue(['answers'], 'more answers than questions');
    const sum = s.answers.reduce((n, a) => n + a.points, 0) + s.corrections.reduce((n, c) => n + c.delta, 0);
    if (sum !== s.score) issue(['score'], `is ${s.score} but the answers and corrections come to ${sum}`);
    s.answers.forEach((a, i) => {
      if (a.player >= s.players.length) issue(['answers', i, 'player'], 'no such player');
    });
    s.corrections.forEach((c, i) => {
      if (c.player >= s.players.length) issue(['corrections', i, 'player'], 'no such player');
    });
    if (s.mode === 'buzzer' && s.players.length < 2) issue(['mode'], 'buzzer play needs at least two teams');
    const seats = [s.buzz.holder, ...s.buzz.out].filter((p) => p !== null);
    if (seats.some((p) => p >= s.players.length)) issue(['buzz'], 'names no such team');
    }),
  );

// ---- the records -------------------------------------------------------------------

const difficulties = ['curve', 'mixed', 'easy', 'medium', 'hard'] as const satisfies readonly DifficultyChoice[];

export const SetupSchema: z.ZodMiniType<GameSetup> = z.object({
  deckId: z.string().check(z.minLength(1)),
  players: z.array(name).check(z.minLength(1), z.maxLength(8)),
  play: z._default(z.enum(['turns', 'teams', 'buzzer']), 'turns'),
  names: z.optional(z.object({ players: z.array(name).check(z.maxLength(8)), teams: z.array(name).check(z.maxLength(8)) })),
  rounds: z.number().check(z.int(), z.minimum(1), z.maximum(20)),
  perRound: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
  timerSeconds: z.nullable(z.number().check(z.positive())),
  difficulty: z.enum(difficulties),
  scoring: z.enum(['accuracy', 'speed']),
  streakBonus: z.boolean(),
});

// A setting missing from a record (one added to the game since it was saved) takes its
// default; a setting of the wrong type makes the record unreadable.
const SettingsValuesSchema: z.ZodMiniType<Settings, unknown> = z.object({
  volume: z._default(z.number().check(z.minimum(0), z.maximum(1)), DEFAULT_SETTINGS.volume),
  muted: z._default(z.boolean(), DEFAULT_SETTINGS.muted),
  reducedMotion: z._default(z.boolean(), DEFAULT_SETTINGS.reducedMotion),
  highContrast: z._default(z.boolean(), DEFAULT_SETTINGS.highContrast),
  timerScale: z._default(z.number().check(z.minimum(0.5), z.maximum(4)), DEFAULT_SETTINGS.timerScale),
  readAloud: z._default(z.boolean(), DEFAULT_SETTINGS.readAloud),
});

export const SettingsRecordSchema = z.object({
  version: z.literal(1),
  settings: SettingsValuesSchema,
  /** The options of the last game set up, offered again by the Setup screen. */
  lastSetup: z.nullable(SetupSchema),
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
  .check(z.refine((t) => t.correct <= t.answered, { message: 'more right answers than answers', path: ['correct'] }));

export const BestSchema = z.object({ score: count, correct: count, total: count, at: timestamp, gameId: z.string().check(z.minLength(1)) });
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
    counted: z.array(z.string()).check(z.maxLength(100)),
    updatedAt: timestamp,
  })
  .check(z.refine((s) => s.correct + s.timeouts <= s.answered, { message: 'more right answers and timeouts than answers', path: ['correct'] }));
export type StatsRecord = z.infer<typeof StatsRecordSchema>;

export const HistoryEntrySchema = z.object({ questionId: z.string().check(z.minLength(1)), deckId: z.string().check(z.minLength(1)), at: timestamp });
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HISTORY_LIMIT = 500;

export const HistoryRecordSchema = z.object({
  version: z.literal(1),
  /** Questions asked on this device, newest first, each once. */
  entries: z.array(HistoryEntrySchema).check(z.maxLength(HISTORY_LIMIT)),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

export const REPORT_REASONS = ['wrong-answer', 'more-than-one-answer', 'unclear', 'typo', 'offensive', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const ReportSchema = z.object({
  questionId: z.string().check(z.minLength(1)),
  deckId: z.string().check(z.minLength(1)),
  /** The question as the player saw it: the id alone may name a question a later deck words differently. */
  prompt: z.string(),
  reason: z.enum(REPORT_REASONS),
  note: z.string().check(z.maxLength(1000)),
  player: z.nullable(name),
  at: timestamp,
});
export type Report = z.infer<typeof ReportSchema>;

export const ReportsRecordSchema = z.object({ version: z.literal(1), items: z.array(ReportSchema).check(z.maxLength(1000)) });
export type ReportsRecord = z.infer<typeof ReportsRecordSchema>;

export const DeckRecordSchema = z.object({
  version: z.literal(1),
  id: recordId,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The deck file's text, checked by the deck loader (`loadDeckText`) when it is played. */
  source: z.string().check(z.minLength(2), z.maxLength(5_000_000)),
  addedAt: timestamp,
});
export type DeckRecord = z.infer<typeof DeckRecordSchema>;

/** The game in progress. (A finished game is counted and removed in the same transaction.) */
export const SavedGameSchema = z.object({
  version: z.literal(1),
  /** `${deckId}:${seed}:${start time}`: tells one game from another with the same seed. */
  id: z.string().check(z.minLength(1)),
  savedAt: timestamp,
  /** How long the current question had been open (pauses excluded) when this was saved. */
  elapsedMs: count,
  /** The options the game was set up with, so "Play again" repeats them; null when unknown. */
  setup: z.nullable(SetupSchema),
  // There is no RNG state to keep: the quiz is drawn in full when the game starts, so
  // the questions still to come are saved as questions, and nothing is drawn later.
  session: SessionSchema,
});
export type SavedGame = z.infer<typeof SavedGameSchema>;

// ---- the club-night room the host holds --------------------------------------------

const givenSchema = z.object({ choice: z.optional(count), order: z.optional(z.array(z.string())), year: z.optional(count) });
const SeatSchema: z.ZodMiniType<Seat> = z.object({ id: z.string().check(z.minLength(1)), name, team: z.nullable(count), from: count, kicked: z.boolean(), away: z.boolean() });
const RoomAnswerSchema: z.ZodMiniType<RoomAnswer> = z.object({ seat: z.string().check(z.minLength(1)), q: count, given: z.nullable(givenSchema), correct: z.boolean(), points: count, elapsedMs: count });
const TeamSchema: z.ZodMiniType<Team> = z.object({ name, colour: count });

export const RoomStateSchema: z.ZodMiniType<RoomState> = z
  .object({
    phase: z.enum(['lobby', 'asking', 'revealed', 'leaderboard', 'finished']),
    seed: z.string(),
    deckId: z.string().check(z.minLength(1)),
    rules: RulesSchema,
    questions: z.array(QuestionSchema).check(z.minLength(1)),
    roundStarts: z.array(count).check(z.minLength(1)),
    q: count,
    teams: z.array(TeamSchema).check(z.maxLength(8)),
    seats: z.array(SeatSchema),
    answers: z.array(RoomAnswerSchema),
    skipped: z.array(count),
    locked: z.boolean(),
  })
  .check(
    z.superRefine((s, ctx) => {
    if (s.q >= s.questions.length) ctx.addIssue({ code: 'custom', path: ['q'], message: `there is no question ${s.q + 1} of ${s.questions.length}` });
    const seats = new Set(s.seats.map((x) => x.id));
    s.answers.forEach((a, i) => {
      if (!seats.has(a.seat)) ctx.addIssue({ code: 'custom', path: ['answers', i, 'seat'], message: 'no such seat' });
    });
    }),
  );

const RoomSnapshotSchema: z.ZodMiniType<RoomSnapshot> = z.object({
  version: z.literal(1),
  room: z.string().check(z.regex(/^[A-Z]{4}$/)),
  key: z.string().check(z.minLength(16)),
  state: RoomStateSchema,
  tokens: z.record(z.string(), z.string()),
  elapsedMs: z.number().check(z.minimum(0)),
  paused: z.boolean(),
  extraMs: count,
  seen: z.record(z.string(), z.number().check(z.minimum(0))),
  devices: z.optional(z.record(z.string(), z.string())),
  banned: z.optional(z.array(z.string())),
});

/** The club night being hosted on this device: taken back after a reload. */
export const RoomRecordSchema = z.object({
  version: z.literal(1),
  savedAt: timestamp,
  setup: z.nullable(SetupSchema),
  room: RoomSnapshotSchema,
});
export type RoomRecord = z.infer<typeof RoomRecordSchema>;

export const QuarantineRecordSchema = z.object({
  version: z.literal(1),
  /** Where the record was. */
  key: z.string().check(z.minLength(1)),
  at: timestamp,
  /** Why it could not be read, naming the field. */
  reason: z.string(),
  /** The record exactly as it was found. */
  raw: z.unknown(),
});
export type QuarantineRecord = z.infer<typeof QuarantineRecordSchema>;

/** Turns zod's issues into lines that name the field: `session.answers.3.points: expected number`. */
export function describeIssues(error: z.core.$ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => String(p)).join('.');
    const where = [prefix, path].filter(Boolean).join('.');
    return `${where || '(record)'}: ${issue.message}`;
  });
}
