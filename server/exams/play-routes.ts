/**
 * The candidate's side of a proctored exam, for the game: read the exam a link opens (what playing
 * needs, nothing more), start the one attempt, send each event as it happens, close each scenario.
 * Links and attempt tokens travel in the Authorization header, never in a URL.
 */
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { DEPARTMENTS, WRITTEN_ACTIONS } from '../../src/core/types';
import { canonicalJson } from '../../src/engine/fingerprint';
import { MAX_GAME_SECONDS, MAX_TEXT } from '../../src/records/domain';
import type { Exam } from '../../src/records/exam-file';
import type { HubContext } from '../context';
import { type Transaction, sql } from 'kysely';
import type { FiredInject } from '../../src/records/class-live';
import type { Attempt, Database } from '../db/schema';
import { classClock } from '../classes/class-rules';
import { HttpError, parse } from '../http';
import { hashSecret, newSecret } from '../auth/tokens';
import { checkEventTime, scenarioDeadline } from './attempt-rules';
import { closeScenario, conditionsFor, finishAttempt, scenarioLookup } from './close';
import { attemptOf, invitationOf } from './load';

const postId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** What the game may send: the player's own acts. Deadlines, endings and readings are the engine's, made again by the replay. */
const PlayEventSchema = v.variant('type', [
  v.object({ type: v.literal('option'), postId, index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)) }),
  v.object({
    type: v.literal('free'),
    postId,
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    action: v.optional(v.picklist(WRITTEN_ACTIONS)),
    department: v.optional(v.picklist(DEPARTMENTS)),
    pasted: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT))),
  }),
  v.object({ type: v.literal('hint'), postId }),
  v.object({ type: v.literal('away'), ms: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3600_000)) }),
  v.object({ type: v.literal('expire') }),
  // A class's inject, logged by the student's game when it came (checked against the ones the teacher fired).
  v.object({ type: v.literal('inject'), knot: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
]);

const EventBodySchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20_000)),
  scenario: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(19)),
  t: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_GAME_SECONDS)),
  event: PlayEventSchema,
});

const StartSchema = v.object({
  candidate: v.optional(v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.trim(), v.maxLength(200))), {}),
  group: v.optional(v.pipe(v.string(), v.maxLength(80))),
});

const NextSchema = v.object({ scenario: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(19)) });

/**
 * The exam as the candidate sees it before starting. Not sent: the exam's seed (from it and the
 * public engine, every candidate's scenario seeds and variants could be drawn before the clock starts),
 * and, when the exam hides scores, the weights and pass mark.
 */
export function publicExam(exam: Exam) {
  return {
    id: exam.id,
    title: exam.title,
    locale: exam.locale,
    scenarios: exam.scenarios,
    minutesPerScenario: exam.minutesPerScenario,
    minutesTotal: exam.minutesTotal,
    accommodation: exam.accommodation,
    freeTextRequired: exam.freeTextRequired,
    showScores: exam.showScores,
    candidate: exam.candidate,
    review: exam.review,
    ...(exam.group ? { group: exam.group } : {}),
    ...(exam.contact ? { contact: exam.contact } : {}),
    ...(exam.showScores ? { passMark: exam.passMark, ...(exam.weights ? { weights: exam.weights } : {}) } : {}),
  };
}

/** The scenario being played, as the game needs it to run its session: released only when the server starts its clock. */
export function scenarioFor(exam: Exam, attempt: Attempt) {
  const { id, seed, variant, ...conditions } = conditionsFor(exam, attempt.scenario_index, attempt.candidate);
  return {
    index: attempt.scenario_index,
    id,
    locale: exam.locale,
    seed,
    ...(variant !== undefined ? { variant } : {}),
    freeTextRequired: conditions.freeTextRequired ?? false,
    ...(exam.showScores && conditions.weights ? { weights: conditions.weights } : {}),
    startedAt: attempt.scenario_started_at.toISOString(),
    endsAt: new Date(
      scenarioDeadline(exam, { startedAt: attempt.started_at.getTime(), scenarioStartedAt: attempt.scenario_started_at.getTime() }),
    ).toISOString(),
  };
}

/**
 * A class's injects reach each student in the order the teacher fired them, once each: the next inject
 * a student logs must be the next one fired.
 */
async function checkInject(tx: Transaction<Database>, attemptId: string, fired: readonly FiredInject[], knot: string): Promise<void> {
  const logged = await tx
    .selectFrom('attempt_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('attempt_id', '=', attemptId)
    .where(sql<string>`event->>'type'`, '=', 'inject')
    .executeTakeFirstOrThrow();
  if (fired[Number(logged.n)]?.knot !== knot) throw new HttpError(422, 'bad-inject', `The inject "${knot}" was not fired next.`);
}

export function playRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/api/play/exam', async (request) => {
    const invitation = await invitationOf(ctx, request);
    const attempts = await ctx.db.selectFrom('attempts').select(['finished_at']).where('invitation_id', '=', invitation.id).execute();
    const status = attempts.some((a) => a.finished_at === null)
      ? 'started'
      : attempts.length < invitation.attemptsAllowed
        ? 'ready'
        : 'finished';
    return { exam: publicExam(invitation.exam), status, serverTime: new Date(ctx.now()).toISOString() };
  });

  app.post('/api/play/start', { bodyLimit: 16_384 }, async (request) => {
    const invitation = await invitationOf(ctx, request);
    const body = parse(StartSchema, request.body ?? {});
    const exam = invitation.exam;
    const candidate = Object.fromEntries(exam.candidate.flatMap((f) => (body.candidate[f] ? [[f, body.candidate[f]] as const] : [])));
    const group = exam.group && body.group && exam.group.choices.includes(body.group) ? body.group : null;
    const secret = newSecret();
    const now = new Date(ctx.now());
    const attempt = await ctx.db.transaction().execute(async (tx) => {
      const earlier = await tx
        .selectFrom('attempts')
        .select(['number', 'finished_at'])
        .where('invitation_id', '=', invitation.id)
        .execute();
      if (earlier.some((a) => a.finished_at === null))
        throw new HttpError(409, 'already-started', 'This exam was already started from its link; it cannot be started twice.');
      if (earlier.length >= invitation.attemptsAllowed)
        throw new HttpError(409, 'already-used', 'This exam link was already used. Ask the examiner for a new attempt.');
      return tx
        .insertInto('attempts')
        .values({
          invitation_id: invitation.id,
          number: earlier.length + 1,
          secret_hash: hashSecret(secret),
          candidate: JSON.stringify(candidate),
          group_answer: group,
          started_at: now,
          scenario_index: 0,
          scenario_started_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
        .catch((e: unknown) => {
          // Two browsers starting the same link at the same instant: the unique (invitation, number) keeps one.
          if (String((e as { code?: unknown }).code) === '23505')
            throw new HttpError(409, 'already-started', 'This exam was already started.');
          throw e;
        });
    });
    return { attempt: `${attempt.id}.${secret}`, scenario: scenarioFor(exam, attempt), serverTime: now.toISOString() };
  });

  app.post('/api/play/events', { bodyLimit: 32_768 }, async (request) => {
    const body = parse(EventBodySchema, request.body);
    const { attempt: found, exam, cls } = await attemptOf(ctx, request);
    const now = ctx.now();
    const scenario = await scenarioLookup(ctx, exam, exam.scenarios[found.scenario_index]!);
    if (cls?.ended) throw new HttpError(409, 'class-ended', 'The class session is over.');
    if (body.event.type === 'free' && cls && !cls.settings.freeText)
      throw new HttpError(422, 'no-free-text', 'Written replies are not allowed in this class.');
    if (body.event.type === 'inject' && !cls) throw new HttpError(422, 'no-inject', 'Injects belong to class sessions.');
    const acked = await ctx.db.transaction().execute(async (tx) => {
      // The attempt's row is locked so that one event at a time is numbered (Postgres; PGlite is one connection).
      const attempt = await tx.selectFrom('attempts').selectAll().where('id', '=', found.id).forUpdate().executeTakeFirstOrThrow();
      const last = await tx
        .selectFrom('attempt_events')
        .select(['seq', 'game_time', 'scenario_index'])
        .where('attempt_id', '=', attempt.id)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      // A number already used: a resend after a network cut is harmless; another event under it is refused.
      const same =
        last && body.seq <= last.seq
          ? await tx
              .selectFrom('attempt_events')
              .selectAll()
              .where('attempt_id', '=', attempt.id)
              .where('seq', '=', body.seq)
              .executeTakeFirst()
          : undefined;
      if (same) {
        const stored = canonicalJson({ scenario: same.scenario_index, t: same.game_time, event: same.event });
        if (stored === canonicalJson({ scenario: body.scenario, t: body.t, event: body.event }))
          return { ack: body.seq, duplicate: true, receivedAt: same.received_at.toISOString() };
        throw new HttpError(409, 'seq-conflict', `Event ${body.seq} was already received with other content.`);
      }
      if (attempt.finished_at) throw new HttpError(409, 'finished', 'This attempt is finished.');
      if (body.scenario !== attempt.scenario_index)
        throw new HttpError(409, 'other-scenario', `The scenario being played is number ${attempt.scenario_index}.`);
      const expected = last ? last.seq + 1 : 0;
      if (body.seq !== expected)
        throw new HttpError(409, 'seq-gap', `Event ${expected} is the next one expected: send the queued events in order.`, { expected });
      const previousT = last && last.scenario_index === attempt.scenario_index ? last.game_time : 0;
      const own = { startedAt: attempt.started_at.getTime(), scenarioStartedAt: attempt.scenario_started_at.getTime() };
      // A class's clock stands still during its pauses and runs at its time scale.
      const clock = cls ? classClock(own, cls.pauses, cls.baseMs, now) : own;
      const rate = scenario.manifest.clockRate * (cls?.settings.timescale ?? 1);
      if (body.event.type === 'inject') await checkInject(tx, attempt.id, cls!.fired, body.event.knot);
      const time = checkEventTime(exam, clock, rate, body.t, previousT, now);
      if (!time.ok) throw new HttpError(time.code === 'time-up' ? 410 : 422, time.code, time.message);
      await tx
        .insertInto('attempt_events')
        .values({
          attempt_id: attempt.id,
          seq: body.seq,
          scenario_index: body.scenario,
          event: JSON.stringify(body.event),
          game_time: body.t,
          received_at: new Date(now),
          lag_ms: time.lagMs,
        })
        .execute();
      return { ack: body.seq, receivedAt: new Date(now).toISOString() };
    });
    // Acknowledged: the teacher's live view replays it afterwards.
    if (cls && !('duplicate' in acked)) ctx.classes.moved(cls.id, found.id);
    return acked;
  });

  /** Closes a scenario (its end, or the candidate moving on) and opens the next, or finishes the exam. Resending it is harmless. */
  app.post('/api/play/next', { bodyLimit: 1024 }, async (request) => {
    const body = parse(NextSchema, request.body);
    const { attempt: found, exam, cls } = await attemptOf(ctx, request);
    return ctx.db.transaction().execute(async (tx) => {
      const attempt = await tx.selectFrom('attempts').selectAll().where('id', '=', found.id).forUpdate().executeTakeFirstOrThrow();
      if (attempt.finished_at || body.scenario < attempt.scenario_index) {
        const result = await tx.selectFrom('results').select(['overall', 'passed']).where('attempt_id', '=', attempt.id).executeTakeFirst();
        return attempt.finished_at
          ? { done: true, ...(exam.showScores && result ? { result } : {}) }
          : { done: false, scenario: scenarioFor(exam, attempt) };
      }
      if (body.scenario > attempt.scenario_index)
        throw new HttpError(409, 'other-scenario', `The scenario being played is number ${attempt.scenario_index}.`);
      await closeScenario(ctx, tx, attempt, exam);
      const now = new Date(ctx.now());
      const totalUp = now.getTime() >= attempt.started_at.getTime() + exam.minutesTotal * 60_000 * exam.accommodation;
      if (attempt.scenario_index + 1 >= exam.scenarios.length || totalUp) {
        const signed = await finishAttempt(ctx, tx, attempt, exam);
        if (cls) ctx.classes.moved(cls.id, attempt.id);
        return { done: true, ...(exam.showScores ? { result: { overall: signed.report.overall, passed: signed.report.passed } } : {}) };
      }
      const next = await tx
        .updateTable('attempts')
        .set({ scenario_index: attempt.scenario_index + 1, scenario_started_at: now })
        .where('id', '=', attempt.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { done: false, scenario: scenarioFor(exam, next) };
    });
  });
}
