/**
 * Simulation benchmark: generation time, tick time with posts cascading, and memory, for
 * 5,000 / 20,000 / 100,000 members. Prints JSON. Run: npx tsx --expose-gc tools/bench/sim.ts
 * (without --expose-gc the memory figures include garbage not yet collected).
 * Budget (2-core machine): a tick at 100,000 members ≤ 10 ms, memory ≤ 100 MB.
 */
import { performance } from 'node:perf_hooks';
import type { AudienceSpec, Persona } from '../../src/core/types';
import { advance, createCommunity, publishPost, respond, snapshot, spreadBySegment } from '../../src/sim';
import type { Community, SimPost } from '../../src/sim';

const SIZES = (process.argv[2] ?? '5000,20000,100000').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc;

const segments = { fan: 0.3, neutral: 0.45, critic: 0.12, troll: 0.05, influencer: 0.05, journalist: 0.03 };
const personas: Persona[] = [
  { id: 'star', name: 'Star', handle: '@star', segment: 'influencer', followers: 250_000 },
  { id: 'press', name: 'Press', handle: '@press', segment: 'journalist', followers: 12_000 },
  { id: 'critic', name: 'Critic', handle: '@critic', segment: 'critic', followers: 800 },
  { id: 'troll', name: 'Troll', handle: '@troll', segment: 'troll', followers: 150 },
  { id: 'fan', name: 'Fan', handle: '@fan', segment: 'fan', followers: 300 },
];

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;
const mb = (bytes: number): number => round(bytes / 1048576, 1);

function memory(): { heap: number; buffers: number } {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

/** A post every 5 minutes, so that a cascade is always under way while ticks are timed. */
const POSTS: Array<Omit<SimPost, 'time' | 'id'>> = [
  { authorId: 'star', channel: 'microblog', kind: 'complaint', mood: 'furious' },
  { authorId: 'critic', channel: 'microblog', kind: 'complaint', mood: 'angry' },
  { authorId: 'press', channel: 'microblog', kind: 'rumour', mood: 'worried' },
  { authorId: 'troll', channel: 'microblog', kind: 'abuse', mood: 'hostile' },
  { authorId: 'fan', channel: 'microblog', kind: 'praise', mood: 'enthusiastic' },
];

function bench(size: number) {
  const spec: AudienceSpec = { size, segments };
  const base = memory();
  const genTimes: number[] = [];
  let c: Community | null = null;
  for (let run = 0; run < 3; run++) {
    c = null;
    gc?.();
    const t0 = performance.now();
    c = createCommunity(spec, personas, 1000 + run);
    genTimes.push(performance.now() - t0);
  }
  const community = c!;
  const dt = community.params.tickSeconds;
  const tickTimes: number[] = [];
  let published = 0;
  const shares0 = community.shares;
  for (let t = dt; t <= 1800; t += dt) {
    if (t % 300 === dt) {
      const p = POSTS[published % POSTS.length]!;
      publishPost(community, { ...p, id: `p${published}`, time: t - dt });
      if (published % 2 === 1)
        respond(community, { postId: `p${published - 1}`, action: 'reply', tone: 'empathetic', diplomacy: 80, time: t - dt });
      published++;
    }
    const t0 = performance.now();
    advance(community, t);
    tickTimes.push(performance.now() - t0);
  }
  const sharesDuringTicks = community.shares - shares0;
  const timeIt = (f: () => unknown, runs: number): number => {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      f();
      times.push(performance.now() - t0);
    }
    return quantile(times, 0.5);
  };
  const snap = snapshot(community);
  const snapshotMs = timeIt(() => snapshot(community), 21);
  // What the desk's spread view reads, once per redraw: one pass over the members.
  const spreadMs = timeIt(() => spreadBySegment(community, 'p0'), 21);
  const used = memory();
  const heapMB = mb(used.heap - base.heap);
  const buffersMB = mb(used.buffers - base.buffers);
  return {
    members: size,
    links: community.members.network.links,
    generationMs: { median: round(quantile(genTimes, 0.5), 1), runs: genTimes.map((x) => round(x, 1)) },
    tickMs: {
      median: round(quantile(tickTimes, 0.5)),
      p95: round(quantile(tickTimes, 0.95)),
      max: round(Math.max(...tickTimes)),
      ticks: tickTimes.length,
      tickSeconds: dt,
      sharesDuringTicks,
      reach: snap.meters.reach,
    },
    snapshotMsMedian: round(snapshotMs),
    spreadBySegmentMsMedian: round(spreadMs),
    memoryMB: { heapUsed: heapMB, arrayBuffers: buffersMB, total: round(heapMB + buffersMB, 1), gcExposed: gc !== undefined },
  };
}

const results = SIZES.map(bench);
const load = (await import('node:os')).loadavg()[0] ?? 0;
const big = results.find((r) => r.members === 100_000);
console.log(
  JSON.stringify(
    {
      node: process.version,
      loadAverage1m: round(load, 2),
      budget: { tickMsAt100k: 10, memoryMBAt100k: 100 },
      withinBudget: big ? big.tickMs.median <= 10 && big.memoryMB.total <= 100 : null,
      results,
    },
    null,
    2,
  ),
);
