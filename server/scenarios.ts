/** The scenario library the hub replays from: the repository's scenarios, compiled on first use and kept. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../src/core/types';
import { type DiskScenario, diskLookup } from '../tools/scenarios/lookup';

export type ScenarioLookup = (id: string, locale: Locale) => Promise<DiskScenario | null>;

export function scenarioLibrary(root: string): { lookup: ScenarioLookup; ids: () => string[] } {
  const ids = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'manifest.json')))
        .map((d) => d.name)
    : [];
  return { lookup: diskLookup(root), ids: () => ids };
}
