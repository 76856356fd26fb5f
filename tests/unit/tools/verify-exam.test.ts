/**
 * Issue #18 through `npm run verify-report`: an exam report's settings are checked against the
 * examiner's exam file (never taken from the candidate's copy), its integrity signals are printed
 * on a `signals:` line, and an examiner's review file is applied, or refused when edited.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng';
import { examFingerprint } from '../../../src/engine/fingerprint';
import { variantCode } from '../../../src/engine/variant';
import { makeReview, reportHash } from '../../../src/pages/review';
import type { Exam } from '../../../src/records/exam-file';
import { diskLookup, run } from '../../../tools/verify-report';
import { examAttempt } from '../../support/exam-reports';
import { shippedScenario } from '../../support/long-run';

const dir = mkdtempSync(join(tmpdir(), 'frontline-verify-exam-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const save = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};
async function cli(...args: string[]) {
  const out: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

const exam: Exam = {
  format: 'frontline-exam',
  version: 2,
  id: 'cm-screening',
  title: 'CM screening',
  locale: 'en',
  seed: 2026,
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
const library = [shippedScenario('defect-crisis')];
const examFile = save('exam.json', exam);
const PROMISE = 'Hi Noah, full refund by Friday 14 March for every affected customer, you have our word!';

const rng = createRng(4);
const person = examAttempt(library, exam, {
  candidate: { name: 'Camille' },
  strategy: 'best',
  gap: () => 25_000 + 120_000 * rng.next() ** 2,
  written: { p4: PROMISE },
});
const bot = examAttempt(library, exam, { candidate: { name: 'Bot' }, strategy: 'best', gap: () => 150 });

describe('verify-report on exam reports', () => {
  it('prints the signals: an instant bot is flagged, a person with a varied pace is not', async () => {
    const r = await cli('--exam', examFile, save('person.json', person), save('bot.json', bot));
    const signals = r.out.split('\n').filter((l) => l.trim().startsWith('signals:'));
    expect(signals).toHaveLength(2);
    expect(signals[0]).toContain('signals: nothing flagged');
    expect(signals[1]).toMatch(/signals: to look at: fast-decisions.*quick-run/);
    expect(r.out).toContain('(unproctored)');
    expect(r.out).toContain('exam settings match the examiner’s exam');
    expect(r.out).toContain('A verified file-based report proves that its log is one possible playthrough');
  });

  it('gives each candidate their own variant, and both verify; a report claiming another candidate’s variant does not', async () => {
    const variantOf = (r: typeof person) => (r.reports[0]!.log[0]?.type === 'start' ? r.reports[0]!.log[0].variant : undefined);
    expect(variantOf(person)).toBeTypeOf('number');
    expect(variantOf(person)).not.toBe(variantOf(bot));
    const both = await cli('--exam', examFile, save('p.json', person), save('b.json', bot));
    expect(both.out).toMatch(/2 exam report\(s\): 2 verified/);
    // Each verified session names the variant it played, as the examiner's exam gives it.
    expect(both.out).toContain(`variant ${variantCode(variantOf(person)!)}`);
    expect(both.out).toContain(`variant ${variantCode(variantOf(bot)!)}`);
    const swapped = structuredClone(person);
    swapped.candidate = { name: 'Bot' };
    swapped.reports.forEach((r) => (r.candidate = { name: 'Bot' }));
    const r = await cli('--exam', examFile, save('swapped.json', swapped));
    expect(r.out).toMatch(/reports\[0\]\.variant: [0-9a-f]{8}, the exam gives [0-9a-f]{8} for this scenario and candidate/);
  });

  it('checks the settings against the examiner’s exam, not the candidate’s copy', async () => {
    const edited = structuredClone(bot);
    edited.exam.passMark = 0;
    edited.exam.minutesTotal = 600;
    edited.passed = true;
    const path = save('edited.json', edited);
    const without = await cli(path);
    expect(without.out).toContain('exam settings NOT CHECKED');
    const withExam = await cli('--exam', examFile, path);
    expect(withExam.code).toBe(1);
    expect(withExam.out).toContain('exam settings DIFFER from the examiner’s exam');
    expect(withExam.out).toContain('exam.passMark: the report says 0, the examiner’s exam says 60');
    expect(withExam.out).toContain('NOT VERIFIED');
    const byFingerprint = await cli('--fingerprint', examFingerprint(exam), save('bot2.json', bot));
    expect(byFingerprint.out).toContain('exam settings match the examiner’s exam');
  });

  it('an exam that requires a review is provisional without one; a review is applied, an edited one refused', async () => {
    const reportText = JSON.stringify(person);
    const reportPath = save('camille.json', reportText);
    expect((await cli('--exam', examFile, reportPath)).out).toContain('provisional: this exam requires a review');
    const promised = person.reports[0]!.decisions.findIndex((d) => d.postId === 'p4');
    expect(person.reports[0]!.decisions[promised]!.breaches.map((b) => b.ruleId)).toEqual(['no-promise']);
    const review = await makeReview(
      { file: 'camille.json', kind: 'exam-report', hash: reportHash(reportText)!, sessions: person.reports, exam },
      [
        {
          session: 0,
          decision: promised,
          postId: 'p4',
          findings: [{ ruleId: 'no-promise', verdict: 'overruled' }],
          note: 'A goodwill gesture the brand allows.',
        },
      ],
      diskLookup(join(process.cwd(), 'scenarios')),
      { examiner: 'R. Examiner', at: '2026-12-07T12:00:00.000Z' },
    );
    expect(review.result.overall).toBeGreaterThan(person.overall);
    const applied = await cli('--exam', examFile, reportPath, save('review.json', review));
    expect(applied.code).toBe(0);
    expect(applied.out).toContain(
      `applied (examiner R. Examiner, 2026-12-07T12:00:00.000Z): 1 decision(s) changed; reviewed overall ${review.result.overall}/100`,
    );
    const edited = { ...review, decisions: review.decisions.map((d) => ({ ...d, note: 'changed' })) };
    const refused = await cli('--exam', examFile, reportPath, save('edited-review.json', edited));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('REFUSED: it was edited after it was saved');
    const other = await cli('--exam', examFile, save('bot3.json', bot), save('review2.json', review));
    expect(other.code).toBe(1);
    expect(other.out).toContain('none of the reports given is the one this review is of');
  });
});
