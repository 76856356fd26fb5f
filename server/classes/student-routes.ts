/**
 * A student's side of a live class, for the game: join by code and name (no account; the hub opens an
 * attempt of the class's exam and answers its token, as an exam's start does), then ask, between acts,
 * whether the class is paused or over and which injects were fired. Acts and the end go through the
 * exam's own routes (`/api/play/events`, `/api/play/next`).
 */
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { ClassCodeSchema, type ClassState, StudentNameSchema } from '../../src/records/class-live';
import type { HubContext } from '../context';
import { HttpError, parse } from '../http';
import { hashSecret, newSecret } from '../auth/tokens';
import { attemptOf, storedExam } from '../exams/load';
import { publicExam, scenarioFor } from '../exams/play-routes';
import { pausedTotal } from './class-rules';

const JoinSchema = v.object({ code: ClassCodeSchema, name: StudentNameSchema });

export function studentRoutes(app: FastifyInstance, ctx: HubContext): void {
  // Codes are short: guessing them is slowed down per address. A whole class behind a school's one
  // address joins within the limit; a guesser needs months for one open class among 887 million codes.
  app.post('/api/class/join', { bodyLimit: 1024, config: { rateLimit: { max: 300, timeWindow: '1 minute' } } }, async (request) => {
    const { code, name } = parse(JoinSchema, request.body);
    const found = await ctx.db
      .selectFrom('classes')
      .innerJoin('exams', 'exams.id', 'classes.exam_id')
      .select([
        'classes.id',
        'classes.exam_id',
        'classes.settings',
        'classes.ended_at',
        'classes.paused_at',
        'classes.paused_ms',
        'exams.exam',
      ])
      .where('classes.code', '=', code)
      .executeTakeFirst();
    if (!found) throw new HttpError(404, 'no-class', 'No class session has this code.');
    if (found.ended_at) throw new HttpError(409, 'class-ended', 'This class session is over.');
    const exam = storedExam(found.exam);
    const secret = newSecret();
    const now = new Date(ctx.now());
    const attempt = await ctx.db.transaction().execute(async (tx) => {
      // Each student is a link of the class's exam used once, by the name they gave.
      const invitation = await tx
        .insertInto('invitations')
        .values({ exam_id: found.exam_id, secret_hash: hashSecret(newSecret()), label: name })
        .returning('id')
        .executeTakeFirstOrThrow();
      const made = await tx
        .insertInto('attempts')
        .values({
          invitation_id: invitation.id,
          number: 1,
          secret_hash: hashSecret(secret),
          candidate: JSON.stringify({ name }),
          group_answer: null,
          started_at: now,
          scenario_index: 0,
          scenario_started_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const pauses = { pausedAt: found.paused_at?.getTime() ?? null, pausedMs: found.paused_ms };
      await tx
        .insertInto('class_students')
        .values({ attempt_id: made.id, class_id: found.id, name, paused_base_ms: pausedTotal(pauses, now.getTime()) })
        .execute();
      return made;
    });
    // The teacher sees the new name at once; the first act brings their run.
    await ctx.classes.changed(found.id, attempt.id);
    return {
      attempt: `${attempt.id}.${secret}`,
      exam: publicExam(exam),
      scenario: scenarioFor(exam, attempt),
      settings: found.settings,
      serverTime: now.toISOString(),
    };
  });

  /**
   * Every student's game asks this every 2 s (300 students: 150 a second): answered from memory, each
   * token checked against the database once a minute and each class's state read at most once a second,
   * so a pause or an inject reaches every game within the game's 2 s, from any hub process.
   */
  const tokens = new Map<string, { classId: string | null; until: number }>();
  const states = new Map<string, { state: Omit<ClassState, 'serverTime'>; until: number }>();
  // A pause, an inject or the end, in this process or another: the class is read afresh.
  ctx.classes.fanout.subscribe((m) => {
    if (!m.studentId) states.delete(m.classId);
  });
  app.get('/api/play/class', async (request): Promise<ClassState> => {
    const now = Date.now();
    const token = request.headers.authorization ?? '';
    let known = tokens.get(token);
    if (!known || known.until < now) {
      const { cls } = await attemptOf(ctx, request);
      known = { classId: cls?.id ?? null, until: now + TOKEN_KEPT_MS };
      if (tokens.size > 10_000) tokens.clear();
      tokens.set(token, known);
    }
    if (!known.classId) throw new HttpError(404, 'not-a-class', 'This attempt is not in a class session.');
    let cached = states.get(known.classId);
    if (!cached || cached.until < now) {
      const row = await ctx.db
        .selectFrom('classes')
        .select(['paused_at', 'ended_at', 'injects'])
        .where('id', '=', known.classId)
        .executeTakeFirst();
      if (!row) throw new HttpError(404, 'not-a-class', 'This class session no longer exists.');
      cached = { state: { paused: row.paused_at !== null, ended: row.ended_at !== null, fired: row.injects }, until: now + STATE_KEPT_MS };
      states.set(known.classId, cached);
    }
    return { ...cached.state, serverTime: new Date(ctx.now()).toISOString() };
  });
}

const TOKEN_KEPT_MS = 60_000;
const STATE_KEPT_MS = 1_000;
