/**
 * The game's store sitting an exam on a hub (the hub's routes reached through `inject`, as the
 * browser's fetch would): the link opens the exam, the hub starts the attempt and gives the scenario,
 * each decision goes to the hub as it happens, a network cut queues them (kept through a reload) and
 * they are sent when the line is back, the hub's clock ends the scenario, the result is the hub's, and
 * the used link, opened in another browser, is refused in plain words.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGameStore, examEndModel, hubLineModel } from '../../../src/state';
import { memoryStorage } from '../../../src/platform/storage';
import type { ScenarioEntry } from '../../../src/content/catalog';
import type { HubResult } from '../../../src/records/hub-result';
import { shippedLibrary } from '../../support/helpers';
import { type TestHub, anExam, json, signIn, testHub } from '../../support/hub';

const lib = shippedLibrary();
const first = lib.scenarios.find((s) => s.manifest.id === 'first-shift')!;
const entries: ScenarioEntry[] = [
  { manifest: first.manifest, charter: first.charter, loadStory: { fr: async () => first.stories.fr, en: async () => first.stories.en } },
];

let hub: TestHub;
let cookie: string;
let token: string;
let examId: string;
/** The network: when cut, every call to the hub fails as a browser's fetch does. */
const net = { cut: false, calls: 0 };

beforeAll(async () => {
  hub = await testHub();
  cookie = await signIn(hub);
  const published = await hub.app.inject({ method: 'POST', url: '/api/exams', headers: { cookie }, payload: { exam: anExam() } });
  examId = json<{ id: string }>(published).id;
  const made = await hub.app.inject({
    method: 'POST',
    url: `/api/exams/${examId}/invitations`,
    headers: { cookie },
    payload: { labels: ['Ada'] },
  });
  token = json<{ invitations: { token: string }[] }>(made).invitations[0]!.token;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    net.calls++;
    if (net.cut) throw new TypeError('Failed to fetch');
    const res = await hub.app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: `/${String(url).replace(/^\.\//, '')}`,
      headers: init.headers as Record<string, string>,
      ...(init.body ? { payload: String(init.body) } : {}),
    });
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
  });
}, 120_000);
afterAll(async () => {
  vi.unstubAllGlobals();
  await hub?.close();
});

const makeStore = (storage = memoryStorage()) =>
  createGameStore({ scenarios: entries, storage, defaultLocale: 'en', newSeed: () => 1, now: () => hub.clock.now });
type Store = ReturnType<typeof makeStore>;

/** Lets the store's calls to the hub (promises) run. */
const settle = async (until: () => boolean) => {
  for (let i = 0; i < 200 && !until(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(until()).toBe(true);
};

/** Real time passes for the game and for the hub alike. */
const tick = (store: Store, ms: number) => {
  hub.clock.now += ms;
  store.getState().tick(ms);
};

/** Answers the first open post with its first option, after reading it for a few seconds. */
const answerOne = (store: Store): boolean => {
  const session = store.getState().session!;
  for (let i = 0; i < 400 && !session.feed.some((p) => p.state === 'open'); i++) tick(store, 1000);
  const post = session.feed.find((p) => p.state === 'open');
  const option = post && session.visibleOptions(post.id).find((o) => !o.hidden);
  if (!post || !option) return false;
  tick(store, 3000);
  store.getState().choose(post.id, option.index);
  return true;
};

const serverEvents = async () =>
  json<{ invitations: { attempts: { events: number; lateEvents: number }[] }[] }>(
    await hub.app.inject({ method: 'GET', url: `/api/exams/${examId}/attempts`, headers: { cookie } }),
  ).invitations[0]!.attempts[0]!;

describe('an exam sat on a hub, in the game', () => {
  const storage = memoryStorage();
  let store: Store;

  it('opens from the link, starts on the hub and plays the scenario the hub gives', async () => {
    store = makeStore(storage);
    await store.getState().openHubExam(token);
    expect(store.getState().screen).toBe('exam');
    expect(store.getState().exam?.exam.title).toBe('Hub exam');
    // The exam's seed never left the hub.
    expect(store.getState().exam?.exam.seed).toBe(0);
    expect(store.getState().beginExam({ name: 'Ada' })).toEqual([]);
    await settle(() => store.getState().screen === 'briefing');
    const hubSide = store.getState().exam!.hub!;
    expect(hubSide.attempt).toMatch(/\./);
    await store.getState().start();
    expect(store.getState().screen).toBe('desk');
    // The session runs on the seed and variant the hub released.
    expect(store.getState().session!.seed).toBe(hubSide.scenario!.seed);
  });

  it('sends each decision as it happens', async () => {
    expect(answerOne(store)).toBe(true);
    await settle(() => store.getState().exam!.hub!.queue.length === 0 && store.getState().exam!.hub!.nextSeq > 0);
    expect((await serverEvents()).events).toBe(store.getState().exam!.hub!.nextSeq);
  });

  it('keeps decisions through a network cut and a reload, and sends them when the line is back', async () => {
    net.cut = true;
    expect(answerOne(store)).toBe(true);
    await settle(() => store.getState().hubLine?.offline === true);
    expect(hubLineModel(store.getState())).toMatchObject({ offline: true, pending: 1 });
    expect(answerOne(store)).toBe(true);
    await settle(() => store.getState().exam!.hub!.queue.length === 2);
    const before = (await serverEvents()).events;
    store.getState().saveNow();
    // The page reloads while the network is still down: the queue comes back from storage.
    const reloaded = makeStore(storage);
    expect(await reloaded.getState().restore()).toBe(true);
    expect(reloaded.getState().screen).toBe('desk');
    expect(reloaded.getState().exam!.hub!.queue).toHaveLength(2);
    hub.clock.now += 20_000;
    net.cut = false;
    await reloaded.getState().openHubExam(token);
    await settle(() => reloaded.getState().exam!.hub!.queue.length === 0);
    const after = await serverEvents();
    expect(after.events).toBe(before + 2);
    // Sent 20 s after they happened: the examiner sees them late.
    expect(after.lateEvents).toBeGreaterThanOrEqual(1);
    expect(reloaded.getState().hubLine?.offline).toBe(false);
    store = reloaded;
  });

  it('ends the scenario on the hub’s clock and shows the hub’s result', async () => {
    // The hub's clock runs past the scenario's 30 minutes: the game closes it, the hub replays it.
    const started = store.getState().exam!.scenarioStartedAt!;
    hub.clock.now = started + 30 * 60_000 + 1000;
    store.getState().tick(16);
    await settle(() => store.getState().exam?.finishedAt !== null && store.getState().screen === 'exam-end');
    const end = examEndModel(store.getState());
    const rows = await hub.ctx.db.selectFrom('results').select(['overall', 'passed', 'signed']).execute();
    expect(rows).toHaveLength(1);
    expect(end?.hub).toEqual({ waiting: false, offline: false, result: { overall: rows[0]!.overall, passed: rows[0]!.passed } });
    // No report of the browser's own: the hub's signed result is the examiner's, and it replayed without a problem.
    expect(store.getState().examReport()).toBeNull();
    expect((rows[0]!.signed as HubResult).attempt.problems).toEqual([]);
    expect((rows[0]!.signed as HubResult).attempt.events).toBe(store.getState().exam!.hub!.nextSeq);
    expect(store.getState().closeExam()).toBe(true);
    expect(store.getState().screen).toBe('menu');
  });

  it('refuses the used link in another browser, in plain words', async () => {
    const other = makeStore();
    await other.getState().openHubExam(token);
    expect(other.getState().screen).toBe('error');
    expect(other.getState().error).toMatchObject({ code: 'error.exam', advice: 'examAdvice.hub-used' });
    const unknown = makeStore();
    await unknown.getState().openHubExam(`${token.split('.')[0]}.${'x'.repeat(43)}`);
    expect(unknown.getState().error?.advice).toBe('examAdvice.hub-bad-link');
  });

  it('says the hub cannot be reached when it cannot', async () => {
    net.cut = true;
    const away = makeStore();
    await away.getState().openHubExam(token);
    expect(away.getState().error?.advice).toBe('examAdvice.unreachable');
    net.cut = false;
  });
});
