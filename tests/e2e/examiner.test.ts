/**
 * verify.html for examiners (issue #18), on the production build: exam reports made in Node (an exam
 * played under its conditions with written replies read by the game's reader) are checked against the
 * examiner's exam file or fingerprint — an edited pass mark differs, and without the examiner's exam
 * the settings say "not checked"; files dropped in the wrong zone are named; signals are shown; a
 * review of the written replies is made on the page (one finding overruled, one confirmed), saved,
 * loaded back with its report and applied, and refused once its JSON is edited. axe on the new
 * sections, the keyboard, French, and text at 200 %.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Exam } from '../../src/records/exam-file';
import type { ExamReport } from '../../src/records/exam-report';
import type { Report } from '../../src/records/session-report';
import { examFingerprint } from '../../src/engine/fingerprint';
import { shippedReplyModel } from '../../tools/analysis/paths';
import { shippedScenario } from '../support/long-run';
import { scriptedReport } from '../support/reports';
import { examAttempt } from '../support/exam-reports';
import { axeViolations, useHarness, watchErrors } from '../support/browser';

const { harness, context } = useHarness();

const scenario = shippedScenario('defect-crisis');
const replyModel = shippedReplyModel();
const WRITTEN = {
  p2: 'Honestly this is your own fault, you clearly did not read the manual.',
  p4: 'Hi Noah, full refund by Friday 14 March for every affected customer, you have our word!',
};

const EXAM: Exam = {
  format: 'frontline-exam',
  version: 2,
  id: 'cm-screening',
  title: 'Community manager screening',
  locale: 'en',
  seed: 5,
  scenarios: ['defect-crisis'],
  minutesPerScenario: 30,
  minutesTotal: 30,
  passMark: 60,
  freeTextRequired: false,
  showScores: false,
  candidate: ['name'],
  accommodation: 1,
  review: true,
  variants: 'per-candidate',
};

/** The exam played as the game does: its seed, the best option on each post but two written replies, a human pace. */
const playExam = (exam: Exam, name = 'Camille Durand'): ExamReport =>
  examAttempt([scenario], exam, {
    candidate: { name },
    strategy: 'best',
    written: WRITTEN,
    gap: (i) => 14_000 + ((i * 7_919) % 23_000),
    replyModel,
  });

const genuine = playExam(EXAM);
/** The candidate lowered the pass mark in their copy of the exam (and the verdict with it). */
const edited: ExamReport = { ...structuredClone(genuine), exam: { ...genuine.exam, passMark: 0 }, passed: true };
const session: Report = scriptedReport(scenario, { locale: 'en', seed: 11, strategy: 'best', written: WRITTEN, replyModel });

const file = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

async function open(lang: 'en' | 'fr' = 'en'): Promise<{ page: Page; errors: string[] }> {
  const ctx = await context({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(harness().url) && !url.startsWith('blob:') && !url.startsWith('data:')) errors.push(`request to ${url}`);
  });
  await page.goto(new URL(`verify.html?lang=${lang}`, harness().url).toString());
  await page.locator('[data-dropzone]').waitFor();
  return { page, errors };
}

const examCard = (page: Page, name: string) =>
  page
    .locator('[data-exam-results] > li')
    .filter({ has: page.locator('.result-file', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) });

describe('verify.html for examiners', () => {
  it('checks exam settings against the examiner’s exam: not checked without it, an edited pass mark differs with it', async () => {
    expect(genuine.passed).toBe(genuine.overall >= 60);
    const { page, errors } = await open();
    // What verification proves, said before anything is dropped.
    const proves = page.locator('[data-proves-section]');
    expect(await proves.locator('h2').textContent()).toBe('What a verified report proves');
    expect(await proves.textContent()).toContain('not prove who played, when, for how long or under which settings');
    expect(await proves.locator('[data-unproctored]').textContent()).toContain('unproctored');
    expect(await page.locator('[data-examiner-none]').isVisible()).toBe(true);

    await page.locator('input[data-files]').setInputFiles([file('camille.json', genuine), file('camille-edited.json', edited)]);
    const cards = page.locator('[data-exam-results] > li');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(2);
    const real = examCard(page, 'camille.json');
    const fake = examCard(page, 'camille-edited.json');
    // Without the examiner's exam: both "not checked", prominently, never with a ✓.
    for (const card of [real, fake]) {
      expect(await card.locator('[data-settings]').getAttribute('data-settings')).toBe('unchecked');
      // Never a plain green ✓ Verified: the replay is verified, the settings are not checked.
      expect(await card.getAttribute('data-standing')).toBe('unchecked');
      expect(await card.locator('[data-verdict-text]').textContent()).toBe(
        '⚠ Exam report — Replay verified — exam settings not checked (add your exam file)',
      );
      expect(await card.locator('[data-verdict-text]').getAttribute('class')).toContain('verdict-caution');
      expect(await card.locator('[data-settings] strong').textContent()).toBe('⚠ Settings not checked: add the examiner’s exam file.');
      expect(await card.locator('[data-proctoring]').textContent()).toBe('Unproctored result');
      expect(await card.locator('[data-conditions-from]').getAttribute('data-conditions-from')).toBe('report');
    }
    expect(await fake.getAttribute('data-status')).toBe('verified');
    expect(await fake.locator('[data-pass-mark]').textContent()).toBe('0/100');
    // The candidate's times are labelled as theirs.
    expect(await real.locator('dt:has(+ [data-claimed-times])').textContent()).toBe('Times (candidate’s computer, not checked)');
    // Signals: on the exam card and on each exam session's card.
    expect(await real.locator('[data-signals]').count()).toBe(1);
    expect(await page.locator('[data-results] > li [data-signals]').count()).toBe(2);
    // Review required by the exam: the result is provisional.
    expect(await real.locator('[data-review-status]').getAttribute('data-review-status')).toBe('provisional');
    expect(await real.locator('[data-review-status]').textContent()).toContain('Provisional — awaiting review');

    // The examiner's exam file, from the keyboard-reachable input of the exam zone: the report is checked again.
    await page.locator('input[data-exam-files]').setInputFiles([file('exam.json', EXAM)]);
    await expect.poll(() => fake.locator('[data-settings]').getAttribute('data-settings'), { timeout: 30_000 }).toBe('differs');
    expect(await real.locator('[data-settings]').getAttribute('data-settings')).toBe('matched');
    expect(await real.locator('[data-settings]').textContent()).toBe(
      `✓ Settings checked: they match your exam (fingerprint ${examFingerprint(EXAM)}).`,
    );
    expect(await fake.getAttribute('data-status')).toBe('failed');
    expect(await real.locator('[data-verdict-text]').textContent()).toBe('✓ Exam report — Verified');
    // The replay matched: the settings in the report differ from the examiner's file, named — not "probably edited".
    expect(await fake.locator('[data-verdict-text]').textContent()).toBe(
      '✗ Exam report — Not verified: the exam settings in the report differ from your exam file',
    );
    expect(await fake.textContent()).not.toContain('probably edited');
    expect(await fake.textContent()).not.toContain('exam.passMark');
    expect(await fake.locator('[data-examiner-fingerprint]').textContent()).toBe(examFingerprint(EXAM));
    expect(await fake.locator('[data-fingerprint]').textContent()).toBe(examFingerprint(edited.exam));
    expect(await fake.locator('[data-settings-differences] li').allTextContents()).toEqual([
      'Pass mark: the report says 0/100, your exam says 60/100',
    ]);
    expect(await fake.locator('[data-pass-mark]').textContent()).toBe('60/100');
    expect(await fake.locator('[data-conditions-from]').getAttribute('data-conditions-from')).toBe('examiner');
    expect(await fake.locator('[data-review]').count()).toBe(0);
    expect(await page.locator('[data-examiner-exam]').textContent()).toContain(`“Community manager screening” (cm-screening)`);

    // Files in the wrong zone are named, not checked.
    await page.locator('input[data-files]').setInputFiles([file('exam-again.json', EXAM)]);
    await page.locator('input[data-exam-files]').setInputFiles([file('camille-copy.json', genuine)]);
    const notices = page.locator('[data-notices] > li');
    await expect.poll(() => notices.count()).toBe(2);
    expect(await notices.nth(0).textContent()).toBe('exam-again.json — This is an exam file: add it in the examiner’s exam zone.');
    expect(await notices.nth(1).textContent()).toBe('camille-copy.json — This is a report: add it in the reports zone.');
    expect(await cards.count()).toBe(2);

    // A fingerprint typed instead of the file: a wrong one is refused with a plain message; the right one matches.
    await page.locator('[data-examiner-remove]').click();
    await expect.poll(() => fake.locator('[data-settings]').getAttribute('data-settings')).toBe('unchecked');
    const fp = page.locator('[data-fingerprint-input]');
    await fp.fill('not a fingerprint');
    await fp.press('Enter');
    expect(await page.locator('#exam-fingerprint-error').isVisible()).toBe(true);
    expect(await fp.getAttribute('aria-invalid')).toBe('true');
    await fp.fill(examFingerprint(EXAM).toUpperCase().replace(/-/g, ' '));
    await fp.press('Enter');
    await expect.poll(() => real.locator('[data-settings]').getAttribute('data-settings')).toBe('matched');
    expect(await fake.locator('[data-settings]').getAttribute('data-settings')).toBe('other-exam');
    expect(await fake.locator('[data-settings]').textContent()).toContain('No fingerprint you gave matches this report’s exam');
    expect(await axeViolations(page)).toEqual([]);

    // In French.
    await page.locator('input[data-exam-files]').setInputFiles([file('exam.json', EXAM)]);
    await expect.poll(() => fake.locator('[data-settings]').getAttribute('data-settings')).toBe('differs');
    await page.locator('[data-lang="fr"]').click();
    expect(await fake.locator('[data-settings-differences] li').allTextContents()).toEqual([
      'Seuil de réussite : le rapport indique 0/100, votre examen 60/100',
    ]);
    expect(await real.locator('[data-proctoring]').textContent()).toBe('Résultat obtenu sans surveillance');
    expect(await real.locator('[data-review-status]').textContent()).toContain('Provisoire — en attente de relecture');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reviews the written replies: one finding overruled, one confirmed, the result recomputed, saved, loaded back, refused once edited', async () => {
    const { page, errors } = await open();
    await page.locator('input[data-exam-files]').setInputFiles([file('exam.json', EXAM)]);
    await page.locator('input[data-files]').setInputFiles([file('camille.json', genuine)]);
    const card = examCard(page, 'camille.json');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.getAttribute('data-status')).toBe('verified');
    expect(await card.locator('[data-review-status]').getAttribute('data-review-status')).toBe('provisional');
    const review = card.locator('[data-review]');
    // The review opens from the keyboard.
    await review.locator('[data-review-open]').focus();
    await page.keyboard.press('Enter');
    const replies = review.locator('[data-reply]');
    expect(await replies.count()).toBe(2);
    const decisions = genuine.reports[0]!.decisions;
    const p2 = review.locator('[data-reply][data-post="p2"]');
    const p4 = review.locator('[data-reply][data-post="p4"]');
    expect(await p4.locator('[data-reply-text]').textContent()).toBe(WRITTEN.p4);
    // The post answered, above the reply, as text; the reply is named by the post's author, not its id.
    const author = (await p4.locator('[data-post-shown] figcaption').textContent())!.match(/^The post it answers, by (.+):$/)![1]!;
    expect(author.length).toBeGreaterThan(0);
    expect((await p4.locator('[data-post-text]').textContent())!.length).toBeGreaterThan(10);
    expect(await p4.locator('[data-post-text] *').count()).toBe(0);
    expect(await p4.locator('h5').textContent()).toBe(`Reply 2 of 2 — Dead charger, feed on fire, to ${author}`);
    expect(await p4.locator('[data-sent-as]').textContent()).toBe('a public reply');
    expect(await p4.locator('[data-game-judgement]').textContent()).toBe('Questionable call');
    expect(await p4.locator('[data-finding="no-promise"] [data-found-by]').textContent()).toBe('Found by the rules.');
    expect(await p4.locator('[data-finding="no-promise"] [data-excerpt]').textContent()).toBe('full refund');
    const aggression = decisions.find((d) => d.postId === 'p2')!.breaches.find((b) => b.ruleId === 'no-aggression')!;
    const reader = decisions.find((d) => d.postId === 'p2')!.analysis!.reader!;
    expect(aggression.by).toBe('model');
    expect(await p2.locator('[data-finding="no-aggression"] [data-found-by]').textContent()).toBe(
      `Found by the trained reader, version ${reader}, model score ${aggression.confidence} %: a score, not a chance of being right; it reports a breach only from the level where it was right at least 4 times in 5 on replies it had never seen.`,
    );
    const automated = Number(await card.locator('[data-recomputed]').getAttribute('data-recomputed'));
    expect(await review.getAttribute('data-review-overall')).toBe(String(automated));

    // Overrule the promise (from the keyboard), confirm the blame: the result is computed again.
    await p4.locator('[data-finding="no-promise"] [data-overrule]').focus();
    await page.keyboard.press('Space');
    expect(await p4.locator('[data-finding="no-promise"] [data-overrule]').isChecked()).toBe(true);
    await p2.locator('[data-finding="no-blame"] [data-confirm]').check();
    await p4.locator('[data-note]').fill('A goodwill gesture the brand had approved.');
    await expect.poll(() => review.getAttribute('data-computing'), { timeout: 30_000 }).toBe('false');
    await expect.poll(async () => Number(await review.getAttribute('data-review-overall'))).toBeGreaterThan(automated);
    const reviewed = Number(await review.getAttribute('data-review-overall'));
    expect(await review.locator('[data-reviewed="exam"]').textContent()).toBe(`${reviewed}/100`);
    expect(await review.locator('[data-automated="exam"]').textContent()).toBe(`${automated}/100`);
    expect(await p4.locator('[data-reply-change]').textContent()).toMatch(
      /^With your review: .*rules broken: none\. Why: you overruled “no-promise”, so the reply was judged again without it\.$/,
    );
    // The result table says what changed and why.
    expect(await review.locator('[data-delta="exam"]').textContent()).toBe(`+${reviewed - automated}`);
    expect(await review.locator('[data-review-why] li').count()).toBe(1);
    expect(await review.locator('[data-review-why] li').textContent()).toContain('you overruled “no-promise”');
    expect(await review.locator('[data-review-progress]').textContent()).toBe(
      'Findings reviewed: 2 of 3. A finding you leave stands as the game found it.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Saving asks for a name first.
    await review.locator('[data-review-save]').click();
    expect(await review.locator('[data-review-examiner]').getAttribute('aria-invalid')).toBe('true');
    await review.locator('[data-review-examiner]').fill('A. Examiner');
    const [download] = await Promise.all([page.waitForEvent('download'), review.locator('[data-review-save]').click()]);
    expect(download.suggestedFilename()).toMatch(/^frontline-review-camille-\d{4}-\d\d-\d\d-\d{4}\.json$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    const json = JSON.parse(saved) as { format: string; examiner: string; result: { overall: number; passed: boolean } };
    expect(json).toMatchObject({ format: 'frontline-review', examiner: 'A. Examiner', result: { overall: reviewed } });
    const status = card.locator('[data-review-status]');
    await expect.poll(() => status.getAttribute('data-review-status')).toBe('reviewed');
    expect(await status.textContent()).toMatch(
      new RegExp(`^Reviewed by A\\. Examiner on .+: ${reviewed}/100 after review, (passed|pass mark not reached)\\.$`),
    );

    // Cleared, then the report and its review loaded together: the review is applied.
    await page.locator('[data-clear]').click();
    expect(await page.locator('[data-exam-results] > li').count()).toBe(0);
    await page.locator('input[data-files]').setInputFiles([file('review.json', saved), file('camille.json', genuine)]);
    await card.waitFor({ timeout: 60_000 });
    await expect.poll(() => card.locator('[data-review-status]').getAttribute('data-review-status'), { timeout: 30_000 }).toBe('reviewed');
    expect(await card.locator('[data-review-status]').textContent()).toContain(`Reviewed by A. Examiner on `);
    expect(await card.locator('[data-review]').getAttribute('data-review-overall')).toBe(String(reviewed));
    expect(await page.locator('[data-notices] > li[data-file="review.json"]').last().textContent()).toBe(
      'review.json — Review applied to “camille.json”.',
    );
    // Its verdicts are shown as the examiner left them.
    await card.locator('[data-review-open]').click();
    expect(await card.locator('[data-post="p4"] [data-finding="no-promise"] [data-overrule]').isChecked()).toBe(true);
    expect(await card.locator('[data-post="p4"] [data-note]').inputValue()).toBe('A goodwill gesture the brand had approved.');

    // The same review with its JSON edited (the overruled finding confirmed): refused, in plain words.
    const tampered = saved.replace('"overruled"', '"confirmed"');
    expect(tampered).not.toBe(saved);
    await page.locator('[data-clear]').click();
    await page.locator('input[data-files]').setInputFiles([file('camille.json', genuine)]);
    await card.waitFor({ timeout: 60_000 });
    await page.locator('input[data-exam-files]').setInputFiles([file('review-edited.json', tampered)]);
    await expect.poll(() => card.locator('[data-review-refused]').count(), { timeout: 30_000 }).toBe(1);
    expect(await card.locator('[data-review-refused]').textContent()).toBe(
      '✗ review-edited.json — Review refused: it was edited after it was saved (its seal no longer matches).',
    );
    expect(await card.locator('[data-review-status]').getAttribute('data-review-status')).toBe('provisional');
    expect(await page.locator('[data-notices] > li[data-file="review-edited.json"]').getAttribute('data-notice')).toBe('edited');
    // A review put beside another report (another candidate's, verified) applies to nothing: said so.
    await page.locator('[data-clear]').click();
    const other = playExam(EXAM, 'Sam Other');
    await page.locator('input[data-files]').setInputFiles([file('someone.json', other), file('review.json', saved)]);
    const someone = examCard(page, 'someone.json');
    await someone.waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-notices] > li[data-file="review.json"]').getAttribute('data-notice')).toBe('no-report');
    // The notice names the report file the review was made for.
    expect(await page.locator('[data-notices] > li[data-file="review.json"]').textContent()).toBe(
      'review.json — None of the reports loaded is the one this review is of: it was made for “camille.json”. Add that report and the review will be applied.',
    );
    expect(await someone.locator('[data-review-status]').getAttribute('data-review-status')).toBe('provisional');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says an extra-time link is one, names the judgement “keep” keeps after an overrule, and links to the exam builder', async () => {
    // The builder's file grants no extra time; this candidate was sent its ×1.5 link, and wrote a kind reply
    // that the rules read as a promise (a finding the examiner overrules: the reply is judged again).
    const extra: Exam = { ...EXAM, accommodation: 1.5 };
    const kind =
      'Hi Noah, thank you for telling us, and sorry! We will fix this for sure: send us a DM with your order number and we will arrange a replacement.';
    const leo = examAttempt([scenario], extra, {
      candidate: { name: 'Léo Martin' },
      strategy: 'best',
      written: { p4: kind },
      gap: (i) => 14_000 + ((i * 7_919) % 23_000),
      replyModel,
    });
    const { page, errors } = await open();
    const builder = page.locator('a[data-nav="exam"]');
    expect(await builder.textContent()).toBe('Build an exam');
    expect(await builder.getAttribute('href')).toBe('./exam.html?lang=en');
    expect(await page.locator('a[data-nav="dashboard"]').textContent()).toBe('Results dashboard');
    await page.locator('input[data-exam-files]').setInputFiles([file('exam.json', EXAM)]);
    await page.locator('input[data-files]').setInputFiles([file('leo.json', leo)]);
    const card = examCard(page, 'leo.json');
    await card.waitFor({ timeout: 60_000 });
    await expect.poll(() => card.getAttribute('data-standing'), { timeout: 30_000 }).toBe('extra-time');
    expect(await card.getAttribute('data-status')).toBe('verified');
    expect(await card.locator('[data-verdict-text]').textContent()).toBe(
      '⚠ Exam report — Verified, with extra time ×1.5 your exam file does not grant: check you sent this candidate that link',
    );
    expect(await card.locator('[data-settings] strong').textContent()).toBe(
      '⚠ Matches your exam file, with extra time ×1.5, which that file does not grant: check you sent this candidate that link.',
    );
    expect(await card.locator('[data-settings]').textContent()).not.toMatch(/edited|differ/i);
    expect(await card.locator('[data-exam-mismatches]').count()).toBe(0);
    expect(await card.locator('[data-conditions-from]').getAttribute('data-conditions-from')).toBe('examiner');
    expect(await card.locator('[data-limits]').textContent()).toBe('45 min per scenario, 45 min in all');
    expect(await card.locator('[data-fingerprint]').textContent()).toBe(examFingerprint(extra));
    // The signals: flagged ones near the top (before the facts), the pace in plain words, its figures in a fold.
    const before = await card.evaluate((el) => {
      const top = el.querySelector('[data-signals-top]')!;
      const facts = el.querySelector('[data-exam]')!;
      return Boolean(top.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    const pace = card.locator('[data-signals] [data-signal="even-pace"]');
    expect(await pace.locator(':scope > span').textContent()).toBe('Pace: varied, like a person');
    expect(await pace.locator('[data-pace-figures] summary').textContent()).toBe('The figures');
    expect(await pace.locator('[data-pace-figures] p').textContent()).toMatch(/^Variation of the time between decisions .*: \d\.\d\d\./);

    // The review: "keep" names the judgement that stands once the finding is overruled.
    const review = card.locator('[data-review]');
    await review.locator('[data-review-open]').click();
    const p4 = review.locator('[data-reply][data-post="p4"]');
    const keep = p4.locator('[data-judgement] option[data-keep]');
    expect(await keep.textContent()).toBe('Keep the game’s: Questionable call');
    await p4.locator('[data-finding="no-promise"] [data-overrule]').check();
    await expect
      .poll(() => keep.textContent(), { timeout: 30_000 })
      .toBe('Keep the judgement with your overrules: Excellent call (the game said Questionable call)');
    expect(await p4.locator('[data-reply-change]').textContent()).toContain('judgement Questionable call → Excellent call');
    expect(await p4.locator('[data-reply-change]').textContent()).toContain('Why: you overruled “no-promise”');
    expect(await review.locator('[data-review-why] li').textContent()).toContain('judgement Questionable call → Excellent call');
    // Replacing the judgement: the change says it is the examiner's choice.
    await p4.locator('[data-judgement]').selectOption('good');
    await expect
      .poll(() => p4.locator('[data-reply-change]').textContent(), { timeout: 30_000 })
      .toContain('you chose the judgement “Good call”');
    expect(await keep.textContent()).toBe('Keep the judgement with your overrules: Excellent call (the game said Questionable call)');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-lang="fr"]').click();
    expect(await card.locator('[data-review] [data-post="p4"] option[data-keep]').textContent()).toBe(
      'Garder celle qui résulte de vos constats écartés : Excellente décision (le jeu disait : Décision discutable)',
    );
    expect(await card.locator('[data-signals] [data-signal="even-pace"] > span').textContent()).toBe(
      'Rythme : varié, comme celui d’une personne',
    );
    expect(await page.locator('a[data-nav="exam"]').textContent()).toBe('Créer un examen');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reviews a session report too, and stays usable with text at 200 %', async () => {
    const { page, errors } = await open('fr');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '32px';
    });
    await page.locator('input[data-files]').setInputFiles([file('lea.json', session)]);
    const card = page.locator('[data-results] > li').first();
    await card.locator('[data-review]').waitFor({ timeout: 60_000 });
    expect(await card.getAttribute('data-status')).toBe('verified');
    // A training report: no signals, no exam; its date is the player's computer's.
    expect(await card.locator('[data-signals]').count()).toBe(0);
    expect(await card.locator('dt:has(+ [data-claimed-date])').textContent()).toBe('Date (ordinateur du joueur, non vérifiée)');
    await card.locator('[data-review-open]').click();
    expect(await card.locator('[data-review-open]').textContent()).toBe('Relire les réponses rédigées (2)');
    expect(await card.locator('[data-review-result] tbody tr').count()).toBe(6);
    await card.locator('[data-post="p4"] [data-finding="no-promise"] [data-overrule]').check();
    await card.locator('[data-post="p4"] [data-judgement]').selectOption('good');
    await expect.poll(() => card.locator('[data-review]').getAttribute('data-computing'), { timeout: 30_000 }).toBe('false');
    await expect
      .poll(async () => Number(await card.locator('[data-review]').getAttribute('data-review-overall')))
      .toBeGreaterThan(session.scores.overall);
    expect(await card.locator('[data-review-seal]').textContent()).toContain('le serveur d’examen signera les relectures');
    // Nothing wider than the window at 200 %.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
