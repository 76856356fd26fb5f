/**
 * Robustness fuzz: seeded random playthroughs of every shipped scenario, in both languages, with
 * random actions and timings, pauses, hints and hostile free text (tests/support/fuzz/hostile.ts).
 * `npm test` plays FUZZ_RUNS (default 1,000) runs; `npm run fuzz` plays 10,000. A failure prints
 * the run's id (scenario/locale/seed): `fuzzRun(scenario, locale, seed)` replays it exactly.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/types';
import { shippedLibrary } from '../../support/helpers';
import { AUDIENCE, MAX_STEPS, fuzzMany } from '../../support/fuzz/playthroughs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const lib = shippedLibrary();

describe('random playthroughs', () => {
  it('load the shipped scenarios', () => {
    if (lib.problems.length)
      console.log(
        `[fuzz] the scenario library has ${lib.problems.length} problem(s); those scenarios are left out:\n  ${lib.problems.join('\n  ')}`,
      );
    expect(lib.scenarios.length).toBeGreaterThan(0);
  });

  it(`${RUNS} runs: nothing throws, every run ends, every score is an integer in 0–100`, () => {
    const r = fuzzMany(lib.scenarios, RUNS);
    const endings = [...r.endings.entries()].sort();
    console.log(
      `[fuzz] ${r.runs} runs over ${lib.scenarios.length} scenarios × ${LOCALES.length} locales (community of ${AUDIENCE}) in ${(r.ms / 1000).toFixed(1)} s` +
        ` (${(r.ms / r.runs).toFixed(1)} ms/run): ${r.ended} ended, ${endings.length} distinct endings, ${r.failures.length} failures;` +
        ` steps ${(r.steps / r.runs).toFixed(1)} mean, ${r.maxSteps} max (limit ${MAX_STEPS})`,
    );
    console.log(
      `[fuzz] actions: ${Object.entries(r.totals)
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(`[fuzz] endings: ${endings.map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (r.failures.length) console.log(`[fuzz] failures:\n  ${r.failures.slice(0, 30).join('\n  ')}`);
    expect(r.failures).toEqual([]);
    expect(r.ended).toBe(RUNS);
    // The hostile text really went through the analyser, and deadlines really passed.
    expect(r.totals.free ?? 0).toBeGreaterThan(0);
    expect(r.totals.hints ?? 0).toBeGreaterThan(0);
    // Every scenario reached at least one ending.
    for (const s of lib.scenarios) expect(endings.some(([k]) => k.startsWith(`${s.manifest.id}:`))).toBe(true);
  }, 3_600_000);
});
