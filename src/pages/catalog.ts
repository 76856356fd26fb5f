/** The game's scenario catalogue for the teacher pages. */
import type { ScenarioEntry } from '../content/catalog';
import { scenarios } from '../content/library';

export const catalog: readonly ScenarioEntry[] = scenarios;
