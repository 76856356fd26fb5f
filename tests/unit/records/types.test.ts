/**
 * One definition of each shape: every domain shape a record carries is an interface of src/core, and
 * its schema's output must be exactly that interface. These lines fail the type check (npm test's
 * first step) as soon as a schema and its interface drift apart.
 */
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Decision, Meters, Reason, ReplyAnalysis, Scores, Violation } from '../../../src/core/types';
import type {
  DecisionSchema,
  MetersSchema,
  ReasonSchema,
  ReplyAnalysisSchema,
  ScoresSchema,
  ViolationSchema,
} from '../../../src/records/domain';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>): Equal<A, B> => proof;

describe('record schemas and domain interfaces', () => {
  it('describe the same shapes', () => {
    const proofs = [
      same<v.InferOutput<typeof DecisionSchema>, Decision>(true),
      same<v.InferOutput<typeof ReplyAnalysisSchema>, ReplyAnalysis>(true),
      same<v.InferOutput<typeof ViolationSchema>, Violation>(true),
      same<v.InferOutput<typeof ScoresSchema>, Scores>(true),
      same<v.InferOutput<typeof ReasonSchema>, Reason>(true),
      same<v.InferOutput<typeof MetersSchema>, Meters>(true),
    ];
    // The proof is the type check; at run time the list is all true.
    expect(proofs.every(Boolean)).toBe(true);
  });
});
