/** What the headless-Phaser scene tests share: the Sean Baker deck, services, and waiting. */
import { readFileSync } from 'node:fs';
import { Sfx } from '../../src/game/audio';
import { type GameServices, memoryPreferences } from '../../src/game/services';
import { DEFAULT_SETTINGS } from '../../src/game/settings';
import { loadDeckText } from '../../src/quiz/deck/load';

const loaded = loadDeckText('questions/sean-baker.json', readFileSync('questions/sean-baker.json', 'utf8'));
if (!loaded.ok) throw new Error('the Sean Baker deck does not load');
export const seanBaker = loaded.index;

/** Services for a test game: one deck, a fixed seed, and a clock that moves `stepMs` per reading. */
export function testServices(overrides: Partial<GameServices> = {}, stepMs = 250): GameServices {
  let clock = 0;
  return {
    decks: [{ id: 'sean-baker', title: 'Sean Baker', file: 'questions/sean-baker.json' }],
    loadDeck: async () => seanBaker,
    newSeed: () => 'smoke',
    now: () => (clock += stepMs),
    settings: memoryPreferences(DEFAULT_SETTINGS),
    sfx: new Sfx(),
    ...overrides,
  };
}

export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
