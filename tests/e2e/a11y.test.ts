/**
 * Accessibility audit of the production build: axe-core on every screen (menu with its settings
 * open, briefing, desk with a post open and its reply panel and composer, debrief, error), in French
 * and English, in the normal and high-contrast themes. Any serious or critical violation fails.
 * Then the layout checks: text at 200 % on a 1280×800 desk, a 1024×768 window, and reduced motion
 * taken from the system setting.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type Harness, injectAxe, startHarness, stopHarness, watchErrors } from '../support/browser';

const SCENARIO = 'first-shift';
/** The other pages of the build (teacher pages), audited as they open. */
const EXTRA_PAGES = existsSync('dist')
  ? readdirSync('dist')
      .filter((f) => f.endsWith('.html') && f !== 'index.html')
      .sort()
  : [];

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

interface Opts {
  highContrast?: boolean;
  textScale?: number;
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
}

/** A fresh context with saved settings (as the settings panel writes them). */
async function open(path: string, opts: Opts = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await h!.browser.newContext({
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 900 },
    reducedMotion: opts.reducedMotion ?? 'no-preference',
  });
  contexts.push(context);
  if (opts.highContrast || opts.textScale) {
    const settings = {
      version: 1,
      locale: 'en',
      volume: 0.7,
      muted: true,
      textScale: opts.textScale ?? 1,
      reducedMotion: false,
      highContrast: !!opts.highContrast,
    };
    await context.addInitScript((s) => {
      if (!localStorage.getItem('frontline.settings')) localStorage.setItem('frontline.settings', s);
    }, JSON.stringify(settings));
  }
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, h!.url).toString());
  return { page, errors };
}

interface Finding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * The canvas under the DOM is an image to axe, so text over it comes out "incomplete" for contrast.
 * The canvas is only ever cleared to the game's background colour under text, so the contrast pass
 * swaps it for that colour and lets the page (and the desk's scrolling panes) flow, and axe can then
 * measure every text node.
 */
const CANVAS_AS_BACKGROUND =
  '#game{display:none!important} #ui{position:static!important;overflow:visible!important} html,body{background:#0b1220!important;height:auto!important} .desk{height:auto!important} .feed-panel,.side{overflow:visible!important}';

type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] };

/** Runs axe-core on the page as it is, then its contrast rule with the canvas swapped for its colour. */
async function audit(page: Page, screen: string, audited?: string[]): Promise<Finding[]> {
  audited?.push(screen);
  await injectAxe(page);
  const run = (options: object) =>
    page.evaluate(async (o) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> } }
      ).axe;
      const r = await axe.run(document, o);
      return {
        violations: r.violations,
        incomplete: r.incomplete.filter((v) => v.id === 'color-contrast').reduce((n, v) => n + v.nodes.length, 0),
      };
    }, options);
  const all = await run({ resultTypes: ['violations'] });
  // A constructed style sheet (CSSOM), which the page's Content-Security-Policy allows; a <style>
  // element (page.addStyleTag) would be refused.
  const swap = (on: boolean) =>
    page.evaluate(
      ([css, add]) => {
        const w = window as unknown as { __canvasAsBackground?: CSSStyleSheet };
        if (add) {
          w.__canvasAsBackground = new CSSStyleSheet();
          w.__canvasAsBackground.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, w.__canvasAsBackground];
        } else {
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== w.__canvasAsBackground);
        }
      },
      [CANVAS_AS_BACKGROUND, on] as const,
    );
  await swap(true);
  const contrast = await run({ runOnly: ['color-contrast'] });
  await swap(false);
  const seen = new Set(all.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`)));
  for (const v of contrast.violations) {
    const fresh = v.nodes.filter((n) => !seen.has(`${v.id} ${n.target.join(' ')}`));
    if (fresh.length) all.violations.push({ ...v, nodes: fresh });
  }
  if (contrast.incomplete > 0) console.log(`[a11y] ${screen}: ${contrast.incomplete} text node(s) whose contrast axe could not measure`);
  return all.violations.map((v) => ({
    screen,
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => ({
      target: n.target.map(String).join(' '),
      html: n.html.slice(0, 160),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
    })),
  }));
}

const serious = (f: Finding) => f.impact === 'serious' || f.impact === 'critical';

function print(label: string, findings: Finding[]): void {
  const bad = findings.filter(serious);
  const other = findings.filter((f) => !serious(f));
  console.log(`[a11y] ${label}: ${bad.length} serious/critical, ${other.length} moderate/minor`);
  for (const f of [...bad, ...other]) {
    console.log(`  [${f.impact}] ${f.screen}: ${f.id} — ${f.help}`);
    for (const n of f.nodes) console.log(`      ${n.target}  ${n.html}\n        ${n.summary}`);
  }
}

/** Clicks the first open post's answer button and waits for its options. */
async function openPost(page: Page): Promise<void> {
  await page.locator('[data-post-state="open"] [data-answer]').first().click();
  await page.locator('[data-replies] button[data-option]').first().waitFor();
}

/** Answers posts (first option) until the debrief shows. Deadlines may pass meanwhile: that is play too. */
async function playToDebrief(page: Page): Promise<void> {
  const debrief = page.locator('[data-screen="debrief"]');
  for (let guard = 0; guard < 400 && !(await debrief.count()); guard++) {
    try {
      const answer = page.locator('[data-post-state="open"] [data-answer]').first();
      if ((await answer.count()) === 0) {
        await page.waitForTimeout(150);
        continue;
      }
      await answer.click({ timeout: 2000 });
      await page.locator('[data-replies] button[data-option]:not([data-action="ignore"])').first().click({ timeout: 2000 });
    } catch {
      /* the post closed under us (deadline): take the next one */
    }
  }
  await debrief.waitFor({ timeout: 120_000 });
}

describe('axe-core audit of every screen', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const theme of ['normal', 'high-contrast'] as const) {
      it(`has no serious or critical violation in ${lang}, ${theme} theme`, async () => {
        const highContrast = theme === 'high-contrast';
        const findings: Finding[] = [];
        const screens: string[] = [];
        const { page, errors } = await open(`?lang=${lang}`, { highContrast });

        // Menu, with the settings panel open.
        await page.locator('[data-screen="menu"] [data-scenario] button').first().waitFor();
        await page.locator('[aria-controls="settings-panel"]').click();
        await page.locator('#settings-panel').waitFor();
        expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(highContrast);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        findings.push(...(await audit(page, 'menu+settings', screens)));

        // Briefing.
        await page.locator(`[data-scenario="${SCENARIO}"] button`).click();
        await page.locator('[data-screen="briefing"] [data-action="start"]').waitFor();
        findings.push(...(await audit(page, 'briefing', screens)));

        // Desk: paused, a post open with its reply options and the composer.
        await page.goto(new URL(`?scenario=${SCENARIO}&lang=${lang}&timescale=60&seed=11`, h!.url).toString());
        await page.locator('[data-screen="briefing"] [data-action="start"]').click();
        await page.locator('[data-post-state="open"] [data-answer]').first().waitFor({ timeout: 60_000 });
        await page.locator('[data-action="pause"]').click();
        await openPost(page);
        expect(await page.locator('[data-replies] textarea[data-reply-text]').count()).toBe(1);
        findings.push(...(await audit(page, 'desk (post open, reply panel, composer)', screens)));

        // A refused empty reply shows its message; a rude one goes through and is marked in the debrief.
        await page.locator('[data-reply-send]').click();
        await expect.poll(() => page.locator('[data-replies] .form-error').textContent()).not.toBe('');
        findings.push(...(await audit(page, 'desk (composer error)', screens)));
        await page
          .locator('[data-reply-text]')
          .fill(
            lang === 'fr'
              ? 'Franchement vous êtes nuls, lisez la FAQ au lieu de nous déranger !!!'
              : 'Honestly you are idiots, read the FAQ instead of bothering us!!!',
          );
        await page.locator('[data-reply-send]').click();
        await page.locator('[data-action="pause"]').click();
        await playToDebrief(page);
        await page.locator('[data-screen="debrief"] [data-decision]').first().waitFor();
        await page.screenshot({ path: `test-results/screens-debrief-${lang}-${theme}.png` });
        findings.push(...(await audit(page, 'debrief', screens)));

        // Error screen.
        await page.goto(new URL(`?scenario=does-not-exist&lang=${lang}`, h!.url).toString());
        await page.locator('[data-screen="error"]').waitFor();
        findings.push(...(await audit(page, 'error', screens)));

        // Pages other entry points add, when built.
        for (const extra of EXTRA_PAGES) {
          await page.goto(new URL(`${extra}?lang=${lang}`, h!.url).toString());
          await page.waitForLoadState('networkidle');
          findings.push(...(await audit(page, extra, screens)));
        }

        print(`${lang}, ${theme} (${screens.join(' · ')})`, findings);
        expect(findings.filter(serious).map((f) => `${f.screen}: ${f.id} (${f.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});

/** True when the element is on screen, has a size, and a click at its centre lands on it (nothing covers it). */
async function reachable(el: Locator): Promise<string | null> {
  await el.scrollIntoViewIfNeeded();
  // Feed cards off screen skip rendering (content-visibility) until the frame after they scroll in.
  await el.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const name = `${node.tagName.toLowerCase()}[${[...node.attributes]
      .filter((a) => a.name.startsWith('data-'))
      .map((a) => `${a.name}=${a.value}`)
      .join(' ')}] "${(node.textContent ?? '').trim().slice(0, 40)}"`;
    if (r.width < 8 || r.height < 8) return `${name}: too small (${r.width}×${r.height})`;
    if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) return `${name}: off screen`;
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 12), 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === node || node.contains(hit))) return `${name}: covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
    // Its text must not spill out of the button.
    if (node.scrollWidth > node.clientWidth + 1) return `${name}: text overflows (${node.scrollWidth} > ${node.clientWidth})`;
    return null;
  });
}

describe('screen readers on the desk', () => {
  it('announces new posts and big moves of the indicators, and keys the spread view in words', async () => {
    const { page, errors } = await open(`?scenario=defect-crisis&lang=fr&timescale=20&seed=2`);
    await page.locator('[data-action="start"]').click();
    await expect.poll(() => page.locator('[data-live]').textContent(), { timeout: 60_000 }).toMatch(/Nouveau message de .+ \(/);
    // The spread view names each audience segment next to its shape, with its counts in words, and says what its bars mean.
    const spread = page.locator('[data-spread]');
    await spread.locator('.spread-group').first().waitFor();
    const names = await spread.locator('.spread-group .seg-name').allTextContents();
    expect(names.length).toBeGreaterThan(2);
    const order = ['Fan', 'Abonné', 'Client critique', 'Troll', 'Influenceur', 'Journaliste'];
    expect(names).toEqual(order.filter((n) => names.includes(n)));
    expect(await spread.locator('.spread-group .seg-name svg path').count()).toBe(names.length);
    expect(await spread.locator('.seg-figures').first().textContent()).toMatch(/^vu : [\d\s]+ sur [\d\s]+ · \d+ partag/);
    expect(await spread.locator('.spread-key').textContent()).toMatch(/Barre pleine : les membres du groupe qui ont vu le message/);
    // A crisis moves the indicators: answering (first option each time) and letting time run, a move is told.
    const meterLive = page.locator('[data-meter-live]');
    expect(await meterLive.getAttribute('aria-live')).toBe('polite');
    for (
      let guard = 0;
      guard < 200 && !(await meterLive.textContent()) && !(await page.locator('[data-screen="debrief"]').count());
      guard++
    ) {
      try {
        const answer = page.locator('[data-post-state="open"] [data-answer]').first();
        if (await answer.count()) {
          await answer.click({ timeout: 2000 });
          await page.locator('[data-replies] button[data-option]').first().click({ timeout: 2000 });
        } else await page.waitForTimeout(200);
      } catch {
        /* the post closed under us */
      }
    }
    expect(await meterLive.textContent()).toMatch(/(Sentiment|Portée|E-réputation) en (hausse|baisse) : \S.* \(contre \S.*\)/);
    expect(errors).toEqual([]);
  });
});

describe('layout', () => {
  it('keeps the desk usable with text at 200 % in a 1280×800 window', async () => {
    const { page, errors } = await open(`?scenario=${SCENARIO}&lang=fr&timescale=20&seed=4`, { textScale: 2, width: 1280, height: 800 });
    // The saved settings apply as the game starts (its saves open first).
    await page.locator('[data-screen]').first().waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await page.locator('[data-action="start"]').click();
    await page.locator('[data-post-state="open"] [data-answer]').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-action="pause"]').click();
    await openPost(page);
    // Nothing is wider than the window: no sideways scrolling to reach a control.
    const overflow = await page.evaluate(() => {
      const ui = document.getElementById('ui')!;
      const wide = [...ui.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > ui.clientWidth + 1)
        .slice(0, 8)
        .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} → ${Math.round(e.getBoundingClientRect().right)} px`);
      return {
        ui: ui.scrollWidth - ui.clientWidth,
        doc: document.documentElement.scrollWidth - innerWidth,
        wide,
        columns: getComputedStyle(document.querySelector('.desk')!).gridTemplateColumns,
      };
    });
    expect(overflow, 'wider than the window').toMatchObject({ ui: 0, doc: 0, wide: [] });
    const problems: string[] = [];
    const controls = page.locator(
      '[data-post] [data-answer], [data-replies] button[data-option], [data-reply-text], [data-reply-send], [data-action="pause"], [data-action="skip"]',
    );
    const n = await controls.count();
    expect(n).toBeGreaterThan(3);
    for (let i = 0; i < n; i++) {
      const problem = await reachable(controls.nth(i));
      if (problem) problems.push(problem);
    }
    // Buttons and fields must not overlap one another.
    const overlaps = await page.evaluate(() => {
      const els = [...document.querySelectorAll<HTMLElement>('[data-screen="desk"] button, [data-screen="desk"] textarea')].filter(
        (e) => e.offsetParent,
      );
      const rects = els.map((e) => ({ e, r: e.getBoundingClientRect() }));
      const out: string[] = [];
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i]!.r;
          const b = rects[j]!.r;
          const ix = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (ix > 1 && iy > 1) out.push(`${rects[i]!.e.textContent?.slice(0, 30)} / ${rects[j]!.e.textContent?.slice(0, 30)}`);
        }
      }
      return out;
    });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/desk-200pct-1280x800.png' });
    console.log(`[a11y] 200 % text at 1280×800: ${n} controls checked, ${problems.length} problems, ${overlaps.length} overlaps`);
    expect(problems).toEqual([]);
    expect(overlaps).toEqual([]);
    // And they work: an option click decides the post.
    const id = await page.locator('[data-post].selected').getAttribute('data-post');
    await page.locator('[data-replies] button[data-option]').first().click();
    await expect.poll(() => page.locator(`[data-post="${id}"]`).getAttribute('data-post-state')).not.toBe('open');
    expect(errors).toEqual([]);
  });

  it('lays out every screen in a 1024×768 window', async () => {
    const { page, errors } = await open(`?lang=en`, { width: 1024, height: 768 });
    mkdirSync('test-results', { recursive: true });
    await page.locator('[data-scenario] button').first().waitFor();
    await page.screenshot({ path: 'test-results/menu-1024x768.png' });
    await page.goto(new URL(`?scenario=${SCENARIO}&lang=en&timescale=20&seed=4`, h!.url).toString());
    await page.locator('[data-action="start"]').click();
    await page.locator('[data-post-state="open"] [data-answer]').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-action="pause"]').click();
    await openPost(page);
    const overflow = await page.evaluate(() => document.getElementById('ui')!.scrollWidth - document.getElementById('ui')!.clientWidth);
    expect(overflow).toBe(0);
    for (const sel of [
      '[data-post] [data-answer]',
      '[data-replies] button[data-option]',
      '[data-reply-send]',
      '[data-meter="sentiment"]',
    ]) {
      const loc = page.locator(sel);
      for (let i = 0; i < (await loc.count()); i++) expect(await reachable(loc.nth(i))).toBeNull();
    }
    // The spread view keeps a real size (one column here: it comes after the conversation).
    const spread = await page.locator('[data-spread]').boundingBox();
    expect(spread!.width).toBeGreaterThan(300);
    expect(spread!.height).toBeGreaterThan(150);
    await page.locator('[data-spread]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/desk-1024x768.png' });
    expect(errors).toEqual([]);
  });

  /** Two shots of the menu a second apart: equal when its background network stands still. */
  async function menuStandsStill(page: Page): Promise<boolean> {
    const canvas = page.locator('#game canvas');
    const a = await canvas.screenshot();
    await page.waitForTimeout(1200);
    return a.equals(await canvas.screenshot());
  }

  it('follows the system’s reduced-motion setting', async () => {
    const { page, errors } = await open('?lang=en', { reducedMotion: 'reduce' });
    await page.locator('[data-scenario] button').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
    const other = await open('?lang=en', { reducedMotion: 'no-preference' });
    await other.page.locator('[data-scenario] button').first().waitFor();
    expect(await other.page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(false);
    // Without any reduced-motion setting the menu's network drifts (this is what the next test measures).
    expect(await menuStandsStill(other.page)).toBe(false);
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('stands the canvas still under the system’s reduced-motion setting, and follows it live', async () => {
    const { page, errors } = await open('?lang=en', { reducedMotion: 'reduce' });
    await page.locator('[data-scenario] button').first().waitFor();
    expect(await menuStandsStill(page)).toBe(true);
    // The settings say why motion is reduced though their box is not ticked.
    await page.locator('[aria-controls="settings-panel"]').click();
    const note = page.locator('#set-motion-note');
    expect(await note.isVisible()).toBe(true);
    expect(await page.locator('#set-motion').isChecked()).toBe(false);
    // The player turns reduced motion off in the system while the game is open: the network drifts again.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(false);
    expect(await note.isVisible()).toBe(false);
    expect(await menuStandsStill(page)).toBe(false);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
    expect(await menuStandsStill(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});
