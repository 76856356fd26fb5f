/**
 * What the game keeps in an LMS's `cmi.suspend_data` once inflated: the run in progress packed as
 * tuples (only what the replay needs) and the career progress. The packing itself is src/lms/suspend.ts.
 */
import * as v from 'valibot';
import { LogEntrySchema } from './domain';
import { PROGRESS_VERSION, ProgressSchema, ProgressV0Schema } from './progress';

const ProgressFromV0 = v.pipe(
  ProgressV0Schema,
  v.transform((scenarios) => ({ version: PROGRESS_VERSION, scenarios })),
);

const n = v.number();
const s = v.string();

/** One log entry as a tuple: start, option, free text, hint, expiry, end; '?' keeps any other entry whole. */
export const PackedEntrySchema = v.union([
  v.tuple([v.literal('s'), n, n]),
  v.tuple([v.literal('o'), n, n, s, n]),
  // A written reply with where it was sent (`reply`, `dm`, `escalate:<department>`); first, so a
  // tuple of six is not read as one of five; without it (suspend data of 0.2), the replay infers it.
  v.tuple([v.literal('f'), n, n, s, s, s]),
  v.tuple([v.literal('f'), n, n, s, s]),
  v.tuple([v.literal('h'), n, n, s]),
  v.tuple([v.literal('x'), n, n]),
  v.tuple([v.literal('e'), n, n, s]),
  v.tuple([v.literal('?'), LogEntrySchema]),
]);
export type PackedEntry = v.InferOutput<typeof PackedEntrySchema>;

export const PackedRunSchema = v.object({
  v: n,
  s,
  sv: n,
  l: s,
  seed: n,
  m: s,
  st: s,
  c: n,
  /** Real time (ms) the offsets in `e` count from. */
  a: n,
  /** The run's variant seed (its start entry's, src/engine/variant.ts); absent: the scenario as written. */
  vr: v.optional(n),
  e: v.pipe(v.array(PackedEntrySchema), v.maxLength(20_000)),
});
export type PackedRun = v.InferOutput<typeof PackedRunSchema>;

export const SuspendPayloadSchema = v.object({
  r: v.optional(PackedRunSchema),
  /** The progress as the store saves it (an unversioned one, from 0.2, migrated); a damaged one is dropped, not the run. */
  p: v.optional(v.fallback(v.nullable(v.union([ProgressSchema, ProgressFromV0])), null)),
});
export type SuspendPayload = v.InferOutput<typeof SuspendPayloadSchema>;
