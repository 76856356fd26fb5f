/**
 * The game's scenario catalogue for the teacher pages, typed here: the ambient declaration of
 * `virtual:scenarios` (src/vite-env.d.ts) imports its type through a relative path, which
 * TypeScript does not resolve inside `declare module`, so it arrives as `any`.
 */
import { scenarios } from 'virtual:scenarios';
import type { ScenarioEntry } from '../content/catalog';

export const catalog: readonly ScenarioEntry[] = scenarios;
