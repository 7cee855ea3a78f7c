/**
 * Layout maths, kept free of Phaser so it can be tested. Sizes are in canvas pixels;
 * `dpr` is the device pixel ratio the canvas was sized with, so `css(n)` turns a
 * CSS-pixel measure into canvas pixels.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  /** True when the screen is taller than wide (a phone held upright). */
  readonly portrait: boolean;
  /** Canvas pixels for one CSS pixel. */
  readonly u: number;
  /** The column content sits in: the whole width on a phone, a centred column on wide screens. */
  readonly column: Rect;
  /** Base body text size in canvas pixels. */
  readonly text: number;
}

export function frame(width: number, height: number, dpr: number): Frame {
  const cssW = width / dpr;
  const cssH = height / dpr;
  const portrait = cssH >= cssW;
  // Text grows with the screen: 18 px on a phone, up to 34 px on a projector.
  const text = Math.round(clamp(Math.min(cssW / 22, cssH / 26), 17, 34) * dpr);
  const margin = Math.round(clamp(cssW * 0.05, 14, 64) * dpr);
  const colW = Math.min(width - 2 * margin, Math.round(clamp(cssW * 0.72, 0, 1280) * dpr));
  const columnWidth = portrait ? width - 2 * margin : colW;
  return {
    width,
    height,
    dpr,
    portrait,
    u: dpr,
    column: { x: Math.round((width - columnWidth) / 2), y: margin, w: columnWidth, h: height - 2 * margin },
    text,
  };
}

export interface RoundLayout {
  readonly hud: Rect;
  readonly timer: Rect;
  readonly prompt: Rect;
  readonly answers: readonly Rect[];
  readonly footer: Rect;
}

/**
 * The round screen. On a phone the answers stack in one column under the question; on a
 * wide screen they form a 2 × 2 grid. `optionCount` is 2 (true/false) or 4.
 */
export function roundLayout(f: Frame, optionCount: number): RoundLayout {
  const { column: c, text } = f;
  const gap = Math.round(text * 0.6);
  const hud = { x: c.x, y: c.y, w: c.w, h: Math.round(text * 1.6) };
  const timer = { x: c.x, y: hud.y + hud.h + Math.round(gap / 2), w: c.w, h: Math.max(4, Math.round(text * 0.35)) };
  const footerH = Math.round(text * 3.2);
  const footer = { x: c.x, y: c.y + c.h - footerH, w: c.w, h: footerH };
  const top = timer.y + timer.h + gap;
  const available = footer.y - gap - top;
  const cols = f.portrait || optionCount === 2 ? 1 : 2;
  const rows = Math.ceil(optionCount / cols);
  const answerH = Math.round(clamp(available * (f.portrait ? 0.13 : 0.17), text * 2.6, text * 4.2));
  const answersH = rows * answerH + (rows - 1) * gap;
  const promptH = Math.max(text * 4, available - answersH - gap);
  const prompt = { x: c.x, y: top, w: c.w, h: promptH };
  const answerW = cols === 1 ? c.w : Math.round((c.w - gap) / 2);
  const answers: Rect[] = [];
  for (let i = 0; i < optionCount; i++) {
    const col = i % cols;
    const row = Math.floor(i / cols);
    answers.push({ x: c.x + col * (answerW + gap), y: prompt.y + promptH + gap + row * (answerH + gap), w: answerW, h: answerH });
  }
  return { hud, timer, prompt, answers, footer };
}

/**
 * A vertical stack of menu buttons centred in the column, starting at `top`. Where they
 * would run off the bottom (a long list on a short landscape screen), they are made
 * shorter to fit, down to a finger's height.
 */
export function stack(f: Frame, top: number, count: number): Rect[] {
  const room = f.height - f.column.y - top;
  const fit = count > 0 ? room / (count * 1.25 - 0.25) : Infinity;
  const full = Math.round(f.text * 2.8);
  const h = fit >= full ? full : Math.round(Math.max(fit, f.text * 1.5));
  const gap = h === full ? Math.round(f.text * 0.7) : Math.round(h * 0.25);
  const w = Math.min(f.column.w, Math.round(f.text * 18));
  const x = Math.round((f.width - w) / 2);
  return Array.from({ length: count }, (_, i) => ({ x, y: top + i * (h + gap), w, h }));
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The area the answers take, as one rectangle. */
export function answersArea(L: RoundLayout): Rect {
  const first = L.answers[0];
  const last = L.answers[L.answers.length - 1];
  if (!first || !last) return { ...L.footer };
  const right = Math.max(...L.answers.map((a) => a.x + a.w));
  return { x: L.prompt.x, y: first.y, w: Math.max(right - L.prompt.x, L.prompt.w), h: last.y + last.h - first.y };
}

/**
 * A keypad for typing a year: a display above a 3 × 4 grid (1–9, then erase, 0, enter),
 * filling `area`. Keys stay square-ish and finger-sized on a phone.
 */
export function keypadLayout(area: Rect, text: number): { display: Rect; keys: Rect[] } {
  const gap = Math.round(text * 0.4);
  const displayH = Math.round(Math.min(text * 3.2, area.h * 0.25));
  const gridH = area.h - displayH - gap;
  const keyH = Math.round(Math.min((gridH - 3 * gap) / 4, text * 3));
  const keyW = Math.round(Math.min((area.w - 2 * gap) / 3, keyH * 2.6));
  const gridW = 3 * keyW + 2 * gap;
  const x0 = Math.round(area.x + (area.w - gridW) / 2);
  const y0 = area.y + displayH + gap;
  const keys: Rect[] = [];
  for (let i = 0; i < 12; i++) keys.push({ x: x0 + (i % 3) * (keyW + gap), y: y0 + Math.floor(i / 3) * (keyH + gap), w: keyW, h: keyH });
  return { display: { x: x0, y: area.y, w: gridW, h: displayH }, keys };
}
