/**
 * An exam: fixed conditions set by an examiner (scenarios in order, language, seed, time limits,
 * weights, pass mark, whether replies must be written, which candidate details to collect).
 * Loaded from a file, a URL or a link made by the exam builder; refused with the field named.
 */
import * as v from 'valibot';
import { LOCALES, SCORE_KEYS } from '../core/types';

export const EXAM_FORMAT = 'frontline-exam';
/** 2 (Frontline 0.6): an exam may require an examiner's review, ask an optional group question and name a contact. */
export const EXAM_VERSION = 2;
export const CANDIDATE_FIELDS = ['name', 'email', 'id', 'organisation'] as const;
export const ACCOMMODATIONS = [1, 1.25, 1.5] as const;

const minutes = v.pipe(v.number(), v.minValue(1, 'must be at least 1 minute'), v.maxValue(600, 'must be at most 600 minutes'));

export const ExamSchema = v.strictObject({
  format: v.literal(EXAM_FORMAT, 'must be "frontline-exam"'),
  version: v.literal(EXAM_VERSION, `must be ${EXAM_VERSION}`),
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'must be letters without accents, digits, dashes or underscores (64 at most)')),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200)),
  locale: v.picklist(LOCALES, 'must be "fr" or "en"'),
  seed: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0), v.maxValue(0xffffffff)),
  scenarios: v.pipe(v.array(v.string()), v.minLength(1, 'must list at least one scenario'), v.maxLength(20)),
  minutesPerScenario: minutes,
  minutesTotal: minutes,
  weights: v.optional(v.record(v.picklist(SCORE_KEYS), v.pipe(v.number(), v.minValue(0), v.maxValue(10)))),
  passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  freeTextRequired: v.boolean(),
  showScores: v.boolean(),
  candidate: v.pipe(v.array(v.picklist(CANDIDATE_FIELDS)), v.maxLength(CANDIDATE_FIELDS.length)),
  /** Extra time granted by the examiner (×1.25, ×1.5). */
  accommodation: v.optional(v.picklist(ACCOMMODATIONS, 'must be 1, 1.25 or 1.5'), 1),
  /** The result stays provisional until an examiner has reviewed the written replies. */
  review: v.optional(v.boolean(), false),
  /**
   * A question the candidate may answer or not (e.g. age band), for the fairness view only: never
   * scored, special-category data under GDPR Art. 9 when it touches origin, health and the like.
   */
  group: v.optional(
    v.strictObject({
      label: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120)),
      choices: v.pipe(
        v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(80))),
        v.minLength(2, 'must offer at least 2 answers'),
        v.maxLength(20, 'must offer at most 20 answers'),
      ),
    }),
  ),
  /**
   * Scenario variants (names, figures, wording): each candidate draws their own from the exam's seed
   * and their details (the default), or every candidate plays the same one; `none` (exams made before
   * variants) plays the scenarios as written.
   */
  variants: v.optional(v.picklist(['per-candidate', 'shared', 'none'], 'must be "per-candidate", "shared" or "none"'), 'per-candidate'),
  /** Who the candidate may contact about the exam (shown in the notice before it starts). */
  contact: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
});

/** An exam of version 1 reads as version 2 with none of its additions (its scenarios played as written). */
export const migrateExam = (data: Record<string, unknown>, version: number): Record<string, unknown> | null =>
  version === 1 ? { ...data, version: EXAM_VERSION, variants: 'none' } : null;

export type Exam = v.InferOutput<typeof ExamSchema>;

/** An exam in a link: base64url of its JSON, read back by `decodeExamLink`. */
export function encodeExamLink(exam: Exam): string {
  const bytes = new TextEncoder().encode(JSON.stringify(exam));
  let binary = '';
  bytes.forEach((b) => {
    binary += String.fromCharCode(b);
  });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeExamLink(code: string): string | null {
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
