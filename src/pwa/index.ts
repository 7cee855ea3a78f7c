/**
 * Offline play and updates. `initPwa()` registers the service worker (production builds
 * only: `vite dev` has none), shows the offline pill, and offers a new build when one has
 * been installed, taking it only when the player chooses and never mid-question.
 *
 * The service worker (vite.config.ts) precaches the whole game: code, Phaser, every deck,
 * fonts, icons. Its first install takes control of the page at once, so one visit is
 * enough to play offline; later builds wait until the player says "Update now".
 */
import './pwa.css';
import { mountStatus, type StatusUi } from './status';
import { createUpdateFlow, type UpdateFlow } from './updates';

export type { UpdateView } from './updates';

/** Which build this is: `VITE_BUILD_ID` at build time, e.g. a date or a commit. Shown on <html data-build>. */
export const BUILD_ID: string = import.meta.env.VITE_BUILD_ID || 'local';

/** How often a long-running page asks the server for a new build (only when online). */
const CHECK_EVERY_MS = 30 * 60 * 1000;

export interface PwaOptions {
  /** True while a question is open: an update never reloads the page then. */
  isBusy(): boolean;
  /** Calls `listener` on every change of the game's state (to catch the next safe moment sooner). */
  watch?(listener: () => void): () => void;
}

export interface Pwa {
  readonly ui: StatusUi;
  readonly updates: UpdateFlow;
  /** Asks the server for a new build now (resolves false when there is no service worker). */
  checkForUpdate(): Promise<boolean>;
}

export interface GameLike {
  readonly events: { on(event: string, fn: (...args: never[]) => void): unknown; off(event: string, fn: (...args: never[]) => void): unknown };
  readonly scene: { isActive(key: string): boolean };
}

/**
 * The game is busy while the Round screen shows an open question. The game publishes every
 * session change as `marquee:session` (phases: asking → answered → revealed → …).
 */
export function gameActivity(game: GameLike): PwaOptions {
  let phase: string | null = null;
  const onSession = (s: { phase?: string } | null) => {
    phase = s?.phase ?? null;
  };
  game.events.on('marquee:session', onSession);
  return {
    isBusy: () => game.scene.isActive('Round') && (phase === 'asking' || phase === 'answered'),
    watch: (listener) => {
      const fn = () => queueMicrotask(listener);
      game.events.on('marquee:session', fn);
      return () => game.events.off('marquee:session', fn);
    },
  };
}

let instance: Pwa | null = null;

export function initPwa(options: PwaOptions): Pwa {
  if (instance) return instance;
  document.documentElement.dataset.build = BUILD_ID;
  let registration: ServiceWorkerRegistration | undefined;
  let activate: () => Promise<void> = async () => undefined;

  const updates = createUpdateFlow({
    isBusy: options.isBusy,
    ...(options.watch ? { watch: options.watch } : {}),
    activate: () => activate(),
    reload: () => window.location.reload(),
    show: (view) => ui.showUpdate(view),
  });
  const ui = mountStatus(document, { updateNow: () => updates.updateNow(), later: () => updates.later() }, { canTakeFocus: () => !options.isBusy() });

  const onNetwork = () => ui.setOffline(!navigator.onLine);
  window.addEventListener('online', onNetwork);
  window.addEventListener('offline', onNetwork);
  onNetwork();

  const checkForUpdate = async (): Promise<boolean> => {
    if (!registration || !navigator.onLine) return false;
    try {
      await registration.update();
      return true;
    } catch {
      return false;
    }
  };

  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        activate = registerSW({
          immediate: true,
          onNeedRefresh: () => updates.needRefresh(),
          // The new worker controls the page: reload, but only at a safe moment.
          onNeedReload: () => updates.needReload(),
          onOfflineReady: () => ui.flash('Saved on this device: ready to play offline'),
          onRegisteredSW: (_url, r) => {
            registration = r;
            setInterval(() => void checkForUpdate(), CHECK_EVERY_MS);
            window.addEventListener('online', () => void checkForUpdate());
          },
          onRegisterError: (e: unknown) => console.warn('Marquee: the service worker did not register', e),
        });
      })
      .catch((e: unknown) => console.warn('Marquee: offline support is unavailable', e));
  }

  instance = { ui, updates, checkForUpdate };
  return instance;
}
