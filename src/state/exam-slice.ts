/** The exam being sat: loading its file, the candidate's start, moving from scenario to scenario, the exam report. */
import { buildExamReport, newExamRun, timeLeft } from '../engine/exam-rules';
import type { ExamRun } from '../records/exam-run';
import type { Report } from '../records/session-report';
import { type RecordProblem, readExam } from '../records/read';
import type { ExamAdvice, Game, SliceContext } from './types';

type ExamSlice = Pick<Game, 'mode' | 'exam' | 'realNow' | 'loadExam' | 'answerExamGroup' | 'beginExam' | 'examReport' | 'closeExam'>;

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
    realNow: now(),

    loadExam(text, source, from = 'file') {
      if (text === null) return { advice: 'damaged', details: [`${source}: the link does not decode`] };
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
      saveExam(ctx, newExamRun(exam));
      set({
        mode: 'exam',
        timescale: 1,
        forcedSeed: null,
        screen: 'exam',
        session: null,
        selected: null,
        debrief: null,
        settings: { ...get().settings, locale: exam.locale },
      });
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
      nextInExam(ctx, { ...exam, candidate: cleaned, startedAt: now() });
      return [];
    },

    examReport() {
      const exam = get().exam;
      return exam && exam.finishedAt !== null ? buildExamReport(exam, exam.finishedAt) : null;
    },

    closeExam() {
      if (get().exam?.finishedAt === null) return;
      saveExam(ctx, null);
      set({ mode: 'training', screen: 'menu', selected: null, session: null });
    },
  };
}
