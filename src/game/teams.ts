/**
 * Players and teams on one screen: their default names and colours, the buzzer keys, the
 * names a host types (checked here), and what a setup's style means for the session.
 * Plain data, no Phaser: the Setup screen, the names dialog and the round share it.
 */
import { TEAM_COLOURS } from '../quiz/team-colours';
import type { SessionOptions, SessionState } from '../quiz/session';
import type { GameSetup, Names, PlayStyle } from '../settings';

export const MAX_SEATS = 8;
export const MAX_NAME = 24;

/** Each team's buzzer on one keyboard: the four corners first, so four teams can sit round a laptop. */
export const BUZZ_KEYS: readonly string[] = ['q', 'p', 'z', 'm', 't', 'y', 'v', 'n'];

/** The colours' names, as the teams are called until renamed. */
const COLOUR_NAMES: readonly string[] = ['Gold', 'Blue', 'Red', 'Green', 'Violet', 'Pink', 'Teal', 'Lemon'];

export const DEFAULT_NAMES: Names = {
  players: Array.from({ length: MAX_SEATS }, (_, i) => `Player ${i + 1}`),
  teams: COLOUR_NAMES.map((c) => `${c} team`),
};

/** How a setup is shown and cycled on the Setup screen: solo is turns with one player. */
export type Style = 'solo' | PlayStyle;
export const STYLES: readonly Style[] = ['solo', 'turns', 'teams', 'buzzer'];
export const COUNTS: readonly number[] = [2, 3, 4, 5, 6, 7, 8];

export const STYLE_LABEL: Readonly<Record<Style, string>> = {
  solo: 'solo',
  turns: 'players taking turns',
  teams: 'teams taking turns',
  buzzer: 'teams with buzzers',
};

export function styleOf(setup: Pick<GameSetup, 'play' | 'players'>): Style {
  return setup.play === 'turns' && setup.players.length === 1 ? 'solo' : setup.play;
}

export function isTeams(play: PlayStyle): boolean {
  return play !== 'turns';
}

/** Every name so far, with defaults where none was given. */
export function namesOf(setup: Pick<GameSetup, 'play' | 'players' | 'names'>): Names {
  const fill = (given: readonly string[] | undefined, fallback: readonly string[]) => fallback.map((d, i) => given?.[i] ?? d);
  const kept = setup.names;
  const own = { players: fill(kept?.players, DEFAULT_NAMES.players), teams: fill(kept?.teams, DEFAULT_NAMES.teams) };
  // The names this setup plays with are the latest of all.
  const mine = isTeams(setup.play) ? 'teams' : 'players';
  return { ...own, [mine]: own[mine].map((n, i) => setup.players[i] ?? n) };
}

/** The setup for a style and a count, with the names kept for it. */
export function withStyle(setup: GameSetup, style: Style, count: number): GameSetup {
  const names = namesOf(setup);
  const play: PlayStyle = style === 'solo' ? 'turns' : style;
  const n = style === 'solo' ? 1 : Math.min(MAX_SEATS, Math.max(2, count));
  return { ...setup, play, players: (isTeams(play) ? names.teams : names.players).slice(0, n), names };
}

/** What the session needs of a setup: buzzers or turns, and the teams' colours. */
export function sessionOptions(setup: Pick<GameSetup, 'play' | 'players'>): SessionOptions {
  if (!isTeams(setup.play)) return { mode: 'turns' };
  return { mode: setup.play === 'buzzer' ? 'buzzer' : 'turns', colours: setup.players.map((_, i) => colourOf(i)) };
}

export function colourOf(seat: number): number {
  return TEAM_COLOURS[seat % TEAM_COLOURS.length] ?? 0xffffff;
}

export function colourName(seat: number): string {
  return (COLOUR_NAMES[seat % COLOUR_NAMES.length] ?? '').toLowerCase();
}

/** A name as it is kept: trimmed, with runs of spaces made one. */
export function tidyName(typed: string): string {
  return typed.replace(/\s+/g, ' ').trim();
}

export type NamesCheck = { readonly ok: true; readonly names: readonly string[] } | { readonly ok: false; readonly seat: number; readonly message: string };

/** Typed names, checked: each one given, short enough, and none used twice (in any case). */
export function checkNames(typed: readonly string[], what: 'Player' | 'Team'): NamesCheck {
  const names = typed.map(tidyName);
  for (const [i, name] of names.entries()) {
    if (!name) return { ok: false, seat: i, message: `${what} ${i + 1} needs a name.` };
    if (name.length > MAX_NAME) return { ok: false, seat: i, message: `${what} ${i + 1}'s name is ${name.length} letters long: ${MAX_NAME} at most, so it fits on the scoreboard.` };
    const first = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    if (first < i) return { ok: false, seat: i, message: `${what}s ${first + 1} and ${i + 1} are both called "${name}": give each its own name.` };
  }
  return { ok: true, names };
}

/** By buzzer, with the buzzers open: the team a key buzzes in, or null for any other key. */
export function teamOfKey(s: Pick<SessionState, 'players'>, key: string): number | null {
  const team = BUZZ_KEYS.indexOf(key.toLowerCase());
  return team >= 0 && team < s.players.length ? team : null;
}

/**
 * What a gamepad's button does: by buzzer each pad is a team, so while the buzzers are open
 * any button but Start buzzes its team in, and while a team holds the question only its pad
 * moves and presses; otherwise a pad's buttons are keys (d-pad, A, B).
 */
export function padRole(s: SessionState, pad: number, button: number): 'buzz' | 'ignore' | 'key' {
  if (s.mode !== 'buzzer' || s.phase !== 'asking') return 'key';
  if (s.buzz.holder === null) return button === START_BUTTON ? 'key' : 'buzz';
  return pad === s.buzz.holder ? 'key' : 'ignore';
}

const START_BUTTON = 9;

/** Everyone's name, score and colour, seat by seat. */
export function seatsOf(s: SessionState): { name: string; score: number; colour?: number }[] {
  return s.players.map((name, i) => {
    const colour = s.colours[i];
    return { name, score: s.scores[i] ?? 0, ...(colour === undefined ? {} : { colour }) };
  });
}
