/** A small synthetic brand community and scenario shared by the simulation tests. */
import type { AudienceSpec, Persona } from '../../src/core/types';
import { advance, createCommunity, publishPost, respond, snapshot } from '../../src/sim';
import type { Community, CommunitySnapshot, SimPost, SimResponse } from '../../src/sim';

export const SPEC: AudienceSpec = {
  size: 5000,
  segments: { fan: 0.3, neutral: 0.45, critic: 0.12, troll: 0.05, influencer: 0.05, journalist: 0.03 },
  ages: { '15-25': 0.3, '26-35': 0.3, '36-50': 0.25, '51+': 0.15 },
};

export const PERSONAS: Persona[] = [
  { id: 'influencer', name: 'Lina', handle: '@lina', segment: 'influencer', followers: 1500 },
  { id: 'average', name: 'Paul', handle: '@paul', segment: 'neutral', followers: 10 },
  { id: 'critic', name: 'Marc', handle: '@marc', segment: 'critic', followers: 300 },
  { id: 'troll', name: 'Xx', handle: '@xx', segment: 'troll', followers: 80 },
  { id: 'fan', name: 'Julie', handle: '@julie', segment: 'fan', followers: 150 },
  { id: 'journalist', name: 'Anne', handle: '@anne', segment: 'journalist', followers: 900 },
];

export const SEEDS = (n: number, from = 1): number[] => Array.from({ length: n }, (_, k) => from + k * 7919);

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One post, optionally one response, then run to `until`; returns the final snapshot. */
export function runOne(
  seed: number,
  post: Omit<SimPost, 'id'>,
  response?: Omit<SimResponse, 'postId'>,
  until = 3600,
  spec: AudienceSpec = SPEC,
): { c: Community; before: CommunitySnapshot | null; after: CommunitySnapshot } {
  const c = createCommunity(spec, PERSONAS, seed);
  publishPost(c, { id: 'p', ...post });
  let before: CommunitySnapshot | null = null;
  if (response) {
    advance(c, response.time);
    before = snapshot(c);
    respond(c, { postId: 'p', ...response });
  }
  advance(c, until);
  return { c, before, after: snapshot(c) };
}

export type Strategy = (post: SimPost) => Omit<SimResponse, 'postId' | 'time'> | null;

/** A short crisis shift: five posts of different kinds over 40 minutes of game time. */
export const SCENARIO: SimPost[] = [
  { id: 'broken', authorId: 'critic', channel: 'microblog', kind: 'complaint', mood: 'angry', time: 60 },
  { id: 'where', authorId: 'average', channel: 'comments', kind: 'question', mood: 'worried', time: 400 },
  { id: 'insult', authorId: 'troll', channel: 'microblog', kind: 'abuse', mood: 'hostile', time: 700 },
  { id: 'love', authorId: 'fan', channel: 'microblog', kind: 'praise', mood: 'enthusiastic', time: 1200 },
  { id: 'rumour', authorId: 'influencer', channel: 'microblog', kind: 'rumour', mood: 'worried', time: 1800 },
];

export const GOOD: Strategy = (p) => {
  switch (p.kind) {
    case 'abuse':
      return { action: 'delete' };
    case 'praise':
      return { action: 'reply', tone: 'empathetic', diplomacy: 80 };
    default:
      return { action: 'reply', tone: 'empathetic', diplomacy: 85 };
  }
};

export const BAD: Strategy = (p) => {
  switch (p.kind) {
    case 'complaint':
      return null; // ignored
    case 'question':
      return { action: 'delete' };
    case 'abuse':
      return { action: 'reply', tone: 'aggressive', diplomacy: 10, breaches: 1 };
    case 'praise':
      return null;
    default:
      return { action: 'reply', tone: 'defensive', diplomacy: 35 };
  }
};

/** Plays the scenario with a strategy; answers come `delay` game seconds after each post. */
export function play(seed: number, strategy: Strategy, size = 3000, delay = 120, until = 5400): CommunitySnapshot {
  const c = createCommunity({ ...SPEC, size }, PERSONAS, seed);
  const events: Array<{ time: number; run: () => void }> = [];
  for (const post of SCENARIO) {
    events.push({ time: post.time, run: () => publishPost(c, post) });
    const r = strategy(post);
    if (r) events.push({ time: post.time + delay, run: () => respond(c, { postId: post.id, time: post.time + delay, ...r }) });
  }
  events.sort((a, b) => a.time - b.time);
  for (const e of events) e.run();
  advance(c, until);
  return snapshot(c);
}
