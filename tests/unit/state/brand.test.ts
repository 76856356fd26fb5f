import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_COLOURS } from '../../../src/content/brand';
import { scenarios } from '../../../src/content/library';
import { examVariantCode, scenarioBrand, type GameState } from '../../../src/state';

const entry = (id: string) => {
  const found = scenarios.find((s) => s.manifest.id === id);
  if (!found) throw new Error(id);
  return found;
};
const state = (patch: Partial<GameState>) => ({ selected: null, mode: 'training', variant: null, ...patch }) as GameState;

describe('the brand selector', () => {
  it('gives the opened scenario’s brand: name, colours and logo URL', () => {
    expect(scenarioBrand(state({}))).toBeNull();
    const onda = scenarioBrand(state({ selected: entry('first-shift') }));
    expect(onda).toEqual({
      name: 'Onda Mobile',
      colours: { primary: '#0b5fa5', onPrimary: '#ffffff', accent: '#36c5d6' },
      logo: 'brands/onda.svg',
    });
    // The same object while the same charter is open, so views can tell when it changed.
    expect(scenarioBrand(state({ selected: entry('service-queue') }))).toBe(onda);
    expect(scenarioBrand(state({ selected: entry('toxic-thread') }))?.name).toBe('Pixel Forge');
  });

  it('gives a charter without colours or logo the game’s colours and no logo', () => {
    const first = entry('first-shift');
    const bare = {
      ...first,
      charter: { ...first.charter, brand: { name: 'Ma marque', tagline: first.charter.brand.tagline, sector: first.charter.brand.sector } },
    };
    expect(scenarioBrand(state({ selected: bare }))).toEqual({ name: 'Ma marque', colours: DEFAULT_BRAND_COLOURS, logo: null });
  });

  it('names the variant on an exam’s briefing only, and only for a scenario that has variants', () => {
    const varied = scenarios.find((s) => s.manifest.variants);
    const plain = scenarios.find((s) => !s.manifest.variants);
    expect(varied && plain).toBeTruthy();
    expect(examVariantCode(state({ selected: varied!, mode: 'exam', variant: 0x0a4f1c09 }))).toBe('0a4f1c09');
    expect(examVariantCode(state({ selected: varied!, mode: 'training', variant: 0x0a4f1c09 }))).toBeNull();
    expect(examVariantCode(state({ selected: plain!, mode: 'exam', variant: 7 }))).toBeNull();
    expect(examVariantCode(state({ selected: varied!, mode: 'exam', variant: null }))).toBeNull();
  });
});
