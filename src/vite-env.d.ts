/// <reference types="vite/client" />
/** Served by tools/ink/vite-plugin.ts; typed where they are read (src/content/library.ts, src/content/cards.ts). */
declare module 'virtual:scenarios' {
  export const scenarios: readonly unknown[];
}
declare module 'virtual:scenario-cards' {
  export const cards: readonly unknown[];
}
