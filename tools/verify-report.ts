/**
 * npm run verify-report [--scenarios <dir>] [--exam <exam.json>]... [--fingerprint <fp>]... <file...>
 *
 * Files may be session reports, exam reports and examiners' review files (paired with their report
 * by its hash). With the examiner's exam file (`--exam`) or its fingerprint, an exam report's settings
 * are checked against the examiner's, never taken from the candidate's copy; without, the output says
 * they could not be checked. Each exam report gets a `signals:` line (src/engine/signals.ts).
 *
 * Reads each session report (or each report inside an exam report), replays it through the game's engine with the scenario library on
 * disk and prints, per file, "verified: <scenario> <locale> seed <n>, overall <x>/100" or every
 * mismatch. Exit code 1 when any file is malformed or does not verify.
 * Only the scenarios the reports name are compiled, so checking a class's reports is quick.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mismatchCount } from '../src/engine/capped-list';
import { type CheckResult, type ScenarioLookup, checkFile, verifiedLine } from '../src/pages/check';
import { checkExamReport, formatExamResult, isExamReport } from '../src/pages/exam-report';
import { type ReviewTarget, checkReview, reportHash } from '../src/pages/review';
import type { Exam } from '../src/records/exam-file';
import { readRecord } from '../src/records/read';
import { REVIEW_FORMAT } from '../src/records/review';
import { type HubCheck, isHubResult, normaliseKey, verifyHubResult } from '../src/engine/hub-signature';
import { HUB_RESULT_FORMAT } from '../src/records/hub-result';
import { diskLookup } from './scenarios/lookup';

export { diskLookup };

const USAGE =
  'usage: npm run verify-report -- [--scenarios <dir>] [--exam <exam.json>]... [--fingerprint <xxxx-xxxx-xxxx>]... [--hub-key <hex>]... <report.json | review.json | hub-result.json...>';

/** What a verified file-based report proves, printed once under the results. */
export const PROVES =
  'A verified file-based report proves that its log is one possible playthrough of that scenario version and seed and that its scores follow from it; not who played, when, how long or under which settings (file-based exams are unproctored).';

/** One file's outcome as printed lines; the first line starts with the file name. */
export function formatResult(result: CheckResult): string[] {
  switch (result.status) {
    case 'verified':
      return [`${result.file}: ${verifiedLine(result.report)}`];
    case 'failed':
      return [
        `${result.file}: NOT VERIFIED: ${result.report.scenario.id} ${result.report.locale} seed ${result.report.seed}, ${mismatchCount(result.mismatches)} mismatch(es):`,
        ...result.mismatches.map((m) => `  - ${m}`),
      ];
    case 'refused':
      return [`${result.file}: REFUSED: not a valid report:`, ...result.errors.map((e) => `  - ${e}`)];
  }
}

export interface RunOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The command: returns the exit code. */
export async function run(args: string[], io: RunOutput = { out: console.log, err: console.error }): Promise<number> {
  let root = join(process.cwd(), 'scenarios');
  const files: string[] = [];
  const examiner = { exams: [] as Exam[], fingerprints: [] as string[] };
  const hubKeys: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--scenarios' || arg === '--exam' || arg === '--fingerprint' || arg === '--hub-key') {
      const value = args[++i];
      if (!value) {
        io.err(USAGE);
        return 2;
      }
      if (arg === '--hub-key') {
        const key = normaliseKey(value);
        if (!key) {
          io.err(`--hub-key: "${value}" is not a hub's public key (64 hex digits, as the hub's examiner page shows it)`);
          return 2;
        }
        hubKeys.push(key);
      } else if (arg === '--scenarios') root = resolve(value);
      else if (arg === '--fingerprint') examiner.fingerprints.push(value.trim().toLowerCase());
      else {
        const read = readExamFile(value);
        if (!read.ok) {
          io.err(`${value}: ${read.error}`);
          return 2;
        }
        examiner.exams.push(read.value);
      }
    } else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const lookup = diskLookup(root);
  const reviews = readReviews(files, io);
  const given = examiner.exams.length + examiner.fingerprints.length > 0 ? examiner : undefined;
  const counts = { verified: 0, failed: 0, refused: 0 };
  /** Exam reports: their result computed again and their sessions tied to the exam (src/pages/exam-report.ts). */
  const exams = { verified: 0, failed: 0, refused: 0 };
  for (const path of files) {
    if (reviews.files.has(path)) continue;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      io.out(`${path}: REFUSED: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      counts.refused++;
      continue;
    }
    // A hub's signed result: its signature checked against the hub keys given, then the exam report
    // inside checked like any other, against the exam it carries (the hub signed the examiner's settings).
    let fileExaminer = given;
    const hub = hubResultOf(text);
    if (hub !== null) {
      const check = checkHubResult(hub, hubKeys);
      hubLines(path, check).forEach((l) => io.out(l));
      if (!check.ok || !check.trusted) counts.failed++;
      if (!check.ok) continue;
      text = JSON.stringify(check.result.report);
      fileExaminer = { exams: [check.result.report.exam], fingerprints: [] };
    }
    // Each file is judged on its own: whatever one file does to the checks, the batch goes on.
    let results: CheckResult[] = [];
    try {
      results = await checkFile(path, text, lookup);
      for (const result of results) {
        counts[result.status]++;
        for (const line of formatResult(result)) io.out(line);
      }
      const hash = reportHash(text);
      const review = hash ? reviews.byReport.get(hash) : undefined;
      if (review && hash) reviews.used.add(hash);
      const printReview = async (target: ReviewTarget) => {
        const lines = await reviewLines(review!, target, lookup);
        if (lines[0]?.includes('REFUSED')) reviews.refused++;
        lines.forEach((l) => io.out(`  ${l}`));
      };
      if (isExamReport(text)) {
        const exam = await checkExamReport(path, text, lookup, results, fileExaminer);
        exams[exam.status]++;
        for (const line of formatExamResult(exam)) io.out(line);
        if (exam.status !== 'refused' && hash) {
          const sessions = exam.parts.flatMap((p) => (p.status === 'refused' ? [] : [p.report]));
          const target: ReviewTarget = { file: path, kind: 'exam-report', hash, sessions, exam: exam.exam };
          if (review) await printReview(target);
          else if (exam.exam.review) io.out('  provisional: this exam requires a review, and none was given');
        }
      } else if (review && hash && results[0]?.status !== 'refused' && results[0]) {
        const target: ReviewTarget = { file: path, kind: 'report', hash, sessions: [results[0].report] };
        await printReview(target);
      }
    } catch (e) {
      const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      io.out(`${path}: REFUSED: the file could not be checked (${why.length > 300 ? `${why.slice(0, 300)}…` : why})`);
      if (results.length === 0) counts.refused++;
      else exams.refused++;
    }
  }
  io.out(PROVES);
  const examCount = exams.verified + exams.failed + exams.refused;
  if (examCount > 0)
    io.out(`${examCount} exam report(s): ${exams.verified} verified, ${exams.failed} not verified, ${exams.refused} refused`);
  for (const [hash, review] of reviews.byReport)
    if (!reviews.used.has(hash)) io.out(`${review.file}: REFUSED: none of the reports given is the one this review is of`);
  const reports = counts.verified + counts.failed + counts.refused;
  io.out(
    `${files.length} file(s)${reports !== files.length ? `, ${reports} report(s)` : ''}: ${counts.verified} verified, ${counts.failed} not verified, ${counts.refused} refused`,
  );
  const refusedReviews = reviews.refused + [...reviews.byReport.keys()].filter((h) => !reviews.used.has(h)).length;
  return counts.failed + counts.refused + exams.failed + exams.refused + refusedReviews > 0 ? 1 : 0;
}

/** The parsed file when it says it is a hub result (checked after), else null. */
function hubResultOf(text: string): unknown {
  if (!text.includes(HUB_RESULT_FORMAT)) return null;
  try {
    const data: unknown = JSON.parse(text);
    return isHubResult(data) ? data : null;
  } catch {
    return null;
  }
}

/** Checked against each hub key given: trusted when one of them signed it. */
function checkHubResult(data: unknown, keys: readonly string[]): HubCheck {
  if (keys.length === 0) return verifyHubResult(data);
  const checks = keys.map((k) => verifyHubResult(data, k));
  return checks.find((c) => c.ok) ?? checks[0]!;
}

export function hubLines(file: string, check: HubCheck): string[] {
  if (!check.ok) return [`${file}: NOT VERIFIED: hub result: ${check.details.join('; ')}`];
  const { hub, attempt } = check.result;
  const seen = `attempt ${attempt.number} from ${attempt.startedAt} to ${attempt.finishedAt} by the hub's clock, ${attempt.events} event(s), ${attempt.lateEvents} late (longest gap ${Math.round(attempt.maxGapMs / 1000)} s)`;
  return check.trusted
    ? [`${file}: signed by the hub ${hub.keyId} (the key given): ${seen}`]
    : [
        `${file}: NOT VERIFIED: signed by the key ${hub.keyId}, intact, but no hub key was given (--hub-key), so nothing says it is your hub's`,
        `  ${seen}`,
      ];
}

function readExamFile(path: string): { ok: true; value: Exam } | { ok: false; error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, error: `cannot read the examiner's exam file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const read = readRecord('exam', text, path);
  return read.ok ? read : { ok: false, error: `not an exam file: ${read.error.details.join('; ')}` };
}

interface Reviews {
  /** Paths that are review files (not reports). */
  files: Set<string>;
  byReport: Map<string, { file: string; text: string }>;
  used: Set<string>;
  refused: number;
}

/** The review files among the inputs, by the hash of the report each reviews. */
function readReviews(files: readonly string[], io: RunOutput): Reviews {
  const reviews: Reviews = { files: new Set(), byReport: new Map(), used: new Set(), refused: 0 };
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes(REVIEW_FORMAT)) continue;
    const read = readRecord('review', text, path);
    if (!read.ok && read.error.code === 'wrong-kind') continue;
    reviews.files.add(path);
    if (!read.ok) {
      io.out(`${path}: REFUSED: not a valid review file:`);
      read.error.details.forEach((d) => io.out(`  - ${d}`));
      reviews.refused++;
      continue;
    }
    reviews.byReport.set(read.value.report.hash, { file: path, text });
  }
  return reviews;
}

/** "review: applied by …" or why the review is refused. */
async function reviewLines(review: { file: string; text: string }, target: ReviewTarget, lookup: ScenarioLookup): Promise<string[]> {
  const checked = await checkReview(review.text, target, lookup, review.file);
  if (checked.status === 'refused') {
    const why = {
      unreadable: 'it is not a valid review file',
      edited: 'it was edited after it was saved (its seal does not match)',
      'other-report': 'it is the review of another report',
    }[checked.code];
    return [`review ${review.file}: REFUSED: ${why}`, ...checked.details.map((d) => `  - ${d}`)];
  }
  const { review: r, outcome, mismatches } = checked;
  const changes = outcome.sessions.reduce((n, s) => n + s.changes.length, 0);
  const passed = outcome.result.passed === null ? '' : outcome.result.passed ? ', passed' : ', not passed';
  return [
    `review ${review.file}: ${mismatches.length === 0 ? 'applied' : 'applied with problems'} (examiner ${r.examiner || 'unnamed'}, ${r.reviewedAt}): ${changes} decision(s) changed; reviewed overall ${outcome.result.overall}/100${passed}`,
    ...mismatches.map((m) => `  - ${m}`),
  ];
}

const invoked = process.argv[1];
if (invoked && import.meta.url === pathToFileURL(resolve(invoked)).href && basename(invoked).startsWith('verify-report')) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
