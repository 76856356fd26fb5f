import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../src/content/library';
import { parseDestination, replyDestinations, type GameState } from '../../../src/state';

const selected = scenarios.find((s) => s.manifest.id === 'defect-crisis')!;
const state = { selected, mode: 'training', variant: null, settings: { locale: 'en' } } as unknown as GameState;

describe('where a written reply can go', () => {
  it('offers a public reply first, a private message, then the charter’s hand-over routes', () => {
    const values = replyDestinations(state, 'microblog').map((d) => d.value);
    expect(values.slice(0, 2)).toEqual(['reply', 'dm']);
    expect(values.slice(2)).toEqual(selected.charter.escalation.map((r) => `escalate:${r.department}`));
    expect(values.every((v) => parseDestination(v) !== null)).toBe(true);
  });

  it('has no second, "private" choice under a private message: the reply stays in the conversation', () => {
    const values = replyDestinations(state, 'dm').map((d) => d.value);
    expect(values[0]).toBe('reply');
    expect(values).not.toContain('dm');
    expect(values.length).toBe(1 + selected.charter.escalation.length);
  });
});
