/**
 * Content-Security-Policy: every page of the production build — the game and the teacher pages
 * (report verifier, class dashboard, exam builder) — carries the same strict policy (no eval, no
 * inline script or style), and each runs under it without a single violation: the game through
 * menu, briefing, desk, a decision and its effect; the verifier checking reports; the dashboard
 * tabulating them, drawing its charts and exporting CSV; the exam builder making an exam file and
 * its link. Violations are caught both as `securitypolicyviolation` events and in the console.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Report } from '../../src/records/session-report';
import { cspContent } from '../../tools/csp-plugin';
import { loadCharters, loadScenario } from '../../tools/scenarios/load';
import { scriptedReport } from '../support/reports';
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

/** Every page of the build: the game and the teacher pages. */
const PAGES = existsSync('dist')
  ? readdirSync('dist')
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );
}

/** A page that records every CSP violation from its first script on. */
async function open(path: string): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  const errors = watchErrors(page);
  await page.goto(new URL(path, h!.url).toString());
  return { page, violations, errors };
}

const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('Content-Security-Policy', () => {
  it('is in every page, the same, strict, without unsafe-eval or inline code', () => {
    expect(PAGES).toEqual(['dashboard.html', 'exam.html', 'hub.html', 'index.html', 'verify.html']);
    for (const file of PAGES) {
      const html = readFileSync(`dist/${file}`, 'utf8');
      const csp = policyOf(html);
      expect(csp.size, file).toBeGreaterThan(5);
      // Before any script.
      expect(html.indexOf('Content-Security-Policy'), file).toBeLessThan(html.indexOf('<script'));
      expect(csp.get('default-src'), file).toEqual(["'self'"]);
      expect(csp.get('script-src'), file).toEqual(["'self'"]);
      expect(csp.get('style-src'), file).toEqual(["'self'"]);
      expect(csp.get('object-src'), file).toEqual(["'none'"]);
      expect(csp.get('base-uri'), file).toEqual(["'self'"]);
      expect(csp.get('form-action'), file).toEqual(["'none'"]);
      expect(csp.get('connect-src'), file).toEqual(["'self'"]);
      for (const d of ['img-src', 'media-src']) expect(csp.get(d), `${file} ${d}`).toEqual(["'self'", 'data:', 'blob:']);
      expect(csp.get('worker-src'), file).toEqual(["'self'"]);
      expect(html, file).not.toMatch(/unsafe-eval|unsafe-inline/);
      expect(cspContent(), file).toBe([...csp].map(([k, v]) => `${k} ${v.join(' ')}`).join('; '));
    }
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
    await context.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { window.__eval = String(new Function('return 42')()); } catch (e) { window.__eval = e.name; }",
      }),
    );
    const page = await context.newPage();
    await page.goto(new URL('?lang=en', h!.url).toString());
    await page.locator('[data-screen="menu"]').waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const probe = document.createElement('script');
          probe.src = './csp-probe.js';
          probe.onload = () => resolve();
          document.head.append(probe);
          const inline = document.createElement('script');
          inline.textContent = 'window.__inline = 1';
          document.head.append(inline);
        }),
    );
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
    await expect
      .poll(
        async () => {
          const skip = page.locator('[data-action="skip"]:not([disabled])');
          if (await skip.count()) await skip.click();
          return (await page.locator('.memo').count()) + (await page.locator('[data-post]').count());
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(memos + 1);
    // People's faces are drawn under the policy too: an SVG read from a data: URL, a PNG shown from a blob:
    // one by a rule of a constructed style sheet.
    await expect.poll(() => page.locator('[data-post] .avatar.face').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // The canvas really drew (WebGL under the policy); on the desk it lives in the slot it draws on.
    expect(await page.evaluate(() => !!document.querySelector('#game > canvas, .canvas-slot > canvas'))).toBe(true);
    const events = await eventsOf(page);
    console.log(`[csp] game: ${events.length} violation event(s), ${violations.length} console report(s)`);
    expect([...events, ...violations]).toEqual([]);
    expect(errors).toEqual([]);
  });

  /** The page's own <meta> policy is enforced: an inline script added later does not run. */
  const inlineRuns = (page: Page) =>
    page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      return (window as unknown as { __inline?: number }).__inline !== undefined;
    });

  /** No violation, no error, and the policy enforced (not just present). */
  async function expectClean(file: string, page: Page, violations: string[], errors: string[]): Promise<void> {
    const events = await eventsOf(page);
    console.log(`[csp] ${file}: ${events.length} violation event(s), ${violations.length} console report(s)`);
    expect([...events, ...violations], file).toEqual([]);
    expect(errors, file).toEqual([]);
    expect(await inlineRuns(page), file).toBe(false);
  }

  describe('the teacher pages', () => {
    let report: Report;
    beforeAll(() => {
      const root = join(process.cwd(), 'scenarios');
      const problems: string[] = [];
      const firstShift = loadScenario(join(root, 'first-shift'), loadCharters(join(root, 'charters'), problems), problems);
      if (!firstShift) throw new Error(problems.join('\n'));
      report = scriptedReport(firstShift, { locale: 'en', seed: 42, strategy: 'worst', candidate: { name: 'Léa Martin' } });
    });
    const upload = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const tampered = () => JSON.stringify({ ...report, scores: { ...report.scores, overall: report.scores.overall === 100 ? 99 : 100 } });

    it('verify.html runs under its policy: reports are replayed and given their verdicts, in both languages', async () => {
      const { page, violations, errors } = await open('verify.html?lang=en');
      await page.locator('[data-dropzone]').waitFor();
      await page
        .locator('input[data-files]')
        .setInputFiles([
          upload('lea.json', JSON.stringify(report)),
          upload('tampered.json', tampered()),
          upload('broken.json', '{"format":"frontline-report","version":1}'),
        ]);
      const cards = page.locator('[data-results] > li');
      await expect.poll(() => cards.count(), { timeout: 45_000 }).toBe(3);
      expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['verified', 'failed', 'refused']);
      await page.locator('[data-lang="fr"]').click();
      expect(await cards.nth(0).locator('[data-verdict-text]').textContent()).toBe('✓ Vérifié');
      await expectClean('verify.html', page, violations, errors);
    });

    it('dashboard.html runs under its policy: reports tabulated, charts drawn, CSV exported', async () => {
      const { page, violations, errors } = await open('dashboard.html?lang=en');
      await page.locator('[data-dropzone]').waitFor();
      await page.locator('input[type="file"]').setInputFiles([upload('lea.json', JSON.stringify(report)), upload('tom.json', tampered())]);
      await expect.poll(() => page.locator('[data-files-list] > li').count(), { timeout: 45_000 }).toBe(2);
      expect(await page.locator('[data-results-table] tbody tr[data-learner]').count()).toBe(1);
      // The charts (uPlot: canvas, styles set through the CSSOM) are drawn.
      await page.locator('canvas[data-chart="averages"]').waitFor();
      expect(await page.locator('canvas[data-chart="distribution"]').count()).toBe(1);
      // The CSV download goes through a blob: URL.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      expect(readFileSync((await download.path())!, 'utf8')).toContain('Léa Martin');
      await expectClean('dashboard.html', page, violations, errors);
    });

    it('exam.html runs under its policy: the form is checked live, the exam file and its link come out', async () => {
      const { page, violations, errors } = await open('exam.html?lang=en');
      await page.locator('[data-builder]').waitFor();
      expect(await page.locator('[data-section="output"]').getAttribute('data-valid')).toBe('false');
      await page.getByLabel('Exam title').fill('Policy check');
      await page.locator('[data-scenario-pick="first-shift"]').check();
      await expect.poll(() => page.locator('[data-section="output"]').getAttribute('data-valid')).toBe('true');
      expect(await page.locator('[data-exam-link]').inputValue()).toContain('index.html#exam=');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download-exam]').click()]);
      expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toMatchObject({
        format: 'frontline-exam',
        scenarios: ['first-shift'],
      });
      await page.locator('[data-lang="fr"]').click();
      expect(await page.locator('h1').textContent()).toBe('Créer un examen de recrutement');
      await expectClean('exam.html', page, violations, errors);
    });
  });
});
