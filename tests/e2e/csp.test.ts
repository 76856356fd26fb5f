/**
 * Content-Security-Policy: the production game page carries a strict policy (no eval, no inline
 * script or style) and the game runs under it — menu, briefing, desk, a decision and its effect — without
 * a single violation. Violations are caught both as `securitypolicyviolation` events and in the console.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { cspContent } from '../../tools/csp-plugin';
import { type Harness, startHarness, stopHarness, watchErrors } from './browser';

let h: Harness | undefined;
const contexts: BrowserContext[] = [];
beforeAll(async () => { h = await startHarness(); });
afterEach(async () => { await Promise.all(contexts.splice(0).map((c) => c.close())); });
afterAll(async () => { await stopHarness(h); });

/** Every page of the build: the game and the teacher pages. */
const PAGES = existsSync('dist') ? readdirSync('dist').filter((f) => f.endsWith('.html')).sort() : [];

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k!, v]));
}

/** A page that records every CSP violation from its first script on. */
async function open(path: string, policyAsHeader = false): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  if (policyAsHeader) {
    // Pages built without the <meta> get the policy from the server, as a host could send it.
    await context.route((url) => url.pathname.endsWith('.html'), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': cspContent() } });
    });
  }
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`); });
  const errors = watchErrors(page);
  await page.goto(new URL(path, h!.url).toString());
  return { page, violations, errors };
}

const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('Content-Security-Policy', () => {
  it('is in the game page, strict, without unsafe-eval or inline code', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = policyOf(html);
    expect(csp.size).toBeGreaterThan(5);
    // Before any script.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    for (const d of ['img-src', 'media-src']) expect(csp.get(d), d).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(html).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(cspContent()).toBe([...csp].map(([k, v]) => `${k} ${v.join(' ')}`).join('; '));
  });

  it('leaves no inline script or style in any page (so every page can take the policy)', () => {
    expect(PAGES).toContain('index.html');
    for (const file of PAGES) {
      const html = readFileSync(`dist/${file}`, 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).not.toMatch(/<style|\sstyle=/);
    }
  });

  it('is enforced: a same-origin script may not eval, inline code does not run', async () => {
    // DevTools' own evaluation is exempt from CSP, so the probe is a real script of the page's origin.
    const context = await h!.browser.newContext({ serviceWorkers: 'block' });
    contexts.push(context);
    await context.route('**/csp-probe.js', (route) => route.fulfill({
      contentType: 'text/javascript',
      body: "try { window.__eval = String(new Function('return 42')()); } catch (e) { window.__eval = e.name; }",
    }));
    const page = await context.newPage();
    await page.goto(new URL('?lang=en', h!.url).toString());
    await page.locator('[data-screen="menu"]').waitFor();
    await page.evaluate(() => new Promise<void>((resolve) => {
      const probe = document.createElement('script');
      probe.src = './csp-probe.js';
      probe.onload = () => resolve();
      document.head.append(probe);
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.head.append(inline);
    }));
    expect(await page.evaluate(() => (window as unknown as { __eval?: string }).__eval)).toBe('EvalError');
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  });

  it('lets the game run: menu, briefing, desk, a decision and its effect', async () => {
    const { page, violations, errors } = await open('?lang=en');
    await page.locator('[data-scenario] button:not([disabled])').first().waitFor();
    await page.locator('[aria-controls="settings-panel"]').click();
    await page.goto(new URL('?scenario=first-shift&lang=en&timescale=10&seed=5', h!.url).toString());
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    const post = page.locator('[data-post-state="open"]').first();
    await post.waitFor({ timeout: 90_000 });
    const id = await post.getAttribute('data-post');
    const memos = await page.locator('.memo').count();
    await post.locator('[data-answer]').click();
    await page.locator('[data-replies] button[data-option]').first().click();
    // The decision shows in the feed, and the story moves on (skipping the quiet time).
    await expect.poll(() => page.locator(`[data-post="${id}"]`).getAttribute('data-post-state')).toBe('answered');
    await page.locator(`[data-post="${id}"] .answers`).waitFor();
    await expect.poll(async () => {
      const skip = page.locator('[data-action="skip"]:not([disabled])');
      if (await skip.count()) await skip.click();
      return (await page.locator('.memo').count()) + (await page.locator('[data-post]').count());
    }, { timeout: 60_000 }).toBeGreaterThan(memos + 1);
    // The canvas really drew (WebGL under the policy).
    expect(await page.evaluate(() => !!document.querySelector('#game canvas'))).toBe(true);
    const events = await eventsOf(page);
    console.log(`[csp] game: ${events.length} violation event(s), ${violations.length} console report(s)`);
    expect([...events, ...violations]).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lets the teacher pages load under the same policy (sent as a header here)', async () => {
    expect(PAGES.length).toBeGreaterThan(1);
    for (const file of PAGES.filter((f) => f !== 'index.html')) {
      const { page, violations, errors } = await open(`${file}?lang=en`, true);
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('main, h1').count()).toBeGreaterThan(0);
      expect([...await eventsOf(page), ...violations], file).toEqual([]);
      expect(errors, file).toEqual([]);
      // And the header is enforced: an inline script does not run.
      expect(await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.head.append(s);
        return (window as unknown as { __inline?: number }).__inline;
      }), file).toBeUndefined();
    }
  });
});
