/**
 * Plugs saved progress into a running game through its event bus: every session change
 * is saved as it happens (`marquee:session`), a quit forgets the game (`marquee:quit`),
 * and while a question is open its open time is saved every second and when the page is
 * hidden or closed (the last chance a reload gives).
 */
import type { SessionState } from '../quiz/session';
import { HEARTBEAT_MS, type Progress, type SessionMeta } from './progress';

export interface GameBus {
  readonly events: { on(event: string, fn: (...args: never[]) => void): unknown; off(event: string, fn: (...args: never[]) => void): unknown };
  readonly scene: { isActive(key: string): boolean; getScene(key: string): unknown };
}

/** What RoundScene offers: its session and how long the current question has been open. */
interface RoundLike {
  readonly state: SessionState | null;
  readonly elapsedMs: number;
}

function isRound(scene: unknown): scene is RoundLike {
  return typeof scene === 'object' && scene !== null && 'state' in scene && 'elapsedMs' in scene;
}

export function connectProgress(game: GameBus, progress: Progress, page: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'> & { readonly document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> }): () => void {
  const onSession = (state: SessionState | null, meta?: SessionMeta) => {
    if (state) progress.observe(state, meta);
  };
  const onQuit = (state: SessionState | null) => progress.quit(state);
  const tick = () => {
    if (!game.scene.isActive('Round')) return;
    const round = game.scene.getScene('Round');
    if (isRound(round) && round.state) progress.tick(round.state, round.elapsedMs);
  };
  const onHide = () => {
    if (page.document.visibilityState === 'hidden') tick();
  };
  game.events.on('marquee:session', onSession);
  game.events.on('marquee:quit', onQuit);
  const timer = page.setInterval(tick, HEARTBEAT_MS);
  page.addEventListener('pagehide', tick);
  page.document.addEventListener('visibilitychange', onHide);
  return () => {
    game.events.off('marquee:session', onSession);
    game.events.off('marquee:quit', onQuit);
    page.clearInterval(timer);
    page.removeEventListener('pagehide', tick);
    page.document.removeEventListener('visibilitychange', onHide);
  };
}
