/**
 * `npm run bench:hub [-- --students 300 --decisions 4 --pace 5]`: a hub on an in-memory PGlite (or
 * DATABASE_URL's Postgres), listening on loopback, under the live class load of issue #20: N students
 * in one class, one decision each every `pace` seconds, their games polling the class's state, the
 * teacher's live view following (tools/bench/hub-class.ts). Prints the median and p95 of a decision's
 * round trip (sent to acknowledged, i.e. durably stored), how soon the live view shows it, and lost
 * events (acknowledged but not stored).
 *
 * `--exam [--candidates 50 --decisions 12]`: the proctored exam burst instead: N candidates start the
 * same exam at once, send their decisions together round after round, then all close the exam at once
 * (the server replays each session, builds and signs the result).
 *
 * Figures, not a test: the last line is one JSON object (`students`, `decisions`, `p95_ms`, `lost`…).
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { readConfig } from '../../server/config';
import { openHub } from '../../server/hub';
import { addUser } from '../../server/auth/users';
import { Session } from '../../src/engine/session';
import { EXAM_FORMAT, EXAM_VERSION, type Exam } from '../../src/records/exam-file';
import { classLoad } from './hub-class';

const ROOT = join(import.meta.dirname, '..', '..');
const arg = (name: string, fallback: number, max: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  // Bounded: the bench must end in minutes on a small machine.
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
};
const EXAM = process.argv.includes('--exam');
const CANDIDATES = arg('candidates', 50, 300);
const STUDENTS = arg('students', 300, 300);
const DECISIONS = arg('decisions', EXAM ? 12 : 4, 40);
const PACE_S = arg('pace', 5, 60);
const SCENARIO = 'first-shift';

const quantile = (xs: number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
};
const ms = (x: number) => Number(x.toFixed(1));

interface Planned {
  t: number;
  event: { type: 'option'; postId: string; index: number };
}

type Found = NonNullable<Awaited<ReturnType<Awaited<ReturnType<typeof openHub>>['ctx']['scenarios']>>>;

/** A candidate's decisions, made by the engine as a player would (the first option of each open post), with their game times. */
function plan(seed: number, variant: number | undefined, found: Found): Planned[] {
  const session = new Session({
    manifest: found.manifest,
    charter: found.charter,
    story: found.story,
    locale: 'en',
    seed,
    ...(variant !== undefined ? { variant } : {}),
    replyModel: found.replyModel,
  });
  const out: Planned[] = [];
  for (let guard = 0; !session.ended && out.length < DECISIONS && guard < 2_000; guard++) {
    const post = session.feed.find((p) => p.state === 'open');
    if (!post) {
      session.advance(session.nextEventAt() ?? session.now + 60);
      continue;
    }
    session.advance(session.now + 20);
    const option = session.visibleOptions(post.id).find((o) => !o.hidden && o.action !== 'ignore');
    if (!option) continue;
    session.choose(post.id, option.index);
    out.push({ t: session.now, event: { type: 'option', postId: post.id, index: option.index } });
  }
  return out;
}

async function main(): Promise<void> {
  const config = readConfig(
    { HUB_SCENARIOS_DIR: join(ROOT, 'scenarios'), HUB_DIST_DIR: join(ROOT, 'no-dist'), HUB_SECURE_COOKIES: '0' },
    ROOT,
  );
  // The hub's clock is moved ahead once the attempts have started, so that the planned decisions'
  // game times are already past by its clock (the bench does not wait for game time to run).
  let skew = 0;
  const hub = await openHub(config, { memory: !config.databaseUrl, now: () => Date.now() + skew });
  try {
    await hub.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(hub.app.server.address() as AddressInfo).port}/`;
    const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(base + path, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const data = (await res.json()) as Record<string, unknown>;
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
      return { data, headers: res.headers };
    };

    await addUser(hub.ctx.db, { email: 'bench@hub.test', name: 'Bench', password: 'bench password 12' });
    const login = await call('POST', 'api/auth/login', { email: 'bench@hub.test', password: 'bench password 12' });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const found = await hub.ctx.scenarios(SCENARIO, 'en');
    if (!found) throw new Error(`no scenario ${SCENARIO}`);

    if (!EXAM) {
      const load = { students: STUDENTS, decisions: DECISIONS, paceMs: PACE_S * 1000, scenario: SCENARIO };
      const r = await classLoad(
        hub,
        base,
        call,
        cookie,
        load,
        (seed, variant) => plan(seed, variant, found),
        (ms) => (skew = ms),
        found,
      );
      const figures = {
        db: hub.ctx.dbKind,
        students: STUDENTS,
        decisions: r.acknowledged,
        pace_s: PACE_S,
        events_per_s: ms(r.acknowledged / r.seconds),
        polls_per_s: ms(r.polls / r.seconds),
        median_ms: ms(quantile(r.eventMs, 0.5)),
        p95_ms: ms(quantile(r.eventMs, 0.95)),
        max_ms: ms(Math.max(0, ...r.eventMs)),
        join_p95_ms: ms(quantile(r.joinMs, 0.95)),
        live_median_ms: ms(quantile(r.liveMs, 0.5)),
        live_p95_ms: ms(quantile(r.liveMs, 0.95)),
        live_missed: r.missed,
        lost: r.lost,
      };
      console.log(
        `${STUDENTS} students in one class, one decision each every ${PACE_S} s (${r.acknowledged} in ${ms(r.seconds)} s), ` +
          `their games polling every 2 s, the teacher's live view open, on ${hub.ctx.dbKind}:\n` +
          `  decision round trip (sent → acknowledged, stored): median ${figures.median_ms} ms, p95 ${figures.p95_ms} ms, max ${figures.max_ms} ms\n` +
          `  shown on the teacher's live view after its acknowledgement: median ${figures.live_median_ms} ms, p95 ${figures.live_p95_ms} ms, ${r.missed} never shown\n` +
          `  joining: p95 ${figures.join_p95_ms} ms · ${figures.lost} acknowledged events lost`,
      );
      console.log(JSON.stringify(figures));
      return;
    }

    const exam: Exam = {
      format: EXAM_FORMAT,
      version: EXAM_VERSION,
      id: 'bench',
      title: 'Bench',
      locale: 'en',
      seed: 2026,
      scenarios: [SCENARIO],
      minutesPerScenario: 180,
      minutesTotal: 180,
      passMark: 50,
      freeTextRequired: false,
      showScores: true,
      candidate: ['name'],
      accommodation: 1,
      review: false,
      variants: 'per-candidate',
    };
    const published = await call('POST', 'api/exams', { exam }, { cookie });
    const labels = Array.from({ length: CANDIDATES }, (_, i) => `Candidate ${i + 1}`);
    const made = await call('POST', `api/exams/${String(published.data.id)}/invitations`, { labels }, { cookie });
    const links = (made.data.invitations as { token: string }[]).map((l) => l.token);

    const started = await Promise.all(
      links.map(async (token, i) => {
        const res = await call('POST', 'api/play/start', { candidate: { name: labels[i] } }, { authorization: `Bearer ${token}` });
        const scenario = res.data.scenario as { seed: number; variant?: number };
        return { token: String(res.data.attempt), events: plan(scenario.seed, scenario.variant, found) };
      }),
    );
    const latest = Math.max(...started.flatMap((s) => s.events.map((e) => (e.t / found.manifest.clockRate) * 1000)));
    skew = latest + 1000;

    const eventMs: number[] = [];
    let acknowledged = 0;
    const t0 = performance.now();
    for (let round = 0; round < DECISIONS; round++) {
      await Promise.all(
        started.map(async (c) => {
          const e = c.events[round];
          if (!e) return;
          const sent = performance.now();
          await call('POST', 'api/play/events', { seq: round, scenario: 0, ...e }, { authorization: `Bearer ${c.token}` });
          eventMs.push(performance.now() - sent);
          acknowledged++;
        }),
      );
    }
    const eventsSeconds = (performance.now() - t0) / 1000;
    const closeMs: number[] = [];
    await Promise.all(
      started.map(async (c) => {
        const sent = performance.now();
        const res = await call('POST', 'api/play/next', { scenario: 0 }, { authorization: `Bearer ${c.token}` });
        if (res.data.done !== true) throw new Error('the exam did not close');
        closeMs.push(performance.now() - sent);
      }),
    );
    const stored = await hub.ctx.db
      .selectFrom('attempt_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const results = await hub.ctx.db
      .selectFrom('results')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const figures = {
      db: hub.ctx.dbKind,
      students: CANDIDATES,
      candidates: CANDIDATES,
      decisions: acknowledged,
      events_per_s: ms(acknowledged / eventsSeconds),
      median_ms: ms(quantile(eventMs, 0.5)),
      p95_ms: ms(quantile(eventMs, 0.95)),
      close_median_ms: ms(quantile(closeMs, 0.5)),
      close_p95_ms: ms(quantile(closeMs, 0.95)),
      results: Number(results.n),
      lost: acknowledged - Number(stored.n),
    };
    console.log(
      `${CANDIDATES} candidates, ${acknowledged} decisions sent ${CANDIDATES} at a time over loopback HTTP to PGlite:\n` +
        `  event round trip (sent → acknowledged, stored): median ${figures.median_ms} ms, p95 ${figures.p95_ms} ms\n` +
        `  closing the exam (replay, exam report, signature), all at once: median ${figures.close_median_ms} ms, p95 ${figures.close_p95_ms} ms\n` +
        `  ${figures.results} signed results, ${figures.lost} acknowledged events lost`,
    );
    console.log(JSON.stringify(figures));
  } finally {
    await hub.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
