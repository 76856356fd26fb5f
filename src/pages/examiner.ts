/**
 * What verify.html needs for examiners, without the DOM (tested in Node): what a dropped file is,
 * a fingerprint typed by hand, the exam settings that differ between the candidate's copy and the
 * examiner's exam (and each in words), and the examiner's review as it is being made — the verdicts
 * per written reply, turned into the review file's decisions and read back from a review file.
 */
import type { i18n } from 'i18next';
import { type Judgement, SCORE_KEYS, type Locale } from '../core/types';
import { canonicalJson } from '../engine/fingerprint';
import type { Exam } from '../records/exam-file';
import { MAX_DEPTH, MAX_RECORD_CHARS, jsonDepth, kindOf } from '../records/read';
import type { Review, ReviewedDecision } from '../records/review';
import type { ReviewableReply } from './review';

type Translate = i18n['t'];

/** What a file dropped on the page is, by its `format`; `unknown` when it says nothing we read. */
export type DroppedKind = 'report' | 'exam-report' | 'exam' | 'review' | 'unknown';

export function droppedKind(text: string): DroppedKind {
  if (text.length > MAX_RECORD_CHARS || jsonDepth(text) > MAX_DEPTH) return 'unknown';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'unknown';
  }
  const kind = kindOf(data);
  return kind === 'report' || kind === 'exam' || kind === 'review'
    ? kind
    : kind === 'exam-report' || kind === 'exam-sessions'
      ? 'exam-report'
      : 'unknown';
}

/**
 * A fingerprint as an examiner types it ("3F2A 9C41 B7E0", "3f2a-9c41-b7e0", "3f2a9c41b7e0"), in the
 * form the builder shows ("3f2a-9c41-b7e0"); null when it is not 12 hex digits.
 */
export function parseFingerprint(text: string): string | null {
  const hex = text
    .trim()
    .toLowerCase()
    .replace(/[\s\-–—_.:]/g, '');
  if (!/^[0-9a-f]{12}$/.test(hex)) return null;
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/** A setting of the exam that is not the same in the candidate's copy and in the examiner's exam. */
export interface SettingDifference {
  key: keyof Exam;
  report: unknown;
  examiner: unknown;
}

/** The order settings are listed in: those that change a result first. */
const SETTING_ORDER: readonly (keyof Exam)[] = [
  'passMark',
  'minutesPerScenario',
  'minutesTotal',
  'accommodation',
  'weights',
  'scenarios',
  'seed',
  'locale',
  'freeTextRequired',
  'review',
  'showScores',
  'candidate',
  'group',
  'contact',
  'id',
  'title',
  'format',
  'version',
];

/** Each setting that differs between the candidate's copy of the exam and the examiner's, most telling first. */
export function settingDifferences(inReport: Exam, examiner: Exam): SettingDifference[] {
  const keys = new Set([...Object.keys(inReport), ...Object.keys(examiner)] as (keyof Exam)[]);
  const rank = (k: keyof Exam) => {
    const i = SETTING_ORDER.indexOf(k);
    return i < 0 ? SETTING_ORDER.length : i;
  };
  return [...keys]
    .filter((k) => canonicalJson(inReport[k] ?? null) !== canonicalJson(examiner[k] ?? null))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((key) => ({ key, report: inReport[key], examiner: examiner[key] }));
}

/** A setting's value in words (teacher strings `examiner.value.*`, `locales.*`, `score.*`). */
export function settingValue(key: keyof Exam, value: unknown, t: Translate, locale: Locale): string {
  const none = t('examiner.value.none');
  if (value === undefined || value === null) {
    if (key === 'weights') return t('examiner.value.weightsDefault');
    if (key === 'accommodation') return t('examiner.value.accommodationNone');
    return none;
  }
  const decimal = (n: number) => n.toLocaleString(locale);
  switch (key) {
    case 'passMark':
      return t('examiner.value.passMark', { n: value });
    case 'minutesPerScenario':
    case 'minutesTotal':
      return t('examiner.value.minutes', { n: decimal(Number(value)) });
    case 'accommodation':
      return Number(value) > 1
        ? t('examiner.value.accommodation', { factor: decimal(Number(value)) })
        : t('examiner.value.accommodationNone');
    case 'freeTextRequired':
    case 'review':
    case 'showScores':
      return t(value ? 'examiner.value.yes' : 'examiner.value.no');
    case 'locale':
      return typeof value === 'string' && (value === 'fr' || value === 'en') ? t(`locales.${value}`) : String(value);
    case 'weights':
      return SCORE_KEYS.map((k) => `${t(`score.${k}`)} ${decimal((value as Partial<Record<string, number>>)[k] ?? 1)}`).join(' · ');
    case 'candidate':
      return Array.isArray(value) && value.length > 0 ? value.map((f) => t(`examiner.value.field.${String(f)}`)).join(', ') : none;
    case 'scenarios':
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
    case 'group':
      return typeof value === 'object' ? String((value as { label?: unknown }).label ?? '') : String(value);
    case 'variants':
      return value === 'per-candidate' || value === 'shared' || value === 'none' ? t(`examiner.value.variants.${value}`) : String(value);
    default:
      return typeof value === 'string' ? value : canonicalJson(value);
  }
}

/** The examiner's verdicts on one written reply as they are being made. */
export interface ReplyDraft {
  /** Finding rule id -> verdict; a finding left out stands as the game found it. */
  findings: Record<string, 'confirmed' | 'overruled'>;
  /** The examiner's judgement, when they replace the game's. */
  judgement?: Judgement;
  note: string;
}

/** Drafts by reply (`replyKey`). */
export type ReviewDraft = Map<string, ReplyDraft>;

export const replyKey = (r: { session: number; decision: number }): string => `${r.session}:${r.decision}`;

/**
 * The review file's decisions: one per written reply (so the file says every reply was seen), each
 * with the verdicts the examiner gave on its findings (only on findings it has), and their judgement
 * and note.
 */
export function reviewedDecisions(replies: readonly ReviewableReply[], draft: ReviewDraft): ReviewedDecision[] {
  return replies.map((r) => {
    const d = draft.get(replyKey(r));
    const rules = new Set(r.findings.map((f) => f.ruleId));
    const findings = Object.entries(d?.findings ?? {})
      .filter(([ruleId]) => rules.has(ruleId))
      .map(([ruleId, verdict]) => ({ ruleId, verdict }));
    return {
      session: r.session,
      decision: r.decision,
      postId: r.postId,
      findings,
      ...(d?.judgement ? { judgement: d.judgement } : {}),
      note: d?.note ?? '',
    };
  });
}

/** A review file's verdicts as a draft, to show them and go on from them. */
export function draftFromReview(review: Pick<Review, 'decisions'>): ReviewDraft {
  const draft: ReviewDraft = new Map();
  for (const d of review.decisions)
    draft.set(replyKey(d), {
      findings: Object.fromEntries(d.findings.map((f) => [f.ruleId, f.verdict])),
      ...(d.judgement ? { judgement: d.judgement } : {}),
      note: d.note,
    });
  return draft;
}

/** Verdicts given / findings in all: "3 of 5 findings reviewed". */
export function findingsReviewed(replies: readonly ReviewableReply[], draft: ReviewDraft): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const r of replies) {
    const d = draft.get(replyKey(r));
    for (const f of r.findings) {
      total++;
      if (d?.findings[f.ruleId]) done++;
    }
  }
  return { done, total };
}

/** "frontline-review-camille-2026-12-07-1030.json" for the report file "camille.json". */
export function reviewFileName(reportFile: string, isoDate: string): string {
  const base = reportFile
    .replace(/\.json$/i, '')
    .replace(/[^\w-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 80);
  const stamp = isoDate.slice(0, 16).replace('T', '-').replace(':', '');
  return `frontline-review-${base || 'report'}-${stamp}.json`.replace(/[^\w.-]/g, '_');
}
