import { defineConfig } from 'vite';
import { inkPlugin } from './tools/ink/vite-plugin';

export default defineConfig({
  // Relative base: the build runs from any static host or folder (and inside an LMS package).
  base: './',
  plugins: [inkPlugin()],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
