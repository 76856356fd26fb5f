/**
 * A scenario in progress, saved after every action: the seed and the event log are enough to
 * rebuild it exactly (the session replays deterministically), plus the clock to return to.
 */
import * as v from 'valibot';
import { LocaleSchema, LogSchema, MAX_GAME_SECONDS } from './domain';

export const RUN_VERSION = 1;

export const SavedRunSchema = v.object({
  version: v.literal(RUN_VERSION),
  scenario: v.string(),
  scenarioVersion: v.number(),
  locale: LocaleSchema,
  seed: v.pipe(v.number(), v.integer()),
  mode: v.picklist(['training', 'exam']),
  startedAt: v.string(),
  /** Game seconds reached. */
  clock: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_GAME_SECONDS)),
  log: LogSchema,
});

export type SavedRun = v.InferOutput<typeof SavedRunSchema>;
