/**
 * Saved progress as the game sees it. Holds the snapshot in memory, so screens read it
 * at once, and writes each change through the repository in order, one at a time.
 *
 * - `observe(state)` is fed every session change (`marquee:session`): each step of a
 *   game is saved as it happens; a finished game updates stats, history and profiles
 *   and removes the saved game, in one transaction, so it is counted exactly once.
 * - `tick(state, elapsedMs)` saves how long the current question has been open, about
 *   once a second, so a resumed question starts its timer where it left off.
 * - A save that fails (a full disk) is told to the player by name, and the game goes on
 *   from memory; the next save writes whole records again, so nothing stays half-saved.
 */
import type { GameSetup, Preferences, Settings } from '../settings';
import type { SessionState } from '../quiz/session';
import type { RoomSnapshot } from '../room/authority';
import { describeSnapshot, type ExportFile, exportProgress, type ImportMode, type ImportResult, importProgress, parseBackup } from './backup';
import type { Snapshot } from './records';
import type { Changes, ProgressRepository } from './repository';
import { continues, newGameId, type ResumePoint, resumePoint } from './saved-game';
import { type DeckRecord, describeIssues, type PlayerRecord, type Report, type RoomRecord, RoomRecordSchema, type SavedGame, type SettingsRecord, type StatsRecord } from './schema';
import { addReport, addToHistory, applyResult, askedIn, emptyStats, profileFor, recentQuestionIds, resultsOf } from './stats';

/** How often the open question's time is saved while a question is asked. */
export const HEARTBEAT_MS = 1000;

/** What RoundScene publishes along with each session change. */
export interface SessionMeta {
  readonly setup?: GameSetup | undefined;
  readonly elapsedMs?: number | undefined;
}

/** The player's side of export and import: files and a question. The DOM provides it (dom.ts); tests pass fakes. */
export interface BackupUi {
  download(file: ExportFile): void;
  /** Asks for a file and reads it as text; null when the player cancels. */
  pick(): Promise<string | null>;
  /** Asks whether to merge or replace, saying what the file holds; null to cancel. */
  choose(summary: string): Promise<ImportMode | null>;
}

export type Tone = 'info' | 'error';

export interface PlayerStats {
  readonly player: PlayerRecord;
  readonly stats: StatsRecord;
}

export type NewReport = Omit<Report, 'at' | 'note' | 'player'> & { readonly note?: string; readonly player?: string | null };

/** What the screens may ask of saved progress (GameServices.progress). */
export interface ProgressService {
  /** False when progress lives in memory only and is gone when the page closes. */
  readonly durable: boolean;
  /** The game in progress to offer as Resume; null when there is none. */
  resumable(): ResumePoint | null;
  /** Forgets the game in progress (its questions still count as asked). */
  discardGame(): void;
  /** The club night this device hosts, to take back after a reload; null when there is none. */
  hostedRoom(): RoomRecord | null;
  /** Keeps the hosted club night as it is now (every change, and the clock about once a second). */
  saveRoom(room: RoomSnapshot, setup: GameSetup | null): void;
  /** Forgets the hosted club night (it ended, or the host closed it). */
  forgetRoom(): void;
  /** Resolves once every write asked for so far has landed (or failed, and been told). */
  idle(): Promise<void>;
  /** Ids of questions asked recently, newest first, for the generator's `avoid`. */
  recentQuestions(): readonly string[];
  /** Every player's stats, in the order the profiles were made. */
  standings(): readonly PlayerStats[];
  /** Keeps a report about a question, with the player's reason. */
  report(report: NewReport): void;
  /**
   * A player or team renamed: the profile of that name takes the new one, and its stats go
   * with it. False (nothing changed) when no profile has the old name, or another has the new.
   */
  renamePlayer(from: string, to: string): boolean;
  customDecks(): readonly DeckRecord[];
  saveDeck(deck: Pick<DeckRecord, 'id' | 'title' | 'source'>): void;
  removeDeck(id: string): void;
  /** Offers all progress as a JSON file. */
  exportToFile(): Promise<void>;
  /** Asks for a file, checks it, asks merge or replace, imports it; tells the player how it went. */
  importFromFile(): Promise<void>;
}

export interface ProgressOptions {
  readonly repo: ProgressRepository;
  readonly snapshot: Snapshot;
  /** Wall-clock milliseconds, for timestamps. */
  readonly clock?: () => number;
  /** Shows the player a message: a save that failed, how an import went. */
  readonly tell?: (message: string, tone: Tone) => void;
  readonly ui?: BackupUi;
  /** After an import changed everything (the settings among it). */
  readonly onImported?: (snapshot: Snapshot) => void;
}

export class Progress implements ProgressService {
  private snap: Snapshot;
  private readonly repo: ProgressRepository;
  private readonly clock: () => number;
  private readonly tell: (message: string, tone: Tone) => void;
  private readonly ui: BackupUi | undefined;
  private readonly onImported: ((snapshot: Snapshot) => void) | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Bumped by every write of the game record; a queued game-only write that is no longer the latest is skipped. */
  private gameSeq = 0;
  private roomSeq = 0;
  private lastFailure: string | null = null;
  private lastFinished: SessionState | null = null;

  constructor(o: ProgressOptions) {
    this.repo = o.repo;
    this.snap = o.snapshot;
    this.clock = o.clock ?? Date.now;
    this.tell = o.tell ?? (() => undefined);
    this.ui = o.ui;
    this.onImported = o.onImported;
  }

  get durable(): boolean {
    return this.repo.durable;
  }

  /** Everything, as held in memory (and, once `idle()` resolves, in the store). */
  get snapshot(): Snapshot {
    return this.snap;
  }

  /** Resolves once every write asked for so far has landed or failed. */
  idle(): Promise<void> {
    return this.queue;
  }

  // ---- the game in progress ----------------------------------------------------------

  observe(state: SessionState, meta: SessionMeta = {}): void {
    const now = this.clock();
    // The same finished state published again is the same game: count it once.
    if (state.phase !== 'finished') this.lastFinished = null;
    else if (this.lastFinished && continues(this.lastFinished, state)) return;
    const prev = this.snap.game;
    const same = prev !== null && continues(prev.session, state);
    const record: SavedGame = {
      version: 1,
      id: same ? prev.id : newGameId(state, now),
      savedAt: now,
      elapsedMs: state.phase === 'asking' ? Math.max(0, Math.round(meta.elapsedMs ?? 0)) : 0,
      setup: meta.setup ?? (same ? prev.setup : null),
      session: state,
    };
    let history = this.snap.history;
    // A game dropped for a new one still asked its questions.
    const dropped = prev !== null && !same && prev.session.answers.length > 0;
    if (dropped) history = addToHistory(history, askedIn(prev.session), now);
    if (state.phase === 'finished') {
      this.finish(record, history, now);
      return;
    }
    this.snap = { ...this.snap, game: record, history };
    this.write(dropped && history ? { game: record, history } : { game: record });
  }

  /**
   * A finished game: stats, profiles and history are updated and the saved game removed,
   * in one transaction, so the game is counted exactly once and never offered again.
   */
  private finish(record: SavedGame, historyBefore: Snapshot['history'], now: number): void {
    this.lastFinished = record.session;
    const players = [...this.snap.players];
    const stats = new Map(this.snap.stats.map((s) => [s.playerId, s]));
    const newPlayers: PlayerRecord[] = [];
    const changed: StatsRecord[] = [];
    for (const result of resultsOf(record.session, record.id, now)) {
      const { profile, added } = profileFor(players, result.player, now);
      if (added) {
        players.push(profile);
        newPlayers.push(profile);
      }
      const before = stats.get(profile.id) ?? emptyStats(profile.id, now);
      const after = applyResult(before, result);
      if (after !== before) {
        stats.set(profile.id, after);
        changed.push(after);
      }
    }
    const history = addToHistory(historyBefore, askedIn(record.session), now);
    this.snap = { ...this.snap, players, stats: [...stats.values()], history, game: null };
    this.write({ game: null, players: newPlayers, stats: changed, history });
  }

  renamePlayer(from: string, to: string): boolean {
    const key = (n: string) => n.trim().toLowerCase();
    const wanted = to.trim();
    const found = this.snap.players.find((p) => key(p.name) === key(from));
    if (!found || !wanted || found.name === wanted || this.snap.players.some((p) => p !== found && key(p.name) === key(wanted))) return false;
    const renamed = { ...found, name: wanted };
    this.snap = { ...this.snap, players: this.snap.players.map((p) => (p === found ? renamed : p)) };
    this.write({ players: [renamed] });
    return true;
  }

  /** The player quit: the game is forgotten, but its questions were asked. */
  quit(state: SessionState | null): void {
    const asked = state ? askedIn(state) : [];
    const history = asked.length > 0 ? addToHistory(this.snap.history, asked, this.clock()) : this.snap.history;
    this.snap = { ...this.snap, game: null, history };
    this.write(history && asked.length > 0 ? { game: null, history } : { game: null });
  }

  /** Saves how long the question of `state` has been open, when it has moved on by half a heartbeat. */
  tick(state: SessionState, elapsedMs: number): void {
    const g = this.snap.game;
    if (!g || g.session !== state || state.phase !== 'asking') return;
    const ms = Math.max(0, Math.round(elapsedMs));
    if (Math.abs(ms - g.elapsedMs) < HEARTBEAT_MS / 2) return;
    const record = { ...g, elapsedMs: ms, savedAt: this.clock() };
    this.snap = { ...this.snap, game: record };
    this.write({ game: record });
  }

  resumable(): ResumePoint | null {
    return this.snap.game ? resumePoint(this.snap.game) : null;
  }

  discardGame(): void {
    if (this.snap.game) this.quit(this.snap.game.session);
  }

  // ---- the hosted club night ---------------------------------------------------------

  hostedRoom(): RoomRecord | null {
    return this.snap.room ?? null;
  }

  saveRoom(room: RoomSnapshot, setup: GameSetup | null): void {
    const record: RoomRecord = { version: 1, savedAt: this.clock(), setup, room };
    // Checked here, not only by the store: a room that could not be read back must not
    // replace the last good one, in memory or on disk.
    const check = RoomRecordSchema.safeParse(record);
    if (!check.success) {
      this.tell(`The club night could not be saved: ${describeIssues(check.error, 'room').join('; ')}`, 'error');
      return;
    }
    this.snap = { ...this.snap, room: record };
    this.write({ room: record });
  }

  forgetRoom(): void {
    if (!this.snap.room) return;
    this.snap = { ...this.snap, room: null };
    this.write({ room: null });
  }

  // ---- the rest of progress --------------------------------------------------------

  recentQuestions(): readonly string[] {
    return recentQuestionIds(this.snap.history);
  }

  standings(): readonly PlayerStats[] {
    const stats = new Map(this.snap.stats.map((s) => [s.playerId, s]));
    return [...this.snap.players]
      .sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name))
      .map((player) => ({ player, stats: stats.get(player.id) ?? emptyStats(player.id, player.createdAt) }));
  }

  report(r: NewReport): void {
    const reports = addReport(this.snap.reports, { ...r, note: r.note ?? '', player: r.player ?? null, at: this.clock() });
    this.snap = { ...this.snap, reports };
    this.write({ reports });
  }

  customDecks(): readonly DeckRecord[] {
    return this.snap.decks;
  }

  saveDeck(deck: Pick<DeckRecord, 'id' | 'title' | 'source'>): void {
    const record: DeckRecord = { version: 1, id: deck.id, title: deck.title, source: deck.source, addedAt: this.clock() };
    this.snap = { ...this.snap, decks: [...this.snap.decks.filter((d) => d.id !== deck.id), record] };
    this.write({ decks: [record] });
  }

  removeDeck(id: string): void {
    this.snap = { ...this.snap, decks: this.snap.decks.filter((d) => d.id !== id) };
    this.write({ removeDecks: [id] });
  }

  /** Settings and the last game's setup, kept in the `settings` record. */
  preferences(defaults: Settings): Preferences {
    const save = (patch: Partial<Pick<SettingsRecord, 'settings' | 'lastSetup'>>) => {
      const current: SettingsRecord = this.snap.settings ?? { version: 1, settings: defaults, lastSetup: null, updatedAt: 0 };
      const settings: SettingsRecord = { ...current, ...patch, updatedAt: this.clock() };
      this.snap = { ...this.snap, settings };
      this.write({ settings });
    };
    return {
      get: () => this.snap.settings?.settings ?? defaults,
      set: (next) => save({ settings: next }),
      lastSetup: () => this.snap.settings?.lastSetup ?? null,
      setLastSetup: (setup) => save({ lastSetup: setup }),
    };
  }

  // ---- backup ------------------------------------------------------------------------

  exportFile(): ExportFile {
    return exportProgress(this.snap, new Date(this.clock()));
  }

  async exportToFile(): Promise<void> {
    this.ui?.download(this.exportFile());
  }

  /** Imports a backup's text, after every write queued before it. */
  async importText(text: string, mode: ImportMode): Promise<ImportResult> {
    const run = this.queue.then(() => importProgress(this.repo, this.snap, text, mode));
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    const result = await run;
    if (result.ok) {
      this.snap = result.snapshot;
      this.onImported?.(result.snapshot);
    }
    return result;
  }

  async importFromFile(): Promise<void> {
    if (!this.ui) return;
    const text = await this.ui.pick();
    if (text === null) return;
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      this.tell(`That file was not imported, and nothing was changed. ${listErrors(parsed.errors)}`, 'error');
      return;
    }
    const mode = await this.ui.choose(describeSnapshot(parsed.snapshot));
    if (!mode) return;
    const result = await this.importText(text, mode);
    if (result.ok) this.tell(mode === 'merge' ? 'Progress imported and merged with this device’s.' : 'Progress imported: it replaced this device’s.', 'info');
    else this.tell(`The import did not happen, and nothing was changed. ${listErrors(result.errors)}`, 'error');
  }

  // ---- writing -----------------------------------------------------------------------

  private write(changes: Changes): void {
    const keys = Object.keys(changes);
    const gameOnly = keys.length === 1 && keys[0] === 'game';
    const roomOnly = keys.length === 1 && keys[0] === 'room';
    const seq = changes.game !== undefined ? ++this.gameSeq : this.gameSeq;
    const roomSeq = changes.room !== undefined ? ++this.roomSeq : this.roomSeq;
    this.queue = this.queue.then(async () => {
      // A write of one record that a later write of it supersedes need not land first.
      if (gameOnly && seq !== this.gameSeq) return;
      if (roomOnly && roomSeq !== this.roomSeq) return;
      try {
        await this.repo.save(changes);
        this.lastFailure = null;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // Said once, not once a second while the disk stays full.
        if (message !== this.lastFailure) this.tell(message, 'error');
        this.lastFailure = message;
      }
    });
  }
}

function listErrors(errors: readonly string[]): string {
  const shown = errors.slice(0, 6);
  const more = errors.length - shown.length;
  return `${shown.join('\n')}${more > 0 ? `\n…and ${more} more` : ''}`;
}
