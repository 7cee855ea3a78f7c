import 'fake-indexeddb/auto';
import type { UseStore } from 'idb-keyval';
import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { reduceRoom, startRoom, teamsNamed } from '../../src/quiz/room-session';
import { RoomAuthority } from '../../src/room/authority';
import { Progress } from '../../src/storage/progress';
import { idbRepository } from '../../src/storage/repository';
import { freshStore, start } from './storage-fixtures';

let now = 1_700_000_000_000;
const clock = () => now++;

async function open(store: UseStore): Promise<{ p: Progress; setAside: readonly { key: string }[] }> {
  const repo = idbRepository(store, clock);
  const loaded = await repo.load();
  return { p: new Progress({ repo, snapshot: loaded.snapshot, clock }), setAside: loaded.setAside };
}

/** A room two questions in, with two seats on two teams and one answer given. */
function hostedRoom(): RoomAuthority {
  const session = start(1, 3);
  const quiz = { seed: session.seed, deckId: session.deckId, rounds: session.rounds.map((questions) => ({ questions })) };
  let state = startRoom(quiz, { mode: 'accuracy', timeLimitMs: 20_000, streakBonus: false }, teamsNamed(['Reds', 'Blues']));
  state = reduceRoom(state, { type: 'join', seat: 's1', name: 'Ann', team: 0 });
  state = reduceRoom(state, { type: 'join', seat: 's2', name: 'Bea', team: 1 });
  state = reduceRoom(state, { type: 'start' });
  state = reduceRoom(state, { type: 'answer', seat: 's1', given: { choice: 0 }, elapsedMs: 1200 });
  let t = 0;
  return new RoomAuthority({ room: 'ABCD', key: 'k'.repeat(32), state }, { now: () => (t += 100), random: () => 'r' });
}

describe('the hosted club night', () => {
  it('is kept on the device and read back as it was, tokens and clock included', async () => {
    const store = freshStore();
    const { p } = await open(store);
    const room = hostedRoom().snapshot();
    p.saveRoom(room, null);
    await p.idle();
    const again = (await open(store)).p.hostedRoom();
    expect(again?.room).toEqual(room);
  });

  it('is forgotten when the host closes it, and nothing else is touched', async () => {
    const store = freshStore();
    const { p } = await open(store);
    p.saveRoom(hostedRoom().snapshot(), null);
    p.forgetRoom();
    await p.idle();
    expect((await open(store)).p.hostedRoom()).toBeNull();
  });

  it('sets an unreadable room aside, naming the field, and loads the rest', async () => {
    const store = freshStore();
    const broken = { version: 1, savedAt: 5, setup: null, room: { ...hostedRoom().snapshot(), state: { ...hostedRoom().snapshot().state, q: 99 } } };
    await set('room', broken, store);
    const { p, setAside } = await open(store);
    expect(p.hostedRoom()).toBeNull();
    expect(setAside.map((s) => s.key)).toEqual(['room']);
    expect(p.snapshot.quarantine.some((q) => q.key === 'room' && q.reason.includes('room.state.q'))).toBe(true);
  });

  it('refuses to save a room that could not be read back, and keeps the last good one', async () => {
    const store = freshStore();
    const { p } = await open(store);
    const good = hostedRoom().snapshot();
    p.saveRoom(good, null);
    p.saveRoom({ ...good, room: 'lowercase' }, null);
    await p.idle();
    expect((await open(store)).p.hostedRoom()?.room).toEqual(good);
  });
});
