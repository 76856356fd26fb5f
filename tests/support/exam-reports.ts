/**
 * Genuine exam reports made in Node for the teacher tools' tests: each scenario of the exam played
 * with scripted decisions under the exam's conditions (its seed for the scenario, the exam's mode and
 * id), then `buildExamReport`, as the game does at the end of an exam.
 */
import { buildExamReport, examConditions, newExamRun } from '../../src/engine/exam-rules';
import type { ReplyModel } from '../../src/analysis';
import type { Exam } from '../../src/records/exam-file';
import type { ExamReport } from '../../src/records/exam-report';
import { type PlayableScenario, type Strategy, scriptedReport } from './reports';

export interface ExamPlay {
  candidate: Record<string, string>;
  strategy: Strategy;
  /** The answer to the exam's group question (none: not answered). */
  group?: string;
  /** Posts answered in the candidate's own words. */
  written?: Record<string, string>;
  /** When the exam starts (the sessions' real clock starts then too). */
  startedAt?: string;
  /** Real ms the candidate takes before their i-th decision of each session (default: a steady 3 s). */
  gap?: (i: number) => number;
  /** The reply reader (the game's shipped model); none: the rules alone. */
  replyModel?: ReplyModel | null;
}

export const EXAM_START = '2026-11-23T09:00:00Z';

export function examAttempt(library: readonly PlayableScenario[], exam: Exam, play: ExamPlay): ExamReport {
  const reports = exam.scenarios.map((id) => {
    const scenario = library.find((s) => s.manifest.id === id);
    if (!scenario) throw new Error(`no scenario "${id}"`);
    const { seed, variant, ...conditions } = examConditions(exam, id, play.candidate);
    const report = scriptedReport(scenario, {
      locale: exam.locale,
      seed,
      ...(variant !== undefined ? { variant } : {}),
      conditions,
      start: Date.parse(play.startedAt ?? EXAM_START),
      ...(play.gap ? { gap: play.gap } : {}),
      ...(play.replyModel ? { replyModel: play.replyModel } : {}),
      strategy: play.strategy,
      candidate: play.candidate,
      ...(play.written ? { written: play.written } : {}),
    });
    return { ...report, mode: 'exam' as const, exam: { id: exam.id, title: exam.title } };
  });
  const start = Date.parse(play.startedAt ?? EXAM_START);
  const end = Math.max(...reports.map((r) => r.log.at(-1)?.at ?? start)) + 1_000;
  return buildExamReport(
    { ...newExamRun(exam), candidate: play.candidate, startedAt: start, reports, ...(play.group ? { group: play.group } : {}) },
    end,
  );
}
