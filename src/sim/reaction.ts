/**
 * The reaction model: what the community manager's action on a post does to its spread and
 * to sentiment. `responseEffect` is a pure table of consequences; `applyResponse` carries
 * them out on the community.
 */
import { SEGMENTS } from '../core/types';
import type { Department, PostKind, Segment } from '../core/types';
import { createPostState, reseed, seedWave } from './cascade';
import { shiftSentiment } from './community';
import type { BreachWave, Community, KindClass, PostState, SimResponse } from './community';
import type { SimParams } from './params';
import { scheduleWitnesses, voiceAfter } from './chatter';

export interface ResponseEffect {
  /** Multiplies the post's share probability from now on (0 stops it). */
  spreadMult: number;
  /** Added to every later exposure's sentiment shift (later readers also see the response). */
  valenceShift: number;
  /** Raw sentiment shift for the author. */
  authorDelta: number;
  /** Raw sentiment shift for every member who already saw the post. */
  witnessDelta: number;
  /** Extra shift for witnesses, per segment. */
  segmentWitness: Partial<Record<Segment, number>>;
  /** Shift for every member of a segment, seen or not (the community notices moderation). */
  segmentEcho: Partial<Record<Segment, number>>;
  /** Share of witnesses who reconsider sharing at once. */
  reseedShare: number;
  /** The response counts as an answer (stops neglect growth). */
  answers: boolean;
  removes: boolean;
  /** 0..1 care score for the reputation index, or null when this action does not settle it. */
  care: number | null;
  /** Reply quality, for reporting (−2..1.2), null for other actions. */
  quality: number | null;
  /** Raw shift for the author's followers, before the post's mood is weighed in (replies only). */
  followerDelta: number;
}

const NONE: ResponseEffect = {
  spreadMult: 1,
  valenceShift: 0,
  authorDelta: 0,
  witnessDelta: 0,
  segmentWitness: {},
  segmentEcho: {},
  reseedShare: 0,
  answers: false,
  removes: false,
  care: null,
  quality: null,
  followerDelta: 0,
};

/** Departments that can actually settle a post of each kind. */
const FITTING: Record<PostKind, readonly Department[]> = {
  complaint: ['after-sales', 'product'],
  question: ['product', 'after-sales'],
  request: ['after-sales', 'product', 'hr'],
  rumour: ['press', 'legal', 'management'],
  abuse: ['legal'],
  spam: [],
  praise: ['management', 'product'],
  info: ['press', 'management'],
  'personal-data': ['legal'],
};

/** Reply quality from tone, diplomacy, charter breaches and timeliness. */
export function replyQuality(params: SimParams, r: SimResponse, onTime: boolean): number {
  const tone = params.toneQuality[r.tone ?? 'neutral'];
  const diplomacy = ((r.diplomacy ?? 50) - 50) * params.diplomacyQuality;
  const breaches = Math.max(0, r.breaches ?? 0) * params.breachQuality;
  const timing = onTime ? params.onTimeQuality : -params.lateQuality;
  return Math.max(-2, Math.min(1.2, tone + diplomacy - breaches + timing));
}

/**
 * Exposed personal data: taking it down protects the person and readers approve; words beside it
 * (a reply, a private message, an escalation) are care, but leave the data on show.
 */
function privacyEffect(params: SimParams, kind: PostKind, r: SimResponse, onTime: boolean): ResponseEffect {
  switch (r.action) {
    case 'hide':
    case 'delete':
      return {
        ...NONE,
        spreadMult: params.moderationSpread[r.action],
        segmentWitness: params.protectionApproval,
        authorDelta: params.protectionAuthorDelta * (r.action === 'delete' ? 1.5 : 1), // deleted leaves no trace to explain
        removes: true,
        answers: true,
        care: onTime ? 1 : 0.6,
      };
    case 'ban': // the author is the person exposed or a colleague: banning punishes them for it
      return {
        ...NONE,
        spreadMult: 0,
        authorDelta: params.streisandAuthorDelta,
        segmentWitness: { critic: params.streisandCriticDelta, troll: params.streisandCriticDelta },
        removes: true,
        answers: true,
        care: 0.3,
      };
    case 'like': // the brand applauds a customer's data on show
      return { ...NONE, spreadMult: 1.3, segmentWitness: { fan: -4, neutral: -3, critic: -4, journalist: -4 }, care: 0 };
    case 'ignore':
      return NONE;
    default: {
      const said = responseEffect(params, kind, 'fair', r, onTime);
      return { ...said, spreadMult: Math.max(1, said.spreadMult), care: said.care === null ? null : Math.min(0.4, said.care) };
    }
  }
}

export function responseEffect(params: SimParams, kind: PostKind, cls: KindClass, r: SimResponse, onTime: boolean): ResponseEffect {
  if (cls === 'breach') return NONE; // a screenshot made by the simulation: nothing to answer there
  if (cls === 'privacy') return privacyEffect(params, kind, r, onTime);
  const timely = onTime ? 1 : 0.6;
  switch (r.action) {
    case 'reply': {
      const q = replyQuality(params, r, onTime);
      const good = Math.min(1, Math.max(0, q));
      const bad = Math.max(0, -q);
      let spreadMult: number;
      if (q < 0)
        spreadMult = 1 + params.replyBacklash * bad; // screenshots of a bad answer travel
      else if (cls === 'positive')
        spreadMult = 1 + 0.3 * good; // thanking a fan spreads the good news
      else if (cls === 'abuse')
        spreadMult = 1.1; // even a calm answer feeds the troll a little
      else spreadMult = 1 - params.replyCalming * good;
      const care = cls === 'abuse' ? (q >= 0 ? 0.6 : 0.1) : q >= 0.3 ? (onTime ? 1 : 0.6) : q >= 0 ? 0.5 : 0; // a hostile answer is no care at all
      return {
        ...NONE,
        spreadMult,
        valenceShift: params.replyValence * Math.min(1, q),
        authorDelta: params.replyAuthorDelta * Math.min(1, q),
        witnessDelta: params.replyWitnessDelta * Math.min(1, q),
        reseedShare: params.backlashReseed * bad,
        answers: true,
        care,
        quality: q,
        // The author's followers see their friend answered (or snubbed); a troll's or a fan's do not care.
        followerDelta: cls === 'fair' || cls === 'rumour' ? params.replyFollowerDelta * Math.min(1, q) : 0,
      };
    }
    case 'dm':
      if (cls === 'fair' || cls === 'rumour') {
        return {
          ...NONE,
          spreadMult: params.dmSpread,
          valenceShift: 0.3,
          authorDelta: params.dmAuthorDelta * timely,
          witnessDelta: 1,
          answers: true,
          care: onTime ? 0.9 : 0.6,
        };
      }
      return cls === 'positive' ? { ...NONE, authorDelta: 10 } : NONE;
    case 'escalate': {
      const fits = r.department !== undefined && FITTING[kind].includes(r.department);
      if (cls === 'fair' || cls === 'rumour') {
        return {
          ...NONE,
          spreadMult: fits ? params.escalateSpread : 0.95,
          authorDelta: params.escalateAuthorDelta * (fits ? 1 : 0.5) * timely,
          answers: true,
          care: (fits ? 0.8 : 0.5) * (onTime ? 1 : 0.75),
        };
      }
      return NONE;
    }
    case 'like':
      if (cls === 'positive') return { ...NONE, spreadMult: 1.25, valenceShift: 0.3, authorDelta: 10, witnessDelta: 1 };
      if (cls === 'abuse') return { ...NONE, spreadMult: 1.3, segmentWitness: { fan: -6, neutral: -3 } };
      if (cls === 'rumour') return { ...NONE, spreadMult: 1.3, valenceShift: -0.5 }; // the brand seems to endorse it
      return { ...NONE, spreadMult: 1.05, authorDelta: -5 }; // a like on a complaint reads as mockery
    case 'hide':
    case 'delete':
    case 'ban': {
      if (cls === 'abuse') {
        const strength = r.action === 'hide' ? 0.6 : r.action === 'delete' ? 1 : 1.2;
        const segmentWitness: Partial<Record<Segment, number>> = {};
        const segmentEcho: Partial<Record<Segment, number>> = {};
        for (const s of SEGMENTS) {
          segmentWitness[s] = params.moderationApproval[s] * strength;
          segmentEcho[s] = params.moderationApproval[s] * strength * params.moderationEcho;
        }
        return {
          ...NONE,
          spreadMult: params.moderationSpread[r.action],
          segmentWitness,
          segmentEcho,
          removes: true,
          answers: true,
          care: onTime ? 1 : 0.7,
        };
      }
      // Removing fair criticism (or a rumour, or good news) backfires: "they deleted my post!"
      const strength = cls === 'fair' ? 1 : cls === 'rumour' ? 0.6 : 0.4;
      return {
        ...NONE,
        spreadMult: 1 + (params.streisandSpread[r.action] - 1) * strength,
        valenceShift: params.streisandValence * strength,
        authorDelta: params.streisandAuthorDelta * strength,
        witnessDelta: params.streisandWitnessDelta * strength,
        segmentWitness: { critic: params.streisandCriticDelta * strength, troll: params.streisandCriticDelta * strength },
        reseedShare: params.streisandReseed * strength,
        removes: true,
        care: 0,
      };
    }
    case 'ignore':
      return NONE;
  }
}

/** Carries out a response on the post's state and the members concerned. */
export function applyResponse(c: Community, ps: PostState, r: SimResponse): ResponseEffect {
  const onTime = r.onTime ?? r.time - ps.post.time <= ps.target;
  const e = responseEffect(c.params, ps.post.kind, ps.kindClass, r, onTime);
  ps.mult = Math.max(0, Math.min(6, ps.mult * e.spreadMult));
  ps.valenceShift += e.valenceShift;
  if (e.answers) ps.answered = true;
  ps.voice = voiceAfter(ps.voice, r, ps.post.kind);
  if (e.removes) ps.removed = true;
  if (e.care !== null) ps.care = e.care;
  if (e.authorDelta !== 0) shiftSentiment(c, ps.author, e.authorDelta);

  const seg = c.members.segment;
  const witness = Float32Array.from(SEGMENTS, (s) => e.witnessDelta + (e.segmentWitness[s] ?? 0));
  if (witness.some((d) => d !== 0)) {
    for (const j of ps.exposedList) {
      if (j === ps.author) continue;
      const d = witness[seg[j]!]!;
      if (d !== 0) shiftSentiment(c, j, d);
    }
  }
  const echo = Float32Array.from(SEGMENTS, (s) => e.segmentEcho[s] ?? 0);
  if (echo.some((d) => d !== 0)) {
    for (let j = 0; j < c.members.size; j++) {
      const d = echo[seg[j]!]!;
      if (d !== 0) shiftSentiment(c, j, d);
    }
  }
  // A good answer to an upset person calms the people who follow them; a bad one sours them.
  const upset = Math.max(0, -c.params.moodValence[ps.post.mood]);
  if (e.followerDelta !== 0 && upset > 0) {
    const net = c.members.network;
    const d = e.followerDelta * upset;
    for (let k = net.followerOff[ps.author]!; k < net.followerOff[ps.author + 1]!; k++) shiftSentiment(c, net.followerIdx[k]!, d);
  }
  if (e.reseedShare > 0) reseed(c, ps, Math.min(2000, Math.round(e.reseedShare * ps.exposedList.length)));
  const weight = breachWeight(c.params, r);
  if (weight > 0) startWave(c, ps, r, weight);
  return e;
}

/** Severity weight of the rules a response broke, times how public its words were (0: no wave). */
export function breachWeight(params: SimParams, r: SimResponse): number {
  const exposure = params.breachExposure[r.action] ?? 0;
  if (exposure === 0 || !r.breachKinds || r.breachKinds.length === 0) return 0;
  let w = 0;
  for (const b of r.breachKinds) w += params.breachSeverity[b.severity] ?? 0;
  return w * exposure;
}

/**
 * A response that broke the charter sets off a wave: the post's author publishes a screenshot of it
 * (a post of its own, `<post>#breach<n>`, on the microblog), which the readers who had shared the post
 * pass on; it spreads by the same cascade, angrier and more shareable the graver the breach, and draws
 * journalists and creators by kind. Everyone who had read the post sees the response under it and sours.
 */
function startWave(c: Community, ps: PostState, r: SimResponse, weight: number): void {
  const p = c.params;
  const kinds = r.breachKinds ?? [];
  let virality = 0;
  let outrage = 0;
  let press = 0;
  for (const b of kinds) {
    const profile = p.breachProfiles[b.kind] ?? p.breachProfiles.custom;
    virality = Math.max(virality, profile.virality);
    outrage = Math.max(outrage, profile.outrage);
    press = Math.max(press, profile.press);
  }
  const n = c.waves.reduce((k, w) => k + (w.of === ps.post.id ? 1 : 0), 0);
  const wave: BreachWave = {
    of: ps.post.id,
    postId: `${ps.post.id}#breach${n + 1}`,
    kinds: kinds.map((b) => ({ ...b })),
    weight,
    time: c.time,
  };
  const shot = createPostState(
    c,
    { id: wave.postId, authorId: ps.post.authorId, channel: 'microblog', kind: ps.post.kind, mood: 'furious', time: c.time },
    ps.author,
  );
  shot.kindClass = 'breach';
  shot.baseShare =
    p.shareBase *
    p.moodIntensity.furious *
    virality *
    Math.min(p.breachSpreadCap, p.breachSpreadBase + p.breachSpreadPerWeight * weight) *
    p.channelSpread.microblog *
    (1 + p.authorReachBoost * c.members.influence[ps.author]!);
  shot.baseValence = -Math.min(p.breachValenceCap, p.breachValence * weight * outrage);
  shot.segmentShare = Float32Array.from(SEGMENTS, (s) => (s === 'journalist' || s === 'influencer' ? 1 + p.breachPressBoost * press : 1));
  shot.wave = wave;
  c.posts.push(shot);
  c.postIndex.set(wave.postId, shot.index);
  c.waves.push(wave);

  const witness = -p.breachWitnessDelta * weight * outrage;
  for (const j of ps.exposedList) if (j !== ps.author) shiftSentiment(c, j, witness);
  const relays = ps.sharers.filter((j) => j !== ps.author).slice(0, Math.round(p.breachRelays * weight));
  seedWave(c, shot, relays);
  if (r.action === 'reply') scheduleWitnesses(c, ps);
}
