/**
 * The shipped scenario library as the game lists it (`virtual:scenario-cards`, see
 * tools/ink/vite-plugin.ts): each scenario's card at once; its full manifest and charter from the
 * library (`./library`, one lazy chunk) when it is first opened.
 */
import { cards } from 'virtual:scenario-cards';
import type { ScenarioContent, ScenarioListing } from './catalog';

/** The plugin checked every manifest at build time: the cards are trusted here. */
export const listings: readonly ScenarioListing[] = (cards as readonly Omit<ScenarioListing, 'content'>[]).map(
  ({ manifest, loadStory }) => ({
    manifest,
    loadStory,
    content: (): Promise<ScenarioContent> =>
      import('./library').then(({ scenarios }) => {
        const entry = scenarios.find((s) => s.manifest.id === manifest.id);
        if (!entry) throw new Error(`${manifest.id}: not in the scenario library`);
        return { manifest: entry.manifest, charter: entry.charter, ...(entry.brands ? { brands: entry.brands } : {}) };
      }),
  }),
);
