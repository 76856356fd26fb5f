/** The exam being sat: loading its file, the candidate's start, moving from scenario to scenario, the exam report. */
import { buildExamReport, examIdentity, examReportFileName, newExamRun, timeLeft } from '../engine/exam-rules';
import type { Exam } from '../records/exam-file';
import type { ExamDone, ExamRun } from '../records/exam-run';
import type { Report } from '../records/session-report';
import { type RecordProblem, readExam } from '../records/read';
import type { ExamAdvice, ExamAgain, Game, SliceContext } from './types';
import { examOpened } from './exam-opened';

type ExamSlice = Pick<
  Game,
  | 'mode'
  | 'exam'
  | 'examAgain'
  | 'realNow'
  | 'loadExam'
  | 'openHubExam'
  | 'joinClass'
  | 'hubLine'
  | 'answerExamGroup'
  | 'beginExam'
  | 'examReport'
  | 'downloadExamReport'
  | 'closeExam'
>;

/** Finished exams kept in the browser once left; the oldest of those whose report was downloaded go first. */
const KEEP_EXAMS_DONE = 50;

export const saveExam = ({ set, saves }: SliceContext, exam: ExamRun | null) => {
  saves.saveExam(exam);
  set({ exam });
};

/** Next scenario of the exam, or its end. */
export function nextInExam(ctx: SliceContext, exam: ExamRun): void {
  const id = exam.exam.scenarios[exam.index];
  if (id && timeLeft(exam, ctx.now()).total > 0) {
    saveExam(ctx, { ...exam, scenarioStartedAt: null });
    void ctx.get().openBriefing(id);
  } else {
    saveExam(ctx, { ...exam, finishedAt: ctx.now(), scenarioStartedAt: null });
    ctx.set({ screen: 'exam-end', selected: null, session: null });
  }
}

/** A scenario of the exam is over: its report joins the exam's, and the candidate moves on. */
export function examSessionDone(ctx: SliceContext, exam: ExamRun, report: Report): void {
  const inExam = { ...report, candidate: exam.candidate, exam: { id: exam.exam.id, title: exam.exam.title } };
  nextInExam(ctx, { ...exam, index: exam.index + 1, reports: [...exam.reports, inExam] });
  ctx.set({ session: null });
}

/**
 * Keeps a finished exam the candidate leaves: the whole of it (its report) while the report was never
 * downloaded, else only the exam and its dates. One entry per exam, whatever its extra time.
 */
export function keepDone(ctx: SliceContext, run: ExamRun): void {
  if (run.finishedAt === null) return;
  const identity = examIdentity(run.exam);
  const done: ExamDone = {
    exam: run.exam,
    finishedAt: run.finishedAt,
    ...(run.downloadedAt !== undefined ? { downloadedAt: run.downloadedAt } : { run }),
  };
  const others = ctx.saves.examsDone().filter((d) => examIdentity(d.exam) !== identity);
  const kept = [done, ...others];
  // Over the limit, the oldest entries without a report go; a report never downloaded is never dropped.
  for (let i = kept.length - 1; i > 0 && kept.length > KEEP_EXAMS_DONE; i--) if (!kept[i]!.run) kept.splice(i, 1);
  ctx.saves.saveExamsDone(kept);
}

const againOf = (exam: Exam, finishedAt: number, downloadedAt: number | undefined): ExamAgain => ({
  title: exam.title,
  ...(exam.contact?.trim() ? { contact: exam.contact.trim() } : {}),
  finishedAt,
  downloadedAt: downloadedAt ?? null,
});

/** What to tell the candidate about an exam that cannot start, in plain words (an i18n key of examAdvice). */
function examAdvice(problem: RecordProblem, from: 'link' | 'file'): ExamAdvice {
  if (problem.code === 'not-json' || problem.code === 'too-deep') return from === 'link' ? 'damaged' : 'not-exam';
  if (problem.code === 'wrong-kind')
    return problem.found === 'exam-report' ? 'is-exam-report' : problem.found === 'report' ? 'is-report' : 'not-exam';
  if (problem.code === 'invalid' && problem.details.some((d) => d.includes('unknown scenario'))) return 'unknown-scenario';
  return problem.code === 'invalid' && from === 'link' ? 'damaged' : problem.code;
}

export function examSlice(ctx: SliceContext): ExamSlice {
  const { set, get, now } = ctx;
  return {
    mode: 'training',
    exam: ctx.saves.exam,
    examAgain: null,
    realNow: now(),
    hubLine: null,

    async openHubExam(token) {
      await (await ctx.hub()).open(token);
    },

    async joinClass(code, name) {
      return (await ctx.hub()).join(code, name);
    },

    loadExam(text, source, from = 'file', replaceRun = false) {
      if (text === null) return { advice: 'damaged', details: [`${source}: the link does not decode`] };
      if (text.trim() === '') return { advice: 'damaged', details: [`${source}: the link carries no exam (nothing after “exam=”)`] };
      const read = readExam(
        text,
        get().scenarios.map((e) => e.manifest.id),
        source,
      );
      if (!read.ok) return { advice: examAdvice(read.error, from), details: read.error.details };
      const exam = read.value;
      const missingLocale = exam.scenarios.filter((id) => !get().scenarios.find((e) => e.manifest.id === id)?.loadStory[exam.locale]);
      if (missingLocale.length > 0) {
        return {
          advice: 'unknown-scenario',
          details: missingLocale.map((id) => `${source}: scenarios: "${id}" has no ${exam.locale} version`),
        };
      }
      const identity = examIdentity(exam);
      const current = get().exam;
      const same = current !== null && examIdentity(current.exam) === identity;
      /** Shows the end screen of a finished exam, saying that it was already finished here. */
      const showAgain = (again: ExamAgain, run: ExamRun | null) => {
        saveExam(ctx, run);
        set({
          mode: run ? 'exam' : 'training',
          exam: run,
          examAgain: again,
          screen: 'exam-end',
          session: null,
          selected: null,
          debrief: null,
          settings: { ...get().settings, locale: exam.locale },
        });
        return null;
      };
      if (same && current.finishedAt !== null) return showAgain(againOf(current.exam, current.finishedAt, current.downloadedAt), current);
      // The same exam under way: it carries on where it is.
      if (same && current.startedAt !== null) return null;
      if (current && current.startedAt !== null && current.finishedAt === null)
        return { advice: 'exam-in-progress', details: [`${source}: the exam "${current.exam.id}" is under way in this browser`] };
      if (current && current.finishedAt !== null && current.downloadedAt === undefined)
        return { advice: 'report-not-downloaded', details: [`${source}: the report of the exam "${current.exam.id}" was not downloaded`] };
      const { session } = get();
      if (session && !session.ended && get().mode === 'training' && !replaceRun)
        return { advice: 'run-in-progress', details: [`${source}: the scenario "${session.manifest.id}" is being played`] };
      // Nothing in the way. A finished exam left on its end screen (its report downloaded) is kept aside.
      if (current && current.finishedAt !== null) keepDone(ctx, current);
      if (session) get().backToMenu();
      const done = ctx.saves.examsDone().find((d) => examIdentity(d.exam) === identity);
      // Finished here before: shown again, with its report while it was never downloaded; no new attempt.
      // Its entry stays: it is what another tab, or the next visit, finds.
      if (done) return showAgain(againOf(done.exam, done.finishedAt, done.downloadedAt), done.run ?? null);
      // Its conditions being read (the group question perhaps answered): they stay.
      if (same) {
        set({ mode: 'exam', screen: 'exam', examAgain: null });
        return null;
      }
      saveExam(ctx, newExamRun(exam));
      set(examOpened(exam, get().settings));
      return null;
    },

    answerExamGroup(answer) {
      const run = get().exam;
      if (!run || run.startedAt !== null || !run.exam.group) return;
      // Only one of the question's own answers is kept; anything else (or "prefer not to answer") is no answer.
      const group = answer !== null && run.exam.group.choices.includes(answer) ? answer : undefined;
      if (group === run.group) return;
      const { group: _previous, ...rest } = run;
      saveExam(ctx, group === undefined ? rest : { ...rest, group });
    },

    beginExam(candidate) {
      const exam = get().exam;
      if (!exam || exam.startedAt !== null) return [];
      const cleaned = Object.fromEntries(exam.exam.candidate.map((f) => [f, (candidate[f] ?? '').trim().slice(0, 200)]));
      const missing = exam.exam.candidate.filter((f) => !cleaned[f]);
      if (missing.length > 0) return missing;
      // On a hub, the hub starts the attempt and its clock, and gives the first scenario.
      if (exam.hub) void ctx.hub().then((hub) => hub.begin(cleaned));
      else nextInExam(ctx, { ...exam, candidate: cleaned, startedAt: now() });
      return [];
    },

    examReport() {
      const exam = get().exam;
      // On a hub the report is the hub's own (signed, for the examiner): the browser makes none.
      return exam && exam.finishedAt !== null && !exam.hub ? buildExamReport(exam, exam.finishedAt) : null;
    },

    downloadExamReport() {
      const exam = get().exam;
      const report = get().examReport();
      if (!exam || !report) return null;
      if (exam.downloadedAt === undefined) {
        const downloadedAt = now();
        saveExam(ctx, { ...exam, downloadedAt });
        const again = get().examAgain;
        if (again) set({ examAgain: { ...again, downloadedAt } });
      }
      return { name: examReportFileName(report), text: JSON.stringify(report, null, 2) };
    },

    closeExam(confirmed = false) {
      const run = get().exam;
      if (run) {
        if (run.finishedAt === null) return false;
        // Leaving without the report takes the candidate's say-so; the finished exam stays here either way.
        if (run.downloadedAt === undefined && !confirmed && !run.hub) return false;
        // A hub keeps its exams itself (and refuses a used link): nothing of it stays in the browser.
        if (!run.hub) keepDone(ctx, run);
        saveExam(ctx, null);
      }
      set({ mode: 'training', screen: 'menu', examAgain: null, selected: null, session: null });
      return true;
    },
  };
}
