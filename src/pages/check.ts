/**
 * Checking one report file: read it (format, version, fields), then replay its log through the
 * game's engine and compare. Shared by the verifier page, the classroom dashboard (in the browser,
 * scenarios from `virtual:scenarios`) and `npm run verify-report` (in Node, scenarios from disk):
 * no DOM here, and the scenarios come in through `lookup`.
 */
import type { Locale } from '../core/types';
import { type PlayableScenario, verifyReport } from '../engine/replay';
import { variantCode } from '../engine/variant';
import { type Signals, readSignals } from '../engine/signals';
import type { ReplyModel } from '../analysis';
import { type RecordProblem, readRecord } from '../records/read';
import type { Report } from '../records/session-report';
import type { Scores } from '../core/types';

export interface ReplayableScenario extends PlayableScenario {
  /** The game's trained reply reader, which reads written replies again (none: the rules alone). */
  replyModel?: ReplyModel | null;
}

/** Finds a scenario's data and compiled story; null when this game does not have it. */
export type ScenarioLookup = (id: string, locale: Locale) => Promise<ReplayableScenario | null>;

/** Why a file is not a report at all. */
export type RefusalCode =
  'not-json' | 'not-report' | 'exam-file' | 'newer-version' | 'older-version' | 'schema' | 'too-large' | 'too-deep' | 'unreadable';
/** Why a readable report could not be verified, besides plain mismatches. */
export type FailureCode = 'mismatch' | 'unknown-scenario' | 'replay-error';

export type CheckResult =
  | { file: string; status: 'refused'; code: RefusalCode; errors: string[] }
  | {
      file: string;
      status: 'verified';
      report: Report;
      signals: Signals;
      postWords: Record<string, number>;
      /** The posts the replay showed (author and text), for the examiner's review. */
      posts?: Record<string, { author: string; text: string }>;
    }
  | {
      file: string;
      status: 'failed';
      code: FailureCode;
      report: Report;
      mismatches: string[];
      replayed?: Scores;
      signals?: Signals;
      postWords?: Record<string, number>;
      posts?: Record<string, { author: string; text: string }>;
    };

/** Reads and verifies one file's text. Never throws: a hostile file is a refusal, not a crash. */
export async function checkReport(file: string, text: string, lookup: ScenarioLookup): Promise<CheckResult> {
  const read = readRecord('report', text, file);
  if (!read.ok) return refusal(file, read.error);
  const report = read.value;
  let scenario: ReplayableScenario | null;
  try {
    scenario = await lookup(report.scenario.id, report.locale);
  } catch (e) {
    return {
      file,
      status: 'failed',
      code: 'replay-error',
      report,
      mismatches: [`scenario "${report.scenario.id}" (${report.locale}) could not be loaded: ${(e as Error).message}`],
    };
  }
  if (!scenario) {
    return {
      file,
      status: 'failed',
      code: 'unknown-scenario',
      report,
      mismatches: [
        `scenario.id: "${report.scenario.id}" (${report.locale}) is not in this game's scenario library, so the session cannot be replayed`,
      ],
    };
  }
  try {
    const result = verifyReport(report, scenario, scenario.replyModel ?? null);
    const { postWords, posts } = result;
    const signals = readSignals([{ log: report.log, postWords: (id) => postWords[id] ?? 0 }]);
    return result.ok
      ? { file, status: 'verified', report, signals, postWords, posts }
      : {
          file,
          status: 'failed',
          code: 'mismatch',
          report,
          mismatches: result.mismatches,
          replayed: result.replayed.scores,
          signals,
          postWords,
          posts,
        };
  } catch (e) {
    return {
      file,
      status: 'failed',
      code: 'replay-error',
      report,
      mismatches: [`the replay stopped with an error: ${(e as Error).message}`],
    };
  }
}

/**
 * Checks one file: a session report, or an exam report ("frontline-exam-report", the candidate's
 * reports for every scenario of the exam), whose session reports are each checked and named
 * "<file> › <n>".
 */
export async function checkFile(file: string, text: string, lookup: ScenarioLookup): Promise<CheckResult[]> {
  const envelope = readRecord('exam-sessions', text, file);
  if (envelope.ok) {
    const results: CheckResult[] = [];
    for (const [i, report] of envelope.value.reports.entries()) {
      results.push(await checkReport(`${file} › ${i + 1}`, JSON.stringify(report), lookup));
    }
    return results;
  }
  // Not an exam report: read it as a session report, which names what it is otherwise.
  return [envelope.error.code === 'wrong-kind' ? await checkReport(file, text, lookup) : refusal(file, envelope.error)];
}

/** A file that is not a readable report, with the reason as a code the pages put into words. */
export function refusal(file: string, problem: RecordProblem): CheckResult {
  const code: RefusalCode =
    problem.code === 'wrong-kind'
      ? problem.found === 'exam'
        ? 'exam-file'
        : 'not-report'
      : problem.code === 'invalid'
        ? 'schema'
        : problem.code;
  return { file, status: 'refused', code, errors: problem.details };
}

/** "verified: first-shift en seed 42, overall 97/100" */
export function verifiedLine(report: Report): string {
  const start = report.log[0];
  const variant =
    start?.type === 'start' && start.variant !== undefined ? ` variant ${variantCode(start.variant)} (${report.scenario.charter})` : '';
  return `verified: ${report.scenario.id} ${report.locale} seed ${report.seed}${variant}, overall ${report.scores.overall}/100`;
}
