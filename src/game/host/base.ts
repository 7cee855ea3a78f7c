/**
 * What the host screens share: the room being hosted (kept in the game's registry, so it
 * outlives each screen), a redraw when it changes, the right screen for its phase, the
 * join address, and a banner while the room server cannot be reached.
 */
import Phaser from 'phaser';
import type { RoomPhase } from '../../quiz/room-session';
import type { Hosting, RoomInfo } from '../../room/hosting';
import { MarqueeScene } from '../scenes/base';
import { css, fonts, palette } from '../theme';

export const HOSTING = 'hosting';
export const ROOM_INFO = 'room-info';

/** The screen that shows a room in each phase. */
export function hostScreen(phase: RoomPhase): string {
  return phase === 'lobby' ? 'HostLobby' : phase === 'finished' ? 'HostPodium' : 'HostRound';
}

export abstract class HostScene extends MarqueeScene {
  private unwatch: (() => void) | null = null;
  private shownPhase: RoomPhase | null = null;
  private shownQuestion = -1;

  protected get hosting(): Hosting | null {
    return (this.registry.get(HOSTING) as Hosting | undefined) ?? null;
  }

  protected get info(): RoomInfo | null {
    return (this.registry.get(ROOM_INFO) as RoomInfo | undefined) ?? null;
  }

  /** Where phones open the pad: the laptop's LAN address when the server has one, else this page's own origin. */
  protected joinUrl(): string {
    const room = this.hosting?.room ?? '';
    const lan = this.info?.lan[0];
    const port = this.info?.port || Number(window.location.port) || 80;
    const base = lan ? `http://${lan}:${port}` : window.location.origin;
    return `${base}/join?room=${room}`;
  }

  /** Starts watching the room: a change of phase moves to its screen, any other change redraws (or updates in place). */
  protected watchRoom(): void {
    const h = this.hosting;
    if (!h) {
      this.scene.start('Menu');
      return;
    }
    this.shownPhase = h.authority.state.phase;
    this.shownQuestion = h.authority.state.q;
    this.unwatch = h.watch((broadcast) => {
      if (!this.sys.isActive()) return;
      const s = h.authority.state;
      const target = hostScreen(s.phase);
      if (target !== this.scene.key) {
        this.scene.start(target);
        return;
      }
      const moved = s.phase !== this.shownPhase || s.q !== this.shownQuestion;
      this.shownPhase = s.phase;
      this.shownQuestion = s.q;
      if (broadcast || moved) this.redraw();
      else this.refresh();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unwatch?.();
      this.unwatch = null;
    });
  }

  /** The host is done: the phones hear the game is over, the saved room is forgotten, and the menu opens. */
  protected closeRoom(): void {
    this.hosting?.close();
    this.registry.remove(HOSTING);
    this.scene.start('Menu');
  }

  /** A change the phones need not hear of (one more answer in, the clock): update in place. */
  protected refresh(): void {}

  /** Says so when the room server is out of reach; the room carries on when it returns. */
  protected drawLinkBanner(): void {
    const h = this.hosting;
    if (!h || h.status === 'open') return;
    const f = this.frame;
    const text = h.status === 'taken' ? 'This room code is in use on another screen.' : 'Reconnecting to the room server… the game is safe; phones will rejoin by themselves.';
    this.add
      .text(f.width / 2, f.height - f.text * 0.4, text, {
        fontFamily: fonts.body,
        fontSize: `${Math.round(f.text * 0.8)}px`,
        color: css(palette.night),
        backgroundColor: css(palette.gold),
        padding: { x: Math.round(f.text * 0.6), y: Math.round(f.text * 0.25) },
      })
      .setOrigin(0.5, 1)
      .setName('link-banner')
      .setDepth(10);
  }
}
