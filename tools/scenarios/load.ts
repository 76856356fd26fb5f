/**
 * Reads the scenario library from disk (build time, Node): manifests and charters validated
 * against their schemas, every story compiled and linted. One function for the Vite plugin,
 * the scenario check and the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES, type Locale } from '../../src/core/types';
import { type Charter, type Manifest, validateCharter, validateManifest } from '../../src/content/schema';
import { incompatibilities } from '../../src/content/variants';
import { compileInk, formatProblem, type InkProblem } from '../ink/compile';
import { lintInk } from '../../src/narrative/lint';

export interface LoadedScenario {
  dir: string;
  manifest: Manifest;
  charter: Charter;
  /** The charters of the brands its variants may be played for (docs/authoring.md, "Variants"), by id. */
  brands?: Record<string, Charter>;
  /** Compiled story JSON per locale. */
  stories: Record<Locale, string>;
  /** Ink files per locale (main first), for watching. */
  files: Record<Locale, string[]>;
}

export interface Library {
  scenarios: LoadedScenario[];
  charters: Record<string, Charter>;
  /** Every problem found, formatted "file:line: message"; the library is unusable if non-empty. */
  problems: string[];
}

const rel = (path: string) => relative(process.cwd(), path) || path;

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${rel(path)}: not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** Charters from `dir`; their logos are looked for in `brands`, the build's public/brands/ by default. */
export function loadCharters(dir: string, problems: string[], brands = join(process.cwd(), 'public', 'brands')): Record<string, Charter> {
  const charters: Record<string, Charter> = {};
  if (!existsSync(dir)) return charters;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const path = join(dir, name);
    const data = readJson(path, problems);
    if (data === undefined) continue;
    const result = validateCharter(data, rel(path));
    if (!result.ok) {
      problems.push(...result.error);
      continue;
    }
    if (`${result.value.id}.json` !== name) problems.push(`${rel(path)}: id "${result.value.id}" must match the file name`);
    // A charter's logo is served from the build's public/brands/ (the project's, wherever the scenarios are read from).
    const logo = result.value.brand.logo;
    if (logo && !existsSync(join(brands, logo))) problems.push(`${rel(path)}: brand.logo "${logo}" not found in public/brands/`);
    charters[result.value.id] = result.value;
  }
  return charters;
}

export function loadScenario(dir: string, charters: Record<string, Charter>, problems: string[]): LoadedScenario | null {
  const manifestPath = join(dir, 'manifest.json');
  const data = readJson(manifestPath, problems);
  if (data === undefined) return null;
  const result = validateManifest(data, rel(manifestPath));
  if (!result.ok) {
    problems.push(...result.error);
    return null;
  }
  const before = problems.length;
  const manifest = withBrandNames(result.value, charters, rel(manifestPath), problems);
  const folder = dir.split(/[\\/]/).pop();
  if (manifest.id !== folder) problems.push(`${rel(manifestPath)}: id "${manifest.id}" must match the folder name "${folder}"`);
  const charter = charters[manifest.charter];
  if (!charter) problems.push(`${rel(manifestPath)}: charter "${manifest.charter}" not found in scenarios/charters/`);
  const personaIds = manifest.personas.map((p) => p.id);
  const dup = personaIds.find((id, i) => personaIds.indexOf(id) !== i);
  if (dup) problems.push(`${rel(manifestPath)}: persona "${dup}" is declared twice`);
  const stories = {} as Record<Locale, string>;
  const files = {} as Record<Locale, string[]>;
  for (const locale of LOCALES) {
    const inkPath = join(dir, `${manifest.id}.${locale}.ink`);
    if (!existsSync(inkPath)) {
      problems.push(`${rel(inkPath)}: missing (every scenario needs fr and en)`);
      continue;
    }
    const compiled = compileInk(inkPath);
    const lint: InkProblem[] = compiled.files.flatMap((f) =>
      lintInk(rel(f), readFileSync(f, 'utf8'), {
        personas: new Set(personaIds),
        rules: new Set(charter?.rules.map((r) => r.id) ?? []),
      }),
    );
    problems.push(...[...compiled.problems.filter((p) => p.severity === 'error'), ...lint].map(formatProblem));
    files[locale] = compiled.files;
    if (compiled.json) stories[locale] = compiled.json;
  }
  if (problems.length !== before || !charter) return null;
  const brands = manifest.variants?.brands;
  return {
    dir,
    manifest,
    charter,
    stories,
    files,
    ...(brands ? { brands: Object.fromEntries(brands.map((b) => [b.charter, charters[b.charter]!])) } : {}),
  };
}

/**
 * A manifest whose variants offer several brands, each checked against the scenario's own charter and
 * given its name as the story's `brand` variable (the same in both languages).
 */
function withBrandNames(manifest: Manifest, charters: Record<string, Charter>, where: string, problems: string[]): Manifest {
  const brands = manifest.variants?.brands;
  if (!brands) return manifest;
  if (brands[0]?.charter !== manifest.charter)
    problems.push(`${where}: variants.brands must list the scenario's own charter ("${manifest.charter}") first`);
  const own = charters[manifest.charter];
  for (const b of brands) {
    const charter = charters[b.charter];
    if (!charter) problems.push(`${where}: variants.brands: charter "${b.charter}" not found in scenarios/charters/`);
    else if (own)
      for (const d of incompatibilities(own, charter))
        problems.push(`${where}: variants.brands: "${b.charter}" cannot stand in for "${own.id}": ${d} differ`);
  }
  const named = brands.map((b) => {
    const name = charters[b.charter]?.brand.name ?? b.charter;
    return { ...b, values: { ...b.values, brand: { fr: name, en: name } } };
  });
  return { ...manifest, variants: { ...manifest.variants, brands: named } };
}

export function loadLibrary(root = join(process.cwd(), 'scenarios')): Library {
  const problems: string[] = [];
  const charters = loadCharters(join(root, 'charters'), problems);
  const scenarios: LoadedScenario[] = [];
  const dirs = existsSync(root) ? readdirSync(root, { withFileTypes: true }) : [];
  for (const entry of dirs.filter((d) => d.isDirectory() && d.name !== 'charters').sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(root, entry.name);
    if (!existsSync(join(dir, 'manifest.json'))) continue;
    const scenario = loadScenario(dir, charters, problems);
    if (scenario) scenarios.push(scenario);
  }
  return { scenarios, charters, problems };
}
