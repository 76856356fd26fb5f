import { describe, expect, it } from 'vitest';
import { checkTagValue, parseDuration, parseTags } from '../../../src/narrative';

describe('parseDuration', () => {
  it.each([
    ['45s', 45],
    ['3m', 180],
    ['1h', 3600],
    ['1h30m', 5400],
    ['2m10s', 130],
    [' 5m ', 300],
  ])('%s -> %i seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  it.each(['', 'soon', '5', 'm', '-3m', '1.5h'])('rejects %j', (text) => expect(parseDuration(text)).toBeNull());
});

describe('parseTags', () => {
  it.each([
    [['post: p1'], { post: 'p1' }],
    [['from: lea', 'on: microblog'], { from: 'lea', on: 'microblog' }],
    [['  kind:complaint  '], { kind: 'complaint' }],
    [['why: Trop lent : la règle dit 30 min.'], { why: 'Trop lent : la règle dit 30 min.' }],
    [['breaks: no-blame, no-aggression'], { breaks: 'no-blame, no-aggression' }],
    [['intents: apologise, move-to-dm'], { intents: 'apologise, move-to-dm' }],
    [['diplomacy: 85'], { diplomacy: '85' }],
  ])('reads %j', (raw, tags) => {
    const result = parseTags(raw);
    expect(result.problems).toEqual([]);
    expect(result.tags).toEqual(tags);
  });

  it.each([
    [['colour: red'], 'unknown tag "colour"'],
    [['fail'], 'is not "key: value"'],
    [['on: myspace'], 'is not one of'],
    [['after: tomorrow'], 'is not a duration'],
    [['diplomacy: 120'], 'whole number from 0 to 100'],
    [['intents: apologise, dance'], '"dance" not in'],
    [['judgement: great'], 'is not one of best, good, poor, bad'],
  ])('reports %j as a problem, never a crash', (raw, message) => {
    const result = parseTags(raw);
    expect(result.tags).toEqual({});
    expect(result.problems[0]?.message).toContain(message);
  });

  it('checks values by key', () => {
    expect(checkTagValue('to', 'legal')).toBeNull();
    expect(checkTagValue('to', 'marketing')).toContain('is not one of');
  });
});
