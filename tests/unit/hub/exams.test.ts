/**
 * Proctored exams end to end through the hub's API: an examiner publishes an exam and makes links, two
 * candidates sit it, a second attempt and forged or replayed events are refused, the server computes
 * the result itself (a score the client sends is ignored) and signs it; the signed result verifies
 * offline and a tampered one does not. Against PGlite always, and against DATABASE_URL when it is set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../tools/verify-report';
import { verifyHubResult } from '../../../src/engine/hub-signature';
import type { HubResult } from '../../../src/records/hub-result';
import { purge } from '../../../server/retention';
import { type Scenario, type TestHub, anExam, json, playScenario, signIn, testHub } from '../../support/hub';

const backends: ('pglite' | 'postgres')[] = ['pglite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])];
if (!process.env.DATABASE_URL)
  console.info('hub tests: DATABASE_URL is not set, so they run against PGlite only (not against a Postgres server)');

describe.each(backends)('proctored exams on %s', (backend) => {
  let hub: TestHub;
  let cookie: string;
  let examId: string;
  let links: { id: string; label: string; token: string }[];

  beforeAll(async () => {
    hub = await testHub(backend);
    cookie = await signIn(hub);
  }, 120_000);
  afterAll(async () => hub?.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const start = async (token: string) =>
    hub.app.inject({
      method: 'POST',
      url: '/api/play/start',
      headers: bearer(token),
      payload: { candidate: { name: 'Ada', email: 'ignored@x' } },
    });

  it('publishes an exam file and makes single-use links', async () => {
    const refused = await hub.app.inject({
      method: 'POST',
      url: '/api/exams',
      headers: { cookie },
      payload: { exam: { ...anExam(), passMark: 'x' } },
    });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).details).toEqual(expect.arrayContaining([expect.stringContaining('passMark')]));
    const signedOut = await hub.app.inject({ method: 'POST', url: '/api/exams', payload: { exam: anExam() } });
    expect(signedOut.statusCode).toBe(401);
    const published = await hub.app.inject({ method: 'POST', url: '/api/exams', headers: { cookie }, payload: { exam: anExam() } });
    expect(published.statusCode).toBe(201);
    examId = json<{ id: string }>(published).id;
    const again = await hub.app.inject({ method: 'POST', url: '/api/exams', headers: { cookie }, payload: { exam: anExam() } });
    expect(again.statusCode).toBe(409);
    const made = await hub.app.inject({
      method: 'POST',
      url: `/api/exams/${examId}/invitations`,
      headers: { cookie },
      payload: { labels: ['Ada', 'Grace'] },
    });
    expect(made.statusCode).toBe(201);
    links = json<{ invitations: { id: string; label: string; token: string; link: string }[] }>(made).invitations;
    expect(links.map((l) => l.label)).toEqual(['Ada', 'Grace']);
    expect(links[0]!.token).not.toBe(links[1]!.token);
  });

  it('shows the candidate what playing needs, never the exam seed', async () => {
    const res = await hub.app.inject({ method: 'GET', url: '/api/play/exam', headers: bearer(links[0]!.token) });
    expect(res.statusCode).toBe(200);
    const body = json<{ exam: Record<string, unknown>; status: string }>(res);
    expect(body.status).toBe('ready');
    expect(body.exam.title).toBe('Hub exam');
    expect(body.exam).not.toHaveProperty('seed');
    const forged = await hub.app.inject({ method: 'GET', url: '/api/play/exam', headers: bearer(`${links[0]!.id}.${'x'.repeat(43)}`) });
    expect(forged.statusCode).toBe(401);
  });

  it('runs two candidates through the exam and computes each result itself', async () => {
    const results: { overall: number; passed: boolean }[] = [];
    for (const [i, link] of links.entries()) {
      const started = await start(link.token);
      expect(started.statusCode).toBe(200);
      const { attempt, scenario } = json<{ attempt: string; scenario: Scenario }>(started);
      // Only the details the exam asks for are kept.
      const seq = { next: 0 };
      // The first candidate's client also claims a perfect score with each event: the server ignores it.
      await playScenario(hub, attempt, scenario, {
        strategy: i === 0 ? 'best' : 'worst',
        seq,
        ...(i === 0 ? { extra: { score: 100 } } : {}),
      });
      const next = await hub.app.inject({
        method: 'POST',
        url: '/api/play/next',
        headers: bearer(attempt),
        payload: { scenario: 0, scores: { overall: 100 }, passed: true },
      });
      expect(next.statusCode).toBe(200);
      const done = json<{ done: boolean; result: { overall: number; passed: boolean } }>(next);
      expect(done.done).toBe(true);
      results.push(done.result);
      // Resending the last call after a network cut answers the same.
      const resent = await hub.app.inject({ method: 'POST', url: '/api/play/next', headers: bearer(attempt), payload: { scenario: 0 } });
      expect(json(resent)).toEqual(done);
    }
    expect(results[0]!.overall).toBeGreaterThan(results[1]!.overall);
    expect(results[1]!.overall).toBeLessThan(100);
  }, 120_000);

  it('refuses a second attempt on a used link, until the examiner grants one', async () => {
    const second = await start(links[0]!.token);
    expect(second.statusCode).toBe(409);
    expect(json(second).error).toBe('already-used');
    const status = await hub.app.inject({ method: 'GET', url: '/api/play/exam', headers: bearer(links[0]!.token) });
    expect(json(status).status).toBe('finished');
    const granted = await hub.app.inject({ method: 'POST', url: `/api/invitations/${links[0]!.id}/grant`, headers: { cookie } });
    expect(json(granted)).toEqual({ attemptsAllowed: 2 });
    const third = await start(links[0]!.token);
    expect(third.statusCode).toBe(200);
    // …and that attempt cannot be started twice either (a second browser on the same link).
    expect((await start(links[0]!.token)).statusCode).toBe(409);
  });

  it('lets one of two browsers starting the same link at the same instant win', async () => {
    const made = await hub.app.inject({
      method: 'POST',
      url: `/api/exams/${examId}/invitations`,
      headers: { cookie },
      payload: { labels: ['Twin'] },
    });
    const token = json<{ invitations: { token: string }[] }>(made).invitations[0]!.token;
    const codes = (await Promise.all([start(token), start(token), start(token)])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409]);
  });

  it('takes a resent event once, and refuses a forged, replayed or out-of-order one', async () => {
    const made = await hub.app.inject({
      method: 'POST',
      url: `/api/exams/${examId}/invitations`,
      headers: { cookie },
      payload: { labels: ['Linus'] },
    });
    const link = json<{ invitations: { token: string }[] }>(made).invitations[0]!;
    const { attempt, scenario } = json<{ attempt: string; scenario: Scenario }>(await start(link.token));
    hub.clock.now = Date.parse(scenario.startedAt) + 10_000;
    const send = (payload: Record<string, unknown>, token = attempt) =>
      hub.app.inject({ method: 'POST', url: '/api/play/events', headers: bearer(token), payload });
    const event = { seq: 0, scenario: 0, t: 60, event: { type: 'away', ms: 1200 } };
    expect((await send(event)).statusCode).toBe(200);
    const resent = await send(event);
    expect(resent.statusCode).toBe(200);
    expect(json(resent).duplicate).toBe(true);
    // The same number with other content: a replay of another event, or a forgery.
    expect(json(await send({ ...event, event: { type: 'away', ms: 5 } }))).toMatchObject({ error: 'seq-conflict' });
    // A hole in the numbering: the queue must be sent in order.
    expect(json(await send({ ...event, seq: 5, t: 61 }))).toMatchObject({ error: 'seq-gap', expected: 1 });
    // Game time that ran faster than the server's clock (a sped-up or forged clock).
    expect(json(await send({ ...event, seq: 1, t: 10_000 }))).toMatchObject({ error: 'ahead' });
    // Game time going back.
    expect(json(await send({ ...event, seq: 1, t: 30 }))).toMatchObject({ error: 'backwards' });
    // Another attempt's token, or none: refused.
    expect((await send({ ...event, seq: 1 }, `${attempt.split('.')[0]}.${'y'.repeat(43)}`)).statusCode).toBe(401);
    expect((await hub.app.inject({ method: 'POST', url: '/api/play/events', payload: { ...event, seq: 1 } })).statusCode).toBe(401);
    // An event the engine makes itself (a deadline, an ending) is not the client's to send.
    expect((await send({ ...event, seq: 1, event: { type: 'end', ending: 'best' } })).statusCode).toBe(400);
    // A queued event sent after a network cut is taken, and its gap recorded.
    hub.clock.now += 60_000;
    expect((await send({ ...event, seq: 1, t: 90, event: { type: 'away', ms: 10 } })).statusCode).toBe(200);
    const attempts = await hub.app.inject({ method: 'GET', url: `/api/exams/${examId}/attempts`, headers: { cookie } });
    const mine = json<{ invitations: { label: string; attempts: { events: number; lateEvents: number; maxGapMs: number }[] }[] }>(
      attempts,
    ).invitations.find((i) => i.label === 'Linus')!.attempts[0]!;
    expect(mine.events).toBe(2);
    expect(mine.lateEvents).toBe(1);
    expect(mine.maxGapMs).toBeGreaterThan(50_000);
    // Past the scenario's time and the offline grace, nothing more is taken.
    hub.clock.now += 60 * 60_000;
    expect(json(await send({ ...event, seq: 2, t: 100 }))).toMatchObject({ error: 'time-up' });
  });

  it('signs each result with the hub key, which verifies offline; a tampered result does not', async () => {
    const key = json<{ publicKey: string }>(await hub.app.inject({ method: 'GET', url: '/api/hub/key' })).publicKey;
    const list = json<{ invitations: { label: string; attempts: { id: string; overall: number | null }[] }[] }>(
      await hub.app.inject({ method: 'GET', url: `/api/exams/${examId}/attempts`, headers: { cookie } }),
    );
    const ada = list.invitations.find((i) => i.label === 'Ada')!.attempts[0]!;
    const res = await hub.app.inject({ method: 'GET', url: `/api/attempts/${ada.id}/result`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const signed = JSON.parse(res.body) as HubResult;
    expect(signed.report.overall).toBe(ada.overall);
    expect(signed.report.exam.seed).toBe(12345);
    expect(JSON.stringify(signed)).not.toContain('"score":100');
    const check = verifyHubResult(JSON.parse(res.body), key);
    expect(check).toMatchObject({ ok: true, trusted: true });
    const tampered = JSON.parse(res.body) as HubResult;
    tampered.report.overall = 100;
    tampered.report.passed = true;
    expect(verifyHubResult(tampered, key)).toMatchObject({ ok: false, code: 'bad-signature' });

    // The command line: the signature against the hub key given, then the exam report inside replayed.
    const dir = mkdtempSync(join(tmpdir(), 'hub-result-'));
    const [good, bad] = [join(dir, 'good.json'), join(dir, 'bad.json')];
    writeFileSync(good, res.body);
    writeFileSync(bad, JSON.stringify(tampered));
    const cli = async (...args: string[]) => {
      const lines: string[] = [];
      const code = await run(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
      return { code, text: lines.join('\n') };
    };
    const verified = await cli('--hub-key', key, good);
    expect(verified.text).toContain(`signed by the hub ${signed.hub.keyId} (the key given)`);
    expect(verified.text).toMatch(/verified: first-shift en seed \d+/);
    expect(verified.code, verified.text).toBe(0);
    expect(await cli('--hub-key', key, bad)).toMatchObject({
      code: 1,
      text: expect.stringContaining('NOT VERIFIED: hub result: the signature does not match'),
    });
    expect(await cli(good)).toMatchObject({ code: 1, text: expect.stringContaining('no hub key was given') });
  }, 60_000);

  it('keeps each examiner to their own exams', async () => {
    const other = await signIn(hub, 'other@school.test', 'Other');
    const list = await hub.app.inject({ method: 'GET', url: '/api/exams', headers: { cookie: other } });
    expect(json<{ exams: unknown[] }>(list).exams).toEqual([]);
    for (const [method, url] of [
      ['GET', `/api/exams/${examId}/attempts`],
      ['POST', `/api/invitations/${links[1]!.id}/grant`],
      ['GET', `/api/invitations/${links[1]!.id}/export`],
      ['DELETE', `/api/invitations/${links[1]!.id}`],
    ] as const) {
      expect((await hub.app.inject({ method, url, headers: { cookie: other } })).statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it("exports a candidate's data and erases it", async () => {
    const exported = await hub.app.inject({ method: 'GET', url: `/api/invitations/${links[1]!.id}/export`, headers: { cookie } });
    const data = json<{
      invitation: Record<string, unknown>;
      attempts: { candidate: Record<string, string>; events: unknown[]; results: unknown[] }[];
    }>(exported);
    expect(data.invitation.label).toBe('Grace');
    expect(data.invitation).not.toHaveProperty('secret_hash');
    expect(data.attempts[0]!.candidate).toEqual({ name: 'Ada' });
    expect(data.attempts[0]!.events.length).toBeGreaterThan(0);
    expect(data.attempts[0]!.results).toHaveLength(1);
    expect((await hub.app.inject({ method: 'DELETE', url: `/api/invitations/${links[1]!.id}`, headers: { cookie } })).statusCode).toBe(200);
    expect((await hub.app.inject({ method: 'GET', url: '/api/play/exam', headers: bearer(links[1]!.token) })).statusCode).toBe(401);
    const left = await hub.ctx.db
      .selectFrom('attempt_events')
      .innerJoin('attempts', 'attempts.id', 'attempt_events.attempt_id')
      .select('attempts.invitation_id')
      .where('attempts.invitation_id', '=', links[1]!.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('purges attempts older than the retention period', async () => {
    const before = await hub.ctx.db.selectFrom('attempts').select('id').execute();
    expect(before.length).toBeGreaterThan(0);
    expect(await purge(hub.ctx.db, hub.clock.now, 365)).toMatchObject({ attempts: 0 });
    const purged = await purge(hub.ctx.db, hub.clock.now + 400 * 24 * 3600_000, 365);
    expect(purged.attempts).toBe(before.length);
    expect(await hub.ctx.db.selectFrom('results').select('attempt_id').execute()).toEqual([]);
  });
});
