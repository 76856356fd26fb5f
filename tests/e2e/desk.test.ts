/**
 * The desk as a console: with a post open, every reply option and the composer are in view without
 * scrolling any panel at 1366×768 and 1280×800; on a 390×844 phone the conversation scrolls and the
 * composer stays pinned in view. Then the console's own behaviour: inbox filters and their counts, the
 * pause state, shortcuts from anywhere but a text field, signed changes. Screenshots of the desk (one
 * per channel) go to test-results/ as artefacts.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { type Harness, startHarness, stopHarness, watchErrors } from '../support/browser';

let h: Harness | undefined;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  h = await startHarness();
  mkdirSync('test-results', { recursive: true });
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await stopHarness(h);
});

async function open(path: string, width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, h!.url).toString());
  return { page, errors };
}

/** Starts the scenario, pauses as soon as a post waits, and opens it. */
async function openFirstPost(page: Page): Promise<void> {
  await page.locator('[data-screen="briefing"] [data-action="start"]').click();
  await page.locator('[data-post-state="open"] [data-answer]').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-action="pause"]').click();
  await page.locator('[data-post-state="open"] [data-answer]').first().click();
  await page.locator('[data-replies] button[data-option]').first().waitFor();
}

const CONTROLS =
  '[data-replies] button[data-option], [data-replies] [data-reply-text], [data-replies] [data-reply-action], [data-replies] [data-reply-send]';

/**
 * Each control that is not wholly visible: outside the window, or clipped by a panel that would have
 * to be scrolled to show it. Also reports any panel (or the page) that is scrolled.
 */
function outOfView(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const scrolled = [document.scrollingElement, ...document.querySelectorAll('*')].filter((e): e is Element => !!e && e.scrollTop > 0);
    for (const e of scrolled) problems.push(`scrolled: ${e.tagName.toLowerCase()}.${e.className}`);
    for (const node of document.querySelectorAll(selector)) {
      const r = node.getBoundingClientRect();
      const name = `${node.tagName.toLowerCase()}[${node.getAttribute('data-action') ?? ''}] "${(node.textContent ?? '').trim().slice(0, 30)}"`;
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
        problems.push(`${name}: outside the window (${Math.round(r.top)}–${Math.round(r.bottom)} of ${innerHeight})`);
        continue;
      }
      for (let p = node.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
        const box = p.getBoundingClientRect();
        if (r.top < box.top - 1 || r.bottom > box.bottom + 1)
          problems.push(`${name}: clipped by ${p.tagName.toLowerCase()}.${p.className}`);
      }
    }
    return problems;
  }, CONTROLS);
}

describe('the conversation pane at desktop sizes', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 800],
  ] as const) {
    for (const scenario of ['first-shift', 'defect-crisis', 'forum-rumour']) {
      it(`shows every option and the composer of ${scenario}'s first post without scrolling, at ${width}×${height}`, async () => {
        const { page, errors } = await open(`?scenario=${scenario}&lang=en&timescale=20&seed=4`, width, height);
        await openFirstPost(page);
        expect(await page.locator('[data-replies] button[data-option]').count()).toBeGreaterThan(2);
        expect(await page.locator('[data-replies] [data-reply-text]').count()).toBe(1);
        expect(await outOfView(page)).toEqual([]);
        await page.screenshot({ path: `test-results/desk-${scenario}-${width}x${height}.png` });
        expect(errors).toEqual([]);
      });
    }
  }
});

describe('the desk on a phone (390×844)', () => {
  it('keeps the composer pinned in view while the conversation scrolls to each option', async () => {
    const { page, errors } = await open(`?scenario=defect-crisis&lang=en&timescale=20&seed=4`, 390, 844);
    await openFirstPost(page);
    // One column, no sideways scrolling.
    expect(await page.evaluate(() => document.getElementById('ui')!.scrollWidth - document.getElementById('ui')!.clientWidth)).toBe(0);
    const inView = (selector: string) =>
      page.locator(selector).evaluate((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
      });
    expect(await inView('[data-reply-text]')).toBe(true);
    expect(await inView('[data-reply-send]')).toBe(true);
    await page.screenshot({ path: 'test-results/desk-phone-390x844.png' });
    const options = page.locator('[data-replies] button[data-option]');
    const n = await options.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      await options.nth(i).scrollIntoViewIfNeeded();
      // The option can be clicked where it is (the pinned composer does not cover it)…
      expect(
        await options.nth(i).evaluate((node) => {
          const r = node.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
          return !!hit && (hit === node || node.contains(hit));
        }),
      ).toBe(true);
      // …and the composer is still there.
      expect(await inView('[data-reply-send]')).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});

describe('the console', () => {
  it('filters the inbox by channel and state, with counts, and shows the pause state', async () => {
    const { page, errors } = await open(`?scenario=first-shift&lang=en&timescale=30&seed=4`, 1366, 768);
    await openFirstPost(page);
    // Paused: the header says so and the console is framed; nothing covers the options.
    const banner = page.locator('[data-paused]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(/Paused/);
    expect(await page.locator('.desk').getAttribute('class')).toContain('paused');
    await page.locator('[data-replies] button[data-option]').first().click();
    await page.locator('[data-post-state="answered"]').first().waitFor();
    // Let the story bring more posts (skipping quiet time), then pause again.
    await page.locator('[data-action="pause"]').click();
    await expect
      .poll(
        async () => {
          const skip = page.locator('[data-action="skip"]:not([disabled])');
          if (await skip.count()) await skip.click();
          return page.locator('[data-post]').count();
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(2);
    await page.locator('[data-action="pause"]').click();
    expect(await banner.isVisible()).toBe(true);
    const count = (sel: string) => page.locator(sel).locator('.filter-count').textContent().then(Number);
    const total = await page.locator('[data-post]').count();
    expect(await count('[data-filter-state="all"]')).toBe(total);
    expect((await count('[data-filter-state="open"]')) + (await count('[data-filter-state="done"]'))).toBe(total);
    // By state: only the posts dealt with stay in view.
    await page.locator('[data-filter-state="done"]').click();
    expect(await page.locator('[data-filter-state="done"]').getAttribute('aria-pressed')).toBe('true');
    const shownStates = await page.locator('[data-post]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-state')));
    expect(shownStates.length).toBe(await count('[data-filter-state="done"]'));
    expect(shownStates.every((s) => s !== 'open')).toBe(true);
    await page.locator('[data-filter-state="all"]').click();
    // By channel: each channel's button shows its posts only, as many as it counts.
    const channels = await page
      .locator('[data-filter-channel]:not([data-filter-channel="all"])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-filter-channel')!));
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) {
      await page.locator(`[data-filter-channel="${channel}"]`).click();
      const shown = await page.locator('[data-post]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
      expect(new Set(shown)).toEqual(new Set([channel]));
      expect(shown.length).toBe(await count(`[data-filter-channel="${channel}"]`));
    }
    await page.locator('[data-filter-channel="all"]').click();
    expect(await page.locator('[data-post]:visible').count()).toBe(total);
    // Indicators: a label, the number, a trend in words and a signed change since the last decision.
    for (const meter of ['sentiment', 'reach', 'reputation']) {
      const el = page.locator(`[data-meter="${meter}"]`);
      expect(await el.locator('.meter-label').textContent()).not.toBe('');
      expect(await el.locator('.meter-value').textContent()).toMatch(/\d/);
      expect(await el.locator('.meter-trend').textContent()).toMatch(/^(rising|falling|steady)$/);
      expect(await el.locator('.meter-delta').textContent()).toMatch(/^(\+|\u2212|±)\d[\d.,]*K? since your last decision$/);
    }
    // The spread view: one group per audience segment, each named, with its counts in words.
    const groups = page.locator('[data-spread] .spread-group');
    expect(await groups.count()).toBeGreaterThan(2);
    for (let i = 0; i < (await groups.count()); i++) {
      const g = groups.nth(i);
      expect(await g.locator('.seg-name').textContent()).not.toBe('');
      expect(await g.locator('svg path').count()).toBe(1);
      const seen = Number(await g.getAttribute('data-seen'));
      expect(await g.locator('.seg-figures').textContent()).toMatch(
        new RegExp(`^seen: ${seen.toLocaleString('en')} of [\\d,]+ · [\\d,]+ sharing$`),
      );
    }
    expect(errors).toEqual([]);
  });

  it('answers N, S and P from anywhere on the desk but a text field', async () => {
    const { page, errors } = await open(`?scenario=first-shift&lang=en&timescale=30&seed=4`, 1366, 768);
    await openFirstPost(page);
    const paused = () => page.locator('[data-action="pause"]').getAttribute('aria-pressed');
    expect(await paused()).toBe('true');
    // Focus on the page itself (nothing focused): P still resumes and pauses.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(paused).toBe('false');
    expect(await page.locator('[data-paused]').isVisible()).toBe(false);
    await page.keyboard.press('p');
    await expect.poll(paused).toBe('true');
    // N from the page body goes to a waiting post's answer button.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-post-state="open"] [data-answer]') ?? false)).toBe(true);
    // In the composer, the letters are words.
    await page.keyboard.press('Enter');
    await page.locator('[data-reply-text]').click();
    await page.keyboard.type('pns');
    expect(await page.locator('[data-reply-text]').inputValue()).toBe('pns');
    expect(await paused()).toBe('true');
    expect(errors).toEqual([]);
  });
});

describe('screenshots of the desk, one per channel', () => {
  it('opens a post of each channel of a crisis and keeps a picture of it', async () => {
    const { page, errors } = await open(`?scenario=defect-crisis&lang=en&timescale=60&seed=3`, 1366, 768);
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    const seen = new Set<string>();
    const channels = ['microblog', 'comments', 'forum', 'reviews', 'dm'];
    // Answer (first option) until every channel has had a post, then look at one of each.
    for (let guard = 0; guard < 300 && seen.size < channels.length; guard++) {
      for (const c of await page.locator('[data-post]').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')!))) seen.add(c);
      if (await page.locator('[data-screen="debrief"]').count()) break;
      try {
        const waiting = page.locator('[data-post-state="open"] [data-answer]');
        if (await waiting.count()) {
          await waiting.last().click({ timeout: 1000 });
          await page.locator('[data-replies] button[data-option]').first().click({ timeout: 1000 });
        } else await page.waitForTimeout(200);
      } catch {
        /* a deadline took the post first */
      }
    }
    expect([...seen].sort()).toEqual([...channels].sort());
    await page.locator('[data-action="pause"]').click();
    for (const channel of channels) {
      await page.locator(`[data-post][data-channel="${channel}"] .inbox-row`).first().click();
      await expect.poll(() => page.locator('[data-replies] .conv-post').getAttribute('data-channel')).toBe(channel);
      await page.screenshot({ path: `test-results/desk-channel-${channel}-1366x768.png` });
    }
    // A private message shows no public counts; a review its stars; a forum its thread title.
    await page.locator('[data-post][data-channel="dm"] .inbox-row').first().click();
    expect(await page.locator('[data-replies] .conv-post [data-stats]').count()).toBe(0);
    await page.locator('[data-post][data-channel="reviews"] .inbox-row').first().click();
    expect(await page.locator('[data-replies] .conv-post .verified').count()).toBe(1);
    await page.locator('[data-post][data-channel="forum"] .inbox-row').first().click();
    expect(await page.locator('[data-replies] .conv-post .thread-title').textContent()).not.toBe('');
    expect(errors).toEqual([]);
  });
});
