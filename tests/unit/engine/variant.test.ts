/**
 * Issue #19: a variant seed draws what a scenario lets vary (ink variables, persona identities, ink
 * shuffles), the same way every time and in both languages; a variant run replays and verifies.
 */
import { describe, expect, it } from 'vitest';
import type { Charter, Manifest } from '../../../src/content/schema';
import { incompatibilities } from '../../../src/content/variants';
import { buildReport } from '../../../src/engine/build-report';
import { verifyReport } from '../../../src/engine/replay';
import { Session } from '../../../src/engine/session';
import { drawVariant, variantCount, withVariant } from '../../../src/engine/variant';
import { callNameOf } from '../../../src/sim';
import { compileInk } from '../../../tools/ink/compile';
import { fixtureLibrary } from '../../support/helpers';

const mini = fixtureLibrary().scenarios[0]!;
const manifest: Manifest = {
  ...mini.manifest,
  summary: { fr: 'Votre {product} arrive.', en: 'Your {product} arrives.' },
  personas: mini.manifest.personas.map((p) =>
    p.id === 'ana' ? { ...p, bio: { fr: 'Cliente du {product}.', en: 'Owns a {product}.' } } : p,
  ),
  variants: {
    values: { product: { fr: ['le Zadig', 'le Nomade', 'l’Odyssée'], en: ['Zadig', 'Nomad', 'Odyssey'] } },
    personas: {
      ana: [
        { name: 'Ana Test', handle: '@ana' },
        { name: 'Inès Moreau', handle: '@ines_m' },
        { name: 'Chloé Garnier', handle: '@chloe.g' },
      ],
    },
  },
};
const story = (locale: 'fr' | 'en') => {
  const src = `VAR product = "${locale === 'fr' ? 'le Zadig' : 'Zadig'}"
VAR ana_first = "Ana"
# post: p1
# from: ana
# on: microblog
# kind: complaint
# mood: angry
# facts: product={product}
${locale === 'fr' ? 'Mon {product} est arrivé cassé.' : 'My {product} arrived broken.'}
* [{~Sorry {ana_first}, please DM us.|We are sorry, {ana_first}: could you DM us?} #post: p1 #action: dm #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: ok]
  -> END
* [You opened it wrong. #post: p1 #action: reply #tone: defensive #judgement: bad #breaks: no-blame #why: no]
  -> END
`;
  const compiled = compileInk('v.ink', () => src);
  if (!compiled.json) throw new Error(JSON.stringify(compiled.problems));
  return compiled.json;
};
const play = (locale: 'fr' | 'en', variant?: number) =>
  new Session({ manifest, charter: mini.charter, story: story(locale), locale, seed: 3, ...(variant !== undefined ? { variant } : {}) });

describe('scenario variants', () => {
  it('draws the same picks for a seed, in both languages, and different ones across seeds', () => {
    expect(variantCount(manifest)).toBe(9);
    const a = drawVariant(manifest, 'en', 42);
    expect(drawVariant(manifest, 'en', 42)).toEqual(a);
    expect(drawVariant(manifest, 'fr', 42).picks).toEqual(a.picks);
    const seen = new Set(Array.from({ length: 30 }, (_, i) => JSON.stringify(drawVariant(manifest, 'en', i).picks)));
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });

  it('a variant run shows the drawn names, figures and wording; without a variant the scenario plays as written', () => {
    const asWritten = play('en');
    expect(asWritten.feed[0]!.text).toBe('My Zadig arrived broken.');
    expect(asWritten.feed[0]!.persona.name).toBe('Ana Test');
    const seed = Array.from({ length: 50 }, (_, i) => i).find(
      (i) => drawVariant(manifest, 'en', i).picks['value:product'] === 1 && drawVariant(manifest, 'en', i).picks['persona:ana'] === 2,
    )!;
    const varied = play('en', seed);
    expect(varied.feed[0]!.text).toBe('My Nomad arrived broken.');
    expect(varied.feed[0]!.facts).toMatchObject({ product: 'Nomad' });
    expect(varied.feed[0]!.persona).toMatchObject({ name: 'Chloé Garnier', handle: '@chloe.g' });
    expect(
      varied
        .visibleOptions('p1')
        .map((o) => o.text)
        .join(' '),
    ).toContain('Chloé');
    expect(play('fr', seed).feed[0]!.text).toContain('le Nomade');
  });

  // play-test: "Oh no Sarah Benali" — a person the variant renamed is still called by their first name
  it('a renamed person is called by their first name', () => {
    const renamed = [1, 2, 3, 4, 5, 6, 7, 8]
      .map((seed) => withVariant(manifest, seed).personas.find((p) => p.id === 'ana')!)
      .find((p) => p.name !== 'Ana Test')!;
    expect(callNameOf(renamed)).toBe(renamed.name.split(' ')[0]);
  });

  it('ink shuffles follow the variant seed: the same seed, the same wording', () => {
    const wordings = new Set(
      Array.from({ length: 12 }, (_, i) =>
        play('en', i)
          .visibleOptions('p1')
          .find((o) => o.judgement === 'best')!
          .text.startsWith('Sorry'),
      ),
    );
    expect(wordings.size).toBe(2);
    expect(play('en', 7).visibleOptions('p1')[0]!.text).toBe(play('en', 7).visibleOptions('p1')[0]!.text);
  });

  it('fills the briefing’s texts in each language with that language’s values', () => {
    const seed = Array.from({ length: 50 }, (_, i) => i).find((i) => drawVariant(manifest, 'en', i).picks['value:product'] === 2)!;
    const m = withVariant(manifest, seed);
    expect(m.summary).toEqual({ fr: 'Votre l’Odyssée arrive.', en: 'Your Odyssey arrives.' });
    expect(m.personas.find((p) => p.id === 'ana')!.bio).toEqual({ fr: 'Cliente du l’Odyssée.', en: 'Owns a Odyssey.' });
    expect(withVariant({ ...manifest, variants: undefined } as Manifest, seed)).toEqual({ ...manifest, variants: undefined });
  });

  it('a variant run replays and verifies from its report, which records the variant seed', () => {
    const s = play('en', 11);
    const best = s.visibleOptions('p1').find((o) => o.judgement === 'best')!;
    s.choose('p1', best.index);
    s.advance(s.now + 3600);
    const report = buildReport(s, { app: 'test', mode: 'training', startedAt: '2026-12-07T10:00:00Z', finishedAt: '2026-12-07T10:10:00Z' });
    expect(report.log[0]).toMatchObject({ type: 'start', variant: 11 });
    const scenario = { manifest, charter: mini.charter, story: story('en') };
    expect(verifyReport(report, scenario).mismatches).toEqual([]);
  });

  describe('brands', () => {
    const own = mini.charter;
    const sister: Charter = { ...own, id: 'sister', brand: { ...own.brand, name: 'Maison Sœur' }, competitors: ['Pain Voisin'] };
    const branded: Manifest = {
      ...manifest,
      variants: {
        brands: [
          { charter: own.id, values: { brand: { fr: own.brand.name, en: own.brand.name }, brand_handle: { fr: '@own', en: '@own' } } },
          { charter: 'sister', values: { brand: { fr: 'Maison Sœur', en: 'Maison Sœur' }, brand_handle: { fr: '@soeur', en: '@soeur' } } },
        ],
      },
    };
    const brandStory = (() => {
      const compiled = compileInk(
        'b.ink',
        () => `VAR brand = "${own.brand.name}"
VAR brand_handle = "@own"
# post: p1
# from: ana
# on: microblog
# kind: complaint
# mood: angry
Where is my order, {brand} ({brand_handle})?
* [Sorry, please DM us. #post: p1 #action: dm #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: ok]
  -> END
`,
      );
      if (!compiled.json) throw new Error(JSON.stringify(compiled.problems));
      return compiled.json;
    })();
    const brands = { [own.id]: own, sister };
    const seedFor = (charter: string) =>
      Array.from({ length: 40 }, (_, i) => i + 1).find((seed) => drawVariant(branded, 'en', seed).brand === charter)!;

    it('plays the run for the brand the seed draws, with that brand’s charter and words, and verifies', () => {
      expect(variantCount(branded)).toBe(2);
      const seed = seedFor('sister');
      const s = new Session({ manifest: branded, charter: own, brands, story: brandStory, locale: 'en', seed: 3, variant: seed });
      expect(s.charter.id).toBe('sister');
      expect(s.feed[0]?.text).toContain('Maison Sœur (@soeur)');
      const ownRun = new Session({
        manifest: branded,
        charter: own,
        brands,
        story: brandStory,
        locale: 'en',
        seed: 3,
        variant: seedFor(own.id),
      });
      expect(ownRun.charter.id).toBe(own.id);
      expect(ownRun.feed[0]?.text).toContain(`${own.brand.name} (@own)`);
      s.choose('p1', s.visibleOptions('p1')[0]!.index);
      const report = buildReport(s, {
        app: 'test',
        mode: 'training',
        startedAt: '2026-12-07T10:00:00Z',
        finishedAt: '2026-12-07T10:10:00Z',
      });
      expect(report.scenario.charter).toBe('sister');
      expect(verifyReport(report, { manifest: branded, charter: own, brands, story: brandStory }).mismatches).toEqual([]);
    });

    it('refuses, in plain words, a run for a brand whose charter it was not given', () => {
      expect(
        () => new Session({ manifest: branded, charter: own, story: brandStory, locale: 'en', seed: 3, variant: seedFor('sister') }),
      ).toThrow(/for the brand "sister", whose charter is missing/);
    });

    it('names what keeps a charter from standing in for the scenario’s own', () => {
      expect(incompatibilities(own, sister)).toEqual([]);
      const other: Charter = { ...sister, rules: own.rules.slice(1), responseMinutes: { ...own.responseMinutes, microblog: 999 } };
      expect(incompatibilities(own, other)).toEqual(['its rules (ids, kinds and severities)', 'its response times']);
    });
  });
});
