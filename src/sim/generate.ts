/**
 * Community generation: members with traits drawn per segment and age band, a follower
 * network with hubs, and the scenario's personas placed on members of matching size.
 */
import { AGE_BANDS, SEGMENTS } from '../core/types';
import type { AgeBand, AudienceSpec, Persona, Segment } from '../core/types';
import type { Rng } from '../core/rng';
import { addFollowers, buildNetwork, followerCounts, growFollowerLinks } from './network';
import type { Network } from './network';
import type { SimParams } from './params';

/** Column store of members: index i describes member i in every array. */
export interface Members {
  size: number;
  /** Index into SEGMENTS. */
  segment: Uint8Array;
  /** Index into AGE_BANDS. */
  age: Uint8Array;
  /** −100..100 toward the brand. */
  sentiment: Float32Array;
  temperament: Float32Array;
  loyalty: Float32Array;
  toxicity: Float32Array;
  /** Followers as the member presents them (declared count for personas, network followers otherwise). */
  followers: Int32Array;
  /** 0..1, log-scaled followers relative to the biggest hub. */
  influence: Float32Array;
  /** 1 if the member follows the brand's account. */
  followsBrand: Uint8Array;
  network: Network;
  /** persona id -> member index */
  personaMember: Map<string, number>;
  /** member index -> persona id */
  memberPersona: Map<number, string>;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Standard normal draw (Box–Muller), from the seeded generator only. */
export function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Assigns categories to `size` members in exact proportions (largest remainder), then shuffles. */
function apportion(size: number, shares: number[], rng: Rng): Uint8Array {
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  const counts = shares.map((s) => Math.floor((s / total) * size));
  let left = size - counts.reduce((a, b) => a + b, 0);
  const byRemainder = shares.map((s, i) => ({ i, r: (s / total) * size - counts[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let q = 0; left > 0; q = (q + 1) % byRemainder.length, left--) counts[byRemainder[q]!.i]!++;
  const out = new Uint8Array(size);
  let k = 0;
  counts.forEach((c, cat) => {
    out.fill(cat, k, k + c);
    k += c;
  });
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/** Weighted random permutation (Efraimidis–Spirakis): heavier members tend to come first. */
function creationOrder(weights: Float64Array, rng: Rng): Int32Array {
  const n = weights.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.log(1 - rng.next()) / weights[i]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => keys[b]! - keys[a]! || a - b);
  return order;
}

export function generateMembers(spec: AudienceSpec, personas: Persona[], params: SimParams, rng: Rng): Members {
  const size = spec.size;
  const traitRng = rng.fork('traits');
  const netRng = rng.fork('network');

  const segment = apportion(
    size,
    SEGMENTS.map((s) => spec.segments[s] ?? 0),
    traitRng,
  );
  const ageShares = spec.ages ?? params.defaultAges;
  const age = apportion(
    size,
    AGE_BANDS.map((a) => ageShares[a] ?? 0),
    traitRng,
  );

  // Personas first claim members of their own segment, so generation stays proportional.
  const order = creationOrder(
    Float64Array.from(segment, (s) => params.segmentProfiles[SEGMENTS[s]!].hubFitness),
    netRng,
  );
  const extra = personas.reduce((sum, p) => sum + Math.min(Math.max(0, Math.round(p.followers)), size), 0);
  const edges = growFollowerLinks(order, params.avgFollowing, params.uniformAttachment, netRng, extra);
  const degree = followerCounts(size, edges);

  const personaMember = new Map<string, number>();
  const memberPersona = new Map<number, string>();
  const declared = new Map<number, number>();
  const cap = Math.max(0, Math.floor(params.maxPersonaFollowerShare * (size - 1)));
  for (const p of personas) {
    const target = Math.min(Math.max(0, Math.round(p.followers)), cap);
    const seg = SEGMENTS.indexOf(p.segment);
    // The unclaimed member of the persona's segment whose audience is closest to the declared one.
    let best = -1;
    let bestGap = Infinity;
    for (let pass = 0; pass < 2 && best < 0; pass++) {
      for (let i = 0; i < size; i++) {
        if (memberPersona.has(i) || (pass === 0 && segment[i] !== seg)) continue;
        const gap = Math.abs(degree[i]! - target);
        if (gap < bestGap) {
          bestGap = gap;
          best = i;
        }
      }
    }
    if (best < 0) continue; // more personas than members: the rest stay off-network
    segment[best] = seg;
    if (p.age) age[best] = AGE_BANDS.indexOf(p.age);
    degree[best] = addFollowers(edges, size, best, target, degree[best]!, netRng);
    personaMember.set(p.id, best);
    memberPersona.set(best, p.id);
    declared.set(best, Math.max(0, Math.round(p.followers)));
  }
  const network = buildNetwork(size, edges);

  const sentiment = new Float32Array(size);
  const temperament = new Float32Array(size);
  const loyalty = new Float32Array(size);
  const toxicity = new Float32Array(size);
  const followers = new Int32Array(size);
  const influence = new Float32Array(size);
  const followsBrand = new Uint8Array(size);

  // Offset so that the community's mean starting sentiment matches the spec when given.
  let profileMean = 0;
  for (let i = 0; i < size; i++) profileMean += params.segmentProfiles[SEGMENTS[segment[i]!]!].sentiment;
  profileMean /= size;
  const offset = spec.baseSentiment === undefined ? 0 : spec.baseSentiment - profileMean;

  let maxDegree = 1;
  for (let i = 0; i < size; i++) maxDegree = Math.max(maxDegree, network.followerOff[i + 1]! - network.followerOff[i]!);
  const logMax = Math.log1p(maxDegree);

  for (let i = 0; i < size; i++) {
    const prof = params.segmentProfiles[SEGMENTS[segment[i]!]!];
    sentiment[i] = clamp(prof.sentiment + offset + gaussian(traitRng) * prof.sentimentSpread, -100, 100);
    temperament[i] = clamp(prof.temperament + gaussian(traitRng) * 0.15, 0.02, 1);
    loyalty[i] = clamp(prof.loyalty + gaussian(traitRng) * 0.12, 0, 1);
    toxicity[i] = clamp(prof.toxicity + gaussian(traitRng) * 0.08, 0, 1);
    followsBrand[i] = traitRng.next() < prof.followsBrand ? 1 : 0;
    const netFollowers = network.followerOff[i + 1]! - network.followerOff[i]!;
    followers[i] = declared.get(i) ?? netFollowers;
    influence[i] = Math.min(1, Math.log1p(followers[i]!) / logMax);
  }
  return {
    size,
    segment,
    age,
    sentiment,
    temperament,
    loyalty,
    toxicity,
    followers,
    influence,
    followsBrand,
    network,
    personaMember,
    memberPersona,
  };
}

export function segmentOf(m: Members, i: number): Segment {
  return SEGMENTS[m.segment[i]!]!;
}

export function ageOf(m: Members, i: number): AgeBand {
  return AGE_BANDS[m.age[i]!]!;
}
