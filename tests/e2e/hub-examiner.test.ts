/**
 * The examiner's space on hub.html, served by a real hub (in-memory database, a free port) with the
 * production build: sign in by keyboard, publish an exam file, make links for a list of candidates,
 * follow the attempts (a candidate started through the API shows as under way, then finished with its
 * result), grant a new attempt, download the signed result, export and erase a candidate's data, publish
 * from the exam builder the hub serves, sign out; under the CSP, in French and English, with no serious
 * or critical axe violation.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../server/hub';
import { addUser } from '../../server/auth/users';
import { verifyHubResult } from '../../src/engine/hub-signature';
import { anExam, servedHub } from '../support/hub';
import { axeViolations, useHarness, watchErrors } from '../support/browser';

const { harness, context } = useHarness();
const PASSWORD = 'examiner password 2026';
let hub: Hub;
let base: string;

beforeAll(async () => {
  ({ hub, base } = await servedHub());
  await addUser(hub.ctx.db, { email: 'exam@school.test', name: 'Eve Examiner', password: PASSWORD });
}, 120_000);
afterAll(async () => hub?.close());

const api = async (path: string, token: string, body?: unknown) => {
  const res = await fetch(base + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, data: (await res.json()) as Record<string, unknown> };
};

describe('the examiner’s space on the hub', () => {
  it('publishes an exam, makes links, follows attempts and handles a candidate’s data, by keyboard', async () => {
    const page = await (await context({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] })).newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}hub.html?lang=en`);
    const email = page.locator('#hub-email');
    await email.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A wrong password is refused in plain words.
    await email.fill('exam@school.test');
    await page.locator('#hub-password').fill('wrong password!!');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe('Wrong e-mail or password.');
    await page.locator('#hub-password').fill(PASSWORD);
    await page.locator('#hub-password').press('Enter');
    await page.locator('[data-hub-user="exam@school.test"]').waitFor();
    // The sign-in cookie is the hub's, HttpOnly: the page never reads it.
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // A file that is not an exam is refused with its fields named; the exam builder's file is published.
    const dir = mkdtempSync(join(tmpdir(), 'hub-exam-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...anExam(), passMark: 'x' }));
    writeFileSync(join(dir, 'exam.json'), JSON.stringify(anExam({ id: 'e2e-exam', title: 'Community manager, level 1' })));
    await page.locator('[data-hub-publish]').setInputFiles(join(dir, 'bad.json'));
    await expect.poll(() => page.locator('[data-publish-problems]').textContent()).toContain('passMark');
    await page.locator('[data-hub-publish]').setInputFiles(join(dir, 'exam.json'));
    await page.locator('[data-exam-key="e2e-exam"]').waitFor();
    expect(await page.locator('[data-progress]').textContent()).toBe('Exam “Community manager, level 1” published.');

    // Links for two candidates, each to copy; focus lands on the labels field, then on "copy all".
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hub-labels');
    await page.keyboard.type('Ada Lovelace\nGrace Hopper');
    await page.locator('[data-hub-invite]').press('Enter');
    const adaLink = page.locator('[data-hub-link="Ada Lovelace"]');
    await adaLink.waitFor();
    const url = await adaLink.inputValue();
    expect(url).toMatch(new RegExp(`^${base.replace(/[.]/g, '\\.')}#hub-exam=[0-9a-f-]{36}\\.`));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe('copy-all');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`Grace Hopper\t`);
    await expect.poll(() => page.locator('tr[data-candidate="Ada Lovelace"] [data-state]').textContent()).toBe('Link not opened yet');
    expect(await axeViolations(page)).toEqual([]);

    // Ada starts (as the game does, through the API): the table shows her under way once refreshed.
    const token = decodeURIComponent(url.split('#hub-exam=')[1]!);
    const started = await api('api/play/start', token, { candidate: { name: 'Ada' } });
    expect(started.status).toBe(200);
    const attempt = String(started.data.attempt);
    await page.locator('[data-refresh]').click();
    await expect
      .poll(() => page.locator('tr[data-candidate="Ada Lovelace"] [data-state]').textContent())
      .toBe('Under way: scenario 1 of 1');
    const next = await api('api/play/next', attempt, { scenario: 0 });
    expect(next.data.done).toBe(true);
    await page.locator('[data-refresh]').click();
    const row = page.locator('tr[data-candidate="Ada Lovelace"]');
    await expect.poll(() => row.locator('[data-state]').textContent()).toBe('Finished');
    expect(await row.locator('[data-result]').textContent()).toMatch(/^\d+\/100, (passed|not passed)$/);

    // The signed result downloads and verifies against the hub's key.
    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('[data-download-result]').click()]);
    const signed = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
    expect(verifyHubResult(signed, hub.ctx.key.publicKey)).toMatchObject({ ok: true, trusted: true });

    // A new attempt, granted from the table.
    await row.locator('[data-grant]').click();
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe('A new attempt was granted to Ada Lovelace.');
    expect((await api('api/play/start', token, { candidate: { name: 'Ada' } })).status).toBe(200);

    // GDPR: her data exported, then erased (after a confirmation); her link no longer opens anything.
    const [exported] = await Promise.all([page.waitForEvent('download'), row.locator('[data-export]').click()]);
    const data = JSON.parse(readFileSync((await exported.path())!, 'utf8')) as { format: string; attempts: unknown[] };
    expect(data.format).toBe('frontline-hub-candidate-export');
    expect(data.attempts).toHaveLength(2);
    page.once('dialog', (d) => void d.accept());
    await row.locator('[data-erase]').click();
    await expect.poll(() => page.locator('tr[data-candidate="Ada Lovelace"]').count()).toBe(0);
    expect((await api('api/play/exam', token)).status).toBe(401);

    // The exam builder served by the hub offers to publish there (the examiner is signed in).
    const builder = await page.context().newPage();
    await builder.goto(`${base}exam.html?lang=en`);
    writeFileSync(join(dir, 'built.json'), JSON.stringify(anExam({ id: 'from-builder', title: 'From the builder' })));
    await builder.locator('[data-exam-file]').setInputFiles(join(dir, 'built.json'));
    await builder.locator('[data-publish-to-hub]').click();
    await expect.poll(() => builder.locator('[data-hub-published]').getAttribute('data-hub-published')).toBe('ok');
    const keys = await hub.ctx.db.selectFrom('exams').select('exam_key').execute();
    expect(keys.map((k) => k.exam_key).sort()).toEqual(['e2e-exam', 'from-builder']);
    await builder.close();

    // French, then signing out brings the sign-in form back.
    await page.locator('button[data-lang="fr"]').click();
    await expect.poll(() => page.locator('#hub-attempts-title').textContent()).toBe('Candidats et tentatives');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-sign-out]').click();
    await page.locator('#hub-email').waitFor();
    expect(await page.locator('[data-progress]').textContent()).toBe('Vous êtes déconnecté.');
    expect((await page.request.get(`${base}api/exams`)).status()).toBe(401);
    // The refusals asked for above (401: signed out, a wrong password; 400: the bad file) are the hub's answers, not page errors.
    expect(errors.filter((e) => !/^401 |^400 \S+\/api\/exams$/.test(e))).toEqual([]);
  }, 120_000);

  it('does not offer to publish when the builder is not served by a hub', async () => {
    const page = await (await context()).newPage();
    await page.goto(new URL('exam.html?lang=en', harness().url).toString());
    const dir = mkdtempSync(join(tmpdir(), 'hub-exam-'));
    writeFileSync(join(dir, 'exam.json'), JSON.stringify(anExam()));
    await page.locator('[data-exam-file]').setInputFiles(join(dir, 'exam.json'));
    await page.locator('[data-download-exam]').waitFor();
    expect(await page.locator('[data-publish-to-hub]').count()).toBe(0);
  });
});
