/**
 * A candidate sits an exam on a real hub (in-memory database, a free port, the production build) in
 * Chromium: the invitation link opens the exam, the hub starts it, each decision reaches the hub as it
 * is made, a network cut shows a calm notice while the acts wait and are sent when the line is
 * back, a reload carries on, the hub's clock ends the exam and the game shows the hub's result; the
 * used link opened in another browser is refused in plain words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../server/hub';
import { addUser } from '../../server/auth/users';
import { anExam, servedHub } from '../support/hub';
import { axeViolations, useHarness, watchErrors } from '../support/browser';

const { context } = useHarness();
let hub: Hub;
let base: string;
let token: string;
/** The hub's clock runs ahead of the wall clock by this much: the test moves it, with the browser's, past the exam's minute. */
const ahead = { ms: 0 };

beforeAll(async () => {
  ({ hub, base } = await servedHub(() => Date.now() + ahead.ms));
  await addUser(hub.ctx.db, { email: 'exam@school.test', name: 'Eve', password: 'examiner password 2026' });
  const login = await hub.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'exam@school.test', password: 'examiner password 2026' },
  });
  const cookie = `frontline_hub=${login.cookies.find((c) => c.name === 'frontline_hub')!.value}`;
  // One minute for the scenario: the hub's clock ends it while the test watches.
  const exam = anExam({ id: 'e2e-candidate', minutesPerScenario: 1, minutesTotal: 1 });
  const published = await hub.app.inject({ method: 'POST', url: '/api/exams', headers: { cookie }, payload: { exam } });
  const made = await hub.app.inject({
    method: 'POST',
    url: `/api/exams/${(published.json() as { id: string }).id}/invitations`,
    headers: { cookie },
    payload: { labels: ['Ada'] },
  });
  token = (made.json() as { invitations: { token: string }[] }).invitations[0]!.token;
}, 120_000);
afterAll(async () => hub?.close());

const stored = async () =>
  Number(
    (
      await hub.ctx.db
        .selectFrom('attempt_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Answers the first open post with its first ready-made option. */
async function answer(page: Page): Promise<void> {
  for (let guard = 0; guard < 100; guard++) {
    const open = page.locator('[data-post-state="open"] [data-answer]').first();
    if ((await open.count()) === 0) {
      const skip = page.locator('[data-action="skip"]:not([disabled])');
      if (await skip.count()) await skip.click().catch(() => undefined);
      else await page.waitForTimeout(150);
      continue;
    }
    try {
      await open.click({ timeout: 5_000 });
      await page.locator('[data-replies] button[data-option]').first().click({ timeout: 5_000 });
      return;
    } catch {
      // redrawn under the pointer: look again
    }
  }
  throw new Error('no post to answer');
}

describe('an exam sat on a hub', () => {
  it('is played from its link, sent as it goes through a network cut and a reload, and ends with the hub’s result', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    // The browser's clock is Playwright's: it runs as the wall clock until the test moves it forward.
    await page.clock.install();
    await page.goto(`${base}?lang=en#hub-exam=${token}`);
    await page.locator('[data-screen="exam"]').waitFor();
    expect(await page.locator('h1').first().textContent()).toContain('Hub exam');
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Full name').press('Enter');
    await page.locator('[data-screen="briefing"]').waitFor();
    await page.locator('[data-action="start"]').press('Enter');
    await page.locator('[data-screen="desk"]').waitFor();

    await answer(page);
    await expect.poll(stored, { timeout: 10_000 }).toBe(1);

    // The network is cut: what the candidate does waits (here, leaving the page a moment, which an exam
    // logs), and the candidate is told calmly.
    await ctx.setOffline(true);
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const notice = page.locator('[data-hub-offline]');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.textContent()).toContain('Connection lost — your answers are kept and will be sent.');
    expect(await axeViolations(page)).toEqual([]);
    expect(await stored()).toBe(1);
    await ctx.setOffline(false);
    await notice.waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await stored()).toBe(2);

    // A reload carries on at the desk, on the same attempt.
    await page.reload();
    await page.locator('[data-screen="desk"]').waitFor();

    // The hub's minute runs out (the hub's clock and the browser's both moved past it, rather than waited
    // for): the game closes the scenario and shows the hub's result.
    ahead.ms = 61_000;
    await page.clock.fastForward(61_000);
    const end = page.locator('[data-hub-end="done"]');
    await end.waitFor({ timeout: 20_000 });
    const result = await hub.ctx.db.selectFrom('results').select(['overall', 'passed']).executeTakeFirstOrThrow();
    expect(await page.locator('[data-score="overall"]').textContent()).toBe(String(result.overall));
    expect(await page.locator('[data-screen="exam-end"]').textContent()).toContain('you have no file to send');
    expect(await page.locator('[data-action="download-exam-report"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);

    // The same link in another browser: refused in plain words.
    const other = await (await context()).newPage();
    await other.goto(`${base}?lang=en#hub-exam=${token}`);
    await expect
      .poll(() => other.locator('[data-screen="error"]').textContent(), { timeout: 15_000 })
      .toContain('This exam link was already used');
  }, 180_000);
});
