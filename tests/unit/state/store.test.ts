import { describe, expect, it } from 'vitest';
import { composerDraft, createGameStore } from '../../../src/state';
import { memoryStorage } from '../../../src/platform/storage';
import { readDeepLink } from '../../../src/platform/deeplink';
import { CARD_FIELDS, type ScenarioEntry, type ScenarioListing } from '../../../src/content/catalog';
import { fixtureLibrary } from '../../support/helpers';

const lib = fixtureLibrary();
const entries: ScenarioEntry[] = lib.scenarios.map((s) => ({
  manifest: s.manifest,
  charter: s.charter,
  loadStory: { fr: async () => s.stories.fr, en: async () => s.stories.en },
}));
let fakeNow = 1_700_000_000_000;
const makeStore = (storage = memoryStorage()) =>
  createGameStore({ scenarios: entries, storage, defaultLocale: 'fr', newSeed: () => 1234, now: () => fakeNow });

/** The entries as the game lists its library: cards only, the rest loaded on demand (and counted). */
const lazily = (loads: string[]): ScenarioListing[] =>
  entries.map((e) => ({
    manifest: Object.fromEntries(CARD_FIELDS.map((f) => [f, e.manifest[f]])) as unknown as ScenarioListing['manifest'],
    loadStory: e.loadStory,
    content: async () => {
      loads.push(e.manifest.id);
      return { manifest: e.manifest, charter: e.charter };
    },
  }));

describe('game store', () => {
  it('lists scenarios by their cards and loads their data once, when one is opened (or ahead)', async () => {
    const loads: string[] = [];
    const store = createGameStore({
      scenarios: lazily(loads),
      storage: memoryStorage(),
      defaultLocale: 'fr',
      newSeed: () => 1,
      now: () => fakeNow,
    });
    expect(store.getState().scenarios[0]!.manifest).not.toHaveProperty('personas');
    const opened = store.getState().openBriefing('mini');
    // A briefing that waits for its data: no scenario yet, the start button shows it is loading.
    expect(store.getState()).toMatchObject({ screen: 'briefing', selected: null, loading: true });
    await opened;
    expect(store.getState()).toMatchObject({
      screen: 'briefing',
      loading: false,
      selected: { manifest: entries[0]!.manifest, charter: entries[0]!.charter },
    });
    store.getState().backToMenu();
    void store.getState().openBriefing('mini');
    // Loaded once: the second time the briefing is there at once.
    expect(store.getState().selected?.manifest.personas).toBeDefined();
    await store.getState().preload();
    expect(loads).toEqual(['mini']);
    await store.getState().start();
    expect(store.getState().screen).toBe('desk');
  });

  it('does not show a briefing still loading when the player went back meanwhile', async () => {
    const store = createGameStore({
      scenarios: lazily([]),
      storage: memoryStorage(),
      defaultLocale: 'fr',
      newSeed: () => 1,
      now: () => fakeNow,
    });
    const opened = store.getState().openBriefing('mini');
    store.getState().backToMenu();
    await opened;
    expect(store.getState()).toMatchObject({ screen: 'menu', selected: null, loading: false });
  });

  it('starts on the menu with default settings in the detected language', () => {
    const store = makeStore();
    expect(store.getState()).toMatchObject({ screen: 'menu', settings: { locale: 'fr', volume: 0.7, muted: false } });
  });

  it('goes from briefing to desk to debrief, and keeps the best result', async () => {
    const store = makeStore();
    store.getState().openBriefing('mini');
    expect(store.getState().screen).toBe('briefing');
    await store.getState().start();
    expect(store.getState().screen).toBe('desk');
    expect(store.getState().session?.seed).toBe(1234);
    // One real second is 30 game seconds at clock rate 30.
    for (let i = 0; i < 9; i++) store.getState().tick(250);
    expect(store.getState().clock).toBe(67.5);
    expect(store.getState().session?.feed.map((p) => p.id)).toEqual(['p1']);
    store.getState().choose('p1', 0);
    for (let i = 0; i < 200 && store.getState().screen === 'desk'; i++) {
      const s = store.getState().session!;
      const open = s.feed.find((p) => p.state === 'open');
      if (open) store.getState().choose(open.id, s.visibleOptions(open.id)[0]!.index);
      else store.getState().skipAhead();
      store.getState().tick(250);
    }
    const state = store.getState();
    expect(state.screen).toBe('debrief');
    expect(state.debrief?.ending.id).toBe('calm');
    expect(state.progress.mini).toEqual({ best: state.debrief!.card.scores.overall, plays: 1 });
  });

  it('counts at most one second of real time per frame', async () => {
    const store = makeStore();
    store.getState().openBriefing('mini');
    await store.getState().start();
    store.getState().tick(60_000);
    expect(store.getState().clock).toBe(30);
  });

  it('does not move game time while paused or off the desk', async () => {
    const store = makeStore();
    store.getState().tick(1000);
    expect(store.getState().clock).toBe(0);
    store.getState().openBriefing('mini');
    await store.getState().start();
    store.getState().setPaused(true);
    store.getState().tick(250);
    expect(store.getState().clock).toBe(0);
    store.getState().setPaused(false);
    store.getState().setTimescale(4);
    store.getState().tick(250);
    expect(store.getState().clock).toBe(30);
  });

  it('refuses absurd time scales', () => {
    const store = makeStore();
    for (const n of [0, -1, Number.NaN, 1000]) store.getState().setTimescale(n);
    expect(store.getState().timescale).toBe(1);
  });

  it('remembers settings and progress across stores (a reload)', () => {
    const storage = memoryStorage();
    makeStore(storage).getState().setSettings({ locale: 'en', muted: true, textScale: 1.5 });
    expect(makeStore(storage).getState().settings).toMatchObject({ locale: 'en', muted: true, textScale: 1.5 });
  });

  it('sets a corrupt save aside, tells the player and starts with defaults', () => {
    const storage = memoryStorage();
    storage.setItem('frontline.settings', '{"version":1,"locale":"xx"');
    storage.setItem('frontline.progress', '[1,2,3]');
    const store = makeStore(storage);
    expect(store.getState().settings.locale).toBe('fr');
    expect(store.getState().notice?.code).toBe('notice.saveSetAside');
    expect(storage.getItem('frontline.settings.corrupt')).toBe('{"version":1,"locale":"xx"');
    expect(storage.getItem('frontline.progress.corrupt')).toBe('[1,2,3]');
  });

  it('shows an error screen for an unknown scenario and a way back', () => {
    const store = makeStore();
    store.getState().openBriefing('does-not-exist');
    expect(store.getState()).toMatchObject({ screen: 'error', error: { code: 'error.unknownScenario', detail: 'does-not-exist' } });
    store.getState().backToMenu();
    expect(store.getState().screen).toBe('menu');
  });

  it('shows an error screen when a story cannot be loaded', async () => {
    const broken: ScenarioEntry = { ...entries[0]!, loadStory: { fr: async () => '{"not":"a story"}' } };
    const store = createGameStore({ scenarios: [broken], storage: memoryStorage(), defaultLocale: 'fr', newSeed: () => 1 });
    store.getState().openBriefing('mini');
    await store.getState().start();
    expect(store.getState().screen).toBe('error');
    expect(store.getState().error?.code).toBe('error.story');
  });

  it('merges the career with what another tab saved meanwhile', async () => {
    const storage = memoryStorage();
    // Another tab finished two scenarios since this one loaded its progress.
    const mine = makeStore(storage);
    storage.setItem(
      'frontline.progress',
      JSON.stringify({ version: 1, scenarios: { other: { best: 88, plays: 2 }, mini: { best: 99, plays: 4 } } }),
    );
    mine.getState().openBriefing('mini');
    await mine.getState().start();
    mine.getState().finish();
    const progress = mine.getState().progress;
    expect(progress.other).toEqual({ best: 88, plays: 2 });
    expect(progress.mini).toEqual({ best: 99, plays: 5 });
    expect(JSON.parse(storage.getItem('frontline.progress')!).scenarios).toEqual(progress);
  });

  it('keeps two stores independent', () => {
    const a = makeStore();
    const b = makeStore();
    a.getState().openBriefing('mini');
    expect(b.getState().screen).toBe('menu');
  });
});

describe('a written reply and its network', () => {
  it('refuses a public reply longer than the microblog allows, and sends the same words privately', async () => {
    const store = makeStore();
    store.getState().openBriefing('mini');
    await store.getState().start();
    for (let i = 0; i < 9; i++) {
      fakeNow += 250;
      store.getState().tick(250);
    }
    expect(store.getState().session!.feed.find((p) => p.id === 'p1')!.channel).toBe('microblog');
    const long = `Bonjour Ana, ${'nous sommes vraiment désolés pour ce souci. '.repeat(7)}`.trim();
    expect([...long].length).toBeGreaterThan(280);
    expect(store.getState().write('p1', long, 'reply')).toBe('over-limit');
    expect(store.getState().session!.decisions).toHaveLength(0);
    expect(store.getState().write('p1', long, 'dm')).toBe('sent');
  });
});

describe('saves and resume', () => {
  async function playSome(storage: ReturnType<typeof memoryStorage>) {
    const store = makeStore(storage);
    store.getState().openBriefing('mini');
    await store.getState().start();
    for (let i = 0; i < 9; i++) {
      fakeNow += 250;
      store.getState().tick(250);
    }
    store.getState().askHint('p1');
    store.getState().write('p1', 'Désolés pour ce souci, écrivez-nous en message privé.');
    for (let i = 0; i < 5; i++) {
      fakeNow += 250;
      store.getState().tick(250);
    }
    store.getState().saveNow(); // what the page does on pagehide
    return store;
  }

  it('resumes exactly where the player was after a reload', async () => {
    const storage = memoryStorage();
    const before = (await playSome(storage)).getState();
    const after = makeStore(storage);
    expect(await after.getState().restore()).toBe(true);
    const s = after.getState();
    expect(s.screen).toBe('desk');
    expect(s.paused).toBe(true);
    expect(s.notice?.code).toBe('notice.resumed');
    expect(s.clock).toBe(before.clock);
    expect(s.session!.log).toEqual(before.session!.log);
    expect(s.session!.decisions).toEqual(before.session!.decisions);
    expect(s.session!.feed.map((p) => [p.id, p.state])).toEqual(before.session!.feed.map((p) => [p.id, p.state]));
    expect(s.session!.meters).toEqual(before.session!.meters);
    expect(s.session!.hintsUsed).toBe(1);
  });

  it('resumes a written reply with the analysis it was given, whatever this version of the analyser says', async () => {
    const storage = memoryStorage();
    await playSome(storage);
    const run = JSON.parse(storage.getItem('frontline.run')!);
    const free = run.log.find((e: { type: string }) => e.type === 'free');
    // As an older analyser might have read it.
    free.analysis = { tone: 'neutral', diplomacy: 61, violations: [], intents: ['move-to-dm'] };
    storage.setItem('frontline.run', JSON.stringify(run));
    const after = makeStore(storage);
    expect(await after.getState().restore()).toBe(true);
    const decision = after.getState().session!.decisions.find((d) => d.source === 'free');
    expect(decision?.analysis).toEqual(free.analysis);
    expect(decision?.tone).toBe('neutral');
  });

  it('forgets the run once the scenario is finished or abandoned', async () => {
    const storage = memoryStorage();
    const store = await playSome(storage);
    store.getState().backToMenu();
    expect(storage.getItem('frontline.run')).toBeNull();
    expect(await makeStore(storage).getState().restore()).toBe(false);
  });

  it('sets aside a corrupt or inconsistent run and carries on', async () => {
    const storage = memoryStorage();
    await playSome(storage);
    const run = JSON.parse(storage.getItem('frontline.run')!);
    run.log.push({ type: 'option', postId: 'nope', index: 3, text: '', t: 10, at: 0 });
    storage.setItem('frontline.run', JSON.stringify(run));
    const store = makeStore(storage);
    expect(await store.getState().restore()).toBe(false);
    expect(store.getState().screen).toBe('menu');
    expect(store.getState().notice?.code).toBe('notice.runSetAside');
    expect(storage.getItem('frontline.run.corrupt')).not.toBeNull();
    storage.setItem('frontline.run', '{"version":1,"log":"oops"');
    const again = makeStore(storage);
    expect(await again.getState().restore()).toBe(false);
    expect(again.getState().notice?.code).toBe('notice.saveSetAside');
  });

  it('warns at once when the browser refuses to save, offers the run, and saves it all once there is room again', async () => {
    const backend = memoryStorage();
    let full = false;
    const storage = {
      ...backend,
      setItem: (k: string, v: string) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        backend.setItem(k, v);
      },
    };
    const store = makeStore(storage);
    store.getState().openBriefing('mini');
    await store.getState().start();
    for (let i = 0; i < 9; i++) store.getState().tick(250);
    full = true;
    store.getState().write('p1', 'Désolés pour ce souci, écrivez-nous en message privé.');
    expect(store.getState().saveFailing).toBe(true);
    const offered = store.getState().runToDownload();
    expect(JSON.parse(offered!.text).log.some((e: { type: string }) => e.type === 'free')).toBe(true);
    full = false;
    store.getState().tick(250);
    store.getState().saveNow();
    expect(store.getState().saveFailing).toBe(false);
    const saved = JSON.parse(backend.getItem('frontline.run')!);
    expect(saved.log.some((e: { type: string }) => e.type === 'free')).toBe(true);
  });

  it('leaves a run that another tab is playing alone, and says so', async () => {
    const storage = memoryStorage();
    await playSome(storage);
    const taken = { acquire: async () => false, release: () => {} };
    const second = createGameStore({
      scenarios: entries,
      storage,
      defaultLocale: 'fr',
      newSeed: () => 1,
      now: () => fakeNow,
      runLock: taken,
    });
    const saved = storage.getItem('frontline.run');
    expect(await second.getState().restore()).toBe(false);
    expect(second.getState().notice?.code).toBe('notice.runElsewhere');
    second.getState().openBriefing('mini');
    await second.getState().start();
    expect(second.getState().screen).toBe('error');
    expect(second.getState().error?.code).toBe('error.runElsewhere');
    expect(storage.getItem('frontline.run')).toBe(saved);
    expect(storage.getItem('frontline.run.corrupt')).toBeNull();
  });

  it('keeps the reply being written across a reload, and forgets it once sent', async () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    store.getState().openBriefing('mini');
    await store.getState().start();
    for (let i = 0; i < 9; i++) {
      fakeNow += 250;
      store.getState().tick(250);
    }
    expect(composerDraft(store.getState())).toBeNull();
    store.getState().keepDraft('p1', 'Bonjour Ana, désolés pour', 'dm', 0);
    expect(composerDraft(store.getState(), 'p1')).toMatchObject({ text: 'Bonjour Ana, désolés pour', destination: 'dm' });
    expect(composerDraft(store.getState(), 'p2')).toBeNull();
    store.getState().saveNow();

    const after = makeStore(storage);
    expect(await after.getState().restore()).toBe(true);
    expect(composerDraft(after.getState())).toMatchObject({ postId: 'p1', text: 'Bonjour Ana, désolés pour', destination: 'dm' });
    // Emptied: forgotten.
    after.getState().keepDraft('p1', '   ', 'reply', 0);
    expect(composerDraft(after.getState())).toBeNull();
    expect(storage.getItem('frontline.draft')).toBeNull();
    after.getState().keepDraft('p1', 'Bonjour Ana, désolés pour ce souci.', 'dm', 0);
    expect(after.getState().write('p1', 'Bonjour Ana, désolés pour ce souci. Écrivez-nous en privé.', 'dm')).toBe('sent');
    expect(composerDraft(after.getState())).toBeNull();
    expect(storage.getItem('frontline.draft')).toBeNull();

    // A draft left from another run never comes back into this one.
    after.getState().keepDraft('p1', 'ancien brouillon', 'reply', 0);
    after.getState().backToMenu();
    expect(storage.getItem('frontline.draft')).toBeNull();
    storage.setItem(
      'frontline.draft',
      JSON.stringify({
        version: 1,
        scenario: 'mini',
        seed: 1234,
        startedAt: 'yesterday',
        postId: 'p1',
        text: 'vieux',
        destination: 'reply',
        pasted: 0,
      }),
    );
    const third = makeStore(storage);
    third.getState().openBriefing('mini');
    await third.getState().start();
    expect(composerDraft(third.getState())).toBeNull();
    expect(storage.getItem('frontline.draft')).toBeNull();
  });

  it('keeps the finished reports in the browser, newest first', async () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    for (let round = 0; round < 2; round++) {
      store.getState().openBriefing('mini');
      await store.getState().start();
      for (let i = 0; i < 400 && store.getState().screen === 'desk'; i++) {
        fakeNow += 250;
        const s = store.getState().session!;
        const open = s.feed.find((p) => p.state === 'open');
        if (open) store.getState().choose(open.id, s.visibleOptions(open.id)[0]!.index);
        store.getState().skipAhead();
        store.getState().tick(1000);
      }
    }
    const reports = store.getState().savedReports();
    expect(reports).toHaveLength(2);
    expect(reports[0]!.finishedAt >= reports[1]!.finishedAt).toBe(true);
    expect(store.getState().debrief?.report.scores).toEqual(reports[0]!.scores);
  });
});

describe('deep links', () => {
  it.each([
    [
      '?scenario=defect-crisis&lang=fr&timescale=4',
      { exam: null, scenario: 'defect-crisis', lang: 'fr', timescale: 4, seed: null, variant: null, hubExam: null },
    ],
    ['?timescale=-2&seed=abc', { exam: null, scenario: null, lang: null, timescale: null, seed: null, variant: null, hubExam: null }],
    ['?seed=42', { exam: null, scenario: null, lang: null, timescale: null, seed: 42, variant: null, hubExam: null }],
    [
      '?exam=exams/hr.json',
      { exam: { url: 'exams/hr.json' }, scenario: null, lang: null, timescale: null, seed: null, variant: null, hubExam: null },
    ],
    ['', { exam: null, scenario: null, lang: null, timescale: null, seed: null, variant: null, hubExam: null }],
  ])('reads %s', (search, link) => expect(readDeepLink(search)).toEqual(link));

  it('reads a hub exam’s invitation from the fragment only', () => {
    expect(readDeepLink('?lang=en', '#hub-exam=0b9e7a52-1d1c-4c39-9e0e-5a3c1f2b4d6e.abc_DEF-123').hubExam).toBe(
      '0b9e7a52-1d1c-4c39-9e0e-5a3c1f2b4d6e.abc_DEF-123',
    );
    // Cut short, it is still a hub link (the hub says it does not know it); in the query, it is none.
    expect(readDeepLink('', '#hub-exam=').hubExam).toBe('');
    expect(readDeepLink('?hub-exam=x').hubExam).toBeNull();
  });

  it('reads an exam carried in the link', () => {
    expect(readDeepLink('', '#exam=eyJhIjoxfQ').exam).toEqual({ code: 'eyJhIjoxfQ' });
  });

  it('reads an exam link left empty as one cut short, not as no exam', () => {
    for (const [search, hash] of [
      ['', '#exam='],
      ['', '#exam'],
      ['?exam=', ''],
    ])
      expect(readDeepLink(search!, hash).exam).toEqual({ code: '' });
    expect(readDeepLink('', '#other=1').exam).toBeNull();
  });
});
