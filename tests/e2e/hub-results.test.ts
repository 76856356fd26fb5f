/**
 * verify.html with results signed by a Frontline Hub, on the production build: a genuine signed result
 * verifies against the hub key typed, a tampered one and one signed by another key do not, and without
 * a key an intact signature is not taken as the hub's; the exam report inside is replayed as usual.
 * axe on the new section, and French.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Exam } from '../../src/records/exam-file';
import { hubKeyFrom, signHubResult } from '../../src/engine/hub-signature';
import { HUB_RESULT_FORMAT, HUB_RESULT_VERSION } from '../../src/records/hub-result';
import { shippedScenario } from '../support/long-run';
import { examAttempt } from '../support/exam-reports';
import { axeViolations, useHarness, watchErrors } from '../support/browser';

const { harness, context } = useHarness();

const EXAM: Exam = {
  format: 'frontline-exam',
  version: 2,
  id: 'hub-screening',
  title: 'Hub screening',
  locale: 'en',
  seed: 9,
  scenarios: ['first-shift'],
  minutesPerScenario: 30,
  minutesTotal: 30,
  passMark: 50,
  freeTextRequired: false,
  showScores: false,
  candidate: ['name'],
  accommodation: 1,
  review: false,
  variants: 'per-candidate',
};

const hubKey = hubKeyFrom(new Uint8Array(32).fill(3));
const otherKey = hubKeyFrom(new Uint8Array(32).fill(4));
const report = examAttempt([shippedScenario('first-shift')], EXAM, { candidate: { name: 'Ada' }, strategy: 'best' });
const body = {
  format: HUB_RESULT_FORMAT,
  version: HUB_RESULT_VERSION,
  attempt: {
    id: 'a1',
    number: 1,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    events: 9,
    lateEvents: 1,
    maxGapMs: 42_000,
    problems: [],
  },
  report,
};
const signed = signHubResult(body, hubKey);
const tampered = { ...structuredClone(signed), report: { ...signed.report, passed: !signed.report.passed } };
const elsewhere = signHubResult(body, otherKey);

const file = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });

async function open(lang: 'en' | 'fr'): Promise<{ page: Page; errors: string[] }> {
  const ctx = await context({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(`verify.html?lang=${lang}`, harness().url).toString());
  await page.locator('[data-dropzone]').waitFor();
  return { page, errors };
}

const status = (page: Page, name: string) => page.locator(`[data-hub-result][data-file="${name}"]`).getAttribute('data-hub-result');

describe('verify.html with hub results', () => {
  it('verifies a signed result against the hub key given, and refuses a changed or foreign one', async () => {
    const { page, errors } = await open('en');
    expect(await page.locator('[data-hub-section]').isHidden()).toBe(true);
    await page
      .locator('input[data-files]')
      .setInputFiles([file('ada.json', signed), file('ada-edited.json', tampered), file('ada-elsewhere.json', elsewhere)]);
    await expect.poll(() => page.locator('[data-hub-results] > li').count(), { timeout: 60_000 }).toBe(3);
    // No key yet: intact is not "your hub's".
    expect(await status(page, 'ada.json')).toBe('no-key');
    expect(await status(page, 'ada-edited.json')).toBe('bad-signature');
    await page.locator('[data-hub-key-input]').fill('not a key');
    await page.locator('[data-hub-key-add]').click();
    expect(await page.locator('#hub-key-error').isVisible()).toBe(true);
    expect(await page.locator('[data-hub-key-input]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('[data-hub-key-input]').fill(hubKey.publicKey.toUpperCase());
    await page.locator('[data-hub-key-input]').press('Enter');
    await expect.poll(() => status(page, 'ada.json')).toBe('verified');
    expect(await status(page, 'ada-edited.json')).toBe('bad-signature');
    expect(await status(page, 'ada-elsewhere.json')).toBe('other-hub');
    const card = page.locator('[data-hub-result][data-file="ada.json"]');
    expect(await card.locator('[data-hub-status]').textContent()).toContain(`✓ Signed by your hub (key ${hubKey.id})`);
    expect(await card.locator('[data-hub-events]').textContent()).toBe('9 events received, of which 1 late (longest gap 42 s).');
    // A changed file shows no figures: they are whatever the edit made them.
    expect(await page.locator('[data-hub-result][data-file="ada-edited.json"] [data-hub-overall]').count()).toBe(0);
    // The exam reports inside are replayed like any other (the result signed elsewhere holds the same report: one card).
    await expect.poll(() => page.locator('[data-exam-results] > li').count(), { timeout: 60_000 }).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('speaks French', async () => {
    const { page, errors } = await open('fr');
    await page.locator('input[data-files]').setInputFiles([file('ada.json', signed)]);
    await page.locator('[data-hub-results] > li').waitFor({ timeout: 60_000 });
    await page.locator('[data-hub-key-input]').fill(hubKey.publicKey);
    await page.locator('[data-hub-key-add]').click();
    await expect.poll(() => status(page, 'ada.json')).toBe('verified');
    expect(await page.locator('#hub-results-title').textContent()).toBe('Résultats signés par un Frontline Hub');
    expect(await page.locator('[data-hub-status]').textContent()).toContain('Signé par votre hub');
    expect(await page.locator('[data-hub-events]').textContent()).toBe('9 événements reçus, dont 1 en retard (plus long écart : 42 s).');
    expect(errors).toEqual([]);
  });
});
