/**
 * The server computes the result itself: when a scenario closes, its events (as the server stamped
 * them) are replayed through the game's own engine (src/engine/replay.ts) into a session report;
 * when the last closes, the exam report is built, signed with the hub's key and stored.
 */
import type { Kysely, Transaction } from 'kysely';
import { buildReport } from '../../src/engine/build-report';
import { buildExamReport, examConditions, newExamRun } from '../../src/engine/exam-rules';
import { signHubResult } from '../../src/engine/hub-signature';
import { replaySession } from '../../src/engine/replay';
import type { Exam } from '../../src/records/exam-file';
import type { LogEntry } from '../../src/records/domain';
import type { Report } from '../../src/records/session-report';
import { HUB_RESULT_FORMAT, HUB_RESULT_VERSION, type HubResult } from '../../src/records/hub-result';
import type { HubContext } from '../context';
import type { Attempt, Database } from '../db/schema';
import { LATE_MS, gaps } from './attempt-rules';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The scenario's seed and variant for this candidate, drawn as for an exam sat from a file (from the
 * exam's seed and the candidate's details), so that verify.html and the command line check a hub's
 * report with the same rules. The exam's seed stays on the hub: details cannot be chosen to get a
 * variant practised beforehand.
 */
export const conditionsFor = (exam: Exam, index: number, candidate: Readonly<Record<string, string>>) => {
  const id = exam.scenarios[index]!;
  return { id, ...examConditions(exam, id, candidate) };
};

export async function scenarioLookup(ctx: HubContext, exam: Exam, id: string) {
  const scenario = await ctx.scenarios(id, exam.locale);
  if (!scenario) throw new Error(`The scenario "${id}" is not in this hub's library.`);
  return scenario;
}

/**
 * The current scenario's log as the game wrote it: its start (seed, variant, version) and the player's
 * acts the hub stamped, each with the real time it arrived. What the replays (closing, the live view) play.
 */
export async function scenarioLog(ctx: HubContext, db: Db, attempt: Attempt, exam: Exam, fromSeq = -1) {
  const index = attempt.scenario_index;
  const { id, seed, variant, ...conditions } = conditionsFor(exam, index, attempt.candidate);
  const scenario = await scenarioLookup(ctx, exam, id);
  const rows = await db
    .selectFrom('attempt_events')
    .selectAll()
    .where('attempt_id', '=', attempt.id)
    .where('scenario_index', '=', index)
    .where('seq', '>', fromSeq)
    .orderBy('seq')
    .execute();
  const startAt = attempt.scenario_started_at.getTime();
  const start = {
    type: 'start',
    t: 0,
    at: startAt,
    seed,
    locale: exam.locale,
    scenario: id,
    version: scenario.manifest.version,
    ...(variant !== undefined ? { variant } : {}),
  };
  const acts = rows.map((r) => ({
    ...r.event,
    ...(r.event.type === 'option' ? { text: '' } : {}),
    t: r.game_time,
    at: r.received_at.getTime(),
  }));
  const log = (fromSeq < 0 ? [start, ...acts] : acts) as LogEntry[];
  return { scenario, seed, conditions, startAt, log, lastSeq: rows.at(-1)?.seq ?? fromSeq };
}

/** Replays the current scenario's events and stores its session report (once: closing twice keeps the first). */
export async function closeScenario(ctx: HubContext, db: Db, attempt: Attempt, exam: Exam): Promise<void> {
  const index = attempt.scenario_index;
  const { scenario, seed, conditions, startAt, log } = await scenarioLog(ctx, db, attempt, exam);
  const { session, problems } = replaySession(scenario, { locale: exam.locale, seed, log, ...conditions }, scenario.replyModel);
  // Time up, or the candidate moved on: what is still open gets what its deadline would give, as in the game.
  if (!session.ended) session.expire();
  const report = buildReport(session, {
    app: ctx.app,
    mode: 'exam',
    startedAt: new Date(startAt).toISOString(),
    finishedAt: new Date(ctx.now()).toISOString(),
    exam: { id: exam.id, title: exam.title },
    candidate: attempt.candidate,
  });
  await db
    .insertInto('attempt_sessions')
    .values({ attempt_id: attempt.id, scenario_index: index, report: JSON.stringify(report), problems: JSON.stringify(problems) })
    .onConflict((c) => c.doNothing())
    .execute();
}

/** Builds the exam report from the stored session reports, signs it and stores the result. */
export async function finishAttempt(ctx: HubContext, db: Db, attempt: Attempt, exam: Exam): Promise<HubResult> {
  const finishedAt = ctx.now();
  const sessions = await db
    .selectFrom('attempt_sessions')
    .selectAll()
    .where('attempt_id', '=', attempt.id)
    .orderBy('scenario_index')
    .execute();
  const events = await db
    .selectFrom('attempt_events')
    .select(['scenario_index', 'lag_ms'])
    .where('attempt_id', '=', attempt.id)
    .orderBy('seq')
    .execute();
  const gapList = gaps(events.map((e) => ({ scenario: e.scenario_index, lagMs: e.lag_ms })));
  const report = buildExamReport(
    {
      ...newExamRun(exam),
      candidate: attempt.candidate,
      ...(attempt.group_answer ? { group: attempt.group_answer } : {}),
      startedAt: attempt.started_at.getTime(),
      reports: sessions.map((s) => s.report as Report),
    },
    finishedAt,
  );
  const signed = signHubResult(
    {
      format: HUB_RESULT_FORMAT,
      version: HUB_RESULT_VERSION,
      attempt: {
        id: attempt.id,
        number: attempt.number,
        startedAt: attempt.started_at.toISOString(),
        finishedAt: new Date(finishedAt).toISOString(),
        events: events.length,
        lateEvents: gapList.filter((g) => g > LATE_MS).length,
        maxGapMs: Math.max(0, ...gapList),
        problems: sessions.flatMap((s) => s.problems.map((p) => `${exam.scenarios[s.scenario_index]}: ${p}`)).slice(0, 200),
      },
      report,
    },
    ctx.key,
  );
  await db
    .insertInto('results')
    .values({ attempt_id: attempt.id, signed: JSON.stringify(signed), overall: report.overall, passed: report.passed })
    .execute();
  await db
    .updateTable('attempts')
    .set({ finished_at: new Date(finishedAt) })
    .where('id', '=', attempt.id)
    .execute();
  return signed;
}
