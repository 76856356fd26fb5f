/**
 * A hub for a test file: its own in-memory PGlite (or, with `postgres`, its own schema on DATABASE_URL),
 * a clock the test moves, an examiner account, and a candidate who plays through the API with the
 * game's engine as the browser would.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { readConfig } from '../../server/config';
import { type Hub, openHub } from '../../server/hub';
import { addUser } from '../../server/auth/users';
import { Session } from '../../src/engine/session';
import { EXAM_FORMAT, EXAM_VERSION, type Exam } from '../../src/records/exam-file';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PASSWORD = 'correct horse battery staple';

export interface TestHub extends Hub {
  clock: { now: number };
  /** The Postgres schema it works in (none on PGlite). */
  schema?: string;
}

/** A hub for the test file; `beside`: a second hub process on the same Postgres schema (and clock), as behind a load balancer. */
export async function testHub(backend: 'pglite' | 'postgres' = 'pglite', beside?: TestHub): Promise<TestHub> {
  const clock = beside?.clock ?? { now: Date.parse('2026-12-01T09:00:00Z') };
  const config = readConfig(
    {
      HUB_SCENARIOS_DIR: join(ROOT, 'scenarios'),
      HUB_DIST_DIR: join(ROOT, 'no-dist'),
      DATABASE_URL: backend === 'postgres' ? process.env.DATABASE_URL : '',
    },
    ROOT,
  );
  const schema = backend === 'postgres' ? (beside?.schema ?? `hub_test_${randomBytes(6).toString('hex')}`) : undefined;
  const hub = await openHub(config, { memory: backend === 'pglite', ...(schema ? { schema } : {}), now: () => clock.now });
  return {
    ...hub,
    clock,
    ...(schema ? { schema } : {}),
    async close() {
      await hub.close();
      if (schema && !beside) await dropSchema(process.env.DATABASE_URL!, schema);
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

export async function signIn(hub: Hub, email = 'examiner@school.test', name = 'Examiner'): Promise<string> {
  await addUser(hub.ctx.db, { email, name, password: PASSWORD }).catch(() => undefined);
  const res = await hub.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'frontline_hub');
  return `${cookie!.name}=${cookie!.value}`;
}

/**
 * The built game (dist/) served by a hub on a free loopback port, on an in-memory database: the browser
 * tests' hub. `now` replaces its clock (a test that moves time past an exam's end).
 */
export async function servedHub(now?: () => number): Promise<{ hub: Hub; base: string }> {
  const config = readConfig(
    { HUB_DIST_DIR: join(ROOT, 'dist'), HUB_SCENARIOS_DIR: join(ROOT, 'scenarios'), HUB_SECURE_COOKIES: '0' },
    ROOT,
  );
  const hub = await openHub(config, { memory: true, ...(now ? { now } : {}) });
  await hub.app.listen({ port: 0, host: '127.0.0.1' });
  return { hub, base: `http://127.0.0.1:${(hub.app.server.address() as AddressInfo).port}/` };
}

export const anExam = (over: Partial<Exam> = {}): Exam => ({
  format: EXAM_FORMAT,
  version: EXAM_VERSION,
  id: 'hub-exam',
  title: 'Hub exam',
  locale: 'en',
  seed: 12345,
  scenarios: ['first-shift'],
  minutesPerScenario: 30,
  minutesTotal: 60,
  passMark: 50,
  freeTextRequired: false,
  showScores: true,
  candidate: ['name'],
  accommodation: 1,
  review: false,
  variants: 'per-candidate',
  ...over,
});

export const json = <T = Record<string, unknown>>(res: LightMyRequestResponse): T => res.json() as T;

export interface Scenario {
  index: number;
  id: string;
  seed: number;
  variant?: number;
  startedAt: string;
}

/**
 * Plays the current scenario as the game would, sending each of the player's acts as it happens with
 * the server's clock kept in step with game time; `strategy` picks the best or worst option.
 */
export async function playScenario(
  hub: TestHub,
  attempt: string,
  scenario: Scenario,
  opts: { strategy: 'best' | 'worst'; seq: { next: number }; extra?: Record<string, unknown>; timescale?: number; decisions?: number },
): Promise<Session> {
  const found = await hub.ctx.scenarios(scenario.id, 'en');
  if (!found) throw new Error(`no scenario ${scenario.id}`);
  const start = Date.parse(scenario.startedAt);
  const session = new Session({
    manifest: found.manifest,
    charter: found.charter,
    story: found.story,
    locale: 'en',
    seed: scenario.seed,
    ...(scenario.variant !== undefined ? { variant: scenario.variant } : {}),
    replyModel: found.replyModel,
  });
  const rate = found.manifest.clockRate * (opts.timescale ?? 1);
  let decisions = 0;
  const RANK = { best: 0, good: 1, poor: 2, bad: 3 } as const;
  for (let guard = 0; !session.ended && guard < 2_000 && decisions < (opts.decisions ?? Infinity); guard++) {
    const post = session.feed.find((p) => p.state === 'open');
    if (!post) {
      session.advance(session.nextEventAt() ?? session.now + 60);
      continue;
    }
    session.advance(session.now + 20);
    const options = session.visibleOptions(post.id).filter((o) => !o.hidden && o.action !== 'ignore');
    if (options.length === 0) continue;
    const sorted = [...options].sort((a, b) => RANK[a.judgement] - RANK[b.judgement]);
    const option = opts.strategy === 'best' ? sorted[0]! : sorted[sorted.length - 1]!;
    session.choose(post.id, option.index);
    hub.clock.now = start + (session.now / rate) * 1000 + 300;
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/play/events',
      headers: { authorization: `Bearer ${attempt}` },
      payload: {
        seq: opts.seq.next,
        scenario: scenario.index,
        t: session.now,
        event: { type: 'option', postId: post.id, index: option.index, ...opts.extra },
      },
    });
    if (res.statusCode !== 200) throw new Error(`event refused: ${res.body}`);
    opts.seq.next++;
    decisions++;
  }
  hub.clock.now = Math.max(hub.clock.now, start + (session.now / rate) * 1000 + 1000);
  return session;
}
