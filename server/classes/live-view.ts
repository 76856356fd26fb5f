/**
 * What the teacher's live view shows, kept up to date after each acknowledged act: the hub replays the
 * student's acts through the game's engine (the same replay as closing an attempt), stores the student's
 * snapshot in `class_students` and tells every hub process through the fan-out. Each process keeps the
 * replay of the students it last saw in memory, so an act costs one step of the engine; any other
 * process (or a restart) replays from the stored acts, which stay the truth.
 */
import type { Session } from '../../src/engine/session';
import { startReplay } from '../../src/engine/replay';
import type { LiveClass, LiveStudent, StudentSnapshot } from '../../src/records/class-live';
import type { HubContext } from '../context';
import type { Attempt } from '../db/schema';
import type { Exam } from '../../src/records/exam-file';
import type { Fanout } from '../live/fanout';
import { scenarioLog, scenarioLookup } from '../exams/close';
import { examOfRow } from '../exams/load';
import { storyInjects } from '../../src/engine/story-injects';

const excerpt = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const optionIndex = (session: Session, postId: string): number | null => {
  for (const e of session.log) if (e.type === 'option' && e.postId === postId) return e.index;
  return null;
};

/** The student's snapshot from their replayed session. */
export function snapshotOf(session: Session, finished: boolean): StudentSnapshot {
  const open = session.feed.filter((p) => p.state === 'open');
  const current = open.reduce<(typeof open)[number] | null>((a, p) => (a === null || p.at < a.at ? p : a), null);
  return {
    gameTime: session.now,
    posts: session.feed.length,
    open: open.length,
    current: current ? { postId: current.id, text: excerpt(current.text, 400) } : null,
    decisions: session.decisions.slice(0, 500).map((d) => ({
      postId: d.postId,
      option: d.source === 'option' ? optionIndex(session, d.postId) : null,
      source: d.source,
      text: excerpt(d.text, 400),
      judgement: d.judgement,
      rules: d.breaches.map((b) => b.ruleId),
    })),
    scores: session.score().scores,
    ending: session.ending?.id ?? null,
    finished,
    postTexts: Object.fromEntries(session.feed.map((p) => [p.id, excerpt(p.text, 200)])),
  };
}

type Replay = ReturnType<typeof startReplay> & { lastSeq: number };

export interface ClassLive {
  /** A student's run moved (an act acknowledged, their attempt finished): snapshot again and tell the views. */
  moved(classId: string, attemptId: string): void;
  /** The class itself changed (pause, inject, end), or a student joined (`studentId`): tell the views. */
  changed(classId: string, studentId?: string): Promise<void>;
  /** The class as its teacher sees it now. */
  view(classId: string): Promise<LiveClass | null>;
  /** Waits until every snapshot asked for is made (tests, the bench, closing). */
  settled(): Promise<void>;
  fanout: Fanout;
}

/** `busy`: requests being answered now (the live view's replays wait for none). */
export function classLive(ctx: Omit<HubContext, 'classes'>, fanout: Fanout, busy: () => number = () => 0): ClassLive {
  const replays = new Map<string, Replay>();
  /** Students whose run moved since their last snapshot (by attempt id, to their class), oldest first. */
  const dirty = new Map<string, string>();
  let pumping: Promise<void> | null = null;

  /**
   * Snapshots are made one at a time, and only while no request waits: a replay is engine work on this
   * process's one thread, and acknowledging acts comes first (the live view may lag, the acts may not).
   */
  const pump = () => {
    pumping ??= (async () => {
      for (let next = dirty.entries().next(); !next.done; next = dirty.entries().next()) {
        while (busy() > 0) await new Promise((r) => setTimeout(r, 2));
        const [attemptId, classId] = next.value;
        dirty.delete(attemptId);
        await snapshot(classId, attemptId).catch((e: unknown) => {
          // The replay is an aid to the teacher: a failure is logged and the next act replays afresh.
          replays.delete(attemptId);
          console.error(`live view of ${attemptId}:`, e);
        });
      }
    })().finally(() => {
      pumping = null;
    });
  };

  async function snapshot(classId: string, attemptId: string): Promise<void> {
    const row = await ctx.db
      .selectFrom('attempts')
      .innerJoin('invitations', 'invitations.id', 'attempts.invitation_id')
      .innerJoin('exams', 'exams.id', 'invitations.exam_id')
      .selectAll('attempts')
      .select(['exams.exam', 'exams.id as exam_id'])
      .where('attempts.id', '=', attemptId)
      .executeTakeFirst();
    if (!row) return;
    const { exam: stored, exam_id, ...attempt } = row;
    const exam = examOfRow(exam_id, stored);
    const replay = await carryOn(attempt, exam);
    const snap = snapshotOf(replay.session, attempt.finished_at !== null);
    await ctx.db
      .updateTable('class_students')
      .set({ snapshot: JSON.stringify(snap), updated_at: new Date(ctx.now()) })
      .where('attempt_id', '=', attemptId)
      .execute();
    await fanout.publish({ classId, studentId: attemptId });
  }

  async function carryOn(attempt: Attempt, exam: Exam): Promise<Replay> {
    let replay = replays.get(attempt.id);
    if (!replay) {
      const { scenario, seed, conditions, log, lastSeq } = await scenarioLog(ctx as HubContext, ctx.db, attempt, exam);
      const fresh = startReplay(scenario, { locale: exam.locale, seed, log, ...conditions }, scenario.replyModel);
      fresh.apply(log);
      replay = { ...fresh, lastSeq };
      replays.set(attempt.id, replay);
      return replay;
    }
    const { log, lastSeq } = await scenarioLog(ctx as HubContext, ctx.db, attempt, exam, replay.lastSeq);
    replay.apply(log);
    replay.lastSeq = lastSeq;
    return replay;
  }

  const live: ClassLive = {
    fanout,
    moved(classId, attemptId) {
      dirty.set(attemptId, classId);
      pump();
    },

    async changed(classId, studentId) {
      await fanout.publish({ classId, ...(studentId ? { studentId } : {}) });
    },

    async view(classId) {
      const row = await ctx.db
        .selectFrom('classes')
        .innerJoin('exams', 'exams.id', 'classes.exam_id')
        .selectAll('classes')
        .select(['exams.exam', 'exams.title'])
        .where('classes.id', '=', classId)
        .executeTakeFirst();
      if (!row) return null;
      const exam = examOfRow(row.exam_id, row.exam);
      const scenario = await scenarioLookup(ctx as HubContext, exam, row.settings.scenario);
      const students = await ctx.db
        .selectFrom('class_students')
        .innerJoin('attempts', 'attempts.id', 'class_students.attempt_id')
        .select(['class_students.attempt_id', 'class_students.name', 'class_students.snapshot', 'attempts.started_at'])
        .where('class_students.class_id', '=', classId)
        .orderBy('attempts.started_at')
        .execute();
      return {
        id: row.id,
        code: row.code,
        title: row.title,
        settings: row.settings,
        paused: row.paused_at !== null,
        ended: row.ended_at !== null,
        injects: storyInjects(scenario.story),
        fired: row.injects,
        rules: Object.fromEntries(scenario.charter.rules.map((r) => [r.id, r.text[row.settings.locale]])),
        students: students.map((s): LiveStudent => ({
          id: s.attempt_id,
          name: s.name,
          joinedAt: s.started_at.toISOString(),
          snapshot: s.snapshot,
        })),
      };
    },

    async settled() {
      while (pumping) await pumping;
    },
  };
  return live;
}
