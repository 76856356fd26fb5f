/** Read-only views of the state for scenes and UI, so they never reach into the rules. */
import { DEPARTMENTS, type Channel, type Decision, type Department, type Locale, type Meters, type WrittenAction } from '../core/types';
import type { ReplyOption } from '../narrative';
import type { Doubt, Reason } from '../core/types';
import type { GameState } from './store';
import type { FeedPost, Memo } from '../engine/session';
import { buildExamReport, examReportFileName, timeLeft } from '../engine/exam-rules';
import type { ExamReport } from '../records/exam-report';
import type { ExamAgain } from './types';
import { optionIds } from '../engine/option-order';
import { drawVariant, variantCode, withVariant } from '../engine/variant';
import type { Charter, Manifest } from '../content/schema';
import { type Brand, brandOf } from '../content/brand';
import type { ReplyDestination } from '../engine/session';
import { type DiplomacyPart, diplomacyParts } from '../scoring';
import type { Draft } from '../records/draft';

/** The most a written reply breaking a rule of each severity can be judged (the debrief says it). */
export { BREACH_CAP } from '../scoring';

export type { ReplyOption, Reason };
export type { ScenarioEntry } from '../content/catalog';
export type { Charter, CharterRule, Manifest } from '../content/schema';
export type { Brand, BrandColours } from '../content/brand';

/** A reply option as the desk offers it: under an identifier opaque for the run, never its authored index. */
export interface OfferedOption {
  id: string;
  option: ReplyOption;
}

/**
 * Options the player may pick on a post now, in the order the engine offers them (shuffled by the
 * run's seed, the hidden deadline fallback last, shown as "leave it"), each under its opaque id.
 * When an exam requires written replies, public replies and private messages are left out: they
 * must be written in the composer (the session refuses them too).
 */
export function optionsFor(state: GameState, postId: string): OfferedOption[] {
  const session = state.session;
  if (!session) return [];
  const offered = session.visibleOptions(postId);
  const allowed = session.freeTextRequired ? offered.filter((o) => o.action !== 'reply' && o.action !== 'dm') : offered;
  const ids = optionIds(allowed, session.seed, postId);
  return allowed.map((option, i) => ({ id: ids[i] ?? '', option }));
}

/** The authored index behind an option's identifier, for `choose`; null when the post no longer offers it. */
export function optionIndex(state: GameState, postId: string, id: string): number | null {
  return optionsFor(state, postId).find((o) => o.id === id)?.option.index ?? null;
}

/** Manifests as a variant fills them in, kept per manifest and seed (views ask on every redraw). */
const varied = new WeakMap<Manifest, Map<number, Manifest>>();

/**
 * The opened scenario's manifest as its run plays it: its texts (title, summary, objectives, learning
 * points, bios) and personas as the state's variant draws them, for the briefing, the desk and the
 * debrief; the manifest as written when the scenario declares no variants. Null when none is opened.
 */
export function scenarioManifest(state: GameState): Manifest | null {
  const manifest = state.selected?.manifest;
  if (!manifest) return null;
  if (state.variant === null || !manifest.variants) return manifest;
  let bySeed = varied.get(manifest);
  if (!bySeed) varied.set(manifest, (bySeed = new Map()));
  let filled = bySeed.get(state.variant);
  if (!filled) {
    if (bySeed.size >= 16) bySeed.clear();
    bySeed.set(state.variant, (filled = withVariant(manifest, state.variant)));
  }
  return filled;
}

/**
 * The charter the opened scenario is played for: its own, or the one of the brand its variant draws
 * when it offers several (docs/authoring.md, "Variants"). Null when none is opened.
 */
export function scenarioCharter(state: GameState): Charter | null {
  const selected = state.selected;
  if (!selected) return null;
  if (state.variant === null || !selected.brands || !selected.manifest.variants?.brands) return selected.charter;
  const brand = variantBrand(selected.manifest, state.settings.locale, state.variant);
  return (brand && selected.brands[brand]) || selected.charter;
}

/** The brand a variant draws, kept per manifest, language and seed (every redraw asks for the charter). */
const drawnBrands = new WeakMap<Manifest, Map<string, string | undefined>>();

function variantBrand(manifest: Manifest, locale: Locale, variant: number): string | undefined {
  let byKey = drawnBrands.get(manifest);
  if (!byKey) drawnBrands.set(manifest, (byKey = new Map()));
  const key = `${locale}:${variant}`;
  if (!byKey.has(key)) {
    if (byKey.size >= 16) byKey.clear();
    byKey.set(key, drawVariant(manifest, locale, variant).brand);
  }
  return byKey.get(key);
}

/** Brands as views wear them, one per charter (a stable object, so views can tell when it changed). */
const brands = new WeakMap<Charter, Brand>();

/**
 * The opened scenario's brand: its name, its colours (the game's own when its charter names none, as a
 * teacher's may not) and its logo's URL (null: the brand mark shows its initial). Null when none is opened.
 */
export function scenarioBrand(state: GameState): Brand | null {
  const charter = scenarioCharter(state);
  if (!charter) return null;
  let brand = brands.get(charter);
  if (!brand) brands.set(charter, (brand = brandOf(charter.brand)));
  return brand;
}

/**
 * The code of the variant an exam gives the candidate on the opened scenario ("0a4f1c09"), for its
 * briefing; null in training (the debrief names it there) or when the scenario declares no variants.
 */
export function examVariantCode(state: GameState): string | null {
  if (state.mode !== 'exam' || state.variant === null || !state.selected?.manifest.variants) return null;
  return variantCode(state.variant);
}

/** Whether the composer is offered: the scenario allows it, or the exam requires it. */
export function composerOpen(state: GameState): boolean {
  // A class's teacher may keep to the ready-made replies (the hub refuses written ones then).
  if (state.exam?.hub?.class && !state.exam.hub.class.freeText) return false;
  return !!state.selected?.manifest.freeText || (state.mode === 'exam' && !!state.exam?.exam.freeTextRequired);
}

/** One place the composer can send a written reply to, under its `data-reply-action` value. */
export interface DestinationChoice {
  /** `reply`, `dm` or `escalate:<department>`. */
  value: string;
  action: WrittenAction;
  department?: Department;
}

/**
 * Where a written reply can go: a public reply (first, the default), a private message, or a hand-over
 * note to one of the charter's escalation routes, in the charter's order. Under a private message the
 * reply stays in the conversation, so there is no second, "private" choice.
 */
export function replyDestinations(state: GameState, channel?: Channel): DestinationChoice[] {
  const routes = scenarioCharter(state)?.escalation ?? [];
  return [
    { value: 'reply', action: 'reply' },
    ...(channel === 'dm' ? [] : [{ value: 'dm', action: 'dm' as const }]),
    ...routes.map((r) => ({ value: `escalate:${r.department}`, action: 'escalate' as const, department: r.department })),
  ];
}

/** Networks that cap a post's length: the brand's public reply there obeys it, as the network would. */
const PUBLIC_REPLY_LIMITS: Partial<Record<Channel, number>> = { microblog: 280 };

/** The most characters a public reply may have on a channel; null when the channel sets no limit. */
export function publicReplyLimit(channel: Channel): number | null {
  return PUBLIC_REPLY_LIMITS[channel] ?? null;
}

/** The destination a `data-reply-action` value names; null when it names none. */
export function parseDestination(value: string): ReplyDestination | null {
  if (value === 'reply' || value === 'dm') return { action: value };
  const [kind, department] = value.split(':');
  if (kind === 'escalate' && (DEPARTMENTS as readonly string[]).includes(department ?? ''))
    return { action: 'escalate', department: department as Department };
  return null;
}

/**
 * What earned and cost a written reply its diplomacy (src/scoring/diplomacy-parts.ts), each breach
 * with the charter rule of its kind when the brand has one.
 */
export function diplomacyBreakdown(state: GameState, decision: Decision): (DiplomacyPart & { rule?: string })[] {
  if (!decision.analysis) return [];
  const rules = scenarioCharter(state)?.rules ?? [];
  return diplomacyParts(decision.analysis).map((p) => {
    const rule = p.code === 'breach' ? rules.find((r) => r.kind === p.params.kind)?.id : undefined;
    return rule ? { ...p, rule } : p;
  });
}

/** Milliseconds left in the exam (scenario and total), or null outside an exam. */
export function examTimeLeft(state: GameState): { scenario: number; total: number } | null {
  // A class has no time limit: the teacher ends it.
  return state.exam && !state.exam.hub?.class ? timeLeft(state.exam, state.realNow) : null;
}

/** A live class's pause, as the desk shows it: the teacher stopped everyone's clock (null: not in a class). */
export function classModel(state: GameState): { paused: boolean; freeText: boolean } | null {
  const joined = state.exam?.hub?.class;
  return joined ? { paused: state.paused, freeText: joined.freeText } : null;
}

/**
 * Whether the tab holds what an error screen must not hide: a scenario on the desk, an exam started, or
 * a finished exam whose report was not downloaded. An exam link opened then is answered by a message.
 */
export function inUse(state: GameState): boolean {
  const { session, exam } = state;
  return (session !== null && !session.ended) || (exam !== null && exam.startedAt !== null && exam.downloadedAt === undefined);
}

/** What the exam's end screen shows: the report while this browser keeps it, and what to do with it. */
export interface ExamEndModel {
  /** The exam report; null once it was downloaded and the exam left (only the fact that it was sat is kept). */
  report: ExamReport | null;
  /** The report's file name (null with no report). */
  file: string | null;
  title: string;
  /** Whom the candidate sends the report to, as the exam names them (null: "the person who sent you this exam"). */
  contact: string | null;
  /** Real ms when the report was downloaded; null: not yet. */
  downloadedAt: number | null;
  /** The exam's link was opened again after it was finished here: no new attempt. */
  again: ExamAgain | null;
  /**
   * Sat on a hub: the hub computes and keeps the result (no report to download); `waiting` while the
   * hub has not answered after a scenario, `result` what the exam lets the candidate see (null: hidden).
   */
  hub: { waiting: boolean; offline: boolean; result: { overall: number; passed: boolean } | null } | null;
}

export function examEndModel(state: GameState): ExamEndModel | null {
  const run = state.exam;
  const again = state.examAgain;
  if (run?.hub && run.startedAt !== null) {
    const base = {
      report: null,
      file: null,
      title: run.exam.title,
      contact: run.exam.contact?.trim() || null,
      downloadedAt: null,
      again: null,
    };
    return { ...base, hub: { waiting: run.finishedAt === null, offline: state.hubLine?.offline ?? false, result: run.hub.result } };
  }
  if (run && run.finishedAt !== null) {
    const report = buildExamReport(run, run.finishedAt);
    return {
      report,
      file: examReportFileName(report),
      title: run.exam.title,
      contact: run.exam.contact?.trim() || null,
      downloadedAt: run.downloadedAt ?? null,
      again,
      hub: null,
    };
  }
  if (!again) return null;
  return {
    report: null,
    file: null,
    title: again.title,
    contact: again.contact ?? null,
    downloadedAt: again.downloadedAt,
    again,
    hub: null,
  };
}

/** The desk's line to the hub: shown only while acts wait through a network cut (null: nothing to say). */
export function hubLineModel(state: GameState): { offline: true; pending: number } | null {
  return state.exam?.hub && state.hubLine?.offline ? { offline: true, pending: state.hubLine.pending } : null;
}

/** What the desk shows of the running session: a read model, so views never hold or call the engine. */
export interface DeskModel {
  /** The run this model belongs to (a view resets what it remembers when it changes). */
  run: string;
  startsAt: string;
  meters: Meters;
  memos: readonly Memo[];
  /** Posts whose hint the player already paid for. */
  hinted: ReadonlySet<string>;
  /** Nothing waits for an answer now, so quiet time can be skipped. */
  idle: boolean;
}

export function deskModel(state: GameState): DeskModel | null {
  const session = state.session;
  if (!session) return null;
  return {
    run: `${session.manifest.id}:${session.seed}:${state.startedAt ?? ''}`,
    startsAt: session.manifest.startsAt,
    meters: session.meters,
    // An exam has no coach: a tutorial's coaching memos are training only.
    memos: state.mode === 'exam' ? session.memos.filter((m) => m.from !== 'coach') : session.memos,
    hinted: session.hints,
    // On a hub, game time follows the hub's clock: quiet time cannot be skipped.
    idle: session.idle() && !state.exam?.hub,
  };
}

/**
 * The reply kept from before a reload for the running session (for `postId`, or whichever post it
 * is for when none is named); null when there is none, or it belongs to another run.
 */
export function composerDraft(state: GameState, postId?: string): Draft | null {
  const { draft, session } = state;
  if (!draft || !session || session.ended) return null;
  if (draft.scenario !== session.manifest.id || draft.seed !== session.seed || draft.startedAt !== (state.startedAt ?? '')) return null;
  return postId === undefined || draft.postId === postId ? draft : null;
}

/** Motion is reduced when the player asked for it in the settings, or their system does. */
export function motionReduced(state: GameState): boolean {
  return state.settings.reducedMotion || state.systemReducedMotion;
}

export function feed(state: GameState): readonly FeedPost[] {
  return state.session?.feed ?? [];
}

export function responseMinutes(state: GameState, channel: Channel): number | null {
  return scenarioCharter(state)?.responseMinutes[channel] ?? null;
}

/** What the brand calls a department, or null where the charter keeps the usual name. */
export function departmentName(state: GameState, department: Department, locale: Locale): string | null {
  return scenarioCharter(state)?.escalation.find((e) => e.department === department)?.name?.[locale] ?? null;
}

export function ruleText(state: GameState, ruleId: string, locale: Locale): string {
  const rule = scenarioCharter(state)?.rules.find((r) => r.id === ruleId);
  return rule ? rule.text[locale] : ruleId;
}

/**
 * The coach's doubts on a written reply (sentences the trained reader finds possibly against the charter,
 * below its threshold): a word in training, never in an exam, where only what is scored is shown.
 */
export function doubtsFor(state: GameState, decision: Decision): Doubt[] {
  if (state.debrief?.report.mode !== 'training') return [];
  const found = new Set(decision.analysis?.violations.map((v) => v.kind));
  return (decision.analysis?.doubts ?? []).filter((d) => !found.has(d.kind));
}

export function reasonsFor(state: GameState, postId: string): Reason[] {
  return state.debrief?.card.reasons.filter((r) => r.postId === postId) ?? [];
}

/** The scenario ids the menu lists, in career order (level, then difficulty). */
export function scenarioList(state: GameState) {
  const order = ['intern', 'manager', 'senior', 'lead'];
  return [...state.scenarios].sort(
    (a, b) =>
      order.indexOf(a.manifest.level) - order.indexOf(b.manifest.level) ||
      a.manifest.difficulty - b.manifest.difficulty ||
      a.manifest.id.localeCompare(b.manifest.id),
  );
}
