/**
 * Seeded random playthroughs for the fuzz suite: random actions at random moments, letting deadlines
 * pass, pausing, asking for hints, writing hostile free text and calling the engine with nonsense.
 * Nothing may throw, every run must reach an ending, every score must be an integer in 0–100.
 * Each run is reproducible from (scenario, locale, seed).
 */
import { LOCALES, type Locale } from '../../../src/core/types';
import { createRng, type Rng } from '../../../src/core/rng';
import { Session } from '../../../src/engine/session';
import type { LoadedScenario } from '../../../tools/scenarios/load';
import { hostileText } from './hostile';

export const SCORE_KEYS = ['diplomacy', 'speed', 'charter', 'judgement', 'outcome', 'overall'] as const;
/** Random steps allowed before a run that has not ended counts as a dead end. */
export const MAX_STEPS = 4000;
/** A small community keeps the runs fast; the rules do not depend on its size. */
export const AUDIENCE = 200;
const WRITE_ERRORS = new Set(['empty', 'too-long', 'no-post', 'not-allowed']);
const POST_STATES = new Set(['open', 'answered', 'closed']);

export interface RunResult {
  id: string;
  ended: boolean;
  ending: string | null;
  steps: number;
  /** Everything that went wrong: thrown errors, broken invariants, dead ends. */
  failures: string[];
  counts: Record<string, number>;
}

const scoreProblems = (scores: Record<string, number>): string[] =>
  SCORE_KEYS.filter((k) => !Number.isInteger(scores[k]) || scores[k]! < 0 || scores[k]! > 100).map((k) => `score ${k} = ${scores[k]}`);

/** The engine's state must stay sane after every step. */
function invariants(s: Session, lastNow: number): string[] {
  const out: string[] = [];
  if (!Number.isFinite(s.now) || s.now < lastNow) out.push(`clock went from ${lastNow} to ${s.now}`);
  const m = s.meters;
  if (!(m.sentiment >= -100 && m.sentiment <= 100)) out.push(`sentiment ${m.sentiment}`);
  if (!(m.reputation >= 0 && m.reputation <= 100)) out.push(`reputation ${m.reputation}`);
  if (!(m.reach >= 0) || !Number.isFinite(m.reach)) out.push(`reach ${m.reach}`);
  for (const p of s.feed) if (!POST_STATES.has(p.state)) out.push(`post ${p.id} state ${p.state}`);
  return out;
}

type Action = (s: Session, rng: Rng, bump: (k: string) => void) => void;

const openPosts = (s: Session) => s.feed.filter((p) => p.state === 'open');

/** Real frames: 16 ms to a 1 s hitch, at a time scale between 1 and 100 (as the store ticks). */
const frames: Action = (s, rng, bump) => {
  const scale = rng.pick([1, 1, 4, 20, 100]);
  for (let i = rng.int(1, 60); i > 0 && !s.ended; i--) {
    const ms = rng.chance(0.05) ? 1000 : rng.int(8, 50);
    s.advance(s.now + (ms / 1000) * s.manifest.clockRate * scale);
  }
  bump('frames');
};

const ACTIONS: [number, string, Action][] = [
  [
    28,
    'choose',
    (s, rng, bump) => {
      const open = openPosts(s);
      if (open.length === 0) return;
      const post = rng.pick(open);
      const options = s.visibleOptions(post.id);
      if (options.length === 0) return;
      const d = s.choose(post.id, rng.pick(options).index);
      if (d) bump('decisions');
    },
  ],
  [
    12,
    'write',
    (s, rng, bump) => {
      const open = openPosts(s);
      const postId = open.length > 0 ? rng.pick(open).id : s.feed.length > 0 ? rng.pick(s.feed).id : 'p1';
      const r = s.write(postId, hostileText(rng));
      if ('error' in r) {
        if (!WRITE_ERRORS.has(r.error)) throw new Error(`write returned ${JSON.stringify(r)}`);
        bump(`refused:${r.error}`);
      } else bump('free');
    },
  ],
  [
    6,
    'hint',
    (s, rng, bump) => {
      const postId = s.feed.length > 0 && rng.chance(0.9) ? rng.pick(s.feed).id : hostileText(rng);
      if (s.useHint(postId) !== null) bump('hints');
    },
  ],
  [
    5,
    'nonsense',
    (s, rng) => {
      const before = s.decisions.length;
      const postId = rng.pick([...s.feed.map((p) => p.id), '', 'nope', '__proto__', hostileText(rng)]);
      const index = rng.pick([-1, 1e9, Number.NaN, 0.5, Infinity, -0]);
      s.choose(postId, index);
      s.write('no-such-post', 'Bonjour');
      s.visibleOptions(hostileText(rng));
      // -0 is a valid index 0: only the others must change nothing.
      if (!Object.is(index, -0) && s.decisions.length !== before) throw new Error(`choose(${postId}, ${index}) made a decision`);
    },
  ],
  [14, 'frames', frames],
  [
    8,
    'wait',
    (s, rng, bump) => {
      // Let the clock run for minutes, sometimes hours: deadlines pass.
      s.advance(s.now + (rng.chance(0.2) ? rng.int(60, 480) : rng.int(1, 30)) * 60);
      bump('waits');
    },
  ],
  [
    10,
    'skip',
    (s, _rng, bump) => {
      const next = s.nextEventAt();
      if (s.idle() && next !== null) {
        s.advance(next);
        bump('skips');
      }
    },
  ],
  [
    8,
    'pause',
    (s, rng, bump) => {
      // Paused: time stands still while the player reads; views keep asking for what to show.
      for (let i = rng.int(1, 5); i > 0; i--) {
        s.advance(s.now);
        s.spread();
        s.communitySnapshot();
      }
      bump('pauses');
    },
  ],
  [
    4,
    'score',
    (s) => {
      const problems = scoreProblems(s.score().scores as unknown as Record<string, number>);
      if (problems.length) throw new Error(`mid-run ${problems.join(', ')}`);
    },
  ],
  [
    5,
    'advance-odd',
    (s, rng) => {
      // Time never goes back, whatever the caller asks.
      const before = s.now;
      s.advance(rng.pick([s.now - 100, 0, -1, s.now]));
      if (s.now !== before) throw new Error(`advance into the past moved the clock ${before} -> ${s.now}`);
    },
  ],
];
const TOTAL = ACTIONS.reduce((a, [w]) => a + w, 0);

function pickAction(rng: Rng): [string, Action] {
  let r = rng.int(0, TOTAL - 1);
  for (const [w, name, act] of ACTIONS) {
    if (r < w) return [name, act];
    r -= w;
  }
  return [ACTIONS[0]![1], ACTIONS[0]![2]];
}

export function fuzzRun(scenario: LoadedScenario, locale: Locale, seed: number): RunResult {
  const id = `${scenario.manifest.id}/${locale}/seed ${seed}`;
  const rng = createRng(`fuzz:${id}`);
  const counts: Record<string, number> = {};
  const bump = (k: string) => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  const failures: string[] = [];
  let realMs = 0;
  let session: Session;
  try {
    session = new Session({
      manifest: scenario.manifest,
      charter: scenario.charter,
      story: scenario.stories[locale],
      locale,
      seed,
      audienceSize: AUDIENCE,
      realClock: () => (realMs += rng.int(0, 5000)),
    });
  } catch (e) {
    return { id, ended: false, ending: null, steps: 0, failures: [`${id}: constructor threw ${(e as Error).stack}`], counts };
  }
  let steps = 0;
  while (!session.ended && steps < MAX_STEPS && failures.length === 0) {
    steps++;
    const [name, act] = pickAction(rng);
    const lastNow = session.now;
    try {
      act(session, rng, bump);
    } catch (e) {
      failures.push(`${id}: step ${steps} (${name}) threw: ${((e as Error).stack ?? String(e)).split('\n').slice(0, 4).join(' | ')}`);
      break;
    }
    failures.push(...invariants(session, lastNow).map((p) => `${id}: step ${steps} (${name}): ${p}`));
    // Stuck: nothing to answer, nothing scheduled, and no ending: the story waits for nothing.
    if (!session.ended && session.nextEventAt() === null && openPosts(session).length === 0) {
      failures.push(`${id}: dead end at ${session.now.toFixed(0)} s after ${steps} steps (nothing open, nothing scheduled)`);
    }
  }
  if (!session.ended && failures.length === 0) failures.push(`${id}: no ending after ${steps} random steps`);
  let ending: string | null = null;
  try {
    const scores = session.score().scores as unknown as Record<string, number>;
    failures.push(...scoreProblems(scores).map((p) => `${id}: final ${p}`));
    ending = session.ending?.id ?? null;
    if (session.ended && !ending) failures.push(`${id}: ended without an ending id`);
  } catch (e) {
    failures.push(`${id}: score() threw ${(e as Error).message}`);
  }
  return { id, ended: session.ended, ending, steps, failures, counts };
}

/** Runs `runs` playthroughs spread evenly over scenarios and locales; `offset` shards the seeds. */
export function fuzzMany(scenarios: LoadedScenario[], runs: number, offset = 0) {
  const started = performance.now();
  const endings = new Map<string, number>();
  const totals: Record<string, number> = {};
  const failures: string[] = [];
  let ended = 0;
  let steps = 0;
  let maxSteps = 0;
  for (let i = offset; i < offset + runs; i++) {
    const scenario = scenarios[i % scenarios.length]!;
    const locale = LOCALES[Math.floor(i / scenarios.length) % LOCALES.length]!;
    const r = fuzzRun(scenario, locale, i + 1);
    if (r.ended) ended++;
    steps += r.steps;
    maxSteps = Math.max(maxSteps, r.steps);
    if (r.ending) endings.set(`${scenario.manifest.id}:${r.ending}`, (endings.get(`${scenario.manifest.id}:${r.ending}`) ?? 0) + 1);
    for (const [k, v] of Object.entries(r.counts)) totals[k] = (totals[k] ?? 0) + v;
    failures.push(...r.failures);
  }
  return { runs, ended, endings, totals, failures, steps, maxSteps, ms: performance.now() - started };
}
