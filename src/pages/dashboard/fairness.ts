/**
 * The fairness view's numbers, per exam: pass rate and mean score by the language the exam was sat
 * in and by the answers to the exam's optional group question ("not answered" included), each group
 * with its size, the ratio of its pass rate to the best group's, a flag under four fifths (the US
 * Uniform Guidelines' rule of thumb for adverse impact, 29 CFR 1607.4 D) and how far its size allows
 * a conclusion. Counted: verified attempts only, each candidate once (their first attempt at the exam;
 * an edited copy of an attempt is not another one), with the result that stands (the reviewed one
 * when reviewed, else the automatic one, provisional or not). Attempts sat with extra time the
 * examiner's file does not grant are counted (they are verified) and named, for the examiner to confirm
 * they sent those links. Pure: no DOM, no i18n.
 */
import { LOCALES, type Locale } from '../../core/types';
import type { ExamRow } from './exams';

/** A group's pass rate under this share of the best group's is flagged. */
export const FOUR_FIFTHS = 0.8;
/** Under this many candidates a group is too small to conclude anything. */
export const TOO_SMALL = 10;
/** Under this many, a difference may still be chance: read with caution. */
export const SMALL = 20;

export type Sample = 'too-small' | 'small' | 'enough';

export type GroupLabel = { kind: 'locale'; locale: Locale } | { kind: 'answer'; answer: string } | { kind: 'not-answered' };

export interface FairnessGroup {
  label: GroupLabel;
  n: number;
  passed: number;
  /** Share who passed, 0–1; null when the group is empty. */
  passRate: number | null;
  /** Mean overall score, 0–100; null when empty. */
  meanScore: number | null;
  /** Pass rate over the best group's; null when empty or when nobody passed in any group. */
  ratio: number | null;
  /** Under four fifths of the best group's pass rate. */
  flagged: boolean;
  sample: Sample;
}

export interface FairnessTable {
  groups: FairnessGroup[];
  /** The best pass rate among the groups (null: no group has anyone). */
  best: number | null;
}

export interface ExamFairness {
  examId: string;
  title: string;
  /** Candidates counted. */
  basis: number;
  /** Of those, results still awaiting the examiner's review (counted with their automatic result). */
  provisional: number;
  /** Attempts left out: not verified, or a candidate's later attempt, or a copy of an attempt already counted. */
  unverified: number;
  repeats: number;
  copies: number;
  /** Keys of the rows counted that were sat with extra time the examiner's file does not grant (to confirm). */
  extraTime: string[];
  /** Pass marks among the counted attempts (more than one: versions of the exam that differ). */
  passMarks: number[];
  byLanguage: FairnessTable;
  /** By the answers to the exam's group question; null when the exam asks none. */
  question: string | null;
  byGroup: FairnessTable | null;
}

export const sampleOf = (n: number): Sample => (n < TOO_SMALL ? 'too-small' : n < SMALL ? 'small' : 'enough');

function table(groups: { label: GroupLabel; rows: ExamRow[] }[]): FairnessTable {
  const raw = groups.map(({ label, rows }) => {
    const n = rows.length;
    const passed = rows.filter((r) => r.result.passed).length;
    return {
      label,
      n,
      passed,
      passRate: n > 0 ? passed / n : null,
      meanScore: n > 0 ? rows.reduce((s, r) => s + r.result.overall, 0) / n : null,
    };
  });
  const rates = raw.flatMap((g) => (g.passRate === null ? [] : [g.passRate]));
  const best = rates.length > 0 ? Math.max(...rates) : null;
  return {
    best,
    groups: raw.map((g) => {
      const ratio = g.passRate === null || best === null || best === 0 ? null : g.passRate / best;
      return { ...g, ratio, flagged: ratio !== null && ratio < FOUR_FIFTHS, sample: sampleOf(g.n) };
    }),
  };
}

/** The fairness tables of each exam among the rows (rows of one exam id together, in first-seen order). */
export function fairness(rows: readonly ExamRow[]): ExamFairness[] {
  const out: ExamFairness[] = [];
  for (const examId of new Set(rows.map((r) => r.examId))) {
    const all = rows.filter((r) => r.examId === examId);
    const copies = all.filter((r) => r.verified && r.sameAttemptAs !== undefined).length;
    const verified = all.filter((r) => r.verified && r.sameAttemptAs === undefined);
    // Each candidate once: their first verified attempt.
    const first = new Map<string, ExamRow>();
    for (const r of [...verified].sort((a, b) => a.startedAt.localeCompare(b.startedAt)))
      if (!first.has(r.candidate.key)) first.set(r.candidate.key, r);
    const counted = [...first.values()];
    const locales = LOCALES.filter((l) => counted.some((r) => r.locale === l));
    const question = all.find((r) => r.question)?.question ?? null;
    let byGroup: FairnessTable | null = null;
    if (question) {
      const answers = [...question.choices];
      for (const r of counted) if (r.group !== null && !answers.includes(r.group)) answers.push(r.group);
      byGroup = table([
        ...answers.map((answer) => ({ label: { kind: 'answer' as const, answer }, rows: counted.filter((r) => r.group === answer) })),
        { label: { kind: 'not-answered' }, rows: counted.filter((r) => r.group === null) },
      ]);
    }
    out.push({
      examId,
      title: all[0]!.examTitle,
      basis: counted.length,
      provisional: counted.filter((r) => r.outcome === 'provisional').length,
      unverified: all.filter((r) => !r.verified).length,
      repeats: verified.length - counted.length,
      copies,
      extraTime: counted.filter((r) => r.standing === 'extra-time').map((r) => r.key),
      passMarks: [...new Set(counted.map((r) => r.passMark))].sort((a, b) => a - b),
      byLanguage: table(locales.map((locale) => ({ label: { kind: 'locale', locale }, rows: counted.filter((r) => r.locale === locale) }))),
      question: question?.label ?? null,
      byGroup,
    });
  }
  return out;
}
