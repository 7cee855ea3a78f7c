/** Installable: a complete web manifest, real icons, and a service worker that holds the whole game. */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, type Server, serve } from './harness';
import { controlled } from './pwa-helpers';

let server: Server;
let b: Browser;
beforeAll(async () => {
  server = await serve();
  b = await launch({ width: 1280, height: 800 });
  await b.page.goto(server.url);
  await controlled(b.page);
});
afterAll(async () => {
  await b?.close();
  await server?.stop();
});

function pngSize(body: Buffer): [number, number] {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

describe('the installable app', () => {
  it('Chromium reports no installability errors', async () => {
    const cdp = await b.context.newCDPSession(b.page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string; critical: number }[] };
    expect(manifest.url).toMatch(/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
  });

  it('has a manifest with names, colours, standalone display, start URL, scope and icons', async () => {
    const res = await b.page.request.get(new URL('manifest.webmanifest', server.url).href);
    expect(res.ok()).toBe(true);
    const m = (await res.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose?: string }[] };
    expect(m).toMatchObject({ name: expect.stringContaining('Marquee'), short_name: 'Marquee', display: 'standalone', start_url: './', scope: './' });
    expect(m.description).toEqual(expect.any(String));
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const png = m.icons.filter((i) => i.type === 'image/png');
    expect(png.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of png) {
      const r = await b.page.request.get(new URL(icon.src, server.url).href);
      expect(r.ok(), icon.src).toBe(true);
      const [w, h] = pngSize(await r.body());
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
    const apple = await b.page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')?.href);
    expect(apple).toBeTruthy();
    expect(pngSize(await (await b.page.request.get(apple as string)).body())).toEqual([180, 180]);
  });

  it('the service worker has precached everything a game needs: code, Phaser, every deck, fonts, icons', async () => {
    const cached = await b.page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) for (const req of await (await caches.open(key)).keys()) urls.push(new URL(req.url).pathname.replace(/^\//, ''));
      return urls;
    });
    const built = await b.page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname.replace(/^\//, '')));
    for (const script of built) expect(cached).toContain(script);
    expect(cached).toContain('index.html');
    expect(cached.some((u) => /^assets\/phaser-.*\.js$/.test(u))).toBe(true);
    const decks = readdirSync('questions').filter((f) => f.endsWith('.json') && f !== 'deck.schema.json');
    expect(decks.length).toBeGreaterThan(0);
    for (const deck of decks) expect(cached.some((u) => u.startsWith(`assets/${deck.replace(/\.json$/, '')}-`)), deck).toBe(true);
    expect(cached.filter((u) => u.endsWith('.woff2')).length).toBeGreaterThanOrEqual(6);
    expect(cached).toEqual(expect.arrayContaining(['icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png', 'manifest.webmanifest']));
  });
});
