/**
 * Checking an exam report (`frontline-exam-report`): the exam and candidate it carries, each session
 * report inside it verified by replay (src/pages/check.ts), each session tied to the exam (its
 * scenario in the exam's order, the exam's language, seed, weights and written-replies rule, no
 * hints, no decision after the time allowed), and the overall score and pass/fail computed again
 * from the replayed sessions. Shared by verify.html and `npm run verify-report`: no DOM here.
 */
import type { Exam } from '../records/exam-file';
import { EXAM_REPORT_FORMAT, type ExamReportEnvelope } from '../records/exam-report';
import { readRecord } from '../records/read';
import { MismatchList, mismatchCount } from '../engine/capped-list';
import { examResult, examVariant, newExamRun, scenarioSeed } from '../engine/exam-rules';
import { variantCode } from '../engine/variant';
import type { Report } from '../records/session-report';
import { type Signals, readSignals } from '../engine/signals';
import { type CheckResult, type ScenarioLookup, checkReport } from './check';
import { canonicalJson, examFingerprint } from '../engine/fingerprint';

/** Real time a decision may come after the limit (a frame on a slow machine, the save on reload). */
const GRACE_MS = 10_000;

export type ExamCheckResult =
  | { kind: 'exam'; file: string; status: 'refused'; errors: string[] }
  | {
      kind: 'exam';
      file: string;
      status: 'verified' | 'failed';
      report: ExamReportEnvelope;
      /** The exam's fingerprint, as the builder shows it (extra time left out). */
      fingerprint: string;
      /** Each session report inside, checked by replay. */
      parts: CheckResult[];
      /**
       * Problems with the exam report itself (its sessions' own mismatches are in `parts`): the result
       * always, the others up to 50 lines in all, then "… and K more" (src/engine/capped-list.ts).
       */
      mismatches: string[];
      /** The overall score and verdict computed from the replayed sessions, with the examiner's settings when given. */
      recomputed: { overall: number; passed: boolean };
      /**
       * Whether the exam settings were checked: `matched` the examiner's exam file (or fingerprint),
       * `extra-time` matched but for extra time the examiner's file does not grant (one of its extra-time
       * links: the examiner confirms they sent it), `differs` from the examiner's exam of the same id
       * (checked against the examiner's),
       * `other-exam` no examiner's exam of this id was given, `unchecked` none was given at all.
       */
      settings: SettingsCheck;
      /** The exam the checks used: the examiner's when given, else the one inside the report. */
      exam: Exam;
      /** Integrity signals over every session (src/engine/signals.ts): to look at, never proof. */
      signals: Signals;
      /** Per scenario of the exam, in order: the replayed overall score, or null when not reached. */
      scores: (number | null)[];
    };

export type SettingsCheck = 'matched' | 'extra-time' | 'differs' | 'other-exam' | 'unchecked';

/** What the examiner gives to check a report's exam settings: their exam files, or fingerprints they noted. */
export interface ExaminerExams {
  exams?: readonly Exam[];
  fingerprints?: readonly string[];
}

/**
 * The exam a report is checked against: the examiner's, never the candidate's copy when the examiner
 * gave theirs. A report whose copy differs is checked against the examiner's, and each setting that
 * differs is listed.
 */
function examinerExam(inReport: Exam, given: ExaminerExams | undefined): { exam: Exam; settings: SettingsCheck; differences: string[] } {
  const fingerprint = examFingerprint(inReport);
  const exams = given?.exams ?? [];
  if (exams.some((e) => examFingerprint(e) === fingerprint) || given?.fingerprints?.includes(fingerprint))
    return { exam: inReport, settings: 'matched', differences: [] };
  if (exams.length === 0 && (given?.fingerprints?.length ?? 0) === 0) return { exam: inReport, settings: 'unchecked', differences: [] };
  const theirs = exams.find((e) => e.id === inReport.id);
  if (!theirs) return { exam: inReport, settings: 'other-exam', differences: [] };
  // The examiner's file is the exam without extra time; the candidate sat one of its extra-time links.
  if (exams.some((e) => examFingerprint({ ...e, accommodation: inReport.accommodation }) === fingerprint))
    return { exam: inReport, settings: 'extra-time', differences: [] };
  const keys = new Set([...Object.keys(inReport), ...Object.keys(theirs)] as (keyof Exam)[]);
  const differences = [...keys]
    .filter((k) => !same(inReport[k], theirs[k]))
    .map(
      (k) =>
        `exam.${k}: the report says ${canonicalJson(inReport[k] ?? null)}, the examiner’s exam says ${canonicalJson(theirs[k] ?? null)}`,
    );
  return { exam: theirs, settings: 'differs', differences };
}

/** Whether a text is an exam report (the verifier then checks it here). */
export function isExamReport(text: string): boolean {
  const read = readRecord('exam-report', text);
  return read.ok || (read.error.code !== 'wrong-kind' && read.error.code !== 'not-json' && text.includes(EXAM_REPORT_FORMAT));
}

/** How many problems a checked exam report has, its sessions' included (a capped list's "… and K more" counts K). */
export function problemCount(r: Extract<ExamCheckResult, { status: 'verified' | 'failed' }>): number {
  return (
    mismatchCount(r.mismatches) +
    r.parts.reduce((n, p) => n + (p.status === 'failed' ? mismatchCount(p.mismatches) : p.status === 'refused' ? p.errors.length : 0), 0)
  );
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
const minutes = (ms: number) => `${Math.round(ms / 6_000) / 10} min`;

/**
 * Reads and verifies an exam report. `sessions`: its session reports already checked by
 * `checkFile` (named "<file> › <n>"), so they are not replayed twice. Never throws: a hostile file
 * is a refusal, not a crash.
 */
export async function checkExamReport(
  file: string,
  text: string,
  lookup: ScenarioLookup,
  sessions?: readonly CheckResult[],
  examiner?: ExaminerExams,
): Promise<ExamCheckResult> {
  const read = readRecord('exam-report', text, file);
  if (!read.ok) return { kind: 'exam', file, status: 'refused', errors: read.error.details };
  const report = read.value;
  const { exam, settings, differences } = examinerExam(report.exam, examiner);
  const mismatches = new MismatchList();
  for (const d of differences) mismatches.always(d);
  if (settings === 'other-exam')
    mismatches.always(`exam.id: "${report.exam.id}", but the examiner’s exam file(s) given are for another exam`);

  // The candidate gave every detail the exam asks for.
  for (const field of exam.candidate) {
    if (!report.candidate[field]?.trim()) mismatches.push(`candidate.${field}: missing, and the exam asks for it`);
  }
  if (report.reports.length === 0) mismatches.push('reports: no session at all');
  if (report.reports.length > exam.scenarios.length) {
    mismatches.push(`reports: ${report.reports.length} sessions for an exam of ${exam.scenarios.length} scenario(s)`);
  }

  const examStart = Date.parse(report.startedAt);
  const factor = exam.accommodation;
  const parts: CheckResult[] = [];
  for (const [i, raw] of report.reports.entries()) {
    const where = `reports[${i}]`;
    const given = sessions?.length === report.reports.length ? sessions[i] : undefined;
    const result = given ?? (await checkReport(`${file} › ${i + 1}`, JSON.stringify(raw), lookup));
    parts.push(result);
    if (result.status === 'refused') continue;
    const r = result.report;
    const expected = exam.scenarios[i];
    if (r.scenario.id !== expected)
      mismatches.push(`${where}.scenario.id: "${r.scenario.id}", but the exam’s scenario ${i + 1} is "${expected ?? 'none'}"`);
    if (r.mode !== 'exam') mismatches.push(`${where}.mode: "${r.mode}", not "exam": this session was not played in the exam`);
    if (r.locale !== exam.locale) mismatches.push(`${where}.locale: "${r.locale}", the exam is in "${exam.locale}"`);
    const seed = scenarioSeed(exam, r.scenario.id);
    if (r.seed !== seed) mismatches.push(`${where}.seed: ${r.seed}, the exam’s seed gives ${seed} for this scenario`);
    const variant = examVariant(exam, r.scenario.id, report.candidate);
    const played = r.log[0]?.type === 'start' ? r.log[0].variant : undefined;
    if (played !== variant)
      mismatches.push(
        `${where}.variant: ${played === undefined ? 'none' : variantCode(played)}, the exam gives ${variant === undefined ? 'none' : variantCode(variant)} for this scenario and candidate`,
      );
    const scenario = await lookup(r.scenario.id, r.locale).catch(() => null);
    const weights = exam.weights ?? scenario?.manifest.weights;
    if (scenario && !same(r.weights, weights))
      mismatches.push(`${where}.weights: ${canonicalJson(r.weights ?? null)}, the exam scores with ${canonicalJson(weights ?? null)}`);
    if (!!r.freeTextRequired !== exam.freeTextRequired)
      mismatches.push(`${where}.freeTextRequired: ${String(!!r.freeTextRequired)}, the exam says ${String(exam.freeTextRequired)}`);
    if (exam.freeTextRequired) {
      r.decisions.forEach((d, j) => {
        if (d.source === 'option' && (d.action === 'reply' || d.action === 'dm'))
          mismatches.push(
            `${where}.decisions[${j}]: a ready-made ${d.action} on post "${d.postId}", but the exam requires written replies`,
          );
      });
    }
    if (r.hints > 0 || r.log.some((e) => e.type === 'hint'))
      mismatches.push(`${where}.hints: ${r.hints} hint(s) taken, there are none in an exam`);
    if (!same(r.candidate, report.candidate)) mismatches.push(`${where}.candidate: not the exam report’s candidate`);
    if (r.exam?.id !== exam.id) mismatches.push(`${where}.exam.id: "${String(r.exam?.id ?? 'none')}", not this exam ("${exam.id}")`);
    // Real time: decisions within the time allowed (extra time included), and a clock that never goes back.
    const start = r.log[0]?.at ?? 0;
    let previous = start;
    for (const [j, e] of r.log.entries()) {
      if (e.at < previous - 1000)
        mismatches.push(
          `${where}.log[${j}]: real time goes back ${minutes(previous - e.at)} (the computer’s clock was changed during the exam)`,
        );
      previous = Math.max(previous, e.at);
      if (e.type !== 'option' && e.type !== 'free') continue;
      const perScenario = exam.minutesPerScenario * 60_000 * factor;
      const total = exam.minutesTotal * 60_000 * factor;
      if (e.at - start > perScenario + GRACE_MS)
        mismatches.push(
          `${where}.log[${j}]: a decision ${minutes(e.at - start)} into the scenario, after the ${minutes(perScenario)} allowed`,
        );
      else if (Number.isFinite(examStart) && e.at - examStart > total + GRACE_MS)
        mismatches.push(`${where}.log[${j}]: a decision ${minutes(e.at - examStart)} into the exam, after the ${minutes(total)} allowed`);
    }
  }

  // The result, computed again the game's way from the replayed scores (a session that does not replay counts 0).
  const replayed = parts.map((p) =>
    p.status === 'verified' ? p.report : p.status === 'failed' && p.replayed ? { ...p.report, scores: p.replayed } : null,
  );
  const scored = replayed.filter((r): r is Report => r !== null);
  const recomputed = examResult({ ...newExamRun(exam), reports: scored });
  const scores = exam.scenarios.map((id) => scored.find((r) => r.scenario.id === id)?.scores.overall ?? null);
  if (report.overall !== recomputed.overall)
    mismatches.always(`overall: the report says ${report.overall}, its replayed scenarios give ${recomputed.overall}`);
  if (report.passed !== recomputed.passed)
    mismatches.always(
      `passed: the report says ${String(report.passed)}, the replayed result (${recomputed.overall} against a pass mark of ${exam.passMark}) gives ${String(recomputed.passed)}`,
    );

  const signals = readSignals(
    parts.flatMap((p) => (p.status === 'refused' ? [] : [{ log: p.report.log, postWords: (id: string) => p.postWords?.[id] ?? 0 }])),
    exam.minutesTotal * 60_000 * exam.accommodation,
  );
  const ok = mismatches.size === 0 && parts.every((p) => p.status === 'verified');
  return {
    kind: 'exam',
    file,
    status: ok ? 'verified' : 'failed',
    report,
    fingerprint: examFingerprint(exam),
    parts,
    mismatches: mismatches.lines(),
    recomputed,
    scores,
    settings,
    exam,
    signals,
  };
}

const SETTINGS_LINE: Record<SettingsCheck, string> = {
  matched: 'exam settings match the examiner’s exam',
  'extra-time':
    'exam settings match the examiner’s exam but for extra time, which the exam file given does not grant: check that this candidate was sent that extra-time link',
  differs: 'exam settings DIFFER from the examiner’s exam (checked against the examiner’s)',
  'other-exam': 'the examiner’s exam given is for another exam',
  unchecked: 'exam settings NOT CHECKED: give the examiner’s exam file (--exam) to check them',
};

const seconds = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 6_000) / 10} min` : `${Math.round(ms / 1000)} s`);

/** "signals: …" — the integrity figures of an exam report, flagged ones first, for a person to look at. */
export function signalsLine(s: Signals): string {
  const figures = [
    `${s.fast} of ${s.decisions} decision(s) faster than the post can be read`,
    s.paceCv === null
      ? 'too few decisions to judge the pace'
      : `pace ${s.flags.includes('even-pace') ? 'very even, like a script' : 'varied, like a person'} (variation ${s.paceCv.toFixed(2)})`,
    `away ${seconds(s.awayMs)} (${s.awayCount} time(s))`,
    `pasted ${s.pastedChars} character(s) in ${s.pastes} reply(ies)`,
    `played ${seconds(s.durationMs)}${s.limitMs ? ` of ${seconds(s.limitMs)} allowed` : ''}`,
  ];
  const flags = s.flags.length > 0 ? `to look at: ${s.flags.join(', ')}` : 'nothing flagged';
  return `signals: ${flags}; ${figures.join('; ')}`;
}

/** An exam report's outcome as printed lines (`npm run verify-report`); `part`, when given, prints each session under it. */
export function formatExamResult(r: ExamCheckResult, part?: (c: CheckResult) => string[]): string[] {
  if (r.status === 'refused') return [`${r.file}: REFUSED: not a valid exam report:`, ...r.errors.map((e) => `  - ${e}`)];
  const { candidate } = r.report;
  const { exam } = r;
  const who = candidate.name || candidate.email || candidate.id || '(no candidate details)';
  const extra = exam.accommodation > 1 ? `, extra time ×${exam.accommodation}` : '';
  const head = `exam "${exam.id}" (fingerprint ${r.fingerprint}${extra}), candidate ${who}`;
  const result = `overall ${r.recomputed.overall}/100, ${r.recomputed.passed ? 'passed' : 'not passed'} (pass mark ${exam.passMark})`;
  const lines =
    r.status === 'verified'
      ? [`${r.file}: verified: ${head}: ${result} (unproctored)`]
      : [`${r.file}: NOT VERIFIED: ${head}: ${problemCount(r)} problem(s); replayed ${result}`, ...r.mismatches.map((m) => `  - ${m}`)];
  lines.push(`  ${SETTINGS_LINE[r.settings]}`, `  ${signalsLine(r.signals)}`);
  if (part) for (const p of r.parts) lines.push(...part(p).map((l) => `  ${l}`));
  return lines;
}
