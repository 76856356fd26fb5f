/**
 * The career path: scenarios are grouped by level (intern, community manager, senior, lead).
 * A level opens once the player has passed enough scenarios of the level before it; any open
 * scenario can be replayed freely and the best result is kept.
 */
import { LEVELS, type Level } from '../content/schema';
import type { ScenarioCard } from '../content/catalog';

/** Overall score that counts as passing a scenario. */
export const PASS_MARK = 60;
/** Scenarios of a level to pass before the next level opens (fewer if the level has fewer). */
export const TO_PASS_PER_LEVEL = 2;

export type Progress = Record<string, { best: number; plays: number }>;

export interface LevelStatus {
  level: Level;
  open: boolean;
  passed: number;
  total: number;
  /** Passes still needed in the previous level to open this one. */
  missing: number;
}

export function careerStatus(
  manifests: readonly Pick<ScenarioCard, 'id' | 'level'>[],
  progress: Progress,
  unlockAll = false,
): LevelStatus[] {
  const statuses: LevelStatus[] = [];
  let previousMissing = 0;
  for (const level of LEVELS) {
    const mine = manifests.filter((m) => m.level === level);
    const passed = mine.filter((m) => (progress[m.id]?.best ?? 0) >= PASS_MARK).length;
    const open = unlockAll || previousMissing === 0;
    statuses.push({ level, open, passed, total: mine.length, missing: open ? 0 : previousMissing });
    // An empty level does not block the next one.
    const needed = Math.min(TO_PASS_PER_LEVEL, mine.length);
    previousMissing = open ? Math.max(0, needed - passed) : Math.max(previousMissing, needed - passed, 1);
  }
  return statuses;
}

export function isOpen(
  manifest: Pick<ScenarioCard, 'level'>,
  manifests: readonly Pick<ScenarioCard, 'id' | 'level'>[],
  progress: Progress,
  unlockAll = false,
): boolean {
  return careerStatus(manifests, progress, unlockAll).find((s) => s.level === manifest.level)?.open ?? false;
}
