import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_COLOURS, brandOf, contrastRatio } from '../../../src/content/brand';
import { cardOf } from '../../../src/content/catalog';
import { DEFAULT_CHARTER } from '../../../src/content/default-charter';
import { validateCharter } from '../../../src/content/schema';
import { loadCharters } from '../../../tools/scenarios/load';

const mini = JSON.parse(readFileSync('tests/fixtures/scenarios/charters/mini-brand.json', 'utf8')) as { brand: Record<string, unknown> };
const withBrand = (brand: Record<string, unknown>) => ({ ...mini, brand: { ...mini.brand, ...brand } });

describe('brand colours and logo in a charter', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WCAG's own example pair: #777 on white is just under AA.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('are optional: a charter without them (a teacher’s) still loads, and wears the game’s colours and its initial', () => {
    const result = validateCharter(mini, 'mini-brand.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.brand.colours).toBeUndefined();
    expect(brandOf(result.value.brand)).toEqual({ name: 'Mini Brand', colours: DEFAULT_BRAND_COLOURS, logo: null });
    expect(validateCharter(DEFAULT_CHARTER, 'default').ok).toBe(true);
  });

  it('accept readable colours and an SVG file name, served from brands/', () => {
    const colours = { primary: '#0b5fa5', onPrimary: '#ffffff', accent: '#36c5d6' };
    const result = validateCharter(withBrand({ colours, logo: 'mini.svg' }), 'mini-brand.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(brandOf(result.value.brand)).toEqual({ name: 'Mini Brand', colours, logo: 'brands/mini.svg' });
  });

  it('refuse text colours under AA contrast, malformed colours and logos that are not a plain SVG file name', () => {
    const lowContrast = validateCharter(withBrand({ colours: { primary: '#777777', onPrimary: '#ffffff', accent: '#000000' } }), 'c.json');
    expect(lowContrast.ok).toBe(false);
    if (!lowContrast.ok) expect(lowContrast.error.join('\n')).toMatch(/brand\.colours .*contrast 4\.48:1/);
    expect(validateCharter(withBrand({ colours: { primary: 'navy', onPrimary: '#ffffff', accent: '#000000' } }), 'c.json').ok).toBe(false);
    for (const logo of ['../secret.svg', 'logo.png', 'https://example.com/x.svg', 'javascript:alert(1)'])
      expect(validateCharter(withBrand({ logo }), 'c.json').ok, logo).toBe(false);
  });

  it('every shipped brand has AA colours and a logo file that exists', () => {
    const problems: string[] = [];
    const charters = loadCharters(join('scenarios', 'charters'), problems);
    expect(problems).toEqual([]);
    expect(Object.keys(charters).length).toBeGreaterThanOrEqual(5);
    for (const charter of Object.values(charters)) {
      const { colours, logo } = charter.brand;
      expect(colours, charter.id).toBeDefined();
      expect(contrastRatio(colours!.primary, colours!.onPrimary), charter.id).toBeGreaterThanOrEqual(4.5);
      expect(logo, charter.id).toBe(`${charter.id}.svg`);
      const svg = readFileSync(join('public', 'brands', logo!), 'utf8');
      // A plain drawing: no script, no external reference.
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
      expect(svg).not.toMatch(/<script|href=|url\(/i);
    }
  });

  it('a logo file missing from public/brands/ is a problem of the library', () => {
    const root = mkdtempSync(join(tmpdir(), 'brands-'));
    mkdirSync(join(root, 'scenarios', 'charters'), { recursive: true });
    mkdirSync(join(root, 'public', 'brands'), { recursive: true });
    writeFileSync(join(root, 'scenarios', 'charters', 'mini-brand.json'), JSON.stringify(withBrand({ logo: 'mini.svg' })));
    const problems: string[] = [];
    loadCharters(join(root, 'scenarios', 'charters'), problems, join(root, 'public', 'brands'));
    expect(problems.join('\n')).toMatch(/brand\.logo "mini\.svg" not found in public\/brands\//);
    writeFileSync(join(root, 'public', 'brands', 'mini.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"/>');
    problems.length = 0;
    loadCharters(join(root, 'scenarios', 'charters'), problems, join(root, 'public', 'brands'));
    expect(problems).toEqual([]);
  });

  it('the menu card carries its brand when the charter is known', () => {
    const charter = validateCharter(withBrand({ logo: 'mini.svg' }), 'c.json');
    expect(charter.ok).toBe(true);
    if (!charter.ok) return;
    const manifest = JSON.parse(readFileSync('tests/fixtures/scenarios/mini/manifest.json', 'utf8'));
    expect(cardOf(manifest, charter.value).brand).toEqual({ name: 'Mini Brand', colours: DEFAULT_BRAND_COLOURS, logo: 'brands/mini.svg' });
    expect(cardOf(manifest).brand).toBeUndefined();
  });
});
