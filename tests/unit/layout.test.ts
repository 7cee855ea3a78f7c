import { describe, expect, it } from 'vitest';
import { answersArea, frame, keypadLayout, type Rect, roundLayout } from '../../src/game/layout';

const within = (inner: Rect, outer: { width: number; height: number }) => inner.x >= 0 && inner.y >= 0 && inner.x + inner.w <= outer.width && inner.y + inner.h <= outer.height;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const SCREENS = [
  { name: 'a phone held upright', w: 390, h: 844, dpr: 3 },
  { name: 'a small phone', w: 320, h: 568, dpr: 2 },
  { name: 'a phone turned sideways', w: 844, h: 390, dpr: 3 },
  { name: 'a laptop', w: 1280, h: 800, dpr: 2 },
  { name: 'a projector', w: 1920, h: 1080, dpr: 1 },
];

describe('the round layout', () => {
  it.each(SCREENS)('keeps everything on screen, apart, and finger-sized on $name', ({ w, h, dpr }) => {
    const f = frame(w * dpr, h * dpr, dpr);
    for (const count of [2, 4]) {
      const L = roundLayout(f, count);
      const all = [L.hud, L.timer, L.prompt, ...L.answers, L.footer];
      for (const r of all) expect(within(r, f), JSON.stringify(r)).toBe(true);
      for (let i = 0; i < L.answers.length; i++) {
        const a = L.answers[i] as Rect;
        // At least 44 CSS pixels tall: a comfortable touch target.
        expect(a.h / dpr).toBeGreaterThanOrEqual(44);
        expect(overlap(a, L.prompt)).toBe(false);
        expect(overlap(a, L.footer)).toBe(false);
        for (let j = i + 1; j < L.answers.length; j++) expect(overlap(a, L.answers[j] as Rect)).toBe(false);
      }
    }
  });

  it('stacks the answers in one column on a phone and a 2 × 2 grid on a wide screen', () => {
    const phone = roundLayout(frame(390 * 3, 844 * 3, 3), 4);
    expect(new Set(phone.answers.map((a) => a.x)).size).toBe(1);
    const wide = roundLayout(frame(1920, 1080, 1), 4);
    expect(new Set(wide.answers.map((a) => a.x)).size).toBe(2);
  });

  it('fills the width of a phone instead of letterboxing', () => {
    const f = frame(390 * 3, 844 * 3, 3);
    expect(f.column.w / f.width).toBeGreaterThan(0.85);
  });

  it('grows text from phone to projector', () => {
    expect(frame(1920, 1080, 1).text).toBeGreaterThan(frame(390, 844, 1).text);
  });
});

describe('the year keypad', () => {
  it.each(SCREENS)('fits twelve separate keys inside the answer area on $name', ({ w, h, dpr }) => {
    const f = frame(w * dpr, h * dpr, dpr);
    const area = answersArea(roundLayout(f, 4));
    const { display, keys } = keypadLayout(area, f.text);
    expect(keys).toHaveLength(12);
    for (const k of [display, ...keys]) {
      expect(k.x).toBeGreaterThanOrEqual(area.x - 1);
      expect(k.y + k.h).toBeLessThanOrEqual(area.y + area.h + 1);
      expect(overlap(k, display) && k !== display).toBe(false);
    }
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) expect(overlap(keys[i] as Rect, keys[j] as Rect)).toBe(false);
  });
});
