/**
 * One way in for every saved or exchanged record: `readRecord(kind, text)` parses, checks size and
 * depth, recognises a file of another kind, migrates an older version or refuses it, validates with
 * the record's schema, and says what went wrong as a code (put into words by whoever shows it) plus
 * technical details (the field paths), which people see only when they unfold them.
 */
import * as v from 'valibot';
import type { Result } from '../core/types';
import { DRAFT_VERSION, DraftSchema } from './draft';
import { EXAM_FORMAT, EXAM_VERSION, type Exam, ExamSchema, migrateExam } from './exam-file';
import { EXAM_REPORT_FORMAT, EXAM_REPORT_VERSION, ExamReportEnvelopeSchema, ExamSessionsSchema, migrateExamReport } from './exam-report';
import { EXAMS_DONE_VERSION, EXAM_RUN_VERSION, ExamRunSchema, ExamsDoneSchema, migrateExamRun } from './exam-run';
import { PROGRESS_VERSION, ProgressSchema, ProgressV0Schema } from './progress';
import { RUN_VERSION, SavedRunSchema } from './saved-run';
import { REPORT_FORMAT, REPORT_VERIFIED_BY, REPORT_VERSION, ReportSchema } from './session-report';
import { REVIEW_FORMAT, REVIEW_VERSION, ReviewSchema } from './review';
import { SETTINGS_VERSION, SettingsSchema } from './settings';

/** A file bigger than this is refused before parsing (a long session's report is well under 1 MB). */
export const MAX_RECORD_CHARS = 20 * 1024 * 1024;
/** No record nests deeper than this; a deeper text is hostile and would exhaust the stack. */
export const MAX_DEPTH = 64;

interface Kind<S extends v.GenericSchema> {
  schema: S;
  version: number;
  /** The `format` field of files that travel; stored records have none. */
  format?: string;
  /** Turns an older version into this one; null when it cannot. */
  migrate?: (data: Record<string, unknown>, version: number) => unknown;
  /** What to do with an older version that cannot be migrated, when there is more to say than its number. */
  olderAdvice?: (version: number) => string | null;
}

const KINDS = {
  report: {
    schema: ReportSchema,
    version: REPORT_VERSION,
    format: REPORT_FORMAT,
    olderAdvice: (version) => {
      const release = REPORT_VERIFIED_BY[version];
      return release ? `made by an older version of Frontline (version ${version}): verify it with Frontline ${release}` : null;
    },
  },
  'exam-report': { schema: ExamReportEnvelopeSchema, version: EXAM_REPORT_VERSION, format: EXAM_REPORT_FORMAT, migrate: migrateExamReport },
  'exam-sessions': { schema: ExamSessionsSchema, version: EXAM_REPORT_VERSION, format: EXAM_REPORT_FORMAT, migrate: migrateExamReport },
  exam: { schema: ExamSchema, version: EXAM_VERSION, format: EXAM_FORMAT, migrate: migrateExam },
  run: { schema: SavedRunSchema, version: RUN_VERSION },
  settings: { schema: SettingsSchema, version: SETTINGS_VERSION },
  progress: {
    schema: ProgressSchema,
    version: PROGRESS_VERSION,
    migrate: (data) => (v.is(ProgressV0Schema, data) ? { version: PROGRESS_VERSION, scenarios: data } : null),
  },
  'exam-run': {
    schema: ExamRunSchema,
    version: EXAM_RUN_VERSION,
    migrate: migrateExamRun,
  },
  'exams-done': { schema: ExamsDoneSchema, version: EXAMS_DONE_VERSION },
  review: { schema: ReviewSchema, version: REVIEW_VERSION, format: REVIEW_FORMAT },
  reports: { schema: v.pipe(v.array(v.unknown()), v.maxLength(100)), version: 0 },
  draft: { schema: DraftSchema, version: DRAFT_VERSION },
} satisfies Record<string, Kind<v.GenericSchema>>;

export type RecordKind = keyof typeof KINDS;
export type RecordOf<K extends RecordKind> = v.InferOutput<(typeof KINDS)[K]['schema']>;

export type ProblemCode = 'too-large' | 'not-json' | 'too-deep' | 'wrong-kind' | 'newer-version' | 'older-version' | 'invalid';
export interface RecordProblem {
  code: ProblemCode;
  /** For 'wrong-kind': what the file is instead, when recognised. */
  found?: RecordKind;
  /** For versions: the version found. */
  version?: number;
  /** Technical details (field paths, parser messages), each prefixed with the source. */
  details: string[];
}

const problem = (code: ProblemCode, details: string[], extra: Partial<RecordProblem> = {}): Result<never, RecordProblem> => ({
  ok: false,
  error: { code, details, ...extra },
});

/** How deep brackets nest in a JSON text, counted outside strings; stops as soon as it passes `limit`. */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

const formatOf = (data: unknown): unknown =>
  typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
const versionOf = (data: unknown): number => {
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  return typeof version === 'number' ? version : 0;
};

/** What kind of file a parsed value says it is, by its `format`. */
export function kindOf(data: unknown): RecordKind | null {
  const format = formatOf(data);
  const found = Object.entries(KINDS).find(([, k]) => 'format' in k && k.format === format);
  return found ? (found[0] as RecordKind) : null;
}

/** Reads a record of a kind from its text; `source` names it in the technical details (a file name, a storage key). */
export function readRecord<K extends RecordKind>(kind: K, text: string, source: string = kind): Result<RecordOf<K>, RecordProblem> {
  const spec: Kind<v.GenericSchema> = KINDS[kind];
  if (text.length > MAX_RECORD_CHARS) {
    return problem('too-large', [`${source}: ${text.length} characters, more than the ${MAX_RECORD_CHARS} a record may have`]);
  }
  if (jsonDepth(text) > MAX_DEPTH) return problem('too-deep', [`${source}: nested more than ${MAX_DEPTH} levels deep`]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return problem('not-json', [`${source}: not valid JSON (${(e as Error).message})`]);
  }
  const found = kindOf(data);
  if (spec.format !== undefined && spec.format !== formatOf(data)) {
    return found
      ? problem('wrong-kind', [`${source}: this is a "${formatOf(data) as string}" file, not a "${spec.format}" file`], { found })
      : problem('wrong-kind', [`${source}: format: is not "${spec.format}"`]);
  }
  const version = versionOf(data);
  if (spec.version > 0 && version !== spec.version) {
    if (version > spec.version) {
      return problem('newer-version', [`${source}: version ${version} is newer than this game reads (${spec.version})`], { version });
    }
    const migrated =
      spec.migrate && typeof data === 'object' && data !== null ? spec.migrate(data as Record<string, unknown>, version) : null;
    if (migrated === null || migrated === undefined) {
      const advice = spec.olderAdvice?.(version);
      return problem('older-version', [`${source}: ${advice ?? `version ${version} is older than this game reads (${spec.version})`}`], {
        version,
      });
    }
    data = migrated;
  }
  const parsed = v.safeParse(spec.schema, data);
  if (!parsed.success) {
    return problem(
      'invalid',
      parsed.issues.slice(0, 20).map((i) => `${source}: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`),
    );
  }
  return { ok: true, value: parsed.output as RecordOf<K> };
}

/** Reads an exam and refuses unknown scenario ids before anything starts; the problems name their fields. */
export function readExam(text: string, knownScenarios: readonly string[], source = 'exam'): Result<Exam, RecordProblem> {
  const read = readRecord('exam', text, source);
  if (!read.ok) return read;
  const unknown = read.value.scenarios.filter((id) => !knownScenarios.includes(id));
  if (unknown.length > 0)
    return problem(
      'invalid',
      unknown.map((id) => `${source}: scenarios: unknown scenario "${id}"`),
    );
  return read;
}
