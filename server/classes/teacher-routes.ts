/**
 * The teacher's side of a live class: open a session (the hub makes its exam and code), follow it live
 * (server-sent events), pause and resume it, fire an inject, end it, and hand its session reports to
 * the dashboard. A teacher (or examiner) sees only their own classes: another's answers 404.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { randomInt } from 'node:crypto';
import { examFingerprint } from '../../src/engine/fingerprint';
import { ClassSettingsSchema, type FiredInject, LiveStudentSchema } from '../../src/records/class-live';
import type { Report } from '../../src/records/session-report';
import type { HubContext } from '../context';
import type { User } from '../db/schema';
import { HttpError, IdParams, parse } from '../http';
import { requireUser } from '../auth/sessions';
import { closeScenario, finishAttempt } from '../exams/close';
import { storedExam } from '../exams/load';
import { classExam, newClassCode, pausedTotal } from './class-rules';
import { storyInjects } from '../../src/engine/story-injects';

const OpenSchema = v.object({ settings: ClassSettingsSchema });
const PauseSchema = v.object({ paused: v.boolean() });
const InjectSchema = v.object({ knot: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) });

/** How long the live stream gathers students' changes before sending them (one read for many acts). */
const BATCH_MS = 200;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

export function teacherRoutes(app: FastifyInstance, ctx: HubContext, knownScenarios: () => readonly string[]): void {
  // Live streams are long requests: closing the hub ends them rather than waiting for their teachers.
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });
  const ownClass = async (user: User, id: string) => {
    const row = await ctx.db.selectFrom('classes').selectAll().where('id', '=', id).where('owner_id', '=', user.id).executeTakeFirst();
    if (!row) throw new HttpError(404, 'not-found', 'No such class.');
    return row;
  };

  app.get('/api/hub/scenarios', async (request) => {
    await requireUser(ctx, request);
    const found = await Promise.all(
      knownScenarios().map(async (id) => {
        const [fr, en] = await Promise.all([ctx.scenarios(id, 'fr'), ctx.scenarios(id, 'en')]);
        const any = en ?? fr;
        if (!any) return null;
        const locales = [...(fr ? ['fr'] : []), ...(en ? ['en'] : [])];
        return {
          id,
          title: any.manifest.title,
          locales,
          variants: Boolean(any.manifest.variants),
          injects: storyInjects(any.story).length,
        };
      }),
    );
    return { scenarios: found.filter((s) => s !== null) };
  });

  app.post('/api/classes', { bodyLimit: 4096 }, async (request, reply) => {
    const user = await requireUser(ctx, request);
    const { settings } = parse(OpenSchema, request.body);
    const scenario = knownScenarios().includes(settings.scenario) ? await ctx.scenarios(settings.scenario, settings.locale) : null;
    if (!scenario) throw new HttpError(400, 'unknown-scenario', `The scenario "${settings.scenario}" is not on this hub in that language.`);
    const title = scenario.manifest.title[settings.locale];
    for (let tries = 0; tries < 5; tries++) {
      const code = newClassCode();
      const exam = classExam(settings, code, title, randomInt(0xffffffff));
      const made = await ctx.db
        .transaction()
        .execute(async (tx) => {
          const row = await tx
            .insertInto('exams')
            .values({ owner_id: user.id, exam_key: exam.id, title, exam: JSON.stringify(exam), fingerprint: examFingerprint(exam) })
            .returning('id')
            .executeTakeFirstOrThrow();
          return tx
            .insertInto('classes')
            .values({ owner_id: user.id, exam_id: row.id, code, settings: JSON.stringify(settings) })
            .returning(['id', 'code'])
            .executeTakeFirstOrThrow();
        })
        .catch((e: unknown) => {
          // A code already taken (one in 887 million): draw another.
          if (String((e as { code?: unknown }).code) === '23505') return null;
          throw e;
        });
      if (made) return reply.code(201).send({ ...made, title });
    }
    throw new HttpError(503, 'no-code', 'No free class code was found; try again.');
  });

  app.get('/api/classes', async (request) => {
    const user = await requireUser(ctx, request);
    const rows = await ctx.db
      .selectFrom('classes')
      .innerJoin('exams', 'exams.id', 'classes.exam_id')
      .select(['classes.id', 'classes.code', 'exams.title', 'classes.settings', 'classes.created_at', 'classes.ended_at'])
      .select((eb) =>
        eb
          .selectFrom('class_students')
          .whereRef('class_students.class_id', '=', 'classes.id')
          .select(eb.fn.countAll<string>().as('n'))
          .as('students'),
      )
      .where('classes.owner_id', '=', user.id)
      .orderBy('classes.created_at', 'desc')
      .execute();
    return {
      classes: rows.map((r) => ({
        id: r.id,
        code: r.code,
        title: r.title,
        settings: r.settings,
        createdAt: r.created_at.toISOString(),
        ended: r.ended_at !== null,
        students: Number(r.students ?? 0),
      })),
    };
  });

  app.get('/api/classes/:id', async (request) => {
    const user = await requireUser(ctx, request);
    const { id } = parse(IdParams, request.params);
    await ownClass(user, id);
    return ctx.classes.view(id);
  });

  /** The live view: the whole class first, then each student's change (gathered a moment) and each change of the class. */
  app.get('/api/classes/:id/live', async (request, reply) => {
    const user = await requireUser(ctx, request);
    const { id } = parse(IdParams, request.params);
    await ownClass(user, id);
    reply.hijack();
    const out = reply.raw;
    streams.add(out);
    out.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    const send = (event: string, data: unknown) => out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const students = new Set<string>();
    let whole = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = async () => {
      timer = null;
      if (whole) {
        whole = false;
        students.clear();
        send('state', await ctx.classes.view(id));
        return;
      }
      const ids = [...students];
      students.clear();
      if (ids.length === 0) return;
      const rows = await ctx.db
        .selectFrom('class_students')
        .innerJoin('attempts', 'attempts.id', 'class_students.attempt_id')
        .select(['class_students.attempt_id', 'class_students.name', 'class_students.snapshot', 'attempts.started_at'])
        .where('class_students.attempt_id', 'in', ids)
        .execute();
      for (const s of rows)
        send(
          'student',
          v.parse(LiveStudentSchema, { id: s.attempt_id, name: s.name, joinedAt: s.started_at.toISOString(), snapshot: s.snapshot }),
        );
    };
    const unsubscribe = ctx.classes.fanout.subscribe((m) => {
      if (m.classId !== id) return;
      if (m.studentId) students.add(m.studentId);
      else whole = true;
      timer ??= setTimeout(() => void flush().catch((e: unknown) => request.log.error(e)), BATCH_MS);
    });
    const beat = setInterval(() => out.write(': still here\n\n'), HEARTBEAT_MS);
    out.on('close', () => {
      streams.delete(out);
      unsubscribe();
      clearInterval(beat);
      if (timer) clearTimeout(timer);
    });
    send('state', await ctx.classes.view(id));
  });

  app.post('/api/classes/:id/pause', { bodyLimit: 256 }, async (request) => {
    const user = await requireUser(ctx, request);
    const { id } = parse(IdParams, request.params);
    const { paused } = parse(PauseSchema, request.body);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('classes')
        .selectAll()
        .where('id', '=', id)
        .where('owner_id', '=', user.id)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw new HttpError(404, 'not-found', 'No such class.');
      if (row.ended_at) throw new HttpError(409, 'class-ended', 'The class session is over.');
      if (paused === (row.paused_at !== null)) return;
      const pauses = { pausedAt: row.paused_at?.getTime() ?? null, pausedMs: row.paused_ms };
      await tx
        .updateTable('classes')
        .set(paused ? { paused_at: new Date(now) } : { paused_at: null, paused_ms: pausedTotal(pauses, now) })
        .where('id', '=', id)
        .execute();
    });
    await ctx.classes.changed(id);
    return { paused };
  });

  app.post('/api/classes/:id/inject', { bodyLimit: 1024 }, async (request) => {
    const user = await requireUser(ctx, request);
    const { id } = parse(IdParams, request.params);
    const { knot } = parse(InjectSchema, request.body);
    const row = await ownClass(user, id);
    if (row.ended_at) throw new HttpError(409, 'class-ended', 'The class session is over.');
    const scenario = await ctx.scenarios(row.settings.scenario, row.settings.locale);
    if (!scenario || !storyInjects(scenario.story).some((i) => i.knot === knot))
      throw new HttpError(400, 'unknown-inject', `The scenario has no inject "${knot}".`);
    if (row.injects.some((f) => f.knot === knot)) throw new HttpError(409, 'inject-fired', 'This inject was already fired.');
    const fired: FiredInject[] = [...row.injects, { knot, at: new Date(ctx.now()).toISOString() }];
    await ctx.db
      .updateTable('classes')
      .set({ injects: JSON.stringify(fired) })
      .where('id', '=', id)
      .execute();
    await ctx.classes.changed(id);
    return { fired };
  });

  /** Ends the session: each student's run still open is closed (replayed, scored) as when its time is up. */
  app.post('/api/classes/:id/end', { bodyLimit: 256 }, async (request) => {
    const user = await requireUser(ctx, request);
    const { id } = parse(IdParams, request.params);
    const row = await ownClass(user, id);
    if (!row.ended_at) {
      await ctx.db
        .updateTable('classes')
        .set({ ended_at: new Date(ctx.now()), paused_at: null })
        .where('id', '=', id)
        .execute();
      const exam = storedExam(
        (await ctx.db.selectFrom('exams').select('exam').where('id', '=', row.exam_id).executeTakeFirstOrThrow()).exam,
      );
      const open = await ctx.db
        .selectFrom('class_students')
        .innerJoin('attempts', 'attempts.id', 'class_students.attempt_id')
        .select('attempts.id')
        .where('class_students.class_id', '=', id)
        .where('attempts.finished_at', 'is', null)
        .execute();
      for (const { id: attemptId } of open) {
        await ctx.db.transaction().execute(async (tx) => {
          const attempt = await tx.selectFrom('attempts').selectAll().where('id', '=', attemptId).forUpdate().executeTakeFirstOrThrow();
          if (attempt.finished_at) return;
          await closeScenario(ctx, tx, attempt, exam);
          await finishAttempt(ctx, tx, attempt, exam);
        });
        ctx.classes.moved(id, attemptId);
      }
    }
    // The live view follows with each student's closed run (made when no request waits).
    await ctx.classes.changed(id);
    return { ended: true };
  });

  /** The class debrief's data: every finished student's session report, as the dashboard reads report files. */
  app.get('/api/classes/:id/reports', async (request) => {
    const user = await requireUser(ctx, request);
    const { id } = parse(IdParams, request.params);
    const row = await ownClass(user, id);
    const sessions = await ctx.db
      .selectFrom('attempt_sessions')
      .innerJoin('class_students', 'class_students.attempt_id', 'attempt_sessions.attempt_id')
      .select(['attempt_sessions.report'])
      .where('class_students.class_id', '=', id)
      .execute();
    return { code: row.code, reports: sessions.map((s) => s.report as Report) };
  });
}
