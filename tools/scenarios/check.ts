/**
 * `npm run scenarios:check [--json report.json] [--walks N] [--story-walks N] [--max-paths N] [--variants N] [--only id]`
 * Compiles every scenario in every locale, validates manifests and charters, checks tags,
 * explores every path (or seeded random walks when they explode) and prints a report per scenario.
 * Scenarios are checked in parallel, one worker per core. Exits 1 on any problem.
 */
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadLibrary } from './load';
import type { ScenarioReport } from './explore';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const options = {
  walks: Number(arg('--walks') ?? 25),
  maxPaths: Number(arg('--max-paths') ?? 1_000),
  storyWalks: Number(arg('--story-walks') ?? 1_000),
  audienceSize: 600,
  variants: Number(arg('--variants') ?? 20),
};
const only = arg('--only');
const jsonOut = arg('--json');

/** One child process per scenario, so the cores share the work (tsx's loader comes with execArgv). */
function checkInWorker(dir: string): Promise<ScenarioReport> {
  const worker = fileURLToPath(new URL('./check-worker.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...process.execArgv, worker, dir, JSON.stringify(options)],
      { maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`checking ${dir} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as ScenarioReport);
      },
    );
  });
}

const started = performance.now();
const library = loadLibrary();
const dirs = library.scenarios.filter((s) => !only || s.manifest.id === only).map((s) => s.dir);
const reports: ScenarioReport[] = [];
const queue = [...dirs];
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
    for (let dir = queue.shift(); dir; dir = queue.shift()) reports.push(await checkInWorker(dir));
  }),
);
reports.sort((a, b) => a.id.localeCompare(b.id));

const fmt = (r: { min: number; mean: number; max: number } | undefined) => (r ? `${r.min}/${r.mean}/${r.max}` : '-');
for (const r of reports) {
  console.log(`\n${r.id}`);
  console.log(
    `  knots ${r.knots.length} · words fr ${r.words.fr} / en ${r.words.en} · paths ${r.paths}${r.exhaustive ? ' (all, both locales)' : ` (seeded random walks, ${options.storyWalks} per locale: too many paths to walk them all)`} · decisions per path ${r.decisions.min}–${r.decisions.max}`,
  );
  console.log(
    `  endings ${
      Object.entries(r.endings)
        .map(([k, n]) => `${k}×${n}`)
        .join(', ') || 'none'
    }`,
  );
  console.log(
    `  scores min/mean/max over ${r.walks} timed sessions: overall ${fmt(r.scores.overall)} · diplomacy ${fmt(r.scores.diplomacy)} · speed ${fmt(r.scores.speed)} · charter ${fmt(r.scores.charter)} · judgement ${fmt(r.scores.judgement)} · outcome ${fmt(r.scores.outcome)}`,
  );
  console.log(
    `  written replies: ${r.consequences.length ? `authored consequences on ${r.consequences.sort().join(', ')}; ` : ''}every other post follows the closest option of the action chosen`,
  );
  console.log(
    `  unreachable ${r.unreachable.length ? r.unreachable.join(', ') : 'none'} · dead ends ${r.deadEnds.length} · locales ${r.structure.length ? 'DIFFER' : 'same skeleton'}`,
  );
  if (r.variants)
    console.log(
      `  variants ${r.variants.seeds} per locale · widest gap to the scenario's mean overall: best ${r.variants.spread.best}, random ${r.variants.spread.random}, worst ${r.variants.spread.worst} (at most 5)`,
    );
  for (const w of r.warnings.slice(0, 10)) console.log(`  warning: ${w}`);
  for (const p of r.problems) console.log(`  PROBLEM: ${p}`);
}
for (const p of library.problems) console.log(`PROBLEM: ${p}`);

const problems = library.problems.length + reports.reduce((n, r) => n + r.problems.length, 0);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ options, problems: library.problems, scenarios: reports }, null, 2));
console.log(
  `\n${reports.length} scenario(s) checked in ${((performance.now() - started) / 1000).toFixed(1)} s: ${problems === 0 ? 'all sound' : `${problems} problem(s)`}`,
);
if (reports.length === 0 && library.problems.length === 0) {
  console.log('No scenario found under scenarios/.');
  process.exitCode = 1;
}
if (problems > 0) process.exitCode = 1;
