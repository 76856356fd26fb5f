/// <reference types="vite/client" />
/** Served by tools/ink/vite-plugin.ts; typed where it is read (src/content/library.ts). */
declare module 'virtual:scenarios' {
  export const scenarios: readonly unknown[];
}
