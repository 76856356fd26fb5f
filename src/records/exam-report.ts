/** The exam report a candidate sends back: the exam, the candidate's details, a session report per scenario, the result. */
import * as v from 'valibot';
import { MAX_NAME } from './domain';
import { ExamSchema } from './exam-file';
import { ReportSchema } from './session-report';

export const EXAM_REPORT_FORMAT = 'frontline-exam-report';
export const EXAM_REPORT_VERSION = 1;

const iso = v.pipe(v.string(), v.isoTimestamp('must be an ISO date'));

/** The exam report around its sessions; each session report inside is read and verified on its own. */
export const ExamReportEnvelopeSchema = v.object({
  format: v.literal(EXAM_REPORT_FORMAT, `is not "${EXAM_REPORT_FORMAT}"`),
  version: v.literal(EXAM_REPORT_VERSION, `must be ${EXAM_REPORT_VERSION}`),
  exam: ExamSchema,
  candidate: v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_NAME))),
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
