/**
 * Offline: the production build installs a service worker that precaches all of it. Load once,
 * go offline, reload, open a scenario and start it: everything comes from the service worker.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { type Harness, startHarness, stopHarness, watchErrors } from '../support/browser';

let h: Harness | undefined;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await stopHarness(h);
});

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative('dist', path).split('\\').join('/')];
  });

/** "Skip to the next post" until the first post is in the feed (no waiting on game time). */
async function firstPost(page: Page): Promise<void> {
  const post = page.locator('[data-post]').first();
  for (let i = 0; i < 20 && !(await post.count()); i++) {
    const skip = page.locator('[data-action="skip"]:not([disabled])');
    if (await skip.count()) await skip.click();
    else await page.waitForTimeout(250);
  }
  await post.waitFor({ timeout: 30_000 });
}

describe('offline', () => {
  it('precaches every file of the build', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    const missing = files('dist').filter(
      (f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f) && !f.endsWith('.md') && !precached.has(f),
    );
    console.log(`[offline] ${precached.size} files precached; not precached: ${missing.length ? missing.join(', ') : 'none'}`);
    expect(missing).toEqual([]);
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as {
      name: string;
      icons: { src: string; sizes: string }[];
      start_url: string;
    };
    expect(manifest.name).toMatch(/Frontline/);
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(precached.has(icon.src), icon.src).toBe(true);
  });

  it('opens and starts a scenario after going offline', async () => {
    const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('?lang=en', h!.url).toString());
    await page.locator('[data-scenario] button:not([disabled])').first().waitFor();
    // The worker is active once every file is in its cache (installation precaches them all).
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(new URL('./', h!.url).toString());

    await context.setOffline(true);
    // Chromium (150) with Playwright 1.65 forgets the emulated navigator.onLine when the page reloads,
    // so it is checked here; that the network stays cut after the reload is checked at the end.
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const fromNetwork: string[] = [];
    // data: and blob: URLs (the faces, drawn in the page) are read from the page's memory, not fetched.
    const local = (url: string) => /^(data|blob):/.test(url);
    page.on('response', (r) => {
      if (!r.fromServiceWorker() && !local(r.url())) fromNetwork.push(r.url());
    });
    page.on('requestfailed', (r) => {
      if (!local(r.url())) fromNetwork.push(`FAILED ${r.url()}`);
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A scenario's story and the engine are lazy chunks: they load now, offline.
    const card = page
      .locator('[data-scenario]')
      .filter({ has: page.locator('button:not([disabled])') })
      .first();
    const id = await card.getAttribute('data-scenario');
    await card.locator('button').click();
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await page.locator('[data-screen="desk"]').waitFor();
    await firstPost(page);
    // People's faces are drawn in the page (DiceBear, a chunk of the build), offline too: the initials
    // give way to an 80 px bitmap of the face, decorative, one per person.
    const faces = page.locator('[data-post] .avatar.face');
    await expect.poll(() => faces.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const shown = await faces.evaluateAll((els) =>
      Promise.all(
        els.map(async (el) => {
          const src = /^url\("(.+)"\)$/.exec(getComputedStyle(el).backgroundImage)?.[1] ?? '';
          const bitmap = new Image();
          bitmap.src = src;
          await bitmap.decode().catch(() => undefined);
          return {
            src,
            width: bitmap.naturalWidth,
            hidden: el.getAttribute('aria-hidden'),
            who: el.closest('.post-head, .comment')?.querySelector('.handle')?.textContent ?? '',
          };
        }),
      ),
    );
    for (const face of shown) {
      expect(face.src).toMatch(/^blob:/);
      expect(face.width).toBe(80);
      expect(face.hidden).toBe('true');
      // The same person has the same face wherever they are shown.
      expect(shown.filter((f) => f.who === face.who).map((f) => f.src)).toEqual(
        shown.filter((f) => f.who === face.who).map(() => face.src),
      );
    }
    console.log(`[offline] ${id} started offline; requests that reached the network: ${fromNetwork.length}`);
    expect(fromNetwork).toEqual([]);
    expect(errors).toEqual([]);
    // The network really was cut all along: a file the service worker does not hold cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch(`./not-precached-${Date.now()}.txt`).then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
  });

  it('serves a deep link offline', async () => {
    const context = await h!.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(new URL('?lang=fr', h!.url).toString());
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.goto(new URL('?scenario=first-shift&lang=fr&seed=2', h!.url).toString());
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await firstPost(page);
  });
});
