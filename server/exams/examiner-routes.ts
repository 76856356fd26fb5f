/**
 * The examiner's side: publish an exam (the exam builder's file, read with its record schema), make
 * single-use links, follow attempts and results, grant a new attempt, download a signed result,
 * export or erase a candidate's data. Every route is the signed-in examiner's own exams only: another
 * examiner's exam answers 404, as if it did not exist.
 */
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { examFingerprint } from '../../src/engine/fingerprint';
import { readExam } from '../../src/records/read';
import type { HubContext } from '../context';
import type { User } from '../db/schema';
import { HttpError, IdParams, parse } from '../http';
import { requireUser } from '../auth/sessions';
import { hashSecret, newSecret } from '../auth/tokens';
import { LATE_MS, gaps } from './attempt-rules';
import { storedExam } from './load';

const PublishSchema = v.object({ exam: v.unknown() });
const InviteSchema = v.object({
  labels: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.maxLength(200))),
    v.minLength(1, 'must list at least one candidate'),
    v.maxLength(500, 'at most 500 links at once'),
  ),
});

export function examinerRoutes(app: FastifyInstance, ctx: HubContext, knownScenarios: () => readonly string[]): void {
  const ownExam = async (user: User, id: string) => {
    const exam = await ctx.db.selectFrom('exams').selectAll().where('id', '=', id).where('owner_id', '=', user.id).executeTakeFirst();
    if (!exam) throw new HttpError(404, 'not-found', 'No such exam.');
    return exam;
  };
  const ownInvitation = async (user: User, id: string) => {
    const row = await ctx.db
      .selectFrom('invitations')
      .innerJoin('exams', 'exams.id', 'invitations.exam_id')
      .selectAll('invitations')
      .where('invitations.id', '=', id)
      .where('exams.owner_id', '=', user.id)
      .executeTakeFirst();
    if (!row) throw new HttpError(404, 'not-found', 'No such invitation.');
    return row;
  };

  app.post('/api/exams', { bodyLimit: 256 * 1024 }, async (request, reply) => {
    const user = await requireUser(ctx, request);
    const body = parse(PublishSchema, request.body);
    const read = readExam(JSON.stringify(body.exam ?? null), knownScenarios(), 'exam');
    if (!read.ok) throw new HttpError(400, 'invalid-exam', 'This is not a valid exam file.', { details: read.error.details });
    const exam = read.value;
    const taken = await ctx.db
      .selectFrom('exams')
      .select('id')
      .where('owner_id', '=', user.id)
      .where('exam_key', '=', exam.id)
      .executeTakeFirst();
    if (taken)
      throw new HttpError(409, 'exam-exists', `An exam with the id "${exam.id}" is already published: give the new one another id.`);
    const row = await ctx.db
      .insertInto('exams')
      .values({ owner_id: user.id, exam_key: exam.id, title: exam.title, exam: JSON.stringify(exam), fingerprint: examFingerprint(exam) })
      .returning(['id', 'fingerprint'])
      .executeTakeFirstOrThrow();
    // Compiled now rather than on a candidate's first event (cached; a failure shows again then).
    void Promise.all(exam.scenarios.map((id) => ctx.scenarios(id, exam.locale))).catch((e: unknown) => request.log.error(e));
    return reply.code(201).send(row);
  });

  app.get('/api/exams', async (request) => {
    const user = await requireUser(ctx, request);
    const rows = await ctx.db
      .selectFrom('exams')
      .select(['id', 'exam_key', 'title', 'fingerprint', 'created_at'])
      .select((eb) => [
        eb
          .selectFrom('invitations')
          .whereRef('invitations.exam_id', '=', 'exams.id')
          .select(eb.fn.countAll<string>().as('n'))
          .as('invitations'),
      ])
      .where('owner_id', '=', user.id)
      .orderBy('created_at', 'desc')
      .execute();
    return { exams: rows.map((r) => ({ ...r, invitations: Number(r.invitations ?? 0) })) };
  });

  app.post('/api/exams/:id/invitations', { bodyLimit: 128 * 1024 }, async (request, reply) => {
    const user = await requireUser(ctx, request);
    const exam = await ownExam(user, parse(IdParams, request.params).id);
    const { labels } = parse(InviteSchema, request.body);
    const made = labels.map((label) => ({ label, secret: newSecret() }));
    const rows = await ctx.db
      .insertInto('invitations')
      .values(made.map((m) => ({ exam_id: exam.id, label: m.label, secret_hash: hashSecret(m.secret) })))
      .returning(['id', 'label'])
      .execute();
    // The secret is shown once, here; the link carries it in its fragment, which browsers never send to a server.
    return reply.code(201).send({
      invitations: rows.map((r, i) => {
        const token = `${r.id}.${made[i]!.secret}`;
        return { id: r.id, label: r.label, token, link: `/#hub-exam=${token}` };
      }),
    });
  });

  app.get('/api/exams/:id/attempts', async (request) => {
    const user = await requireUser(ctx, request);
    const exam = await ownExam(user, parse(IdParams, request.params).id);
    const invitations = await ctx.db
      .selectFrom('invitations')
      .select(['id', 'label', 'attempts_allowed', 'created_at'])
      .where('exam_id', '=', exam.id)
      .orderBy('created_at')
      .execute();
    const attempts = await ctx.db
      .selectFrom('attempts')
      .innerJoin('invitations', 'invitations.id', 'attempts.invitation_id')
      .leftJoin('results', 'results.attempt_id', 'attempts.id')
      .select([
        'attempts.id',
        'attempts.invitation_id',
        'attempts.number',
        'attempts.candidate',
        'attempts.started_at',
        'attempts.scenario_index',
        'attempts.finished_at',
        'results.overall',
        'results.passed',
      ])
      .where('invitations.exam_id', '=', exam.id)
      .orderBy('attempts.started_at')
      .execute();
    const lags = await ctx.db
      .selectFrom('attempt_events')
      .innerJoin('attempts', 'attempts.id', 'attempt_events.attempt_id')
      .innerJoin('invitations', 'invitations.id', 'attempts.invitation_id')
      .select(['attempt_events.attempt_id', 'attempt_events.scenario_index', 'attempt_events.lag_ms'])
      .where('invitations.exam_id', '=', exam.id)
      .orderBy('attempt_events.attempt_id')
      .orderBy('attempt_events.seq')
      .execute();
    return {
      // How many scenarios the exam has: the examiner's page says "scenario 2 of 3".
      scenarios: storedExam(exam.exam).scenarios.length,
      invitations: invitations.map((i) => ({
        ...i,
        attempts: attempts
          .filter((a) => a.invitation_id === i.id)
          .map((a) => {
            const own = lags.filter((l) => l.attempt_id === a.id);
            const g = gaps(own.map((l) => ({ scenario: l.scenario_index, lagMs: l.lag_ms })));
            return { ...a, events: own.length, lateEvents: g.filter((x) => x > LATE_MS).length, maxGapMs: Math.max(0, ...g) };
          }),
      })),
    };
  });

  app.post('/api/invitations/:id/grant', async (request) => {
    const user = await requireUser(ctx, request);
    const invitation = await ownInvitation(user, parse(IdParams, request.params).id);
    const used = await ctx.db.selectFrom('attempts').select('finished_at').where('invitation_id', '=', invitation.id).execute();
    if (used.length < invitation.attempts_allowed)
      throw new HttpError(409, 'attempt-left', 'This candidate has not used their attempt yet.');
    const row = await ctx.db
      .updateTable('invitations')
      .set({ attempts_allowed: used.length + 1 })
      .where('id', '=', invitation.id)
      .returning('attempts_allowed')
      .executeTakeFirstOrThrow();
    return { attemptsAllowed: row.attempts_allowed };
  });

  app.get('/api/attempts/:id/result', async (request, reply) => {
    const user = await requireUser(ctx, request);
    const row = await ctx.db
      .selectFrom('results')
      .innerJoin('attempts', 'attempts.id', 'results.attempt_id')
      .innerJoin('invitations', 'invitations.id', 'attempts.invitation_id')
      .innerJoin('exams', 'exams.id', 'invitations.exam_id')
      .select(['results.signed', 'exams.exam_key', 'attempts.number'])
      .where('results.attempt_id', '=', parse(IdParams, request.params).id)
      .where('exams.owner_id', '=', user.id)
      .executeTakeFirst();
    if (!row) throw new HttpError(404, 'not-found', 'No result for this attempt.');
    const name = `frontline-hub-result-${row.exam_key}-${parse(IdParams, request.params).id.slice(0, 8)}-${row.number}.json`;
    return reply.header('content-disposition', `attachment; filename="${name}"`).send(row.signed);
  });

  /** GDPR access: everything the hub holds about one candidate (their link's note, attempts, events, reports, results). */
  app.get('/api/invitations/:id/export', async (request, reply) => {
    const user = await requireUser(ctx, request);
    const invitation = await ownInvitation(user, parse(IdParams, request.params).id);
    const attempts = await ctx.db.selectFrom('attempts').selectAll().where('invitation_id', '=', invitation.id).orderBy('number').execute();
    const ids = attempts.map((a) => a.id);
    const byAttempt = async <T extends { attempt_id: string }>(rows: Promise<T[]>) => {
      const list = await rows;
      return (id: string) => list.filter((r) => r.attempt_id === id).map(({ attempt_id: _a, ...r }) => r);
    };
    const none = ['00000000-0000-0000-0000-000000000000'];
    const events = await byAttempt(
      ctx.db
        .selectFrom('attempt_events')
        .selectAll()
        .where('attempt_id', 'in', ids.length ? ids : none)
        .orderBy('seq')
        .execute(),
    );
    const sessions = await byAttempt(
      ctx.db
        .selectFrom('attempt_sessions')
        .selectAll()
        .where('attempt_id', 'in', ids.length ? ids : none)
        .execute(),
    );
    const results = await byAttempt(
      ctx.db
        .selectFrom('results')
        .selectAll()
        .where('attempt_id', 'in', ids.length ? ids : none)
        .execute(),
    );
    const { secret_hash: _s, ...link } = invitation;
    return reply.header('content-disposition', `attachment; filename="frontline-hub-candidate-${invitation.id}.json"`).send({
      format: 'frontline-hub-candidate-export',
      exportedAt: new Date(ctx.now()).toISOString(),
      invitation: link,
      attempts: attempts.map(({ secret_hash: _h, ...a }) => ({
        ...a,
        events: events(a.id),
        sessions: sessions(a.id),
        results: results(a.id),
      })),
    });
  });

  /** GDPR erasure: the link and everything done through it. */
  app.delete('/api/invitations/:id', async (request) => {
    const user = await requireUser(ctx, request);
    const invitation = await ownInvitation(user, parse(IdParams, request.params).id);
    await ctx.db.deleteFrom('invitations').where('id', '=', invitation.id).execute();
    return { deleted: invitation.id };
  });
}
