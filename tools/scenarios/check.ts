/**
 * `npm run scenarios:check [--json report.json] [--walks N] [--max-paths N] [--only id]`
 * Compiles every scenario in every locale, validates manifests and charters, checks tags,
 * explores every path and prints a report per scenario. Exits 1 on any problem.
 */
import { writeFileSync } from 'node:fs';
import { loadLibrary } from './load';
import { explore, type ScenarioReport } from './explore';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const walks = Number(arg('--walks') ?? 200);
const maxPaths = Number(arg('--max-paths') ?? 5_000);
const storyWalks = Number(arg('--story-walks') ?? 2_000);
const only = arg('--only');
const jsonOut = arg('--json');

const started = performance.now();
const library = loadLibrary();
const reports: ScenarioReport[] = [];
for (const scenario of library.scenarios) {
  if (only && scenario.manifest.id !== only) continue;
  reports.push(explore(scenario, { walks, maxPaths, storyWalks, audienceSize: 600 }));
}

const fmt = (r: { min: number; mean: number; max: number } | undefined) => (r ? `${r.min}/${r.mean}/${r.max}` : '-');
for (const r of reports) {
  console.log(`\n${r.id}`);
  console.log(`  knots ${r.knots.length} · words fr ${r.words.fr} / en ${r.words.en} · paths ${r.paths}${r.exhaustive ? ' (all)' : ' (random walks: too many to walk them all)'} · decisions per path ${r.decisions.min}–${r.decisions.max}`);
  console.log(`  endings ${Object.entries(r.endings).map(([k, n]) => `${k}×${n}`).join(', ') || 'none'}`);
  console.log(`  scores min/mean/max over ${r.walks} timed walks: overall ${fmt(r.scores.overall)} · diplomacy ${fmt(r.scores.diplomacy)} · speed ${fmt(r.scores.speed)} · charter ${fmt(r.scores.charter)} · judgement ${fmt(r.scores.judgement)} · outcome ${fmt(r.scores.outcome)}`);
  console.log(`  unreachable ${r.unreachable.length ? r.unreachable.join(', ') : 'none'} · dead ends ${r.deadEnds.length}`);
  for (const w of r.warnings.slice(0, 10)) console.log(`  warning: ${w}`);
  for (const p of r.problems) console.log(`  PROBLEM: ${p}`);
}
for (const p of library.problems) console.log(`PROBLEM: ${p}`);

const problems = library.problems.length + reports.reduce((n, r) => n + r.problems.length, 0);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ problems: library.problems, scenarios: reports }, null, 2));
console.log(`\n${reports.length} scenario(s) checked in ${((performance.now() - started) / 1000).toFixed(1)} s: ${problems === 0 ? 'all sound' : `${problems} problem(s)`}`);
if (reports.length === 0 && library.problems.length === 0) {
  console.log('No scenario found under scenarios/.');
  process.exitCode = 1;
}
if (problems > 0) process.exitCode = 1;
