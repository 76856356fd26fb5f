/**
 * The story a written reply takes when its post has no consequence branch: the closest scripted option
 * (src/engine/closest-option.ts). Issue #16: a reply read as blaming, mocking or leaking must not go on
 * as the option that pleased the customer (Karim thanking the brand "for owning the problem" after a
 * reply that blamed him).
 */
import { describe, expect, it } from 'vitest';
import type { ReplyAnalysis } from '../../../src/core/types';
import { closestOption } from '../../../src/engine/closest-option';
import type { ReplyOption } from '../../../src/narrative';

const option = (index: number, o: Partial<ReplyOption>): ReplyOption => ({
  index,
  postId: 'p1',
  text: `option ${index}`,
  action: 'reply',
  judgement: 'good',
  breaks: [],
  intents: [],
  why: '',
  hidden: false,
  ...o,
});
const reading = (o: Partial<ReplyAnalysis>): ReplyAnalysis => ({ tone: 'neutral', diplomacy: 50, violations: [], intents: [], ...o });
const KINDS: Record<string, string> = { 'no-blame': 'blame', 'no-aggression': 'aggression', 'no-confidential': 'confidential' };
const kindOf = (id: string) => KINDS[id];

describe('closestOption', () => {
  const thanks = option(0, { judgement: 'best', tone: 'empathetic', intents: ['thank'] });
  const dig = option(1, { judgement: 'bad', tone: 'empathetic', breaks: ['no-blame'], intents: ['thank'] });
  const slogan = option(2, { judgement: 'poor', tone: 'neutral', intents: ['thank'] });

  it('a reply that mocks others goes on as the option that blamed them, not as the warm thank-you', () => {
    const mocking = reading({ tone: 'empathetic', intents: ['thank'] });
    expect(closestOption([thanks, dig, slogan], mocking, ['no-aggression'], { judgement: 'bad', kindOf }).index).toBe(1);
  });

  it('a reply judged bad, with no rule broken, follows a poor option rather than the best one', () => {
    const flat = reading({ tone: 'neutral' });
    const best = option(0, { judgement: 'best', tone: 'neutral', intents: ['explain'] });
    const poor = option(1, { judgement: 'poor', tone: 'neutral', intents: ['explain'] });
    expect(closestOption([best, poor], flat, [], { judgement: 'bad' }).index).toBe(1);
    // the same reply judged best follows the best one
    expect(closestOption([best, poor], flat, [], { judgement: 'best' }).index).toBe(0);
  });

  it('the same broken rule still weighs most, and an option breaking a rule the reply did not is avoided', () => {
    const leak = option(1, { judgement: 'bad', tone: 'neutral', breaks: ['no-confidential'] });
    const blame = option(2, { judgement: 'bad', tone: 'defensive', breaks: ['no-blame'] });
    expect(closestOption([thanks, leak, blame], reading({}), ['no-confidential'], { judgement: 'bad', kindOf }).index).toBe(1);
    expect(closestOption([thanks, blame], reading({ tone: 'empathetic' }), [], { judgement: 'best', kindOf }).index).toBe(0);
  });

  it('without a judgement (guessing a destination) it reads as before: ties go to the earlier option', () => {
    const a = option(0, { tone: 'neutral' });
    const b = option(1, { tone: 'neutral' });
    expect(closestOption([a, b], reading({})).index).toBe(0);
  });
});
