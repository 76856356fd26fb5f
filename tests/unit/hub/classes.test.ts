/**
 * Live class sessions on the hub: a teacher opens a session and gets a code, students join by code and
 * name, their acts are taken as an exam's (server-stamped, on the class's clock), the live view follows
 * them through server-sent events, the teacher pauses, ends the session and reads the class's reports;
 * a teacher never reads another's class, a student's token never reads the teacher's view. With
 * DATABASE_URL, the live view's fan-out is also tested across two hub processes on one Postgres.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_CODE_ALPHABET, type ClassSettings, type LiveClass, type LiveStudent } from '../../../src/records/class-live';
import { Session } from '../../../src/engine/session';
import { replaySession, verifyReport } from '../../../src/engine/replay';
import type { Report } from '../../../src/records/session-report';
import { type Scenario, type TestHub, json, playScenario, signIn, testHub } from '../../support/hub';

const settings: ClassSettings = { scenario: 'first-shift', locale: 'en', variants: 'per-student', timescale: 2, freeText: false };

async function openClass(hub: TestHub, cookie: string, over: Partial<ClassSettings> = {}) {
  const res = await hub.app.inject({
    method: 'POST',
    url: '/api/classes',
    headers: { cookie },
    payload: { settings: { ...settings, ...over } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<{ id: string; code: string }>(res);
}

async function join(hub: TestHub, code: string, name: string) {
  const res = await hub.app.inject({ method: 'POST', url: '/api/class/join', payload: { code: code.toLowerCase(), name } });
  expect(res.statusCode, res.body).toBe(200);
  return json<{ attempt: string; scenario: Scenario; settings: ClassSettings }>(res);
}

const post = (hub: TestHub, attempt: string, payload: Record<string, unknown>) =>
  hub.app.inject({ method: 'POST', url: '/api/play/events', headers: { authorization: `Bearer ${attempt}` }, payload });

/** Reads server-sent events from a live stream until `until` says enough. */
async function readEvents(res: Response, until: (events: { event: string; data: unknown }[]) => boolean) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe('a live class session', () => {
  let hub: TestHub;
  let teacher: string;
  let other: string;
  let base: string;
  beforeAll(async () => {
    hub = await testHub();
    teacher = await signIn(hub, 'teacher@school.test', 'Teacher');
    other = await signIn(hub, 'other@school.test', 'Other');
    await hub.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(hub.app.server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => hub?.close());

  it('gives a short code, lets students join by it, and shows each one live as they play', async () => {
    const made = await openClass(hub, teacher);
    expect(made.code).toMatch(new RegExp(`^[${CLASS_CODE_ALPHABET}]{6}$`));
    const ada = await join(hub, made.code, 'Ada');
    const bob = await join(hub, made.code, 'Bob');
    expect(ada.settings.timescale).toBe(2);
    expect(ada.scenario.id).toBe('first-shift');

    // The teacher's live view: the whole class first, then each student's acts as they are acknowledged.
    const live = await fetch(`${base}/api/classes/${made.id}/live`, { headers: { cookie: teacher } });
    expect(live.headers.get('content-type')).toBe('text/event-stream');
    const watching = readEvents(live, (events) => events.filter((e) => e.event === 'student').length >= 1);
    await new Promise((r) => setTimeout(r, 50));
    const seq = { next: 0 };
    const session = await playScenario(hub, ada.attempt, ada.scenario, { strategy: 'worst', seq, timescale: 2, decisions: 2 });
    const events = await watching;
    expect(events[0]!.event).toBe('state');
    expect((events[0]!.data as LiveClass).students.map((s) => s.name)).toEqual(['Ada', 'Bob']);
    const moved = events.find((e) => e.event === 'student')!.data as LiveStudent;
    expect(moved.name).toBe('Ada');

    await hub.ctx.classes.settled();
    const view = json<LiveClass>(await hub.app.inject({ url: `/api/classes/${made.id}`, headers: { cookie: teacher } }));
    const snap = view.students.find((s) => s.name === 'Ada')!.snapshot!;
    // The hub's replay agrees with the student's own game: decisions, judgements and scores.
    expect(snap.decisions.map((d) => [d.postId, d.judgement])).toEqual(session.decisions.map((d) => [d.postId, d.judgement]));
    expect(snap.scores.overall).toBe(session.score().scores.overall);
    expect(snap.decisions.every((d) => d.option !== null && d.source === 'option')).toBe(true);
    // Bob joined and has not acted: his name is there, his run not yet.
    expect(view.students.find((s) => s.name === 'Bob')!.snapshot).toBeNull();
    expect(Object.keys(view.rules).length).toBeGreaterThan(0);

    // Written replies are refused when the teacher does not allow them.
    const free = await post(hub, bob.attempt, { seq: 0, scenario: 0, t: 1, event: { type: 'free', postId: 'x', text: 'Hello' } });
    expect(free.statusCode).toBe(422);
    expect(json(free).error).toBe('no-free-text');
  });

  it('stops the class clock while paused, for every student, and says so to their games', async () => {
    const made = await openClass(hub, teacher, { timescale: 1 });
    const ada = await join(hub, made.code, 'Ada');
    const start = Date.parse(ada.scenario.startedAt);
    const rate = (await hub.ctx.scenarios('first-shift', 'en'))!.manifest.clockRate;
    const state = async () =>
      json<{ paused: boolean; ended: boolean }>(
        await hub.app.inject({ url: '/api/play/class', headers: { authorization: `Bearer ${ada.attempt}` } }),
      );
    hub.clock.now = start + 10_000;
    expect(
      (
        await hub.app.inject({
          method: 'POST',
          url: `/api/classes/${made.id}/pause`,
          headers: { cookie: teacher },
          payload: { paused: true },
        })
      ).statusCode,
    ).toBe(200);
    expect(await state()).toMatchObject({ paused: true, ended: false });
    // A minute of pause: game time may not run on meanwhile.
    hub.clock.now = start + 70_000;
    const ahead = await post(hub, ada.attempt, { seq: 0, scenario: 0, t: 60 * rate, event: { type: 'expire' } });
    expect(ahead.statusCode).toBe(422);
    expect(json(ahead).error).toBe('ahead');
    await hub.app.inject({
      method: 'POST',
      url: `/api/classes/${made.id}/pause`,
      headers: { cookie: teacher },
      payload: { paused: false },
    });
    expect(await state()).toMatchObject({ paused: false });
    // Resumed: the clock goes on from where it stood (10 s of play), not from the wall clock.
    hub.clock.now += 5_000;
    expect((await post(hub, ada.attempt, { seq: 0, scenario: 0, t: 14 * rate, event: { type: 'expire' } })).statusCode).toBe(200);
    expect((await post(hub, ada.attempt, { seq: 1, scenario: 0, t: 40 * rate, event: { type: 'expire' } })).statusCode).toBe(422);
  });

  it('ends the session: open runs are closed and scored, the reports feed the debrief, no one joins any more', async () => {
    const made = await openClass(hub, teacher);
    const ada = await join(hub, made.code, 'Ada');
    await join(hub, made.code, 'Bob');
    await playScenario(hub, ada.attempt, ada.scenario, { strategy: 'best', seq: { next: 0 }, timescale: 2, decisions: 2 });
    const end = await hub.app.inject({ method: 'POST', url: `/api/classes/${made.id}/end`, headers: { cookie: teacher }, payload: {} });
    expect(end.statusCode).toBe(200);
    await hub.ctx.classes.settled();
    const reports = json<{ reports: { candidate?: { name: string }; decisions: unknown[] }[] }>(
      await hub.app.inject({ url: `/api/classes/${made.id}/reports`, headers: { cookie: teacher } }),
    ).reports;
    expect(reports.map((r) => r.candidate?.name).sort()).toEqual(['Ada', 'Bob']);
    expect(reports.find((r) => r.candidate?.name === 'Ada')!.decisions.length).toBeGreaterThanOrEqual(2);
    const view = json<LiveClass>(await hub.app.inject({ url: `/api/classes/${made.id}`, headers: { cookie: teacher } }));
    expect(view.ended).toBe(true);
    expect(view.students.every((s) => s.snapshot?.finished)).toBe(true);
    const state = await hub.app.inject({ url: '/api/play/class', headers: { authorization: `Bearer ${ada.attempt}` } });
    expect(json(state).ended).toBe(true);
    expect((await hub.app.inject({ method: 'POST', url: '/api/class/join', payload: { code: made.code, name: 'Late' } })).statusCode).toBe(
      409,
    );
    // The student's game closes its run: the hub answers the result it already computed.
    const next = await hub.app.inject({
      method: 'POST',
      url: '/api/play/next',
      headers: { authorization: `Bearer ${ada.attempt}` },
      payload: { scenario: 0 },
    });
    expect(json(next)).toMatchObject({ done: true, result: { overall: expect.any(Number) } });
  });

  it('sends an inject to every student: each game logs it, and the hub’s replay and report verification reproduce it', async () => {
    const made = await openClass(hub, teacher, { scenario: 'night-shift', timescale: 1, variants: 'none' });
    const view = json<LiveClass>(await hub.app.inject({ url: `/api/classes/${made.id}`, headers: { cookie: teacher } }));
    expect(view.injects).toEqual([{ knot: 'inject_tv', label: 'A news channel picks up the outage' }]);
    const ada = await join(hub, made.code, 'Ada');
    const fire = (knot: string) =>
      hub.app.inject({ method: 'POST', url: `/api/classes/${made.id}/inject`, headers: { cookie: teacher }, payload: { knot } });
    expect((await fire('ending')).statusCode).toBe(400);
    // Before it is fired, a student cannot claim it.
    const found = (await hub.ctx.scenarios('night-shift', 'en'))!;
    const start = Date.parse(ada.scenario.startedAt);
    const rate = found.manifest.clockRate;
    const session = new Session({
      manifest: found.manifest,
      charter: found.charter,
      story: found.story,
      locale: 'en',
      seed: ada.scenario.seed,
      replyModel: found.replyModel,
      realClock: () => hub.clock.now,
    });
    session.advance(90);
    hub.clock.now = start + (90 / rate) * 1000 + 200;
    const early = await post(hub, ada.attempt, { seq: 0, scenario: 0, t: 90, event: { type: 'inject', knot: 'inject_tv' } });
    expect(json(early).error).toBe('bad-inject');
    expect((await fire('inject_tv')).statusCode).toBe(200);
    expect((await fire('inject_tv')).statusCode).toBe(409);
    const state = json<{ fired: { knot: string }[] }>(
      await hub.app.inject({ url: '/api/play/class', headers: { authorization: `Bearer ${ada.attempt}` } }),
    );
    expect(state.fired.map((f) => f.knot)).toEqual(['inject_tv']);
    // The student's game takes it where it stands; the memo comes into the team panel.
    const memos = session.memos.length;
    expect(session.inject('inject_tv')).toBe(true);
    expect(
      (await post(hub, ada.attempt, { seq: 0, scenario: 0, t: session.now, event: { type: 'inject', knot: 'inject_tv' } })).statusCode,
    ).toBe(200);
    expect(
      json(await post(hub, ada.attempt, { seq: 1, scenario: 0, t: session.now, event: { type: 'inject', knot: 'inject_tv' } })).error,
    ).toBe('bad-inject');
    session.advance(session.now + 30);
    expect(session.memos.length).toBe(memos + 1);
    // Then a decision, after the inject.
    const seq = { next: 1 };
    for (let guard = 0; guard < 200 && session.decisions.length === 0; guard++) {
      const open = session.feed.find((p) => p.state === 'open');
      if (!open) {
        session.advance(session.nextEventAt() ?? session.now + 60);
        continue;
      }
      const option = session.visibleOptions(open.id).find((o) => !o.hidden)!;
      session.choose(open.id, option.index);
      hub.clock.now = start + (session.now / rate) * 1000 + 300;
      const res = await post(hub, ada.attempt, {
        seq: seq.next++,
        scenario: 0,
        t: session.now,
        event: { type: 'option', postId: open.id, index: option.index },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    await hub.app.inject({ method: 'POST', url: `/api/classes/${made.id}/end`, headers: { cookie: teacher }, payload: {} });
    const [report] = json<{ reports: Report[] }>(
      await hub.app.inject({ url: `/api/classes/${made.id}/reports`, headers: { cookie: teacher } }),
    ).reports;
    expect(report!.log.some((e) => e.type === 'inject' && e.knot === 'inject_tv')).toBe(true);
    expect(report!.decisions[0]!.postId).toBe(session.decisions[0]!.postId);
    const verified = verifyReport(report!, found, found.replyModel);
    expect(verified.mismatches).toEqual([]);
    // The replay brings the inject's memo where the student had it; without the entry, it never comes.
    const newsMemo = (log: Report['log']) =>
      replaySession(found, { locale: 'en', seed: report!.seed, log }, found.replyModel).session.memos.some((m) =>
        m.text.includes('24-hour news channel'),
      );
    expect(newsMemo(report!.log)).toBe(true);
    expect(newsMemo(report!.log.filter((e) => e.type !== 'inject'))).toBe(false);
  });

  it('keeps each class its teacher’s: another teacher reads nothing of it', async () => {
    const made = await openClass(hub, teacher);
    for (const [method, url] of [
      ['GET', `/api/classes/${made.id}`],
      ['GET', `/api/classes/${made.id}/live`],
      ['GET', `/api/classes/${made.id}/reports`],
      ['POST', `/api/classes/${made.id}/pause`],
      ['POST', `/api/classes/${made.id}/end`],
    ] as const) {
      const res = await hub.app.inject({
        method,
        url,
        headers: { cookie: other },
        ...(method === 'POST' ? { payload: { paused: true } } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = json<{ classes: { id: string }[] }>(await hub.app.inject({ url: '/api/classes', headers: { cookie: other } }));
    expect(list.classes.map((c) => c.id)).not.toContain(made.id);
  });

  it('keeps each student’s run their own: a student token reads neither the class nor another student', async () => {
    const made = await openClass(hub, teacher);
    const ada = await join(hub, made.code, 'Ada');
    const bob = await join(hub, made.code, 'Bob');
    const asAda = { authorization: `Bearer ${ada.attempt}` };
    for (const url of [`/api/classes/${made.id}`, `/api/classes/${made.id}/reports`, `/api/classes/${made.id}/live`])
      expect((await hub.app.inject({ url, headers: asAda })).statusCode, url).toBe(401);
    // Bob's token with Ada's id: refused, as any token whose secret does not match.
    const forged = `${ada.attempt.split('.')[0]}.${bob.attempt.split('.')[1]}`;
    expect((await hub.app.inject({ url: '/api/play/class', headers: { authorization: `Bearer ${forged}` } })).statusCode).toBe(401);
    expect((await post(hub, forged, { seq: 0, scenario: 0, t: 1, event: { type: 'expire' } })).statusCode).toBe(401);
    // A wrong code is refused in plain words; a malformed one names the field.
    expect(json(await hub.app.inject({ method: 'POST', url: '/api/class/join', payload: { code: 'ZZZZZZ', name: 'Eve' } })).error).toBe(
      'no-class',
    );
    expect((await hub.app.inject({ method: 'POST', url: '/api/class/join', payload: { code: 'O0O0', name: 'Eve' } })).statusCode).toBe(400);
  });
});

describe.runIf(process.env.DATABASE_URL)('a live class on Postgres', () => {
  let one: TestHub;
  let two: TestHub;
  beforeAll(async () => {
    one = await testHub('postgres');
    two = await testHub('postgres', one);
  }, 60_000);
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('reaches a teacher watching through another hub process (LISTEN/NOTIFY)', async () => {
    const cookie = await signIn(one, 'teacher@school.test', 'Teacher');
    const made = await openClass(one, cookie);
    const heard: { classId: string; studentId?: string }[] = [];
    const stop = two.ctx.classes.fanout.subscribe((m) => heard.push(m));
    const ada = await join(one, made.code, 'Ada');
    await playScenario(one, ada.attempt, ada.scenario, { strategy: 'best', seq: { next: 0 }, timescale: 2, decisions: 1 });
    await one.ctx.classes.settled();
    await expect
      .poll(() => heard.filter((m) => m.classId === made.id && m.studentId === ada.attempt.split('.')[0]).length)
      .toBeGreaterThanOrEqual(1);
    // The other process reads the same snapshot from the database.
    const view = await two.ctx.classes.view(made.id);
    expect(view!.students[0]!.snapshot!.decisions.length).toBe(1);
    stop();
  });
});
