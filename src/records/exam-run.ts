/**
 * An exam being sat, kept in the browser so a reload resumes it: which scenario the candidate is on,
 * when things started (real ms), the session reports collected so far.
 */
import * as v from 'valibot';
import { MAX_NAME } from './domain';
import { ExamSchema } from './exam-file';
import { ReportSchema } from './session-report';

export const EXAM_RUN_VERSION = 1;

const realMs = v.pipe(v.number(), v.finite());

export const ExamRunSchema = v.object({
  version: v.literal(EXAM_RUN_VERSION),
  exam: ExamSchema,
  candidate: v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_NAME))),
  /** Real ms; null until the candidate starts. */
  startedAt: v.nullable(realMs),
  /** Index of the scenario being played (or next to play). */
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Real ms when the current scenario started; null between scenarios. */
  scenarioStartedAt: v.nullable(realMs),
  reports: v.pipe(v.array(ReportSchema), v.maxLength(20)),
  finishedAt: v.nullable(realMs),
});

export type ExamRun = v.InferOutput<typeof ExamRunSchema>;
