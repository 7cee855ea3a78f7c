/** What the headless-Phaser scene tests share: the Sean Baker deck, services, waiting, and answering by button. */
import { readFileSync } from 'node:fs';
import type Phaser from 'phaser';
import { Sfx } from '../../src/game/audio';
import { type GameServices, memoryPreferences } from '../../src/game/services';
import { DEFAULT_SETTINGS } from '../../src/game/settings';
import type { Button } from '../../src/game/ui/button';
import { loadDeckText } from '../../src/quiz/deck/load';
import type { Question } from '../../src/quiz/question';

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

/**
 * Answers `q` rightly or wrongly by pressing the scene's named buttons, as a player would:
 * an option; the films in order (reversed, for wrong: none in its place), then Lock in; or a
 * year's keys (ten years out, for wrong: worth nothing), then OK.
 */
export function answerByButtons(scene: Phaser.Scene, q: Question, right: boolean): void {
  const tap = (name: string) => {
    const b = scene.children.getByName(name) as Button | null;
    if (!b) throw new Error(`no button ${name}`);
    b.press();
  };
  if (q.input === 'order') {
    for (const title of right ? q.order : [...q.order].reverse()) tap(`answer-${q.options.indexOf(title)}`);
    tap('lock-in');
  } else if (q.input === 'year') {
    for (const d of String(right ? q.year : q.year - 10)) tap(`key-${d}`);
    tap('key-ok');
  } else tap(`answer-${right ? q.answerIndex : (q.answerIndex + 1) % q.options.length}`);
}
