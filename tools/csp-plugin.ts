/**
 * Vite plugin: writes a Content-Security-Policy <meta> into every built page (the game and the
 * teacher pages), right after the charset, before any script. Build only: the dev server injects
 * <style> tags and talks to its HMR websocket, which this policy would (rightly) block.
 *
 * Nothing in the game needs eval: Phaser 4's only `Function('return this')` sits behind a
 * `typeof globalThis` check and never runs; inkjs (runtime), i18next, howler, zustand, valibot and
 * uPlot use none. Styles are strict too ('self', no 'unsafe-inline'): every stylesheet is a file,
 * and Phaser, uPlot and the views set styles through the CSSOM (element.style), which CSP allows.
 * Phaser's one `setAttribute('style')` only runs on iOS when the game's parent is the window; here
 * the parent is #game.
 */
import { basename } from 'node:path';
import type { Plugin } from 'vite';

export const CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Phaser builds its default textures from data: URIs; blob: for generated images.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // Howler plays the cues from files; data:/blob: for its unlock sound and decoded audio.
  'media-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  // The service worker. No page starts a blob: worker (fflate runs synchronously, in the game only).
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

export const cspContent = (policy: Readonly<Record<string, readonly string[]>> = CSP): string =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

export interface CspOptions {
  policy?: Readonly<Record<string, readonly string[]>>;
  /**
   * Which built pages carry the policy (by file name). Default: every page — the game and the
   * teacher pages (report verifier, class dashboard, exam builder), which all run under the same
   * policy (tests/e2e/csp.test.ts).
   */
  pages?: (fileName: string) => boolean;
}

export function cspPlugin({ policy = CSP, pages = () => true }: CspOptions = {}): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspContent(policy)}" />`;
  return {
    name: 'frontline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!pages(basename(ctx.filename)) || /http-equiv=["']Content-Security-Policy["']/i.test(html)) return html;
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
        return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
      },
    },
  };
}
