/** Faces (issue #17): drawn locally from the person's seed, the same every time, different between people. */
import { describe, expect, it } from 'vitest';
import { faceUri } from '../../../src/ui/faces';

describe('faces', () => {
  it('draws the same face for the same person and different faces for different people, as local SVG', () => {
    const lea = faceUri('@lea_velotaf');
    expect(faceUri('@lea_velotaf')).toBe(lea);
    expect(lea.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(lea)).not.toMatch(/(?:href|src)=["']?https?:/); // nothing to fetch (its licence is in its metadata)
    const others = new Set(['@noah_roule', '@zed_sansfiltre', '@gerard.l', '@ines_h', '@marc.d'].map(faceUri));
    expect(others.size).toBe(5);
    expect(others.has(lea)).toBe(false);
  });
});
