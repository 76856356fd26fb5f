/**
 * Schemas of the domain shapes that records carry (a decision, a reply's reading, scores and their
 * reasons). The shapes themselves are the interfaces of src/core; tests/unit/records/types.test.ts
 * proves at compile time that each schema's output is exactly its interface, so there is one shape.
 */
import * as v from 'valibot';
import {
  ACTION_KINDS,
  CHANNELS,
  DEPARTMENTS,
  INTENTS,
  JUDGEMENTS,
  LOCALES,
  POST_KINDS,
  RULE_KINDS,
  SCORE_KEYS,
  TONES,
  VERDICT_CODES,
  WRITTEN_ACTIONS,
} from '../core/types';

/** No scenario lasts two game days; a larger time would make a replay run for hours. */
export const MAX_GAME_SECONDS = 2 * 24 * 3600;
/** Longest text a record holds in one field (a written reply is capped well below). */
export const MAX_TEXT = 10_000;
/** Longest candidate detail a record keeps (a name is typed freely; the dashboard shows it clipped). */
export const MAX_NAME = 20_000;

const finite = v.pipe(v.number(), v.finite());
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const score = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const gameTime = v.pipe(finite, v.minValue(0), v.maxValue(MAX_GAME_SECONDS, 'is beyond any scenario (48 game hours)'));

export const LocaleSchema = v.picklist(LOCALES, 'must be "fr" or "en"');

const confidence = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
export const ViolationSchema = v.object({
  kind: v.picklist(RULE_KINDS),
  excerpt: text,
  by: v.optional(v.picklist(['rule', 'model'])),
  confidence: v.optional(confidence),
});
const DoubtSchema = v.object({ kind: v.picklist(RULE_KINDS), excerpt: text, confidence });

/** What the analyser said of a written reply. */
export const ReplyAnalysisSchema = v.object({
  tone: v.picklist(TONES),
  diplomacy: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  violations: v.pipe(v.array(ViolationSchema), v.maxLength(100)),
  intents: v.pipe(v.array(v.picklist(INTENTS)), v.maxLength(INTENTS.length)),
  reader: v.optional(v.pipe(v.string(), v.maxLength(64))),
  doubts: v.optional(v.pipe(v.array(DoubtSchema), v.maxLength(RULE_KINDS.length))),
});

export const MetersSchema = v.object({ sentiment: finite, reach: finite, reputation: finite });

export const DecisionSchema = v.object({
  postId: v.string(),
  channel: v.picklist(CHANNELS),
  postKind: v.picklist(POST_KINDS),
  arrivedAt: gameTime,
  decidedAt: gameTime,
  action: v.picklist(ACTION_KINDS),
  department: v.optional(v.picklist(DEPARTMENTS)),
  text,
  source: v.picklist(['option', 'free', 'deadline']),
  judgement: v.picklist(JUDGEMENTS),
  tone: v.optional(v.picklist(TONES)),
  diplomacy: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  // Reports of the first 0.1 versions listed no breaches when there were none.
  breaches: v.optional(
    v.pipe(
      v.array(
        v.object(
          {
            ruleId: v.string('is not the id of a charter rule'),
            excerpt: v.optional(text),
            by: v.optional(v.picklist(['rule', 'model'])),
            confidence: v.optional(confidence),
          },
          'expected a broken rule, { "ruleId": "<charter rule id>" }',
        ),
        'is not a list of broken charter rules',
      ),
      v.maxLength(100),
    ),
    [],
  ),
  why: text,
  better: v.optional(text),
  adjustments: v.optional(v.array(v.picklist(['over-apology', 'aggressive', 'defensive']))),
  analysis: v.optional(ReplyAnalysisSchema),
  verdict: v.optional(
    v.pipe(
      v.array(v.object({ code: v.picklist(VERDICT_CODES), params: v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_TEXT))) })),
      v.maxLength(50),
    ),
  ),
  storyAs: v.optional(v.picklist(ACTION_KINDS)),
});

export const ScoresSchema = v.object({
  diplomacy: score,
  speed: score,
  charter: score,
  judgement: score,
  outcome: score,
  overall: score,
});

export const ReasonSchema = v.object({
  key: v.picklist([...SCORE_KEYS, 'overall']),
  code: v.string(),
  postId: v.optional(v.string()),
  points: finite,
  params: v.record(v.string(), v.union([v.string(), v.number()])),
});

export const WeightsSchema = v.record(v.picklist(SCORE_KEYS), v.pipe(v.number(), v.minValue(0), v.maxValue(10)));

/**
 * One entry of a session's log: what happened, with game time `t` (seconds) and real time `at`
 * (ms, from the injected clock). A written reply keeps the reading it was given; suspend data in an
 * LMS leaves it out (the replay reads the text again).
 */
export const LogEntrySchema = v.intersect([
  v.object({ t: gameTime, at: finite }),
  v.variant('type', [
    v.object({
      type: v.literal('start'),
      seed: finite,
      locale: LocaleSchema,
      scenario: v.string(),
      version: finite,
      /** The variant seed the run was drawn with (absent: the scenario as written). */
      variant: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))),
    }),
    v.object({ type: v.literal('option'), postId: v.string(), index: v.pipe(v.number(), v.integer(), v.minValue(0)), text: v.string() }),
    v.object({
      type: v.literal('free'),
      postId: v.string(),
      text,
      // Where the player sent it (absent in saves made before the composer had a destination).
      action: v.optional(v.picklist(WRITTEN_ACTIONS)),
      department: v.optional(v.picklist(DEPARTMENTS)),
      analysis: v.optional(ReplyAnalysisSchema),
      /** Characters pasted into the composer for this reply (an exam's integrity signal). */
      pasted: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT))),
    }),
    v.object({ type: v.literal('deadline'), postId: v.string() }),
    /** The page was hidden or lost focus for `ms` of real time, logged when it came back (an integrity signal). */
    v.object({ type: v.literal('away'), ms: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3600_000)) }),
    v.object({ type: v.literal('hint'), postId: v.string() }),
    v.object({ type: v.literal('expire') }),
    /** A live class's inject reached the player (its knot, tagged `# inject:`): replayed where it came. */
    v.object({ type: v.literal('inject'), knot: v.pipe(v.string(), v.maxLength(100)) }),
    v.object({ type: v.literal('end'), ending: v.string() }),
  ]),
]);
export type LogEntry = v.InferOutput<typeof LogEntrySchema>;
/** A log entry before the session stamps its times. */
export type LogEvent = Unstamped<LogEntry>;
type Unstamped<E> = E extends unknown ? Omit<E, 't' | 'at'> : never;
/** A session's log: bounded, so a hostile file cannot make a replay run for hours. */
export const LogSchema = v.pipe(v.array(LogEntrySchema), v.maxLength(20_000));
