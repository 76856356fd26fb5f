/**
 * Faces: each person is drawn once from their stable id, kept with a bound, and the same id gives the
 * same face (src/ui/face-cache.ts, src/ui/face-art.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FaceCache } from '../../../src/ui/face-cache';
import { faceSvg, lookOptions } from '../../../src/ui/face-art';
import { faceLook } from '../../../src/state/face-look';

function cache(limit = 3, queue = 4) {
  const released: string[] = [];
  return { faces: new FaceCache<string>({ limit, queue, release: (url) => released.push(url) }), released };
}

describe('FaceCache', () => {
  it('draws a person once however often they are shown, and hands the face to all who waited', () => {
    const { faces } = cache();
    faces.want('m1', 'card A');
    faces.want('m1', 'card B');
    expect(faces.next()).toBe('m1');
    // Shown again while being drawn: waits for the same drawing, queues nothing.
    faces.want('m1', 'card C');
    expect(faces.next()).toBeUndefined();
    expect(faces.waiting('m1')).toEqual(['card A', 'card B', 'card C']);
    expect(faces.done('m1', 'blob:1')).toEqual(['card A', 'card B', 'card C']);
    expect(faces.get('m1')).toBe('blob:1');
    // Drawn: never queued again.
    faces.want('m1', 'card D');
    expect(faces.next()).toBeUndefined();
    expect(faces.get('m2')).toBeUndefined();
  });

  it('draws the most recently shown first and forgets the oldest requests past its queue', () => {
    const { faces } = cache(10, 3);
    for (const seed of ['a', 'b', 'c', 'd']) faces.want(seed, `el-${seed}`);
    faces.want('b', 'el-b2'); // shown again: to the front
    expect(faces.next()).toBe('b');
    expect(faces.next()).toBe('d');
    expect(faces.next()).toBe('c');
    // 'a' fell off the queue, its waiter with it.
    expect(faces.next()).toBeUndefined();
    expect(faces.waiting('a')).toEqual([]);
    // Asked again later, it is drawn then.
    faces.want('a', 'el-a2');
    expect(faces.next()).toBe('a');
  });

  it('lets the least recently shown face go past its limit, and frees it', () => {
    const { faces, released } = cache(2);
    for (const seed of ['a', 'b']) {
      faces.want(seed, seed);
      faces.done(faces.next()!, `blob:${seed}`);
    }
    expect(faces.get('a')).toBe('blob:a'); // 'a' just shown: 'b' is now the oldest
    faces.want('c', 'c');
    faces.done(faces.next()!, 'blob:c');
    expect(released).toEqual(['blob:b']);
    expect(faces.get('b')).toBeUndefined();
    expect(faces.get('a')).toBe('blob:a');
    expect(faces.get('c')).toBe('blob:c');
  });

  it('gives up a drawing nobody waits for, and takes it up again when asked', () => {
    const { faces } = cache();
    faces.want('x', 'gone');
    expect(faces.next()).toBe('x');
    faces.skip('x');
    expect(faces.waiting('x')).toEqual([]);
    faces.want('x', 'back');
    expect(faces.next()).toBe('x');
  });

  it('keeps only the latest few waiters of a person (older ones are rebuilt cards)', () => {
    const { faces } = cache();
    for (let i = 0; i < 20; i++) faces.want('m', `el${i}`);
    expect(faces.waiting('m')).toEqual(['el12', 'el13', 'el14', 'el15', 'el16', 'el17', 'el18', 'el19']);
  });
});

describe('faceSvg', () => {
  it('gives a person the same face every time, and different people different faces', () => {
    const a = faceSvg('@monique.garnier', 80);
    expect(faceSvg('@monique.garnier', 80)).toBe(a);
    expect(a).toMatch(/^<svg[^>]*width="80"[^>]*height="80"/);
    const others = new Set(['@lina.kicks', '@claire_roux', 'p-star', 'm123', 'm124'].map((s) => faceSvg(s, 80)));
    expect(others.size).toBe(5);
    expect(others.has(a)).toBe(false);
  });
});

describe('faces that fit the person', () => {
  /** Shipped personas that are accounts, nicknames or names worn by all: their face may be anyone's. */
  const UNGENDERED = new Set(
    'Alerte Bons Brax Deeplight Dédé FollowBoost Gains Grumpf Kairn Kicks Kraspek Lou Mo Nox Nuit Onda Pixel Sacha Skarn Tartiflard Votes Vortek Vélo Zed'.split(
      ' ',
    ),
  );

  it('knows the gender of every shipped persona’s first name but the accounts’', () => {
    const names = new Set<string>();
    for (const dir of readdirSync('scenarios')) {
      const path = `scenarios/${dir}/manifest.json`;
      if (!existsSync(path)) continue;
      for (const m of readFileSync(path, 'utf8').matchAll(/"name":\s*"([^"]+)"/g)) names.add(m[1]!.split(' ')[0]!);
    }
    expect(names.size).toBeGreaterThan(50);
    for (const first of names) expect([first, faceLook(first).gender !== undefined]).toEqual([first, !UNGENDERED.has(first)]);
  });

  it('reads a woman’s or a man’s name, and the age from the persona or the name’s generation', () => {
    expect(faceLook('Bernard Lefèvre', '51+')).toEqual({ gender: 'man', age: 'older' });
    expect(faceLook('Inès Haddad', '26-35')).toEqual({ gender: 'woman', age: 'adult' });
    // No age given: the pool the name comes from tells it (Monique, Kylian).
    expect(faceLook('Monique Petit')).toEqual({ gender: 'woman', age: 'older' });
    expect(faceLook('Kylian Roux')).toEqual({ gender: 'man', age: 'young' });
    expect(faceLook('Zed', '15-25')).toEqual({ age: 'young' });
  });

  it('gives no beard to a woman, grey or no hair to the older, no grey to the young', () => {
    const woman = lookOptions({ gender: 'woman', age: 'adult' });
    expect(woman.facialHairProbability).toBe(0);
    expect(woman.head).not.toContain('short1');
    expect(lookOptions({ gender: 'man', age: 'adult' }).head).not.toContain('long');
    expect(lookOptions({ gender: 'man', age: 'adult' }).facialHairProbability).toBeGreaterThan(0);
    for (const gender of ['woman', 'man', undefined] as const) {
      const older = lookOptions({ ...(gender ? { gender } : {}), age: 'older' }).head!;
      expect(older.every((h) => /^gray|^noHair/.test(h))).toBe(true);
      const young = lookOptions({ ...(gender ? { gender } : {}), age: 'young' });
      expect(young.head!.some((h) => /^gray|^noHair/.test(h))).toBe(false);
      expect(young.face).not.toContain('old');
    }
    // The same person gets the same face; the look changes it.
    const bernard = faceLook('Bernard Lefèvre', '51+');
    expect(faceSvg('@bernard', 40, bernard)).toBe(faceSvg('@bernard', 40, bernard));
    expect(faceSvg('@bernard', 40, bernard)).not.toBe(faceSvg('@bernard', 40, { gender: 'woman', age: 'young' }));
  });
});
