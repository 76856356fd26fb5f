/**
 * The order in which a post's reply options are offered, and the identifiers they are offered under.
 * Authors write the best option first; players must not learn "the first one is best", in training as
 * in exams. Both are pure functions of the run's seed and the post id (never a draw from the
 * community's generator), so a run replays exactly and the log keeps the authored option index.
 */
import { hashString } from '../core/rng';
import type { ReplyOption } from '../narrative';

/** A 32-bit finaliser (murmur3's): every input bit moves every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `items` in an order fixed by the seed and the post: the same run always shows the same order. */
export function shuffledFor<T>(items: readonly T[], seed: number, postId: string): T[] {
  const out = [...items];
  let h = mix(hashString(`order:${seed}:${postId}`));
  for (let i = out.length - 1; i > 0; i--) {
    h = mix((h + 0x9e3779b9) >>> 0);
    const j = h % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A post's options as offered: the ones the player sees, shuffled, then the hidden deadline
 * fallbacks (`ignore`, shown as "leave it" after the others) in their authored order.
 */
export function offeredOrder(options: readonly ReplyOption[], seed: number, postId: string): ReplyOption[] {
  return [
    ...shuffledFor(
      options.filter((o) => !o.hidden),
      seed,
      postId,
    ),
    ...options.filter((o) => o.hidden),
  ];
}

/**
 * Identifiers for a post's options, opaque for the run: a short hash of the seed, the post and the
 * authored index — neither the index, nor the judgement, nor the place on screen. Unique within the post.
 */
export function optionIds(options: readonly Pick<ReplyOption, 'index'>[], seed: number, postId: string): string[] {
  const taken = new Set<string>();
  return options.map((o) => {
    for (let salt = 0; ; salt++) {
      // A letter first, so that it never reads as a number (an index or a place).
      const id = `o${mix(hashString(`option:${seed}:${postId}:${o.index}:${salt}`))
        .toString(36)
        .padStart(7, '0')}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  });
}
