/** The career progress kept in the browser (and in an LMS's suspend data): best score and plays per scenario. */
import * as v from 'valibot';

export const PROGRESS_VERSION = 1 as const;

const ScenarioProgress = v.object({
  best: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  plays: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const ProgressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  scenarios: v.record(v.pipe(v.string(), v.maxLength(200)), ScenarioProgress),
});

export type ProgressRecord = v.InferOutput<typeof ProgressSchema>;
export type Progress = ProgressRecord['scenarios'];

/** Version 0 (before records were versioned) was the map of scenarios itself. */
export const ProgressV0Schema = v.record(v.string(), ScenarioProgress);
