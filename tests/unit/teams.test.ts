/** Setting up players and teams on one screen: styles, kept names, the names check, and renaming with stats. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETUP, type GameSetup } from '../../src/game/settings';
import { BUZZ_KEYS, checkNames, namesOf, sessionOptions, styleOf, withStyle } from '../../src/game/teams';
import { TEAM_COLOURS } from '../../src/quiz/room-session';
import { Progress } from '../../src/storage/progress';
import { EMPTY_SNAPSHOT } from '../../src/storage/records';
import type { ProgressRepository } from '../../src/storage/repository';
import { emptyStats } from '../../src/storage/stats';

const setup: GameSetup = { ...DEFAULT_SETUP, deckId: 'sean-baker' };

describe('play styles', () => {
  it('goes from solo to players, teams and buzzers, keeping the names of each', () => {
    expect(styleOf(setup)).toBe('solo');
    const players = withStyle(setup, 'turns', 3);
    expect(players.players).toEqual(['Player 1', 'Player 2', 'Player 3']);
    const named = { ...players, players: ['Ana', 'Ben', 'Cy'] };
    const teams = withStyle(named, 'buzzer', 4);
    expect(teams.play).toBe('buzzer');
    expect(teams.players).toEqual(['Gold team', 'Blue team', 'Red team', 'Green team']);
    // Back to players: their names were kept.
    expect(withStyle(teams, 'turns', 2).players).toEqual(['Ana', 'Ben']);
    expect(namesOf(teams).players.slice(0, 3)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(withStyle(teams, 'solo', 4).players).toEqual(['Ana']);
    expect(withStyle(teams, 'teams', 20).players).toHaveLength(8);
  });

  it('gives teams their colours and buzzers, and players neither', () => {
    expect(sessionOptions(withStyle(setup, 'turns', 2))).toEqual({ mode: 'turns' });
    expect(sessionOptions(withStyle(setup, 'teams', 3))).toEqual({ mode: 'turns', colours: TEAM_COLOURS.slice(0, 3) });
    expect(sessionOptions(withStyle(setup, 'buzzer', 8))).toEqual({ mode: 'buzzer', colours: TEAM_COLOURS.slice(0, 8) });
    expect(new Set(BUZZ_KEYS).size).toBe(8);
    // A buzzer key never answers: the option keys are 1–4 and A–D.
    expect(BUZZ_KEYS.some((k) => /^[1-4a-d]$/.test(k))).toBe(false);
  });
});

describe('the names check', () => {
  it('tidies names and takes them when each is given once', () => {
    expect(checkNames(['  The  Reds ', 'Blues'], 'Team')).toEqual({ ok: true, names: ['The Reds', 'Blues'] });
  });

  it('names the seat with a missing, long or repeated name', () => {
    expect(checkNames(['Reds', '   '], 'Team')).toEqual({ ok: false, seat: 1, message: 'Team 2 needs a name.' });
    expect(checkNames(['x'.repeat(30)], 'Player')).toMatchObject({ ok: false, seat: 0, message: expect.stringContaining('24 at most') });
    expect(checkNames(['Reds', 'Blues', 'REDS'], 'Team')).toEqual({ ok: false, seat: 2, message: 'Teams 1 and 3 are both called "REDS": give each its own name.' });
  });
});

describe('renaming', () => {
  const repo: ProgressRepository = { durable: true, load: async () => ({ snapshot: EMPTY_SNAPSHOT, setAside: [], ignored: [] }) as never, save: async () => undefined, replace: async () => undefined };
  const progress = () =>
    new Progress({
      repo,
      snapshot: { ...EMPTY_SNAPSHOT, players: [{ version: 1, id: 'player-1', name: 'Player 1', createdAt: 1 }, { version: 1, id: 'ben', name: 'Ben', createdAt: 2 }], stats: [{ ...emptyStats('player-1', 1), games: 3 }] },
    });

  it('moves a profile, and so its stats, to the new name', () => {
    const p = progress();
    expect(p.renamePlayer('Player 1', 'Ana')).toBe(true);
    expect(p.standings().map((r) => [r.player.name, r.stats.games])).toEqual([
      ['Ana', 3],
      ['Ben', 0],
    ]);
  });

  it('leaves profiles alone for a name nobody has, or a name another profile has', () => {
    const p = progress();
    expect(p.renamePlayer('Nobody', 'Ana')).toBe(false);
    expect(p.renamePlayer('Player 1', 'ben')).toBe(false);
    expect(p.standings().map((r) => r.player.name)).toEqual(['Player 1', 'Ben']);
  });
});
