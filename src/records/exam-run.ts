/**
 * An exam being sat, kept in the browser so a reload resumes it: which scenario the candidate is on,
 * when things started (real ms), the session reports collected so far.
 */
import * as v from 'valibot';
import { MAX_NAME } from './domain';
import { ExamSchema, migrateExam } from './exam-file';
import { ReportSchema } from './session-report';

/** 2: the exam inside is of version 2 (0 and 1 migrate). */
export const EXAM_RUN_VERSION = 2;

const realMs = v.pipe(v.number(), v.finite());

const HubActSchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  scenario: v.pipe(v.number(), v.integer(), v.minValue(0)),
  t: v.pipe(v.number(), v.finite()),
  event: v.looseObject({ type: v.picklist(['option', 'free', 'hint', 'away', 'expire', 'inject']) }),
});

/**
 * A hub exam's link to its hub, kept with the run so a reload resumes it: the link and attempt tokens,
 * the acts not yet acknowledged (in order), how much of the session's log was handed over, the
 * scenario the hub released (its seed and variant come from the hub), the hub's clock against this
 * browser's, and the result the hub computed.
 */
export const HubLinkSchema = v.object({
  link: v.pipe(v.string(), v.maxLength(200)),
  attempt: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  nextSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  queue: v.pipe(v.array(HubActSchema), v.maxLength(20_000)),
  /** Entries of the current session's log already queued. */
  sent: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The hub's clock minus this browser's, in ms. */
  offsetMs: realMs,
  scenario: v.nullable(
    v.object({
      index: v.pipe(v.number(), v.integer(), v.minValue(0)),
      id: v.string(),
      seed: v.pipe(v.number(), v.integer(), v.minValue(0)),
      variant: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
  ),
  /** What the exam allows the candidate to see of the hub's result; null when it hides scores. */
  result: v.nullable(v.object({ overall: v.number(), passed: v.boolean() })),
  /**
   * A live class joined by code (no invitation link): its code, the student's name, the teacher's time
   * scale and whether written replies are allowed, whether it is paused or over.
   */
  class: v.optional(
    v.object({
      code: v.pipe(v.string(), v.maxLength(20)),
      name: v.pipe(v.string(), v.maxLength(80)),
      timescale: v.pipe(v.number(), v.minValue(1), v.maxValue(100)),
      freeText: v.boolean(),
      paused: v.boolean(),
      ended: v.boolean(),
    }),
  ),
});

export type HubLink = v.InferOutput<typeof HubLinkSchema>;

export const ExamRunSchema = v.object({
  version: v.literal(EXAM_RUN_VERSION),
  exam: ExamSchema,
  candidate: v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_NAME))),
  /** The candidate's answer to the exam's optional group question; absent when not answered. */
  group: v.optional(v.pipe(v.string(), v.maxLength(80))),
  /** Real ms; null until the candidate starts. */
  startedAt: v.nullable(realMs),
  /** Index of the scenario being played (or next to play). */
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Real ms when the current scenario started; null between scenarios. */
  scenarioStartedAt: v.nullable(realMs),
  reports: v.pipe(v.array(ReportSchema), v.maxLength(20)),
  finishedAt: v.nullable(realMs),
  /** Real ms when the candidate first downloaded the exam report; absent until then. */
  downloadedAt: v.optional(realMs),
  /** Sat on a Frontline Hub (docs/hub.md): the hub holds the exam's seed, its clock and the result. */
  hub: v.optional(HubLinkSchema),
});

export type ExamRun = v.InferOutput<typeof ExamRunSchema>;

export const EXAMS_DONE_VERSION = 1;

/**
 * The exams finished in this browser and left by the candidate, so that opening one's link again shows
 * it (no second attempt): the exam itself, when it ended and when its report was downloaded, and the
 * whole finished exam (its report) as long as that report was never downloaded — once it was, only the
 * fact remains, none of the candidate's details.
 */
export const ExamsDoneSchema = v.object({
  version: v.literal(EXAMS_DONE_VERSION),
  exams: v.pipe(
    v.array(
      v.object({
        exam: ExamSchema,
        finishedAt: realMs,
        downloadedAt: v.optional(realMs),
        run: v.optional(ExamRunSchema),
      }),
    ),
    v.maxLength(100),
  ),
});

export type ExamDone = v.InferOutput<typeof ExamsDoneSchema>['exams'][number];

/** An exam in progress saved by 0.2–0.5 (versions 0 and 1) resumes: its exam migrated. */
export function migrateExamRun(data: Record<string, unknown>, version: number): Record<string, unknown> | null {
  if (version > 1) return null;
  const exam = typeof data.exam === 'object' && data.exam !== null ? migrateExam(data.exam as Record<string, unknown>, 1) : null;
  return exam ? { ...data, version: EXAM_RUN_VERSION, exam } : null;
}
