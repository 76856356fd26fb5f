/**
 * A hub exam's rules on the game's side, pure: the player's acts in a session's log as the hub takes
 * them (the engine's own entries — deadlines, endings, readings — are made again by the hub's replay),
 * the exam the game runs from what the hub shows candidates (its seed stays on the hub), and the hub's
 * times in this browser's clock.
 */
import * as v from 'valibot';
import { EXAM_FORMAT, EXAM_VERSION, type Exam, ExamSchema } from '../records/exam-file';
import type { LogEntry } from '../records/domain';
import type { HubLink } from '../records/exam-run';

export type HubAct = HubLink['queue'][number]['event'];

/** The player's acts in `log` from entry `from` on, with their game times. */
export function hubActsOf(log: readonly LogEntry[], from: number): { t: number; event: HubAct }[] {
  return log.slice(from).flatMap((e): { t: number; event: HubAct }[] => {
    switch (e.type) {
      case 'option':
        return [{ t: e.t, event: { type: 'option', postId: e.postId, index: e.index } }];
      case 'free':
        return [
          {
            t: e.t,
            event: {
              type: 'free',
              postId: e.postId,
              text: e.text,
              ...(e.action ? { action: e.action } : {}),
              ...(e.department ? { department: e.department } : {}),
              ...(e.pasted ? { pasted: e.pasted } : {}),
            },
          },
        ];
      case 'hint':
        return [{ t: e.t, event: { type: 'hint', postId: e.postId } }];
      case 'away':
        return [{ t: e.t, event: { type: 'away', ms: e.ms } }];
      case 'expire':
        return [{ t: e.t, event: { type: 'expire' } }];
      case 'inject':
        return [{ t: e.t, event: { type: 'inject', knot: e.knot } }];
      default:
        return [];
    }
  });
}

/**
 * The exam as the game runs it, from the hub's answer (checked with the exam file's schema): no seed
 * (the hub gives each scenario's when its clock starts) and no variant drawing (the hub draws them);
 * a pass mark the hub hides is never shown, since the hub hides the scores with it.
 */
export function hubExamOf(shown: unknown): Exam | null {
  if (typeof shown !== 'object' || shown === null) return null;
  const parsed = v.safeParse(ExamSchema, {
    passMark: 50,
    ...shown,
    format: EXAM_FORMAT,
    version: EXAM_VERSION,
    seed: 0,
    variants: 'none',
  });
  return parsed.success ? parsed.output : null;
}

/** The scenario the hub released, as the hub link keeps it, and when its clock started in this browser's time. */
export function hubScenarioOf(
  given: unknown,
  offsetMs: number,
): { scenario: NonNullable<HubLink['scenario']>; startedAt: number; freeTextRequired: boolean } | null {
  const parsed = v.safeParse(
    v.object({
      index: v.pipe(v.number(), v.integer(), v.minValue(0)),
      id: v.string(),
      seed: v.pipe(v.number(), v.integer(), v.minValue(0)),
      variant: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      freeTextRequired: v.optional(v.boolean()),
      startedAt: v.pipe(v.string(), v.isoTimestamp()),
    }),
    given,
  );
  if (!parsed.success) return null;
  const { freeTextRequired, startedAt, ...scenario } = parsed.output;
  return { scenario, startedAt: Date.parse(startedAt) - offsetMs, freeTextRequired: freeTextRequired ?? false };
}
