import { describe, expect, it } from 'vitest';
import { createGameStore, deskModel, examEndModel, inUse, optionIndex, optionsFor } from '../../../src/state';
import { examIdentity, examReportFileName } from '../../../src/engine/exam-rules';
import { memoryStorage } from '../../../src/platform/storage';
import type { ScenarioEntry } from '../../../src/content/catalog';
import { decodeExamLink, encodeExamLink, type Exam } from '../../../src/records/exam-file';
import { verifyReport } from '../../../src/engine/replay';
import { fixtureLibrary } from '../../support/helpers';

const lib = fixtureLibrary();
const mini = lib.scenarios[0]!;
const entries: ScenarioEntry[] = [
  { manifest: mini.manifest, charter: mini.charter, loadStory: { fr: async () => mini.stories.fr, en: async () => mini.stories.en } },
];
const exam: Exam = {
  format: 'frontline-exam',
  version: 2,
  id: 'hr-2026',
  title: 'Recrutement CM',
  locale: 'fr',
  seed: 77,
  scenarios: ['mini'],
  minutesPerScenario: 5,
  minutesTotal: 10,
  passMark: 60,
  freeTextRequired: false,
  showScores: true,
  candidate: ['name', 'email'],
  accommodation: 1,
  review: false,
  variants: 'per-candidate',
};

let now = 1_700_000_000_000;
const makeStore = (storage = memoryStorage()) =>
  createGameStore({ scenarios: entries, storage, defaultLocale: 'en', newSeed: () => 1, now: () => now });

async function startExam(spec: Exam = exam, storage = memoryStorage()) {
  const store = makeStore(storage);
  expect(store.getState().loadExam(JSON.stringify(spec), 'exam.json')).toBeNull();
  expect(store.getState().beginExam({ name: 'Camille Dupont', email: 'camille@example.org' })).toEqual([]);
  await store.getState().start();
  return store;
}

describe('exam mode', () => {
  it.each([
    [{ ...exam, scenarios: [] }, /exam\.json: scenarios: must list at least one scenario/],
    [{ ...exam, scenarios: ['mini', 'ghost'] }, /exam\.json: scenarios: unknown scenario "ghost"/],
    [{ ...exam, minutesPerScenario: 0 }, /exam\.json: minutesPerScenario: must be at least 1 minute/],
    [{ ...exam, accommodation: 2 }, /exam\.json: accommodation: must be 1, 1.25 or 1.5/],
    [{ ...exam, locale: 'de' }, /exam\.json: locale: must be "fr" or "en"/],
  ])('refuses a malformed exam naming the field (%#)', (spec, message) => {
    const store = makeStore();
    expect(store.getState().loadExam(JSON.stringify(spec), 'exam.json')?.details.join('\n')).toMatch(message);
    expect(store.getState().mode).toBe('training');
  });

  it('refuses a file that is not JSON', () => {
    expect(makeStore().getState().loadExam('<html>', 'exam.json')).toMatchObject({
      advice: 'not-exam',
      details: [expect.stringMatching(/exam\.json: not valid JSON/)],
    });
  });

  it('tells the candidate in plain words what is wrong with a link or a file', () => {
    const store = makeStore();
    const text = JSON.stringify(exam);
    expect(store.getState().loadExam(text.slice(0, 80), 'exam link', 'link')?.advice).toBe('damaged');
    expect(store.getState().loadExam(null, 'exam link', 'link')?.advice).toBe('damaged');
    expect(store.getState().loadExam(JSON.stringify({ ...exam, scenarios: ['ghost'] }), 'exam.json')?.advice).toBe('unknown-scenario');
    expect(store.getState().loadExam(JSON.stringify({ ...exam, version: 9 }), 'exam.json')?.advice).toBe('newer-version');
    expect(store.getState().loadExam(JSON.stringify({ format: 'frontline-report', version: 1 }), 'r.json')?.advice).toBe('is-report');
    expect(store.getState().loadExam(JSON.stringify({ ...exam, passMark: 'x' }), 'exam.json')?.advice).toBe('invalid');
  });

  it('collects the candidate’s details before starting', () => {
    const store = makeStore();
    store.getState().loadExam(JSON.stringify(exam), 'exam.json');
    expect(store.getState()).toMatchObject({ screen: 'exam', mode: 'exam', settings: { locale: 'fr' } });
    expect(store.getState().beginExam({ name: '  ', email: 'x@y.z' })).toEqual(['name']);
    expect(store.getState().screen).toBe('exam');
    expect(store.getState().beginExam({ name: 'Camille', email: 'x@y.z' })).toEqual([]);
    expect(store.getState().screen).toBe('briefing');
  });

  it('removes hints, pause, time scale and going back', async () => {
    const store = await startExam();
    store.getState().setPaused(true);
    store.getState().setTimescale(10);
    expect(store.getState()).toMatchObject({ paused: false, timescale: 1 });
    for (let i = 0; i < 9; i++) {
      now += 250;
      store.getState().tick(250);
    }
    expect(store.getState().askHint('p1')).toBeNull();
    store.getState().backToMenu();
    expect(store.getState().screen).toBe('desk');
  });

  it('fixes the seed by the exam and shuffles options by it', async () => {
    const a = await startExam();
    const b = await startExam();
    expect(a.getState().session!.seed).toBe(b.getState().session!.seed);
    expect(a.getState().session!.seed).not.toBe(1);
    for (const store of [a, b]) for (let i = 0; i < 9; i++) store.getState().tick(250);
    const order = (store: typeof a) =>
      optionsFor(store.getState(), 'p1')
        .map((o) => o.option.index)
        .join();
    const ids = (store: typeof a) => optionsFor(store.getState(), 'p1').map((o) => o.id);
    expect(order(a)).toEqual(order(b));
    expect(ids(a)).toEqual(ids(b));
    // The desk maps an option's opaque id back to the option through the store.
    for (const o of optionsFor(a.getState(), 'p1')) expect(optionIndex(a.getState(), 'p1', o.id)).toBe(o.option.index);
    expect(optionIndex(a.getState(), 'p1', '0')).toBeNull();
    expect(
      optionsFor(a.getState(), 'p1')
        .map((o) => o.option.index)
        .sort(),
    ).toEqual(
      a
        .getState()
        .session!.visibleOptions('p1')
        .map((o) => o.index)
        .sort(),
    );
    // Different exam seeds give different orders for some post (three options: 6 orders), and other ids.
    const orders = new Set<string>();
    const seen = new Set<string>();
    for (let seed = 0; seed < 12; seed++) {
      const store = await startExam({ ...exam, seed });
      for (let i = 0; i < 9; i++) store.getState().tick(250);
      orders.add(order(store));
      for (const id of ids(store)) seen.add(id);
    }
    expect(orders.size).toBeGreaterThan(1);
    expect(seen.size).toBeGreaterThan(ids(a).length);
  });

  it('asks for written replies when the exam requires them', async () => {
    const store = await startExam({ ...exam, freeTextRequired: true });
    for (let i = 0; i < 9; i++) store.getState().tick(250);
    const actions = optionsFor(store.getState(), 'p1').map((o) => o.option.action);
    expect(actions).not.toContain('reply');
    expect(actions).not.toContain('dm');
    expect(store.getState().write('p1', 'Bonjour Ana, désolés ! Écrivez-nous en privé.')).toBe('sent');
  });

  it('ends a scenario when its time is up, and the exam with a report', async () => {
    const store = await startExam();
    for (let i = 0; i < 9; i++) {
      now += 250;
      store.getState().tick(250);
    }
    now += 5 * 60_000;
    store.getState().tick(16);
    const state = store.getState();
    expect(state.screen).toBe('exam-end');
    const report = state.examReport()!;
    expect(report).toMatchObject({ format: 'frontline-exam-report', candidate: { name: 'Camille Dupont' }, exam: { id: 'hr-2026' } });
    expect(report.reports).toHaveLength(1);
    expect(report.reports[0]!.ending?.id).toBe('time-up');
    expect(report.reports[0]!.decisions[0]).toMatchObject({ postId: 'p1', source: 'deadline' });
    expect(report.passed).toBe(report.overall >= 60);
    // The exam report's scenario report verifies like any other.
    expect(verifyReport(report.reports[0]!, { manifest: mini.manifest, charter: mini.charter, story: mini.stories.fr }).mismatches).toEqual(
      [],
    );
    // Not downloaded: leaving takes the candidate's confirmation.
    expect(store.getState().closeExam()).toBe(false);
    expect(store.getState().screen).toBe('exam-end');
    expect(store.getState().downloadExamReport()?.name).toMatch(/^frontline-exam-hr-2026-camille-dupont-\d{4}-\d\d-\d\d\.json$/);
    expect(store.getState().closeExam()).toBe(true);
    expect(store.getState()).toMatchObject({ screen: 'menu', mode: 'training', exam: null });
  });

  it('gives extra time as an accommodation', async () => {
    const store = await startExam({ ...exam, accommodation: 1.5 });
    now += 6 * 60_000;
    store.getState().tick(16);
    expect(store.getState().screen).toBe('desk');
    now += 2 * 60_000;
    store.getState().tick(16);
    expect(store.getState().screen).toBe('exam-end');
  });

  it('resumes after a reload without resetting the clock', async () => {
    const storage = memoryStorage();
    const store = await startExam(exam, storage);
    for (let i = 0; i < 9; i++) {
      now += 250;
      store.getState().tick(250);
    }
    store.getState().choose('p1', store.getState().session!.visibleOptions('p1')[0]!.index);
    store.getState().saveNow();
    now += 60_000; // the reload takes a minute
    const again = makeStore(storage);
    expect(await again.getState().restore()).toBe(true);
    expect(again.getState()).toMatchObject({ screen: 'desk', mode: 'exam', paused: false });
    expect(again.getState().session!.decisions).toHaveLength(1);
    now += 4 * 60_000;
    again.getState().tick(16);
    expect(again.getState().screen).toBe('exam-end');
  });

  it('travels in a link', () => {
    expect(JSON.parse(decodeExamLink(encodeExamLink({ ...exam, title: 'Épreuve « CM » 2026' }))!)).toMatchObject({
      title: 'Épreuve « CM » 2026',
    });
    expect(decodeExamLink('%%%')).toBeNull();
  });
});

describe('written replies required', () => {
  it('refuses a scripted public reply in the session itself', async () => {
    const store = await startExam({ ...exam, freeTextRequired: true });
    for (let i = 0; i < 9; i++) store.getState().tick(250);
    const session = store.getState().session!;
    const reply = session.visibleOptions('p1').find((o) => o.action === 'reply' || o.action === 'dm')!;
    expect(session.choose('p1', reply.index)).toBeNull();
  });
});

describe('the candidate’s side', () => {
  const withGroup: Exam = {
    ...exam,
    review: true,
    contact: 'recrutement@example.org',
    group: { label: 'Tranche d’âge', choices: ['18–25', '26–40', '41 et plus'] },
  };
  /** Lets the first post arrive (1 game minute at 30× is 2 real seconds). */
  const firstPost = (store: Awaited<ReturnType<typeof startExam>>) => {
    for (let i = 0; i < 9; i++) {
      now += 250;
      store.getState().tick(250);
    }
  };
  const finish = (store: Awaited<ReturnType<typeof startExam>>) => {
    now += 10 * 60_000;
    store.getState().tick(16);
    expect(store.getState().screen).toBe('exam-end');
    return store.getState().examReport()!;
  };

  it('keeps the answer to the optional group question in the exam report, never an answer it did not offer', async () => {
    const store = makeStore();
    expect(store.getState().loadExam(JSON.stringify(withGroup), 'exam.json')).toBeNull();
    store.getState().answerExamGroup('26–40');
    expect(store.getState().exam?.group).toBe('26–40');
    store.getState().answerExamGroup('not a choice');
    expect(store.getState().exam?.group).toBeUndefined();
    store.getState().answerExamGroup(null); // prefer not to answer
    expect(store.getState().exam?.group).toBeUndefined();
    store.getState().answerExamGroup('41 et plus');
    expect(store.getState().beginExam({ name: 'Camille', email: 'c@example.org' })).toEqual([]);
    // Once started, the answer stands.
    store.getState().answerExamGroup('18–25');
    expect(store.getState().exam?.group).toBe('41 et plus');
    await store.getState().start();
    const report = finish(store);
    expect(report.group).toBe('41 et plus');
    expect(report.exam).toMatchObject({ review: true, contact: 'recrutement@example.org' });
    // The answer is never scored: the same run without it scores the same.
    const other = makeStore();
    other.getState().loadExam(JSON.stringify(withGroup), 'exam.json');
    other.getState().beginExam({ name: 'Camille', email: 'c@example.org' });
    await other.getState().start();
    const plain = finish(other);
    expect(plain.group).toBeUndefined();
    expect(plain.overall).toBe(report.overall);
  });

  it('ignores a group answer when the exam asks no group question', () => {
    const store = makeStore();
    store.getState().loadExam(JSON.stringify(exam), 'exam.json');
    store.getState().answerExamGroup('anything');
    expect(store.getState().exam?.group).toBeUndefined();
  });

  it('logs time away from the page (a second or more) and characters pasted, in an exam; and resumes with them', async () => {
    const storage = memoryStorage();
    const store = await startExam({ ...exam, freeTextRequired: true }, storage);
    firstPost(store);
    store.getState().noteAway(400); // a blink: nothing
    store.getState().noteAway(12_345.6);
    const reply = 'Bonjour Ana, désolés pour ce colis. Écrivez-nous en privé, nous le remplaçons.';
    expect(store.getState().write('p1', reply, 'dm', { pasted: 30 })).toBe('sent');
    const log = store.getState().session!.log;
    expect(log.filter((e) => e.type === 'away')).toEqual([expect.objectContaining({ type: 'away', ms: 12_346 })]);
    expect(log.find((e) => e.type === 'free')).toMatchObject({ type: 'free', postId: 'p1', pasted: 30 });
    // A reload: the run is rebuilt from its log, the signals with it.
    store.getState().saveNow();
    const again = makeStore(storage);
    expect(await again.getState().restore()).toBe(true);
    expect(again.getState().session!.log).toEqual(log);
    again.getState().noteAway(2_000);
    const report = finish(again);
    const logged = report.reports[0]!.log;
    expect(logged.filter((e) => e.type === 'away').map((e) => (e.type === 'away' ? e.ms : 0))).toEqual([12_346, 2_000]);
    expect(logged.find((e) => e.type === 'free')).toMatchObject({ pasted: 30 });
    // The report still verifies by replay, signals included.
    expect(verifyReport(report.reports[0]!, { manifest: mini.manifest, charter: mini.charter, story: mini.stories.fr }).mismatches).toEqual(
      [],
    );
  });

  it('logs neither away time nor pasting in training', async () => {
    const store = makeStore();
    await store.getState().openBriefing('mini');
    await store.getState().start();
    firstPost(store);
    store.getState().noteAway(60_000);
    expect(store.getState().write('p1', 'Désolés Ana, écrivez-nous en privé.', 'dm', { pasted: 20 })).toBe('sent');
    const log = store.getState().session!.log;
    expect(log.some((e) => e.type === 'away')).toBe(false);
    expect(log.find((e) => e.type === 'free')).not.toHaveProperty('pasted');
  });

  it('shows no coach in an exam', async () => {
    const store = await startExam();
    const session = store.getState().session!;
    session.memos = [
      { from: 'coach', text: 'Pensez à la charte.', at: 0, kind: 'memo' },
      { from: 'manager', text: 'Le SAV est prévenu.', at: 0, kind: 'memo' },
    ];
    expect(deskModel(store.getState())!.memos.map((m) => m.from)).toEqual(['manager']);
    store.setState({ mode: 'training' });
    expect(deskModel(store.getState())!.memos.map((m) => m.from)).toEqual(['coach', 'manager']);
  });

  it('says what a report is when one is opened as an exam', () => {
    const store = makeStore();
    const examReport = { format: 'frontline-exam-report', version: 2 };
    const report = { format: 'frontline-report', version: 3 };
    expect(store.getState().loadExam(JSON.stringify(examReport), 'r.json')?.advice).toBe('is-exam-report');
    expect(store.getState().loadExam(JSON.stringify(report), 'r.json')?.advice).toBe('is-report');
    // A link cut short is damaged, whatever its bytes decode to.
    const link = encodeExamLink(exam);
    for (const cut of [10, 41, link.length - 3])
      expect(store.getState().loadExam(decodeExamLink(link.slice(0, cut)), 'exam link', 'link')?.advice).toBe('damaged');
  });
});

describe('the end of an exam', () => {
  const link = (spec: Exam = exam) => decodeExamLink(encodeExamLink(spec));
  /** An exam sat to its end (the time runs out), on the end screen. */
  async function finished(storage = memoryStorage(), spec: Exam = exam) {
    const store = await startExam(spec, storage);
    now += 11 * 60_000;
    store.getState().tick(16);
    expect(store.getState().screen).toBe('exam-end');
    return store;
  }
  const stored = (storage: ReturnType<typeof memoryStorage>) => storage.getItem('frontline.exams-done') ?? '';

  it('keeps the report until it is downloaded and the candidate confirms leaving', async () => {
    const storage = memoryStorage();
    const store = await finished(storage);
    const report = store.getState().examReport()!;
    expect(examEndModel(store.getState())).toMatchObject({ downloadedAt: null, again: null, title: 'Recrutement CM' });
    // A click on "Leave the exam" without the report: nothing happens but the warning (the view asks).
    expect(store.getState().closeExam()).toBe(false);
    expect(store.getState()).toMatchObject({ screen: 'exam-end', mode: 'exam' });
    expect(inUse(store.getState())).toBe(true);
    // A reload on the end screen: still there.
    const again = makeStore(storage);
    expect(await again.getState().restore()).toBe(true);
    expect(again.getState().screen).toBe('exam-end');
    // Downloaded: the file, and the download noted (it survives a reload too).
    now += 5_000;
    const file = again.getState().downloadExamReport()!;
    expect(JSON.parse(file.text)).toEqual(report);
    expect(again.getState().exam?.downloadedAt).toBe(now);
    expect(examEndModel(again.getState())).toMatchObject({ downloadedAt: now, file: file.name });
    expect(inUse(again.getState())).toBe(false);
    expect(makeStore(storage).getState().exam?.downloadedAt).toBe(now);
    // The report is the same whenever it is downloaded; the first download's time stays.
    now += 5_000;
    expect(again.getState().downloadExamReport()).toEqual(file);
    expect(again.getState().exam?.downloadedAt).toBe(now - 5_000);
  });

  it('keeps a finished exam left without its report, and shows it again when its link is opened: no new attempt', async () => {
    const storage = memoryStorage();
    const store = await finished(storage);
    const report = store.getState().examReport()!;
    expect(store.getState().closeExam(true)).toBe(true);
    expect(store.getState()).toMatchObject({ screen: 'menu', mode: 'training', exam: null });
    // The next visit is a training one, not the exam's end.
    const next = makeStore(storage);
    expect(await next.getState().restore()).toBe(false);
    expect(next.getState().screen).toBe('menu');
    // The link opened again, here or after a reload: the finished exam with its report, never a fresh start.
    for (const s of [store, next]) {
      expect(s.getState().loadExam(link(), 'exam link', 'link')).toBeNull();
      expect(s.getState()).toMatchObject({
        screen: 'exam-end',
        mode: 'exam',
        examAgain: { finishedAt: expect.any(Number), downloadedAt: null },
      });
      expect(s.getState().examReport()).toEqual(report);
      expect(s.getState().beginExam({ name: 'Someone Else', email: 'x@y.z' })).toEqual([]);
      expect(s.getState().screen).toBe('exam-end');
    }
    // Its extra-time link is the same exam: no new attempt through it either.
    const other = makeStore(storage);
    expect(other.getState().loadExam(link({ ...exam, accommodation: 1.5 }), 'exam link', 'link')).toBeNull();
    expect(other.getState().screen).toBe('exam-end');
    expect(examIdentity({ ...exam, accommodation: 1.5 })).toBe(examIdentity(exam));
  });

  it('keeps only the fact that an exam was sat once its report was downloaded and it was left', async () => {
    const storage = memoryStorage();
    const store = await finished(storage);
    store.getState().downloadExamReport();
    const downloadedAt = now;
    expect(store.getState().closeExam(true)).toBe(true);
    // None of the candidate's details or answers stays in the browser.
    expect(stored(storage)).not.toContain('Camille');
    expect(stored(storage)).not.toContain('camille@example.org');
    expect(storage.getItem('frontline.exam')).toBeNull();
    const next = makeStore(storage);
    expect(next.getState().loadExam(link(), 'exam link', 'link')).toBeNull();
    expect(next.getState()).toMatchObject({ screen: 'exam-end', exam: null, examAgain: { downloadedAt, title: 'Recrutement CM' } });
    expect(examEndModel(next.getState())).toMatchObject({ report: null, file: null, downloadedAt });
    expect(next.getState().closeExam()).toBe(true);
    expect(next.getState()).toMatchObject({ screen: 'menu', examAgain: null });
  });

  it('never replaces what is in progress with another exam link', async () => {
    const other = link({ ...exam, id: 'other', seed: 5 });
    // An exam under way: the same link carries on, another is refused, nothing changes.
    const sitting = await startExam();
    const session = sitting.getState().session;
    expect(inUse(sitting.getState())).toBe(true);
    expect(sitting.getState().loadExam(link(), 'exam link', 'link')).toBeNull();
    expect(sitting.getState().loadExam(other, 'exam link', 'link')?.advice).toBe('exam-in-progress');
    expect(sitting.getState()).toMatchObject({ screen: 'desk', exam: { exam: { id: 'hr-2026' } } });
    expect(sitting.getState().session).toBe(session);
    // A training scenario on the desk: refused, unless the player agreed to abandon it.
    const training = makeStore();
    await training.getState().openBriefing('mini');
    await training.getState().start();
    expect(training.getState().loadExam(other, 'exam link', 'link')?.advice).toBe('run-in-progress');
    expect(training.getState().screen).toBe('desk');
    expect(training.getState().loadExam(other, 'exam link', 'link', true)).toBeNull();
    expect(training.getState()).toMatchObject({ screen: 'exam', mode: 'exam', session: null, exam: { exam: { id: 'other' } } });
    // A finished exam whose report was not downloaded: refused; once downloaded, kept aside and the new one opens.
    const storage = memoryStorage();
    const done = await finished(storage);
    expect(done.getState().loadExam(other, 'exam link', 'link')?.advice).toBe('report-not-downloaded');
    expect(done.getState().screen).toBe('exam-end');
    done.getState().downloadExamReport();
    expect(done.getState().loadExam(other, 'exam link', 'link')).toBeNull();
    expect(done.getState()).toMatchObject({ screen: 'exam', exam: { exam: { id: 'other' }, startedAt: null } });
    expect(stored(storage)).toContain('"hr-2026"');
  });

  it('says a link carrying no exam is incomplete', () => {
    expect(decodeExamLink('')).toBe('');
    expect(makeStore().getState().loadExam('', 'exam link', 'link')).toEqual({
      advice: 'damaged',
      details: ['exam link: the link carries no exam (nothing after “exam=”)'],
    });
  });

  it('names the report file after the exam, the candidate and the day', () => {
    const at = { exam: { id: 'hr-2026' }, finishedAt: '2026-06-01T14:05:09.000Z' } as const;
    const name = (candidate: Record<string, string>) =>
      examReportFileName({ ...at, candidate } as Parameters<typeof examReportFileName>[0]);
    expect(name({ name: '  Zoë  Lefèvre-Núñez ', email: 'zoe@example.org' })).toBe(
      'frontline-exam-hr-2026-zoe-lefevre-nunez-2026-06-01.json',
    );
    expect(name({ id: 'CAND/042', email: 'a@b.c' })).toBe('frontline-exam-hr-2026-cand-042-2026-06-01.json');
    expect(name({ email: 'camille.d@example.org' })).toBe('frontline-exam-hr-2026-camille-d-example-org-2026-06-01.json');
    // Nothing usable in a file name (or nothing asked): the time of day tells the reports apart.
    expect(name({ name: '王小明' })).toBe('frontline-exam-hr-2026-2026-06-01-1405.json');
    expect(name({})).toBe('frontline-exam-hr-2026-2026-06-01-1405.json');
    expect(name({ name: `${'a'.repeat(60)} b` })).toBe(`frontline-exam-hr-2026-${'a'.repeat(40)}-2026-06-01.json`);
  });
});
