/** A small element builder: `h('button', { class: 'x', onclick }, 'Text')`. */
type Attr = string | number | boolean | null | undefined | ((e: Event) => void);
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'number' ? String(c) : c);
  return e;
}

/** Sets a text only when it changed (no needless layout, no repeated screen-reader reads). */
export function text(e: Element | null | undefined, value: string): void {
  if (e && e.textContent !== value) e.textContent = value;
}

const ICONS = {
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  cross: ['M6.5 6.5l11 11M17.5 6.5l-11 11'],
  close: ['M4.5 10c2.5-2.4 5-2.4 7.5 0s5 2.4 7.5 0', 'M4.5 15c2.5-2.4 5-2.4 7.5 0s5 2.4 7.5 0'],
  clock: ['M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16z', 'M12 9v4.2l2.8 1.8', 'M9.5 2.5h5'],
  pause: ['M9 6v12', 'M15 6v12'],
  ticket: ['M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4z', 'M15 7.5v1.5M15 11.3v1.4M15 15v1.5'],
} as const;

export type IconName = keyof typeof ICONS;

/** A line icon drawn in the text colour (no emoji font needed, none downloaded). */
export function icon(name: IconName): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  for (const d of ICONS[name]) {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', d);
    svg.append(p);
  }
  return svg;
}
