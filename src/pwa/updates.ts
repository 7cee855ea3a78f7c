/**
 * When a new build has been installed (its service worker is waiting), tell the player and
 * update only when they say so, and never in the middle of a question: if the game is busy
 * when they choose, the update waits for the next safe moment (the reveal, the results, the
 * menu). The page is reloaded only at a safe moment too, even when another tab started the
 * update. No DOM and no service-worker API here: both come in through `UpdateDeps`.
 */

export type UpdateView =
  /** A new version is waiting: "Update now" / "Later". */
  | 'ready'
  /** The player chose to update while a question was open: it happens after the question. */
  | 'deferred'
  /** The new version is taking over; the page reloads in a moment. */
  | 'applying'
  | 'hidden';

export interface UpdateDeps {
  /** True while a question is open (phase `asking` or `answered`). */
  isBusy(): boolean;
  /** Calls `listener` whenever the game may have become idle. Returns an unsubscribe. */
  watch?(listener: () => void): () => void;
  /** Asks the waiting service worker to take over. The page is told through `needReload()`. */
  activate(): void | Promise<void>;
  reload(): void;
  show(view: UpdateView): void;
  /** Time given to storage to finish saving the last change before the page goes away. */
  readonly settleMs?: number;
  /** How often to look at `isBusy()` when no `watch` event comes. */
  readonly pollMs?: number;
}

export interface UpdateFlow {
  /** The service worker of a new build is installed and waiting. */
  needRefresh(): void;
  /** The new service worker controls the page: reload, at a safe moment. */
  needReload(): void;
  /** The player pressed "Update now". */
  updateNow(): void;
  /** The player pressed "Later". */
  later(): void;
  readonly view: UpdateView;
}

export function createUpdateFlow(deps: UpdateDeps): UpdateFlow {
  const settleMs = deps.settleMs ?? 400;
  const pollMs = deps.pollMs ?? 500;
  let view: UpdateView = 'hidden';
  /** What waits for a safe moment: taking the update (the player chose it), reloading (it was taken). */
  const want = { apply: false, reload: false };
  let stopWatching: (() => void) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let settling: ReturnType<typeof setTimeout> | null = null;

  const setView = (v: UpdateView) => {
    view = v;
    deps.show(v);
  };

  const stop = () => {
    stopWatching?.();
    stopWatching = null;
    if (timer !== null) clearInterval(timer);
    timer = null;
    if (settling !== null) clearTimeout(settling);
    settling = null;
  };

  const apply = () => {
    setView('applying');
    void Promise.resolve()
      .then(() => deps.activate())
      .catch(() => setView('ready'));
  };

  /** Once the game is idle and has stayed idle for `settleMs`, does what is wanted. */
  const check = () => {
    if ((!want.apply && !want.reload) || settling !== null || deps.isBusy()) return;
    settling = setTimeout(() => {
      settling = null;
      if (deps.isBusy()) return;
      const { reload } = want;
      want.apply = false;
      want.reload = false;
      stop();
      if (reload) deps.reload();
      else apply();
    }, settleMs);
  };

  const whenSafe = () => {
    if (!stopWatching && deps.watch) stopWatching = deps.watch(check);
    if (timer === null) timer = setInterval(check, pollMs);
    check();
  };

  return {
    get view() {
      return view;
    },
    needRefresh() {
      if (view === 'hidden') setView('ready');
    },
    needReload() {
      want.reload = true;
      whenSafe();
    },
    updateNow() {
      if (view === 'applying') return;
      if (deps.isBusy()) {
        setView('deferred');
        want.apply = true;
        whenSafe();
      } else {
        apply();
      }
    },
    later() {
      if (view === 'applying') return;
      want.apply = false;
      if (!want.reload) stop();
      setView('hidden');
    },
  };
}
