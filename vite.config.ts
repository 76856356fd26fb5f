import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkPlugin } from './tools/ink/vite-plugin';
import { cspPlugin } from './tools/csp-plugin';

export default defineConfig({
  // Relative base: the build runs from any static host or folder (and inside an LMS package).
  base: './',
  plugins: [
    inkPlugin(),
    // Content-Security-Policy <meta> in every built page (no eval, no inline script or style).
    cspPlugin(),
    // Offline: a web app manifest and a service worker precaching the whole build — every chunk
    // (each scenario's story included), styles, fonts, sounds, icons. src/main.ts registers it.
    VitePWA({
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      // The icons are in the precache through globPatterns already.
      includeManifestIcons: false,
      manifest: {
        name: 'Frontline — community manager training',
        short_name: 'Frontline',
        description: 'A training game for community managers: answer the community, in French and English, even offline.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#0b1220',
        theme_color: '#0b1220',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,woff2,woff,wav,svg,png,bin}'],
        // The main chunk (Phaser) is about 1.5 MB before compression.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Deep links (?scenario=…&lang=…) are the same page: match them to the precached HTML.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Five pages: the game, the report verifier, the classroom dashboard, the exam builder and the hub's key page
    // (teacher pages share the engine chunk, never Phaser). Vite 8 bundles with rolldown: `rolldownOptions` is the
    // current name of what `rollupOptions` (now a deprecated alias) configured.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        verify: fileURLToPath(new URL('./verify.html', import.meta.url)),
        dashboard: fileURLToPath(new URL('./dashboard.html', import.meta.url)),
        exam: fileURLToPath(new URL('./exam.html', import.meta.url)),
        // Served by Frontline Hub (server/): the hub's public key. Elsewhere it says it needs a hub.
        hub: fileURLToPath(new URL('./hub.html', import.meta.url)),
      },
      // The community's phrase banks (src/sim/voices: some 3,000 lines per language) are content, not
      // code: they load with the session, in a chunk of their own, as the reply model's weights do.
      output: { codeSplitting: { groups: [{ name: 'voices', test: /[\\/]src[\\/]sim[\\/]voices[\\/]/ }] } },
    },
  },
});
