/**
 * The menu and the briefing as a new player first sees them: "Start here" (the tutorial) and its play
 * button above the fold at 1366×768 and 1280×800, locked scenarios disabled and saying so, the briefing
 * opening at its top in its brand's colours, with its start button focused. Screenshots of both screens
 * (desktop and phone, both themes) are saved under test-results/.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useHarness, watchErrors } from '../support/browser';

const { harness, context } = useHarness();

async function open(path: string, width: number, height: number, highContrast = false): Promise<{ page: Page; errors: string[] }> {
  const ctx = await context({ viewport: { width, height }, reducedMotion: 'reduce' });
  if (highContrast) {
    const settings = { version: 1, locale: 'en', volume: 0.7, muted: true, textScale: 1, reducedMotion: true, highContrast: true };
    await ctx.addInitScript((s) => {
      if (!localStorage.getItem('frontline.settings')) localStorage.setItem('frontline.settings', s);
    }, JSON.stringify(settings));
  }
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, harness().url).toString());
  return { page, errors };
}

/** Whether the element is wholly inside the window, without scrolling. */
async function aboveFold(page: Page, loc: Locator): Promise<boolean> {
  const box = await loc.boundingBox();
  const view = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width;
}

describe('the menu and the briefing', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 800],
  ] as const) {
    it(`show "Start here", a play button, locked cards and the briefing's top at ${width}×${height}`, async () => {
      const { page, errors } = await open('?lang=en', width, height);
      const startHere = page.locator('[data-screen="menu"] [data-start-here]');
      const play = startHere.getByRole('button', { name: /play/i });
      await play.waitFor();
      expect(await startHere.textContent()).toContain('Start here');
      expect(await startHere.textContent()).toContain('First day on the desk');
      expect(await aboveFold(page, startHere.locator('h2'))).toBe(true);
      expect(await aboveFold(page, play)).toBe(true);
      expect(await play.isEnabled()).toBe(true);

      // A fresh player: the levels after the first are locked, their buttons disabled, and each card says so in words.
      const locked = page.locator('[data-scenario][data-locked]');
      expect(await locked.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await locked.count()); i++) {
        const card = locked.nth(i);
        expect(await card.locator('button').isDisabled()).toBe(true);
        expect(await card.locator('.badge-locked').textContent()).toContain('Locked');
      }
      const playable = page.locator('[data-scenario]:not([data-locked]) button');
      expect(await playable.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await playable.count()); i++) expect(await playable.nth(i).isEnabled()).toBe(true);
      // Each shipped card wears its brand's logo, an image that loaded.
      const logos = page.locator('[data-scenario] img.brand-logo');
      expect(await logos.count()).toBe(await page.locator('[data-scenario]').count());
      await expect.poll(() => logos.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: `test-results/screens-menu-${width}x${height}.png` });

      // Scrolled down the menu first: the briefing must still open at its top.
      await page.evaluate(() => document.getElementById('ui')!.scrollTo(0, 400));
      await play.click();
      const briefing = page.locator('[data-screen="briefing"]');
      const start = briefing.locator('[data-start]');
      await start.waitFor();
      await expect.poll(() => page.evaluate(() => document.getElementById('ui')!.scrollTop)).toBe(0);
      expect(await aboveFold(page, briefing.locator('h1'))).toBe(true);
      expect(await aboveFold(page, briefing.locator('.brand-mark'))).toBe(true);
      expect(await briefing.locator('.brand-name').textContent()).toBe('Onda Mobile');
      // The start button holds the focus, in view: Enter starts the shift.
      expect(await aboveFold(page, start)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-start') ?? false)).toBe(true);
      // The brand's colours are there for the screen's parts to use.
      expect(await briefing.evaluate((el) => getComputedStyle(el).getPropertyValue('--brand-primary').trim())).toBe('#0b5fa5');
      // Compact: no card is much taller than its content.
      const slack = await briefing
        .locator('.briefing-grid section')
        .evaluateAll((els) =>
          els.map(
            (el) => el.getBoundingClientRect().height - [...el.children].reduce((sum, c) => sum + c.getBoundingClientRect().height, 0),
          ),
        );
      for (const s of slack) expect(s).toBeLessThan(120);
      await page.screenshot({ path: `test-results/screens-briefing-${width}x${height}.png` });
      expect(errors).toEqual([]);
    });
  }

  for (const [width, height, highContrast] of [
    [1366, 768, true],
    [390, 844, false],
    [390, 844, true],
  ] as const) {
    const theme = highContrast ? 'high-contrast' : 'dark';
    it(`draws the menu and a briefing at ${width}×${height} (${theme})`, async () => {
      const { page, errors } = await open('?lang=fr', width, height, highContrast);
      await page.locator('[data-start-here] button').waitFor();
      expect(await page.evaluate(() => document.getElementById('ui')!.scrollWidth - document.getElementById('ui')!.clientWidth)).toBe(0);
      await page.screenshot({ path: `test-results/screens-menu-${width}x${height}-${theme}.png` });
      expect(errors).toEqual([]);
      const briefing = await open('?scenario=fake-recall&lang=fr', width, height, highContrast);
      await briefing.page.locator('[data-screen="briefing"] [data-start]').waitFor();
      expect(await briefing.page.evaluate(() => document.getElementById('ui')!.scrollTop)).toBe(0);
      expect(
        await briefing.page.evaluate(() => document.getElementById('ui')!.scrollWidth - document.getElementById('ui')!.clientWidth),
      ).toBe(0);
      await briefing.page.screenshot({ path: `test-results/screens-briefing-${width}x${height}-${theme}.png` });
      expect(briefing.errors).toEqual([]);
    });
  }
});
