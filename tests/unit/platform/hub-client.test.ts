/**
 * The game's hub client against a real hub (in-memory PGlite, requests through Fastify's inject): acts
 * queue through a network cut and a reload and reach the hub in order once it is back, a resend after
 * a lost answer is taken once, and the examiner sees the gap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubClient, type HubClientState } from '../../../src/platform/hub-client';
import { type TestHub, anExam, json, signIn, testHub } from '../../support/hub';

/** A network between the client and the hub that can go down, or lose the next answer after the hub took the request. */
const network = (hub: TestHub) => {
  const net = { down: false, loseNextAnswer: false };
  const fetcher: typeof fetch = async (input, init) => {
    if (net.down) throw new TypeError('Failed to fetch');
    const res = await hub.app.inject({
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      url: String(input),
      headers: init?.headers as Record<string, string>,
      ...(init?.body ? { payload: String(init.body) } : {}),
    });
    if (net.loseNextAnswer) {
      net.loseNextAnswer = false;
      throw new TypeError('Failed to fetch');
    }
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
  };
  return { net, fetcher };
};

describe('the hub client', () => {
  let hub: TestHub;
  let cookie: string;
  let examId: string;
  let link: string;

  beforeAll(async () => {
    hub = await testHub();
    cookie = await signIn(hub);
    examId = json<{ id: string }>(
      await hub.app.inject({ method: 'POST', url: '/api/exams', headers: { cookie }, payload: { exam: anExam() } }),
    ).id;
    const made = await hub.app.inject({
      method: 'POST',
      url: `/api/exams/${examId}/invitations`,
      headers: { cookie },
      payload: { labels: ['Ada'] },
    });
    link = json<{ invitations: { token: string }[] }>(made).invitations[0]!.token;
  }, 120_000);
  afterAll(async () => hub?.close());

  it('keeps acts through a cut and a reload, and sends each once, in order', async () => {
    const { net, fetcher } = network(hub);
    let saved: HubClientState | null = null;
    const client = new HubClient({ link, base: '/', fetch: fetcher, persist: (s) => (saved = s) });
    expect(await client.exam()).toMatchObject({ ok: true, value: { status: 'ready' } });
    const started = await client.start({ name: 'Ada' });
    expect(started.ok).toBe(true);
    const start = hub.clock.now;

    hub.clock.now = start + 3_000;
    expect(await client.send(0, 60, { type: 'away', ms: 1000 })).toEqual({ sent: 1, pending: 0 });

    // The network goes: acts wait, numbered, and are saved with the attempt.
    net.down = true;
    hub.clock.now = start + 5_000;
    expect(await client.send(0, 90, { type: 'away', ms: 2000 })).toMatchObject({ sent: 0, pending: 1, problem: { kind: 'offline' } });
    expect(await client.send(0, 100, { type: 'away', ms: 3000 })).toMatchObject({ pending: 2 });
    expect(saved!.queue.map((q) => q.seq)).toEqual([1, 2]);

    // The page is reloaded while offline; the network comes back a minute later.
    const reloaded = new HubClient({ link, base: '/', fetch: fetcher, state: saved!, persist: (s) => (saved = s) });
    expect(reloaded.pending).toBe(2);
    net.down = false;
    hub.clock.now = start + 65_000;
    expect(await reloaded.flush()).toEqual({ sent: 2, pending: 0 });

    // The hub took the next act (on time: the scenario runs 12 game seconds a real second, 770 s is 64 s in)
    // but its answer was lost: the resend is acknowledged, not stored twice.
    net.loseNextAnswer = true;
    expect(await reloaded.send(0, 770, { type: 'away', ms: 4000 })).toMatchObject({ pending: 1, problem: { kind: 'offline' } });
    expect(await reloaded.flush()).toEqual({ sent: 1, pending: 0 });

    const stored = await hub.ctx.db.selectFrom('attempt_events').select(['seq', 'event']).orderBy('seq').execute();
    expect(stored.map((e) => [e.seq, (e.event as { ms: number }).ms])).toEqual([
      [0, 1000],
      [1, 2000],
      [2, 3000],
      [3, 4000],
    ]);
    const attempts = json<{ invitations: { attempts: { lateEvents: number; maxGapMs: number }[] }[] }>(
      await hub.app.inject({ method: 'GET', url: `/api/exams/${examId}/attempts`, headers: { cookie } }),
    );
    expect(attempts.invitations[0]!.attempts[0]!.lateEvents).toBe(2);
    expect(attempts.invitations[0]!.attempts[0]!.maxGapMs).toBeGreaterThan(55_000);

    expect(await reloaded.next(0)).toMatchObject({ ok: true, value: { done: true } });
    // The link is used: a new client on it cannot start again.
    const again = new HubClient({ link, base: '/', fetch: fetcher });
    expect(await again.start({ name: 'Ada' })).toMatchObject({ ok: false, error: { kind: 'refused', status: 409, code: 'already-used' } });
  }, 60_000);
});
