/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin, runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { FACES } from './src/game/faces.ts';

/**
 * The browser reads a built-in deck without checking it (the checker is zod and the deck
 * schema, too heavy for the first load) when the build has checked it: each deck bundled
 * goes through the loader of `npm run deck:check`, and one that passes is marked
 * `checked`. One that does not is shipped unmarked, with a warning here, and the browser
 * checks it when it is played, showing its problems as before.
 */
function checkBuiltInDecks(): Plugin {
  let checker: ReturnType<typeof runnerImport<typeof import('./src/content/check-built-in')>> | undefined;
  return {
    name: 'marquee:check-built-in-decks',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      const match = /[\\/](questions[\\/]([^\\/?]+\.json))\?raw$/.exec(id);
      if (!match?.[1] || match[2] === 'deck.schema.json') return null;
      // Through Vite's module runner, not an import of this file: the checker is TypeScript, and no part of the config.
      checker ??= runnerImport<typeof import('./src/content/check-built-in')>('./src/content/check-built-in.ts', { configFile: false, logLevel: 'silent' });
      const { deckShipProblems } = (await checker).module;
      const file = match[1].replace(/\\/g, '/');
      const problems = deckShipProblems(file, readFileSync(id.replace(/\?raw$/, ''), 'utf8'));
      if (problems.length > 0) {
        this.warn(`${file} ships unchecked (the browser will check it when played):\n${problems.slice(0, 10).join('\n')}${problems.length > 10 ? `\n… and ${problems.length - 10} more` : ''}`);
        return null;
      }
      return { code: `${code}\nexport const checked = true;\n`, map: null };
    },
  };
}

/**
 * The three faces the first screen draws with are fetched with the page, not once the
 * game's code has run and asked for them: Phaser draws text onto canvases, so the menu
 * waits for its fonts.
 */
function preloadFonts(): Plugin {
  const faces = [/bebas-neue-latin-400-normal-[\w-]+\.woff2$/, /atkinson-hyperlegible-latin-400-normal-[\w-]+\.woff2$/, /atkinson-hyperlegible-latin-700-normal-[\w-]+\.woff2$/];
  return {
    name: 'marquee:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.path.endsWith('/index.html')) return html;
        const files = Object.keys(ctx.bundle).filter((f) => faces.some((face) => face.test(f)));
        const preloads = files.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${f}`, crossorigin: '' }, injectTo: 'head' as const }));
        // The faces are made ready (fetched and decoded, every range) as soon as the stylesheet
        // that declares them is in: a script in the body runs once the head's stylesheets have
        // loaded, while Phaser still downloads and compiles. src/main.ts takes the promise.
        const load = `window.__marqueeFonts=Promise.all(${JSON.stringify(FACES)}.map(function(f){return document.fonts.load(f)}));window.__marqueeFonts.catch(function(){});`;
        return { html, tags: [...preloads, { tag: 'script', children: `try{${load}}catch(e){}`, injectTo: 'body' as const }] };
      },
    },
  };
}

export default defineConfig({
  base: './',
  // Shipped as-is at the site root: icons, and later sounds.
  publicDir: 'assets',
  plugins: [
    checkBuiltInDecks(),
    preloadFonts(),
    // The service worker and web manifest (see src/pwa/): exists only in `vite build`, never in `vite dev`.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches the icons.
      includeManifestIcons: false,
      manifest: {
        name: 'Marquee · film trivia',
        short_name: 'Marquee',
        description: 'Film trivia for screening night. Works offline after one visit.',
        lang: 'en',
        theme_color: '#0d0a12',
        background_color: '#0d0a12',
        display: 'standalone',
        orientation: 'any',
        start_url: './',
        scope: './',
        categories: ['games', 'entertainment'],
        // Made from assets/icon.svg by `npm run icons`.
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything a game needs: code, the Phaser chunk, the deck chunks, fonts, icons and any sound files.
        globPatterns: ['**/*.{html,js,css,woff2,svg,png,webp,ico,json,mp3,ogg,wav,m4a,opus,webm}'],
        // Phaser alone is 1.4 MB; Workbox skips files over 2 MiB by default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The phone pad and the room server's own paths are never the game's page.
        navigateFallbackDenylist: [/^\/join/, /^\/src\/pad\//, /^\/room\//, /^\/socket\.io\//],
        cleanupOutdatedCaches: true,
        // The first install takes control at once (so one visit is enough to play offline), but an update
        // waits until the player says so: src/pwa asks the waiting worker to skip waiting at a safe moment.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser the game targets (es2022) preloads modules itself; the polyfill was one more request on every load.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // Two pages: the game (and host screen), and the phone pad, which must stay light (no Phaser).
      input: { index: 'index.html', pad: 'src/pad/index.html' },
      output: {
        // Phaser is one pre-bundled file; keeping it in its own chunk lets the game's code change without re-downloading it.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // Vitest's default leaves a core free: on a 2-core machine that is one worker, and the unit
    // tests (CPU-bound, and most of them property tests) take half again as long.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'game', include: ['tests/game/**/*.test.ts'], environment: 'jsdom', setupFiles: ['tests/game/setup.ts'], testTimeout: 30_000 },
      },
      { extends: true, test: { name: 'room', include: ['tests/room/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
