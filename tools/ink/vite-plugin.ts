/**
 * Vite plugin: serves the scenario library as `virtual:scenarios` (manifests and charters) and
 * `virtual:scenario-cards` (what the game's menu shows of each: a few manifest fields), with each
 * compiled story as its own lazily loaded chunk. The ink compiler runs here, at build time, never
 * in the browser. Any problem fails the build with file:line.
 */
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { cardOf } from '../../src/content/catalog';
import { type Library, loadLibrary } from '../scenarios/load';

const CATALOG = 'virtual:scenarios';
const CARDS = 'virtual:scenario-cards';
const STORY = 'virtual:story/';
const VIRTUAL = [CATALOG, CARDS, STORY];

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
      if (id === CATALOG || id === CARDS || id.startsWith(STORY)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${CATALOG}` || id === `\0${CARDS}`) {
        const lib = getLibrary();
        failIfBroken(lib);
        for (const s of lib.scenarios) for (const files of Object.values(s.files)) files.forEach((f) => this.addWatchFile(f));
        const loadStory = (s: Library['scenarios'][number]) =>
          `{ ${Object.keys(s.stories)
            .map(
              (locale) =>
                `${JSON.stringify(locale)}: () => import(${JSON.stringify(`${STORY}${s.manifest.id}/${locale}`)}).then((m) => m.default)`,
            )
            .join(', ')} }`;
        if (id === `\0${CARDS}`) {
          return `export const cards = [${lib.scenarios.map((s) => `{ manifest: ${JSON.stringify(cardOf(s.manifest, s.charter))}, loadStory: ${loadStory(s)} }`).join(',\n')}];\n`;
        }
        // Several scenarios share a brand: each charter is written once and referenced by its entries.
        const charters = [
          ...new Set(lib.scenarios.flatMap((s) => [s.charter, ...Object.values(s.brands ?? {})]).map((c) => JSON.stringify(c))),
        ];
        const ref = (c: unknown) => `charter${charters.indexOf(JSON.stringify(c))}`;
        const brands = (s: Library['scenarios'][number]) =>
          s.brands
            ? `, brands: { ${Object.entries(s.brands)
                .map(([id, c]) => `${JSON.stringify(id)}: ${ref(c)}`)
                .join(', ')} }`
            : '';
        const entries = lib.scenarios.map(
          (s) => `{ manifest: ${JSON.stringify(s.manifest)}, charter: ${ref(s.charter)}${brands(s)}, loadStory: ${loadStory(s)} }`,
        );
        return `${charters.map((c, i) => `const charter${i} = ${c};\n`).join('')}export const scenarios = [${entries.join(',\n')}];\n`;
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
          if (VIRTUAL.some((v) => mod.id?.startsWith(`\0${v}`))) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
