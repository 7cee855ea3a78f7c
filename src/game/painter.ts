/**
 * Draws a frame only when something on screen changed, and then only the part that changed.
 *
 * Phaser draws every frame from scratch, sixty times a second, although a quiz screen
 * stands still most of the time: that is battery spent for nothing, and where drawing is
 * slow (software rendering, an old phone) a full frame of a question at three device
 * pixels per point takes longer than a frame should, so the whole page stalls.
 *
 * So each step still runs (input, tweens, timers, the scenes' updates), and then the
 * painter compares what the scenes show with what the last frame showed: every object's
 * own signature (position, size, alpha, colour, text, drawing commands…), in order.
 * - Nothing changed: no frame is drawn, and the canvas keeps the last one.
 * - A few objects changed (the timer bar, a bulb, a hovered button): only the rectangle
 *   around what they covered before and cover now is drawn again, clipped to it, over
 *   the last frame (a 2D canvas keeps its pixels).
 * - Anything else (a new screen, a camera effect, an object it cannot bound): a full frame.
 *
 * It is deliberately conservative: whatever it does not recognise is drawn in full.
 */
import Phaser from 'phaser';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Seen {
  readonly sig: number;
  readonly box: Box | null;
}

/** Where a part of the screen is worth drawing alone: above this share of it, a full frame. */
const PARTIAL_MAX = 0.45;
/** Pixels around a changed object's bounds: antialiasing, strokes centred on an edge. */
const MARGIN = 6;

/** Every redraw of a Text's canvas, counted per object (the canvas holds its style, shadow, wrapping…). */
const textVersions = new WeakMap<object, number>();
const textProto = Phaser.GameObjects.Text.prototype as unknown as { updateText(this: object): unknown };
const updateText = textProto.updateText;
textProto.updateText = function (this: object) {
  textVersions.set(this, (textVersions.get(this) ?? 0) + 1);
  return updateText.call(this);
};

// FNV-1a over the values of a signature.
function mix(h: number, v: unknown): number {
  if (typeof v === 'number') {
    const n = Number.isFinite(v) ? Math.round(v * 1024) : -7;
    h = Math.imul(h ^ (n & 0xffff), 16777619);
    return Math.imul(h ^ (n >>> 16), 16777619);
  }
  if (typeof v === 'string') {
    for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 16777619);
    return Math.imul(h ^ 0xff, 16777619);
  }
  return Math.imul(h ^ (v === true ? 1 : v === false ? 2 : v == null ? 3 : 4), 16777619);
}

function mixAll(h: number, values: ArrayLike<unknown> | undefined): number {
  if (!values) return mix(h, -1);
  h = mix(h, values.length);
  for (let i = 0; i < values.length; i++) h = mix(h, values[i]);
  return h;
}

type Obj = Record<string, unknown> & { type: string; list?: Obj[]; getBounds?(): { x: number; y: number; width: number; height: number } };

const COMMON = ['visible', 'alpha', 'x', 'y', 'scaleX', 'scaleY', 'rotation', 'originX', 'originY', 'depth', 'blendMode', 'flipX', 'flipY', 'scrollFactorX', 'scrollFactorY', 'width', 'height'] as const;
const TINT = ['tintTopLeft', 'tintTopRight', 'tintBottomLeft', 'tintBottomRight', 'tintMode'] as const;
const SHAPE = ['fillColor', 'fillAlpha', 'strokeColor', 'strokeAlpha', 'lineWidth', 'isFilled', 'isStroked', 'closePath', 'radius', 'startAngle', 'endAngle', 'anticlockwise'] as const;
/** The types it knows how to compare; any other is drawn in full whenever it is shown. */
const KNOWN = new Set(['Text', 'Graphics', 'Rectangle', 'Arc', 'Ellipse', 'Container', 'Image', 'Sprite']);

/** The object's look, as one number; NaN for an object that must always be drawn in full. */
function signature(o: Obj): number {
  if (!KNOWN.has(o.type) || o.mask || (o.filters as { internal?: { getActive(): unknown[] } } | undefined)?.internal?.getActive().length) return Number.NaN;
  if ((o.anims as { isPlaying?: boolean } | undefined)?.isPlaying) return Number.NaN;
  let h = mix(2166136261, o.type);
  for (const k of COMMON) h = mix(h, o[k]);
  for (const k of TINT) h = mix(h, o[k]);
  const texture = o.texture as { key?: string } | undefined;
  const frame = o.frame as { name?: string; cutX?: number; cutY?: number; cutWidth?: number; cutHeight?: number } | undefined;
  h = mix(mix(h, texture?.key), frame?.name);
  h = mix(mix(mix(mix(h, frame?.cutX), frame?.cutY), frame?.cutWidth), frame?.cutHeight);
  switch (o.type) {
    case 'Text':
      h = mix(mix(h, o.text), textVersions.get(o) ?? 0);
      break;
    case 'Graphics':
      h = mixAll(h, o.commandBuffer as unknown[] | undefined);
      break;
    case 'Rectangle':
    case 'Arc':
    case 'Ellipse':
      for (const k of SHAPE) h = mix(h, o[k]);
      h = mixAll(h, o.pathData as number[] | undefined);
      break;
    case 'Container':
      for (const child of o.list ?? []) {
        const s = signature(child);
        if (Number.isNaN(s)) return Number.NaN;
        h = mix(h, s);
      }
      break;
  }
  return h;
}

/** What the object covers on screen (no camera scroll or zoom: the painter draws those in full), or null when unknown. */
function boxOf(o: Obj): Box | null {
  if (o.parentContainer) return null;
  if (o.type === 'Container') {
    // A sized container (a button): its rectangle, which its children (panel, label, badge) stay inside.
    const w = Number(o.width) * Math.abs(Number(o.scaleX));
    const h = Number(o.height) * Math.abs(Number(o.scaleY));
    if (!(w > 0 && h > 0) || o.rotation !== 0) return null;
    return { x: Number(o.x) - w * Number(o.originX ?? 0.5), y: Number(o.y) - h * Number(o.originY ?? 0.5), w, h };
  }
  if (o.type === 'Graphics' || !o.getBounds) return null;
  const b = o.getBounds();
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}

function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

type Scene = Phaser.Scene & { sys: Phaser.Scenes.Systems };

/** The scenes Phaser draws, as SceneManager.render chooses them. */
function drawnScenes(game: Phaser.Game): Scene[] {
  return (game.scene.scenes as Scene[]).filter((s) => s.sys.settings.visible && s.sys.settings.status >= Phaser.Scenes.LOADING && s.sys.settings.status < Phaser.Scenes.SLEEPING);
}

/** A camera the painter can draw part of: the whole canvas, unscrolled, unzoomed, no effect running. */
function plainCamera(c: Phaser.Cameras.Scene2D.Camera, width: number, height: number): boolean {
  const fx = c as unknown as Record<string, { isRunning?: boolean; isComplete?: boolean } | undefined>;
  const running = ['fadeEffect', 'flashEffect', 'shakeEffect', 'panEffect', 'zoomEffect', 'rotateToEffect'].some((k) => fx[k]?.isRunning || (k === 'fadeEffect' && fx[k]?.isComplete));
  return !running && c.x === 0 && c.y === 0 && c.width === width && c.height === height && c.scrollX === 0 && c.scrollY === 0 && c.zoom === 1 && (c as unknown as { rotation: number }).rotation === 0 && c.alpha === 1 && c.visible && c.filters.internal.getActive().length === 0 && c.filters.external.getActive().length === 0;
}

export type Damage = 'full' | readonly Box[] | null;

/** At most this many rectangles are drawn again apart; more are merged. */
const MAX_BOXES = 4;

/** Merges the rectangles that overlap (margins included), then the closest pairs, down to MAX_BOXES. */
function merge(boxes: Box[]): Box[] {
  const grown = boxes.map((b) => ({ x: b.x - MARGIN, y: b.y - MARGIN, w: b.w + 2 * MARGIN, h: b.h + 2 * MARGIN }));
  const area = (b: Box) => b.w * b.h;
  const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  let out: Box[] = [];
  for (const b of grown) {
    let cur = b;
    for (let again = true; again; ) {
      again = false;
      const i = out.findIndex((o) => overlap(o, cur));
      if (i >= 0) {
        cur = union(out[i] as Box, cur) as Box;
        out.splice(i, 1);
        again = true;
      }
    }
    out.push(cur);
  }
  while (out.length > MAX_BOXES) {
    let best = [0, 1];
    let cost = Number.POSITIVE_INFINITY;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i] as Box;
        const b = out[j] as Box;
        const c = area(union(a, b) as Box) - area(a) - area(b);
        if (c < cost) {
          cost = c;
          best = [i, j];
        }
      }
    }
    const [i, j] = best as [number, number];
    const joined = union(out[i] as Box, out[j] as Box) as Box;
    out = out.filter((_, k) => k !== i && k !== j);
    out.push(joined);
  }
  return out;
}

export class Painter {
  private seen = new Map<object, Seen & { readonly at: number }>();
  private frameSig = Number.NaN;
  private forced = true;

  constructor(private readonly game: Phaser.Game) {
    const again = () => {
      this.forced = true;
    };
    // A 2D canvas whose pixels the browser dropped (a lost GPU, a long while in the background) starts blank.
    game.canvas.addEventListener('contextrestored', again);
    document.addEventListener('visibilitychange', again);
    game.events.once(Phaser.Core.Events.DESTROY, () => document.removeEventListener('visibilitychange', again));
  }

  /** Draws the next frame in full, whatever changed. */
  invalidate(): void {
    this.forced = true;
  }

  /** What to draw this frame: null for nothing, 'full', or the rectangles to draw again. */
  damage(): Damage {
    const game = this.game;
    const { width, height } = game.canvas;
    const scenes = drawnScenes(game);
    let full = this.forced;
    this.forced = false;
    let frame = mix(mix(mix(2166136261, width), height), game.config.backgroundColor.color32);
    const seen = new Map<object, Seen & { readonly at: number }>();
    const boxes: Box[] = [];
    let at = 0;
    let lastKept = -1;
    for (const scene of scenes) {
      frame = mix(frame, scene.sys.settings.key);
      const cameras = scene.cameras.cameras;
      if (cameras.length !== 1 || !plainCamera(cameras[0] as Phaser.Cameras.Scene2D.Camera, width, height)) full = true;
      else frame = mix(frame, (cameras[0] as Phaser.Cameras.Scene2D.Camera).backgroundColor.color32);
      for (const o of scene.sys.displayList.list as unknown as Obj[]) {
        const sig = signature(o);
        const before = this.seen.get(o);
        if (before && before.sig === sig) {
          // Kept as it was; kept objects must also keep their order, or what overlaps may change.
          if (before.at < lastKept) full = true;
          lastKept = before.at;
          seen.set(o, { ...before, at: at++ });
          continue;
        }
        const now = Number.isNaN(sig) ? null : boxOf(o);
        seen.set(o, { sig, box: now, at: at++ });
        if (before) {
          if (before.at < lastKept) full = true;
          lastKept = before.at;
        }
        if (Number.isNaN(sig) || !now || (before && !before.box)) full = true;
        else boxes.push(before?.box ? (union(before.box, now) as Box) : now);
      }
    }
    // What was shown and is gone: its place is drawn again.
    for (const [o, s] of this.seen) {
      if (seen.has(o)) continue;
      if (!s.box) full = true;
      else boxes.push(s.box);
    }
    this.seen = seen;
    if (frame !== this.frameSig) full = true;
    this.frameSig = frame;
    if (full) return 'full';
    if (boxes.length === 0) return null;
    const parts = merge(boxes)
      .map((b) => {
        const x = Math.max(0, Math.floor(b.x));
        const y = Math.max(0, Math.floor(b.y));
        return { x, y, w: Math.min(width, Math.ceil(b.x + b.w)) - x, h: Math.min(height, Math.ceil(b.y + b.h)) - y };
      })
      .filter((b) => b.w > 0 && b.h > 0);
    if (parts.length === 0) return null;
    return parts.reduce((n, b) => n + b.w * b.h, 0) > PARTIAL_MAX * width * height ? 'full' : parts;
  }

  /** Runs `draw` (Phaser's render) clipped to `box`: the canvas keeps its other pixels. */
  drawPart(box: Box, draw: () => void): void {
    const game = this.game;
    const ctx = (game.renderer as Phaser.Renderer.Canvas.CanvasRenderer).gameContext;
    // What lies wholly outside the rectangle is not drawn at all (its camera filters it out):
    // the clip would discard its pixels anyway, but each object still costs a draw.
    const culled: [Obj, number][] = [];
    for (const scene of drawnScenes(game)) {
      const id = scene.cameras.main.id;
      for (const o of scene.sys.displayList.list as unknown as Obj[]) {
        const b = this.seen.get(o)?.box;
        // Its bounds grown by the margin: a stroke or antialiased edge may reach past them.
        if (!b || (b.x - MARGIN < box.x + box.w && box.x < b.x + b.w + MARGIN && b.y - MARGIN < box.y + box.h && box.y < b.y + b.h + MARGIN)) continue;
        const filter = Number(o.cameraFilter ?? 0);
        culled.push([o, filter]);
        o.cameraFilter = filter | id;
      }
    }
    ctx.save();
    ctx.beginPath();
    ctx.rect(box.x, box.y, box.w, box.h);
    ctx.clip();
    try {
      draw();
    } finally {
      ctx.restore();
      for (const [o, filter] of culled) o.cameraFilter = filter;
    }
  }
}

/**
 * The game, drawing through a Painter: every step updates as Phaser's own does; the frame
 * is drawn only where something changed. It draws on a 2D canvas (src/game/config.ts says
 * why); any other renderer (headless games, in the tests) steps as Phaser's own game does.
 */
export class MarqueeGame extends Phaser.Game {
  private painter: Painter | null = null;

  override step(time: number, delta: number): void {
    const renderer = this.renderer;
    if ((this as unknown as { pendingDestroy: boolean }).pendingDestroy || this.isPaused || !(renderer instanceof Phaser.Renderer.Canvas.CanvasRenderer)) {
      super.step(time, delta);
      return;
    }
    this.painter ??= new Painter(this);
    const events = this.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    // Input polls here (hover over a moving object) whether or not a frame is drawn.
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    const damage = this.painter.damage();
    if (damage === null) {
      // What the scene manager's render would have done: it ends the step's processing, and
      // until then a scene added (a chunk of screens coming in) waits in a queue that the next
      // step empties without adding it, so the scene would never exist.
      (this.scene as unknown as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    const draw = () => {
      renderer.preRender();
      this.scene.render(renderer);
      renderer.postRender();
    };
    if (damage === 'full') draw();
    else for (const box of damage) this.painter.drawPart(box, draw);
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }
}
