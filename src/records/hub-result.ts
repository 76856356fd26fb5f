/**
 * A result signed by a Frontline Hub: the exam report the hub's own replay made, what the hub saw of
 * the attempt (its server times, late events, what the replay refused), and an Ed25519 signature by
 * the hub's key over all of it (src/engine/hub-signature.ts). Verified offline against the hub's
 * public key, which the examiner's hub page shows.
 */
import * as v from 'valibot';
import { ExamReportEnvelopeSchema } from './exam-report';

export const HUB_RESULT_FORMAT = 'frontline-hub-result' as const;
export const HUB_RESULT_VERSION = 1 as const;

const hex = (bytes: number) => v.pipe(v.string(), v.regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `must be ${bytes} bytes in hex`));
const iso = v.pipe(v.string(), v.isoTimestamp('must be an ISO date'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What the hub itself witnessed of the attempt: its server times, not the candidate's browser's. */
export const HubAttemptSchema = v.object({
  id: v.string(),
  /** 1 for the first attempt on the link, 2 for one the examiner granted after it… */
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  startedAt: iso,
  finishedAt: iso,
  events: count,
  /** Events that arrived later than the tolerance after they happened (a network cut), and the longest gap in ms. */
  lateEvents: count,
  maxGapMs: count,
  /** What the server's replay refused (an option that was not offered, a reply sent nowhere…). */
  problems: v.pipe(v.array(v.string()), v.maxLength(200)),
});

/** Everything the signature covers. */
export const HubSignedSchema = v.object({
  format: v.literal(HUB_RESULT_FORMAT, `is not "${HUB_RESULT_FORMAT}"`),
  version: v.literal(HUB_RESULT_VERSION, `must be ${HUB_RESULT_VERSION}`),
  hub: v.object({ keyId: v.pipe(v.string(), v.maxLength(64)), publicKey: hex(32) }),
  attempt: HubAttemptSchema,
  /** The exam report, sessions included (each a session report the hub's replay made). */
  report: v.object({ ...ExamReportEnvelopeSchema.entries }),
});

export const HubResultSchema = v.object({ ...HubSignedSchema.entries, signature: hex(64) });

export type HubSigned = v.InferOutput<typeof HubSignedSchema>;
export type HubResult = v.InferOutput<typeof HubResultSchema>;
