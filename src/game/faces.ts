/**
 * The font faces the game draws with, as `document.fonts.load` takes them. The built page
 * starts loading them before the game's code runs (vite.config.ts), and src/main.ts waits
 * for them before the first screen: Phaser draws text onto canvases, and a face that is
 * not ready then is replaced for good.
 */
export const FACES: readonly string[] = ['400 16px "Bebas Neue"', '400 16px "Atkinson Hyperlegible"', '700 16px "Atkinson Hyperlegible"'];
