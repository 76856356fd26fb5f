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
import { buildExamModel, countedSessions, fileCounts, markSameSessions } from '../../../src/pages/dashboard/exams';
import { settingsText, verificationText } from '../../../src/pages/dashboard/exam-views';
import { csvRows, examCsvRows } from '../../../src/pages/dashboard/export';
import { fairness } from '../../../src/pages/dashboard/fairness';
import { brokenRules, buildModel, cellKey, statistics } from '../../../src/pages/dashboard/model';
import { reviewLookup } from '../../../src/pages/dashboard/reviewed';
import { createTeacherI18n } from '../../../src/pages/i18n';
import { isExamReport } from '../../../src/pages/exam-report';
import { makeReview, reportHash, reviewableReplies, reviewedReport } from '../../../src/pages/review';
import { examFingerprint } from '../../../src/engine/fingerprint';
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
  variants: 'per-candidate',
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
      'E-mail',
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
      '',
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
    expect(rows.find((r) => r[11] === 'formula.json')![10]).toBe('not answered');
    const fr = await createTeacherI18n('fr');
    expect(examCsvRows(model, fr.t.bind(fr))[0]![0]).toBe('Candidat');
  });
});

describe('what the examiner reads on a row (playtest fixes)', () => {
  const ana = examAttempt([mini], exam, { candidate: { name: 'Ana Lopez' }, strategy: 'best', group: 'Under 30' });

  it('calls an extra-time link what it is: matches the exam file, extra time to confirm, counted in the fairness view', async () => {
    // The builder's file has no extra time; the candidate was sent its ×1.5 link.
    const extra: Exam = { ...exam, accommodation: 1.5 };
    const cleo = examAttempt([mini], extra, { candidate: { name: 'Cléo' }, strategy: 'best', group: '30 and over' });
    const { model } = await importFiles([
      { name: 'exam.json', content: exam },
      { name: 'ana.json', content: ana },
      { name: 'cleo.json', content: cleo },
    ]);
    const row = model.rows.find((r) => r.file === 'cleo.json')!;
    expect(row).toMatchObject({
      verified: true,
      settings: 'extra-time',
      standing: 'extra-time',
      accommodation: 1.5,
      differences: [],
      technicalLines: [],
      examinerFingerprint: null,
    });
    // The report's own fingerprint: the extra-time link's, not the examiner's file's.
    expect(row.fingerprint).toBe(examFingerprint(extra));
    expect(row.fingerprint).not.toBe(examFingerprint(exam));
    const [fair] = fairness(model.rows);
    expect(fair).toMatchObject({ basis: 2, unverified: 0, extraTime: [row.key] });
    const en = await createTeacherI18n('en');
    const t = en.t.bind(en);
    const env = { t, locale: 'en' as const };
    expect(settingsText(row, env)).toBe(
      'Matches your exam file, with extra time ×1.5, which that file does not grant: check you sent this candidate that link',
    );
    expect(verificationText(row, env)).toEqual({ text: '✓ Verified', tone: 'verified' });
    const csv = examCsvRows(model, t, 'en').find((r) => r[0] === 'Cléo')!;
    expect(csv[8]).toBe('matches the exam file, with extra time ×1.5 it does not grant (check the link sent)');
    const fr = await createTeacherI18n('fr');
    expect(settingsText(row, { t: fr.t.bind(fr), locale: 'fr' })).toBe(
      'Conformes à votre fichier d’examen, avec un temps majoré × 1,5 que ce fichier n’accorde pas : vérifiez que vous avez bien envoyé ce lien à ce candidat',
    );
  });

  it('never reads as a plain ✓ without the exam file, and says “provisional” and the e-mail in the CSV', async () => {
    const reviewed: Exam = { ...exam, id: 'cm-mail', candidate: ['name', 'email'], review: true };
    const eve = examAttempt([mini], reviewed, { candidate: { name: 'Eve', email: 'eve@example.org' }, strategy: 'best' });
    const { model } = await importFiles([{ name: 'eve.json', content: eve }]);
    const row = model.rows[0]!;
    expect(row).toMatchObject({
      verified: true,
      settings: 'unchecked',
      standing: 'unchecked',
      outcome: 'provisional',
      email: 'eve@example.org',
    });
    const en = await createTeacherI18n('en');
    const t = en.t.bind(en);
    expect(verificationText(row, { t, locale: 'en' })).toEqual({
      text: '⚠ Replay verified — exam settings not checked (add your exam file)',
      tone: 'caution',
    });
    const [, line] = examCsvRows(model, t, 'en');
    expect(line!.slice(0, 8)).toEqual([
      'Eve',
      'eve@example.org',
      'cm-mail',
      row.fingerprint,
      eve.overall,
      'provisional',
      'provisional — awaiting review',
      'replay only (settings not checked)',
    ]);
    const fr = await createTeacherI18n('fr');
    expect(examCsvRows(model, fr.t.bind(fr), 'fr')[1]![5]).toBe('provisoire');
  });

  it('checks against a typed fingerprint, and says when none of those typed matches', async () => {
    const text = JSON.stringify(ana);
    const sessions = await checkFile('ana.json', text, lookup);
    const check = attemptChecker(lookup);
    const right = await check([{ file: 'ana.json', text, sessions }], [], { fingerprints: [examFingerprint(exam)] });
    expect(buildExamModel(right.attempts).rows[0]).toMatchObject({ settings: 'matched', standing: 'verified', fingerprintsOnly: true });
    const wrong = await check([{ file: 'ana.json', text, sessions }], [], { fingerprints: ['0000-0000-0000'] });
    const row = buildExamModel(wrong.attempts).rows[0]!;
    expect(row).toMatchObject({ settings: 'other-exam', fingerprintsOnly: true });
    const en = await createTeacherI18n('en');
    expect(settingsText(row, { t: en.t.bind(en), locale: 'en' })).toBe(
      'No fingerprint you typed matches: another exam, or changed settings',
    );
  });

  it('names a changed setting, does not call the replay edited, shows the report’s own fingerprint, and counts an edited copy of the same attempt once', async () => {
    const lowered = structuredClone(ana);
    lowered.exam.passMark = 95;
    lowered.passed = lowered.overall >= 95;
    // The edited copy arrives first: the file list and the exam table still keep the genuine one.
    const { checked, model } = await importFiles([
      { name: 'exam.json', content: exam },
      { name: 'ana-edited.json', content: lowered },
      { name: 'ana.json', content: ana },
    ]);
    const rows = new Map(model.rows.map((r) => [r.file, r]));
    const copy = rows.get('ana-edited.json')!;
    const genuine = rows.get('ana.json')!;
    expect(copy).toMatchObject({
      verified: false,
      standing: 'settings-differ',
      otherProblems: 0,
      differences: [{ key: 'passMark', report: 95, examiner: 50 }],
      sameAttemptAs: 'ana.json',
      attempt: { index: 1, of: 1 },
      sharedSessions: [],
      examinerFingerprint: examFingerprint(exam),
    });
    expect(copy.fingerprint).toBe(examFingerprint(lowered.exam));
    expect(copy.technicalLines.some((l) => l.startsWith('exam.passMark'))).toBe(false);
    expect(genuine).toMatchObject({ verified: true, standing: 'verified', attempt: { index: 1, of: 1 }, sharedSessions: [] });
    expect(genuine.sameAttemptAs).toBeUndefined();
    const en = await createTeacherI18n('en');
    expect(verificationText(copy, { t: en.t.bind(en), locale: 'en' }).text).toBe(
      '✗ Not verified: the exam settings in the report differ from your exam file',
    );
    // The file list: the copy's session is the same session as the genuine report's, counted once.
    const demoted = (file: string) => file === 'ana-edited.json';
    const marked = markSameSessions(checked, demoted);
    expect(marked.map((c) => [c.result.file, c.sameSessionAs])).toEqual([
      ['ana-edited.json › 1', 'ana.json › 1'],
      ['ana.json › 1', undefined],
    ]);
    // The fairness view counts the attempt once; an edited pass mark that also edits the overall is one more problem.
    expect(fairness(model.rows)[0]).toMatchObject({ basis: 1, unverified: 1, copies: 0 });
    const forged = structuredClone(lowered);
    forged.overall = 100;
    const again = await importFiles([
      { name: 'exam.json', content: exam },
      { name: 'forged.json', content: forged },
    ]);
    expect(again.model.rows[0]!.standing).toBe('settings-differ');
    expect(again.model.rows[0]!.otherProblems).toBeGreaterThan(0);
  });

  it('counts files and sessions apart', async () => {
    const { checked } = await importFiles([
      { name: 'ana.json', content: ana },
      { name: 'ana-session.json', content: ana.reports[0]! },
      { name: 'junk.json', content: 'not json' },
    ]);
    expect(fileCounts(markSameSessions(checked))).toEqual({
      files: 3,
      examReports: 1,
      refusedFiles: 1,
      sessions: 2,
      verified: 1,
      failed: 0,
      refused: 0,
      duplicates: 1,
    });
  });

  it('applies a valid review beyond the exam table: reviewed scores, overruled findings not counted', async () => {
    const reviewed: Exam = { ...exam, id: 'cm-reviewed', review: true };
    const rude = 'You must have opened it wrong, read the instructions next time before complaining here.';
    const sam = examAttempt([mini], reviewed, { candidate: { name: 'Sam' }, strategy: 'first', written: { p1: rude } });
    const text = JSON.stringify(sam);
    const hash = reportHash(text)!;
    const target = { file: 'sam.json', kind: 'exam-report' as const, hash, sessions: sam.reports, exam: reviewed };
    const reply = reviewableReplies(target)[0]!;
    expect(reply.findings.length).toBeGreaterThan(0);
    const overruled = reply.findings.map((f) => f.ruleId);
    const review = await makeReview(
      target,
      [
        {
          session: 0,
          decision: reply.decision,
          postId: reply.postId,
          findings: overruled.map((ruleId) => ({ ruleId, verdict: 'overruled' as const })),
          note: '',
        },
      ],
      lookup,
      { examiner: 'A. Examiner', at: '2026-11-24T10:00:00.000Z' },
    );
    const { checked, checkedAttempts } = await importFiles([
      { name: 'sam.json', content: text },
      { name: 'sam-session.json', content: sam.reports[0]! },
      { name: 'sam-review.json', content: review },
    ]);
    const automatic = buildModel(countedSessions(markSameSessions(checked)));
    const withReview = buildModel(countedSessions(markSameSessions(checked)), reviewLookup(checkedAttempts));
    const cell = withReview.cells.get(cellKey('name:sam', 'mini'))!;
    expect(cell.best.reviewed).toMatchObject({ examiner: 'A. Examiner', file: 'sam-review.json' });
    expect(cell.best.scores.overall).toBe(review.result.sessions[0]);
    expect(cell.best.scores.charter).toBeGreaterThanOrEqual(sam.reports[0]!.scores.charter);
    // Each overruled finding is one breach fewer (the options chosen on other posts keep theirs).
    const count = (m: typeof automatic, rule: string) => brokenRules(m, null).find((r) => r.rule === rule)?.count ?? 0;
    for (const rule of overruled) {
      expect(count(automatic, rule)).toBeGreaterThan(0);
      expect(count(withReview, rule)).toBe(count(automatic, rule) - 1);
    }
    expect(cell.best.breaches.length).toBe(automatic.cells.get(cellKey('name:sam', 'mini'))!.best.breaches.length - overruled.length);
    expect(statistics(withReview, null)).toMatchObject({ basis: 1, reviewed: 1 });
    const en = await createTeacherI18n('en');
    const csv = csvRows(withReview, en.t.bind(en), 'en');
    expect(csv[0]!.at(-1)).toBe('Reviewed');
    expect(csv[1]!.at(-1)).toBe('yes, by A. Examiner');
    expect(csv[1]![5]).toBe(review.result.sessions[0]);
  });

  it('applies a review of a session report too, and names the report a review is of when it is missing', async () => {
    const session = examAttempt([mini], exam, {
      candidate: { name: 'Zoé' },
      strategy: 'first',
      written: { p1: 'You must have opened it wrong, read the instructions next time before complaining here.' },
    }).reports[0]!;
    const text = JSON.stringify(session);
    const [result] = await checkFile('zoe.json', text, lookup);
    const target = { file: 'zoe.json', kind: 'report' as const, hash: reportHash(text)!, sessions: [session] };
    const reply = reviewableReplies(target)[0]!;
    const review = await makeReview(
      target,
      [{ session: 0, decision: reply.decision, postId: reply.postId, findings: [], judgement: 'best', note: '' }],
      lookup,
      { examiner: 'B. Examiner', at: '2026-11-24T10:00:00.000Z' },
    );
    const examiner: ExaminerFile[] = [];
    addExaminerFile(examiner, readExaminerFile('zoe-review.json', JSON.stringify(review))!);
    const checkedAttempts = await attemptChecker(lookup)([], examiner, { sessions: [{ file: 'zoe.json', text, result: result! }] });
    expect(checkedAttempts.sessionReviews).toHaveLength(1);
    expect(checkedAttempts.reviewUse.get('zoe-review.json')).toBe('session-0');
    const model = buildModel([result!], reviewLookup(checkedAttempts));
    expect(model.entries[0]!.scores.overall).toBe(review.result.overall);
    expect(model.entries[0]!.reviewed?.examiner).toBe('B. Examiner');
    // Without its report: the review says which file it was made for.
    expect(reviewedReport(JSON.stringify(review))).toEqual({ hash: target.hash, file: 'zoe.json' });
  });
});
