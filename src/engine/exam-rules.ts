/**
 * An exam being sat: which scenario the candidate is on, the real-time limits (with the extra
 * time the examiner granted), the reports collected so far, and the exam report at the end.
 */
import { hashString } from '../core/rng';
import { examFingerprint } from './fingerprint';
import type { Exam } from '../records/exam-file';
import { EXAM_REPORT_FORMAT, EXAM_REPORT_VERSION, type ExamReport } from '../records/exam-report';
import { EXAM_RUN_VERSION, type ExamRun } from '../records/exam-run';

export const newExamRun = (exam: Exam): ExamRun => ({
  version: EXAM_RUN_VERSION,
  exam,
  candidate: {},
  startedAt: null,
  index: 0,
  scenarioStartedAt: null,
  reports: [],
  finishedAt: null,
});

/** Each scenario of an exam has its own seed, fixed by the exam's. */
export const scenarioSeed = (exam: Exam, scenarioId: string): number => hashString(`${exam.seed}:${scenarioId}`);

/** Who a candidate is for drawing their variant: their id, else e-mail, else name, as typed give or take case and spaces. */
const candidateKey = (candidate: Readonly<Record<string, string>>): string =>
  (candidate.id || candidate.email || candidate.name || '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A scenario's variant seed in an exam (src/engine/variant.ts): drawn from the exam's seed and the
 * candidate's details, so candidates get different names, figures and wordings of equal difficulty
 * (or from the exam's seed alone when the exam gives everyone the same variant). The verifier draws
 * it again from the examiner's exam file and the report's candidate.
 */
export const examVariant = (exam: Exam, scenarioId: string, candidate: Readonly<Record<string, string>>): number | undefined =>
  exam.variants === 'none'
    ? undefined
    : hashString(`${exam.seed}:${scenarioId}:variant${exam.variants === 'shared' ? '' : `:${candidateKey(candidate)}`}`);

/** What an exam fixes of a session: its seed and variant, its weights, whether replies must be written. */
export const examConditions = (exam: Exam, scenarioId: string, candidate: Readonly<Record<string, string>>) => ({
  seed: scenarioSeed(exam, scenarioId),
  ...(exam.variants === 'none' ? {} : { variant: examVariant(exam, scenarioId, candidate) }),
  ...(exam.weights ? { weights: exam.weights } : {}),
  ...(exam.freeTextRequired ? { freeTextRequired: true } : {}),
});

/** Milliseconds left for the current scenario and for the whole exam, extra time included. */
export function timeLeft(run: ExamRun, now: number): { scenario: number; total: number } {
  const factor = run.exam.accommodation;
  const total = run.startedAt === null ? Infinity : run.startedAt + run.exam.minutesTotal * 60_000 * factor - now;
  const scenario = run.scenarioStartedAt === null ? Infinity : run.scenarioStartedAt + run.exam.minutesPerScenario * 60_000 * factor - now;
  return { scenario: Math.min(scenario, total), total };
}

export function examResult(run: ExamRun): { overall: number; passed: boolean } {
  const scores = run.exam.scenarios.map((id) => run.reports.find((r) => r.scenario.id === id)?.scores.overall ?? 0);
  const overall = Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
  return { overall, passed: overall >= run.exam.passMark };
}

export function buildExamReport(run: ExamRun, finishedAt: number): ExamReport {
  return {
    format: EXAM_REPORT_FORMAT,
    version: EXAM_REPORT_VERSION,
    exam: run.exam,
    candidate: run.candidate,
    ...(run.group ? { group: run.group } : {}),
    startedAt: new Date(run.startedAt ?? finishedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    reports: run.reports,
    ...examResult(run),
  };
}

/**
 * Which exam this is, whatever extra time its link grants: the fingerprint of its settings with no extra
 * time. A candidate who finished an exam in this browser does not sit it again, through its link or
 * through one of its extra-time links.
 */
export const examIdentity = (exam: Exam): string => examFingerprint({ ...exam, accommodation: 1 });

/** Letters without accents, digits and single dashes, lower case: safe in a file name on every system. */
export function fileSlug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * The exam report's file name: the exam, the candidate (their name, else candidate number, else e-mail)
 * and the day, so that the reports of one exam do not collide in an examiner's inbox or downloads;
 * with the time of day instead when no detail was asked. `frontline-exam-<exam>-<candidate>-<date>.json`.
 */
export function examReportFileName(report: Pick<ExamReport, 'exam' | 'candidate' | 'finishedAt'>): string {
  // The exam's id is already safe (letters, digits, dashes, underscores: src/records/exam-file.ts).
  const exam = report.exam.id.replace(/[^\w-]/g, '_');
  const who = [report.candidate.name, report.candidate.id, report.candidate.email].map((v) => fileSlug(v ?? '')).find((s) => s !== '');
  const day = report.finishedAt.slice(0, 10);
  const when = who ? day : `${day}-${report.finishedAt.slice(11, 16).replace(':', '')}`;
  return `frontline-exam-${exam}${who ? `-${who}` : ''}-${when}.json`;
}
