/**
 * Faces for the people of a run (issue #17): a DiceBear "Lorelei" portrait drawn from the person's
 * seed (their handle or persona id), the same every time, rendered here as an SVG data URI — nothing is
 * fetched. Its own chunk, loaded by `loadFaces` (avatar.ts) once the desk opens, so the first screens do
 * not wait for it. Lorelei by Lisa Wischofsky, CC0 1.0; DiceBear's code MIT.
 */
import { createAvatar } from '@dicebear/core';
import * as lorelei from '@dicebear/lorelei';

/** Soft backgrounds behind the line drawing, picked by the seed. */
const BACKGROUNDS = ['c7d2fe', 'bae6fd', 'bbf7d0', 'fde68a', 'fecaca', 'e9d5ff', 'fed7aa', 'a7f3d0'];
const MAX_CACHED = 1000;
const cache = new Map<string, string>();

/** The face of `seed` as a data URI, drawn once and kept (the oldest forgotten past a thousand). */
export function faceUri(seed: string): string {
  let uri = cache.get(seed);
  if (uri === undefined) {
    uri = createAvatar(lorelei, { seed, backgroundColor: BACKGROUNDS, radius: 50 }).toDataUri();
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(seed, uri);
  }
  return uri;
}
