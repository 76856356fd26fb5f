/**
 * Which consequence branch a written reply takes (docs/authoring.md, "Consequences"): among a post's
 * `# action: written` choices, the first that names a rule the reply broke; else the first for its
 * judgement (without `breaks`); else the first with neither, the post's default. Null when the post
 * declares none that fits: the story then follows the closest scripted option.
 */
import type { Judgement } from '../core/types';
import type { WrittenBranch } from '../narrative';

export function consequenceOf(branches: readonly WrittenBranch[], judgement: Judgement, broken: readonly string[]): WrittenBranch | null {
  return (
    branches.find((b) => b.breaks.some((r) => broken.includes(r))) ??
    branches.find((b) => b.breaks.length === 0 && b.judgement === judgement) ??
    branches.find((b) => b.breaks.length === 0 && b.judgement === undefined) ??
    null
  );
}
