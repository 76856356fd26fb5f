import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inkPlugin } from './tools/ink/vite-plugin';
import { cspPlugin } from './tools/csp-plugin';

export default defineConfig({
  // Relative base: the build runs from any static host or folder (and inside an LMS package).
  base: './',
  plugins: [
    inkPlugin(),
    // Content-Security-Policy <meta> in the built game page (no eval, no inline script or style).
    cspPlugin(),
  ],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Four pages: the game, the report verifier, the classroom dashboard and the exam builder
    // (teacher pages share the engine chunk, never Phaser). Vite 8 bundles with rolldown: `rolldownOptions` is the
    // current name of what `rollupOptions` (now a deprecated alias) configured.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        verify: fileURLToPath(new URL('./verify.html', import.meta.url)),
        dashboard: fileURLToPath(new URL('./dashboard.html', import.meta.url)),
        exam: fileURLToPath(new URL('./exam.html', import.meta.url)),
      },
    },
  },
});
