/**
 * Serves the production build (dist/) and drives the system Chromium with playwright-core.
 * Chromium is found through CHROME_PATH or the usual install paths; nothing is downloaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type PreviewServer, preview } from 'vite';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChrome(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
    );
  }
  return found;
}

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  url: string;
}

/** Chromium's switches for the tests: no sandbox (root in CI), nothing fetched, software WebGL. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
    configFile: false,
    build: { outDir: 'dist' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
  });
  return { browser, server, url };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.browser.close();
  await h?.server.close();
}

/** Collects uncaught page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

/** Keyboard only: presses Tab until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

let axeSource: string | undefined;

/**
 * Puts axe-core on the page (once). It is evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern, so the page keeps its policy: a <script> tag
 * (page.addScriptTag writes the file's text inline) would be refused.
 */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${axeSource}\n;undefined`);
}

/** axe-core on the page as it is: its serious and critical violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * The frame of a browser test file: one build server and one Chromium for the file, and every context a
 * test opens closed after it (a failed test must not leave a game running and slow the next ones).
 */
export function useHarness(): { harness: () => Harness; context: (options?: BrowserContextOptions) => Promise<BrowserContext> } {
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
  const harness = () => {
    if (!h) throw new Error('the browser harness has not started');
    return h;
  };
  return {
    harness,
    async context(options) {
      const context = await harness().browser.newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
