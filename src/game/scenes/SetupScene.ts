/** Setting up a game: deck, players, rounds, questions, timer, difficulty and scoring. */
import type { DifficultyChoice } from '../../quiz/generator';
import { type ChallengeGame, codeForSetup, dailyCode, lookUpCode } from '../challenge-play';
import { loadHostScenes } from '../host-scenes';
import { type PreparedDeck, prepareDeck, quizFor, quizNow } from '../quiz-for';
import { CHOICES, cycle, DEFAULT_SETUP, type GameSetup } from '../settings';
import { BUZZ_KEYS, COUNTS, isTeams, namesOf, STYLE_LABEL, STYLES, sessionOptions, styleOf, withStyle } from '../teams';
import { palette } from '../theme';
import { Button } from '../ui/button';
import { MarqueeScene } from './base';

const DIFFICULTY_LABEL: Record<DifficultyChoice, string> = {
  curve: 'Easy to hard',
  mixed: 'Mixed',
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

/** Names in a line that fits a button: the first few, then how many more. */
function shortList(names: readonly string[]): string {
  const line = names.join(', ');
  if (line.length <= 26) return line;
  let shown = 0;
  let length = 0;
  for (const n of names) {
    if (length + n.length > 20 && shown > 0) break;
    length += n.length + 2;
    shown++;
  }
  return `${names.slice(0, shown).join(', ')} +${names.length - shown}`;
}

/** No teams, or 2 to 8 of them. */
const TEAM_CHOICES = [0, 2, 3, 4, 5, 6, 7, 8];

interface Row {
  readonly name: string;
  readonly label: string;
  change(step: number): void;
}

export interface SetupData {
  /** Setting up a club night: teams instead of players taking turns, and a room to open. */
  readonly host?: boolean;
}

export class SetupScene extends MarqueeScene {
  private setup: GameSetup = { ...DEFAULT_SETUP, deckId: '' };
  private hosting = false;
  private teams = 0;
  /** The chosen deck, made ready while the player looks at this screen, so Start is instant. */
  private prepared: PreparedDeck | null = null;
  /** A printed quiz is being drawn (one press, one view). */
  private printing = false;

  protected override backTo = 'Menu';

  constructor() {
    super('Setup');
  }

  init(data?: SetupData): void {
    this.hosting = data?.host === true;
    this.teams = 0;
    const decks = this.services.decks;
    const last = this.services.settings.lastSetup();
    const deckId = last && decks.some((d) => d.id === last.deckId) ? last.deckId : (decks[0]?.id ?? '');
    this.setup = { ...DEFAULT_SETUP, ...(last ?? {}), deckId };
    this.prepared = null;
    this.printing = false;
  }

  create(): void {
    this.start();
    this.markDrawn('marquee:setup');
    this.prepare();
  }

  /** Loads and indexes the chosen deck now (again after an added deck replaced it); its problems, if any, show on Start. */
  private prepare(): void {
    if (this.setup.deckId) this.prepared = prepareDeck(this.services, this.setup.deckId);
  }

  protected screenTitle(): string {
    return this.hosting ? 'Set up a club night' : 'Set up a game';
  }


  private rows(): Row[] {
    const s = this.setup;
    const decks = this.services.decks;
    const deck = decks.find((d) => d.id === s.deckId);
    const set = (patch: Partial<GameSetup>) => {
      this.setup = { ...this.setup, ...patch };
      this.services.sfx.play('select');
      if (patch.deckId !== undefined && patch.deckId !== this.prepared?.deckId) this.prepare();
      this.redraw();
    };
    return [
      {
        name: 'deck',
        label: `Deck: ${deck?.title ?? '—'}`,
        change: (d) => set({ deckId: cycle(decks.map((x) => x.id), s.deckId, d) }),
      },
      ...(this.services.addDeck
        ? [
            {
              name: 'add-deck',
              label: 'Add your own deck (JSON or CSV)…',
              change: () => {
                void this.addDeck();
              },
            },
          ]
        : []),
      ...(this.services.challenges && !this.hosting ? [{ name: 'challenge', label: 'Play a challenge code…', change: () => void this.challenge() }] : []),
      this.hosting
        ? {
            name: 'teams',
            label: `Teams: ${this.teams === 0 ? 'none, everyone for themselves' : this.teams}`,
            change: (d) => {
              this.teams = cycle(TEAM_CHOICES, this.teams, d);
              set({});
            },
          }
        : {
            name: 'play',
            label: `Play: ${STYLE_LABEL[styleOf(s)]}`,
            change: (d) => set(withStyle(s, cycle(STYLES, styleOf(s), d), s.players.length)),
          },
      ...(!this.hosting && styleOf(s) !== 'solo'
        ? [
            {
              name: 'count',
              label: `${isTeams(s.play) ? 'Teams' : 'Players'}: ${s.players.length}`,
              change: (d: number) => set(withStyle(s, styleOf(s), cycle(COUNTS, s.players.length, d))),
            },
          ]
        : []),
      ...(this.services.names && !this.hosting ? [{ name: 'names', label: `Names: ${shortList(s.players)}`, change: () => void this.editNames() }] : []),
      { name: 'rounds', label: `Rounds: ${s.rounds}`, change: (d) => set({ rounds: cycle(CHOICES.rounds, s.rounds, d) }) },
      { name: 'per-round', label: `Questions per round: ${s.perRound}`, change: (d) => set({ perRound: cycle(CHOICES.perRound, s.perRound, d) }) },
      {
        name: 'timer',
        label: `Timer: ${s.timerSeconds === null ? 'off' : `${s.timerSeconds} s`}`,
        change: (d) => set({ timerSeconds: cycle(CHOICES.timerSeconds, s.timerSeconds, d) }),
      },
      { name: 'difficulty', label: `Difficulty: ${DIFFICULTY_LABEL[s.difficulty]}`, change: (d) => set({ difficulty: cycle(CHOICES.difficulty, s.difficulty, d) }) },
      {
        name: 'scoring',
        label: `Scoring: ${s.scoring === 'speed' ? 'speed (up to 1000)' : 'accuracy (100 each)'}`,
        change: (d) => set({ scoring: cycle(CHOICES.scoring, s.scoring, d) }),
      },
      { name: 'streak', label: `Streak bonus: ${s.streakBonus ? 'on' : 'off'}`, change: () => set({ streakBonus: !s.streakBonus }) },
      { name: 'print', label: 'Print this quiz…', change: () => void this.printQuiz() },
    ];
  }

  /** Renames the players or teams of this setup; a renamed player's stats go with the new name. */
  private async editNames(): Promise<void> {
    const s = this.setup;
    const teams = isTeams(s.play);
    const edited = await this.services.names?.edit({
      what: teams ? 'Team' : 'Player',
      names: s.players,
      ...(teams ? { colours: sessionOptions(s).colours ?? [] } : {}),
      ...(s.play === 'buzzer' ? { keys: BUZZ_KEYS.slice(0, s.players.length) } : {}),
    });
    if (!edited || !this.sys.isActive()) return;
    edited.forEach((name, i) => {
      const before = s.players[i];
      if (before && before !== name) this.services.progress?.renamePlayer(before, name);
    });
    const names = namesOf({ ...s, players: edited });
    this.setup = { ...this.setup, players: edited, names };
    this.services.settings.setLastSetup(this.setup);
    this.redraw();
    this.announce(`Names: ${edited.join(', ')}.`);
  }

  /** This setup as a pub quiz on paper, from a new challenge code, in a print view over the game (its own chunk, loaded now). */
  private async printQuiz(): Promise<void> {
    if (this.printing) return;
    this.printing = true;
    try {
      // From a challenge code, printed on every page: the same quiz can be played on screen too.
      const g = await codeForSetup(this.services, this.setup);
      const [{ quiz }, print] = await Promise.all([quizFor(this.services, g.setup, g.seed), import('../../print')]);
      if (!this.sys.isActive()) return;
      const deckTitle = this.services.decks.find((d) => d.id === this.setup.deckId)?.title ?? this.setup.deckId;
      this.scene.pause();
      await print.printQuiz(document, { quiz, title: 'Film quiz night', deckTitle, seedLabel: `Code ${g.code}` }).closed;
      this.scene.resume();
    } catch (e) {
      this.scene.start('Error', { title: 'The quiz could not be printed', lines: [e instanceof Error ? e.message : String(e)] });
    } finally {
      this.printing = false;
    }
  }

  /** Challenge codes: one typed in, today's, or a new one for this setup to send to the others. */
  private async challenge(): Promise<void> {
    const ui = this.services.challenges;
    if (!ui || !this.setup.deckId) return;
    // A code fixes the quiz; who plays it is this setup's players or teams.
    const { deckId } = this.setup;
    const who = this.setup;
    const play = (g: ChallengeGame) => {
      if (this.sys.isActive()) this.scene.start('Round', { deckId: g.setup.deckId, seed: g.seed, setup: g.setup });
    };
    await ui.open({
      deckTitle: this.services.decks.find((d) => d.id === deckId)?.title ?? deckId,
      play: async (typed) => {
        const found = await lookUpCode(this.services, typed, who);
        if (!found.ok) return found.message;
        play(found);
        return null;
      },
      today: async () => {
        play(await dailyCode(this.services, deckId, who, new Date()));
        return null;
      },
      make: async () => {
        const g = await codeForSetup(this.services, this.setup);
        return { code: g.code, play: () => play(g) };
      },
    });
  }

  /** A host's own deck: checked in full, kept on this device, and chosen for this game. */
  private async addDeck(): Promise<void> {
    const result = await this.services.addDeck?.();
    if (!result || !this.sys.isActive()) return;
    if (!result.ok) {
      this.scene.start('Error', { title: 'This deck cannot be added', lines: result.problems });
      return;
    }
    this.setup = { ...this.setup, deckId: result.entry.id };
    this.prepare();
    this.redraw();
    this.announce(`Added the deck ${result.entry.title}.`);
  }

  private startGame(): void {
    if (this.hosting) {
      const data = { setup: this.setup, teams: this.teams };
      loadHostScenes(this.game).then(
        () => {
          if (this.sys.isActive()) this.scene.start('HostLobby', data);
        },
        (e: unknown) => this.scene.start('Error', { title: 'The club night could not start', lines: [e instanceof Error ? e.message : String(e)] }),
      );
      return;
    }
    this.services.settings.setLastSetup(this.setup);
    const seed = this.services.newSeed();
    // The deck is ready (it was prepared on this screen): the quiz is drawn now, and the first question with it.
    const prepared = quizNow(this.prepared, this.services, this.setup, seed);
    this.scene.start('Round', { deckId: this.setup.deckId, seed, setup: this.setup, ...(prepared ? { prepared } : {}) });
  }

  protected render(): void {
    const f = this.frame;
    const title = this.heading(this.hosting ? 'CLUB NIGHT' : 'NEW GAME', f.column.y, Math.round(f.text * 2.2));
    const rows = this.rows();
    const top = title.y + title.height + f.text * 0.8;
    const bottom = f.height - f.column.y - f.text * 1.6;
    // Two columns of options on a wide screen, one on a phone; then Back and Start.
    const cols = f.portrait ? 1 : 2;
    const lines = Math.ceil(rows.length / cols) + 1;
    const gap = Math.round(f.text * 0.45);
    const h = Math.round(Math.min(f.text * 2.8, (bottom - top - gap * (lines - 1)) / lines));
    const fontPx = Math.round(Math.min(f.text * 0.95, h * 0.42));
    const w = Math.min(f.column.w, Math.round(f.text * (cols === 1 ? 22 : 40)));
    const x = Math.round((f.width - w) / 2);
    const colW = cols === 1 ? w : Math.round((w - gap) / 2);
    rows.forEach((row, i) => {
      const col = i % cols;
      const line = Math.floor(i / cols);
      this.buttons.push(
        new Button(this, {
          name: row.name,
          label: `${row.label}  ▸`,
          rect: { x: x + col * (colW + gap), y: top + line * (h + gap), w: colW, h },
          fontPx,
          dpr: f.dpr,
          onPress: () => row.change(1),
        }),
      );
    });
    const y = top + (lines - 1) * (h + gap);
    const half = Math.round((w - gap) / 2);
    this.buttons.push(
      new Button(this, { name: 'back', label: 'Back', rect: { x, y, w: half, h }, fontPx, dpr: f.dpr, onPress: () => this.scene.start('Menu') }),
      new Button(this, {
        name: 'start',
        label: this.hosting ? 'Open the room' : 'Start',
        rect: { x: x + half + gap, y, w: half, h },
        fontPx: Math.round(fontPx * 1.2),
        dpr: f.dpr,
        primary: true,
        onPress: () => this.startGame(),
      }),
    );
    this.body('Tap a line to change it', f.width / 2, y + h + gap, Math.round(f.text * 0.8), f.column.w, palette.muted).setOrigin(0.5, 0);
  }
}
