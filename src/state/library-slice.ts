/**
 * The scenario library: the menu's cards, the scenario opened on the briefing (its data loaded on
 * demand), and teachers' own scenarios compiled in the browser.
 */
import { type ScenarioContent, type ScenarioEntry, type ScenarioListing, listed } from '../content/catalog';
import { examVariant } from '../engine/exam-rules';
import type { Game, SliceContext } from './types';

/** Loads each listed scenario's data once. */
export class ScenarioLoader {
  private readonly loaded = new WeakMap<ScenarioListing, ScenarioContent>();

  /** The scenario with its data, when already at hand. */
  ready(l: ScenarioListing): ScenarioEntry | null {
    const content = typeof l.content === 'function' ? this.loaded.get(l) : l.content;
    return content ? this.entryOf(l, content) : null;
  }

  async entry(l: ScenarioListing): Promise<ScenarioEntry> {
    if (typeof l.content !== 'function') return this.entryOf(l, l.content);
    const content = this.loaded.get(l) ?? (await l.content());
    this.loaded.set(l, content);
    return this.entryOf(l, content);
  }

  private entryOf(l: ScenarioListing, content: ScenarioContent): ScenarioEntry {
    return { ...content, loadStory: l.loadStory, ...(l.custom ? { custom: true } : {}) };
  }
}

type LibrarySlice = Pick<Game, 'scenarios' | 'selected' | 'loading' | 'openBriefing' | 'preload' | 'loadCustom' | 'backToMenu'>;

export function librarySlice(ctx: SliceContext): LibrarySlice {
  const { set, get, loader } = ctx;
  /** The latest briefing asked for: an earlier one still loading is not shown. */
  let opening = 0;

  /**
   * The variant the briefing of `id` shows and its run plays: in an exam, the candidate's (from the exam's
   * seed and their details, as the verifier draws it again); in training, the one the deep link pinned,
   * else a fresh one each time — but only for a scenario that declares variants (`entry`: its data, null
   * while it loads). Null: the scenario as written.
   */
  const variantFor = (id: string, entry: ScenarioEntry | null): number | null => {
    const { mode, exam, forcedVariant } = get();
    if (mode === 'exam' && exam) return examVariant(exam.exam, id, exam.candidate) ?? null;
    return entry?.manifest.variants ? (forcedVariant ?? ctx.deps.newSeed()) : null;
  };

  return {
    scenarios: ctx.deps.scenarios.map((s) => ('content' in s ? s : listed(s))),
    selected: null,
    loading: false,

    openBriefing(id) {
      const listing = get().scenarios.find((s) => s.manifest.id === id);
      const ticket = ++opening;
      if (!listing) {
        get().fail('error.unknownScenario', id);
        return Promise.resolve();
      }
      const ready = loader.ready(listing);
      const variant = variantFor(id, ready);
      set({ selected: ready, variant, screen: 'briefing', session: null, debrief: null, paused: false, loading: !ready });
      if (ready) return Promise.resolve();
      return loader.entry(listing).then(
        (selected) => {
          if (ticket === opening && get().screen === 'briefing')
            set({ selected, variant: variant ?? variantFor(id, selected), loading: false });
        },
        (e: unknown) => {
          if (ticket === opening) get().fail('error.story', `${id}: ${(e as Error).message}`);
        },
      );
    },

    async preload() {
      await Promise.all(get().scenarios.map((l) => loader.entry(l)));
    },

    backToMenu() {
      // An exam cannot be left before its end.
      if (get().exam && get().exam?.finishedAt === null && get().screen !== 'error') return;
      // Leaving a scenario abandons it: nothing to resume.
      if (get().session) {
        ctx.saves.clearRun();
        ctx.runLock.release();
      }
      opening++;
      set({ screen: 'menu', session: null, selected: null, variant: null, error: null, paused: false, loading: false });
    },

    async loadCustom(files) {
      try {
        // The ink compiler comes with this chunk, loaded only now.
        const { buildCustomScenario } = await import('../authoring/custom-scenario');
        const result = buildCustomScenario(files, get().settings.locale);
        if (!result.ok) return result.problems;
        const entry = listed({ ...result.entry, custom: true });
        set({ scenarios: [...get().scenarios.filter((e) => e.manifest.id !== entry.manifest.id), entry] });
        get().openBriefing(entry.manifest.id);
        return [];
      } catch (e) {
        return [`${(e as Error).message}`];
      }
    },
  };
}
