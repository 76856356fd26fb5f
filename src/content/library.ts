/**
 * The shipped scenario library, as the Vite plugin serves it. The plugin validated every manifest
 * and charter and compiled every story at build time, so the entries are trusted here.
 */
import { scenarios as served } from 'virtual:scenarios';
import type { ScenarioEntry } from './catalog';

export const scenarios = served as readonly ScenarioEntry[];
