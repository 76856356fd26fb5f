/**
 * Exam mode end to end, on the production build: an HR officer builds an exam in exam.html (review
 * required, an optional group question, a contact) and takes the link; a candidate opens it in a
 * fresh browser, reads the notice (what is measured, automated scoring reviewed by a person, extra
 * time, whom to contact), answers the group question, gives their details, plays the scenario
 * (written replies only, no coach, hint or pause), leaves the page and pastes text (both logged),
 * reloads with a reply half written (it comes back) and again in the middle, reaches the end screen
 * (told what to do with the report), is warned when leaving without it, opens the link again (the
 * finished exam, no new attempt) and downloads the exam report, named after them; the officer verifies
 * it in verify.html (and with `npm run verify-report`), and a copy with an edited overall score is
 * caught. The builder flags the tutorial and refuses an exam file naming an unknown scenario, and one
 * with a bad field; a link cut short or empty says so in one sentence; a link pasted into a tab already
 * on the game opens the exam, and asks before abandoning a training scenario.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { run } from '../../tools/verify-report';
import { type Harness, axeViolations, startHarness, stopHarness, tabTo, watchErrors } from '../support/browser';

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

const dir = mkdtempSync(join(tmpdir(), 'frontline-exam-'));

async function open(path: string): Promise<{ page: Page; errors: string[]; context: BrowserContext }> {
  const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, h!.url).toString());
  return { page, errors, context };
}

/** "Time left: 4:37 (scenario) · 4:37 (exam)" -> seconds left for the scenario. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.locator('[data-exam-timer]').textContent()) ?? '';
  const m = /(\d+):(\d\d)/.exec(text);
  if (!m) throw new Error(`no time in the exam timer: "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const REPLY =
  'Hello, thank you for your message. We are sorry for the trouble and we are looking into it; we will get back to you here very soon.';
/** What the candidate pastes into their first reply. */
const PASTED = 'Hello, thank you for your message, and sorry for the trouble.';

describe('the exam builder', () => {
  it('checks the form as it is filled, orders scenarios by keyboard, speaks French and refuses bad exam files', async () => {
    const { page, errors } = await open('exam.html?lang=en');
    // Nothing leaves the machine: any request to another origin fails the test.
    page.on('request', (r) => {
      if (!r.url().startsWith(h!.url) && !/^(blob|data):/.test(r.url())) errors.push(`request to ${r.url()}`);
    });
    await page.locator('[data-builder]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Build a screening exam');
    // Nothing valid yet: the output lists what is missing instead of a link.
    expect(await page.locator('[data-section="output"]').getAttribute('data-valid')).toBe('false');
    expect(await page.locator('[data-exam-link]').count()).toBe(0);

    // The id follows the title until it is edited; a bad id is named next to its field.
    await page.getByLabel('Exam title').fill('Été 2026 : CM junior');
    expect(await page.getByLabel('Identifier').inputValue()).toBe('ete-2026-cm-junior');
    await page.getByLabel('Identifier').fill('bad id!');
    expect(await page.locator('[data-error-for="id"]').textContent()).toBe(
      'Only letters without accents, digits, dashes (-) and underscores (_), 64 characters at most.',
    );
    // The hint names the same characters as the error.
    expect(await page.locator('#f-id-hint').textContent()).toContain('letters without accents, digits, dashes (-) and underscores (_)');
    expect(await page.getByLabel('Identifier').getAttribute('aria-invalid')).toBe('true');
    await page.locator('[data-id-from-title]').click();
    expect(await page.getByLabel('Identifier').inputValue()).toBe('ete-2026-cm-junior');
    await expect.poll(() => page.locator('[data-error-for="id"]').isHidden()).toBe(true);

    // Three scenarios ticked; the suggested times follow them.
    // The guided tutorial is flagged in the list, and once chosen.
    expect(await page.locator('[data-tutorial="first-shift"]').textContent()).toBe('⚠ Guided tutorial: not suited to an exam');
    expect(await page.locator('[data-warning="tutorial"]').count()).toBe(0);
    for (const id of ['first-shift', 'forum-rumour', 'defect-crisis']) await page.locator(`[data-scenario-pick="${id}"]`).check();
    expect(await page.locator('[data-tutorial-warning] [data-warning="tutorial"]').textContent()).toContain(
      '“First day on the desk” is the guided tutorial',
    );
    // What candidates can read in the open sources, and the advice that follows.
    expect(await page.locator('[data-public-sources]').textContent()).toContain('require written replies');
    const order = () => page.locator('[data-order] [data-order-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-order-id')));
    expect(await order()).toEqual(['first-shift', 'forum-rumour', 'defect-crisis']);
    expect(Number(await page.getByLabel('Time limit per scenario (minutes)').inputValue())).toBeGreaterThan(0);

    // Keyboard only: Tab to the last scenario's "Up", Enter twice; the focus stays on it, the move is announced.
    await tabTo(page, '[data-order-id="defect-crisis"] [data-move="up"]', 120);
    await page.keyboard.press('Enter');
    expect(await order()).toEqual(['first-shift', 'defect-crisis', 'forum-rumour']);
    await page.keyboard.press('Enter');
    expect(await order()).toEqual(['defect-crisis', 'first-shift', 'forum-rumour']);
    expect(await page.locator('[data-progress]').textContent()).toContain('is now in position 1 of 3');
    // At the top, "Up" is disabled and the focus moved to "Down" of the same scenario.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-order-id]')?.getAttribute('data-order-id'))).toBe(
      'defect-crisis',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-move'))).toBe('down');
    await page.locator('[data-order-id="forum-rumour"] [data-remove]').click();
    expect(await order()).toEqual(['defect-crisis', 'first-shift']);
    expect(await page.locator('[data-scenario-pick="forum-rumour"]').isChecked()).toBe(false);

    // A time limit out of range and all weights at zero: named next to their fields, listed in the output.
    await page.getByLabel('Time limit per scenario (minutes)').fill('0');
    expect(await page.locator('[data-error-for="minutesPerScenario"]').textContent()).toBe('A time limit from 1 to 600 minutes.');
    await page.locator('[data-custom-weights]').check();
    for (const k of ['diplomacy', 'speed', 'charter', 'judgement', 'outcome']) await page.locator(`[data-weight="${k}"]`).fill('0');
    expect(await page.locator('[data-error-for="weights"]').textContent()).toBe('At least one competency must count (a weight above 0).');
    expect(await page.locator('[data-problems] [data-go-to]').evaluateAll((els) => els.map((e) => e.getAttribute('data-go-to')))).toEqual([
      'minutesPerScenario',
      'weights',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-problems] [data-go-to="minutesPerScenario"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-minutesPerScenario');
    await page.locator('[data-use-suggestion]').click();
    await page.locator('[data-weight="judgement"]').fill('2');
    await expect.poll(() => page.locator('[data-section="output"]').getAttribute('data-valid')).toBe('true');

    // French, from the switch: the form keeps its values, titles and messages are in French.
    await page.locator('[data-lang="fr"]').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Créer un examen de recrutement');
    expect(await page.getByLabel('Intitulé de l’examen').inputValue()).toBe('Été 2026 : CM junior');
    expect(await page.locator('[data-order-id="first-shift"] .order-title').textContent()).toBe('Premier jour à la permanence');
    expect(await page.locator('[data-link-caveat]').textContent()).toContain('le lien contient tout l’examen');
    expect(page.url()).toContain('lang=fr');
    expect(await axeViolations(page)).toEqual([]);

    // Exam files: an unknown scenario is refused by name; a bad field is named; a good file fills the form.
    const good = JSON.parse((await download(page, '[data-download-exam]')).text) as Record<string, unknown>;
    expect(good).toMatchObject({
      format: 'frontline-exam',
      id: 'ete-2026-cm-junior',
      scenarios: ['defect-crisis', 'first-shift'],
      weights: { judgement: 2, speed: 0 },
    });
    const file = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
    await page.locator('[data-exam-file]').setInputFiles([file('ghost.json', { ...good, scenarios: ['first-shift', 'ghost-town'] })]);
    await expect.poll(() => page.locator('[data-load-errors]').textContent()).toBe('ghost.json: scenarios: unknown scenario "ghost-town"');
    await page.locator('[data-exam-file]').setInputFiles([file('zero.json', { ...good, passMark: 140, title: 'Autre' })]);
    await expect.poll(() => page.locator('[data-load-errors]').textContent()).toMatch(/^zero\.json: passMark: /);
    expect(await page.getByLabel('Intitulé de l’examen').inputValue()).toBe('Été 2026 : CM junior');
    await page
      .locator('[data-exam-file]')
      .setInputFiles([file('other.json', { ...good, title: 'Session de printemps', id: 'printemps', passMark: 70 })]);
    await expect.poll(() => page.getByLabel('Intitulé de l’examen').inputValue()).toBe('Session de printemps');
    expect(await page.getByLabel('Seuil de réussite (sur 100)').inputValue()).toBe('70');
    expect(await page.locator('[data-loaded]').getAttribute('data-loaded')).toBe('printemps');
    expect(errors).toEqual([]);
  });
});

describe('an exam from the builder to the verifier', () => {
  it('is built, sent as a link, sat by a candidate with extra time, reported and verified; an edited score is caught', async () => {
    // ---- The HR officer builds the exam. ----
    const hr = await open('exam.html?lang=en');
    const builder = hr.page;
    await builder.locator('[data-builder]').waitFor();
    await builder.getByLabel('Exam title').fill('Community manager screening');
    await builder.getByLabel('Language of the exam').selectOption('en');
    await builder.locator('[data-scenario-pick="first-shift"]').check();
    const seedBefore = await builder.getByLabel('Seed').inputValue();
    await builder.locator('[data-new-seed]').click();
    await expect.poll(() => builder.getByLabel('Seed').inputValue()).not.toBe(seedBefore);
    expect(await builder.getByLabel('Seed').inputValue()).toMatch(/^\d+$/);
    await builder.getByLabel('Time limit per scenario (minutes)').fill('4');
    await builder.getByLabel('Time limit for the whole exam (minutes)').fill('4');
    // first-shift usually takes 6 minutes: the builder warns, and lets the examiner decide.
    expect(await builder.locator('[data-warning="perScenario"]').textContent()).toContain('usually takes about 6 min');
    await builder.getByLabel('Pass mark (out of 100)').fill('50');
    await builder.locator('[data-free-text]').check();
    expect(await builder.locator('[data-show-scores]').isChecked()).toBe(false);
    // Review by a person is required by default; a group question and a contact are added.
    expect(await builder.locator('[data-review]').isChecked()).toBe(true);
    expect(await builder.locator('[data-group-question]').isHidden()).toBe(true);
    await builder.locator('[data-group-enabled]').check();
    await builder.getByLabel('Question', { exact: true }).fill('Your age band');
    await builder.getByLabel('Answers, one per line').fill('Under 26\n26 to 40\nOver 40');
    expect(await builder.locator('[data-group-gdpr]').textContent()).toContain('special-category data under the GDPR (Art. 9)');
    await builder.getByLabel('Contact for candidates').fill('Sam Martin, hr@example.org');
    expect(await axeViolations(builder)).toEqual([]);
    expect(await builder.locator('[data-candidate-field="name"]').isChecked()).toBe(true);
    expect(await builder.locator('[data-candidate-field="email"]').isChecked()).toBe(true);
    await expect.poll(() => builder.locator('[data-section="output"]').getAttribute('data-valid')).toBe('true');
    const fingerprint = await builder.locator('[data-fingerprint]').getAttribute('data-fingerprint');
    expect(fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);

    const examFile = await download(builder, '[data-download-exam]');
    expect(examFile.name).toBe('community-manager-screening.json');
    const exam = JSON.parse(examFile.text) as Record<string, unknown>;
    expect(exam).toMatchObject({
      format: 'frontline-exam',
      version: 2,
      id: 'community-manager-screening',
      title: 'Community manager screening',
      locale: 'en',
      seed: Number(await builder.getByLabel('Seed').inputValue()),
      scenarios: ['first-shift'],
      minutesPerScenario: 4,
      minutesTotal: 4,
      passMark: 50,
      freeTextRequired: true,
      showScores: false,
      candidate: ['name', 'email'],
      accommodation: 1,
      review: true,
      group: { label: 'Your age band', choices: ['Under 26', '26 to 40', 'Over 40'] },
      contact: 'Sam Martin, hr@example.org',
    });
    expect(exam.weights).toBeUndefined();
    // The link points at the game next to this page; the copy button puts it on the clipboard.
    const link = await builder.locator('[data-exam-link]').inputValue();
    expect(link.startsWith(new URL('index.html#exam=', h!.url).toString())).toBe(true);
    expect(await builder.locator('[data-link-caveat]').textContent()).toContain('Anyone who gets it can read its settings');
    await hr.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h!.url).origin });
    await builder.locator('[data-copy="exam-link"]').click();
    await expect.poll(() => builder.locator('[data-progress]').textContent()).toBe('Link copied to the clipboard.');
    expect(await builder.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // Extra time is given in one place, the output's extra-time links: the form only points there.
    expect(await builder.locator('[data-section="accommodation"], input[name="accommodation"]').count()).toBe(0);
    expect(await builder.locator('[data-extra-time-hint]').textContent()).toContain('Extra time (accommodation)');
    expect(await builder.locator('[data-extra-time] h3').textContent()).toBe('Extra time (accommodation)');
    expect(
      await builder.locator('[data-exam-link-variant]').evaluateAll((els) => els.map((e) => e.getAttribute('data-exam-link-variant'))),
    ).toEqual(['1.25', '1.5']);
    // HR verifies on the verification page; the command line is an aside for technical staff.
    expect(await builder.locator('.then').textContent()).not.toContain('npm');
    expect(await builder.locator('[data-verify-link]').getAttribute('href')).toBe('./verify.html');
    expect(await builder.locator('[data-then-technical]').textContent()).toMatch(/^For technical staff: .*npm run verify-report/);
    // This candidate is granted extra time: the ×1.25 link.
    const extraLink = await builder.locator('[data-exam-link-variant="1.25"]').inputValue();
    expect(extraLink).not.toBe(link);
    // Extra time is a setting of the exam: that link has its own fingerprint, and its own exam file.
    const extraFingerprint = await builder
      .locator('li:has([data-exam-link-variant="1.25"]) [data-variant-fingerprint]')
      .getAttribute('data-variant-fingerprint');
    expect(extraFingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(extraFingerprint).not.toBe(fingerprint);
    const extraFile = await download(builder, '[data-download-exam-variant="1.25"]');
    expect(extraFile.name).toBe('community-manager-screening-x1.25.json');
    expect(JSON.parse(extraFile.text)).toEqual({ ...exam, accommodation: 1.25 });

    // ---- The candidate, in a browser of their own. ----
    const candidate = await open(extraLink.replace(h!.url, ''));
    const game = candidate.page;
    await game.locator('[data-screen="exam"]').waitFor({ timeout: 60_000 });
    expect(await game.locator('h1').textContent()).toBe('Community manager screening');
    const conditions = await game.locator('[data-screen="exam"] section').first().textContent();
    for (const line of [
      '1 scenario.',
      'At most 5 minutes per scenario.',
      'At most 5 minutes in all.',
      '25% extra time (an accommodation granted by the examiner).',
      'No hints, no pause, no going back, no second attempt.',
      'Public replies and private messages must be written by you.',
      'Your results will not be shown',
    ])
      expect(conditions).toContain(line);
    // The notice: what is measured, automated scoring that a person reviews and may overrule, a
    // provisional result, what the report records, extra time to ask for, and whom to ask.
    const notice = game.locator('[data-exam-notice]');
    expect(await notice.locator('[data-notice="measured"]').textContent()).toContain('how diplomatic your replies are');
    expect(await notice.locator('[data-notice="automated"]').textContent()).toMatch(/^Scoring is automated/);
    expect(await notice.locator('[data-notice="human"]').textContent()).toContain('can overrule any automated reading');
    expect(await notice.locator('[data-notice="provisional"]').textContent()).toBe(
      'Your result is provisional until the examiner has reviewed it.',
    );
    expect(await notice.locator('[data-notice="integrity"]').textContent()).toContain('how many characters you paste');
    expect(await notice.locator('[data-notice="accommodation"]').textContent()).toContain('×1.25 or ×1.5');
    expect(await notice.locator('[data-notice="contact"]').textContent()).toBe(
      'Questions, or a request for extra time: contact Sam Martin, hr@example.org.',
    );
    // The group question: optional, not scored, "prefer not to answer" by default.
    const group = game.locator('[data-exam-group]');
    expect(await group.locator('legend').textContent()).toBe('Your age band (optional)');
    expect(await group.textContent()).toContain('not used in your score');
    expect(await game.getByLabel('Prefer not to answer').isChecked()).toBe(true);
    expect(await axeViolations(game)).toEqual([]);
    await game.getByLabel('26 to 40').check();
    // The details are asked for: starting without them is refused.
    await game.locator('[data-action="begin-exam"]').click();
    expect(await game.getByLabel('Full name').evaluate((el) => (el as HTMLInputElement).matches(':invalid'))).toBe(true);
    expect(await game.locator('[data-screen="exam"]').count()).toBe(1);
    await game.getByLabel('Full name').fill('Camille Durand');
    await game.getByLabel('Email address').fill('camille@example.org');
    await game.getByLabel('Email address').press('Enter');
    await game.locator('[data-screen="briefing"]').waitFor();
    // No way back from the briefing: its only action is to start.
    expect(
      await game.locator('[data-screen="briefing"] button').evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))),
    ).toEqual(['start']);
    // No training wording: the tutorial's reassuring summary is left out, and how it works is told for an exam.
    const briefing = (await game.locator('[data-screen="briefing"]').textContent()) ?? '';
    expect(briefing).not.toMatch(/can go wrong|coach|debrief/i);
    expect(briefing).toContain('write a public reply or a private message yourself');
    await game.locator('[data-action="start"]').press('Enter');
    await game.locator('[data-screen="desk"]').waitFor();
    expect(await game.locator('[data-action="pause"]').count()).toBe(0);
    expect(await game.locator('#desk-shortcuts').textContent()).toBe('N: next post');
    expect(await game.locator('[data-action="skip"]').getAttribute('aria-keyshortcuts')).toBe('S');
    expect(await game.getByRole('button', { name: /^(back|menu)/i }).count()).toBe(0);
    const started = await secondsLeft(game);
    expect(started).toBeLessThanOrEqual(300);

    // Play: written replies in the composer (no ready-made reply is offered), skip the quiet time.
    let decisions = 0;
    let reloaded = false;
    let drafted = false;
    for (let guard = 0; guard < 400; guard++) {
      if (await game.locator('[data-screen="exam-end"]').count()) break;
      const open = game.locator('[data-post-state="open"] [data-answer]').first();
      if ((await open.count()) === 0) {
        const skip = game.locator('[data-action="skip"]:not([disabled])');
        if (await skip.count()) await skip.click().catch(() => undefined);
        else await game.waitForTimeout(150);
        continue;
      }
      try {
        await open.click({ timeout: 5_000 });
      } catch {
        continue; // redrawn under the pointer: look again
      }
      await expect
        .poll(() => game.locator('[data-replies] textarea[data-reply-text]').count(), {
          timeout: 10_000,
          message: 'the reply panel (options and composer) should open when a post’s "Answer" button is pressed',
        })
        .toBe(1);
      // No coach's hint, and no ready-made public reply or private message: the candidate writes.
      expect(await game.locator('[data-replies] [data-action="hint"]').count()).toBe(0);
      expect(await game.locator('[data-replies] button[data-option]').count()).toBeGreaterThan(0);
      expect(
        await game
          .locator('[data-replies] button[data-option][data-action="reply"], [data-replies] button[data-option][data-action="dm"]')
          .count(),
      ).toBe(0);
      if (!drafted) {
        // A reply half written, partly pasted, survives a reload; the candidate leaves the page a moment.
        drafted = true;
        await candidate.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h!.url).origin });
        await game.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
        const area = game.locator('[data-replies] textarea[data-reply-text]');
        await area.focus();
        await game.keyboard.press('ControlOrMeta+V');
        await area.pressSequentially(' We are looking');
        expect(await area.inputValue()).toBe(`${PASTED} We are looking`);
        await game.evaluate(() => window.dispatchEvent(new Event('blur')));
        await game.waitForTimeout(1_500);
        await game.evaluate(() => window.dispatchEvent(new Event('focus')));
        await game.waitForTimeout(300); // the away period is saved with the run
        await game.reload();
        await game.locator('[data-screen="desk"]').waitFor({ timeout: 60_000 });
        await expect.poll(() => game.locator('[data-replies] textarea[data-reply-text]').inputValue()).toBe(`${PASTED} We are looking`);
        await game.locator('[data-replies] textarea[data-reply-text]').fill(`${PASTED} We are looking into it.`);
        await game.locator('[data-replies] [data-reply-send]').click({ timeout: 5_000 });
        decisions++;
        // Sent: the composer of the next post starts empty.
        expect(await game.evaluate(() => localStorage.getItem('frontline.draft'))).toBeNull();
        continue;
      }
      // Nothing of the coach, no hint, no pause on the desk of an exam.
      expect(await game.locator('[data-screen="desk"] .memos').textContent()).not.toMatch(/coach/i);
      expect(await game.locator('[data-screen="desk"] .desk-tools').textContent()).not.toMatch(/pause/i);
      try {
        await game.locator('[data-replies] textarea[data-reply-text]').fill(REPLY);
        await game.locator('[data-replies] [data-reply-send]').click({ timeout: 5_000 });
        decisions++;
      } catch {
        continue; // the post's deadline passed (or the scenario ended) while we were answering
      }
      if (!reloaded && decisions === 2 && (await game.locator('[data-screen="desk"]').count())) {
        // Reload in the middle: back on the desk, the decision kept, the clock still running.
        await expect.poll(() => game.locator('[data-post-state="answered"]').count()).toBeGreaterThan(0);
        const before = await secondsLeft(game);
        // The save reaches IndexedDB a moment after the decision (a reload in that very instant can lose it: see README).
        await game.waitForTimeout(1_000);
        await game.reload();
        await game.locator('[data-screen="desk"]').waitFor({ timeout: 60_000 });
        expect(await game.locator('[data-post-state="answered"]').count()).toBeGreaterThan(0);
        await expect.poll(() => game.locator('[data-exam-timer]').textContent()).toMatch(/\d:\d\d/);
        const after = await secondsLeft(game);
        expect(after).toBeLessThanOrEqual(before);
        expect(after).toBeLessThan(started);
        reloaded = true;
      }
    }
    expect(drafted).toBe(true);
    expect(reloaded).toBe(true);
    await game.locator('[data-screen="exam-end"]').waitFor({ timeout: 60_000 });
    // Review required: the candidate is told the result is provisional.
    expect(await game.locator('[data-screen="exam-end"] [data-provisional]').textContent()).toBe(
      'This result is provisional: the examiner reviews it and may change it.',
    );
    // Scores hidden from the candidate.
    expect(await game.locator('[data-screen="exam-end"] [data-score]').count()).toBe(0);
    expect(await game.locator('[data-screen="exam-end"]').textContent()).not.toMatch(/\/ 100/);
    // What to do with the report, step by step: download it, send it to the exam's contact, keep a copy.
    const reportName = /^frontline-exam-community-manager-screening-camille-durand-\d{4}-\d\d-\d\d\.json$/;
    const steps = await game.locator('[data-exam-steps] li').allTextContents();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(
      /^Download your exam report with the button below\. It is saved as “frontline-exam-community-manager-screening-camille-durand-/,
    );
    expect(steps[1]).toBe('Send this file to Sam Martin, hr@example.org, for instance as an email attachment.');
    expect(steps[2]).toBe('Keep a copy until your examiner confirms they have received it.');
    expect(await game.locator('[data-screen="exam-end"]').textContent()).not.toContain('as instructed');
    // Leaving without the report: a warning first, the download offered.
    await game.locator('[data-action="close-exam"]').click();
    expect(await game.locator('[data-leave="not-downloaded"] h2').textContent()).toBe('You have not downloaded your exam report');
    expect(await game.evaluate(() => document.activeElement?.id)).toBe('exam-leave');
    expect(await game.locator('[data-leave] [data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual([
      'download-before-leaving',
      'leave-without-report',
    ]);
    expect(await axeViolations(game)).toEqual([]);
    // The candidate leaves anyway: the finished exam stays in this browser.
    await game.locator('[data-action="leave-without-report"]').click();
    await game.locator('[data-screen="menu"]').waitFor();
    await game.waitForTimeout(500); // the finished exam reaches IndexedDB

    // ---- The candidate opens the link again: the finished exam, with its report; no new attempt. ----
    const reopened = await candidate.context.newPage();
    const reopenedErrors = watchErrors(reopened);
    await reopened.goto(extraLink);
    await reopened.locator('[data-screen="exam-end"]').waitFor({ timeout: 60_000 });
    expect(await reopened.locator('[data-exam-again="kept"]').textContent()).toMatch(
      /^You already finished this exam in this browser on .+\. A new attempt is not possible\.Your report is below/,
    );
    expect(await reopened.locator('[data-action="begin-exam"]').count()).toBe(0);
    expect(await axeViolations(reopened)).toEqual([]);
    const reportFile = await download(reopened, '[data-action="download-exam-report"]');
    expect(reportFile.name).toMatch(reportName);
    expect(await reopened.locator('[data-downloaded="true"]').textContent()).toContain(reportFile.name);
    // Downloaded: leaving is confirmed, and then only the fact that the exam was sat stays.
    await reopened.locator('[data-action="close-exam"]').click();
    expect(await reopened.locator('[data-leave="downloaded"] h2').textContent()).toBe('Leave the exam?');
    expect(await reopened.locator('[data-leave="downloaded"] p').textContent()).toContain(reportFile.name);
    await reopened.locator('[data-action="confirm-leave"]').click();
    await reopened.locator('[data-screen="menu"]').waitFor();
    await reopened.waitForTimeout(500);
    const third = await candidate.context.newPage();
    await third.goto(extraLink);
    await third.locator('[data-exam-again="downloaded"]').waitFor({ timeout: 60_000 });
    expect(await third.locator('[data-exam-again]').textContent()).toContain(
      'A new attempt is not possible.Your report was downloaded on ',
    );
    expect(await third.locator('[data-exam-again]').textContent()).toContain(
      'If you no longer have the file, contact Sam Martin, hr@example.org.',
    );
    expect(await third.locator('[data-action="download-exam-report"]').count()).toBe(0);
    expect(reopenedErrors).toEqual([]);

    const report = JSON.parse(reportFile.text) as {
      overall: number;
      passed: boolean;
      reports: { mode: string; freeTextRequired?: boolean; decisions: unknown[]; log: { type: string; ms?: number; pasted?: number }[] }[];
      candidate: Record<string, string>;
      exam: { accommodation: number };
      group?: string;
    };
    expect(report).toMatchObject({
      format: 'frontline-exam-report',
      candidate: { name: 'Camille Durand', email: 'camille@example.org' },
      exam: { id: 'community-manager-screening', accommodation: 1.25 },
    });
    expect(report.reports).toHaveLength(1);
    expect(report.reports[0]).toMatchObject({ mode: 'exam', freeTextRequired: true });
    expect(report.reports[0]!.decisions.length).toBeGreaterThanOrEqual(decisions);
    // The group answer reaches the report (and nothing else); the time away and the paste are logged.
    expect(report.group).toBe('26 to 40');
    const log = report.reports[0]!.log;
    const away = log.filter((e) => e.type === 'away');
    expect(away.length).toBeGreaterThanOrEqual(1);
    expect(away[0]!.ms).toBeGreaterThanOrEqual(1_000);
    expect(log.find((e) => e.type === 'free')?.pasted).toBe(PASTED.length);
    expect(candidate.errors).toEqual([]);

    // ---- The officer verifies it, and a copy with an edited overall score. ----
    const tampered = structuredClone(report);
    tampered.overall = report.overall >= 90 ? report.overall - 40 : report.overall + 10;
    tampered.passed = !report.passed;
    const verify = await open('verify.html?lang=en');
    await verify.page.locator('[data-dropzone]').waitFor();
    // The examiner's own file of the extra-time link the candidate sat: the report's settings are checked against it.
    await verify.page
      .locator('input[data-exam-files]')
      .setInputFiles([{ name: extraFile.name, mimeType: 'application/json', buffer: Buffer.from(extraFile.text) }]);
    await verify.page.locator('input[data-files]').setInputFiles([
      { name: 'camille.json', mimeType: 'application/json', buffer: Buffer.from(reportFile.text) },
      { name: 'camille-edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
    ]);
    const cards = verify.page.locator('[data-exam-results] > li');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(2);
    const genuine = cards.nth(0);
    expect(await genuine.getAttribute('data-status')).toBe('verified');
    expect(await genuine.locator('[data-verdict-text]').textContent()).toBe('✓ Exam report — Verified');
    expect(await genuine.locator('[data-fingerprint]').textContent()).toBe(extraFingerprint);
    expect(await genuine.locator('[data-candidate]').textContent()).toBe('Camille Durand · camille@example.org');
    expect(await genuine.locator('[data-limits]').textContent()).toBe('5 min per scenario, 5 min in all');
    expect(await genuine.locator('[data-accommodation]').textContent()).toBe('time × 1.25 (accommodation granted by the examiner)');
    expect(await genuine.locator('[data-free-text]').textContent()).toBe('yes');
    expect(await genuine.locator('[data-recomputed]').getAttribute('data-recomputed')).toBe(String(report.overall));
    expect(await genuine.locator('[data-exam-parts] tr[data-exam-scenario="first-shift"]').getAttribute('data-status')).toBe('verified');
    const edited = cards.nth(1);
    expect(await edited.getAttribute('data-status')).toBe('failed');
    expect(await edited.locator('[data-verdict-text]').textContent()).toBe('✗ Exam report — Not verified: 2 problems');
    expect(await edited.locator('[data-exam-mismatches] li').allTextContents()).toEqual([
      `overall: the report says ${tampered.overall}, its replayed scenarios give ${report.overall}`,
      `passed: the report says ${String(tampered.passed)}, the replayed result (${report.overall} against a pass mark of 50) gives ${String(report.passed)}`,
    ]);
    // Each session inside is verified by replay, as any report (the edit was to the exam's result only).
    expect(await verify.page.locator('[data-results] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'verified',
      'verified',
    ]);
    expect(await axeViolations(verify.page)).toEqual([]);
    expect(verify.errors).toEqual([]);

    // The same from the command line.
    const out: string[] = [];
    writeFileSync(join(dir, 'camille-edited.json'), JSON.stringify(tampered));
    const code = await run([join(dir, reportFile.name), join(dir, 'camille-edited.json')], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(1);
    expect(out.join('\n')).toContain(
      `${reportFile.name}: verified: exam "community-manager-screening" (fingerprint ${extraFingerprint}, extra time ×1.25), candidate Camille Durand`,
    );
    expect(out.join('\n')).toContain(`overall: the report says ${tampered.overall}, its replayed scenarios give ${report.overall}`);
    expect(hr.errors).toEqual([]);
  });
});

describe('an exam link cut short', () => {
  it('says so in one plain sentence, the technical detail folded away', async () => {
    const exam = {
      format: 'frontline-exam',
      version: 2,
      id: 'cut',
      title: 'Cut short',
      locale: 'en',
      seed: 7,
      scenarios: ['defect-crisis'],
      minutesPerScenario: 10,
      minutesTotal: 10,
      passMark: 50,
      freeTextRequired: true,
      showScores: false,
      candidate: ['name'],
    };
    const code = Buffer.from(JSON.stringify(exam)).toString('base64url');
    const { page, errors } = await open(`index.html?lang=en#exam=${code.slice(0, Math.floor(code.length * 0.6))}`);
    await page.locator('[data-screen="error"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-advice]').textContent()).toBe('This exam link is incomplete — ask your examiner to send it again.');
    // The detail is there for the examiner, folded; never a list of schema errors in the candidate's way.
    expect(await page.locator('[data-screen="error"] details').count()).toBe(1);
    expect(await page.locator('[data-screen="error"] details').getAttribute('open')).toBeNull();
    expect(await page.locator('[data-screen="error"] pre').isVisible()).toBe(false);
    expect(await page.locator('[data-screen="error"] li').count()).toBe(0);
    expect(await page.locator('[data-screen="error"]').textContent()).not.toMatch(/src\/|scenarios\//);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('exam links in a tab already open', () => {
  const exam = {
    format: 'frontline-exam',
    version: 2,
    id: 'pasted',
    title: 'Pasted link',
    locale: 'en',
    seed: 11,
    scenarios: ['defect-crisis'],
    minutesPerScenario: 10,
    minutesTotal: 10,
    passMark: 50,
    freeTextRequired: true,
    showScores: false,
    candidate: ['name'],
  };
  const code = Buffer.from(JSON.stringify(exam)).toString('base64url');

  it('says an empty exam link is incomplete, instead of opening the training menu', async () => {
    const { page, errors } = await open('index.html?lang=en#exam=');
    await page.locator('[data-screen="error"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-advice]').textContent()).toBe('This exam link is incomplete — ask your examiner to send it again.');
    expect(await page.locator('[data-screen="menu"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens an exam link pasted into the address bar, and asks before abandoning a training scenario', async () => {
    const { page, errors } = await open('index.html?lang=en');
    await page.locator('[data-screen="menu"]').waitFor({ timeout: 60_000 });
    // On the menu: the exam opens at once.
    await page.evaluate((hash) => (location.hash = hash), `#exam=${code}`);
    await page.locator('[data-screen="exam"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Pasted link');
    // An empty one, pasted: said to be incomplete.
    await page.evaluate(() => (location.hash = '#exam='));
    await page.locator('[data-screen="error"]').waitFor();
    expect(await page.locator('[data-advice]').textContent()).toBe('This exam link is incomplete — ask your examiner to send it again.');

    // A training scenario on the desk: the player is asked; declined, the scenario carries on.
    const training = await open('index.html?lang=en&scenario=defect-crisis');
    const game = training.page;
    await game.locator('[data-screen="briefing"] [data-action="start"]').click();
    await game.locator('[data-screen="desk"]').waitFor({ timeout: 60_000 });
    const asked: string[] = [];
    game.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await game.evaluate((hash) => (location.hash = hash), `#exam=${code}`);
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe('This link opens an exam. A training scenario is being played in this tab: abandon it and open the exam?');
    await game.waitForTimeout(300);
    expect(await game.locator('[data-screen="desk"]').count()).toBe(1);
    // Accepted: the scenario is abandoned and the exam opens.
    game.once('dialog', (d) => void d.accept());
    await game.evaluate((hash) => (location.hash = hash), `#exam=${code}&again=1`);
    await game.locator('[data-screen="exam"]').waitFor();
    expect(await game.locator('h1').textContent()).toBe('Pasted link');
    expect(errors).toEqual([]);
    expect(training.errors).toEqual([]);
  });
});
