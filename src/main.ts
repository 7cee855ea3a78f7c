/**
 * The page's entry: the game, sized to the window at the screen's pixel density, with its
 * fonts, saved progress and decks.
 *
 * Phaser starts at once; the fonts and saved progress load meanwhile, and the Boot scene
 * opens the menu as soon as both are in (see `startGame`). What the menu does not need
 * waits: the deck checker until a host adds a deck, the service worker until the menu is
 * up (its install fetches the whole game, which must not compete with the first screen).
 */
import '@fontsource/bebas-neue/latin-400.css';
import '@fontsource/bebas-neue/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-700.css';
import { MIRROR_CSS, type ScreenDescription, ScreenMirror } from './a11y/mirror';
import { browserVoice } from './a11y/voice';
import { DECKS, deckEntries, isAddedDeck, loadBuiltInDeck } from './content/catalog';
import type { DeckCatalog } from './content/custom';
import { Sfx } from './game/audio';
import { startGame } from './game/config';
import { FACES } from './game/faces';
import type { GameServices } from './game/services';
import { DEFAULT_SETTINGS } from './game/settings';
import { useHighContrast } from './game/theme';
import { gameActivity, initPwa } from './pwa';
import { connectProgress } from './storage/connect';
import { domBackupUi, downloadFile, Notices, pickFile } from './storage/dom';
import { openProgress, requestPersistence } from './storage/open';
import { Progress } from './storage/progress';
import { statsView } from './storage/stats';

const MAX_DPR = 3;

type Game = ReturnType<typeof startGame>;

function dpr(): number {
  return Math.min(MAX_DPR, Math.max(1, window.devicePixelRatio || 1));
}

function newSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36)).join('');
}

/** Fonts and saved progress, side by side; then what the screens need from outside. */
async function loadServices(game: () => Game): Promise<GameServices> {
  // Phaser draws text onto canvases: the fonts must be ready first or it falls back for good.
  // The built page began loading them before this code ran (vite.config.ts, preloadFonts).
  const early = (window as unknown as { __marqueeFonts?: Promise<unknown> }).__marqueeFonts;
  const fonts = (early ?? Promise.all(FACES.map((f) => document.fonts.load(f)))).catch(() => undefined);
  // Saved progress: IndexedDB, or memory (with a notice) where the browser keeps none.
  const [opened] = await Promise.all([openProgress(), fonts]);
  // For the load benchmark (npm run bench:load): when what the menu waits for is in.
  performance.mark('marquee:services');
  const prefersLessMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const prefersContrast = window.matchMedia?.('(prefers-contrast: more)').matches ?? false;
  const notices = new Notices(document);
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
      game().events.emit('marquee:settings', next);
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
  // The sound starts with the first press (the finger is still down), not on the first answer.
  const warm = () => sfx.warm();
  window.addEventListener('pointerdown', warm, { once: true, capture: true });
  window.addEventListener('keydown', warm, { once: true, capture: true });
  useHighContrast(settings.get().highContrast);
  // The built-in decks need no checker; the catalogue of added decks brings it, when first asked for.
  const decks = deckEntries(DECKS, progress.customDecks());
  let custom: Promise<DeckCatalog> | null = null;
  const catalog = () => {
    custom ??= import('./content/custom').then(({ deckCatalog }) => deckCatalog(DECKS, progress, decks));
    return custom;
  };
  const deckTitle = (id: string) => decks.find((d) => d.id === id)?.title ?? id;
  connectProgress(game(), progress, window);
  // A test hook: the browser tests wait for saves through it.
  (window as unknown as { __MARQUEE_PROGRESS__: unknown }).__MARQUEE_PROGRESS__ = progress;
  return {
    decks,
    loadDeck: (id) => (isAddedDeck(id) ? catalog().then((c) => c.load(id)) : loadBuiltInDeck(id)),
    addDeck: async () => {
      const file = await pickFile(document, '.json,.csv,application/json,text/csv');
      return file ? (await catalog()).add(file.name, file.text) : null;
    },
    // The dialog is its own small chunk, loaded when first opened.
    challenges: {
      open: (actions) => import('./challenge/dialog').then((d) => d.openChallengeDialog(document, navigator, actions)),
      share: (text) => import('./challenge/dialog').then((d) => d.shareText(document, navigator, text)),
    },
    // The CSV deck template, from its own chunk (the deck checker's).
    deckTemplate: () =>
      import('./import/csv-deck').then(({ CSV_TEMPLATE, TEMPLATE_NAME }) => downloadFile(document, { filename: TEMPLATE_NAME, text: CSV_TEMPLATE, type: 'text/csv' })),
    names: { edit: (request) => import('./dialogs/names').then((d) => d.openNamesDialog(document, request)) },
    voice: browserVoice(window),
    newSeed,
    now: () => performance.now(),
    settings,
    sfx,
    progress,
    recentQuestions: () => progress.recentQuestions(),
    stats: async () => statsView(progress.standings(), deckTitle),
  };
}

async function main(): Promise<void> {
  const parent = document.getElementById('game');
  if (!parent) throw new Error('the page has no #game element');
  const style = document.createElement('style');
  style.textContent = MIRROR_CSS;
  document.head.append(style);
  const mirror = new ScreenMirror(document, document.body);
  let ratio = dpr();
  let game: Game | undefined;
  const services = loadServices(() => {
    if (!game) throw new Error('the game is not started');
    return game;
  });
  game = startGame(parent, services, { width: window.innerWidth, height: window.innerHeight, dpr: ratio });
  const started = game;
  const fit = () => {
    ratio = dpr();
    started.registry.set('dpr', ratio);
    started.scale.setGameSize(Math.round(window.innerWidth * ratio), Math.round(window.innerHeight * ratio));
  };
  window.addEventListener('resize', fit);
  game.events.on('marquee:screen', (screen: ScreenDescription) => mirror.show(screen));
  game.events.on('marquee:announce', (text: string) => mirror.announce(text));
  // Offline play and updates (an update is taken only between questions), once the first screen is drawn.
  const activity = gameActivity(game);
  const pwa = () => setTimeout(() => initPwa(activity), 0);
  game.events.once('marquee:drawn', pwa);
  // Whatever happens to the first screen, offline play is set up soon after the page loads.
  window.addEventListener('load', () => setTimeout(pwa, 5000), { once: true });
  // Debugging and test hooks: the browser tests find game objects through it.
  (window as unknown as { __MARQUEE__: unknown }).__MARQUEE__ = game;
  await services;
}

main().catch((e: unknown) => {
  const box = document.getElementById('fatal');
  if (box) {
    box.hidden = false;
    box.textContent = `Marquee could not start: ${e instanceof Error ? e.message : String(e)}`;
  }
});
