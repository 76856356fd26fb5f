/**
 * FNV-1a, 32 bits, over the UTF-16LE bytes of a string (each UTF-16 code unit fed as its low byte, then
 * its high byte). Offset basis 2166136261, prime 16777619 (http://www.isthe.com/chongo/tech/comp/fnv/).
 *
 * Why not an npm package: the maintained murmurhash packages either read only the low byte of each
 * character (so every non-Latin letter and emoji collide by design) or allocate a UTF-8 buffer per call,
 * and the reader hashes ~10,000 n-grams per 2,000-character reply; src/analysis also has no dependency.
 * FNV-1a is a few lines, needs no allocation and extends byte by byte, so the 2-, 3-, 4- and 5-grams that
 * start at one position come out of a single pass (see features.ts).
 */

export const FNV_OFFSET = 0x811c9dc5;

/** One step of FNV-1a: the state after feeding one UTF-16 code unit (two bytes, little-endian). */
export function fnvUnit(h: number, unit: number): number {
  h = Math.imul(h ^ (unit & 0xff), 0x01000193);
  return Math.imul(h ^ (unit >>> 8), 0x01000193);
}

/** FNV-1a state after feeding `s` to state `h` (unsigned 32-bit result). */
export function fnvString(s: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = fnvUnit(h, s.charCodeAt(i));
  return h >>> 0;
}

/** Bucket of a hash in a table of 2^bits: the high bits are folded onto the low ones (FNV's advice). */
export function bucketOf(h: number, bits: number): number {
  return ((h >>> bits) ^ h) & ((1 << bits) - 1);
}
