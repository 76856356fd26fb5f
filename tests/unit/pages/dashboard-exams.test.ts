/**
 * Issue #18, exam results in the class dashboard: one row per exam attempt with the exam-level
 * verdict (an untouched session inside an edited exam report does not make the row verified), the
 * settings checked against the examiner's exam file, the review, duplicates counted once, the same
 * candidate's attempts, near-identical written replies, and the CSV export. Exam reports are made in
 * Node: scripted sessions under the exam's conditions, then buildExamReport (tests/support/exam-reports.ts).
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type ScenarioLookup, checkFile } from '../../../src/pages/check';
import type { CheckedFile } from '../../../src/pages/common';
import { type ExaminerFile, addExaminerFile, attemptChecker, readExaminerFile } from '../../../src/pages/dashboard/exam-check';
import { buildExamModel, countedSessions, markSameSessions } from '../../../src/pages/dashboard/exams';
import { examCsvRows } from '../../../src/pages/dashboard/export';
import { buildModel, cellKey } from '../../../src/pages/dashboard/model';
import { createTeacherI18n } from '../../../src/pages/i18n';
import { isExamReport } from '../../../src/pages/exam-report';
import { makeReview, reportHash, reviewableReplies } from '../../../src/pages/review';
import type { Exam } from '../../../src/records/exam-file';
import type { ExamReport } from '../../../src/records/exam-report';
import { fixtureLibrary } from '../../support/helpers';
import { examAttempt } from '../../support/exam-reports';

const mini = fixtureLibrary().scenarios[0]!;
const lookup: ScenarioLookup = async (id, locale) =>
  id === 'mini' ? { manifest: mini.manifest, charter: mini.charter, story: mini.stories[locale]! } : null;

const exam: Exam = {
  format: 'frontline-exam',
  version: 2,
  id: 'cm-screening',
  title: 'Community manager screening',
  locale: 'en',
  seed: 77,
  scenarios: ['mini'],
  minutesPerScenario: 30,
  minutesTotal: 60,
  passMark: 50,
  freeTextRequired: false,
  showScores: false,
  candidate: ['name'],
  accommodation: 1,
  review: false,
  group: { label: 'Age band', choices: ['Under 30', '30 and over'] },
};

const SHARED_REPLY = 'Hello Ana, we are really sorry about your parcel; please send us a private message with your order number.';

/** Imports files as the page does: each checked as a report (sessions), exam reports then checked as a whole. */
async function importFiles(files: { name: string; content: unknown }[], examinerFiles: ExaminerFile[] = []) {
  const checked: CheckedFile[] = [];
  const inputs: { file: string; text: string; sessions: CheckResult[] }[] = [];
  const examiner = [...examinerFiles];
  for (const f of files) {
    const text = typeof f.content === 'string' ? f.content : JSON.stringify(f.content);
    const taken = readExaminerFile(f.name, text);
    if (taken) {
      addExaminerFile(examiner, taken);
      continue;
    }
    const results = await checkFile(f.name, text, lookup);
    for (const result of results) checked.push({ result });
    if (isExamReport(text)) inputs.push({ file: f.name, text, sessions: results });
  }
  const checkedAttempts = await attemptChecker(lookup)(inputs, examiner);
  return { checked, checkedAttempts, model: buildExamModel(checkedAttempts.attempts), examiner };
}

const tamper = (report: ExamReport, change: (r: ExamReport) => void): ExamReport => {
  const copy = structuredClone(report);
  change(copy);
  return copy;
};

describe('exam rows', () => {
  const ana = examAttempt([mini], exam, { candidate: { name: 'Ana Lopez' }, strategy: 'best', group: 'Under 30' });
  const tom = examAttempt([mini], exam, { candidate: { name: 'Tom Martin' }, strategy: 'worst', group: '30 and over' });

  it('shows each attempt with its exam-level verdict: an edited overall is not verified, though its session replays', async () => {
    expect(tom.passed).toBe(false);
    const edited = tamper(tom, (r) => {
      r.overall = 90;
      r.passed = true;
    });
    const { model } = await importFiles([
      { name: 'ana.json', content: ana },
      { name: 'tom.json', content: edited },
    ]);
    expect(model.rows.map((r) => [r.candidate.name, r.verified])).toEqual([
      ['Ana Lopez', true],
      ['Tom Martin', false],
    ]);
    const [good, bad] = model.rows as [(typeof model.rows)[0], (typeof model.rows)[0]];
    expect(good).toMatchObject({
      examId: 'cm-screening',
      settings: 'unchecked',
      outcome: 'passed',
      result: { overall: ana.overall, passed: true },
      review: { state: 'not-required' },
      group: 'Under 30',
      attempt: { index: 1, of: 1 },
    });
    expect(good.fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    // The session inside the edited report is untouched and replays; the row is still not verified.
    expect(bad.parts.map((p) => p.status)).toEqual(['verified']);
    expect(bad).toMatchObject({
      claimed: { overall: 90, passed: true },
      result: { overall: tom.overall, passed: false },
      outcome: 'failed',
    });
    expect(bad.mismatches.some((m) => m.startsWith('overall: the report says 90'))).toBe(true);
    expect(bad.problems).toBeGreaterThanOrEqual(2);
  });

  it('catches an edited pass mark against the examiner’s exam file, and says when the settings were not checked', async () => {
    const lowered = tamper(tom, (r) => {
      r.exam.passMark = 30;
      r.passed = true;
    });
    // Without the examiner's exam file the report holds together: the row says its settings were not checked.
    const alone = await importFiles([{ name: 'tom.json', content: lowered }]);
    expect(alone.model.rows[0]).toMatchObject({ verified: true, settings: 'unchecked', outcome: 'passed', passMark: 30 });
    // With it, imported in the same batch, the examiner's settings win.
    const withExam = await importFiles([
      { name: 'exam.json', content: exam },
      { name: 'ana.json', content: ana },
      { name: 'tom.json', content: lowered },
    ]);
    expect(withExam.examiner.map((f) => f.kind)).toEqual(['exam']);
    const rows = new Map(withExam.model.rows.map((r) => [r.file, r]));
    expect(rows.get('ana.json')).toMatchObject({ verified: true, settings: 'matched' });
    expect(rows.get('tom.json')).toMatchObject({ verified: false, settings: 'differs', passMark: 50, outcome: 'failed' });
    expect(rows.get('tom.json')!.mismatches).toContain('exam.passMark: the report says 30, the examiner’s exam says 50');
  });

  it('counts the same session once, alone and inside an exam report, and names the same exam report imported twice', async () => {
    const session = ana.reports[0]!;
    const reformatted = JSON.stringify(ana, null, 2);
    const { checked, model } = await importFiles([
      { name: 'ana-session.json', content: session },
      { name: 'ana.json', content: ana },
      { name: 'ana-again.json', content: reformatted },
    ]);
    expect(checked.map((c) => c.result.file)).toEqual(['ana-session.json', 'ana.json › 1', 'ana-again.json › 1']);
    const marked = markSameSessions(checked);
    expect(marked.map((c) => c.sameSessionAs)).toEqual([undefined, 'ana-session.json', 'ana-session.json']);
    expect(marked.map((c) => c.otherName)).toEqual([undefined, undefined, undefined]);
    const counted = countedSessions(marked);
    expect(counted).toHaveLength(1);
    const sessions = buildModel(counted);
    expect(sessions.cells.get(cellKey('name:ana lopez', 'mini'))!.attempts).toBe(1);
    // One exam row: the second file is the same exam report, whatever its layout.
    expect(model.rows.map((r) => r.file)).toEqual(['ana.json']);
    expect(model.duplicates).toEqual([{ file: 'ana-again.json', of: 'ana.json' }]);
    expect(model.rows[0]!.sharedSessions).toEqual([]);
  });

  it('keeps the same session under another name in both learners’ rows, each file pointing to the other', async () => {
    const renamed = structuredClone(ana.reports[0]!);
    renamed.candidate = { name: 'Someone Else' };
    renamed.scores.overall = 100;
    const { checked } = await importFiles([
      { name: 'renamed.json', content: renamed },
      { name: 'ana.json', content: ana },
      { name: 'ana-session.json', content: ana.reports[0]! },
    ]);
    const marked = markSameSessions(checked);
    expect(marked.map((c) => [c.result.file, c.result.status, c.sameSessionAs, c.otherName])).toEqual([
      ['renamed.json', 'failed', undefined, 'ana.json › 1'],
      ['ana.json › 1', 'verified', undefined, 'renamed.json'],
      ['ana-session.json', 'verified', 'ana.json › 1', 'renamed.json'],
    ]);
    expect(countedSessions(marked).map((r) => r.file)).toEqual(['renamed.json', 'ana.json › 1']);
  });

  it('shows the same candidate’s two attempts at the same exam as such', async () => {
    const again = examAttempt([mini], exam, {
      candidate: { name: 'ana  LOPEZ' },
      strategy: 'last',
      group: 'Under 30',
      startedAt: '2026-11-23T11:00:00Z',
    });
    const { model } = await importFiles([
      { name: 'ana-2.json', content: again },
      { name: 'ana.json', content: ana },
      { name: 'tom.json', content: tom },
    ]);
    const attempts = model.rows.filter((r) => r.candidate.key === 'name:ana lopez');
    expect(attempts.map((r) => [r.file, r.attempt])).toEqual([
      ['ana.json', { index: 1, of: 2 }],
      ['ana-2.json', { index: 2, of: 2 }],
    ]);
    expect(model.rows.find((r) => r.file === 'tom.json')!.attempt).toEqual({ index: 1, of: 1 });
  });

  it('flags near-identical written replies across candidates of the same exam, not the others', async () => {
    const lea = examAttempt([mini], exam, { candidate: { name: 'Léa' }, strategy: 'first', written: { p1: SHARED_REPLY } });
    const max = examAttempt([mini], exam, { candidate: { name: 'Max' }, strategy: 'first', written: { p1: `${SHARED_REPLY}!` } });
    const zoe = examAttempt([mini], exam, {
      candidate: { name: 'Zoé' },
      strategy: 'first',
      written: { p1: 'Hi Ana, could you tell us in a private message what arrived broken, so that we can send a new one?' },
    });
    const { model } = await importFiles([
      { name: 'lea.json', content: lea },
      { name: 'max.json', content: max },
      { name: 'zoe.json', content: zoe },
    ]);
    const by = new Map(model.rows.map((r) => [r.candidate.name, r]));
    expect(by.get('Léa')!.flags).toContain('similar-replies');
    expect(by.get('Max')!.flags).toContain('similar-replies');
    expect(by.get('Léa')!.similar).toEqual([{ other: by.get('Max')!.key, scenario: 'mini', postId: 'p1', similarity: expect.any(Number) }]);
    expect(by.get('Zoé')!.flags).not.toContain('similar-replies');
    expect(by.get('Zoé')!.similar).toEqual([]);
  });

  it('keeps a result provisional until a valid review is imported, and applies the review’s result', async () => {
    const reviewed: Exam = { ...exam, id: 'cm-reviewed', review: true };
    const sam = examAttempt([mini], reviewed, {
      candidate: { name: 'Sam' },
      strategy: 'first',
      written: { p1: 'You must have opened it wrong, read the instructions next time before complaining here.' },
    });
    const text = JSON.stringify(sam);
    const pending = await importFiles([{ name: 'sam.json', content: text }]);
    expect(pending.model.rows[0]).toMatchObject({ outcome: 'provisional', review: { state: 'pending' } });

    const hash = reportHash(text)!;
    const target = { file: 'sam.json', kind: 'exam-report' as const, hash, sessions: sam.reports, exam: reviewed };
    const [reply] = reviewableReplies(target);
    expect(reply).toBeDefined();
    const review = await makeReview(
      target,
      [{ session: 0, decision: reply!.decision, postId: reply!.postId, findings: [], judgement: 'best', note: 'Fine.' }],
      lookup,
      {
        examiner: 'A. Examiner',
        at: '2026-11-24T10:00:00.000Z',
      },
    );
    const applied = await importFiles([
      { name: 'sam.json', content: text },
      { name: 'sam-review.json', content: review },
    ]);
    const row = applied.model.rows[0]!;
    expect(row).toMatchObject({ review: { state: 'reviewed', examiner: 'A. Examiner', file: 'sam-review.json', problems: [] } });
    expect(row.result).toEqual({ overall: review.result.overall, passed: review.result.passed });
    expect(row.outcome).toBe(review.result.passed ? 'passed' : 'failed');
    expect(applied.checkedAttempts.reviewUse.get('sam-review.json')).toBe(row.key);

    // An edited review is refused: the result stays provisional.
    const edited = { ...review, result: { ...review.result, overall: 99 } };
    const refused = await importFiles([
      { name: 'sam.json', content: text },
      { name: 'edited-review.json', content: edited },
    ]);
    expect(refused.model.rows[0]).toMatchObject({ outcome: 'provisional', review: { state: 'refused', refusal: 'edited' } });
  });

  it('tells the examiner’s files apart by their format', () => {
    expect(readExaminerFile('exam.json', JSON.stringify(exam))).toMatchObject({ kind: 'exam', exam: { id: 'cm-screening' } });
    expect(readExaminerFile('broken.json', JSON.stringify({ ...exam, passMark: 'x' }))).toMatchObject({
      kind: 'refused',
      what: 'exam',
      errors: [expect.stringMatching(/broken\.json: passMark/)],
    });
    expect(readExaminerFile('r.json', JSON.stringify({ format: 'frontline-review', version: 1 }))).toMatchObject({
      kind: 'refused',
      what: 'review',
    });
    expect(readExaminerFile('report.json', JSON.stringify(ana.reports[0]))).toBeNull();
    expect(readExaminerFile('exam-report.json', JSON.stringify(ana))).toBeNull();
    expect(readExaminerFile('junk.json', '<html>')).toBeNull();
    const list: ExaminerFile[] = [];
    addExaminerFile(list, readExaminerFile('exam.json', JSON.stringify(exam))!);
    expect(addExaminerFile(list, readExaminerFile('copy.json', JSON.stringify(exam, null, 1))!).duplicateOf).toBe('exam.json');
  });

  it('exports one CSV row per attempt with the columns the examiner asked for', async () => {
    const formula = examAttempt([mini], exam, { candidate: { name: '=HYPERLINK("x")' }, strategy: 'last' });
    const { model } = await importFiles([
      { name: 'exam.json', content: exam },
      { name: 'ana.json', content: ana },
      { name: 'formula.json', content: formula },
    ]);
    const i18n = await createTeacherI18n('en');
    const rows = examCsvRows(model, i18n.t.bind(i18n));
    expect(rows[0]).toEqual([
      'Candidate',
      'Exam id',
      'Exam fingerprint',
      'Overall score',
      'Passed',
      'Provisional / reviewed',
      'Verified',
      'Settings check',
      'Signals (flags)',
      'Group answer',
      'File',
    ]);
    const anaRow = rows.find((r) => r[0] === 'Ana Lopez')!;
    expect(anaRow).toEqual([
      'Ana Lopez',
      'cm-screening',
      model.rows.find((r) => r.file === 'ana.json')!.fingerprint,
      ana.overall,
      'yes',
      'no review required',
      'yes',
      'matches the exam file',
      'quick run',
      'Under 30',
      'ana.json',
    ]);
    expect(rows.find((r) => r[10] === 'formula.json')![9]).toBe('not answered');
    const fr = await createTeacherI18n('fr');
    expect(examCsvRows(model, fr.t.bind(fr))[0]![0]).toBe('Candidat');
  });
});
