/**
 * The production build served by Frontline Hub itself (server/, on an in-memory database): the game
 * and teacher pages load from the hub under their CSP (header and meta), and hub.html shows the key the
 * hub signs with, read from the hub's API on the same origin (connect-src 'self'), in both languages;
 * opened without a hub, it says it needs one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../server/hub';
import { servedHub } from '../support/hub';
import { axeViolations, useHarness, watchErrors } from '../support/browser';

const { harness, context } = useHarness();
let hub: Hub;
let base: string;

beforeAll(async () => {
  ({ hub, base } = await servedHub());
}, 120_000);
afterAll(async () => hub?.close());

describe('the build served by the hub', () => {
  it('shows the hub’s signing key on hub.html, under the CSP, in English and French', async () => {
    const page = await (await context()).newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${base}hub.html?lang=en`);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
    const key = page.locator('[data-hub-public-key]');
    await expect.poll(() => key.textContent()).toBe(hub.ctx.key.publicKey);
    expect(await page.locator('[data-hub-key-id]').textContent()).toBe(hub.ctx.key.id);
    expect(await page.locator('h1').textContent()).toBe('Frontline Hub');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('button[data-lang="fr"]').click();
    await expect.poll(() => page.locator('#hub-key-title').textContent()).toBe('La clé de signature du hub');
    expect(errors).toEqual([]);
  });

  it('serves the game and the teacher pages from the same origin', async () => {
    const page = await (await context()).newPage();
    const errors = watchErrors(page);
    for (const path of ['index.html', 'verify.html?lang=en', 'dashboard.html?lang=en', 'exam.html?lang=en']) {
      const res = await page.goto(`${base}${path}`);
      expect(res?.status(), path).toBe(200);
    }
    expect(errors).toEqual([]);
  });

  it('says it needs a hub when opened elsewhere', async () => {
    const page = await (await context()).newPage();
    await page.goto(new URL('hub.html?lang=en', harness().url).toString());
    await expect.poll(() => page.locator('[data-hub-none]').textContent()).toContain('This page works on a Frontline Hub');
  });
});
