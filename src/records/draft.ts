/**
 * The reply being written in the composer, kept in the browser so a reload does not lose it: which
 * run and post it belongs to, the words so far, where they go, and how many characters were pasted
 * (an exam's integrity signal, logged with the reply when it is sent). Cleared when it is sent.
 */
import * as v from 'valibot';
import { MAX_TEXT } from './domain';

export const DRAFT_VERSION = 1;

export const DraftSchema = v.object({
  version: v.literal(DRAFT_VERSION),
  /** The run it belongs to: its scenario, seed and start (ISO); a draft of another run is ignored. */
  scenario: v.pipe(v.string(), v.maxLength(64)),
  seed: v.pipe(v.number(), v.integer()),
  startedAt: v.pipe(v.string(), v.maxLength(64)),
  postId: v.pipe(v.string(), v.maxLength(200)),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  /** The composer's `data-reply-action` value (`reply`, `dm`, `escalate:<department>`). */
  destination: v.pipe(v.string(), v.maxLength(64)),
  /** Characters pasted into the composer so far for this reply. */
  pasted: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
});

export type Draft = v.InferOutput<typeof DraftSchema>;
