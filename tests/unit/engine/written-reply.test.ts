/**
 * Issue #14, items 1 and 2: a written reply is judged on what it is and goes where the player sends
 * it. The three cases of the issue, on defect-crisis (free text, both languages).
 */
import { describe, expect, it } from 'vitest';
import type { Decision, Locale } from '../../../src/core/types';
import { type ReplyDestination, Session } from '../../../src/engine/session';
import { shippedScenario } from '../../support/long-run';

const scenario = shippedScenario('defect-crisis');

/** A run played with the best option on every post until `postId` waits for an answer. */
function at(postId: string, locale: Locale): Session {
  const s = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories[locale],
    locale,
    seed: 11,
  });
  for (let guard = 0; guard < 200 && !s.ended; guard++) {
    if (s.feed.some((p) => p.id === postId && p.state === 'open')) return s;
    const open = s.feed.find((p) => p.state === 'open');
    const best = open && s.visibleOptions(open.id).find((o) => o.judgement === 'best');
    if (open && best) s.choose(open.id, best.index);
    else s.advance(s.nextEventAt() ?? s.now + 60);
  }
  throw new Error(`post ${postId} never opened`);
}

function write(locale: Locale, postId: string, text: string, to?: ReplyDestination): Decision {
  const s = at(postId, locale);
  const d = s.write(postId, text, to);
  if ('error' in d) throw new Error(d.error);
  return d;
}

const CASES = {
  promise: {
    en: 'Hi Noah, full refund by Friday 14 March for every affected customer, you have our word!',
    fr: 'Bonjour Noah, remboursement intégral d’ici vendredi 14 mars pour chaque client concerné, vous avez notre parole !',
  },
  postedHere: {
    en: 'Hi Léa, we are so sorry about your charger. After-sales is looking into it this morning, and we’ll keep you posted here.',
    fr: 'Bonjour Léa, nous sommes vraiment désolés pour votre chargeur. Le SAV s’en occupe dès ce matin, et on vous tient au courant ici.',
  },
  handOver: {
    en: 'I’m passing your questions to our press office: they will get back to you before 2 pm.',
    fr: 'Je transmets vos questions à notre service presse : il vous recontacte avant 14 h.',
  },
};

describe.each(['en', 'fr'] as const)('a written reply is judged on what it is (%s)', (locale) => {
  it('a public promise of a refund is never best, and its verdict names the promise rule', () => {
    const d = write(locale, 'p4', CASES.promise[locale]);
    expect(d.action).toBe('reply');
    expect(d.judgement).toBe('poor');
    expect(d.breaches.map((b) => b.ruleId)).toEqual(['no-promise']);
    expect(d.verdict?.[0]).toMatchObject({ code: 'breach', params: { rule: 'no-promise', severity: 'major' } });
    expect(d.verdict?.[0]?.params.excerpt).not.toBe('');
    // Not the author's explanation of the best option ("a factual answer, in the words legal approved").
    expect(d.why).toBe('');
    const best = at('p4', locale)
      .visibleOptions('p4')
      .find((o) => o.judgement === 'best');
    expect(d.better).toBe(best?.text);
  });

  it('a reply that does none of what the post called for is poor, whatever its route: "ok", an apology under a question', () => {
    const filler = { en: ['ok', 'We are so sorry for the inconvenience.'], fr: ['ok', 'Nous sommes désolés pour la gêne occasionnée.'] };
    for (const text of filler[locale]) expect(write(locale, 'p4', text).judgement, text).toBe('poor');
  });

  it('a public reply ending "we’ll keep you posted here" stays a public reply', () => {
    const s = at('p1', locale);
    const d = s.write('p1', CASES.postedHere[locale]);
    if ('error' in d) throw new Error(d.error);
    expect(d).toMatchObject({ action: 'reply', source: 'free', judgement: 'best' });
    expect(d.analysis?.intents).toContain('promise');
    expect(d.verdict?.[0]).toEqual({ code: 'route-best', params: { action: 'reply' } });
    expect(d.better).toBeUndefined();
    expect(d.storyAs).toBeUndefined();
    // Recorded, shown and played as a public reply.
    expect(s.log.at(-1)).toMatchObject({ type: 'free', postId: 'p1', action: 'reply' });
    expect(s.feed.find((p) => p.id === 'p1')?.answers[0]).toMatchObject({ action: 'reply', source: 'free' });
  });

  it('a hand-over note to the press office is judged as a hand-over, not as a statement', () => {
    const s = at('p7', locale);
    const d = s.write('p7', CASES.handOver[locale], { action: 'escalate', department: 'press' });
    if ('error' in d) throw new Error(d.error);
    expect(d).toMatchObject({ action: 'escalate', department: 'press', judgement: 'best', breaches: [] });
    expect(d.verdict).toEqual([{ code: 'route-best', params: { action: 'escalate', department: 'press' } }]);
    expect(s.log.at(-1)).toMatchObject({ type: 'free', action: 'escalate', department: 'press' });
    // A hand-over is not diplomacy said to the community.
    expect(s.score().reasons.filter((r) => r.key === 'diplomacy' && r.postId === 'p7')).toEqual([]);
  });

  it('the same words sent as a public reply to the journalist: no branch for it, at most poor, said so', () => {
    const d = write(locale, 'p7', CASES.handOver[locale]);
    expect(d).toMatchObject({ action: 'reply', judgement: 'poor', storyAs: 'dm' });
    expect(d.verdict?.map((l) => l.code)).toEqual(['route-unoffered', 'no-branch']);
    expect(d.better).toBeDefined();
  });

  it('a hand-over to another department than the post needs is at most poor', () => {
    const d = write(locale, 'p7', CASES.handOver[locale], { action: 'escalate', department: 'legal' });
    expect(d).toMatchObject({ action: 'escalate', department: 'legal', judgement: 'poor' });
    expect(d.verdict?.[0]).toMatchObject({ code: 'department-wrong', params: { department: 'legal', expected: 'press' } });
  });
});

describe('where a written reply goes', () => {
  it('refuses a hand-over to no department, or to one the charter has no route to', () => {
    const s = at('p1', 'en');
    expect(s.write('p1', 'Over to you.', { action: 'escalate' })).toEqual({ error: 'bad-destination' });
    expect(s.decisions).toHaveLength(0);
  });

  it('a private message may hold the person’s own details; a public reply may not', () => {
    const text = 'So sorry Léa, we have found your order VC-240588 and after-sales is looking at it with you.';
    const dm = write('en', 'p1', text, { action: 'dm' });
    const pub = write('en', 'p1', text);
    expect(dm.breaches).toEqual([]);
    expect(pub.breaches.map((b) => b.ruleId)).toEqual(['no-personal-data']);
    expect(pub.judgement).toBe('bad');
    // in the private message the details cost no diplomacy either: nothing against the charter was said
    expect(dm.analysis?.violations).toEqual([]);
    expect(dm.diplomacy).toBeGreaterThan(pub.diplomacy! + 10);
  });

  it('a reply logged before the composer had a destination replays where it went then', () => {
    const s = at('p1', 'en');
    const d = s.write('p1', 'So sorry Léa, could you send us a private message with your order number?', undefined, {
      inferDestination: true,
    });
    if ('error' in d) throw new Error(d.error);
    expect(d.action).toBe('dm');
  });
});

describe.each(['en', 'fr'] as const)('a reply under a private message is private (%s)', (locale) => {
  const ORDER = {
    en: 'Léa, I have your order VC-240588 in front of me, delivered Tuesday to your address: a new charger leaves today.',
    fr: 'Léa, j’ai votre commande VC-240588 sous les yeux, livrée mardi à votre adresse : un chargeur neuf part aujourd’hui.',
  };
  it('repeating the customer’s own order number to them in their conversation is no breach of personal data', () => {
    const d = write(locale, 'p8-dm', ORDER[locale]);
    expect(d.action).toBe('reply');
    expect(d.breaches.map((b) => b.ruleId)).not.toContain('no-personal-data');
  });

  it('the same words in public are one', () => {
    const d = write(locale, 'p1', ORDER[locale]);
    expect(d.breaches.map((b) => b.ruleId)).toContain('no-personal-data');
  });
});

describe('the person answered, called by name', () => {
  it('is not a disclosure of personal data; another customer named in public is', () => {
    const s = at('p1', 'en');
    const author = s.feed.find((p) => p.id === 'p1')!.persona.name;
    const surname = author.split(' ').at(-1)!;
    const polite = s.write('p1', `Good morning Ms ${surname}, we are so sorry about your charger: after-sales is on it this morning.`);
    if ('error' in polite) throw new Error(polite.error);
    expect(polite.breaches).toEqual([]);
    const other = at('p1', 'en').write('p1', 'Good morning, Mrs Thompson had the same charger issue last week: after-sales is on it.');
    if ('error' in other) throw new Error(other.error);
    expect(other.breaches.map((b) => b.ruleId)).toContain('no-personal-data');
  });
});

describe.each(['en', 'fr'] as const)('what a private message cannot break, and the trade’s real rivals (%s)', (locale) => {
  const REFUND = {
    en: 'Hi Léa, we’ll refund you in full and send you a new charger free of charge this week.',
    fr: 'Bonjour Léa, nous vous remboursons intégralement et vous envoyons un chargeur neuf gratuitement cette semaine.',
  };
  it('a refund promised by private message breaks no rule about public commitments; the same words in public do', () => {
    const dm = write(locale, 'p1', REFUND[locale], { action: 'dm' });
    expect(dm.action).toBe('dm');
    expect(dm.breaches.map((b) => b.ruleId)).not.toContain('no-promise');
    expect(dm.analysis?.violations.map((v) => v.kind)).not.toContain('promise');
    const pub = write(locale, 'p1', REFUND[locale]);
    expect(pub.breaches.map((b) => b.ruleId)).toContain('no-promise');
  });

  it('names a well-known rival of the trade as a competitor, though the charter lists only fictional ones', () => {
    const text = {
      en: 'Honestly, if it keeps failing, just buy one at Decathlon.',
      fr: 'Franchement, si ça continue, achetez-en un chez Decathlon.',
    };
    const d = write(locale, 'p1', text[locale]);
    expect(d.breaches.find((b) => b.ruleId === 'no-competitor')?.excerpt).toBe('Decathlon');
  });
});
