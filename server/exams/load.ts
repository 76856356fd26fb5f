/** Looking up invitations and attempts by their bearer tokens (constant-time), and an attempt's exam. */
import type { FastifyRequest } from 'fastify';
import { readRecord } from '../../src/records/read';
import type { Exam } from '../../src/records/exam-file';
import type { ClassSettings, FiredInject } from '../../src/records/class-live';
import type { Pauses } from '../classes/class-rules';
import type { HubContext } from '../context';
import type { Attempt } from '../db/schema';
import { HttpError } from '../http';
import { secretMatches, splitToken } from '../auth/tokens';

/** The token of `Authorization: Bearer <token>`: links and attempt tokens never travel in URLs, which servers log. */
const bearer = (request: FastifyRequest): string | undefined => /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];

/** An exam as stored: read again through its record schema, so a stored exam is never trusted blindly. */
export function storedExam(value: unknown): Exam {
  const read = readRecord('exam', JSON.stringify(value), 'stored exam');
  if (!read.ok) throw new Error(`A stored exam no longer reads: ${read.error.details.join('; ')}`);
  return read.value;
}

/** Exams read, by id: a published exam never changes, and every act of every student would read it again. */
const readExams = new Map<string, Exam>();
const READ_EXAMS_KEPT = 1_000;

export function examOfRow(id: string, value: unknown): Exam {
  let exam = readExams.get(id);
  if (!exam) {
    exam = storedExam(value);
    if (readExams.size >= READ_EXAMS_KEPT) readExams.clear();
    readExams.set(id, exam);
  }
  return exam;
}

export interface Invitation {
  id: string;
  label: string;
  attemptsAllowed: number;
  exam: Exam;
}

export async function invitationOf(ctx: HubContext, request: FastifyRequest): Promise<Invitation> {
  const token = splitToken(bearer(request));
  if (token) {
    const row = await ctx.db
      .selectFrom('invitations')
      .innerJoin('exams', 'exams.id', 'invitations.exam_id')
      .select(['invitations.id', 'invitations.secret_hash', 'invitations.label', 'invitations.attempts_allowed', 'exams.exam'])
      .where('invitations.id', '=', token.id)
      .executeTakeFirst();
    if (row && secretMatches(token.secret, row.secret_hash))
      return { id: row.id, label: row.label, attemptsAllowed: row.attempts_allowed, exam: storedExam(row.exam) };
  }
  throw new HttpError(401, 'bad-link', 'This exam link is not valid (it may have been deleted).');
}

/** An attempt made by joining a class: the class's settings, pauses and injects, and the student's pause base. */
export interface ClassLink {
  id: string;
  settings: ClassSettings;
  pauses: Pauses;
  fired: FiredInject[];
  ended: boolean;
  baseMs: number;
}

export async function attemptOf(
  ctx: HubContext,
  request: FastifyRequest,
): Promise<{ attempt: Attempt; exam: Exam; cls: ClassLink | null }> {
  const token = splitToken(bearer(request));
  if (token) {
    const row = await ctx.db
      .selectFrom('attempts')
      .innerJoin('invitations', 'invitations.id', 'attempts.invitation_id')
      .innerJoin('exams', 'exams.id', 'invitations.exam_id')
      .leftJoin('classes', 'classes.exam_id', 'exams.id')
      .leftJoin('class_students', 'class_students.attempt_id', 'attempts.id')
      .selectAll('attempts')
      .select([
        'exams.exam',
        'exams.id as exam_id',
        'classes.id as class_id',
        'classes.settings as class_settings',
        'classes.paused_at',
        'classes.paused_ms',
        'classes.injects',
        'classes.ended_at',
        'class_students.paused_base_ms',
      ])
      .where('attempts.id', '=', token.id)
      .executeTakeFirst();
    if (row && secretMatches(token.secret, row.secret_hash)) {
      const { exam, exam_id, class_id, class_settings, paused_at, paused_ms, injects, ended_at, paused_base_ms, ...attempt } = row;
      const cls: ClassLink | null =
        class_id && class_settings
          ? {
              id: class_id,
              settings: class_settings,
              pauses: { pausedAt: paused_at?.getTime() ?? null, pausedMs: paused_ms ?? 0 },
              fired: injects ?? [],
              ended: ended_at !== null,
              baseMs: paused_base_ms ?? 0,
            }
          : null;
      return { attempt, exam: examOfRow(exam_id, exam), cls };
    }
  }
  throw new HttpError(401, 'bad-attempt', 'This attempt token is not valid.');
}
