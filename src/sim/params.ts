/**
 * Every calibration constant of the community simulation, in one place.
 * docs/simulation.md explains each one and which calibration test depends on it.
 */
import type { ActionKind, AgeBand, Channel, Mood, PostKind, RuleKind, Segment, Severity } from '../core/types';

/** How members of one segment are drawn at generation time. */
export interface SegmentProfile {
  /** Mean starting sentiment toward the brand (−100..100), before the spec's baseSentiment offset. */
  sentiment: number;
  /** Standard deviation of the starting sentiment. */
  sentimentSpread: number;
  /** 0..1: how strongly the member resists bad news about the brand. */
  loyalty: number;
  /** 0..1: how easily the member reacts, comments and shares. */
  temperament: number;
  /** 0..1: how abusive the member's own contributions are (used for chatter and trolls). */
  toxicity: number;
  /** Probability that the member follows the brand's account at the start. */
  followsBrand: number;
  /** Relative chance of becoming a hub in the follower network (preferential attachment fitness). */
  hubFitness: number;
  /** Multiplier on sentiment shifts: trolls barely change their mind. */
  persuadability: number;
}

/** How a broken rule of one kind plays with the public (docs/simulation.md, "Breaches set off waves"). */
export interface BreachProfile {
  /** How shareable its screenshot is (multiplies the screenshot's share probability). */
  virality: number;
  /** How much it angers those who see it (multiplies the sentiment shifts of the wave). */
  outrage: number;
  /** How much it draws journalists and creators (their share probability × 1 + breachPressBoost × this). */
  press: number;
}

export interface SimParams {
  /** Game seconds per simulation tick. */
  tickSeconds: number;
  /** Game seconds between two samples of the metric series. */
  sampleEverySeconds: number;

  // ---- Network ----
  /** Average number of accounts each member follows (links per member). */
  avgFollowing: number;
  /** Share of follow links drawn uniformly rather than by preferential attachment (softens the power law). */
  uniformAttachment: number;
  /** A persona's in-community follower count is capped at this share of the community. */
  maxPersonaFollowerShare: number;

  // ---- Members ----
  segmentProfiles: Record<Segment, SegmentProfile>;
  /** Age bands used when the spec gives none. */
  defaultAges: Record<AgeBand, number>;
  /** Per age band: multiplier on sentiment shifts (15–25 are demanding and fickle). */
  ageSensitivity: Record<AgeBand, number>;
  /** Per age band: multiplier on the probability to share. */
  ageShare: Record<AgeBand, number>;

  // ---- Cascade ----
  /** Base probability that an exposed member shares a post (before every multiplier). */
  shareBase: number;
  /** Upper bound of any share probability. */
  shareCap: number;
  /** Emotional intensity of each mood, 0..1: intense posts spread. */
  moodIntensity: Record<Mood, number>;
  /** Sentiment direction of each mood, −1..1. */
  moodValence: Record<Mood, number>;
  /** Sentiment direction of each post kind, −1..1. */
  kindValence: Record<PostKind, number>;
  /** How shareable each post kind is. */
  kindVirality: Record<PostKind, number>;
  /** How much each channel spreads (a private message does not spread). */
  channelSpread: Record<Channel, number>;
  /** Share probability multiplier per unit of author influence (0..1): big accounts get reshared more. */
  authorReachBoost: number;
  /** Members share content that matches their stance: multiplier per unit of aligned sentiment/100. */
  stanceAlignment: number;
  /** Time constant (game seconds) of the exponential decay of sharing with a post's age. */
  decaySeconds: number;
  /** Mean delay (game seconds) between seeing a post and sharing it. */
  shareDelaySeconds: number;
  /** Sentiment shift (points) on exposure to a post of valence ±1. */
  exposureImpact: number;
  /** Work budget per tick: new exposures, and follower links visited; the rest waits for the next tick. */
  maxExposuresPerTick: number;
  maxLinkVisitsPerTick: number;

  // ---- Engagement ----
  /** Base probability that an exposed member likes the post (when it matches their stance). */
  likeBase: number;
  /** Base probability that an exposed member comments. */
  commentBase: number;
  /** At most this many comments per post per tick become chatter items (the rest are only counted). */
  chatterPerPostPerTick: number;
  /** Undrained chatter is capped to this many items (oldest dropped). */
  chatterBuffer: number;

  // ---- Responses ----
  /** Response-time target per channel, game seconds; used when a response has no `onTime`. */
  responseTargets: Record<Channel, number>;
  /** Reply quality from tone. */
  toneQuality: Record<'empathetic' | 'neutral' | 'defensive' | 'aggressive', number>;
  /** Quality per diplomacy point away from 50 (diplomacy 100 adds 50 × this). */
  diplomacyQuality: number;
  /** Quality lost per (severity-weighted) charter breach. */
  breachQuality: number;
  /** Quality bonus when the reply is on time; `lateQuality` is subtracted when late. */
  onTimeQuality: number;
  lateQuality: number;
  /** A good reply (quality 1) multiplies a negative post's spread by (1 − replyCalming). */
  replyCalming: number;
  /** A bad reply multiplies spread by (1 + replyBacklash × |quality|). */
  replyBacklash: number;
  /** Sentiment shifts from a reply of quality ±1: on the author, and on members who already saw the post. */
  replyAuthorDelta: number;
  replyWitnessDelta: number;
  /** Per-exposure valence added by a reply of quality ±1 (later readers see the answer). */
  replyValence: number;
  /** Share of earlier readers who reconsider sharing after a bad reply (screenshots). */
  backlashReseed: number;
  /** Moving a fair post to private messages: spread multiplier and author shift. */
  dmSpread: number;
  dmAuthorDelta: number;
  /** Escalating to a department: spread multiplier and author shift (halved if the department does not fit). */
  escalateSpread: number;
  escalateAuthorDelta: number;
  /** Removing fair criticism (hide/delete/ban): spread multiplier ("Streisand"), shifts, reseed share. */
  streisandSpread: Record<'hide' | 'delete' | 'ban', number>;
  streisandAuthorDelta: number;
  streisandWitnessDelta: number;
  streisandCriticDelta: number;
  streisandValence: number;
  streisandReseed: number;
  /** Removing abuse/spam: spread multiplier left, and per-segment shifts for witnesses (scaled by action strength). */
  moderationSpread: Record<'hide' | 'delete' | 'ban', number>;
  moderationApproval: Record<Segment, number>;
  /** Everybody in these segments feels the moderation a little, even without having seen the post. */
  moderationEcho: number;
  /** Taking down exposed personal data: per-segment shifts for witnesses (readers see a brand that protects)... */
  protectionApproval: Record<Segment, number>;
  /** ...and for the author, who sees the post vanish (an explanation in private makes up for it). */
  protectionAuthorDelta: number;

  /**
   * A good reply (quality 1) to an upset author shifts the sentiment of that author's followers by this
   * (× how upset the post's mood is): they see their friend answered. A bad reply sours them as much.
   */
  replyFollowerDelta: number;

  // ---- Breaches (a response that broke the charter) ----
  /** Weight of a broken rule by the charter's severity (the 1:2:4 ratio of the charter score). */
  breachSeverity: Record<Severity, number>;
  /** How public an action's words are: a reply is on show, a private message gets screenshotted less often, the rest are not seen. */
  breachExposure: Record<ActionKind, number>;
  breachProfiles: Record<RuleKind | 'custom', BreachProfile>;
  /** Screenshot spread multiplier = min(breachSpreadCap, breachSpreadBase + breachSpreadPerWeight × weight) × virality. */
  breachSpreadBase: number;
  breachSpreadPerWeight: number;
  breachSpreadCap: number;
  /** Raw sentiment shift on seeing the screenshot, per unit of weight × outrage (capped at breachValenceCap). */
  breachValence: number;
  breachValenceCap: number;
  /** Raw shift for every reader of the original post (they saw the response under it), per unit of weight × outrage. */
  breachWitnessDelta: number;
  /** Readers who had shared the original post and now pass the screenshot on, per unit of weight. */
  breachRelays: number;
  /** Journalists' and influencers' share probability of a screenshot × (1 + this × the kind's press). */
  breachPressBoost: number;
  /** E-reputation target lost per unit of weight, from half (nobody saw it) to full (breachReachScale of the community saw it). */
  repBreach: number;
  breachReachScale: number;
  /** Cap on the reputation target lost to breaches. */
  repBreachCap: number;

  // ---- Ignoring ----
  /** Unanswered fair posts past their target: spread multiplier grows by this per target elapsed... */
  ignoreGrowth: number;
  /** ...up to this multiplier. */
  ignoreCap: number;
  /** Game seconds between two bumps of an ignored post ("still no answer?"). */
  relaunchSeconds: number;
  /** Earlier readers who reconsider sharing on each bump. */
  relaunchMembers: number;
  /** Author sentiment shift per bump of an ignored post. */
  ignoreAuthorDelta: number;
  /** Raw shift for every reader of a neglected post on each bump ("still no answer from the brand"). */
  ignoreWitnessDelta: number;
  /** ...on its first bumps only: after this many, those still reading have made up their mind. */
  ignoreWitnessBumps: number;

  // ---- Brand followers ----
  /** A non-follower whose sentiment rises above this may follow the brand. */
  followThreshold: number;
  /** A follower whose sentiment falls below this may unfollow. */
  unfollowThreshold: number;
  /** Probability of following / unfollowing when past the threshold after a change. */
  followChance: number;
  unfollowChance: number;

  // ---- Meters ----
  /** Weight of the exposed members' mean in the sentiment meter, at full engagement. */
  exposedSentimentWeight: number;
  /** Exposed share of the community at which that weight is reached. */
  exposedSentimentSaturation: number;
  /** Reputation target = 50 + sentiment × repSentiment + care × repCare + followers term × repFollowers. */
  repSentiment: number;
  repCare: number;
  repFollowers: number;
  /** Time constant (game seconds) with which reputation follows its target: trust is slow. */
  reputationSeconds: number;
  /** Game seconds during which a member that shared counts as "sharing now" in the spread view. */
  sharingWindowSeconds: number;
}

const profile = (p: SegmentProfile): SegmentProfile => p;

export const DEFAULT_PARAMS: SimParams = {
  tickSeconds: 10,
  sampleEverySeconds: 60,

  avgFollowing: 10,
  uniformAttachment: 0.25,
  maxPersonaFollowerShare: 0.3,

  segmentProfiles: {
    fan: profile({
      sentiment: 55,
      sentimentSpread: 20,
      loyalty: 0.7,
      temperament: 0.5,
      toxicity: 0.03,
      followsBrand: 0.8,
      hubFitness: 1.5,
      persuadability: 1,
    }),
    neutral: profile({
      sentiment: 0,
      sentimentSpread: 20,
      loyalty: 0.3,
      temperament: 0.35,
      toxicity: 0.08,
      followsBrand: 0.25,
      hubFitness: 1,
      persuadability: 1,
    }),
    critic: profile({
      sentiment: -45,
      sentimentSpread: 20,
      loyalty: 0.15,
      temperament: 0.65,
      toxicity: 0.25,
      followsBrand: 0.3,
      hubFitness: 1.5,
      persuadability: 0.8,
    }),
    troll: profile({
      sentiment: -70,
      sentimentSpread: 20,
      loyalty: 0.05,
      temperament: 0.9,
      toxicity: 0.85,
      followsBrand: 0.1,
      hubFitness: 1,
      persuadability: 0.2,
    }),
    influencer: profile({
      sentiment: 10,
      sentimentSpread: 35,
      loyalty: 0.4,
      temperament: 0.6,
      toxicity: 0.1,
      followsBrand: 0.5,
      hubFitness: 25,
      persuadability: 0.8,
    }),
    journalist: profile({
      sentiment: 0,
      sentimentSpread: 15,
      loyalty: 0.3,
      temperament: 0.5,
      toxicity: 0.03,
      followsBrand: 0.4,
      hubFitness: 15,
      persuadability: 0.6,
    }),
  },
  defaultAges: { '15-25': 0.3, '26-35': 0.3, '36-50': 0.25, '51+': 0.15 },
  ageSensitivity: { '15-25': 1.4, '26-35': 1.1, '36-50': 0.9, '51+': 0.8 },
  ageShare: { '15-25': 1.3, '26-35': 1.1, '36-50': 0.85, '51+': 0.7 },

  shareBase: 0.12,
  shareCap: 0.9,
  moodIntensity: { furious: 1, hostile: 0.9, angry: 0.8, enthusiastic: 0.7, worried: 0.5, happy: 0.4, neutral: 0.2 },
  moodValence: { furious: -1, hostile: -1, angry: -0.8, worried: -0.4, neutral: 0, happy: 0.6, enthusiastic: 1 },
  kindValence: {
    complaint: -1,
    question: -0.2,
    praise: 1,
    abuse: -0.6,
    spam: -0.1,
    rumour: -1,
    info: 0.2,
    request: -0.3,
    'personal-data': -0.7,
  },
  kindVirality: {
    complaint: 1,
    question: 0.5,
    praise: 0.7,
    abuse: 0.6,
    spam: 0.15,
    rumour: 1.3,
    info: 0.5,
    request: 0.6,
    'personal-data': 1.1,
  },
  channelSpread: { microblog: 1, comments: 0.7, forum: 0.6, reviews: 0.4, dm: 0 },
  authorReachBoost: 1.5,
  stanceAlignment: 1.5,
  decaySeconds: 1500,
  shareDelaySeconds: 150,
  exposureImpact: 4,
  maxExposuresPerTick: 2500,
  maxLinkVisitsPerTick: 40000,

  likeBase: 0.08,
  commentBase: 0.06,
  chatterPerPostPerTick: 2,
  chatterBuffer: 200,

  responseTargets: { microblog: 300, comments: 600, forum: 1800, reviews: 3600, dm: 900 },
  toneQuality: { empathetic: 0.8, neutral: 0.3, defensive: -0.4, aggressive: -1.2 },
  diplomacyQuality: 0.008,
  breachQuality: 0.25,
  onTimeQuality: 0.2,
  lateQuality: 0.15,
  replyCalming: 0.65,
  replyBacklash: 1.2,
  replyAuthorDelta: 35,
  replyWitnessDelta: 6,
  replyValence: 1.2,
  backlashReseed: 0.2,
  dmSpread: 0.75,
  dmAuthorDelta: 20,
  escalateSpread: 0.85,
  escalateAuthorDelta: 15,
  streisandSpread: { hide: 1.8, delete: 2.2, ban: 2.6 },
  streisandAuthorDelta: -50,
  streisandWitnessDelta: -8,
  streisandCriticDelta: -6,
  streisandValence: -1.2,
  streisandReseed: 0.3,
  moderationSpread: { hide: 0.15, delete: 0, ban: 0 },
  moderationApproval: { fan: 8, neutral: 3, critic: 1, troll: -10, influencer: 3, journalist: 2 },
  moderationEcho: 0.25,
  protectionApproval: { fan: 4, neutral: 3, critic: 2, troll: -6, influencer: 2, journalist: 3 },
  protectionAuthorDelta: -12,
  replyFollowerDelta: 6,

  breachSeverity: { minor: 1, major: 2, critical: 4 },
  breachExposure: { reply: 1, dm: 0.35, escalate: 0, like: 0, hide: 0, delete: 0, ban: 0, ignore: 0 },
  breachProfiles: {
    aggression: { virality: 1.6, outrage: 1, press: 1 },
    blame: { virality: 1.3, outrage: 0.9, press: 0.6 },
    'personal-data': { virality: 1.2, outrage: 0.8, press: 1 },
    confidential: { virality: 1.1, outrage: 0.6, press: 1.5 },
    promise: { virality: 0.9, outrage: 0.45, press: 0.5 },
    competitor: { virality: 1.2, outrage: 0.6, press: 0.6 },
    politics: { virality: 1.3, outrage: 0.8, press: 0.8 },
    register: { virality: 0.3, outrage: 0.2, press: 0 },
    shouting: { virality: 0.6, outrage: 0.3, press: 0.1 },
    custom: { virality: 1, outrage: 0.6, press: 0.5 },
  },
  breachSpreadBase: 0.5,
  breachSpreadPerWeight: 0.25,
  breachSpreadCap: 3,
  breachValence: 2.5,
  breachValenceCap: 20,
  breachWitnessDelta: 1.5,
  breachRelays: 10,
  breachPressBoost: 2,
  repBreach: 1.5,
  breachReachScale: 0.05,
  repBreachCap: 30,

  ignoreGrowth: 0.35,
  ignoreCap: 2,
  relaunchSeconds: 600,
  relaunchMembers: 60,
  ignoreAuthorDelta: -8,
  ignoreWitnessDelta: -1.5,
  ignoreWitnessBumps: 6,

  followThreshold: 40,
  unfollowThreshold: -30,
  followChance: 0.15,
  unfollowChance: 0.25,

  exposedSentimentWeight: 0.6,
  exposedSentimentSaturation: 0.02,
  repSentiment: 0.4,
  repCare: 12,
  repFollowers: 6,
  reputationSeconds: 900,
  sharingWindowSeconds: 60,
};

/** Shallow merge: a nested record given in `over` replaces the default record entirely. */
export function mergeParams(over?: Partial<SimParams>): SimParams {
  return { ...DEFAULT_PARAMS, ...(over ?? {}) };
}
