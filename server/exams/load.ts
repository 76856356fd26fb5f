/** Looking up invitations and attempts by their bearer tokens (constant-time), and an attempt's exam. */
import type { FastifyRequest } from 'fastify';
import { readRecord } from '../../src/records/read';
import type { Exam } from '../../src/records/exam-file';
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

export async function attemptOf(ctx: HubContext, request: FastifyRequest): Promise<{ attempt: Attempt; exam: Exam }> {
  const token = splitToken(bearer(request));
  if (token) {
    const row = await ctx.db
      .selectFrom('attempts')
      .innerJoin('invitations', 'invitations.id', 'attempts.invitation_id')
      .innerJoin('exams', 'exams.id', 'invitations.exam_id')
      .selectAll('attempts')
      .select('exams.exam')
      .where('attempts.id', '=', token.id)
      .executeTakeFirst();
    if (row && secretMatches(token.secret, row.secret_hash)) {
      const { exam, ...attempt } = row;
      return { attempt, exam: storedExam(exam) };
    }
  }
  throw new HttpError(401, 'bad-attempt', 'This attempt token is not valid.');
}
