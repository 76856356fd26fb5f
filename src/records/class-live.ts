/**
 * A live class session on a Frontline Hub (docs/hub.md): the teacher's settings, the class code, the
 * injects fired, and what the teacher's live view receives of each student. Checked on both sides: the
 * hub reads a teacher's request with these schemas, the live page reads the hub's messages with them.
 */
import * as v from 'valibot';
import { JUDGEMENTS, LOCALES, SCORE_KEYS } from '../core/types';

/** No 0/O, 1/I/L: a code read aloud or from a projector is typed right. */
export const CLASS_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CLASS_CODE_LENGTH = 6;
export const ClassCodeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.regex(new RegExp(`^[${CLASS_CODE_ALPHABET}]{${CLASS_CODE_LENGTH}}$`), 'is not a class code'),
);

/** Game time runs this many times faster than the scenario's own clock (1: as written). */
export const CLASS_TIMESCALES = [1, 2, 4] as const;

const short = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

export const ClassSettingsSchema = v.strictObject({
  scenario: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'is not a scenario id')),
  locale: v.picklist(LOCALES, 'must be "fr" or "en"'),
  /** One variant for the whole class, one per student, or the scenario as written. */
  variants: v.picklist(['shared', 'per-student', 'none'], 'must be "shared", "per-student" or "none"'),
  timescale: v.picklist(CLASS_TIMESCALES, 'must be 1, 2 or 4'),
  /** Whether students may write their own replies (otherwise they pick from the ready-made ones). */
  freeText: v.boolean(),
});
export type ClassSettings = v.InferOutput<typeof ClassSettingsSchema>;

export const StudentNameSchema = short(40);

/** An inject the teacher fired: its knot (tagged `# inject:` in the scenario) and when, by the hub's clock. */
export const FiredInjectSchema = v.object({ knot: v.pipe(v.string(), v.maxLength(100)), at: v.pipe(v.string(), v.isoTimestamp()) });
export type FiredInject = v.InferOutput<typeof FiredInjectSchema>;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One decision as the live view shows it: which post, which answer, how it was judged, the rules it broke. */
export const LiveDecisionSchema = v.object({
  postId: v.string(),
  /** The ready-made option's index; null for a written reply or a deadline. */
  option: v.nullable(count),
  source: v.picklist(['option', 'free', 'deadline']),
  text: v.pipe(v.string(), v.maxLength(400)),
  judgement: v.picklist(JUDGEMENTS),
  rules: v.array(v.string()),
});
export type LiveDecision = v.InferOutput<typeof LiveDecisionSchema>;

/** What the teacher sees of one student, made by the hub's replay of their acts after each is acknowledged. */
export const StudentSnapshotSchema = v.object({
  /** Game seconds reached. */
  gameTime: v.pipe(v.number(), v.finite(), v.minValue(0)),
  posts: count,
  open: count,
  /** The post waiting longest for an answer (the student's current post). */
  current: v.nullable(v.object({ postId: v.string(), text: v.pipe(v.string(), v.maxLength(400)) })),
  decisions: v.pipe(v.array(LiveDecisionSchema), v.maxLength(500)),
  scores: v.record(v.picklist([...SCORE_KEYS, 'overall']), v.number()),
  ending: v.nullable(v.string()),
  finished: v.boolean(),
  /** Each post's opening words, for the split of answers by post. */
  postTexts: v.record(v.string(), v.pipe(v.string(), v.maxLength(200))),
});
export type StudentSnapshot = v.InferOutput<typeof StudentSnapshotSchema>;

export const LiveStudentSchema = v.object({
  id: v.string(),
  name: v.string(),
  joinedAt: v.pipe(v.string(), v.isoTimestamp()),
  snapshot: v.nullable(StudentSnapshotSchema),
});
export type LiveStudent = v.InferOutput<typeof LiveStudentSchema>;

/** The class as its teacher sees it: settings, code, pause, injects (offered and fired), the charter's rules, the students. */
export const LiveClassSchema = v.object({
  id: v.string(),
  code: v.string(),
  title: v.string(),
  settings: ClassSettingsSchema,
  paused: v.boolean(),
  ended: v.boolean(),
  injects: v.array(v.object({ knot: v.string(), label: v.string() })),
  fired: v.array(FiredInjectSchema),
  /** The charter's rules by id, in the class's language. */
  rules: v.record(v.string(), v.string()),
  students: v.array(LiveStudentSchema),
});
export type LiveClass = v.InferOutput<typeof LiveClassSchema>;

/** What a student's game asks the hub between acts: whether the class is paused or over, and the injects fired so far. */
export const ClassStateSchema = v.object({
  paused: v.boolean(),
  ended: v.boolean(),
  fired: v.array(FiredInjectSchema),
  serverTime: v.pipe(v.string(), v.isoTimestamp()),
});
export type ClassState = v.InferOutput<typeof ClassStateSchema>;
