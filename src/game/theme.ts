/** The cinema look: a dark auditorium, velvet red, marquee gold, and a screen-white text. */
const standard = {
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
};

/** High contrast: pure black and white with saturated signals; shapes still carry the meaning. */
const contrast: typeof standard = {
  night: 0x000000,
  velvet: 0x000000,
  velvetDark: 0x000000,
  gold: 0xffe14d,
  goldDark: 0xffffff,
  screen: 0xffffff,
  muted: 0xffffff,
  panel: 0x000000,
  panelHover: 0x333333,
  right: 0x00c853,
  wrong: 0xff1744,
};

/** The colours in use; scenes read it at draw time, so a switch shows on the next redraw. */
export const palette: typeof standard = { ...standard };

export function useHighContrast(on: boolean): void {
  Object.assign(palette, on ? contrast : standard);
}

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

export const fonts = {
  display: '"Bebas Neue", "Oswald", "DejaVu Sans Condensed", sans-serif',
  body: '"Atkinson Hyperlegible", "DejaVu Sans", "Segoe UI", sans-serif',
} as const;
