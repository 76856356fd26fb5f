/**
 * Verdicts a newcomer met that were wrong (issue #15 follow-up): each class read with the rules alone and with
 * the shipped model, as the game reads, and the innocent look-alikes that must stay clean.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReply, loadModel, type ReplyModel } from '../../../src/analysis';
import type { AnalysisContext, RuleKind } from '../../../src/core/types';
import { validateCharter } from '../../../src/content/schema';

const SHIPPED = join(__dirname, '..', '..', '..', 'models', 'reply-model.bin');
const model: ReplyModel | null = existsSync(SHIPPED) ? loadModel(readFileSync(SHIPPED)) : null;
const readers = [['rules alone', null] as const, ...(model ? [['rules and model', model] as const] : [])];

const voltaire: AnalysisContext = { locale: 'en', competitors: ['Ampère Bikes', 'Rayon Vert'], industry: 'cycling', register: 'casual' };
const onda: AnalysisContext = { locale: 'en', competitors: ['Brisa Mobile', 'Kairn Télécom'], industry: 'telecom', register: 'formal' };
const ondaFr: AnalysisContext = { ...onda, locale: 'fr', register: 'vous' };
const fournil: AnalysisContext = { locale: 'fr', competitors: ['La Huche Dorée', 'Pain Pressé'], industry: 'bakery', register: 'vous' };

const kinds = (text: string, ctx: AnalysisContext, m: ReplyModel | null) => analyzeReply(text, ctx, m).violations.map((v) => v.kind);

describe.each(readers)('the newcomer’s verdicts, read by the %s', (_, m) => {
  it('finds a well-known real rival of the brand’s trade, though the charter lists only fictional ones', () => {
    const found = (text: string, ctx: AnalysisContext) => analyzeReply(text, ctx, m).violations.filter((v) => v.kind === 'competitor');
    expect(found("If you can't manage that, maybe try SFR's 😏", onda).map((v) => v.excerpt)).toContain('SFR');
    expect(found('Still better than anything Decathlon sells.', voltaire).map((v) => v.excerpt)).toContain('Decathlon');
    expect(found('Allez donc chez Bouygues si vous préférez.', ondaFr).map((v) => v.excerpt)).toContain('Bouygues');
    expect(found('Au moins, chez nous, ce n’est pas comme chez Marie Blachère.', fournil).map((v) => v.excerpt)).toContain(
      'Marie Blachère',
    );
    // and « Marie Blachère » is a bakery chain, not someone's full name
    expect(kinds('Au moins, chez nous, ce n’est pas comme chez Marie Blachère.', fournil, m)).not.toContain('personal-data');
    // rivals named by ordinary words, when a company is meant: the capital and a shop, a comparison or a place
    expect(found('Still faster than waiting at an Orange shop, I suppose.', onda).map((v) => v.excerpt)).toContain('Orange');
    expect(found('Passez chez Free si vous voulez, on ne vous retient pas.', ondaFr).map((v) => v.excerpt)).toContain('Free');
    expect(found('Unlike a Giant bike, ours comes with a five-year warranty.', voltaire).map((v) => v.excerpt)).toContain('Giant');
    // the rival belongs to the trade: a bakery that mentions SFR names no competitor
    expect(kinds('Notre wifi en boutique passe par SFR, le code est au comptoir.', fournil, null)).not.toContain('competitor');
  });

  it('keeps clean the ordinary words that share a rival’s name', () => {
    for (const text of [
      'The light on your box turns orange while it updates: that is normal.',
      'We’ll check it for free once it’s back at the workshop.',
      'Le voyant orange clignote pendant la mise à jour, rien d’anormal.',
      'Free delivery this week, and three months of cover: Orange is the colour of the limited edition.',
      'Our giant spring sale starts today, and we can ship to you for free.',
    ]) {
      const ctx = text.startsWith('Le') ? ondaFr : text.includes('workshop') ? voltaire : onda;
      expect(kinds(text, ctx, null), text).not.toContain('competitor');
    }
  });

  it('reads mocking another customer in public as aggression, and not as a remark about a rival', () => {
    for (const [text, ctx] of [
      ['Thanks Jade! Unlike some people this morning, you obviously know how to plug in a charger 😂', voltaire],
      ['Merci Odile ! Contrairement à certains ce matin, vous savez lire une affiche 😂', fournil],
      ['Some people just can’t read a manual, but you clearly can. Enjoy the ride!', voltaire],
    ] as const) {
      const a = analyzeReply(text, ctx, m);
      expect(
        a.violations.map((v) => v.kind),
        text,
      ).toContain('aggression');
      expect(
        a.violations.map((v) => v.kind),
        text,
      ).not.toContain('competitor');
      expect(a.tone).toBe('aggressive');
    }
    // a comparison with rivals is a competitor remark, not aggression; a product comparison is neither
    expect(kinds('Merci ! Pas comme certains concurrents, nous cuisons tout sur place.', fournil, null)).not.toContain('aggression');
    expect(kinds('Contrairement à d’autres modèles, celui-ci se recharge en trois heures.', fournil, m)).not.toContain('aggression');
    expect(kinds('Unlike some other models, this one charges in three hours.', voltaire, m)).not.toContain('aggression');
  });

  it('reads the fault passed to a colleague or department as push-back (defensive), not as blaming the customer', () => {
    for (const [text, ctx] of [
      ["I'm sorry Laurent. Our helpline team has been a mess for months, that's on them, not us.", voltaire],
      ['Désolés pour ce retard. C’est la faute du transporteur, pas la nôtre.', fournil],
    ] as const) {
      const a = analyzeReply(text, ctx, m);
      expect(a.tone, text).toBe('defensive');
      expect(
        a.violations.map((v) => v.kind),
        text,
      ).not.toContain('blame');
    }
    // owning the fault stays warm
    expect(analyzeReply('Notre transporteur s’est trompé, et c’est à nous de réparer ça. Toutes nos excuses.', fournil, m).tone).toBe(
      'empathetic',
    );
  });

  it('flags free goods promised in public as a promise, and no public-only rule in a private message', () => {
    expect(kinds("We'll send you a new charger free of charge.", voltaire, m)).toContain('promise');
    const dm = "Hi Sarah, we'll refund the old charger in full and send a new one free of charge today.";
    expect(kinds(dm, voltaire, m)).toContain('promise');
    const privately: AnalysisContext = { ...voltaire, audience: 'private', publicOnly: ['personal-data', 'promise'] };
    expect(kinds(dm, privately, m)).not.toContain('promise');
    // a private message is still read for what every audience forbids
    expect(kinds('Unlike some people, you can read. We’ll refund you in full.', privately, m)).toEqual(['aggression']);
  });

  it('hears a correction said in so many words: « n’est pas congelé » corrects the rumour', () => {
    for (const [text, ctx] of [
      ['Bonjour Sandrine, non, notre pain n’est pas congelé : il est pétri et cuit chaque nuit dans nos fournils.', fournil],
      ['Bonjour Maël, la carte n’est pas supprimée : vos points sont conservés.', fournil],
      ['Rien n’est surgelé chez nous, tout est cuit sur place.', fournil],
      ["No, the loyalty card isn't being scrapped: your points stay on it.", voltaire],
    ] as const) {
      expect(analyzeReply(text, ctx, m).intents, text).toContain('correct');
    }
    // and what really happens, said right after the denial, explains it
    for (const [text, ctx] of [
      ['Bonjour Sandrine, non, notre pain n’est pas congelé : il est pétri et cuit chaque nuit dans nos fournils.', fournil],
      ['La carte n’est pas supprimée : elle passe en version numérique, vos points sont conservés.', fournil],
      ["No, the loyalty card isn't being scrapped: it moves to the app and your points stay on it.", voltaire],
    ] as const) {
      expect(analyzeReply(text, ctx, m).intents, text).toEqual(expect.arrayContaining(['correct', 'explain']));
    }
    // a plain negative fact is not a correction
    expect(
      analyzeReply('Bonjour, votre commande n’est pas encore arrivée, nous regardons avec le transporteur.', fournil, m).intents,
    ).not.toContain('correct');
  });
});

describe('the shipped charters', () => {
  it('declare their trade and keep the promise rule to public statements', () => {
    for (const id of ['voltaire', 'onda', 'fournil', 'moulin', 'kairn', 'pixelforge']) {
      const file = join(__dirname, '..', '..', '..', 'scenarios', 'charters', `${id}.json`);
      const result = validateCharter(JSON.parse(readFileSync(file, 'utf8')), file);
      expect(result.ok, id).toBe(true);
      if (!result.ok) continue;
      expect(result.value.industry, id).toBeDefined();
      const promise = result.value.rules.find((r) => r.kind === ('promise' satisfies RuleKind));
      expect(promise?.public, id).toBe(true);
    }
  });
});

describe.skipIf(!model)('the coach’s doubts', () => {
  it('raise no doubt about shouting for a rival’s name in capitals: the rules read capitals exactly', () => {
    const a = analyzeReply("Honestly if you can't charge it right, try SFR's 😏", onda, model);
    expect(a.violations.map((v) => v.kind)).toContain('competitor');
    expect((a.doubts ?? []).map((d) => d.kind)).not.toContain('shouting');
  });
});
