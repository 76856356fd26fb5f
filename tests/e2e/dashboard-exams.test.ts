/**
 * Issue #18 on the production build: exam reports made in Node (first-shift played under the exam's
 * conditions, then buildExamReport), one with an edited overall, a session imported a second time on
 * its own, and the examiner's exam file, all dropped at once on dashboard.html: one row per attempt
 * with its exam-level verdict and the settings checked, the duplicate counted once, the fairness
 * table, the exam CSV, and axe with no serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Exam } from '../../src/records/exam-file';
import type { ExamReport } from '../../src/records/exam-report';
import { loadCharters, loadScenario } from '../../tools/scenarios/load';
import { examAttempt } from '../support/exam-reports';
import { type Harness, axeViolations, startHarness, stopHarness, watchErrors } from '../support/browser';

let h: Harness | undefined;
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await stopHarness(h);
});

const exam: Exam = {
  format: 'frontline-exam',
  version: 2,
  id: 'cm-screening',
  title: 'Community manager screening',
  locale: 'en',
  seed: 2026,
  scenarios: ['first-shift'],
  minutesPerScenario: 60,
  minutesTotal: 60,
  passMark: 50,
  freeTextRequired: false,
  showScores: false,
  candidate: ['name'],
  accommodation: 1,
  review: false,
  group: { label: 'Age band', choices: ['Under 30', '30 and over'] },
};

let attempts: Record<'ana' | 'ben' | 'cleo' | 'dan', ExamReport>;
let edited: ExamReport;

beforeAll(async () => {
  const root = join(process.cwd(), 'scenarios');
  const problems: string[] = [];
  const firstShift = loadScenario(join(root, 'first-shift'), loadCharters(join(root, 'charters'), problems), problems);
  if (!firstShift) throw new Error(problems.join('\n'));
  const play = (name: string, strategy: 'best' | 'worst' | 'first' | 'last', group?: string) =>
    examAttempt([firstShift], exam, { candidate: { name }, strategy, ...(group ? { group } : {}) });
  attempts = {
    ana: play('Ana Lopez', 'best', 'Under 30'),
    ben: play('Ben Okafor', 'worst', '30 and over'),
    cleo: play('Cléo Durand', 'last'),
    dan: play('Dan Faussaire', 'first', '30 and over'),
  };
  edited = structuredClone(attempts.dan);
  edited.overall = attempts.dan.overall === 100 ? 99 : 100;
  edited.passed = true;
  h = await startHarness();
});

const upload = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(content)),
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.on('request', (r) => {
    if (!r.url().startsWith(h!.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) errors.push(`request to ${r.url()}`);
  });
  await page.goto(new URL(path, h!.url).toString());
  await page.locator('[data-dropzone]').waitFor();
  return { page, errors };
}

describe('dashboard.html with exam reports', () => {
  it('shows a row per attempt, the duplicate once, the fairness table and the exam CSV, with no serious axe violation', async () => {
    const { page, errors } = await open('dashboard.html?lang=en');
    expect(await page.locator('#exam-results').isHidden()).toBe(true);
    await page
      .locator('input[type="file"]')
      .setInputFiles([
        upload('ana.json', attempts.ana),
        upload('ana-session.json', attempts.ana.reports[0]),
        upload('ben.json', attempts.ben),
        upload('cleo.json', attempts.cleo),
        upload('dan.json', edited),
        upload('exam.json', exam),
      ]);
    const rows = page.locator('[data-exam-table] tbody tr[data-exam-row]');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(4);
    // The exam file arrives last: the attempts are checked again against it.
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-settings'))), { timeout: 30_000 })
      .toEqual(['matched', 'matched', 'matched', 'matched']);
    expect(await page.locator('[data-examiner-files] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual([
      'exam',
    ]);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent,
        verified: tr.getAttribute('data-verified'),
        overall: tr.querySelector('[data-overall]')!.getAttribute('data-overall'),
        verification: tr.querySelector('[data-verification]')!.textContent,
        fingerprint: tr.querySelector('[data-fingerprint]')!.textContent,
      })),
    );
    expect(table.map((r) => [r.name, r.verified])).toEqual([
      ['Ana Lopez', 'true'],
      ['Ben Okafor', 'true'],
      ['Cléo Durand', 'true'],
      ['Dan Faussaire', 'false'],
    ]);
    // The edited overall: not verified as a whole, though its one session replays; the result shown is the replay's.
    const dan = table[3]!;
    expect(dan.verification).toMatch(/^✗ Not verified: \d+ problems?$/);
    expect(dan.overall).toBe(String(attempts.dan.overall));
    expect(await rows.nth(3).locator('[data-claimed]').getAttribute('data-claimed')).toBe(String(edited.overall));
    expect(new Set(table.map((r) => r.fingerprint)).size).toBe(1);
    expect(await page.locator('[data-files-list] li[data-file="dan.json › 1"]').getAttribute('data-status')).toBe('verified');

    // The session imported on its own and inside Ana's exam report is counted once, and said so.
    expect(await page.locator('[data-files-list] li[data-file="ana-session.json"]').getAttribute('data-same-session')).toBe('ana.json › 1');
    expect(await page.locator('[data-files-summary]').textContent()).toBe(
      '5 file(s): 4 verified, 0 not verified, 0 refused, 1 duplicate(s).',
    );
    expect(await page.locator('[data-results-table] tbody tr[data-learner]').count()).toBe(4);

    // Details from the keyboard: the sessions, the problems, the signals.
    const toggle = rows.nth(3).locator('[data-exam-details-toggle]');
    expect(await toggle.getAttribute('aria-label')).toBe('Details of the attempt by Dan Faussaire');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const details = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await details.isVisible()).toBe(true);
    expect(await details.locator('[data-exam-session="first-shift"]').getAttribute('data-status')).toBe('verified');
    expect(await details.locator('[data-exam-mismatches]').textContent()).toContain(`overall: the report says ${edited.overall}`);
    expect(await details.locator('[data-signals]').count()).toBe(1);

    // Fairness: verified attempts only (Dan's is left out), by language and by group answer.
    const passed = (r: ExamReport) => r.overall >= exam.passMark;
    const fair = page.locator('[data-fairness-exam="cm-screening"]');
    expect(await fair.locator('[data-fairness-basis]').getAttribute('data-fairness-basis')).toBe('3');
    const groups = await fair.locator('[data-fairness-group] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        kind: tr.getAttribute('data-group-kind'),
        group: tr.getAttribute('data-group'),
        n: tr.getAttribute('data-n'),
        flagged: tr.getAttribute('data-flagged'),
        check: tr.querySelector('[data-four-fifths]')!.textContent,
        sample: tr.querySelector('[data-sample]')!.textContent,
      })),
    );
    expect(groups.map((g) => [g.kind, g.group, g.n])).toEqual([
      ['answer', 'Under 30', '1'],
      ['answer', '30 and over', '1'],
      ['not-answered', '', '1'],
    ]);
    const rates = [attempts.ana, attempts.ben, attempts.cleo].map((r) => (passed(r) ? 1 : 0));
    const best = Math.max(...rates);
    for (const [i, g] of groups.entries()) {
      const flagged = best > 0 && rates[i]! / best < 0.8;
      expect(g.flagged).toBe(String(flagged));
      expect(g.check).toBe(best === 0 ? 'not applicable' : flagged ? '⚑ Under four fifths' : '✓ Four fifths or more');
      expect(g.sample).toBe('⚠ Too small to conclude (under 10)');
    }
    expect(
      await fair.locator('[data-fairness-language] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-n'))),
    ).toEqual(['3']);

    // The exam CSV: the columns asked for, one row per attempt.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-exams]').click()]);
    expect(download.suggestedFilename()).toMatch(/^frontline-exam-results-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8')
      .slice(1)
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      '"Candidate","Exam id","Exam fingerprint","Overall score","Passed","Provisional / reviewed","Verified","Settings check","Signals (flags)","Group answer","File"',
    );
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.startsWith('"Dan Faussaire"'))).toMatch(/"no","matches the exam file",.*"30 and over","dan\.json"$/);

    expect(await axeViolations(page)).toEqual([]);

    // The same in French, on the language switch.
    await page.locator('[data-lang="fr"]').click();
    expect(await page.locator('#exam-results-title').textContent()).toBe('Résultats d’examen');
    expect(await page.locator('#fairness-title').textContent()).toBe('Équité de l’examen');
    expect(await rows.nth(0).locator('[data-settings-check]').textContent()).toBe('✓ Conformes à votre fichier d’examen');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
