/**
 * Persistence: resuming a run saved in progress, the settings, the reports kept in the browser.
 * Storage itself is reached only through `Saves` (saves.ts).
 */
import { DRAFT_VERSION, type Draft } from '../records/draft';
import { MAX_TEXT } from '../records/domain';
import { Saves } from './saves';
import type { Game, SliceContext } from './types';
import { nextInExam } from './exam-slice';

type PersistenceSlice = Pick<
  Game,
  'settings' | 'progress' | 'saveFailing' | 'draft' | 'setSettings' | 'restore' | 'saveNow' | 'runToDownload' | 'savedReports' | 'keepDraft'
>;

/** Whether a kept draft belongs to this run (the same scenario, seed and start). */
const draftOf = (draft: Draft | null, run: { scenario: string; seed: number; startedAt: string }): Draft | null =>
  draft && draft.scenario === run.scenario && draft.seed === run.seed && draft.startedAt === run.startedAt ? draft : null;

export function persistenceSlice(ctx: SliceContext): PersistenceSlice {
  const { set, get, saves, now } = ctx;
  // Told at once when a write is refused, and when one goes through again (the next write always retries).
  saves.onWrite = (ok) => set({ saveFailing: !ok });

  /** Rebuilds the run saved in progress by replaying its log; sets it aside when that fails. */
  const restoreRun = async (): Promise<boolean> => {
    if (saves.run.status !== 'ok') return false;
    const run = saves.run.value;
    // Another tab is playing this run: say so, and leave its save alone.
    if (!(await ctx.runLock.acquire())) {
      set({ notice: { code: 'notice.runElsewhere' } });
      return false;
    }
    const listing = get().scenarios.find((s) => s.manifest.id === run.scenario);
    const load = listing?.loadStory[run.locale];
    const setRunAside = (reason: string) => {
      saves.setRunAside(run);
      set({ notice: { code: 'notice.runSetAside', detail: reason } });
      return false;
    };
    if (!listing || !load) return setRunAside(`${run.scenario}: not in this version of the game`);
    if (listing.manifest.version !== run.scenarioVersion)
      return setRunAside(`${run.scenario}: the scenario changed since this game was saved`);
    try {
      const [story, { replaySession }, selected, replyModel] = await Promise.all([
        load(),
        import('../engine/replay'),
        ctx.loader.entry(listing),
        ctx.replyModel(),
      ]);
      const exam = run.mode === 'exam' ? get().exam?.exam : undefined;
      const { session, problems } = replaySession(
        { manifest: selected.manifest, charter: selected.charter, ...(selected.brands ? { brands: selected.brands } : {}), story },
        {
          ...run,
          recordedAnalyses: true,
          ...(exam?.weights ? { weights: exam.weights } : {}),
          ...(exam?.freeTextRequired ? { freeTextRequired: true } : {}),
        },
        replyModel,
      );
      if (problems.length > 0) return setRunAside(problems.join('; '));
      session.advance(run.clock);
      session.setRealClock(now);
      // The reply being written when the page was left comes back with its run.
      const draft = draftOf(saves.draft, run);
      if (!draft) saves.saveDraft(null);
      set({
        draft,
        selected,
        session,
        // The run keeps the variant it started with (its log's start entry carries it).
        variant: session.variant?.seed ?? null,
        mode: run.mode,
        startedAt: run.startedAt,
        screen: 'desk',
        clock: session.now,
        version: session.version,
        paused: run.mode === 'training',
        settings: { ...get().settings, locale: run.locale },
        notice: { code: 'notice.resumed' },
      });
      return true;
    } catch (e) {
      return setRunAside((e as Error).message);
    }
  };

  return {
    settings: saves.settings,
    progress: saves.progress,
    saveFailing: false,
    draft: null,

    setSettings(patch) {
      const settings = { ...get().settings, ...patch };
      set({ settings });
      saves.saveSettings(settings);
    },

    async restore() {
      const resumed = await restoreRun();
      const exam = get().exam;
      if (!resumed && exam) {
        // Between two scenarios of an exam: back to where the candidate was, the clock still running.
        set({ mode: 'exam', settings: { ...get().settings, locale: exam.exam.locale } });
        if (exam.startedAt === null) set({ screen: 'exam' });
        else if (exam.finishedAt !== null) set({ screen: 'exam-end' });
        // On a hub: the scenario the hub released and not begun yet opens its briefing (its clock is the
        // hub's); one played is closed on the hub, which answers the next or the end.
        else if (exam.hub?.scenario && exam.hub.sent === 0) void get().openBriefing(exam.hub.scenario.id);
        else if (exam.hub) set({ screen: 'exam-end' });
        else nextInExam(ctx, exam);
      }
      // On a hub, what was queued before the reload is sent now.
      if (exam?.hub && exam.finishedAt === null) void ctx.hub().then((hub) => hub.resume());
      return resumed || exam !== null;
    },

    saveNow() {
      const { session, mode, startedAt } = get();
      if (session) saves.saveRun(session, { mode, startedAt: startedAt ?? ctx.iso() }, now(), true);
    },

    runToDownload() {
      const { session, mode, startedAt } = get();
      if (!session) return null;
      const run = Saves.runOf(session, { mode, startedAt: startedAt ?? ctx.iso() });
      return { name: `frontline-run-${run.scenario}-${run.seed}.json`, text: JSON.stringify(run) };
    },

    savedReports() {
      return saves.reports();
    },

    keepDraft(postId, text, destination, pasted) {
      const { session, startedAt } = get();
      if (!session || session.ended || get().screen !== 'desk') return;
      const draft: Draft | null =
        text.trim() === ''
          ? null
          : {
              version: DRAFT_VERSION,
              scenario: session.manifest.id,
              seed: session.seed,
              startedAt: startedAt ?? '',
              postId,
              text: text.slice(0, MAX_TEXT),
              destination: destination.slice(0, 64),
              pasted: Math.min(1_000_000, Math.max(0, Math.round(pasted) || 0)),
            };
      if (!draft && !get().draft) return;
      saves.saveDraft(draft);
      set({ draft });
    },
  };
}
