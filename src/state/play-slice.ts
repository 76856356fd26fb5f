/**
 * The play loop: starting a scenario, game time, the player's decisions, and the end of a scenario
 * (its report saved, the career updated, the debrief shown; in an exam, on to the next scenario).
 */
import { examConditions, timeLeft } from '../engine/exam-rules';
import { buildReport } from '../engine/build-report';
import { debriefOf } from './debrief';
import { parseDestination, publicReplyLimit } from './selectors';
import { storyGuard } from './story-guard';
import { examSessionDone, saveExam } from './exam-slice';
import type { Game, SliceContext, WriteOptions, WriteResult } from './types';
import type { Exam } from '../records/exam-file';
import type { HubLink } from '../records/exam-run';

/** A hub scenario's session conditions: the hub's seed and variant, the exam's weights and written replies. */
const hubConditions = (exam: Exam, scenario: NonNullable<HubLink['scenario']>) => ({
  seed: scenario.seed,
  ...(scenario.variant !== undefined ? { variant: scenario.variant } : {}),
  ...(exam.weights ? { weights: exam.weights } : {}),
  ...(exam.freeTextRequired ? { freeTextRequired: true } : {}),
});

/** The longest real time one frame may advance the game. */
export const MAX_FRAME_MS = 1000;
/** Time away from the page (real ms) below which an exam logs nothing: a blink is not a signal. */
export const AWAY_MIN_MS = 1000;

type PlayState =
  'session' | 'clock' | 'version' | 'paused' | 'timescale' | 'forcedSeed' | 'variant' | 'forcedVariant' | 'startedAt' | 'debrief';
type PlayActions =
  'start' | 'tick' | 'choose' | 'write' | 'noteAway' | 'askHint' | 'skipAhead' | 'setPaused' | 'finish' | 'setTimescale' | 'receiveInject';

export function playSlice(ctx: SliceContext): Pick<Game, PlayState | PlayActions> {
  const { set, get, now, saves } = ctx;
  const training = () => get().mode === 'training';
  /** Tells subscribers the session moved; saves it (at once when its log grew: a decision, a post). */
  const publish = () => {
    const { session, mode, startedAt } = get();
    if (!session) return;
    set({ clock: session.now, version: session.version });
    // The community's chatter follows from the seed on replay, so it does not need a save every frame.
    const grew = saves.logGrew(session);
    saves.saveRun(session, { mode, startedAt: startedAt ?? ctx.iso() }, now(), grew);
    // On a hub, each act goes to the hub as it happens.
    if (grew && get().exam?.hub) void ctx.hub().then((hub) => hub.forward());
    if (session.ended) get().finish();
  };
  const live = () => (get().screen === 'desk' ? get().session : null);
  const guarded = storyGuard(ctx);

  return {
    session: null,
    clock: 0,
    version: 0,
    paused: false,
    timescale: 1,
    forcedSeed: null,
    variant: null,
    forcedVariant: null,
    startedAt: null,
    debrief: null,

    async start() {
      const { selected, settings, forcedSeed, variant } = get();
      if (!selected) return;
      const load = selected.loadStory[settings.locale];
      if (!load) {
        get().fail('error.noLocale', `${selected.manifest.id} (${settings.locale})`);
        return;
      }
      // Another tab is playing a run: starting here would replace its save.
      if (!(await ctx.runLock.acquire())) {
        get().fail('error.runElsewhere', `${selected.manifest.id}`, 'error.runElsewhereAdvice');
        return;
      }
      set({ loading: true, draft: null });
      saves.saveDraft(null);
      try {
        // The engine (ink runtime, simulation, analysis, scoring) is its own chunk, loaded on first play.
        const [story, { Session }, replyModel] = await Promise.all([load(), import('../engine/session'), ctx.replyModel()]);
        const exam = get().exam;
        const session = new Session({
          manifest: selected.manifest,
          charter: selected.charter,
          ...(selected.brands ? { brands: selected.brands } : {}),
          story,
          locale: settings.locale,
          realClock: now,
          replyModel,
          seed: forcedSeed ?? ctx.deps.newSeed(),
          // An exam fixes the variant from the candidate's details (on a hub, the hub gives seed and variant);
          // training plays the one its briefing showed.
          ...(exam?.hub?.scenario
            ? hubConditions(exam.exam, exam.hub.scenario)
            : exam
              ? examConditions(exam.exam, selected.manifest.id, exam.candidate)
              : variant !== null && selected.manifest.variants
                ? { variant }
                : {}),
        });
        // A hub's scenario runs on the hub's clock, started when the hub released it.
        if (exam && !exam.hub) saveExam(ctx, { ...exam, scenarioStartedAt: now() });
        set({ session, screen: 'desk', clock: session.now, version: session.version, paused: false, loading: false, startedAt: ctx.iso() });
        get().saveNow();
      } catch (e) {
        set({ loading: false });
        get().fail('error.story', `${selected.manifest.id}: ${(e as Error).message}`);
      }
    },

    tick: guarded((realMs: number) => {
      const { session, paused, screen, timescale, exam } = get();
      if (!session || paused || screen !== 'desk' || !(realMs > 0)) return;
      if (exam) {
        set({ realNow: now() });
        if (timeLeft(exam, now()).scenario <= 0) {
          session.expire();
          publish();
          return;
        }
      }
      // Game time follows real time, not the frame rate; a frame longer than a second (a tab in the
      // background) only counts for one, so posts never pile up unseen.
      const dt = Math.min(realMs, MAX_FRAME_MS) / 1000;
      session.advance(session.now + dt * session.manifest.clockRate * timescale);
      publish();
    }, undefined),

    choose: guarded((postId: string, index: number) => {
      if (live()?.choose(postId, index)) publish();
    }, undefined),

    write: guarded((postId: string, text: string, destination = 'reply', options: WriteOptions = {}): WriteResult => {
      const to = parseDestination(destination);
      if (!to) return 'bad-destination';
      // A public reply longer than its network allows would not be published there: it is not sent either.
      const channel = get().session?.feed.find((p) => p.id === postId)?.channel;
      const limit = channel && to.action === 'reply' ? publicReplyLimit(channel) : null;
      if (limit !== null && [...text.trim()].length > limit) return 'over-limit';
      // What was pasted is an exam's integrity signal: logged with the reply in an exam, never in training.
      const pasted = !training() && options.pasted && options.pasted > 0 ? { pasted: options.pasted } : {};
      const result = live()?.write(postId, text, to, pasted) ?? { error: 'no-post' as const };
      if ('error' in result) return result.error;
      // Sent: the draft is done with.
      if (get().draft) {
        saves.saveDraft(null);
        set({ draft: null });
      }
      publish();
      return 'sent';
    }, 'no-post'),

    noteAway: guarded((ms: number) => {
      // Exams only: in training, leaving the page is nobody's business.
      if (training() || !(ms >= AWAY_MIN_MS)) return;
      const session = live();
      if (!session || session.ended) return;
      session.noteAway(ms);
      publish();
    }, undefined),

    askHint(postId) {
      const hint = training() ? (get().session?.useHint(postId) ?? null) : null;
      publish();
      return hint;
    },

    skipAhead: guarded(() => {
      const { session, exam } = get();
      // On a hub, game time follows the hub's clock: skipping ahead would be refused as a clock run fast.
      if (!session || !session.idle() || exam?.hub) return;
      const next = session.nextEventAt();
      if (next !== null) session.advance(next);
      publish();
    }, undefined),

    receiveInject: guarded((knot: string) => {
      const session = get().session;
      if (session && !session.ended && session.inject(knot)) publish();
    }, undefined),

    setPaused(paused) {
      if (paused && !training()) return;
      set({ paused });
    },

    finish() {
      const { session, progress, mode, startedAt, exam, selected } = get();
      if (!session) return;
      const report = buildReport(session, {
        app: ctx.deps.appVersion ?? 'dev',
        mode,
        startedAt: startedAt ?? ctx.iso(),
        finishedAt: ctx.iso(),
      });
      saves.clearRun();
      ctx.runLock.release();
      // Exam results go to the examiner's report, not to the training career; on a hub, the hub computes them.
      if (exam?.hub && mode === 'exam') return void ctx.hub().then((hub) => hub.scenarioDone());
      if (exam && mode === 'exam') return examSessionDone(ctx, exam, report);
      const nextProgress = saves.recordResult(progress, session.manifest.id, report.scores.overall);
      saves.addReport(report);
      set({
        screen: 'debrief',
        progress: nextProgress,
        session: null,
        debrief: debriefOf(session, report, selected?.manifest ?? session.manifest, !selected?.custom),
      });
    },

    setTimescale(n) {
      if (training() && Number.isFinite(n) && n > 0 && n <= 100) set({ timescale: n });
    },
  };
}
