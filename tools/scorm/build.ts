/**
 * `npm run build:scorm [-- --scenario <id>] [--lang fr|en] [--mastery <0-100>] [--out <file.zip>] [--from <dir>]`
 *
 * Builds the game (Vite, into dist-scorm/), writes imsmanifest.xml (SCORM 1.2) next to it and zips
 * the whole into a package any SCORM 1.2 LMS imports: frontline-scorm.zip by default, or
 * frontline-<id>[-<lang>]-scorm.zip for one scenario, whose launch opens that scenario's briefing.
 * `--from <dir>` packages an existing build instead of building again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES } from '../../src/core/types';
import { PASS_MARK } from '../../src/engine/career';
import { MANIFEST, buildManifest, listFiles, sizeOf, zipPackage } from './package';

const ROOT = resolve(import.meta.dirname, '..', '..');
const USAGE = 'usage: npm run build:scorm [-- --scenario <id>] [--lang fr|en] [--mastery <0-100>] [--out <file.zip>] [--from <dir>]';

function fail(message: string): never {
  console.error(`build:scorm: ${message}\n${USAGE}`);
  process.exit(2);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      lang: { type: 'string' },
      mastery: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const { scenario, lang } = values;
  if (lang !== undefined && !(LOCALES as readonly string[]).includes(lang)) fail(`--lang ${lang}: one of ${LOCALES.join(', ')}`);
  let title = 'Frontline';
  if (scenario !== undefined) {
    const manifestPath = join(ROOT, 'scenarios', scenario, 'manifest.json');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(scenario) || !existsSync(manifestPath)) fail(`--scenario ${scenario}: no such scenario in scenarios/`);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { title?: Record<string, string> };
    title = `Frontline — ${manifest.title?.[lang ?? 'en'] ?? scenario}`;
  }
  const mastery = values.mastery === undefined ? PASS_MARK : Number(values.mastery);
  if (!(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100)) fail(`--mastery ${values.mastery}: an integer from 0 to 100`);

  const dir = resolve(values.from ?? join(ROOT, 'dist-scorm'));
  if (values.from === undefined) {
    const { build } = await import('vite');
    console.log('build:scorm: building the game into dist-scorm/ …');
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  } else if (!existsSync(join(dir, 'index.html'))) {
    fail(`--from ${values.from}: no index.html there (build the game first)`);
  }

  const files = listFiles(dir).filter((f) => f !== MANIFEST);
  const query = new URLSearchParams();
  if (scenario) query.set('scenario', scenario);
  if (lang) query.set('lang', lang);
  const name = ['frontline', scenario, lang].filter(Boolean).join('-');
  const manifest = buildManifest({
    identifier: name,
    title,
    masteryScore: mastery,
    launch: 'index.html',
    parameters: query.size > 0 ? `?${query}` : '',
    files,
  });
  // The built folder becomes an unzipped package too (some LMSs import folders); an existing build is left as it was.
  if (values.from === undefined) writeFileSync(join(dir, MANIFEST), manifest);
  const zip = zipPackage(dir, files, manifest);
  const out = resolve(values.out ?? join(ROOT, `${name}-scorm.zip`));
  writeFileSync(out, zip);
  console.log(`build:scorm: ${out}`);
  console.log(
    `  ${files.length} files (${kb(sizeOf(dir, files))}) -> ${kb(zip.byteLength)} zipped; launch index.html${query.size > 0 ? `?${query}` : ''}; mastery score ${mastery}`,
  );
}

main().catch((e: unknown) => {
  console.error(`build:scorm: ${(e as Error).message}`);
  process.exit(1);
});
