import { describe, expect, it } from 'vitest';
import { advance, createCommunity, publishPost, respond, spreadBySegment, validateAudience, validatePersonas } from '../../../src/sim';
import type { AudienceSpec } from '../../../src/core/types';
import { PERSONAS, SPEC } from '../../support/sim-fixtures';

const errorsOf = (spec: unknown): string[] => {
  const r = validateAudience(spec as AudienceSpec, 'delivery-crisis');
  return r.ok ? [] : r.error;
};

describe('validateAudience', () => {
  it('accepts a sound spec', () => {
    expect(validateAudience(SPEC, 'delivery-crisis')).toEqual({ ok: true, value: SPEC });
    expect(errorsOf({ size: 200_000, segments: { fan: 0.5, critic: 0.505 } })).toEqual([]);
  });

  it.each([
    [-5, 'audience.size'],
    [0, 'audience.size'],
    [250_000, 'audience.size'],
    [12.5, 'audience.size'],
    [Number.NaN, 'audience.size'],
  ])('refuses size %s naming the field and the scenario', (size, field) => {
    const errors = errorsOf({ ...SPEC, size });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(field);
    expect(errors[0]).toContain('delivery-crisis');
  });

  it('refuses unknown segments and age bands', () => {
    const errors = errorsOf({ size: 100, segments: { fan: 0.5, bots: 0.5 }, ages: { '15-25': 0.5, '60+': 0.5 } });
    expect(errors.some((e) => e.includes('audience.segments.bots') && e.includes('segment'))).toBe(true);
    expect(errors.some((e) => e.includes('audience.ages.60+') && e.includes('age band'))).toBe(true);
  });

  it('refuses shares that do not sum to 1 (±0.01)', () => {
    expect(errorsOf({ size: 100, segments: { fan: 0.5, critic: 0.3 } })[0]).toMatch(/audience\.segments must sum to 1.*0\.800/);
    expect(errorsOf({ size: 100, segments: { fan: 1 }, ages: { '15-25': 0.7, '51+': 0.5 } })[0]).toMatch(/audience\.ages must sum to 1/);
    expect(errorsOf({ size: 100, segments: { fan: 1.2, critic: -0.2 } }).length).toBeGreaterThan(0);
  });

  it('refuses a base sentiment out of range and reports every problem at once', () => {
    const errors = errorsOf({ size: -1, segments: { fan: 0.2 }, baseSentiment: 300 });
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e.startsWith('scenario "delivery-crisis"'))).toBe(true);
  });
});

describe('bad input to the simulation', () => {
  it('refuses to create a community from a bad spec, personas or seed', () => {
    expect(() => createCommunity({ ...SPEC, size: 0 }, PERSONAS, 1, undefined, 'demo')).toThrow(/scenario "demo": audience.size/);
    expect(() => createCommunity(SPEC, [...PERSONAS, PERSONAS[0]!], 1)).toThrow(/used twice/);
    expect(() => createCommunity(SPEC, [{ ...PERSONAS[0]!, segment: 'robot' as never }], 1)).toThrow(/not a known segment/);
    expect(() => createCommunity(SPEC, [{ ...PERSONAS[0]!, followers: -3 }], 1)).toThrow(/followers/);
    expect(() => createCommunity(SPEC, PERSONAS, Number.NaN)).toThrow(/seed/);
    expect(validatePersonas(PERSONAS, 'x').ok).toBe(true);
  });

  it('refuses posts and responses it cannot place', () => {
    const c = createCommunity({ ...SPEC, size: 500 }, PERSONAS, 1);
    expect(() => publishPost(c, { id: 'p', authorId: 'nobody', channel: 'microblog', kind: 'complaint', mood: 'angry', time: 0 })).toThrow(
      /unknown author "nobody"/,
    );
    expect(() =>
      publishPost(c, { id: 'p', authorId: 'fan', channel: 'microblog', kind: 'complaint', mood: 'sleepy' as never, time: 0 }),
    ).toThrow(/unknown mood/);
    publishPost(c, { id: 'p', authorId: 'fan', channel: 'microblog', kind: 'complaint', mood: 'angry', time: 0 });
    expect(() => publishPost(c, { id: 'p', authorId: 'fan', channel: 'microblog', kind: 'complaint', mood: 'angry', time: 10 })).toThrow(
      /already published/,
    );
    expect(() => respond(c, { postId: 'q', action: 'reply', time: 10 })).toThrow(/unknown post "q"/);
    expect(() => respond(c, { postId: 'p', action: 'reply', diplomacy: 140, time: 10 })).toThrow(/diplomacy/);
    expect(() => advance(c, Number.POSITIVE_INFINITY)).toThrow(/finite/);
    expect(() => spreadBySegment(c, 'q')).toThrow(/unknown post/);
  });

  it('does not go back in time', () => {
    const c = createCommunity({ ...SPEC, size: 500 }, PERSONAS, 1);
    advance(c, 600);
    advance(c, 100);
    expect(c.time).toBe(600);
  });
});
