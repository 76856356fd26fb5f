/**
 * An exam being sat: which scenario the candidate is on, the real-time limits (with the extra
 * time the examiner granted), the reports collected so far, and the exam report at the end.
 */
import { hashString } from '../core/rng';
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

/** What an exam fixes of a session: its seed, its weights, whether replies must be written. */
export const examConditions = (exam: Exam, scenarioId: string) => ({
  seed: scenarioSeed(exam, scenarioId),
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
