/**
 * A teacher's own scenario, loaded into the running game: an `.ink` story (with its includes),
 * optionally a manifest and a charter. It is checked and compiled here, in the browser, with the
 * ink compiler — this module and the compiler form their own chunk, loaded only when used.
 * Every problem comes back as a list with file and line; nothing here can stop the game.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { LOCALES, type Locale, type Persona } from '../core/types';
import type { ScenarioEntry } from '../content/catalog';
import { type Charter, type Manifest, validateCharter, validateManifest } from '../content/schema';
import { DEFAULT_CHARTER } from '../content/default-charter';
import { formatProblem, lintInk, parseInkMessage, splitTags } from '../narrative/lint';
import { hashString } from '../core/rng';

export interface LoadedFile {
  name: string;
  text: string;
}
export type CustomResult = { ok: true; entry: ScenarioEntry; warnings: string[] } | { ok: false; problems: string[] };

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_FILES = 20;

const parseJson = (file: LoadedFile, problems: string[]): unknown => {
  try {
    return JSON.parse(file.text);
  } catch (e) {
    problems.push(`${file.name}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
};

/** Personas named in `# from:` tags, for a story that comes without a manifest. */
function personasFrom(source: string): Persona[] {
  const ids = new Set<string>();
  for (const line of source.split('\n')) {
    for (const { raw } of splitTags(line).tags) {
      const m = /^from\s*:\s*([a-z0-9][a-z0-9_-]*)\s*$/i.exec(raw);
      if (m) ids.add(m[1] as string);
    }
  }
  return [...ids].slice(0, 50).map((id) => ({
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    handle: `@${id.slice(0, 29)}`,
    segment: 'neutral',
    followers: 500,
  }));
}

function localeOf(name: string, fallback: Locale): Locale {
  const m = /\.(fr|en)\.ink$/i.exec(name);
  return (m?.[1]?.toLowerCase() as Locale | undefined) ?? fallback;
}

export function buildCustomScenario(files: readonly LoadedFile[], uiLocale: Locale): CustomResult {
  const problems: string[] = [];
  if (files.length > MAX_FILES) return { ok: false, problems: [`${files.length} files: load at most ${MAX_FILES} at once`] };
  for (const f of files) if (f.text.length > MAX_FILE_BYTES) problems.push(`${f.name}: larger than ${MAX_FILE_BYTES / 1_000_000} MB`);
  const inks = files.filter((f) => /\.ink$/i.test(f.name));
  const jsons = files.filter((f) => /\.json$/i.test(f.name));
  const others = files.filter((f) => !inks.includes(f) && !jsons.includes(f));
  for (const f of others) problems.push(`${f.name}: not an .ink or .json file`);
  if (inks.length === 0) problems.push('no .ink file: load the story (and optionally its manifest.json and charter)');
  if (problems.length > 0) return { ok: false, problems };

  // JSON files are told apart by content: a charter has rules, a manifest has personas.
  let charter: Charter = DEFAULT_CHARTER;
  let manifestData: unknown;
  let manifestName = '';
  for (const f of jsons) {
    const data = parseJson(f, problems);
    if (data === undefined) continue;
    if (typeof data === 'object' && data !== null && 'rules' in data) {
      const c = validateCharter(data, f.name);
      if (c.ok) charter = c.value;
      else problems.push(...c.error);
    } else {
      manifestData = data;
      manifestName = f.name;
    }
  }

  // The main story is the one no other file includes.
  const included = new Set(
    inks.flatMap((f) => [...f.text.matchAll(/^\s*INCLUDE\s+(\S+)/gm)].map((m) => (m[1] as string).split('/').pop() as string)),
  );
  const mains = inks.filter((f) => !included.has(f.name));
  if (mains.length !== 1) {
    problems.push(
      mains.length === 0
        ? 'every .ink file is included by another: which one is the story?'
        : `several stories loaded (${mains.map((m) => m.name).join(', ')}): load one story at a time with its includes`,
    );
    return { ok: false, problems };
  }
  const main = mains[0] as LoadedFile;
  const locale = localeOf(main.name, uiLocale);
  const allSource = inks.map((f) => f.text).join('\n');

  const id = `custom-${hashString(main.text).toString(36)}`;
  let manifest: Manifest;
  if (manifestData !== undefined) {
    const m = validateManifest(manifestData, manifestName);
    if (!m.ok) return { ok: false, problems: [...problems, ...m.error] };
    manifest = { ...m.value, id, charter: charter.id };
  } else {
    const personas = personasFrom(allSource);
    if (personas.length === 0) problems.push(`${main.name}: no post names its author with "# from:" (see the scenario authoring guide)`);
    const title = main.name.replace(/(\.(fr|en))?\.ink$/i, '');
    manifest = {
      id,
      version: 1,
      charter: charter.id,
      level: 'intern',
      difficulty: 2,
      minutes: 10,
      clockRate: 30,
      startsAt: '09:00',
      title: { fr: title, en: title },
      summary: { fr: 'Scénario chargé par votre formateur.', en: 'A scenario loaded by your trainer.' },
      objectives: { fr: ['Répondre avec justesse et dans les temps.'], en: ['Answer well and in time.'] },
      learningPoints: { fr: ['Voir le débrief.'], en: ['See the debrief.'] },
      audience: { size: 3000, segments: { fan: 0.25, neutral: 0.45, critic: 0.17, troll: 0.05, influencer: 0.05, journalist: 0.03 } },
      personas,
      freeText: true,
      tutorial: false,
    };
  }

  const lint = inks.flatMap((f) =>
    lintInk(f.name, f.text, {
      personas: new Set(manifest.personas.map((p) => p.id)),
      rules: new Set(charter.rules.map((r) => r.id)),
    }),
  );
  problems.push(...lint.map(formatProblem));

  const compileProblems: string[] = [];
  let json: string | null = null;
  try {
    const byName = new Map(inks.map((f) => [f.name, f.text]));
    const fileHandler = {
      ResolveInkFilename: (name: string) => name.split('/').pop() ?? name,
      LoadInkFileContents: (name: string) => {
        const text = byName.get(name);
        if (text === undefined) throw new Error(`INCLUDE ${name}: file not loaded`);
        return text;
      },
    };
    const onMessage = (message: string) => {
      const p = parseInkMessage(message, main.name);
      if (p.severity === 'error') compileProblems.push(formatProblem(p));
    };
    const story = new Compiler(main.text, new CompilerOptions(main.name, [], true, onMessage, fileHandler)).Compile();
    if (compileProblems.length === 0) json = story.ToJson() ?? null;
  } catch (e) {
    if (compileProblems.length === 0) compileProblems.push(`${main.name}: ${(e as Error).message}`);
  }
  problems.push(...compileProblems);
  if (problems.length > 0 || !json) return { ok: false, problems };

  const story = json;
  // One language loaded: it plays whatever the interface language.
  const loadStory = Object.fromEntries(LOCALES.map((l) => [l, async () => story])) as ScenarioEntry['loadStory'];
  const warnings =
    manifestData === undefined
      ? [`${main.name}: no manifest loaded, default settings used (in ${locale === 'fr' ? 'French' : 'English'})`]
      : [];
  return { ok: true, entry: { manifest, charter, loadStory }, warnings };
}
