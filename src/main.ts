/** The page's entry: fonts, decks and the game, sized to the window at the screen's pixel density. */
import '@fontsource/bebas-neue/latin-400.css';
import '@fontsource/bebas-neue/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-700.css';
import { MIRROR_CSS, type ScreenDescription, ScreenMirror } from './a11y/mirror';
import { DECKS, loadBuiltInDeck } from './content/catalog';
import { Sfx } from './game/audio';
import { startGame } from './game/config';
import { type GameServices, memoryPreferences } from './game/services';
import { DEFAULT_SETTINGS } from './game/settings';
import { useHighContrast } from './game/theme';

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
  const settings = memoryPreferences({ ...DEFAULT_SETTINGS, reducedMotion: prefersLessMotion, highContrast: prefersContrast });
  const sfx = new Sfx();
  sfx.volume = settings.get().volume;
  sfx.muted = settings.get().muted;
  useHighContrast(settings.get().highContrast);
  const services: GameServices = { decks: DECKS, loadDeck: loadBuiltInDeck, newSeed, now: () => performance.now(), settings, sfx };
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
  game.events.on('marquee:screen', (screen: ScreenDescription) => mirror.show(screen));
  game.events.on('marquee:announce', (text: string) => mirror.announce(text));
  // A debugging and test hook: the browser tests find game objects through it.
  (window as unknown as { __MARQUEE__: unknown }).__MARQUEE__ = game;
}

main().catch((e: unknown) => {
  const box = document.getElementById('fatal');
  if (box) {
    box.hidden = false;
    box.textContent = `Marquee could not start: ${e instanceof Error ? e.message : String(e)}`;
  }
});
