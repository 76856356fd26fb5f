/**
 * Verification of a session report: its log is replayed through a fresh session — the same
 * engine, the same numbers — and every difference is listed. A score edited by hand no longer
 * matches the replay.
 */
import * as v from 'valibot';
import type { ReplyAnalysis } from '../core/types';
import type { Charter, Manifest } from '../content/schema';
import type { Scores } from '../scoring';
import { type LogEntry, ReplyAnalysisSchema } from '../records/domain';
import type { Report } from '../records/session-report';
import { MismatchList } from './capped-list';
import { Session } from './session';
import type { ReplyModel } from '../analysis';

export interface Verification {
  ok: boolean;
  /**
   * The differences between the report and its replay: its scores, ending and the like always, the
   * per-entry ones up to 50 lines in all, then "… and K more" (capped-list.ts).
   */
  mismatches: string[];
  replayed: { scores: Scores; ending: string | null; decisions: number };
  /** The words of each post the replay showed, for the integrity signals' reading times (src/engine/signals.ts). */
  postWords: Record<string, number>;
  /** Each post the replay showed, who wrote it and what (the report itself holds only the answers), for the examiner's review. */
  posts: Record<string, { author: string; text: string }>;
}

/** What a run is played from: the manifest, the charter, the story, and the brands its variants may choose. */
export interface PlayableScenario {
  manifest: Manifest;
  charter: Charter;
  story: string;
  brands?: Readonly<Record<string, Charter>>;
}

/**
 * Replays a session's log through a fresh session: the same engine, the same numbers. With
 * `recordedAnalyses` (a run resumed from the player's own save), written replies keep the analysis
 * they were given when written; a report under verification is analysed afresh.
 */
export function replaySession(
  scenario: PlayableScenario,
  report: ReplaySource,
  replyModel: ReplyModel | null = null,
): { session: Session; problems: string[] } {
  const replay = startReplay(scenario, report, replyModel);
  replay.apply(report.log);
  return { session: replay.session, problems: replay.problems.lines() };
}

type ReplaySource = Pick<Report, 'locale' | 'seed' | 'log'> & {
  weights?: Report['weights'];
  freeTextRequired?: boolean;
  recordedAnalyses?: boolean;
};

/**
 * A replay that can be carried on: `apply` plays more of the log (from where the last call stopped) on
 * the same session. The hub's live view keeps one per student, so each act costs one step, not a replay.
 */
export function startReplay(
  scenario: PlayableScenario,
  report: ReplaySource,
  replyModel: ReplyModel | null = null,
): { session: Session; problems: MismatchList; apply(entries: readonly LogEntry[]): void } {
  // The replay stamps each event with the real time recorded for it, so its log equals the original.
  let at = report.log[0]?.at ?? 0;
  const start = report.log[0];
  const variant = start?.type === 'start' ? start.variant : undefined;
  const session = new Session({
    ...(variant !== undefined ? { variant } : {}),
    manifest: scenario.manifest,
    charter: scenario.charter,
    ...(scenario.brands ? { brands: scenario.brands } : {}),
    story: scenario.story,
    locale: report.locale,
    seed: report.seed,
    realClock: () => at,
    replyModel,
    ...(report.weights ? { weights: report.weights } : {}),
    ...(report.freeTextRequired ? { freeTextRequired: true } : {}),
  });
  const problems = new MismatchList();
  let index = -1;
  const apply = (entries: readonly LogEntry[]) => {
    for (const e of entries) step(e, ++index);
  };
  const step = (e: LogEntry, i: number) => {
    if (e.type === 'start') return;
    at = e.at;
    session.advance(e.t);
    const where = `log[${i}] at ${e.t.toFixed(1)} s`;
    switch (e.type) {
      case 'option':
        if (!session.choose(e.postId, e.index)) problems.push(`${where}: option ${e.index} on post "${e.postId}" was not available`);
        break;
      case 'free': {
        const recorded = report.recordedAnalyses && v.is(ReplyAnalysisSchema, e.analysis) ? e.analysis : undefined;
        // A reply logged without its destination (a save of 0.2) goes where it went then.
        const r = session.write(
          e.postId,
          e.text,
          e.action ? { action: e.action, ...(e.department ? { department: e.department } : {}) } : undefined,
          { ...(recorded ? { recorded } : {}), ...(e.action ? {} : { inferDestination: true }), ...(e.pasted ? { pasted: e.pasted } : {}) },
        );
        if ('error' in r) problems.push(`${where}: free reply on post "${e.postId}" refused (${r.error})`);
        break;
      }
      case 'away':
        session.noteAway(e.ms);
        break;
      case 'expire':
        session.expire();
        break;
      case 'inject':
        if (!session.inject(e.knot)) problems.push(`${where}: the inject "${e.knot}" could not come`);
        break;
      case 'hint':
        if (!session.useHint(e.postId)) problems.push(`${where}: no hint to take on post "${e.postId}"`);
        break;
      case 'deadline':
        if (!session.decisions.some((d) => d.postId === e.postId && d.source === 'deadline'))
          problems.push(`${where}: the deadline on post "${e.postId}" did not pass`);
        break;
      case 'end':
        if (session.ending?.id !== e.ending)
          problems.push(`${where}: ending "${e.ending}" not reached (replay: ${session.ending?.id ?? 'none'})`);
        break;
    }
  };
  return { session, problems, apply };
}

/**
 * Replays a report and compares everything it claims. Written replies are read again with `replyModel`
 * (the game's trained reader; null: the rules alone), which should be the one the report names.
 */
export function verifyReport(report: Report, scenario: PlayableScenario, replyModel: ReplyModel | null = null): Verification {
  const mismatches = new MismatchList();
  if (report.scenario.id !== scenario.manifest.id)
    mismatches.always(`scenario: report is for "${report.scenario.id}", not "${scenario.manifest.id}"`);
  if (report.scenario.version !== scenario.manifest.version)
    mismatches.always(
      `scenario.version: report was made with version ${report.scenario.version}, this game has version ${scenario.manifest.version}`,
    );
  const start = report.log[0];
  if (start?.type !== 'start' || start.seed !== report.seed || start.locale !== report.locale || start.scenario !== report.scenario.id) {
    mismatches.always('log[0]: the start entry does not match the report’s seed, locale or scenario');
  }
  const { session, problems } = replaySession(scenario, report, replyModel);
  analysisChanges(report, session, mismatches);
  mismatches.pushCapped(problems);
  const card = session.score();
  for (const key of Object.keys(card.scores) as (keyof Scores)[]) {
    if (report.scores[key] !== card.scores[key])
      mismatches.always(`scores.${key}: the report says ${report.scores[key]}, the replay gives ${card.scores[key]}`);
  }
  if ((report.hints ?? 0) !== session.hintsUsed)
    mismatches.always(`hints: the report says ${report.hints ?? 0}, the replay took ${session.hintsUsed}`);
  if (report.decisions.length !== session.decisions.length) {
    mismatches.always(`decisions: the report lists ${report.decisions.length}, the replay makes ${session.decisions.length}`);
  }
  session.decisions.forEach((d, i) => {
    const r = report.decisions[i];
    if (!r) return;
    for (const field of ['postId', 'action', 'judgement'] as const) {
      if (r[field] !== d[field])
        mismatches.push(`decisions[${i}].${field}: the report says "${String(r[field])}", the replay gives "${String(d[field])}"`);
    }
    // The dashboard counts broken rules from reports: they must be the replay's too.
    // A report that did not go through readReport may hold anything there: a mismatch, not a crash.
    const listed = (r as { breaches?: unknown }).breaches ?? [];
    if (!Array.isArray(listed)) {
      mismatches.push(`decisions[${i}].breaches: is not a list of broken charter rules`);
      return;
    }
    const rules = (list: readonly unknown[]) =>
      list
        .map((b) => String((b as { ruleId?: unknown } | null)?.ruleId))
        .sort()
        .join(', ');
    if (rules(listed) !== rules(d.breaches))
      mismatches.push(`decisions[${i}].breaches: the report says [${rules(listed)}], the replay gives [${rules(d.breaches)}]`);
  });
  const trace = (log: readonly { type: string; t: number; at: number }[]) => log.map((e) => `${e.type}@${e.t}/${e.at}`);
  const [given, replayed] = [trace(report.log), trace(session.log)];
  const firstDiff = given.findIndex((e, i) => e !== replayed[i]);
  if (firstDiff >= 0 || given.length !== replayed.length) {
    const i = firstDiff >= 0 ? firstDiff : Math.min(given.length, replayed.length);
    mismatches.always(`log[${i}]: the report has ${given[i] ?? 'nothing'}, the replay has ${replayed[i] ?? 'nothing'}`);
  }
  if ((report.ending?.id ?? null) !== (session.ending?.id ?? null)) {
    mismatches.always(`ending: the report says "${report.ending?.id ?? 'none'}", the replay gives "${session.ending?.id ?? 'none'}"`);
  } else if ((report.ending?.text ?? null) !== (session.ending?.text ?? null)) {
    mismatches.always(`ending.text: the report's ending "${report.ending?.id ?? 'none'}" does not read as the replay's`);
  }
  return {
    ok: mismatches.size === 0,
    mismatches: mismatches.lines(),
    replayed: { scores: card.scores, ending: session.ending?.id ?? null, decisions: session.decisions.length },
    postWords: Object.fromEntries(session.feed.map((p) => [p.id, p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0])),
    posts: Object.fromEntries(session.feed.map((p) => [p.id, { author: p.persona.name, text: p.text }])),
  };
}

const readerName = (id: string | undefined) => (id ? `by the rules and reply model ${id}` : 'by the rules alone');

const readAs = (a: ReplyAnalysis): string =>
  `tone ${a.tone}, diplomacy ${a.diplomacy}, breaches [${[...new Set(a.violations.map((x) => x.kind))].sort().join(', ')}]`;

/**
 * Written replies the replay reads differently from the report. Said first, and plainly: every score
 * difference that follows comes from there, and the cause is another version of the game or an edit.
 */
function analysisChanges(report: Report, session: Session, out: MismatchList): void {
  const replayed = session.log.filter((e) => e.type === 'free');
  let k = 0;
  report.log.forEach((e, i) => {
    if (e.type !== 'free') return;
    const now = replayed[k++];
    if (!now || now.type !== 'free' || !e.analysis || !now.analysis) return;
    const [then, again] = [readAs(e.analysis), readAs(now.analysis)];
    if (then !== again && e.analysis.reader !== now.analysis.reader) {
      out.push(
        `log[${i}]: the written reply on post "${e.postId}" was read ${readerName(e.analysis.reader)} in the report, ` +
          `but ${readerName(now.analysis.reader)} here, which reads it ${again} (the report says ${then}): ` +
          `verify it with the version of Frontline that made it (${report.app})`,
      );
    } else if (then !== again) {
      out.push(
        `log[${i}]: the written reply on post "${e.postId}" reads ${then} in the report, but ${again} in this version of the game: ` +
          `the report was made with another version (Frontline ${report.app}) or edited`,
      );
    }
  });
}
