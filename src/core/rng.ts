/**
 * Seeded pseudo-random numbers (sfc32, seeded through splitmix32).
 * Every random draw in sim, analysis and scoring comes from an Rng so that
 * the same seed and the same actions replay identically.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An independent generator derived from this one and a label (stable streams per purpose). */
  fork(label: string): Rng;
  /** The generator's state, to save and restore. */
  state(): [number, number, number, number];
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string, used to turn labels and text seeds into numbers. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number | string, restore?: readonly [number, number, number, number]): Rng {
  const seedNum = typeof seed === 'string' ? hashString(seed) : seed;
  let a: number, b: number, c: number, d: number;
  if (restore) {
    [a, b, c, d] = restore;
  } else {
    const mix = splitmix32(seedNum);
    a = mix();
    b = mix();
    c = mix();
    d = mix();
  }
  const nextU32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return r >>> 0;
  };
  const rng: Rng = {
    next: () => nextU32() / 4294967296,
    int: (min, max) => min + Math.floor((nextU32() / 4294967296) * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('Rng.pick on an empty array');
      return items[Math.floor((nextU32() / 4294967296) * items.length)] as (typeof items)[number];
    },
    chance: (p) => nextU32() / 4294967296 < p,
    fork: (label) => createRng((nextU32() ^ hashString(label)) >>> 0),
    state: () => [a >>> 0, b >>> 0, c >>> 0, d >>> 0],
  };
  return rng;
}
