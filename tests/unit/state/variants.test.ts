/**
 * Issue #19: scenario variants in the store. A training briefing draws a fresh variant (an injected seed
 * source, never Math.random), shows the scenario's texts as it fills them in and the run plays it; a
 * replay draws another; a variant pinned by the deep link is kept; a resumed run keeps the one it
 * started with; an exam gives the candidate theirs; a scenario without variants plays as written.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioEntry, ScenarioListing } from '../../../src/content/catalog';
import { CARD_FIELDS, cardOf } from '../../../src/content/catalog';
import type { Manifest } from '../../../src/content/schema';
import { examVariant } from '../../../src/engine/exam-rules';
import { drawVariant, variantCode } from '../../../src/engine/variant';
import { readDeepLink, scenarioLink } from '../../../src/platform/deeplink';
import { memoryStorage } from '../../../src/platform/storage';
import type { Exam } from '../../../src/records/exam-file';
import { type GameStore, createGameStore, scenarioManifest } from '../../../src/state';
import { fixtureLibrary } from '../../support/helpers';

const mini = fixtureLibrary().scenarios[0]!;
/** The fixture scenario with variants: a product in its texts, and Ana drawn among three identities. */
const varied: Manifest = {
  ...mini.manifest,
  id: 'varied',
  summary: { fr: 'Livraison : {product}.', en: 'Your {product} arrives.' },
  learningPoints: { fr: ['Le {product} compte'], en: ['The {product} matters'] },
  variants: {
    values: { product: { fr: ['le Zadig', 'le Nomade', 'l’Odyssée'], en: ['Zadig', 'Nomad', 'Odyssey'] } },
    personas: {
      ana: [
        { name: 'Ana Test', handle: '@ana' },
        { name: 'Inès Moreau', handle: '@ines_m' },
        { name: 'Chloé Garnier', handle: '@chloe.g' },
      ],
    },
  },
};
const entry = (manifest: Manifest): ScenarioEntry => ({
  manifest,
  charter: mini.charter,
  loadStory: { fr: async () => mini.stories.fr, en: async () => mini.stories.en },
});
const entries = [entry(mini.manifest), entry(varied)];

const now = () => 1_700_000_000_000;
/** A store whose seed source hands out `seeds` in turn (then 1), and counts its calls. */
function makeStore(seeds: number[] = [], storage = memoryStorage(), scenarios: (ScenarioEntry | ScenarioListing)[] = entries) {
  const drawn: number[] = [];
  const store = createGameStore({
    scenarios,
    storage,
    defaultLocale: 'en',
    newSeed: () => {
      const s = seeds.shift() ?? 1;
      drawn.push(s);
      return s;
    },
    now,
  });
  return { store, drawn };
}

/** Answers every post with its first option until the debrief shows. */
function playToDebrief(store: GameStore): void {
  for (let i = 0; i < 400 && store.getState().screen === 'desk'; i++) {
    const s = store.getState().session!;
    const open = s.feed.find((p) => p.state === 'open');
    if (open) store.getState().choose(open.id, s.visibleOptions(open.id)[0]!.index);
    store.getState().skipAhead();
    store.getState().tick(1000);
  }
  expect(store.getState().screen).toBe('debrief');
}

describe('variants in training', () => {
  it('draws a variant when a briefing opens, shows the briefing with it, and the run plays it', async () => {
    const { store, drawn } = makeStore([0x0a4f1c09, 555]);
    await store.getState().openBriefing('varied');
    expect(store.getState().variant).toBe(0x0a4f1c09);
    const draw = drawVariant(varied, 'en', 0x0a4f1c09);
    // The briefing selector fills the texts in; the scenario's own manifest stays as written.
    const shown = scenarioManifest(store.getState())!;
    expect(shown.summary.en).toBe(`Your ${draw.variables.product} arrives.`);
    expect(shown.summary.fr).toBe(`Livraison : ${drawVariant(varied, 'fr', 0x0a4f1c09).variables.product}.`);
    expect(shown.personas.find((p) => p.id === 'ana')!.name).toBe(draw.personas.ana!.name);
    expect(store.getState().selected!.manifest.summary.en).toBe('Your {product} arrives.');
    expect(scenarioManifest(store.getState())).toBe(shown);

    await store.getState().start();
    const session = store.getState().session!;
    expect(session.seed).toBe(555);
    expect(session.variant?.seed).toBe(0x0a4f1c09);
    expect(session.log[0]).toMatchObject({ type: 'start', variant: 0x0a4f1c09 });
    expect(drawn).toEqual([0x0a4f1c09, 555]);
  });

  it('a replay from the debrief draws a new variant; the debrief names the one played, by what it changed', async () => {
    /** The first variant seed whose draw picks these positions (0: as written). */
    const seedFor = (product: number, ana: number) =>
      Array.from({ length: 500 }, (_, i) => i).find((i) => {
        const { picks } = drawVariant(varied, 'en', i);
        return picks['value:product'] === product && picks['persona:ana'] === ana;
      })!;
    const changed = seedFor(2, 1);
    const asWritten = seedFor(0, 0);
    const { store } = makeStore([changed, 2, asWritten, 3]);
    await store.getState().openBriefing('varied');
    await store.getState().start();
    playToDebrief(store);
    const debrief = store.getState().debrief!;
    expect(debrief.variant).toEqual({
      code: variantCode(changed),
      personas: [{ written: 'Ana', name: 'Inès Moreau', handle: '@ines_m' }],
      values: [{ name: 'product', written: { fr: 'le Zadig', en: 'Zadig' }, value: { fr: 'l’Odyssée', en: 'Odyssey' } }],
      linkable: true,
    });
    expect(debrief.report.log[0]).toMatchObject({ variant: changed });
    // The debrief's texts are the variant's too.
    expect(scenarioManifest(store.getState())!.learningPoints.en).toEqual(['The Odyssey matters']);

    // "Play again" opens the briefing again: a new variant, and the next run plays it.
    await store.getState().openBriefing('varied');
    expect(store.getState().variant).toBe(asWritten);
    await store.getState().start();
    expect(store.getState().session!.variant?.seed).toBe(asWritten);
    playToDebrief(store);
    // A draw that left every name and figure as written still has its code (its wording may differ).
    expect(store.getState().debrief!.variant).toEqual({ code: variantCode(asWritten), personas: [], values: [], linkable: true });
  });

  it('plays a scenario without variants as written, drawing nothing for it', async () => {
    const { store, drawn } = makeStore([77]);
    await store.getState().openBriefing('mini');
    expect(store.getState().variant).toBeNull();
    expect(scenarioManifest(store.getState())).toBe(mini.manifest);
    await store.getState().start();
    const session = store.getState().session!;
    expect(session.variant).toBeNull();
    expect(session.log[0]).not.toHaveProperty('variant');
    // The only seed drawn is the community's.
    expect(drawn).toEqual([77]);
    playToDebrief(store);
    expect(store.getState().debrief!.variant).toBeNull();
  });

  it('lists a scenario with variants on the menu with its first values, not its placeholders', () => {
    const { store, drawn } = makeStore();
    const card = store.getState().scenarios.find((s) => s.manifest.id === 'varied')!.manifest;
    expect(card.summary).toEqual({ fr: 'Livraison : le Zadig.', en: 'Your Zadig arrives.' });
    expect(card).not.toHaveProperty('personas');
    expect(cardOf(mini.manifest)).toEqual(Object.fromEntries(CARD_FIELDS.map((f) => [f, mini.manifest[f]])));
    expect(drawn).toEqual([]);
  });

  it('draws the variant once a lazily listed scenario’s data has loaded', async () => {
    const listings: ScenarioListing[] = entries.map((e) => ({
      manifest: Object.fromEntries(CARD_FIELDS.map((f) => [f, e.manifest[f]])) as unknown as ScenarioListing['manifest'],
      loadStory: e.loadStory,
      content: async () => ({ manifest: e.manifest, charter: e.charter }),
    }));
    const { store } = makeStore([42], memoryStorage(), listings);
    const opened = store.getState().openBriefing('varied');
    expect(store.getState()).toMatchObject({ loading: true, variant: null });
    await opened;
    expect(store.getState()).toMatchObject({ loading: false, variant: 42 });
    expect(scenarioManifest(store.getState())!.summary.en).toBe(`Your ${drawVariant(varied, 'en', 42).variables.product} arrives.`);
  });
});

describe('a variant pinned by the deep link', () => {
  it('reads `&variant=` as 8 hex digits, and builds the link that pins it', () => {
    expect(readDeepLink('?scenario=varied&variant=0a4f1c09').variant).toBe(0x0a4f1c09);
    expect(readDeepLink('?variant=FFFFFFFF').variant).toBe(0xffffffff);
    for (const bad of ['?variant=0a4f1c0', '?variant=0a4f1c099', '?variant=0x4f1c09', '?variant=', '?variant=zzzzzzzz', ''])
      expect(readDeepLink(bad).variant).toBeNull();
    const link = scenarioLink('https://example.org/game/index.html?seed=4&scenario=old#x', {
      scenario: 'varied',
      lang: 'fr',
      variant: '0a4f1c09',
    });
    expect(link).toBe('https://example.org/game/index.html?scenario=varied&lang=fr&variant=0a4f1c09');
    expect(readDeepLink(new URL(link).search)).toMatchObject({ scenario: 'varied', lang: 'fr', variant: 0x0a4f1c09, seed: null });
  });

  it('gives every run that variant, replays included, and leaves scenarios without variants as written', async () => {
    const { store, drawn } = makeStore([5, 6, 7]);
    store.setState({ forcedVariant: readDeepLink('?scenario=varied&variant=0a4f1c09').variant });
    await store.getState().openBriefing('varied');
    expect(store.getState().variant).toBe(0x0a4f1c09);
    await store.getState().start();
    expect(store.getState().session!.variant?.seed).toBe(0x0a4f1c09);
    playToDebrief(store);
    expect(store.getState().debrief!.variant?.code).toBe('0a4f1c09');
    await store.getState().openBriefing('varied');
    expect(store.getState().variant).toBe(0x0a4f1c09);
    await store.getState().openBriefing('mini');
    expect(store.getState().variant).toBeNull();
    await store.getState().start();
    expect(store.getState().session!.variant).toBeNull();
    // Only community seeds were drawn: the variant came from the link.
    expect(drawn).toEqual([5, 6]);
  });
});

describe('a resumed run', () => {
  it('keeps the variant it started with (its log’s start entry carries it)', async () => {
    const storage = memoryStorage();
    const first = makeStore([31, 9], storage).store;
    await first.getState().openBriefing('varied');
    await first.getState().start();
    first.getState().tick(1000);
    first.getState().tick(1000);
    first.getState().tick(1000);
    const open = first.getState().session!.feed.find((p) => p.state === 'open')!;
    first.getState().choose(open.id, first.getState().session!.visibleOptions(open.id)[0]!.index);
    first.getState().saveNow();
    const feedBefore = first.getState().session!.feed.map((p) => p.persona.name);

    // A reload: the new page's seed source would draw something else.
    const { store, drawn } = makeStore([999, 998], storage);
    expect(await store.getState().restore()).toBe(true);
    const session = store.getState().session!;
    expect(session.variant?.seed).toBe(31);
    expect(session.feed.map((p) => p.persona.name)).toEqual(feedBefore);
    expect(store.getState().variant).toBe(31);
    expect(scenarioManifest(store.getState())!.summary.en).toBe(`Your ${drawVariant(varied, 'en', 31).variables.product} arrives.`);
    expect(drawn).toEqual([]);
  });
});

describe('variants in an exam', () => {
  const exam: Exam = {
    format: 'frontline-exam',
    version: 2,
    id: 'hr-2026',
    title: 'Recrutement CM',
    locale: 'en',
    seed: 77,
    scenarios: ['varied'],
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
  const sit = async (spec: Exam, candidate: Record<string, string>) => {
    const { store, drawn } = makeStore([4, 5, 6]);
    // A pinned training variant has no say in an exam.
    store.setState({ forcedVariant: 0x0a4f1c09 });
    expect(store.getState().loadExam(JSON.stringify(spec), 'exam.json')).toBeNull();
    expect(store.getState().beginExam(candidate)).toEqual([]);
    expect(store.getState().screen).toBe('briefing');
    // The candidate's details are set before the first scenario's briefing draws its variant.
    expect(store.getState().exam!.candidate).toEqual(candidate);
    const briefing = store.getState().variant;
    await store.getState().start();
    return { store, drawn, briefing, session: store.getState().session! };
  };

  it('gives each candidate their own variant, the one the verifier draws again, on the briefing and in the run', async () => {
    const camille = { name: 'Camille Dupont', email: 'camille@example.org' };
    const sam = { name: 'Sam Martin', email: 'sam@example.org' };
    const a = await sit(exam, camille);
    const b = await sit(exam, sam);
    expect(a.briefing).toBe(examVariant(exam, 'varied', camille));
    expect(a.session.variant?.seed).toBe(a.briefing);
    expect(b.session.variant?.seed).toBe(examVariant(exam, 'varied', sam));
    expect(a.briefing).not.toBe(b.briefing);
    expect(a.session.log[0]).toMatchObject({ type: 'start', variant: a.briefing });
    // No training seed drawn for the variant (the community seed is the exam's too).
    expect(a.drawn).toEqual([4]);
  });

  it('gives everyone the same variant when the exam says so, and none to an exam made before variants', async () => {
    const shared = { ...exam, variants: 'shared' as const };
    const a = await sit(shared, { name: 'Camille Dupont', email: 'camille@example.org' });
    const b = await sit(shared, { name: 'Sam Martin', email: 'sam@example.org' });
    expect(a.session.variant?.seed).toBe(b.session.variant?.seed);
    const old = await sit({ ...exam, variants: 'none' }, { name: 'Camille Dupont', email: 'camille@example.org' });
    expect(old.briefing).toBeNull();
    expect(old.session.variant).toBeNull();
  });
});
