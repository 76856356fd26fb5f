/**
 * The SCORM package in a test LMS: the production build (dist/) is packaged with build:scorm for
 * one scenario, served from its zip on 127.0.0.1 next to a host page that offers scorm-again's
 * SCORM 1.2 runtime as `window.API` and opens the package in an iframe (tests/support/lms/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { type Browser, type BrowserContext, type FrameLocator, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChrome } from '../support/browser';
import { decodeSuspend } from '../../src/lms/suspend';

const ROOT = resolve(__dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

interface Call {
  launch: number;
  name: string;
  args: string[];
  result: string;
  error: string;
}

let server: Server | undefined;
let browser: Browser | undefined;
let base = '';
let workDir = '';
let zipBytes = 0;
const contexts: BrowserContext[] = [];

/** Serves /pkg/ from the zip (what the LMS would unpack), /lms/ and scorm-again's browser bundles from disk. */
function serve(entries: Record<string, Uint8Array>): Promise<string> {
  const fromDisk = (root: string, rel: string): Buffer | null => {
    const path = normalize(join(root, rel));
    return path.startsWith(root) && existsSync(path) ? readFileSync(path) : null;
  };
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: Uint8Array | null = null;
    if (path.startsWith('/pkg/')) body = entries[path.slice('/pkg/'.length)] ?? null;
    else if (path.startsWith('/lms/')) body = fromDisk(join(ROOT, 'tests', 'support', 'lms'), path.slice('/lms/'.length));
    else if (path.startsWith('/scorm-again/'))
      body = fromDisk(join(ROOT, 'node_modules', 'scorm-again', 'dist'), path.slice('/scorm-again/'.length));
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((ok) =>
    server!.listen(0, '127.0.0.1', () => {
      const address = server!.address();
      ok(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  workDir = mkdtempSync(join(tmpdir(), 'frontline-scorm-e2e-'));
  const zip = join(workDir, 'frontline-first-shift-en-scorm.zip');
  // The package command itself, on the production build: one scenario, in English.
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const built = spawnSync(
    process.execPath,
    [tsx, 'tools/scorm/build.ts', '--from', 'dist', '--scenario', 'first-shift', '--lang', 'en', '--out', zip],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
  );
  if (built.status !== 0) throw new Error(`build:scorm failed (${built.status}):\n${built.stdout}\n${built.stderr}`);
  const bytes = readFileSync(zip);
  zipBytes = bytes.byteLength;
  base = await serve(unzipSync(new Uint8Array(bytes)));
  browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
  });
}, 300_000);
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function openLms(): Promise<{ page: Page; game: FrameLocator; errors: string[]; warnings: string[] }> {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    if (m.text().includes('[Frontline SCORM]')) warnings.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${base}/lms/host.html`);
  return { page, game: page.frameLocator('#sco'), errors, warnings };
}

const calls = (page: Page): Promise<Call[]> => page.evaluate(() => (window as unknown as { lms: { calls: Call[] } }).lms.calls);
const lastSet = (page: Page, element: string, launch?: number): Promise<string | null> =>
  page.evaluate(
    ([el, n]) =>
      (window as unknown as { lms: { lastSet(e: string, n?: number): string | null } }).lms.lastSet(el as string, n as number | undefined),
    [element, launch] as const,
  );

const REPLY = 'Thank you for your message! We are looking into it and will reply in private with the details.';

/**
 * Answers the next waiting post (its first option, or a written reply) — or, when none waits,
 * skips the quiet time with the desk's button. The buttons are clicked in the page (element.click)
 * rather than through Playwright's actionability checks: post cards are redrawn as their numbers
 * move, which on a loaded machine keeps a pointer click waiting. Keyboard play is covered by play.test.ts.
 */
async function answerOne(game: FrameLocator, how: 'option' | 'write'): Promise<boolean> {
  const open = game.locator('[data-post-state="open"] [data-answer]');
  if ((await open.count()) === 0) {
    await game.locator('[data-action="skip"]').evaluateAll((els) => {
      const b = els[0] as HTMLButtonElement | undefined;
      if (b && !b.disabled) b.click();
    });
    return false;
  }
  const id = await open
    .first()
    .evaluate(
      (b) => {
        (b as HTMLElement).click();
        return b.getAttribute('data-answer');
      },
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => null);
  if (!id) return false;
  const sent = await game
    .locator('[data-replies]')
    .evaluate(
      (panel, [kind, text]) => {
        if (kind === 'write') {
          const area = panel.querySelector<HTMLTextAreaElement>('textarea[data-reply-text]');
          const send = panel.querySelector<HTMLElement>('[data-reply-send]');
          if (!area || !send) return false;
          area.value = text;
          send.click();
          return true;
        }
        const option = panel.querySelector<HTMLElement>('button[data-option]:not([data-action="ignore"])');
        option?.click();
        return !!option;
      },
      [how, REPLY] as const,
      { timeout: 5_000 },
    )
    .catch(() => false);
  if (!sent) return false;
  try {
    await expect.poll(() => game.locator(`[data-post="${id}"]`).getAttribute('data-post-state'), { timeout: 15_000 }).not.toBe('open');
    return true;
  } catch {
    return false;
  }
}

/** What the learner sees of their decisions: each post, its state and the answers under it. */
const decisionsShown = (game: FrameLocator) =>
  game
    .locator('[data-post]')
    .evaluateAll((els) =>
      els
        .map((e) => `${e.getAttribute('data-post')}|${e.getAttribute('data-post-state')}|${e.querySelector('.answers')?.textContent ?? ''}`)
        .sort(),
    );

describe('the SCORM 1.2 package in an LMS (scorm-again)', () => {
  it('is read from its manifest, reports the debrief’s score and status, suspend data while playing, then session time and exit', async () => {
    const { page, game, errors, warnings } = await openLms();
    const manifest = await page.evaluate(() =>
      (
        window as unknown as { lms: { readManifest(): Promise<{ launch: string; mastery: string; scormtype: string; files: string[] }> } }
      ).lms.readManifest(),
    );
    console.info(`package: ${(zipBytes / 1024).toFixed(0)} KB zipped, ${manifest.files.length} files, launch ${manifest.launch}`);
    expect(manifest).toMatchObject({ launch: 'index.html?scenario=first-shift&lang=en', mastery: '60', scormtype: 'sco' });
    await page.evaluate(() => (window as unknown as { lms: { launch(q: string): Promise<void> } }).lms.launch('&timescale=20&seed=42'));

    // The deep link in the manifest opens the scenario's briefing.
    await game.locator('[data-screen="briefing"] [data-action="start"]').click({ timeout: 60_000 });
    await game.locator('[data-screen="desk"]').waitFor({ timeout: 30_000 });
    const started = await calls(page);
    expect(started.filter((c) => c.name === 'LMSInitialize')).toEqual([
      expect.objectContaining({ args: [''], result: 'true', error: '0' }),
    ]);
    expect(started.find((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status')?.args[1]).toBe('incomplete');
    for (const el of ['cmi.core.student_name', 'cmi.student_data.mastery_score', 'cmi.core.lesson_status', 'cmi.suspend_data']) {
      expect(
        started.some((c) => c.name === 'LMSGetValue' && c.args[0] === el),
        el,
      ).toBe(true);
    }

    let guard = 0;
    let suspendDuringPlay: string | null = null;
    while ((await game.locator('[data-screen="debrief"]').count()) === 0 && guard++ < 400) {
      if (!(await answerOne(game, guard % 3 === 1 ? 'write' : 'option'))) await page.waitForTimeout(300);
      suspendDuringPlay ??= await lastSet(page, 'cmi.suspend_data');
    }
    await game.locator('[data-screen="debrief"]').waitFor({ timeout: 120_000 });
    const overall = Number(await game.locator('[data-score="overall"]').textContent());
    expect(Number.isInteger(overall)).toBe(true);

    // While playing: the run went to the suspend data, compressed and within SCORM 1.2's limit.
    expect(suspendDuringPlay).toMatch(/^FL1:[A-Za-z0-9+/=]+$/);
    const suspends = (await calls(page)).filter((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data');
    console.info(`suspend data: ${suspends.length} writes, longest ${Math.max(...suspends.map((c) => c.args[1]!.length))} chars`);
    expect(Math.max(...suspends.map((c) => c.args[1]!.length))).toBeLessThanOrEqual(4096);
    expect((await calls(page)).filter((c) => c.name === 'LMSCommit').length).toBeGreaterThan(1);

    // At the debrief: the score and the status against the mastery score, committed.
    expect(await lastSet(page, 'cmi.core.score.raw')).toBe(String(overall));
    expect(await lastSet(page, 'cmi.core.score.min')).toBe('0');
    expect(await lastSet(page, 'cmi.core.score.max')).toBe('100');
    expect(await lastSet(page, 'cmi.core.lesson_status')).toBe(overall >= 60 ? 'passed' : 'failed');
    const afterResult = await calls(page);
    const statusAt = afterResult.map((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status').lastIndexOf(true);
    expect(afterResult.slice(statusAt).some((c) => c.name === 'LMSCommit' && c.result === 'true')).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { API: { cmi: { core: { score: { raw: string } } } } }).API.cmi.core.score.raw),
    ).toBe(String(overall));

    // Leaving: session time, a normal exit (the lesson is finished), commit, finish.
    await page.evaluate(() => (window as unknown as { lms: { close(): Promise<void> } }).lms.close());
    await expect.poll(async () => (await calls(page)).some((c) => c.name === 'LMSFinish'), { timeout: 15_000 }).toBe(true);
    const all = await calls(page);
    expect(await lastSet(page, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(await lastSet(page, 'cmi.core.session_time')).not.toBe('0000:00:00.00');
    expect(await lastSet(page, 'cmi.core.exit')).toBe('');
    expect(all.slice(-2).map((c) => `${c.name}=${c.result}`)).toEqual(['LMSCommit=true', 'LMSFinish=true']);
    expect(all.filter((c) => c.error !== '0')).toEqual([]);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  }, 420_000);

  it('resumes a learner mid-scenario from the suspend data alone, with the same decisions', async () => {
    const { page, game, errors, warnings } = await openLms();
    await page.evaluate(() => (window as unknown as { lms: { launch(q: string): Promise<void> } }).lms.launch('&timescale=20&seed=7'));
    await game.locator('[data-screen="briefing"] [data-action="start"]').click({ timeout: 60_000 });
    await game.locator('[data-screen="desk"]').waitFor({ timeout: 30_000 });
    let made = 0;
    for (let guard = 0; made < 3 && guard < 300; guard++) {
      if (await answerOne(game, made === 1 ? 'write' : 'option')) made++;
      else await page.waitForTimeout(200);
    }
    expect(made).toBe(3);
    await game.locator('[data-action="pause"]').click();
    const before = await decisionsShown(game);
    const clockBefore = await game.locator('[data-clock]').textContent();
    expect(before.filter((d) => d.includes('|answered|') || d.includes('|closed|')).length).toBeGreaterThanOrEqual(3);

    // The LMS closes the course; the learner comes back on another computer: no browser storage.
    await page.evaluate(() => (window as unknown as { lms: { close(): Promise<void> } }).lms.close());
    await expect.poll(async () => (await calls(page)).some((c) => c.name === 'LMSFinish'), { timeout: 15_000 }).toBe(true);
    expect(await lastSet(page, 'cmi.core.exit')).toBe('suspend');
    expect(await lastSet(page, 'cmi.core.lesson_status')).toBe('incomplete');
    const suspend = await lastSet(page, 'cmi.suspend_data');
    expect(suspend).toMatch(/^FL1:/);
    // What the LMS holds is the run: its seed and decisions, the written reply word for word.
    const held = decodeSuspend(suspend!)!.run!;
    expect(held).toMatchObject({ scenario: 'first-shift', seed: 7, locale: 'en', mode: 'training' });
    expect(held.log.filter((e) => e.type === 'option' || e.type === 'free')).toHaveLength(3);
    expect(held.log.some((e) => e.type === 'free' && e.text === REPLY)).toBe(true);
    // Another machine: nothing of this browser's saves (localStorage, and the runs kept in IndexedDB).
    await page.evaluate(() => localStorage.clear());
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          // Blocked while the game holds it open: deleted as soon as the relaunch closes it, before the new game opens it.
          const request = indexedDB.deleteDatabase('frontline');
          request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
        }),
    );

    await page.evaluate(() => (window as unknown as { lms: { launch(q: string): Promise<void> } }).lms.launch('&timescale=20&seed=7'));
    await game.locator('[data-screen="desk"]').waitFor({ timeout: 60_000 });
    expect(await decisionsShown(game)).toEqual(before);
    expect(await game.locator('[data-clock]').textContent()).toBe(clockBefore);
    const second = (await calls(page)).filter((c) => c.launch === 2);
    expect(second.find((c) => c.name === 'LMSGetValue' && c.args[0] === 'cmi.suspend_data')?.result).toBe(suspend);
    expect(second.find((c) => c.name === 'LMSGetValue' && c.args[0] === 'cmi.core.lesson_status')?.result).toBe('incomplete');
    // Already incomplete: not set again.
    expect(second.some((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status')).toBe(false);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  }, 420_000);
});
