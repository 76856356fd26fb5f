/**
 * Read models for the desk's console: the inbox's waiting times and counts, the community panel's
 * indicators (trend, change since the last decision) and its spread by audience segment, and the
 * coach's advice to pin. Views draw these; they never work them out.
 */
import type { Channel, Meters, Segment } from '../core/types';
import { CHANNELS, SEGMENTS } from '../core/types';
import type { FeedPost, Memo } from '../engine/session';
import type { GameState } from './store';
import { meterCues } from './meter-news';

export const METER_KEYS = ['sentiment', 'reach', 'reputation'] as const satisfies readonly (keyof Meters)[];
export type MeterKey = (typeof METER_KEYS)[number];

/** Game seconds a trend looks back over: long enough to be a trend, short enough to be news. */
const TREND_WINDOW = 5 * 60;
/** Smallest move that counts as a trend (reach: a share of its value, as it only grows). */
const TREND_STEP = { sentiment: 2, reputation: 1, reach: 0.02 } as const;

export interface Indicator {
  key: MeterKey;
  value: number;
  trend: 'up' | 'down' | 'steady';
  /** Change since the player's last decision (rounded); null before the first one, and always in an exam (no cue grades a decision there). */
  sinceDecision: number | null;
}

/** The three indicators as the community panel shows them; null with no session. Kept per session version. */
export function indicators(state: GameState): Indicator[] | null {
  const session = state.session;
  if (!session) return null;
  const key = `${state.version}|${state.mode}`;
  const kept = indicatorMemo.get(session);
  if (kept && kept.key === key) return kept.value;
  const now = session.meters;
  const series = session.series();
  const times = series.time;
  /** The value sampled at or just before game second `at` (the start's when none was yet). */
  const at = (meter: MeterKey, t: number): number => {
    let i = times.length - 1;
    while (i >= 0 && times[i]! > t) i--;
    return i >= 0 ? series[meter][i]! : session.startMeters[meter];
  };
  const last = session.decisions.at(-1);
  const clock = times.at(-1) ?? 0;
  const value = METER_KEYS.map((meter): Indicator => {
    const then = at(meter, clock - TREND_WINDOW);
    const moved = now[meter] - then;
    const step = meter === 'reach' ? Math.max(1, then * TREND_STEP.reach) : TREND_STEP[meter];
    return {
      key: meter,
      value: Math.round(now[meter]),
      trend: moved >= step ? 'up' : moved <= -step ? 'down' : 'steady',
      sinceDecision: last && meterCues(state.mode) ? Math.round(now[meter]) - Math.round(at(meter, last.decidedAt)) : null,
    };
  });
  indicatorMemo.set(session, { key, value });
  return value;
}
const indicatorMemo = new WeakMap<object, { key: string; value: Indicator[] }>();

export interface SegmentGroup {
  segment: Segment;
  members: number;
  seen: number;
  sharing: number;
}

export interface SpreadGroups {
  /** The post counted (null: every post, before the first arrives). */
  postId: string | null;
  groups: SegmentGroup[];
  members: number;
  seen: number;
  sharing: number;
}

/**
 * How far a post went in each audience segment, segments in their usual order: the post named, or the latest
 * public post when none is named or the one named is a private message (the community never sees those).
 */
export function spreadGroups(state: GameState, postId?: string): SpreadGroups | null {
  const session = state.session;
  if (!session) return null;
  const named = postId ? session.feed.find((p) => p.id === postId) : undefined;
  const id = named && named.channel !== 'dm' ? named.id : session.feed.find((p) => p.channel !== 'dm')?.id;
  const rows = session.spread(id);
  const groups = SEGMENTS.map((segment) => rows.find((r) => r.segment === segment)).filter((r): r is SegmentGroup => !!r && r.members > 0);
  const sum = (k: 'members' | 'seen' | 'sharing') => groups.reduce((n, g) => n + g[k], 0);
  return { postId: id ?? null, groups, members: sum('members'), seen: sum('seen'), sharing: sum('sharing') };
}

/**
 * Game seconds left before a waiting post passes the charter's response target for its channel
 * (negative once late); null when it is not waiting or the charter sets no target.
 */
export function secondsToTarget(state: GameState, post: FeedPost): number | null {
  if (post.state !== 'open') return null;
  const minutes = state.selected?.charter.responseMinutes[post.channel];
  return minutes === undefined ? null : post.at + minutes * 60 - state.clock;
}

/**
 * How pressing a waiting post is: `late` past the charter's target, `soon` in the target's last quarter
 * (at least its last 5 minutes) or in the last quarter of the story's own deadline for it (after which it
 * counts as left unanswered), else `calm`.
 */
export function urgency(state: GameState, post: FeedPost): 'late' | 'soon' | 'calm' | null {
  const left = secondsToTarget(state, post);
  if (left === null) return null;
  const minutes = state.selected?.charter.responseMinutes[post.channel] ?? 0;
  if (left < 0) return 'late';
  const nearDeadline = post.deadline !== undefined && post.at + post.deadline - state.clock <= post.deadline / 4;
  return left <= Math.max(300, minutes * 15) || nearDeadline ? 'soon' : 'calm';
}

/** The desk's pressure: the most pressing of the waiting posts (the clock shows it). */
export function deskPressure(state: GameState, posts: readonly FeedPost[]): 'late' | 'soon' | 'calm' {
  let worst: 'late' | 'soon' | 'calm' = 'calm';
  for (const post of posts) {
    const u = urgency(state, post);
    if (u === 'late') return 'late';
    if (u === 'soon') worst = 'soon';
  }
  return worst;
}

/**
 * The inbox's order, as consoles sort it: the waiting posts first, the one whose charter target falls
 * soonest at the top (those with no target after them, oldest first), then the posts dealt with, newest
 * first. Sorted by the moment each target falls, so the order holds still while the clock runs.
 */
export function inboxOrder(state: GameState, posts: readonly FeedPost[]): FeedPost[] {
  const due = (post: FeedPost): number => {
    const minutes = state.selected?.charter.responseMinutes[post.channel];
    return minutes === undefined ? Infinity : post.at + minutes * 60;
  };
  const waiting = posts.filter((p) => p.state === 'open');
  const done = posts.filter((p) => p.state !== 'open');
  waiting.sort((a, b) => due(a) - due(b) || a.at - b.at);
  done.sort((a, b) => b.at - a.at);
  return [...waiting, ...done];
}

/** Follower counts from which a forum member who has no rank of their own is shown as a member, a regular, a veteran. */
const RANK_FOLLOWERS = { member: 100, regular: 1000, legend: 5000 } as const;

/** How a forum shows a post: its thread title and the author's rank, the story's own (`# thread:`, `# rank:`) or their defaults. */
export interface ForumHeading {
  title: string;
  /** The story's own rank, as written. */
  rank?: string;
  /** Else the rank read from the author's followers (a key of `console.rank`). */
  rankKey?: 'newcomer' | 'member' | 'regular' | 'legend';
}

export function forumHeading(post: FeedPost): ForumHeading {
  // Without a title of its own, the thread is named by the post's first sentence.
  const first = post.text.split(/(?<=[.!?…])\s/)[0] ?? post.text;
  const title = post.thread ?? (first.length > 90 ? `${first.slice(0, 87).trimEnd()}…` : first);
  if (post.rank) return { title, rank: post.rank };
  const f = post.persona.followers;
  const rankKey =
    f >= RANK_FOLLOWERS.legend ? 'legend' : f >= RANK_FOLLOWERS.regular ? 'regular' : f >= RANK_FOLLOWERS.member ? 'member' : 'newcomer';
  return { title, rankKey };
}

export type InboxState = 'open' | 'done';

/** Posts per channel and per state (waiting, dealt with), for the inbox's filters. */
export function inboxCounts(posts: readonly FeedPost[]): { channel: Record<Channel, number>; state: Record<InboxState | 'all', number> } {
  const channel = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  const counts = { all: posts.length, open: 0, done: 0 };
  for (const post of posts) {
    channel[post.channel]++;
    counts[post.state === 'open' ? 'open' : 'done']++;
  }
  return { channel, state: counts };
}

/**
 * The coach's latest memo while it is still relevant: until the player's next decision after it
 * (training only: an exam has no coach). Null when there is none to pin.
 */
export function pinnedAdvice(state: GameState): Memo | null {
  const session = state.session;
  if (!session || state.mode === 'exam') return null;
  // Memos are kept newest first.
  const advice = session.memos.find((m) => m.from === 'coach');
  if (!advice) return null;
  const last = session.decisions.at(-1);
  return last && last.decidedAt > advice.at ? null : advice;
}
