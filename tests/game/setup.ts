// Phaser in jsdom: a canvas stand-in, and images that "load" (jsdom never decodes them,
// and Phaser waits for its built-in textures before it boots a scene).
import 'vitest-canvas-mock';

const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
Object.defineProperty(HTMLImageElement.prototype, 'src', {
  configurable: true,
  get(this: HTMLImageElement) {
    return src?.get?.call(this) ?? '';
  },
  set(this: HTMLImageElement, value: string) {
    src?.set?.call(this, value);
    setTimeout(() => this.onload?.(new Event('load')), 0);
  },
});
