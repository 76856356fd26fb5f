/**
 * An exam sat on a Frontline Hub (docs/hub.md), for the store: opening the link (`#hub-exam=`), starting
 * the attempt on the hub's clock, handing each act of the player to the hub client as it happens (kept
 * with the exam run, so a network cut and a reload lose nothing), closing each scenario on the hub and
 * taking the next one (its seed and variant given by the hub) or the hub's result. Loaded only when an
 * exam is sat on a hub, so the game's first load does not carry it.
 */
import { HubClient, type HubClientState, type HubProblem } from '../platform/hub-client';
import type { ExamRun, HubLink } from '../records/exam-run';
import { newExamRun } from '../engine/exam-rules';
import { hubActsOf, hubExamOf, hubScenarioOf } from './hub-exam';
import { examOpened } from './exam-opened';
import type { ExamAdvice, SliceContext } from './types';
import type { keepDone, saveExam } from './exam-slice';

/** How long to wait before sending again after a network cut. */
const RETRY_MS = 3_000;
/** How often a class's game asks the hub whether the teacher paused, fired an inject or ended the session. */
const CLASS_POLL_MS = 2_000;

/** Why joining a class failed, as the student is told it (keys of `join.problem`). */
export type JoinProblem = 'offline' | 'no-class' | 'class-ended' | 'invalid' | 'busy';

export interface HubRuntime {
  open(link: string): Promise<void>;
  join(code: string, name: string): Promise<JoinProblem | null>;
  begin(candidate: Record<string, string>): Promise<void>;
  forward(): void;
  scenarioDone(): Promise<void>;
  resume(): void;
}

/** The exam slice's own saving, passed in: importing it here would split it out of the game's first chunk. */
export interface ExamSaves {
  saveExam: typeof saveExam;
  keepDone: typeof keepDone;
}

export function hubRuntime(ctx: SliceContext, { saveExam, keepDone }: ExamSaves): HubRuntime {
  const { get, set, now } = ctx;
  let client: HubClient | null = null;
  let clientLink: string | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  /** Log entries queued, written with the queue in one save. */
  let sentUpTo: number | null = null;

  const run = () => get().exam;
  const link = (): HubLink | null => run()?.hub ?? null;
  const saveLink = (patch: Partial<HubLink>) => {
    const current = run();
    if (current?.hub) saveExam(ctx, { ...current, hub: { ...current.hub, ...patch } });
  };

  const clientFor = (hub: HubLink): HubClient => {
    // A class has no invitation link: its run is known by its attempt.
    const key = hub.link || hub.attempt || '';
    if (client && clientLink === key) return client;
    clientLink = key;
    client = new HubClient({
      link: hub.link,
      state: { attempt: hub.attempt, nextSeq: hub.nextSeq, queue: hub.queue as HubClientState['queue'] },
      persist: (state) => {
        saveLink({ ...state, ...(sentUpTo !== null ? { sent: sentUpTo } : {}) });
        sentUpTo = null;
      },
    });
    return client;
  };

  const refuse = (advice: ExamAdvice | 'unreachable', detail: string) => get().fail('error.exam', detail, `examAdvice.${advice}`);

  /** The line's state for the indicator; with acts still queued after a cut, tries again a little later. */
  const showLine = (problem: HubProblem | undefined, pending: number, waiting = false) => {
    set({ hubLine: { offline: problem?.kind === 'offline', pending, waiting } });
    if (retry) clearTimeout(retry);
    retry = problem?.kind === 'offline' ? setTimeout(() => void flush(), RETRY_MS) : null;
  };

  async function flush(): Promise<void> {
    const hub = link();
    if (!hub?.attempt) return;
    const c = clientFor(hub);
    const out = await c.flush();
    showLine(out.problem, out.pending, get().hubLine?.waiting ?? false);
    // The scenario was closed while the line was down: close it now that its acts are through.
    if (!out.problem && get().hubLine?.waiting) await scenarioDone();
  }

  let watching: ReturnType<typeof setTimeout> | null = null;
  /** A class: asks the hub for its state now and then, pauses and resumes the game, and closes the run when the teacher ends it. */
  async function watchClass(): Promise<void> {
    watching = null;
    const hub = link();
    if (!hub?.class || !hub.attempt || run()?.finishedAt !== null) return;
    const res = await clientFor(hub).classState();
    if (res.ok) {
      const paused = res.value.paused === true;
      const ended = res.value.ended === true;
      if (paused !== hub.class.paused || ended !== hub.class.ended) saveLink({ class: { ...hub.class, paused, ended } });
      if (get().paused !== paused) set({ paused });
      const session = get().session;
      // The injects the teacher fired, in order, each once: the session logs each, so the hub replays it there.
      const fired = Array.isArray(res.value.fired) ? (res.value.fired as { knot?: unknown }[]) : [];
      const came = session?.log.filter((e) => e.type === 'inject').length ?? 0;
      if (session && !session.ended) for (const f of fired.slice(came)) if (typeof f.knot === 'string') get().receiveInject(f.knot);
      if (ended && session && !session.ended) {
        // The teacher ended the session: the run closes as when its time is up (the hub already scored it).
        set({ paused: false });
        session.expire();
        get().finish();
      } else if (ended && !session && get().screen !== 'exam-end') {
        await scenarioDone();
      }
    }
    if (!link()?.class?.ended || get().session) watching = setTimeout(() => void watchClass(), CLASS_POLL_MS);
  }
  const watch = () => {
    if (!watching) watching = setTimeout(() => void watchClass(), 0);
  };

  /** The hub released a scenario: the run moves on to its briefing, on the hub's clock. */
  const take = (current: ExamRun, hub: HubLink, given: unknown): boolean => {
    const released = hubScenarioOf(given, hub.offsetMs);
    if (!released) return false;
    saveExam(ctx, {
      ...current,
      index: released.scenario.index,
      scenarioStartedAt: released.startedAt,
      hub: { ...hub, scenario: released.scenario, sent: 0 },
    });
    void get().openBriefing(released.scenario.id);
    // A class runs at its teacher's time scale, and hears from its teacher.
    if (hub.class) {
      set({ timescale: hub.class.timescale });
      watch();
    }
    return true;
  };

  async function scenarioDone(): Promise<void> {
    const current = run();
    const hub = current?.hub;
    if (!current || !hub?.attempt || !hub.scenario) return;
    // Between scenarios the candidate waits for the hub: its answer names the next scenario, or the end.
    set({ session: null, selected: null, screen: 'exam-end' });
    const c = clientFor(hub);
    const res = await c.next(hub.scenario.index);
    if (!res.ok) {
      showLine(res.error, c.pending, true);
      return;
    }
    showLine(undefined, 0);
    const answer = res.value as { done: boolean; scenario?: unknown; result?: { overall: number; passed: boolean } };
    if (!answer.done && take(current, hub, answer.scenario)) return;
    saveExam(ctx, {
      ...current,
      finishedAt: now(),
      scenarioStartedAt: null,
      hub: { ...hub, result: answer.result ?? null, queue: [] },
    });
  }

  return {
    async open(token) {
      const current = run();
      // The same link again in this browser: the exam carries on (or shows its end) where it is.
      if (current?.hub?.link === token) {
        if (current.finishedAt !== null) set({ mode: 'exam', screen: 'exam-end' });
        return;
      }
      // Nothing in progress is replaced: another exam under way, a report not downloaded, a training run.
      if (current && current.finishedAt === null && current.startedAt !== null)
        return refuse('exam-in-progress', `the exam "${current.exam.id}" is under way in this browser`);
      if (current && !current.hub && current.finishedAt !== null && current.downloadedAt === undefined)
        return refuse('report-not-downloaded', `the report of the exam "${current.exam.id}" was not downloaded`);
      const session = get().session;
      if (session && !session.ended && get().mode === 'training')
        return refuse('run-in-progress', `the scenario "${session.manifest.id}" is being played`);
      const probe = new HubClient({ link: token });
      const res = await probe.exam();
      if (!res.ok) {
        if (res.error.kind === 'offline') return refuse('unreachable', 'the hub does not answer');
        return refuse('hub-bad-link', `${res.error.status} ${res.error.code}`);
      }
      if (res.value.status === 'finished') return refuse('hub-used', 'this link was already used');
      if (res.value.status === 'started') return refuse('hub-started', 'this link was started in another browser');
      const exam = hubExamOf(res.value.exam);
      if (!exam) return refuse('damaged', 'the hub’s exam does not read');
      // A finished exam from a file, its report downloaded, is kept aside as when another exam opens.
      if (current && !current.hub) keepDone(ctx, current);
      if (current) saveExam(ctx, null);
      const hub: HubLink = { link: token, attempt: null, nextSeq: 0, queue: [], sent: 0, offsetMs: 0, scenario: null, result: null };
      saveExam(ctx, { ...newExamRun(exam), hub });
      set(examOpened(exam, get().settings));
    },

    async join(code, name) {
      const current = run();
      const session = get().session;
      // Nothing in progress is replaced: an exam under way or not yet handed in, a training run.
      if (current && current.finishedAt === null && current.startedAt !== null) return 'busy';
      if (current && !current.hub && current.finishedAt !== null && current.downloadedAt === undefined) return 'busy';
      if (session && !session.ended) return 'busy';
      const res = await HubClient.join(code, name);
      if (!res.ok) {
        if (res.error.kind === 'offline') return 'offline';
        return res.error.code === 'no-class' || res.error.code === 'class-ended' ? res.error.code : 'invalid';
      }
      const answer = res.value as {
        attempt: string;
        exam: unknown;
        scenario: unknown;
        settings: { timescale: number; freeText: boolean };
        serverTime: string;
      };
      const exam = hubExamOf(answer.exam);
      const offsetMs = Date.parse(answer.serverTime) - now();
      const released = hubScenarioOf(answer.scenario, offsetMs);
      if (!exam || !released) return 'invalid';
      if (current && !current.hub) keepDone(ctx, current);
      const hub: HubLink = {
        link: '',
        attempt: answer.attempt,
        nextSeq: 0,
        queue: [],
        sent: 0,
        offsetMs,
        scenario: null,
        result: null,
        class: { code, name, timescale: answer.settings.timescale, freeText: answer.settings.freeText, paused: false, ended: false },
      };
      const started = { ...newExamRun(exam), candidate: { name }, startedAt: released.startedAt, hub };
      saveExam(ctx, started);
      set({ ...examOpened(exam, get().settings), hubLine: { offline: false, pending: 0, waiting: false } });
      take(started, hub, answer.scenario);
      return null;
    },

    async begin(candidate) {
      const current = run();
      const hub = current?.hub;
      if (!current || !hub || current.startedAt !== null) return;
      const c = clientFor(hub);
      const res = await c.start(candidate, current.group);
      if (!res.ok) {
        // Nothing started on the hub: the candidate is told, and the link (reopened, or a reload) brings them back here.
        if (res.error.kind === 'offline') return refuse('unreachable', 'the hub does not answer');
        return refuse(res.error.code === 'already-used' ? 'hub-used' : 'hub-started', `${res.error.status} ${res.error.code}`);
      }
      const offsetMs = Date.parse(res.value.serverTime) - now();
      const after = run()!;
      const started = { ...after, candidate, hub: { ...after.hub!, offsetMs } };
      const released = hubScenarioOf(res.value.scenario, offsetMs);
      if (!released) return refuse('damaged', 'the hub’s scenario does not read');
      set({ hubLine: { offline: false, pending: 0, waiting: false } });
      take({ ...started, startedAt: released.startedAt }, started.hub, res.value.scenario);
    },

    forward() {
      const hub = link();
      const session = get().session;
      if (!hub?.attempt || !hub.scenario || !session) return;
      const acts = hubActsOf(session.log, hub.sent);
      if (acts.length === 0) {
        if (session.log.length !== hub.sent) saveLink({ sent: session.log.length });
        return;
      }
      sentUpTo = session.log.length;
      clientFor(hub).enqueue(hub.scenario.index, acts);
      void flush();
    },

    scenarioDone,

    resume() {
      const hub = link();
      if (!hub?.attempt || run()?.finishedAt !== null) return;
      // Reloaded after a scenario ended (the desk gone, no briefing yet): the hub closes it and answers the next.
      const waiting = get().screen === 'exam-end';
      set({ hubLine: { offline: false, pending: hub.queue.length, waiting } });
      void flush();
      if (hub.class) {
        set({ timescale: hub.class.timescale });
        watch();
      }
    },
  };
}
