/**
 * Checking one report file: read it (format, version, fields), then replay its log through the
 * game's engine and compare. Shared by the verifier page, the classroom dashboard (in the browser,
 * scenarios from `virtual:scenarios`) and `npm run verify-report` (in Node, scenarios from disk):
 * no DOM here, and the scenarios come in through `lookup`.
 */
import type { Charter, Manifest } from '../content/schema';
import type { Locale } from '../core/types';
import { EXAM_REPORT_FORMAT } from '../engine/exam-rules';
import { REPORT_FORMAT, REPORT_VERSION, type Report, readReport } from '../records/session-report';
import { verifyReport } from '../engine/replay';
import type { Scores } from '../scoring';

/** A report bigger than this is refused before parsing (a long session is well under 1 MB). */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export interface ReplayableScenario {
  manifest: Manifest;
  charter: Charter;
  story: string;
}

/** Finds a scenario's data and compiled story; null when this game does not have it. */
export type ScenarioLookup = (id: string, locale: Locale) => Promise<ReplayableScenario | null>;

/** Why a file is not a report at all. */
export type RefusalCode = 'not-json' | 'not-report' | 'version' | 'schema' | 'too-large' | 'unreadable';
/** Why a readable report could not be verified, besides plain mismatches. */
export type FailureCode = 'mismatch' | 'unknown-scenario' | 'replay-error';

export type CheckResult =
  | { file: string; status: 'refused'; code: RefusalCode; errors: string[] }
  | { file: string; status: 'verified'; report: Report }
  | { file: string; status: 'failed'; code: FailureCode; report: Report; mismatches: string[]; replayed?: Scores };

/** Reads and verifies one file's text. Never throws: a hostile file is a refusal, not a crash. */
export async function checkReport(file: string, text: string, lookup: ScenarioLookup): Promise<CheckResult> {
  if (text.length > MAX_REPORT_BYTES) {
    return {
      file,
      status: 'refused',
      code: 'too-large',
      errors: [`${file}: ${text.length} characters, more than the ${MAX_REPORT_BYTES} a report may have`],
    };
  }
  const read = readReport(text, file);
  if (!read.ok) return { file, status: 'refused', code: refusalCode(text), errors: read.errors };
  const report = read.report;
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
    const result = verifyReport(report, scenario);
    return result.ok
      ? { file, status: 'verified', report }
      : { file, status: 'failed', code: 'mismatch', report, mismatches: result.mismatches, replayed: result.replayed.scores };
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

/** Session reports an exam report may hold; more is not an exam this game wrote. */
const MAX_EXAM_REPORTS = 100;

/**
 * Checks one file: a session report, or an exam report ("frontline-exam-report", the candidate's
 * reports for every scenario of the exam), whose session reports are each checked and named
 * "<file> › <n>".
 */
export async function checkFile(file: string, text: string, lookup: ScenarioLookup): Promise<CheckResult[]> {
  if (text.length <= MAX_REPORT_BYTES && text.includes(EXAM_REPORT_FORMAT)) {
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch {
      /* refused below, as any report */
    }
    if (typeof data === 'object' && data !== null && (data as { format?: unknown }).format === EXAM_REPORT_FORMAT) {
      const inner = (data as { reports?: unknown }).reports;
      if (!Array.isArray(inner) || inner.length === 0 || inner.length > MAX_EXAM_REPORTS) {
        return [
          {
            file,
            status: 'refused',
            code: 'schema',
            errors: [`${file}: reports: an exam report holds a list of 1 to ${MAX_EXAM_REPORTS} session reports`],
          },
        ];
      }
      const results: CheckResult[] = [];
      for (const [i, report] of inner.entries()) results.push(await checkReport(`${file} › ${i + 1}`, JSON.stringify(report), lookup));
      return results;
    }
  }
  return [await checkReport(file, text, lookup)];
}

/** The first reason `readReport` refused a text, as a code the pages can put into words. */
function refusalCode(text: string): RefusalCode {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== REPORT_FORMAT) return 'not-report';
  if ((data as { version?: unknown }).version !== REPORT_VERSION) return 'version';
  return 'schema';
}

/** "verified: first-shift en seed 42, overall 97/100" */
export function verifiedLine(report: Report): string {
  return `verified: ${report.scenario.id} ${report.locale} seed ${report.seed}, overall ${report.scores.overall}/100`;
}
