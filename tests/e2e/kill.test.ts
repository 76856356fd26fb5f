/**
 * A browser killed outright (SIGKILL, every process of it) one second after a decision: the same
 * profile, reopened, finds the decision. Five times in a row, on one run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChrome, useHarness } from '../support/browser';

const { harness } = useHarness();
const profile = mkdtempSync(join(tmpdir(), 'frontline-kill-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** Chromium on its own, in its own process group, so that one signal kills all of it. */
async function launch(): Promise<{ child: ChildProcess; browser: Browser; page: Page }> {
  const child = spawn(
    findChrome(),
    ['--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', ...CHROME_ARGS, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${out}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { child, browser, page };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

/** Answers the first post waiting for an answer; its id. */
async function decide(page: Page): Promise<string> {
  for (let guard = 0; guard < 100; guard++) {
    const open = page.locator('[data-post-state="open"]');
    if ((await open.count()) > 0) {
      const id = (await open.first().getAttribute('data-post'))!;
      try {
        await page.locator(`[data-post="${id}"] [data-answer]`).click({ timeout: 2_000 });
        await page.locator('[data-replies] button[data-option]:not([data-action="ignore"])').first().click({ timeout: 2_000 });
        await page.locator(`[data-post="${id}"]:not([data-post-state="open"])`).waitFor({ timeout: 2_000 });
        return id;
      } catch {
        // Its deadline passed meanwhile: take the next one.
      }
    }
    await page.keyboard.press('s');
    await page.waitForTimeout(200);
  }
  throw new Error('no post to answer');
}

describe('a killed browser', () => {
  it('keeps each decision made a second before it was killed (five times)', async () => {
    let last: string | null = null;
    for (let round = 0; round < 6; round++) {
      const { child, browser, page } = await launch();
      try {
        if (round === 0) {
          await page.goto(new URL('?scenario=first-shift&lang=en&timescale=10&seed=3', harness().url).toString());
          await page.locator('[data-screen="briefing"] [data-action="start"]').click();
        } else {
          await page.goto(new URL('?lang=en&timescale=10', harness().url).toString());
        }
        await page.locator('[data-screen="desk"]').waitFor({ timeout: 30_000 });
        if (last) {
          // The decision made just before the kill is there.
          await page.locator(`[data-post="${last}"]`).waitFor({ timeout: 10_000 });
          expect(await page.locator(`[data-post="${last}"]`).getAttribute('data-post-state'), `round ${round}`).not.toBe('open');
        }
        if (round === 5) break;
        if ((await page.locator('[data-action="pause"][aria-pressed="true"]').count()) > 0) await page.keyboard.press('p');
        last = await decide(page);
        await page.waitForTimeout(1_000);
      } finally {
        await kill(child);
        await browser.close().catch(() => {});
      }
    }
  });
});
