/**
 * npm run verify-report [--scenarios <dir>] <file...>
 *
 * Reads each session report (or each report inside an exam report), replays it through the game's engine with the scenario library on
 * disk and prints, per file, "verified: <scenario> <locale> seed <n>, overall <x>/100" or every
 * mismatch. Exit code 1 when any file is malformed or does not verify.
 * Only the scenarios the reports name are compiled, so checking a class's reports is quick.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Charter } from '../src/content/schema';
import { mismatchCount } from '../src/engine/capped-list';
import { type CheckResult, type ReplayableScenario, type ScenarioLookup, checkFile, verifiedLine } from '../src/pages/check';
import { checkExamReport, formatExamResult, isExamReport } from '../src/pages/exam-report';
import { loadCharters, loadScenario } from './scenarios/load';
import { shippedReplyModel } from './analysis/paths';

const USAGE = 'usage: npm run verify-report -- [--scenarios <dir>] <report.json...>';

/** Loads scenarios from `root` on demand, once each. Ids are matched against the folders, never joined blindly. */
export function diskLookup(root: string): ScenarioLookup {
  let charters: Record<string, Charter> | null = null;
  const cache = new Map<string, Promise<ReplayableScenario | null>>();
  const folders = existsSync(root)
    ? new Set(
        readdirSync(root, { withFileTypes: true })
          .filter((d) => d.isDirectory() && d.name !== 'charters')
          .map((d) => d.name),
      )
    : new Set<string>();
  return (id, locale) => {
    const key = `${id}/${locale}`;
    let found = cache.get(key);
    if (!found) {
      found = (async () => {
        if (!folders.has(id) || !existsSync(join(root, id, 'manifest.json'))) return null;
        const problems: string[] = [];
        charters ??= loadCharters(join(root, 'charters'), problems);
        const scenario = loadScenario(join(root, id), charters, problems);
        if (!scenario) throw new Error(problems.join('; ') || 'the scenario did not load');
        const story = scenario.stories[locale];
        return story ? { manifest: scenario.manifest, charter: scenario.charter, story, replyModel: shippedReplyModel() } : null;
      })();
      cache.set(key, found);
    }
    return found;
  };
}

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
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--scenarios') {
      const dir = args[++i];
      if (!dir) {
        io.err(USAGE);
        return 2;
      }
      root = resolve(dir);
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
  const counts = { verified: 0, failed: 0, refused: 0 };
  /** Exam reports: their result computed again and their sessions tied to the exam (src/pages/exam-report.ts). */
  const exams = { verified: 0, failed: 0, refused: 0 };
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      io.out(`${path}: REFUSED: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      counts.refused++;
      continue;
    }
    // Each file is judged on its own: whatever one file does to the checks, the batch goes on.
    let results: CheckResult[] = [];
    try {
      results = await checkFile(path, text, lookup);
      for (const result of results) {
        counts[result.status]++;
        for (const line of formatResult(result)) io.out(line);
      }
      if (isExamReport(text)) {
        const exam = await checkExamReport(path, text, lookup, results);
        exams[exam.status]++;
        for (const line of formatExamResult(exam)) io.out(line);
      }
    } catch (e) {
      const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      io.out(`${path}: REFUSED: the file could not be checked (${why.length > 300 ? `${why.slice(0, 300)}…` : why})`);
      if (results.length === 0) counts.refused++;
      else exams.refused++;
    }
  }
  const examCount = exams.verified + exams.failed + exams.refused;
  if (examCount > 0)
    io.out(`${examCount} exam report(s): ${exams.verified} verified, ${exams.failed} not verified, ${exams.refused} refused`);
  const reports = counts.verified + counts.failed + counts.refused;
  io.out(
    `${files.length} file(s)${reports !== files.length ? `, ${reports} report(s)` : ''}: ${counts.verified} verified, ${counts.failed} not verified, ${counts.refused} refused`,
  );
  return counts.failed + counts.refused + exams.failed + exams.refused > 0 ? 1 : 0;
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
