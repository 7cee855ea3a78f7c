/** The page's entry: fonts, decks and the game, sized to the window at the screen's pixel density. */
import '@fontsource/bebas-neue/latin-400.css';
import '@fontsource/bebas-neue/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-700.css';
import { MIRROR_CSS, type ScreenDescription, ScreenMirror } from './a11y/mirror';
import { DECKS } from './content/catalog';
import { deckCatalog } from './content/custom';
import { Sfx } from './game/audio';
import { startGame } from './game/config';
import type { GameServices } from './game/services';
import { DEFAULT_SETTINGS } from './game/settings';
import { gameActivity, initPwa } from './pwa';
import { useHighContrast } from './game/theme';
import { connectProgress } from './storage/connect';
import { domBackupUi, Notices, pickFile } from './storage/dom';
import { openProgress, requestPersistence } from './storage/open';
import { Progress } from './storage/progress';
import { statsView } from './storage/stats';

const MAX_DPR = 3;

function dpr(): number {
  return Math.min(MAX_DPR, Math.max(1, window.devicePixelRatio || 1));
}

function newSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36)).join('');
}

async function main(): Promise<void> {
  // Phaser draws text onto canvases: the fonts must be ready first or it falls back for good.
  await Promise.all(['400 16px "Bebas Neue"', '400 16px "Atkinson Hyperlegible"', '700 16px "Atkinson Hyperlegible"'].map((f) => document.fonts.load(f))).catch(() => undefined);
  const prefersLessMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const prefersContrast = window.matchMedia?.('(prefers-contrast: more)').matches ?? false;
  // Saved progress: IndexedDB, or memory (with a notice) where the browser keeps none.
  const notices = new Notices(document);
  const opened = await openProgress();
  const progress = new Progress({
    repo: opened.repo,
    snapshot: opened.loaded.snapshot,
    tell: (message, tone) => notices.show(tone === 'error' ? 'storage-error' : 'storage-info', message, tone),
    ui: domBackupUi(document),
    onImported: () => {
      const next = settings.get();
      sfx.volume = next.volume;
      sfx.muted = next.muted;
      useHighContrast(next.highContrast);
      game.events.emit('marquee:settings', next);
    },
  });
  if (opened.unavailable) {
    notices.show('storage', `Progress cannot be saved in this browser (${opened.unavailable}). You can play, but scores, stats and games in progress last only until this page closes.`, 'error');
  } else void requestPersistence(navigator.storage);
  if (opened.loaded.setAside.length > 0) {
    const what = [...new Set(opened.loaded.setAside.map((s) => s.what))].join(', ');
    notices.show('recovered', `Some saved progress could not be read (${what}), so it was set aside; everything else loaded. Export your progress from Settings to keep a copy of it.`, 'error');
  }
  const settings = progress.preferences({ ...DEFAULT_SETTINGS, reducedMotion: prefersLessMotion, highContrast: prefersContrast });
  const sfx = new Sfx();
  sfx.volume = settings.get().volume;
  sfx.muted = settings.get().muted;
  useHighContrast(settings.get().highContrast);
  const catalog = deckCatalog(DECKS, progress);
  const deckTitle = (id: string) => catalog.decks.find((d) => d.id === id)?.title ?? id;
  const services: GameServices = {
    decks: catalog.decks,
    loadDeck: (id) => catalog.load(id),
    addDeck: async () => {
      const file = await pickFile(document);
      return file ? catalog.add(file.name, file.text) : null;
    },
    newSeed,
    now: () => performance.now(),
    settings,
    sfx,
    progress,
    recentQuestions: () => progress.recentQuestions(),
    stats: async () => statsView(progress.standings(), deckTitle),
  };
  const parent = document.getElementById('game');
  if (!parent) throw new Error('the page has no #game element');
  const style = document.createElement('style');
  style.textContent = MIRROR_CSS;
  document.head.append(style);
  const mirror = new ScreenMirror(document, document.body);
  let ratio = dpr();
  const game = startGame(parent, services, { width: window.innerWidth, height: window.innerHeight, dpr: ratio });
  const fit = () => {
    ratio = dpr();
    game.registry.set('dpr', ratio);
    game.scale.setGameSize(Math.round(window.innerWidth * ratio), Math.round(window.innerHeight * ratio));
  };
  window.addEventListener('resize', fit);
  // Offline play and updates: an update is taken only between questions.
  initPwa(gameActivity(game));
  game.events.on('marquee:screen', (screen: ScreenDescription) => mirror.show(screen));
  game.events.on('marquee:announce', (text: string) => mirror.announce(text));
  connectProgress(game, progress, window);
  // Debugging and test hooks: the browser tests find game objects, and wait for saves, through them.
  (window as unknown as { __MARQUEE__: unknown }).__MARQUEE__ = game;
  (window as unknown as { __MARQUEE_PROGRESS__: unknown }).__MARQUEE_PROGRESS__ = progress;
}

main().catch((e: unknown) => {
  const box = document.getElementById('fatal');
  if (box) {
    box.hidden = false;
    box.textContent = `Marquee could not start: ${e instanceof Error ? e.message : String(e)}`;
  }
});
