import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECKS } from '../../src/content/catalog';
import { deckCatalog } from '../../src/content/custom';
import type { DeckRecord } from '../../src/storage/schema';

/** Saved progress, reduced to the two calls the catalog makes. */
function fakeProgress() {
  const saved: DeckRecord[] = [];
  return {
    saved,
    customDecks: () => saved,
    saveDeck: (d: Pick<DeckRecord, 'id' | 'title' | 'source'>) => {
      const at = saved.findIndex((x) => x.id === d.id);
      const record: DeckRecord = { version: 1, addedAt: 1, ...d };
      if (at >= 0) saved.splice(at, 1, record);
      else saved.push(record);
    },
  };
}

const baker = readFileSync('questions/sean-baker.json', 'utf8');
const myDeck = baker.replace('"id": "sean-baker"', '"id": "club-night"').replace('"title": "Sean Baker"', '"title": "Club night"');

describe('the deck catalogue', () => {
  it('offers the built-in decks, the Sean Baker deck first', () => {
    const catalog = deckCatalog(DECKS, fakeProgress());
    expect(catalog.decks.map((d) => d.id)).toContain('palme-dor');
    expect(catalog.decks[0]?.id).toBe('sean-baker');
  });

  it('adds a good deck from a file, keeps it, and plays it', async () => {
    const progress = fakeProgress();
    const catalog = deckCatalog(DECKS, progress);
    const result = catalog.add('club-night.json', myDeck);
    expect(result).toMatchObject({ ok: true, entry: { id: 'my-club-night', title: 'Club night (added)' } });
    expect(progress.saved.map((d) => d.id)).toEqual(['club-night']);
    expect(catalog.decks.at(-1)?.id).toBe('my-club-night');
    expect((await catalog.load('my-club-night')).films.length).toBeGreaterThan(10);
    // The next visit finds it in saved progress.
    const again = deckCatalog(DECKS, progress);
    expect(again.decks.at(-1)?.id).toBe('my-club-night');
    expect((await again.load('my-club-night')).deck.title).toBe('Club night');
  });

  it('refuses a broken deck with problems naming the file, line and field, and saves nothing', () => {
    const progress = fakeProgress();
    const catalog = deckCatalog(DECKS, progress);
    const broken = myDeck.replace('"year": 2024', '"year": 1700');
    const result = catalog.add('club-night.json', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatch(/^club-night\.json:\d+:\d+: films\[\d+\]\.year: impossible year 1700/);
    expect(progress.saved).toEqual([]);
    expect(catalog.decks.some((d) => d.id.startsWith('my-'))).toBe(false);
  });

  it('refuses a file that is not JSON at all', () => {
    const result = deckCatalog(DECKS, fakeProgress()).add('notes.json', 'Anora, 2024, Sean Baker');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.problems[0]).toMatch(/^notes\.json:1:1: \(syntax\): /);
  });
});
