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
import type { PlayableScenario } from '../support/reports';
import { shippedScenario } from '../support/long-run';
import { shippedReplyModel } from '../../tools/analysis/paths';
import { examFingerprint } from '../../src/engine/fingerprint';
import { makeReview, reportHash, reviewableReplies } from '../../src/pages/review';
import type { ScenarioLookup } from '../../src/pages/check';
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
  variants: 'per-candidate',
  group: { label: 'Age band', choices: ['Under 30', '30 and over'] },
};

let attempts: Record<'ana' | 'ben' | 'cleo' | 'dan', ExamReport>;
let edited: ExamReport;
let firstShiftScenario: PlayableScenario;

beforeAll(async () => {
  const root = join(process.cwd(), 'scenarios');
  const problems: string[] = [];
  const firstShift = loadScenario(join(root, 'first-shift'), loadCharters(join(root, 'charters'), problems), problems);
  if (!firstShift) throw new Error(problems.join('\n'));
  firstShiftScenario = firstShift;
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
    // Files and sessions counted apart (an exam report is one file holding a session per scenario).
    expect(await page.locator('[data-files-summary]').textContent()).toBe(
      '5 files imported. 4 of them are exam reports, holding one session per scenario. Sessions: 5 — verified: 4, not verified: 0, unreadable: 0, counted once (the same session as in another file): 1.',
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
      '"Candidate","E-mail","Exam id","Exam fingerprint","Overall score","Passed","Provisional / reviewed","Verified","Settings check","Signals (flags)","Group answer","File"',
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

  it('checks against a typed fingerprint, says what an extra-time link and an edited copy are, and applies a review beyond the exam table', async () => {
    // A candidate sent the exam's ×1.5 link; an edited copy of Ana's report (pass mark raised); and another exam,
    // with a review required, whose candidate wrote a reply the rules read as a promise, which the examiner overruled.
    const extra: Exam = { ...exam, accommodation: 1.5 };
    const eve = examAttempt([firstShiftScenario], extra, { candidate: { name: 'Eve Extra' }, strategy: 'best', group: 'Under 30' });
    const lowered = structuredClone(attempts.ana);
    lowered.exam.passMark = 95;
    lowered.passed = lowered.overall >= 95;
    const defect = shippedScenario('defect-crisis');
    const replyModel = shippedReplyModel();
    const lookup: ScenarioLookup = (id, locale) =>
      Promise.resolve(
        id === 'defect-crisis' && defect.stories[locale]
          ? { manifest: defect.manifest, charter: defect.charter, story: defect.stories[locale], replyModel }
          : null,
      );
    const reviewExam: Exam = { ...exam, id: 'cm-review', title: 'Reviewed screening', seed: 5, scenarios: ['defect-crisis'], review: true };
    const rita = examAttempt([defect], reviewExam, {
      candidate: { name: 'Rita Review' },
      strategy: 'best',
      written: { p4: 'Hi Noah, full refund by Friday 14 March for every affected customer, you have our word!' },
      gap: (i) => 14_000 + ((i * 7_919) % 23_000),
      replyModel,
    });
    const target = {
      file: 'rita.json',
      kind: 'exam-report' as const,
      hash: reportHash(JSON.stringify(rita))!,
      sessions: rita.reports,
      exam: reviewExam,
    };
    const reply = reviewableReplies(target).find((r) => r.postId === 'p4')!;
    expect(reply.findings.map((f) => f.ruleId)).toContain('no-promise');
    const review = await makeReview(
      target,
      [
        {
          session: 0,
          decision: reply.decision,
          postId: 'p4',
          findings: [{ ruleId: 'no-promise', verdict: 'overruled' }],
          note: 'Approved gesture.',
        },
      ],
      lookup,
      { examiner: 'A. Examiner', at: '2026-11-24T10:00:00.000Z' },
    );

    const { page, errors } = await open('dashboard.html?lang=en');
    expect(await page.locator('h1').textContent()).toBe('Results dashboard');
    expect(await page.locator('a[data-nav="exam"]').getAttribute('href')).toBe('./exam.html?lang=en');
    await page
      .locator('input[type="file"]')
      .setInputFiles([
        upload('ana.json', attempts.ana),
        upload('ana-edited.json', lowered),
        upload('eve.json', eve),
        upload('rita.json', rita),
        upload('rita-review.json', review),
      ]);
    const rows = page.locator('[data-exam-table] tbody tr[data-exam-row]');
    await expect.poll(() => rows.count(), { timeout: 90_000 }).toBe(4);
    const row = (file: string) => page.locator(`[data-exam-table] tbody tr[data-exam-row][data-file="${file}"]`);
    // Without the examiner's exam: never a plain ✓.
    await expect.poll(() => row('ana.json').getAttribute('data-standing'), { timeout: 30_000 }).toBe('unchecked');
    expect(await row('ana.json').locator('[data-verification]').textContent()).toBe(
      '⚠ Replay verified — exam settings not checked (add your exam file)',
    );

    // A fingerprint typed, from the keyboard, as on verify.html.
    const fp = page.locator('[data-fingerprint-input]');
    await fp.fill('nope');
    await fp.press('Enter');
    expect(await fp.getAttribute('aria-invalid')).toBe('true');
    await fp.fill(examFingerprint(exam));
    await fp.press('Enter');
    await expect.poll(() => row('ana.json').getAttribute('data-settings'), { timeout: 30_000 }).toBe('matched');
    expect(await row('eve.json').getAttribute('data-settings')).toBe('other-exam');
    expect(await row('eve.json').locator('[data-settings-check]').textContent()).toBe(
      '⚠ No fingerprint you typed matches: another exam, or changed settings',
    );
    await page.locator('[data-typed-fingerprints] [data-examiner-remove]').click();
    await expect.poll(() => row('ana.json').getAttribute('data-settings'), { timeout: 30_000 }).toBe('unchecked');

    // The exam file: the extra-time link said as such; the edited copy named, the same attempt counted once.
    await page.locator('input[type="file"]').setInputFiles([upload('exam.json', exam)]);
    await expect.poll(() => row('eve.json').getAttribute('data-settings'), { timeout: 30_000 }).toBe('extra-time');
    expect(await row('eve.json').locator('[data-settings-check]').textContent()).toBe(
      '⚠ Matches your exam file, with extra time ×1.5, which that file does not grant: check you sent this candidate that link',
    );
    expect(await row('eve.json').locator('[data-verification]').textContent()).toBe('✓ Verified');
    expect(await row('eve.json').locator('[data-fingerprint]').textContent()).toBe(examFingerprint(extra));
    const copy = row('ana-edited.json');
    expect(await copy.getAttribute('data-standing')).toBe('settings-differ');
    expect(await copy.getAttribute('data-same-attempt')).toBe('ana.json');
    expect(await copy.locator('[data-verification]').textContent()).toBe(
      '✗ Not verified: the exam settings in the report differ from your exam file',
    );
    expect(await copy.locator('[data-copy-note]').textContent()).toBe('⚠ Same attempt as “ana.json”: counted once');
    expect(await page.locator('[data-attempt-note]').count()).toBe(0);
    expect(await copy.locator('[data-fingerprint]').textContent()).toBe(examFingerprint(lowered.exam));
    await copy.locator('[data-exam-details-toggle]').click();
    const details = page.locator('tr[data-exam-details-for]').filter({ has: page.locator('[data-copy-note]') });
    expect(await details.locator('[data-settings-differences] li').allTextContents()).toEqual([
      'Pass mark: the report says 95/100, your exam says 50/100',
    ]);
    expect(await details.textContent()).not.toContain('exam.passMark');
    expect(await page.locator('[data-files-list] li[data-file="ana-edited.json › 1"]').getAttribute('data-same-session')).toBe(
      'ana.json › 1',
    );
    // Fairness: Ana once, Eve counted and named for her extra time.
    const fair = page.locator('[data-fairness-exam="cm-screening"]');
    expect(await fair.locator('[data-fairness-basis]').getAttribute('data-fairness-basis')).toBe('2');
    expect(await fair.locator('[data-fairness-extra-time]').textContent()).toBe(
      '⚠ Counted with extra time your exam file does not grant: Eve Extra (×1.5). Check you sent this candidate an extra-time link.',
    );

    // The review applies beyond the exam table: reviewed score in the results by person, the overruled rule not counted.
    await expect.poll(() => row('rita.json').getAttribute('data-review'), { timeout: 30_000 }).toBe('reviewed');
    const cell = page.locator('[data-results-table] tbody tr[data-learner="name:rita review"] td[data-scenario="defect-crisis"]');
    expect(await cell.getAttribute('data-overall')).toBe(String(review.result.sessions[0]));
    expect(await cell.getAttribute('data-reviewed')).toBe('');
    expect(await cell.textContent()).toContain('✓ reviewed');
    expect(await page.locator('[data-reviewed-note]').isVisible()).toBe(true);
    const promises = rita.reports[0]!.decisions.filter((d) => d.postId !== 'p4')
      .flatMap((d) => d.breaches)
      .filter((b) => b.ruleId === 'no-promise').length;
    const listed = page.locator('[data-rules-table] tr[data-rule="no-promise"] [data-count]');
    expect((await listed.count()) === 0 ? 0 : Number(await listed.textContent())).toBe(promises);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    const ritaLine = readFileSync((await download.path())!, 'utf8')
      .split('\r\n')
      .find((l) => l.startsWith('"Rita Review"'))!;
    expect(ritaLine).toMatch(new RegExp(`^"Rita Review","defect-crisis",.*"${review.result.sessions[0]}",.*"yes, by A\\. Examiner"$`));
    expect(await axeViolations(page)).toEqual([]);
    // Text at 200 %: nothing wider than the window (wide tables scroll inside their own box).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '32px';
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('[data-fingerprint-input]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
