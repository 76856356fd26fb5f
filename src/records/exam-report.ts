/** The exam report a candidate sends back: the exam, the candidate's details, a session report per scenario, the result. */
import * as v from 'valibot';
import { MAX_NAME } from './domain';
import { ExamSchema, migrateExam } from './exam-file';
import { ReportSchema } from './session-report';

export const EXAM_REPORT_FORMAT = 'frontline-exam-report';
/** 2 (Frontline 0.6): the exam inside is of version 2; the candidate's optional group answer. */
export const EXAM_REPORT_VERSION = 2;

const iso = v.pipe(v.string(), v.isoTimestamp('must be an ISO date'));

/** The exam report around its sessions; each session report inside is read and verified on its own. */
export const ExamReportEnvelopeSchema = v.object({
  format: v.literal(EXAM_REPORT_FORMAT, `is not "${EXAM_REPORT_FORMAT}"`),
  version: v.literal(EXAM_REPORT_VERSION, `must be ${EXAM_REPORT_VERSION}`),
  exam: ExamSchema,
  candidate: v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_NAME))),
  /** The candidate's answer to the exam's optional group question (the fairness view only; never scored). */
  group: v.optional(v.pipe(v.string(), v.maxLength(80))),
  startedAt: iso,
  finishedAt: iso,
  reports: v.pipe(
    v.array(v.unknown()),
    v.minLength(1, 'holds no session report'),
    v.maxLength(20, 'has more reports than an exam has scenarios'),
  ),
  /** Mean overall score over the exam's scenarios (a scenario not reached counts 0). */
  overall: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  passed: v.boolean(),
});

/** Only the sessions of an exam report, each to be verified on its own (whether the exam holds together is checked apart). */
export const ExamSessionsSchema = v.object({
  format: ExamReportEnvelopeSchema.entries.format,
  version: ExamReportEnvelopeSchema.entries.version,
  reports: v.pipe(
    v.array(v.unknown()),
    v.minLength(1, 'an exam report holds a list of 1 to 100 session reports'),
    v.maxLength(100, 'an exam report holds a list of 1 to 100 session reports'),
  ),
});

export const ExamReportSchema = v.object({ ...ExamReportEnvelopeSchema.entries, reports: v.array(ReportSchema) });

export type ExamReport = v.InferOutput<typeof ExamReportSchema>;
export type ExamReportEnvelope = v.InferOutput<typeof ExamReportEnvelopeSchema>;

/** An exam report of version 1 reads as version 2: its exam migrated, no group answer. */
export function migrateExamReport(data: Record<string, unknown>, version: number): Record<string, unknown> | null {
  if (version !== 1) return null;
  const exam = typeof data.exam === 'object' && data.exam !== null ? migrateExam(data.exam as Record<string, unknown>, 1) : null;
  return exam ? { ...data, version: EXAM_REPORT_VERSION, exam } : null;
}
