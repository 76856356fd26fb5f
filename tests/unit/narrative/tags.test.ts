import { describe, expect, expectTypeOf, it } from 'vitest';
import { TAG_GRAMMAR, type TagKey, type Tags, checkTagValue, isTagKey, parseDuration, parseTags } from '../../../src/narrative';
import type { ActionKind, Channel, Intent, Judgement } from '../../../src/core/types';

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
    [['breaks: no-blame, no-aggression'], { breaks: ['no-blame', 'no-aggression'] }],
    [['intents: apologise, move-to-dm'], { intents: ['apologise', 'move-to-dm'] }],
    [['diplomacy: 85'], { diplomacy: 85 }],
    [['after: 1h30m', 'deadline: 20m'], { after: 5400, deadline: 1200 }],
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
    [['intents: apologise, dance'], '"dance" is not one of apologise, explain'],
    [['judgement: great'], 'is not one of best, good, poor, bad'],
  ])('reports %j as a problem, never a crash', (raw, message) => {
    const result = parseTags(raw);
    expect(result.tags).toEqual({});
    expect(result.problems[0]?.message).toContain(message);
  });

  it('keeps the valid tags of a line when another is invalid', () => {
    const result = parseTags(['post: p1', 'on: myspace', 'mood: angry']);
    expect(result.tags).toEqual({ post: 'p1', mood: 'angry' });
    expect(result.problems.map((p) => p.tag)).toEqual(['on: myspace']);
  });

  it('does not take Object.prototype names for tags', () => {
    expect(parseTags(['constructor: x']).problems[0]?.message).toBe('unknown tag "constructor"');
  });

  it('checks values by key', () => {
    expect(checkTagValue('to', 'legal')).toBeNull();
    expect(checkTagValue('to', 'marketing')).toContain('is not one of');
  });
});

/** One row per tag: a valid value and what it parses to, an invalid value and what the message must name. */
const TABLE: Record<TagKey, { valid: string; parsed: unknown; invalid: string; names: string }> = {
  post: { valid: 'p1', parsed: 'p1', invalid: 'p 1', names: '"p 1" is not a valid id' },
  from: { valid: 'lea', parsed: 'lea', invalid: 'Léa', names: '"Léa" is not a valid id' },
  on: { valid: 'forum', parsed: 'forum', invalid: 'myspace', names: 'is not one of microblog, comments, forum, reviews, dm' },
  after: { valid: '2m', parsed: 120, invalid: 'soon', names: 'is not a duration like 45s, 3m or 1h30m' },
  kind: { valid: 'rumour', parsed: 'rumour', invalid: 'gossip', names: 'is not one of complaint, question, praise' },
  mood: { valid: 'worried', parsed: 'worried', invalid: 'sad', names: 'is not one of furious, angry, worried' },
  in: { valid: 'p1', parsed: 'p1', invalid: '-p1', names: '"-p1" is not a valid id' },
  needs: { valid: 'p1, p2', parsed: ['p1', 'p2'], invalid: 'p1, p 2', names: '"p 2" is not a valid id' },
  facts: {
    valid: 'product=le Zadig; price=1 890 €',
    parsed: { product: 'le Zadig', price: '1 890 €' },
    invalid: 'colour=red',
    names: 'facts like "product=the Zadig; delay=two days" (keys: product, place, delay, price, event',
  },
  subject: { valid: 'stock', parsed: 'stock', invalid: 'weather', names: 'is not one of defect, delivery, stock' },
  stars: { valid: '2', parsed: 2, invalid: '6', names: '"6" is not a number of stars from 1 to 5' },
  thread: {
    valid: 'Forfait à l’étranger ?',
    parsed: 'Forfait à l’étranger ?',
    invalid: 'x'.repeat(91),
    names: 'is longer than 90 characters',
  },
  rank: { valid: 'Habitué', parsed: 'Habitué', invalid: '', names: 'needs a value' },
  deadline: { valid: '1h', parsed: 3600, invalid: '20', names: '"20" is not a duration' },
  hint: { valid: 'Relis la charte.', parsed: 'Relis la charte.', invalid: '', names: 'needs a value' },
  memo: { valid: 'after-sales', parsed: 'after-sales', invalid: '', names: 'needs a value' },
  comment: { valid: 'p1', parsed: 'p1', invalid: 'p 1', names: '"p 1" is not a valid id' },
  as: { valid: 'critic', parsed: 'critic', invalid: 'hater', names: 'is not one of fan, neutral, critic, troll' },
  end: { valid: 'calm', parsed: 'calm', invalid: 'all calm', names: '"all calm" is not a valid id' },
  inject: { valid: 'A journalist calls', parsed: 'A journalist calls', invalid: 'x'.repeat(81), names: 'is longer than 80 characters' },
  action: { valid: 'escalate', parsed: 'escalate', invalid: 'shout', names: 'is not one of reply, dm, escalate, like, hide' },
  to: { valid: 'legal', parsed: 'legal', invalid: 'marketing', names: 'is not one of after-sales, product, legal, press' },
  tone: { valid: 'empathetic', parsed: 'empathetic', invalid: 'warm', names: 'is not one of empathetic, neutral, defensive, aggressive' },
  diplomacy: { valid: '0', parsed: 0, invalid: '1e2', names: '"1e2" is not a whole number from 0 to 100' },
  judgement: { valid: 'poor', parsed: 'poor', invalid: 'great', names: 'is not one of best, good, poor, bad' },
  breaks: { valid: 'no-blame,no-caps', parsed: ['no-blame', 'no-caps'], invalid: 'no blame', names: '"no blame" is not a valid id' },
  intents: { valid: 'thank', parsed: ['thank'], invalid: 'thank, dance', names: '"dance" is not one of apologise, explain' },
  why: { valid: 'Trop lent.', parsed: 'Trop lent.', invalid: '', names: 'needs a value' },
};

describe('the tag table', () => {
  // Record<TagKey, …> makes the table list every tag: a new tag does not compile without its row.
  const keys = Object.keys(TAG_GRAMMAR).filter(isTagKey);

  it.each(keys)('%s: a valid value parses to its typed value', (key) => {
    const row = TABLE[key];
    const result = parseTags([`${key}: ${row.valid}`]);
    expect(result.problems).toEqual([]);
    expect(result.tags).toEqual({ [key]: row.parsed });
  });

  it.each(keys)('%s: an invalid value names the tag and what is allowed', (key) => {
    const row = TABLE[key];
    const result = parseTags([`${key}: ${row.invalid}`]);
    expect(result.tags).toEqual({});
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toContain(`tag "${key}": `);
    expect(result.problems[0]?.message).toContain(row.names);
    // The lint of Ink source reads the same table.
    expect(checkTagValue(key, row.invalid)).toContain(row.names);
  });

  it('types the parsed values from the table', () => {
    expectTypeOf<Tags['on']>().toEqualTypeOf<Channel | undefined>();
    expectTypeOf<Tags['action']>().toEqualTypeOf<ActionKind | 'written' | undefined>();
    expectTypeOf<Tags['judgement']>().toEqualTypeOf<Judgement | undefined>();
    expectTypeOf<Tags['after']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Tags['diplomacy']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Tags['intents']>().toEqualTypeOf<Intent[] | undefined>();
    expectTypeOf<Tags['breaks']>().toEqualTypeOf<string[] | undefined>();
  });
});
