/**
 * Genuine exam reports made in Node: every scenario of an exam played under its conditions (seed,
 * weights, written replies) by a scripted candidate whose pace is given, then the exam report the
 * game builds. For the examiner tools' tests (signals, settings, reviews).
 */
import type { Exam } from '../../src/records/exam-file';
import type { ExamReport } from '../../src/records/exam-report';
import { buildReport } from '../../src/engine/build-report';
import { buildExamReport, examConditions, newExamRun } from '../../src/engine/exam-rules';
import { Session } from '../../src/engine/session';
import type { PlayableScenario } from './reports';

export interface Candidate {
  details: Record<string, string>;
  /** Real ms the candidate takes before their i-th decision of the exam. */
  gap: (i: number) => number;
  /** Posts answered in their own words (a public reply) instead of the best option. */
  written?: Record<string, string>;
  group?: string;
}

const START = Date.parse('2026-12-07T09:00:00Z');

export function playExam(exam: Exam, library: readonly PlayableScenario[], who: Candidate): ExamReport {
  let real = START;
  let decisions = 0;
  const reports = exam.scenarios.map((id) => {
    const scenario = library.find((s) => s.manifest.id === id);
    const story = scenario?.stories[exam.locale];
    if (!scenario || !story) throw new Error(`${id} (${exam.locale}) is not in the library`);
    const session = new Session({
      manifest: scenario.manifest,
      charter: scenario.charter,
      story,
      locale: exam.locale,
      realClock: () => real,
      ...examConditions(exam, id),
    });
    for (let guard = 0; !session.ended && guard < 5_000; guard++) {
      const post = session.feed.find((p) => p.state === 'open');
      const best = post && session.visibleOptions(post.id).find((o) => o.judgement === 'best' && !o.hidden);
      if (!post || !best) {
        session.advance(session.nextEventAt() ?? session.now + 60);
        real += 200;
        continue;
      }
      real += who.gap(decisions++);
      const own = who.written?.[post.id];
      if (own === undefined || 'error' in session.write(post.id, own)) session.choose(post.id, best.index);
    }
    return buildReport(session, {
      app: 'test',
      mode: 'exam',
      startedAt: new Date(START).toISOString(),
      finishedAt: new Date(real).toISOString(),
      candidate: who.details,
      exam: { id: exam.id, title: exam.title },
    });
  });
  const run = { ...newExamRun(exam), candidate: who.details, startedAt: START, reports, ...(who.group ? { group: who.group } : {}) };
  return buildExamReport(run, real);
}
