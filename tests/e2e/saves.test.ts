/**
 * Nothing lost when the browser refuses to save: with its storage quota used up, a decision
 * brings a warning at once with the game in progress to download; once there is room again the game
 * saves by itself, and a reload finds the decision.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useHarness, watchErrors } from '../support/browser';

const { harness, context: newContext } = useHarness();

describe('saves', () => {
  it('warns when the storage quota is used up, offers the game to download, and loses nothing once there is room', async () => {
    const context = await newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('?scenario=first-shift&lang=en&timescale=10&seed=3', harness().url).toString());
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await page.locator('[data-post-state="open"] [data-answer]').first().waitFor({ timeout: 30_000 });

    // The browser refuses every write, as when the origin's quota is used up: localStorage filled to
    // its quota for real, IndexedDB refusing with the same error (Chromium lets small IndexedDB writes
    // through a shrunk quota, so the refusal is injected).
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if ((window as { refuse?: boolean }).refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
      (window as { refuse?: boolean }).refuse = true;
      for (let size = 1 << 20, n = 0; size >= 16; size = Math.floor(size / 2)) {
        const chunk = 'x'.repeat(size);
        try {
          for (;;) localStorage.setItem(`filler.${n++}`, chunk);
        } catch {
          /* full at this size: go on with smaller pieces */
        }
      }
    });

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
      (window as { refuse?: boolean }).refuse = false;
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
    });
    await warning.waitFor({ state: 'hidden', timeout: 15_000 });
    await page.reload();
    await page.locator('[data-screen="desk"]').waitFor({ timeout: 30_000 });
    expect(await page.locator(`[data-post="${post}"]`).getAttribute('data-post-state')).not.toBe('open');
    expect(errors).toEqual([]);
  });

  it('leaves a run that another tab is playing alone, and says so', async () => {
    const context = await newContext({ viewport: { width: 1366, height: 900 } });
    const first = await context.newPage();
    await first.goto(new URL('?scenario=first-shift&lang=en&timescale=10&seed=3', harness().url).toString());
    await first.locator('[data-screen="briefing"] [data-action="start"]').click();
    await first.locator('[data-post]').first().waitFor({ timeout: 30_000 });

    const second = await context.newPage();
    const errors = watchErrors(second);
    await second.goto(new URL('?lang=en', harness().url).toString());
    await expect.poll(() => second.locator('.notice').textContent(), { timeout: 20_000 }).toContain('another tab');
    await second.goto(new URL('?scenario=first-shift&lang=en', harness().url).toString());
    await second.locator('[data-screen="briefing"] [data-action="start"]').click();
    await second.locator('[data-screen="error"]').waitFor();
    expect(await second.locator('[data-screen="error"] h1').textContent()).toContain('another tab');
    expect(await first.locator('[data-screen="desk"]').count()).toBe(1);
    // The first tab's run is intact: a reload there resumes it.
    await first.reload();
    await first.locator('[data-screen="desk"]').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  it('keeps the career of a tab that finished a scenario when a stale tab finishes another', async () => {
    const context = await newContext({ viewport: { width: 1366, height: 900 } });
    const stale = await context.newPage();
    await stale.goto(new URL('?scenario=first-shift&lang=en&timescale=20&seed=3', harness().url).toString());
    await stale.locator('[data-screen="briefing"]').waitFor();
    // Meanwhile another tab finished a scenario and saved its career.
    await stale.evaluate(() =>
      localStorage.setItem('frontline.progress', JSON.stringify({ version: 1, scenarios: { 'defect-crisis': { best: 77, plays: 1 } } })),
    );
    await stale.locator('[data-screen="briefing"] [data-action="start"]').click();
    for (let guard = 0; guard < 400 && (await stale.locator('[data-screen="debrief"]').count()) === 0; guard++) {
      const open = stale.locator('[data-post-state="open"] [data-answer]');
      if ((await open.count()) === 0) {
        await stale.keyboard.press('s');
        await stale.waitForTimeout(100);
        continue;
      }
      try {
        await open.first().click({ timeout: 2_000 });
        await stale.locator('[data-replies] button[data-option]:not([data-action="ignore"])').first().click({ timeout: 2_000 });
      } catch {
        // Its deadline passed meanwhile: on to the next post.
      }
    }
    await stale.locator('[data-screen="debrief"]').waitFor({ timeout: 60_000 });
    const progress = JSON.parse((await stale.evaluate(() => localStorage.getItem('frontline.progress')))!);
    expect(progress.scenarios['defect-crisis']).toEqual({ best: 77, plays: 1 });
    expect(progress.scenarios['first-shift'].plays).toBe(1);
  });

  it('stops a story that loops forever with an error, and the tab stays responsive', async () => {
    const context = await newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('?lang=en&timescale=10', harness().url).toString());
    await page.locator('[data-screen="menu"]').waitFor();
    await page.locator('#custom-file').setInputFiles('tests/fixtures/scenarios/broken/loop.ink');
    await page.locator('[data-screen="briefing"] [data-action="start"]').click({ timeout: 30_000 });
    await page.locator('[data-post-state="open"] [data-answer]').first().click({ timeout: 30_000 });
    const started = Date.now();
    await page.locator('[data-replies] button[data-option]:not([data-action="ignore"])').first().click();
    await page.locator('[data-screen="error"]').waitFor({ timeout: 20_000 });
    console.log(`[saves] looping story stopped ${Date.now() - started} ms after the answer`);
    expect(await page.locator('[data-screen="error"] pre').textContent()).toContain('spin');
    await page.locator('[data-screen="error"] [data-action="menu"]').click();
    await page.locator('[data-screen="menu"]').waitFor({ timeout: 5_000 });
  });
});
