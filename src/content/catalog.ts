import type { Locale } from '../core/types';
import type { Charter, Manifest } from './schema';

/** A playable scenario as the game sees it: its data, and its story compiled per locale on demand. */
export interface ScenarioEntry {
  manifest: Manifest;
  charter: Charter;
  loadStory: Partial<Record<Locale, () => Promise<string>>>;
  /** Loaded by a teacher in this browser (always open, not saved). */
  custom?: boolean;
}
