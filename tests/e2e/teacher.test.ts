/**
 * Teacher pages on the production build: genuine reports made in Node (Session + buildReport on a
 * shipped scenario, scripted decisions), one with an edited score and malformed files, uploaded
 * into verify.html and dashboard.html.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SCORE_KEYS } from '../../src/core/types';
import type { Report } from '../../src/records/session-report';
import { loadCharters, loadScenario } from '../../tools/scenarios/load';
import { scriptedReport } from '../support/reports';
import { type Harness, axeViolations, startHarness, stopHarness, tabTo, watchErrors } from '../support/browser';
import { REPORT_VERSION } from '../../src/records/session-report';

let h: Harness | undefined;
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await stopHarness(h);
});

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> Kévin';
const FORMULA = "=cmd|' /C calc'!A0";
const RTL_LONG = `مريم ${'ب'.repeat(10_000)}`;

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}
const upload = (name: string, content: Report | string): Upload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

let reports: Record<'lea1' | 'lea2' | 'hostile' | 'formula' | 'anon' | 'rtl', Report>;
let tampered: Report;
let charterRules: Map<string, { fr: string; en: string }>;

beforeAll(async () => {
  const root = join(process.cwd(), 'scenarios');
  const problems: string[] = [];
  const firstShift = loadScenario(join(root, 'first-shift'), loadCharters(join(root, 'charters'), problems), problems);
  if (!firstShift) throw new Error(problems.join('\n'));
  charterRules = new Map(firstShift.charter.rules.map((r) => [r.id, r.text]));
  reports = {
    lea1: scriptedReport(firstShift, { locale: 'fr', seed: 42, strategy: 'worst', candidate: { name: 'Léa Martin' } }),
    lea2: scriptedReport(firstShift, {
      locale: 'fr',
      seed: 43,
      strategy: 'best',
      candidate: { name: 'léa  martin', email: 'lea@example.org' },
    }),
    hostile: scriptedReport(firstShift, { locale: 'en', seed: 7, strategy: 'last', candidate: { name: HOSTILE } }),
    formula: scriptedReport(firstShift, { locale: 'fr', seed: 3, strategy: 'first', candidate: { name: FORMULA } }),
    anon: scriptedReport(firstShift, { locale: 'en', seed: 11, strategy: 'worst' }),
    rtl: scriptedReport(firstShift, { locale: 'en', seed: 5, strategy: 'best', candidate: { name: RTL_LONG } }),
  };
  tampered = structuredClone(reports.anon);
  tampered.candidate = { name: 'Tom Faussaire' };
  tampered.scores.overall = reports.anon.scores.overall === 100 ? 99 : 100;
  h = await startHarness();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Nothing leaves the machine: any request to another origin fails the test.
  page.on('request', (r) => {
    if (!r.url().startsWith(h!.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) errors.push(`request to ${r.url()}`);
  });
  await page.goto(new URL(path, h!.url).toString());
  await page.locator('[data-dropzone]').waitFor();
  return { page, errors };
}

// A report of the current format with a field wrong (a report of format 1 is refused for its version, before its fields).
const MALFORMED = `{"format":"frontline-report","version":${REPORT_VERSION},"app":"x","seed":"forty-two"}`;

describe('verify.html', () => {
  it('gives each file its verdict: verified, mismatches listed, refused with the field named', async () => {
    const { page, errors } = await open('verify.html?lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The drop zone is a labelled file input, reachable with the keyboard.
    await tabTo(page, 'input[data-files]', 30);
    expect(await page.getByLabel('Choose reports (.json)').count()).toBe(1);
    await page
      .locator('input[data-files]')
      .setInputFiles([
        upload('lea.json', reports.lea1),
        upload('hostile.json', reports.hostile),
        upload('tampered.json', tampered),
        upload('broken.json', MALFORMED),
      ]);
    const cards = page.locator('[data-results] > li');
    await expect.poll(() => cards.count(), { timeout: 45_000 }).toBe(4);
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe('Done: 4 files checked.');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'verified',
      'verified',
      'failed',
      'refused',
    ]);
    expect(await cards.nth(0).locator('[data-verdict-text]').textContent()).toBe('✓ Verified');
    expect(await cards.nth(0).locator('[data-overall]').textContent()).toBe(`${reports.lea1.scores.overall}/100`);
    expect(await cards.nth(0).locator('[data-seed]').textContent()).toBe('42');
    // The edited score: one mismatch, both numbers shown.
    expect(await cards.nth(2).locator('[data-verdict-text]').textContent()).toBe('✗ Not verified: 1 mismatch with the replayed session');
    expect(await cards.nth(2).locator('[data-mismatches] li').allTextContents()).toEqual([
      `scores.overall: the report says ${tampered.scores.overall}, the replay gives ${reports.anon.scores.overall}`,
    ]);
    expect(await cards.nth(2).locator('[data-overall]').textContent()).toBe(`${tampered.scores.overall}/100`);
    expect(await cards.nth(2).locator('[data-replayed]').textContent()).toBe(`${reports.anon.scores.overall}/100`);
    // The malformed file: refused, the field named.
    expect(await cards.nth(3).locator('[data-verdict-text]').textContent()).toBe('✗ Refused');
    expect(await cards.nth(3).locator('[data-errors]').textContent()).toMatch(/broken\.json: seed: /);
    // Hostile content is text.
    expect(await cards.nth(1).locator('[data-learner]').textContent()).toBe(HOSTILE);
    expect(await page.locator('[data-results] img, [data-results] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Dropped files work too; the same content again is recognised as a copy.
    const dt = await page.evaluateHandle(
      (files) => {
        const transfer = new DataTransfer();
        for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
        return transfer;
      },
      [
        { name: 'rtl.json', text: JSON.stringify(reports.rtl) },
        { name: 'copy-of-lea.json', text: JSON.stringify(reports.lea1) },
      ],
    );
    await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer: dt });
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(6);
    expect(await cards.nth(4).getAttribute('data-status')).toBe('verified');
    expect(await cards.nth(5).getAttribute('data-verdict')).toBe('duplicate');
    expect(await cards.nth(5).locator('[data-duplicate]').textContent()).toContain('lea.json');

    // An exam report: each of its session reports gets its own verdict.
    const exam = {
      format: 'frontline-exam-report',
      version: 1,
      exam: { id: 'e1', title: 'Exam' },
      candidate: { name: 'Noé' },
      reports: [reports.formula, tampered],
    };
    await page.locator('input[data-files]').setInputFiles([upload('exam.json', JSON.stringify(exam))]);
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(8);
    expect(await cards.nth(6).locator('.result-file').textContent()).toBe('exam.json › 1');
    expect(await cards.nth(6).getAttribute('data-status')).toBe('verified');
    expect(await cards.nth(7).getAttribute('data-status')).toBe('failed');

    // French, from the switch; the verdicts are translated.
    await page.locator('[data-lang="fr"]').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Vérifier des rapports de session');
    expect(await cards.nth(0).locator('[data-verdict-text]').textContent()).toBe('✓ Vérifié');
    expect(await cards.nth(2).locator('[data-verdict-text]').textContent()).toBe('✗ Non vérifié : 1 écart avec la partie rejouée');
    expect(page.url()).toContain('lang=fr');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('dashboard.html', () => {
  it("verifies a class's reports, tabulates them, averages the competencies, lists broken rules and exports CSV", async () => {
    const { page, errors } = await open('dashboard.html?lang=fr');
    expect(await page.locator('h1').textContent()).toBe('Tableau de bord des résultats');
    const files = [
      upload('lea-1.json', reports.lea1),
      upload('lea-2.json', reports.lea2),
      upload('hostile.json', reports.hostile),
      upload('formula.json', reports.formula),
      upload('anon.json', reports.anon),
      upload('rtl.json', reports.rtl),
      upload('tom.json', tampered),
      upload('broken.json', MALFORMED),
      upload('notes.txt', 'just some notes'),
      upload('anon-copy.json', reports.anon),
    ];
    await page.locator('input[type="file"]').setInputFiles(files);
    await expect.poll(() => page.locator('[data-files-list] > li').count(), { timeout: 50_000 }).toBe(files.length);
    expect(await page.locator('[data-files-summary]').textContent()).toBe(
      '10 fichiers importés. 2 d’entre eux n’ont pas pu être lus comme des rapports. Parties : 8 — vérifiées : 6, non vérifiées : 1, illisibles : 0, comptées une seule fois (la même partie que dans un autre fichier) : 1.',
    );
    // The tampered report is flagged in the file list and in the table.
    const tom = page.locator('[data-files-list] > li[data-file="tom.json"]');
    expect(await tom.getAttribute('data-status')).toBe('failed');
    await tom.locator('summary').first().click();
    expect(await tom.locator('[data-mismatches]').textContent()).toContain('scores.overall: the report says');

    // Learners × scenarios: Léa's two reports merge (same name, case and spacing aside) and keep the best.
    const rows = await page.locator('[data-results-table] tbody tr[data-learner]').evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent!,
        overall: tr.querySelector('td[data-scenario="first-shift"]')?.getAttribute('data-overall') ?? null,
        verified: tr.querySelector('td[data-scenario="first-shift"]')?.getAttribute('data-verified') ?? null,
        text: tr.querySelector('td[data-scenario="first-shift"]')?.textContent ?? '',
      })),
    );
    const best = (...rs: Report[]) => String(Math.max(...rs.map((r) => r.scores.overall)));
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(rows).toHaveLength(6);
    expect(byName.get('Léa Martin')).toMatchObject({ overall: best(reports.lea1, reports.lea2), verified: 'true' });
    expect(byName.get(HOSTILE)).toMatchObject({ overall: best(reports.hostile), verified: 'true' });
    expect(byName.get(FORMULA)).toMatchObject({ overall: best(reports.formula), verified: 'true' });
    expect(byName.get('(anonyme) anon.json')).toMatchObject({ overall: best(reports.anon), verified: 'true' });
    expect(byName.get('Tom Faussaire')).toMatchObject({ overall: String(tampered.scores.overall), verified: 'false' });
    expect(byName.get('Tom Faussaire')!.text).toContain('non vérifié');
    const rtlRow = rows.find((r) => r.name.startsWith('مريم'))!;
    expect(rtlRow.name.length).toBeLessThan(200); // clipped on screen, whole in the title and the CSV
    expect(await page.locator('[data-results-table] img, [data-results-table] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // The five sub-scores, in a details row opened from the keyboard.
    const leaRow = page.locator('[data-results-table] tbody tr[data-learner]', { hasText: 'Léa Martin' });
    const toggle = leaRow.locator('[data-details-toggle]');
    expect(await toggle.getAttribute('aria-label')).toBe('Détail des scores de Léa Martin');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const leaBest = reports.lea1.scores.overall >= reports.lea2.scores.overall ? reports.lea1 : reports.lea2;
    const details = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await details.isVisible()).toBe(true);
    for (const key of SCORE_KEYS) expect(await details.locator(`[data-score="${key}"]`).textContent()).toBe(String(leaBest.scores[key]));

    // Averages over the verified cells (each learner's best), formatted in French.
    const cells = [leaBest, reports.hostile, reports.formula, reports.anon, reports.rtl];
    expect(await page.locator('[data-basis]').textContent()).toBe(
      'Calculé sur 5 résultats vérifiés (le meilleur de chaque personne pour chaque scénario).',
    );
    const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 1 });
    for (const key of [...SCORE_KEYS, 'overall'] as const) {
      const mean = cells.reduce((a, r) => a + r.scores[key], 0) / cells.length;
      expect(await page.locator(`[data-stat="${key}"] [data-mean]`).textContent()).toBe(fr.format(mean));
      const band = (v: number) => Math.min(4, Math.floor(v / 20));
      const counts = [0, 0, 0, 0, 0];
      for (const r of cells) counts[band(r.scores[key])]!++;
      expect(await page.locator(`[data-stat="${key}"] [data-band]`).allTextContents()).toEqual(counts.map(String));
    }
    expect(await page.locator('canvas[data-chart="averages"][role="img"]').getAttribute('aria-label')).toMatch(/Moyenne par compétence/);
    expect(await page.locator('canvas[data-chart="distribution"]').count()).toBe(1);

    // Broken rules in verified reports (every attempt counts, the copy and the tampered one do not).
    const expected = new Map<string, { count: number; learners: Set<string> }>();
    const who: [Report, string][] = [
      [reports.lea1, 'Léa Martin'],
      [reports.lea2, 'Léa Martin'],
      [reports.hostile, HOSTILE],
      [reports.formula, FORMULA],
      [reports.anon, '(anonyme) anon.json'],
      [reports.rtl, 'rtl'],
    ];
    for (const [r, name] of who) {
      for (const d of r.decisions)
        for (const b of d.breaches) {
          const e = expected.get(b.ruleId) ?? { count: 0, learners: new Set<string>() };
          e.count++;
          e.learners.add(name);
          expected.set(b.ruleId, e);
        }
    }
    expect(expected.size).toBeGreaterThan(0);
    const ruleRows = await page.locator('[data-rules-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        rule: tr.getAttribute('data-rule'),
        count: Number(tr.querySelector('[data-count]')!.textContent),
        text: tr.querySelectorAll('td')[0]!.textContent,
        learners: tr.querySelectorAll('li').length,
      })),
    );
    expect(ruleRows.map((r) => r.count)).toEqual([...ruleRows.map((r) => r.count)].sort((a, b) => b - a));
    expect(Object.fromEntries(ruleRows.map((r) => [r.rule, r.count]))).toEqual(
      Object.fromEntries([...expected].map(([id, e]) => [id, e.count])),
    );
    for (const r of ruleRows) {
      expect(r.text).toBe(charterRules.get(r.rule!)!.fr);
      expect(r.learners).toBe(expected.get(r.rule!)!.learners.size);
    }

    // CSV: BOM, French header with ";", one row per learner and scenario, formula neutralised.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^frontline-resultats-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      '"Personne";"Scénario (identifiant)";"Titre du scénario";"Langue";"Date";"Score global";"Diplomatie";"Rapidité";"Respect de la charte";"Discernement";"État de la communauté";"Indices utilisés";"Vérifié";"Relu"',
    );
    expect(lines).toHaveLength(1 + 6);
    const line = (name: string) => lines.find((l) => l.startsWith(`"${name.replace(/"/g, '""')}"`));
    expect(line(`'${FORMULA}`)).toBeDefined();
    expect(lines.some((l) => l.startsWith(`"${FORMULA}`))).toBe(false);
    expect(line('Léa Martin')).toBe(
      [
        'Léa Martin',
        'first-shift',
        'Premier jour à la permanence',
        leaBest.locale,
        '2026-11-23 09:20',
        leaBest.scores.overall,
        ...SCORE_KEYS.map((k) => leaBest.scores[k]),
        0,
        'oui',
        'non',
      ]
        .map((v) => `"${v}"`)
        .join(';'),
    );
    expect(line('Tom Faussaire')).toMatch(/;"non";"non"$/);
    expect(line(HOSTILE)).toMatch(/;"oui";"non"$/);
    expect(line(RTL_LONG)).toBeDefined();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('in English: comma-separated CSV, translated page, and a malformed-only import does not break it', async () => {
    const { page, errors } = await open('dashboard.html?lang=en');
    await page
      .locator('input[type="file"]')
      .setInputFiles([upload('broken.json', MALFORMED), upload('huge-name.json', '{"format":"frontline-report"')]);
    await expect.poll(() => page.locator('[data-files-list] > li').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.locator('[data-files-list] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'refused',
      'refused',
    ]);
    expect(await page.locator('[data-no-stats]').textContent()).toBe('No verified report yet: no average to compute.');
    expect(await page.locator('[data-export]').isDisabled()).toBe(true);
    await page.locator('input[type="file"]').setInputFiles([upload('a.json', reports.formula), upload('b.json', reports.hostile)]);
    await expect.poll(() => page.locator('[data-results-table] tbody tr[data-learner]').count(), { timeout: 30_000 }).toBe(2);
    expect(await page.locator('[data-results-table] thead th[data-scenario="first-shift"]').textContent()).toBe('First day on the desk');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^frontline-results-/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('"Person","Scenario id","Scenario title","Language","Date","Overall score"')).toBe(true);
    expect(
      lines
        .slice(1)
        .map((l) => l.split('","')[0])
        .sort(),
    ).toEqual([`"'${FORMULA}`, `"${HOSTILE.replace(/"/g, '""')}`].sort());
    expect(errors).toEqual([]);
  });
});
