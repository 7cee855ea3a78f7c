/** The cinema look: a dark auditorium, velvet red, marquee gold, and a screen-white text. */
export const palette = {
  night: 0x0d0a12,
  velvet: 0x5c0f1f,
  velvetDark: 0x3a0914,
  gold: 0xf2c14e,
  goldDark: 0xb88a1c,
  screen: 0xfaf3e3,
  muted: 0xb9aec4,
  panel: 0x1c1626,
  panelHover: 0x2c2338,
  right: 0x2e9e6b,
  wrong: 0xc8463d,
} as const;

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

export const fonts = {
  display: '"Bebas Neue", "Oswald", "DejaVu Sans Condensed", sans-serif',
  body: '"Atkinson Hyperlegible", "DejaVu Sans", "Segoe UI", sans-serif',
} as const;
