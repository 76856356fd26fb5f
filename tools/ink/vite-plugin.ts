/**
 * Vite plugin: serves the scenario library as `virtual:scenarios` (manifests and charters, small,
 * in the main bundle) with each compiled story as its own lazily loaded chunk. The ink compiler
 * runs here, at build time, never in the browser. Any problem fails the build with file:line.
 */
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { type Library, loadLibrary } from '../scenarios/load';

const CATALOG = 'virtual:scenarios';
const STORY = 'virtual:story/';

export function inkPlugin(root = join(process.cwd(), 'scenarios')): Plugin {
  let library: Library | null = null;
  const getLibrary = (): Library => (library ??= loadLibrary(root));
  const failIfBroken = (lib: Library) => {
    if (lib.problems.length > 0) {
      throw new Error(`Scenario library has ${lib.problems.length} problem(s):\n  ${lib.problems.join('\n  ')}`);
    }
  };

  return {
    name: 'frontline-ink',
    resolveId(id) {
      if (id === CATALOG || id.startsWith(STORY)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${CATALOG}`) {
        const lib = getLibrary();
        failIfBroken(lib);
        for (const s of lib.scenarios) for (const files of Object.values(s.files)) files.forEach((f) => this.addWatchFile(f));
        const entries = lib.scenarios.map((s) => {
          const loaders = Object.keys(s.stories)
            .map((locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(`${STORY}${s.manifest.id}/${locale}`)}).then((m) => m.default)`)
            .join(', ');
          return `{ manifest: ${JSON.stringify(s.manifest)}, charter: ${JSON.stringify(s.charter)}, loadStory: { ${loaders} } }`;
        });
        return `export const scenarios = [${entries.join(',\n')}];\n`;
      }
      if (id.startsWith(`\0${STORY}`)) {
        const [scenarioId, locale] = id.slice(STORY.length + 1).split('/');
        const scenario = getLibrary().scenarios.find((s) => s.manifest.id === scenarioId);
        const json = scenario?.stories[locale as 'fr' | 'en'];
        if (!json) throw new Error(`No compiled story for ${scenarioId} (${locale})`);
        return `export default ${JSON.stringify(json)};\n`;
      }
      return null;
    },
    configureServer(server: ViteDevServer) {
      // Hot reload: any change under scenarios/ recompiles the library and reloads the page.
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        library = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(`\0${CATALOG}`) || mod.id?.startsWith(`\0${STORY}`)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
