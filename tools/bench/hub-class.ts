/**
 * The live class load of issue #20 for `npm run bench:hub`: a teacher opens a class and follows it live
 * (server-sent events), N students join by its code, then each sends one decision every `pace` seconds
 * (their starts spread over the first interval) while their games ask for the class's state every 2 s,
 * as the game does. Measures each decision from sending to acknowledgement (durably stored), how soon
 * the teacher's live view shows it, and counts lost events (acknowledged but not stored).
 */
import type { openHub } from '../../server/hub';
import type { ClassSettings } from '../../src/records/class-live';

type Hub = Awaited<ReturnType<typeof openHub>>;
type Found = NonNullable<Awaited<ReturnType<Hub['ctx']['scenarios']>>>;
type Planned = { t: number; event: { type: 'option'; postId: string; index: number } };
type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ data: Record<string, unknown> }>;

export interface ClassLoad {
  students: number;
  decisions: number;
  paceMs: number;
  scenario: string;
}

const POLL_MS = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The teacher's live view over HTTP: records when each student's update arrives. */
async function watch(base: string, classId: string, cookie: string, seen: (studentId: string, decisions: number) => void) {
  const abort = new AbortController();
  const res = await fetch(`${base}api/classes/${classId}/live`, { headers: { cookie }, signal: abort.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const reading = (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (!block.startsWith('event: student')) continue;
        const data = JSON.parse(/^data: (.*)$/m.exec(block)![1]!) as { id: string; snapshot: { decisions: unknown[] } | null };
        seen(data.id, data.snapshot?.decisions.length ?? 0);
      }
    }
  })();
  return {
    async stop() {
      abort.abort();
      await reading;
    },
  };
}

export async function classLoad(
  hub: Hub,
  base: string,
  call: Call,
  cookie: string,
  load: ClassLoad,
  plan: (seed: number, variant: number | undefined) => Planned[],
  setSkew: (ms: number) => void,
  found: Found,
) {
  const settings: ClassSettings = { scenario: load.scenario, locale: 'en', variants: 'per-student', timescale: 1, freeText: false };
  const opened = await call('POST', 'api/classes', { settings }, { cookie });
  const classId = String(opened.data.id);
  const code = String(opened.data.code);
  /** When each student's n-th decision was acknowledged, and when the live view first showed it. */
  const acked = new Map<string, number[]>();
  const shown = new Map<string, number[]>();
  const view = await watch(base, classId, cookie, (id, n) => {
    const times = shown.get(id) ?? [];
    while (times.length < n) times.push(performance.now());
    shown.set(id, times);
  });

  const joinMs: number[] = [];
  const joined = await Promise.all(
    Array.from({ length: load.students }, async (_, i) => {
      const sent = performance.now();
      const res = await call('POST', 'api/class/join', { code, name: `Student ${i + 1}` });
      joinMs.push(performance.now() - sent);
      return { token: String(res.data.attempt), scenario: res.data.scenario as { seed: number; variant?: number } };
    }),
  );
  // Each student's decisions, made by the engine beforehand (this process's own work stays out of the timings).
  const students = joined.map((j) => ({ token: j.token, id: j.token.split('.')[0]!, events: plan(j.scenario.seed, j.scenario.variant) }));
  // The planned game times are made already past by the hub's clock: the bench does not wait for game time.
  setSkew(Math.max(...students.flatMap((s) => s.events.map((e) => (e.t / found.manifest.clockRate) * 1000))) + 1000);

  const eventMs: number[] = [];
  let acknowledged = 0;
  let polls = 0;
  let running = true;
  const t0 = performance.now();
  await Promise.all(
    students.map(async (s) => {
      const auth = { authorization: `Bearer ${s.token}` };
      const polling = (async () => {
        await sleep(Math.random() * POLL_MS);
        while (running) {
          await call('GET', 'api/play/class', undefined, auth);
          polls++;
          await sleep(POLL_MS);
        }
      })();
      await sleep(Math.random() * load.paceMs);
      for (const [seq, e] of s.events.entries()) {
        const next = performance.now() + load.paceMs;
        const sent = performance.now();
        await call('POST', 'api/play/events', { seq, scenario: 0, ...e }, auth);
        const now = performance.now();
        eventMs.push(now - sent);
        acknowledged++;
        acked.set(s.id, [...(acked.get(s.id) ?? []), now]);
        await sleep(Math.max(0, next - performance.now()));
      }
      // Wrapped: an async function returning a promise would wait for it.
      return { polling };
    }),
  ).then(async (pollers) => {
    running = false;
    await Promise.all(pollers.map((p) => p.polling));
  });
  const seconds = (performance.now() - t0) / 1000;
  await hub.ctx.classes.settled();
  await sleep(500);
  await view.stop();

  const liveMs: number[] = [];
  let missed = 0;
  for (const [id, times] of acked) {
    const seenAt = shown.get(id) ?? [];
    times.forEach((at, n) => {
      const shownAt = seenAt[n];
      if (shownAt === undefined) missed++;
      else liveMs.push(Math.max(0, shownAt - at));
    });
  }
  const stored = await hub.ctx.db
    .selectFrom('attempt_events')
    .innerJoin('class_students', 'class_students.attempt_id', 'attempt_events.attempt_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('class_students.class_id', '=', classId)
    .executeTakeFirstOrThrow();
  return { acknowledged, seconds, eventMs, joinMs, liveMs, missed, polls, lost: acknowledged - Number(stored.n) };
}
