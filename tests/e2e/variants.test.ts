/**
 * Scenario variants in the game, on the production build (issue #19): a scenario that declares variants
 * shows its drawn names and figures on the briefing and in the feed; the debrief names the variant (its
 * code and what was drawn, in plain words), "Play again" draws another, and `&variant=<code>` pins one
 * for every player and every replay. A teacher's own scenario (loaded in the menu) carries the variants,
 * so this runs whatever the shipped library holds; a shipped scenario that declares variants, when there
 * is one, is played from a pinned deep link and its debrief gives the link to copy. axe-core finds no
 * serious or critical violation on the debrief.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useHarness, watchErrors } from '../support/browser';
import type { Manifest } from '../../src/content/schema';
import { drawVariant } from '../../src/engine/variant';
import { loadLibrary } from '../../tools/scenarios/load';

const { harness, context } = useHarness();

const PRODUCTS = { fr: ['le Zadig', 'le Nomade', 'l’Odyssée'], en: ['Zadig', 'Nomad', 'Odyssey'] };
const ANA = [
  { name: 'Ana Test', handle: '@ana' },
  { name: 'Inès Moreau', handle: '@ines_m' },
  { name: 'Chloé Garnier', handle: '@chloe.g' },
];
/** A teacher's own two-post scenario whose product and first customer vary. */
const manifest = {
  ...(JSON.parse(readFileSync('tests/fixtures/scenarios/mini/manifest.json', 'utf8')) as Manifest),
  summary: { fr: 'Livraison : {product}.', en: 'Your {product} arrives.' },
  variants: { values: { product: PRODUCTS }, personas: { ana: ANA } },
};
const STORY = `VAR product = "Zadig"
VAR ana_first = "Ana"
VAR calm = 0
# post: p1
# from: ana
# on: microblog
# after: 1m
# kind: complaint
# mood: angry
# deadline: 20m
# facts: product={product}
My {product} arrived broken \\#disappointed
-> first

=== first ===
* [{~Sorry {ana_first}, please DM us.|We are sorry, {ana_first}: could you DM us?} #post: p1 #action: dm #tone: empathetic #judgement: best #intents: apologise, move-to-dm #why: Empathy and a move to private.]
  ~ calm = 1
  -> troll
* [(nothing) #post: p1 #action: ignore #judgement: bad #why: An ignored complaint grows.]
  -> troll

=== troll ===
# post: p2
# from: bob
# on: microblog
# after: 3m
# kind: abuse
# mood: hostile
Useless brand, you are all crooks
* [Hide #post: p2 #action: hide #judgement: best #why: Real abuse: moderate.]
  -> ending
* [(nothing) #post: p2 #action: ignore #judgement: bad #why: Abuse left in sight.]
  -> ending

=== ending ===
{ calm > 0:
  # end: calm
  # after: 5m
  Things calm down.
- else:
  # end: storm
  # after: 5m
  The storm goes on.
}
-> END
`;
const files = [
  { name: 'manifest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(manifest)) },
  { name: 'variants.en.ink', mimeType: 'text/plain', buffer: Buffer.from(STORY) },
];

/** The first shipped scenario that declares variants, if any (others are still being converted). */
const shipped = readdirSync('scenarios', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'charters')
  .map((d) => JSON.parse(readFileSync(join('scenarios', d.name, 'manifest.json'), 'utf8')) as Manifest)
  .find((m) => m.variants);

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const ctx = await context({ viewport: { width: 1366, height: 900 } });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, harness().url).toString());
  return { page, errors };
}

/** Answers posts (first option that does something) until the debrief shows. */
async function playToDebrief(page: Page): Promise<void> {
  const debrief = page.locator('[data-screen="debrief"]');
  for (let guard = 0; guard < 600 && !(await debrief.count()); guard++) {
    try {
      const answer = page.locator('[data-post-state="open"] [data-answer]').first();
      if ((await answer.count()) === 0) {
        const skip = page.locator('[data-action="skip"]:not([disabled])');
        if (await skip.count()) await skip.click({ timeout: 1000 });
        else await page.waitForTimeout(150);
        continue;
      }
      await answer.click({ timeout: 2000 });
      await page.locator('[data-replies] button[data-option]:not([data-action="ignore"])').first().click({ timeout: 2000 });
    } catch {
      /* the post closed under us (deadline): take the next one */
    }
  }
  await debrief.waitFor({ timeout: 120_000 });
}

/** Loads the teacher's scenario from the menu and waits for its briefing. */
async function loadCustom(page: Page): Promise<void> {
  await page.locator('[data-screen="menu"]').waitFor();
  await page.locator('#custom-file').setInputFiles(files);
  await page.locator('[data-screen="briefing"] [data-action="start"]:not([disabled])').waitFor({ timeout: 30_000 });
}

const summaryOf = (page: Page) => page.locator('[data-screen="debrief"] [data-variant-summary]').textContent();

/** What the debrief should say of a variant of the teacher's scenario: what it changed, else that it is as written. */
function expectedSummary(seed: number, locale: 'fr' | 'en'): string {
  const drawn = drawVariant(manifest, locale, seed);
  const code = seed.toString(16).padStart(8, '0');
  const ana = drawn.personas.ana!.name;
  const product = drawn.variables.product!;
  const parts = [
    ...(ana !== 'Ana Test' ? [locale === 'fr' ? `Ana devient ${ana}` : `Ana is ${ana}`] : []),
    ...(product !== PRODUCTS[locale][0] ? [`${PRODUCTS[locale][0]} ${locale === 'fr' ? 'devient' : 'becomes'} ${product}`] : []),
  ];
  if (parts.length > 0) {
    const lead =
      locale === 'fr'
        ? `Variante ${code} — par rapport au scénario tel qu’il est écrit : `
        : `Variant ${code} — compared with the scenario as written: `;
    return lead + parts.join(locale === 'fr' ? ' ; ' : '; ');
  }
  return locale === 'fr'
    ? `Variante ${code} — noms et chiffres tels qu’ils sont écrits ; seules certaines formulations changent.`
    : `Variant ${code} — names and figures as written; only some of the wording changes.`;
}

describe('scenario variants in the game', () => {
  it('draws a variant: the briefing and the feed agree, the debrief names it, and "Play again" draws another', async () => {
    const { page, errors } = await open('?lang=en&timescale=10');
    await loadCustom(page);
    const lead = (await page.locator('[data-screen="briefing"] .lead').textContent()) ?? '';
    const product = /^Your (.+) arrives\.$/.exec(lead)?.[1];
    expect(PRODUCTS.en).toContain(product);
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await page.locator('[data-post-state]').first().waitFor({ timeout: 30_000 });
    expect(await page.getByText(`My ${product} arrived broken`).count()).toBeGreaterThan(0);
    await playToDebrief(page);

    const panel = page.locator('[data-screen="debrief"] [data-variant]');
    const code = (await panel.getAttribute('data-variant')) ?? '';
    expect(code).toMatch(/^[0-9a-f]{8}$/);
    const drawn = drawVariant(manifest, 'en', Number.parseInt(code, 16));
    expect(drawn.variables.product).toBe(product);
    expect(await summaryOf(page)).toBe(expectedSummary(Number.parseInt(code, 16), 'en'));
    // A teacher's own file does not open from a link: no link to copy, the code says which variant it was.
    expect(await page.locator('[data-variant-link]').count()).toBe(0);
    expect(await panel.textContent()).toContain('“Play again” draws a new variant.');
    expect(await axeViolations(page)).toEqual([]);

    // Play again: a new variant (two draws of 32 bits do not meet).
    await page.locator('[data-screen="debrief"] [data-action="replay"]').click();
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await playToDebrief(page);
    const again = await page.locator('[data-screen="debrief"] [data-variant]').getAttribute('data-variant');
    expect(again).toMatch(/^[0-9a-f]{8}$/);
    expect(again).not.toBe(code);
    expect(errors).toEqual([]);
  });

  it('plays the variant a deep link pins, in French, replays included', async () => {
    const { page, errors } = await open('?lang=fr&timescale=10&variant=0A4F1C09');
    const drawn = drawVariant(manifest, 'fr', 0x0a4f1c09);
    await loadCustom(page);
    expect(await page.locator('[data-screen="briefing"] .lead').textContent()).toBe(`Livraison : ${drawn.variables.product}.`);
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await playToDebrief(page);
    const expected = expectedSummary(0x0a4f1c09, 'fr');
    expect(await summaryOf(page)).toBe(expected);
    expect(await page.locator('[data-screen="debrief"] [data-variant]').textContent()).toContain(
      'Elle vous a été fixée par le lien que vous avez ouvert',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-screen="debrief"] [data-action="replay"]').click();
    expect(await page.locator('[data-screen="briefing"] .lead').textContent()).toBe(`Livraison : ${drawn.variables.product}.`);
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await playToDebrief(page);
    expect(await summaryOf(page)).toBe(expected);
    expect(errors).toEqual([]);
  });

  it.runIf(!!shipped)(
    `gives the link to copy that replays a shipped scenario's variant (${shipped?.id ?? 'none declares variants yet'})`,
    async () => {
      const id = shipped!.id;
      const path = `?scenario=${id}&lang=en&timescale=60&variant=0a4f1c09`;
      const { page, errors } = await open(path);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const start = page.locator('[data-screen="briefing"] [data-action="start"]');
      await start.waitFor({ timeout: 30_000 });
      const lead = await page.locator('[data-screen="briefing"] .lead').textContent();
      await start.click();
      await playToDebrief(page);
      expect(await page.locator('[data-screen="debrief"] [data-variant]').getAttribute('data-variant')).toBe('0a4f1c09');
      expect(await summaryOf(page)).toMatch(/^Variant 0a4f1c09( — .+)?$/);
      const link = await page.getByLabel('Link to this variant').inputValue();
      expect(new URL(link).search).toBe(`?scenario=${id}&lang=en&variant=0a4f1c09`);
      await page.locator('[data-action="copy-variant-link"]').click();
      await expect.poll(() => page.locator('[data-screen="debrief"] .variant-status').textContent()).toBe('Link copied to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      expect(await axeViolations(page)).toEqual([]);
      // Whoever opens the link (another browser, nothing saved) gets the same briefing.
      const other = await open(link);
      await other.page.locator('[data-screen="briefing"] [data-action="start"]').waitFor({ timeout: 30_000 });
      expect(await other.page.locator('[data-screen="briefing"] .lead').textContent()).toBe(lead);
      expect(other.errors).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('plays the forum rumour for the brand a pinned variant draws: its name, colours, charter and posts', async () => {
    const forum = loadLibrary('scenarios').scenarios.find((s) => s.manifest.id === 'forum-rumour')!;
    const seed = Array.from({ length: 64 }, (_, i) => i + 1).find((i) => drawVariant(forum.manifest, 'en', i).brand === 'moulin')!;
    const { page, errors } = await open(`?scenario=forum-rumour&lang=en&timescale=10&variant=${seed.toString(16).padStart(8, '0')}`);
    const briefing = page.locator('[data-screen="briefing"]');
    await briefing.locator('[data-action="start"]:not([disabled])').waitFor({ timeout: 30_000 });
    const text = (await briefing.textContent()) ?? '';
    expect(text).toContain('Le Moulin des Trois Combes social media policy');
    expect(text).toContain('Chenôve');
    expect(text).not.toContain('Fournil');
    await briefing.locator('[data-action="start"]').click();
    const first = page.locator('[data-post]').first();
    await first.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await page.locator('[data-screen="desk"]').textContent()) ?? '', { timeout: 30_000 })
      .toContain('Moulin');
    expect(await page.locator('[data-screen="desk"]').textContent()).not.toContain('Fournil');
    expect(errors).toEqual([]);
  });
});
