import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { type Harness, startHarness, stopHarness, tabTo, watchErrors } from '../support/browser';
import { storyJudgements } from '../support/story-judgements';

let h: Harness | undefined;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  h = await startHarness();
});
// A failed test must not leave a game running in the background and slow the next ones.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await stopHarness(h);
});

const SCORES = ['diplomacy', 'speed', 'charter', 'judgement', 'outcome', 'overall'];

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, h!.url).toString());
  return { page, errors };
}

const RANK = { best: 0, good: 1, poor: 2, bad: 3 } as const;

/**
 * Plays a scenario with the keyboard alone: N (the desk's shortcut) or Tab to a waiting post's
 * answer button, Enter, Tab to the chosen option, Enter — until the debrief appears. Options come
 * shuffled under opaque ids: the player recognises the best (or the worst) one by its text, whose
 * judgement the test reads in the story (`judgements`). Texts it does not know go to `unknown`.
 */
async function playByKeyboard(
  page: Page,
  pick: 'best' | 'worst',
  judgements: ReturnType<typeof storyJudgements>,
  unknown: string[],
): Promise<Record<string, number>> {
  for (let guard = 0; guard < 600; guard++) {
    if (await page.locator('[data-screen="debrief"]').count()) break;
    if ((await page.locator('[data-post-state="open"] [data-answer]').count()) === 0) {
      // Nothing waits for an answer: S skips to the next post.
      await page.keyboard.press('s');
      await page.waitForTimeout(100);
      continue;
    }
    try {
      const focused = await page.evaluate(() => document.activeElement?.matches('[data-post-state="open"] [data-answer]') ?? false);
      if (!focused) await page.keyboard.press('n');
      await tabTo(page, '[data-post-state="open"] [data-answer]');
      await page.keyboard.press('Enter');
      const shown = await page
        .locator('[data-replies] button[data-option]:not([data-action="ignore"])')
        .evaluateAll((els) =>
          els.map((e) => ({ id: e.getAttribute('data-option')!, text: e.querySelector('.option-text')?.textContent ?? '' })),
        );
      if (shown.length === 0) continue;
      for (const o of shown) if (!judgements.has(o.text)) unknown.push(o.text);
      const rank = (o: { text: string }) => RANK[judgements.get(o.text) ?? 'good'];
      const sorted = [...shown].sort((a, b) => rank(a) - rank(b));
      const chosen = pick === 'best' ? sorted[0]! : sorted[sorted.length - 1]!;
      await tabTo(page, `[data-replies] button[data-option="${chosen.id}"]`, 40);
      await page.keyboard.press('Enter');
    } catch {
      // The post's deadline passed while we were tabbing: its options are gone. Try the next one.
    }
  }
  await page.locator('[data-screen="debrief"]').waitFor({ timeout: 120_000 });
  const scores: Record<string, number> = {};
  for (const key of SCORES) scores[key] = Number(await page.locator(`[data-score="${key}"]`).textContent());
  return scores;
}

describe('playing defect-crisis with the keyboard only', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`reaches the debrief in ${lang}, and the best replies score more than the worst`, async () => {
      const results: Record<string, number>[] = [];
      const judgements = storyJudgements('defect-crisis', lang);
      const unknown: string[] = [];
      for (const pick of ['best', 'worst'] as const) {
        const { page, errors } = await open(`?scenario=defect-crisis&lang=${lang}&timescale=6&seed=42`);
        await page.locator('[data-screen="briefing"]').waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // The briefing focuses its start button: Enter starts the shift.
        await page.keyboard.press('Enter');
        await page.locator('[data-screen="desk"]').waitFor();
        const scores = await playByKeyboard(page, pick, judgements, unknown);
        for (const key of SCORES) {
          expect(Number.isInteger(scores[key])).toBe(true);
          expect(scores[key]).toBeGreaterThanOrEqual(0);
          expect(scores[key]).toBeLessThanOrEqual(100);
        }
        const decisions = await page.locator('[data-decision]').count();
        expect(decisions).toBeGreaterThan(3);
        // The chart reads on its own: both scales, the clock from the scenario's start, every decision numbered.
        const axes = page.locator('.chart-axes');
        expect(await axes.locator('.axis-sentiment').allTextContents()).toEqual(['+100', '0', '−100']);
        expect(await axes.locator('.axis-reach').count()).toBe(2);
        expect((await axes.locator('.axis-time').allTextContents())[0]).toBe('08:30');
        const numbered = (await axes.locator('.axis-decision').allTextContents()).flatMap((m) => {
          const [a, b = a] = m.split('–').map(Number);
          return Array.from({ length: b! - a! + 1 }, (_, k) => a! + k);
        });
        expect(numbered).toEqual(Array.from({ length: decisions }, (_, k) => k + 1));
        expect(errors).toEqual([]);
        results.push(scores);
        await page.context().close();
      }
      console.log(`[keyboard] defect-crisis ${lang}: best replies ${results[0]!.overall}, worst ${results[1]!.overall} overall`);
      expect(unknown, 'options whose text is not in the story').toEqual([]);
      expect(results[0]!.overall!).toBeGreaterThan(results[1]!.overall! + 20);
    });
  }
});

describe('the desk', () => {
  it('follows the automation contract and shows each reply in the meters and the feed', async () => {
    const { page, errors } = await open('?scenario=defect-crisis&lang=en&timescale=4&seed=7');
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    const post = page.locator('[data-post-state="open"]').first();
    await post.waitFor();
    for (const m of ['sentiment', 'reach', 'reputation']) {
      expect(await page.locator(`[data-meter="${m}"]`).getAttribute('data-value')).toMatch(/^-?\d+$/);
    }
    const id = await post.getAttribute('data-post');
    // Pause, so the post's deadline cannot pass while the test reads it on a slow machine.
    await page.locator('[data-action="pause"]').click();
    await post.locator('.post-text').click();
    await expect.poll(() => page.locator('[data-replies] button[data-option]').count()).toBeGreaterThan(1);
    // Opening a post puts the focus on its text, not on an option; options carry opaque ids, never an index.
    expect(await page.evaluate(() => document.activeElement?.matches('[data-replies] .quoted') ?? false)).toBe(true);
    const ids = await page
      .locator('[data-replies] button[data-option]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
    expect(new Set(ids).size).toBe(ids.length);
    for (const value of ids) expect(value).toMatch(/^o[0-9a-z]{7}$/);
    expect(await page.locator('[data-replies] textarea[data-reply-text]').count()).toBe(1);
    expect(await page.locator('[data-replies] [data-reply-send]').count()).toBe(1);
    const reachBefore = Number(await page.locator('[data-meter="reach"]').getAttribute('data-value'));
    await page.locator('[data-replies] button[data-option]').first().click();
    await page.locator('[data-action="pause"]').click();
    await expect.poll(() => page.locator(`[data-post="${id}"]`).getAttribute('data-post-state')).not.toBe('open');
    await expect
      .poll(async () => Number(await page.locator('[data-meter="reach"]').getAttribute('data-value')), { timeout: 15_000 })
      .toBeGreaterThan(reachBefore);
    expect(errors).toEqual([]);
  });

  it('names departments as the brand does, in the briefing and on the desk', async () => {
    const { page, errors } = await open('?scenario=toxic-thread&lang=fr&timescale=10&seed=5');
    const handOver = page.locator('[data-screen="briefing"] details.hand-over');
    await handOver.locator('summary').click();
    expect(await handOver.locator('li').count()).toBe(6);
    expect(await handOver.locator('[data-department="after-sales"] strong').textContent()).toBe('Support joueurs');
    expect(await handOver.locator('[data-department="legal"] strong').textContent()).toBe('Juridique');
    await page.locator('[data-action="start"]').click();
    await page.locator('[data-post="p1"] [data-answer]').click();
    await page.locator('[data-action="pause"]').click();
    expect(await page.locator('[data-replies] button[data-action="escalate"] .option-kind').first().textContent()).toBe(
      'Transmettre : Équipe de dev',
    );
    expect(errors).toEqual([]);
  });

  it('sends a free-text reply, shown as text and never as HTML', async () => {
    const { page, errors } = await open('?scenario=defect-crisis&lang=en&timescale=2&seed=3');
    await page.locator('[data-action="start"]').click();
    await page.locator('[data-post-state="open"] [data-answer]').first().click();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> We are sorry, please DM us.';
    await page.locator('[data-reply-text]').fill('   ');
    await page.locator('[data-reply-send]').click();
    await expect.poll(() => page.locator('[data-replies] [role="alert"]').textContent()).toContain('empty');
    await page.locator('[data-reply-text]').fill(hostile);
    await page.locator('[data-reply-send]').click();
    await expect.poll(() => page.locator('.answer').first().textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // (the brand's own logo is an image of ours beside the words, never one made from them)
    expect(await page.locator('.answer .answer-text img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('menu, language and errors', () => {
  it('switches language, remembers it, and lists the scenarios', async () => {
    const { page, errors } = await open('?lang=en');
    await page.locator('[data-screen="menu"]').waitFor();
    expect(await page.locator('[data-scenario]').count()).toBeGreaterThan(0);
    await page.locator('[data-lang="fr"]').click();
    await expect.poll(() => page.locator('h2#scenarios-title').textContent()).toBe('Scénarios');
    await page.goto(h!.url);
    await page.locator('[data-screen="menu"]').waitFor();
    expect(await page.locator('h2#scenarios-title').textContent()).toBe('Scénarios');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(errors).toEqual([]);
  });

  it('puts the menu up before the engine boots, usable at once, and its scene takes it over', async () => {
    const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    // As soon as the menu is in the page: note whether the engine's canvas exists, and switch language.
    await context.addInitScript(`new MutationObserver((_, observer) => {
      const menu = document.querySelector('[data-screen="menu"]');
      if (!menu || !menu.querySelector('[data-lang="fr"]')) return;
      observer.disconnect();
      window.__early = { canvas: document.querySelector('canvas') !== null, menu };
      menu.querySelector('[data-lang="fr"]').click();
    }).observe(document, { subtree: true, childList: true })`);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('?lang=en', h!.url).toString());
    await page.locator('#game canvas').waitFor({ state: 'attached' });
    await page.waitForFunction(() => (window as unknown as { __early?: unknown }).__early !== undefined);
    expect(await page.evaluate('window.__early.canvas')).toBe(false);
    await expect.poll(() => page.locator('h2#scenarios-title').textContent()).toBe('Scénarios');
    await page.waitForTimeout(1000); // the engine boots and the Menu scene starts
    // Still the same menu (adopted, not rebuilt), and only one.
    expect(await page.evaluate('document.querySelector(\'[data-screen="menu"]\') === window.__early.menu')).toBe(true);
    expect(await page.locator('[data-screen]').count()).toBe(1);
    // Its scene keeps it in step with the store: back to English.
    await page.locator('[data-lang="en"]').click();
    await expect.poll(() => page.locator('h2#scenarios-title').textContent()).toBe('Scenarios');
    expect(errors).toEqual([]);
  });

  it('opens a briefing chosen before the engine boots, and plays on from it', async () => {
    const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    await context.addInitScript(`new MutationObserver((_, observer) => {
      const play = document.querySelector('[data-screen="menu"] [data-scenario="first-shift"] button:not([disabled])');
      if (!play) return;
      observer.disconnect();
      window.__canvasAtPlay = document.querySelector('canvas') !== null;
      play.click();
    }).observe(document, { subtree: true, childList: true })`);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('?lang=en&timescale=10', h!.url).toString());
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    expect(await page.evaluate('window.__canvasAtPlay')).toBe(false);
    await page.locator('[data-screen="desk"]').waitFor();
    await page.locator('[data-post]').first().waitFor();
    expect(await page.locator('[data-screen]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows an error screen with a way back for an unknown scenario', async () => {
    const { page } = await open('?scenario=<b>nope</b>&lang=en');
    await page.locator('[data-screen="error"]').waitFor();
    expect(await page.locator('[data-screen="error"] pre').textContent()).toBe('<b>nope</b>');
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="menu"]').waitFor();
  });

  it('sets aside a corrupt save and keeps playing', async () => {
    const { page, errors } = await open('?lang=en');
    // The game has started (and saved its settings) before the test damages them.
    await page.locator('[data-screen="menu"]').waitFor();
    await page.evaluate(() => localStorage.setItem('frontline.settings', '{not json'));
    await page.reload();
    await page.locator('[data-screen="menu"]').waitFor();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('set aside');
    expect(await page.evaluate(() => localStorage.getItem('frontline.settings.corrupt'))).toBe('{not json');
    expect(errors).toEqual([]);
  });
});
