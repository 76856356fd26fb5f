/**
 * Issue #18, the fairness view on a fixture class: pass rate and mean score by language and by the
 * exam's group answers ("not answered" included), each group's ratio to the best group's pass rate,
 * the flag under four fifths, and the sample-size note. Only verified attempts count, each candidate once.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/types';
import type { ExamRow } from '../../../src/pages/dashboard/exams';
import { FOUR_FIFTHS, fairness, sampleOf } from '../../../src/pages/dashboard/fairness';

const QUESTION = { label: 'Age band', choices: ['Under 30', '30–49', '50 and over'] };

let n = 0;
/** A row with what the fairness view reads. */
function row(o: {
  locale?: Locale;
  group?: string | null;
  overall: number;
  passMark?: number;
  verified?: boolean;
  who?: string;
  at?: string;
  exam?: string;
  provisional?: boolean;
}): ExamRow {
  const id = o.who ?? `c${n++}`;
  const passMark = o.passMark ?? 60;
  return {
    key: `exam-${id}-${o.at ?? ''}`,
    file: `${id}.json`,
    candidate: { key: `name:${id}`, name: id, written: id, anonymous: false },
    examId: o.exam ?? 'cm',
    examTitle: 'CM screening',
    locale: o.locale ?? 'fr',
    passMark,
    startedAt: o.at ?? '2026-11-23T09:00:00Z',
    verified: o.verified ?? true,
    result: { overall: o.overall, passed: o.overall >= passMark },
    outcome: o.provisional ? 'provisional' : o.overall >= passMark ? 'passed' : 'failed',
    question: QUESTION,
    group: o.group === undefined ? null : o.group,
  } as unknown as ExamRow;
}

/** `passed` of `count` candidates pass (score 80), the others fail (score 40). */
const cohort = (count: number, passed: number, o: { locale?: Locale; group?: string | null }) =>
  Array.from({ length: count }, (_, i) => row({ ...o, overall: i < passed ? 80 : 40 }));

describe('fairness view', () => {
  // The fixture class: 20 under 30 (16 pass: 0.80), 12 aged 30–49 (6 pass: 0.50) and one more who
  // tried twice, 5 aged 50 and over (3 pass: 0.60), 8 who did not answer (4 pass: 0.50).
  const rows: ExamRow[] = [
    ...cohort(15, 12, { group: 'Under 30', locale: 'fr' }),
    ...cohort(5, 4, { group: 'Under 30', locale: 'en' }),
    ...cohort(12, 6, { group: '30–49', locale: 'en' }),
    ...cohort(5, 3, { group: '50 and over', locale: 'fr' }),
    ...cohort(5, 1, { group: null, locale: 'fr' }),
    ...cohort(3, 3, { group: null, locale: 'en' }),
    // Left out: an unverified attempt, and a candidate's later attempt.
    row({ group: '30–49', overall: 95, verified: false }),
    row({ who: 'again', group: '30–49', overall: 20, at: '2026-11-23T09:00:00Z' }),
    row({ who: 'again', group: '30–49', overall: 99, at: '2026-11-23T12:00:00Z' }),
  ];
  const [cm] = fairness(rows);

  it('counts verified attempts once per candidate', () => {
    expect(cm).toMatchObject({ examId: 'cm', basis: 46, unverified: 1, repeats: 1, provisional: 0, passMarks: [60], question: 'Age band' });
  });

  it('gives pass rate, mean, ratio to the best group and the four-fifths flag by group answer, “not answered” included', () => {
    const groups = cm!.byGroup!.groups;
    const label = (g: (typeof groups)[0]) => (g.label.kind === 'answer' ? g.label.answer : g.label.kind);
    expect(groups.map(label)).toEqual(['Under 30', '30–49', '50 and over', 'not-answered']);
    expect(groups.map((g) => [g.n, g.passed])).toEqual([
      [20, 16],
      [13, 6], // 12 + the repeat candidate's first attempt (a fail)
      [5, 3],
      [8, 4],
    ]);
    expect(cm!.byGroup!.best).toBeCloseTo(0.8);
    expect(groups.map((g) => g.ratio)).toEqual([1, expect.closeTo(6 / 13 / 0.8, 6), expect.closeTo(0.75, 6), expect.closeTo(0.625, 6)]);
    expect(groups.map((g) => g.flagged)).toEqual([false, true, true, true]);
    expect(groups[0]!.meanScore).toBeCloseTo((16 * 80 + 4 * 40) / 20);
    expect(groups.map((g) => g.sample)).toEqual(['enough', 'small', 'too-small', 'too-small']);
  });

  it('does the same by language', () => {
    const groups = cm!.byLanguage.groups;
    expect(groups.map((g) => (g.label.kind === 'locale' ? g.label.locale : '?'))).toEqual(['fr', 'en']);
    // French: 15 (12) + 5 (3) + 5 (1) + the repeat candidate (a fail) = 26 (16); English: 5 (4) + 12 (6) + 3 (3) = 20 (13).
    expect(groups.map((g) => [g.n, g.passed])).toEqual([
      [26, 16],
      [20, 13],
    ]);
    expect(groups[0]!.ratio).toBeCloseTo(16 / 26 / (13 / 20));
    expect(groups.map((g) => g.flagged)).toEqual([false, false]); // 0.947 and 1
  });

  it('flags under four fifths only, not at it; leaves ratios out when nobody passed', () => {
    const exact = fairness([...cohort(10, 10, { group: 'Under 30' }), ...cohort(10, 8, { group: '30–49' })])[0]!.byGroup!;
    expect(exact.groups[1]!.ratio).toBeCloseTo(FOUR_FIFTHS);
    expect(exact.groups[1]!.flagged).toBe(false);
    // Empty groups: shown, with no rate and no flag.
    expect(exact.groups[2]).toMatchObject({ n: 0, passRate: null, meanScore: null, ratio: null, flagged: false, sample: 'too-small' });
    const none = fairness(cohort(4, 0, { group: 'Under 30' }))[0]!.byGroup!;
    expect(none.best).toBe(0);
    expect(none.groups.every((g) => g.ratio === null && !g.flagged)).toBe(true);
  });

  it('keeps exams apart, lists answers outside the choices, counts provisional results and differing pass marks', () => {
    const out = fairness([
      row({ exam: 'a', group: 'Under 30', overall: 70 }),
      row({ exam: 'a', group: 'Prefer not to say', overall: 70, provisional: true }),
      row({ exam: 'a', group: 'Under 30', overall: 70, passMark: 75 }),
      row({ exam: 'b', overall: 10 }),
    ]);
    expect(out.map((f) => [f.examId, f.basis])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    expect(out[0]!.provisional).toBe(1);
    expect(out[0]!.passMarks).toEqual([60, 75]);
    expect(out[0]!.byGroup!.groups.map((g) => (g.label.kind === 'answer' ? g.label.answer : g.label.kind))).toEqual([
      'Under 30',
      '30–49',
      '50 and over',
      'Prefer not to say',
      'not-answered',
    ]);
  });

  it('says how far a group’s size allows a conclusion', () => {
    expect([0, 9, 10, 19, 20, 200].map(sampleOf)).toEqual(['too-small', 'too-small', 'small', 'small', 'enough', 'enough']);
  });
});
