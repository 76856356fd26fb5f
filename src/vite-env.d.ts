/// <reference types="vite/client" />
declare module 'virtual:scenarios' {
  import type { ScenarioEntry } from './content/catalog';
  export const scenarios: ScenarioEntry[];
}
