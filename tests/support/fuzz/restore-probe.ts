/**
 * Child process for the fuzz suite's freeze checks (a hang can be cut from outside):
 *   node --import tsx tests/support/fuzz/restore-probe.ts run 1e12     restore a saved run whose clock is 1e12 game seconds
 *   node --import tsx tests/support/fuzz/restore-probe.ts report 1e12  check a session report whose last log entry is at 1e12 s
 * Prints what happened as JSON and exits 0.
 */
import { join } from 'node:path';
import { checkReport } from '../../../src/pages/check';
import { createGameStore } from '../../../src/state';
import { memoryStorage } from '../../../src/platform/storage';
import { loadLibrary } from '../../../tools/scenarios/load';

const mode = process.argv[2] ?? 'run';
const time = Number(process.argv[3] ?? '1e12');
const lib = loadLibrary(join(process.cwd(), 'tests', 'fixtures', 'scenarios'));
const entries = lib.scenarios.map((s) => ({
  manifest: s.manifest,
  charter: s.charter,
  loadStory: { fr: async () => s.stories.fr, en: async () => s.stories.en },
}));
const storage = memoryStorage();
const make = () => createGameStore({ scenarios: entries, storage, defaultLocale: 'en', newSeed: () => 1, now: () => 1_700_000_000_000 });

const first = make();
first.getState().openBriefing(entries[0]!.manifest.id);
await first.getState().start();
first.getState().tick(1000);
first.getState().saveNow();
const run = JSON.parse(storage.getItem('frontline.run') ?? 'null') as { log: { t: number }[] } & Record<string, unknown>;
const started = performance.now();

if (mode === 'run') {
  storage.setItem('frontline.run', JSON.stringify({ ...run, clock: time }));
  const resumed = await make().getState().restore();
  console.log(JSON.stringify({ mode, time, resumed, ms: Math.round(performance.now() - started) }));
} else {
  // A finished report with a hint entry far in the future, before the story could end.
  const store = make();
  store.getState().openBriefing(entries[0]!.manifest.id);
  await store.getState().start();
  for (let i = 0; i < 300 && store.getState().screen === 'desk'; i++) {
    const s = store.getState().session!;
    const open = s.feed.find((p) => p.state === 'open');
    if (open) store.getState().choose(open.id, s.visibleOptions(open.id)[0]!.index);
    else store.getState().skipAhead();
    store.getState().tick(1000);
  }
  const report = store.getState().debrief!.report;
  const tampered = { ...report, log: [report.log[0], { type: 'hint', postId: 'p1', t: time, at: 0 }, ...report.log.slice(1)] };
  const scenario = lib.scenarios[0]!;
  const result = await checkReport('report.json', JSON.stringify(tampered), async () => ({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories.en,
  }));
  console.log(JSON.stringify({ mode, time, status: result.status, ms: Math.round(performance.now() - started) }));
}
