/**
 * The scenario library on disk as a lookup (id, locale) → manifest, charter, compiled story and the
 * shipped reply model: compiled on first use, once each. Used by `npm run verify-report` and the hub.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Charter } from '../../src/content/schema';
import type { Locale } from '../../src/core/types';
import type { ReplyModel } from '../../src/analysis';
import type { PlayableScenario } from '../../src/engine/replay';
import { loadCharters, loadScenario } from './load';
import { shippedReplyModel } from '../analysis/paths';

export type DiskScenario = PlayableScenario & { replyModel: ReplyModel | null };

/** Loads scenarios from `root` on demand, once each. Ids are matched against the folders, never joined blindly. */
export function diskLookup(root: string): (id: string, locale: Locale) => Promise<DiskScenario | null> {
  let charters: Record<string, Charter> | null = null;
  const cache = new Map<string, Promise<DiskScenario | null>>();
  const folders = existsSync(root)
    ? new Set(
        readdirSync(root, { withFileTypes: true })
          .filter((d) => d.isDirectory() && d.name !== 'charters')
          .map((d) => d.name),
      )
    : new Set<string>();
  return (id, locale) => {
    const key = `${id}/${locale}`;
    let found = cache.get(key);
    if (!found) {
      found = (async () => {
        if (!folders.has(id) || !existsSync(join(root, id, 'manifest.json'))) return null;
        const problems: string[] = [];
        charters ??= loadCharters(join(root, 'charters'), problems);
        const scenario = loadScenario(join(root, id), charters, problems);
        if (!scenario) throw new Error(problems.join('; ') || 'the scenario did not load');
        const story = scenario.stories[locale];
        return story
          ? {
              manifest: scenario.manifest,
              charter: scenario.charter,
              ...(scenario.brands ? { brands: scenario.brands } : {}),
              story,
              replyModel: shippedReplyModel(),
            }
          : null;
      })();
      cache.set(key, found);
    }
    return found;
  };
}
