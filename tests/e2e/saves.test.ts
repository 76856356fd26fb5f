/**
 * Nothing lost when the browser refuses to save: with its storage filled to the quota, a decision
 * brings a warning at once with the game in progress to download; once there is room again the game
 * saves by itself, and a reload finds the decision.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
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

describe('saves', () => {
  it('warns when the storage is full, offers the game to download, and loses nothing once there is room', async () => {
    const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('?scenario=first-shift&lang=en&timescale=10&seed=3', h!.url).toString());
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await page.locator('[data-post-state="open"] [data-answer]').first().waitFor({ timeout: 30_000 });

    // Fill the origin's storage to its quota, the way a real full browser refuses.
    const fillers = await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 16; size = Math.floor(size / 2)) {
        const chunk = 'x'.repeat(size);
        try {
          for (;;) localStorage.setItem(`filler.${n++}`, chunk);
        } catch {
          /* full at this size: go on with smaller pieces */
        }
      }
      return n;
    });
    expect(fillers).toBeGreaterThan(0);

    const post = await page.locator('[data-post-state="open"]').first().getAttribute('data-post');
    await page.locator(`[data-post="${post}"] [data-answer]`).click();
    await page.locator('[data-replies] button[data-option]:not([data-action="ignore"])').first().click();
    const warning = page.locator('[data-save-failing]');
    await warning.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await warning.getAttribute('role')).toBe('alert');

    const [download] = await Promise.all([page.waitForEvent('download'), warning.locator('[data-action="download-run"]').click()]);
    const run = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { log: { type: string; postId?: string }[] };
    expect(run.log.some((e) => e.type === 'option' && e.postId === post)).toBe(true);

    // Room again: the game saves by itself and the warning goes.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
    });
    await warning.waitFor({ state: 'hidden', timeout: 15_000 });
    await page.reload();
    await page.locator('[data-screen="desk"]').waitFor({ timeout: 30_000 });
    expect(await page.locator(`[data-post="${post}"]`).getAttribute('data-post-state')).not.toBe('open');
    expect(errors).toEqual([]);
  });
});
