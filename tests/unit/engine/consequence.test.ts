/**
 * Issue #14, item 3: after a written reply the story takes the branch that fits its judgement and its
 * breaches. The rule of choice (src/engine/consequence.ts), then defect-crisis's post p1, which declares
 * consequence branches in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/types';
import { consequenceOf } from '../../../src/engine/consequence';
import { Session } from '../../../src/engine/session';
import type { WrittenBranch } from '../../../src/narrative';
import { shippedScenario } from '../../support/long-run';

describe('which consequence branch a written reply takes', () => {
  const branches: WrittenBranch[] = [
    { index: 4, postId: 'p', breaks: ['no-blame'] },
    { index: 5, postId: 'p', breaks: ['no-promise', 'no-personal-data'] },
    { index: 6, postId: 'p', judgement: 'bad', breaks: [] },
    { index: 7, postId: 'p', breaks: [] },
  ];
  it('takes the first branch naming a broken rule, then the judgement, then the default', () => {
    expect(consequenceOf(branches, 'poor', ['no-personal-data'])?.index).toBe(5);
    expect(consequenceOf(branches, 'bad', ['no-promise', 'no-blame'])?.index).toBe(4);
    expect(consequenceOf(branches, 'bad', ['no-shouting'])?.index).toBe(6);
    expect(consequenceOf(branches, 'good', [])?.index).toBe(7);
    expect(consequenceOf(branches.slice(0, 3), 'good', [])).toBeNull();
    expect(consequenceOf([], 'best', [])).toBeNull();
  });
});

const scenario = shippedScenario('defect-crisis');

function atFirstPost(locale: Locale): Session {
  const s = new Session({ manifest: scenario.manifest, charter: scenario.charter, story: scenario.stories[locale], locale, seed: 3 });
  for (let guard = 0; guard < 50 && !s.feed.some((p) => p.id === 'p1' && p.state === 'open'); guard++)
    s.advance(s.nextEventAt() ?? s.now + 60);
  return s;
}

/** The memos that arrive in the ten game minutes after writing `text` on p1. */
function memosAfter(locale: Locale, text: string, to: 'reply' | 'dm' = 'reply') {
  const s = atFirstPost(locale);
  const before = s.memos.length;
  const d = s.write('p1', text, { action: to });
  if ('error' in d) throw new Error(d.error);
  s.advance(s.now + 600);
  // memos are kept newest first
  const memos = s.memos.slice(0, s.memos.length - before).reverse();
  return { decision: d, memos: memos.filter((m) => m.kind === 'memo').map((m) => m.from), story: s };
}

const TEXTS = {
  insult: { en: 'Léa, stop whining, you clueless idiot.', fr: 'Léa, arrête de pleurnicher, espèce d’idiote.' },
  promise: {
    en: 'So sorry Léa! We will refund you in full by tomorrow, you have our word.',
    fr: 'Désolés Léa ! On vous rembourse intégralement d’ici demain, vous avez notre parole.',
  },
  good: {
    en: 'Hi Léa, that’s really not the start you deserved, we’re sorry. Could you DM us your order number? After-sales will look at it this morning.',
    fr: 'Bonjour Léa, ce n’est vraiment pas le démarrage que vous méritiez, désolés. Pouvez-vous nous envoyer votre numéro de commande en MP ? Le SAV regarde ça ce matin.',
  },
};

describe.each(['en', 'fr'] as const)('defect-crisis p1: consequences of a written reply (%s)', (locale) => {
  it('an insult is screenshotted: the manager steps in', () => {
    const { decision, memos } = memosAfter(locale, TEXTS.insult[locale]);
    expect(decision.breaches.map((b) => b.ruleId)).toContain('no-aggression');
    expect(memos[0]).toBe('manager');
  });

  it('a public promise brings customers asking for the same: after-sales writes', () => {
    const { decision, memos } = memosAfter(locale, TEXTS.promise[locale]);
    expect(decision.breaches.map((b) => b.ruleId)).toEqual(['no-promise']);
    expect(memos[0]).toBe('after-sales');
    expect(decision.storyAs).toBeUndefined();
  });

  it('a good reply takes the default branch: no consequence memo, the morning goes on', () => {
    const { decision, memos } = memosAfter(locale, TEXTS.good[locale]);
    expect(decision.breaches).toEqual([]);
    expect(['best', 'good']).toContain(decision.judgement);
    // the next memo is the morning's after-sales update, as after the best scripted option
    expect(memos).toEqual(['after-sales']);
  });

  it('the story reads the reply through the engine’s variables', () => {
    const { story } = memosAfter(locale, TEXTS.promise[locale], 'reply');
    const runner = (story as unknown as { runner: { story: { variablesState: { $: (n: string) => unknown } } } }).runner;
    const get = (n: string) => runner.story.variablesState.$(n);
    expect(get('reply_action')).toBe('reply');
    expect(get('reply_judgement')).toBe('poor');
    expect(get('promised')).toBe(true);
  });
});
