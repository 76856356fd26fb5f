import { describe, expect, it } from 'vitest';
import {
  createGameStore,
  deskPressure,
  feed,
  forumHeading,
  inboxCounts,
  inboxOrder,
  indicators,
  optionIndex,
  optionsFor,
  pinnedAdvice,
  secondsToTarget,
  spreadGroups,
  urgency,
} from '../../../src/state';
import { SEGMENTS } from '../../../src/core/types';
import { memoryStorage } from '../../../src/platform/storage';
import type { ScenarioEntry } from '../../../src/content/catalog';
import { fixtureLibrary } from '../../support/helpers';

const lib = fixtureLibrary();
const entries: ScenarioEntry[] = lib.scenarios.map((s) => ({
  manifest: s.manifest,
  charter: s.charter,
  loadStory: { fr: async () => s.stories.fr, en: async () => s.stories.en },
}));

/** The mini scenario on the desk, its first post in (it arrives after a game minute). */
async function onDesk() {
  const store = createGameStore({ scenarios: entries, storage: memoryStorage(), defaultLocale: 'en', newSeed: () => 7, now: () => 0 });
  store.getState().openBriefing('mini');
  await store.getState().start();
  for (let i = 0; i < 20 && feed(store.getState()).length === 0; i++) store.getState().tick(1000);
  expect(feed(store.getState()).length).toBe(1);
  return store;
}

describe('the desk console’s read models', () => {
  it('counts the time left against the charter’s response target, and how pressing it is', async () => {
    const store = await onDesk();
    const state = store.getState();
    const post = feed(state)[0]!;
    // mini's charter: 30 minutes on the microblog.
    expect(secondsToTarget(state, post)).toBe(post.at + 30 * 60 - state.clock);
    expect(urgency(state, post)).toBe('calm');
    const at = (clock: number) => ({ ...state, clock });
    // The last quarter of the target (7.5 minutes here) is "soon"; past it, "late".
    expect(urgency(at(post.at + 30 * 60 - 400), post)).toBe('soon');
    expect(urgency(at(post.at + 30 * 60 + 1), post)).toBe('late');
    // mini's first post is left unanswered after 20 minutes: its last 5 are pressing too.
    expect(post.deadline).toBe(20 * 60);
    expect(urgency(at(post.at + 14 * 60), post)).toBe('calm');
    expect(urgency(at(post.at + 16 * 60), post)).toBe('soon');
    expect(secondsToTarget(at(post.at + 31 * 60), post)).toBe(-60);
    expect(deskPressure(at(post.at + 31 * 60), [post])).toBe('late');
    expect(deskPressure(state, [post])).toBe('calm');
    // A post dealt with has no countdown.
    expect(secondsToTarget(state, { ...post, state: 'answered' })).toBeNull();
  });

  it('counts the inbox by channel and by state', async () => {
    const store = await onDesk();
    const post = feed(store.getState())[0]!;
    const counts = inboxCounts([post, { ...post, id: 'x', state: 'answered', channel: 'forum' }]);
    expect(counts.state).toEqual({ all: 2, open: 1, done: 1 });
    expect(counts.channel).toMatchObject({ microblog: 1, forum: 1, reviews: 0, dm: 0, comments: 0 });
  });

  it('orders the inbox by the time left against the charter’s target, the posts dealt with after', async () => {
    const store = await onDesk();
    const state = store.getState();
    const post = feed(state)[0]!;
    // mini's charter: 30 minutes on the microblog; other channels have their own targets.
    const minutes = state.selected!.charter.responseMinutes;
    expect(minutes.microblog).toBeDefined();
    const late = { ...post, id: 'late', at: post.at - 40 * 60 };
    const fresh = { ...post, id: 'fresh', at: post.at + 60 };
    const done = { ...post, id: 'done', at: post.at + 120, state: 'answered' as const };
    const older = { ...post, id: 'older', at: post.at - 60 * 60, state: 'closed' as const };
    const order = inboxOrder(state, [fresh, done, post, older, late]).map((p) => p.id);
    expect(order).toEqual(['late', post.id, 'fresh', 'done', 'older']);
    // A channel with a longer target waits behind one with a shorter, even when it came first.
    const channels = Object.entries(minutes).sort((a, b) => a[1]! - b[1]!);
    if (channels.length > 1) {
      const [shortC, shortM] = channels[0]!;
      const [longC, longM] = channels.at(-1)!;
      const slow = { ...post, id: 'slow', channel: longC as typeof post.channel, at: post.at - 60 };
      const quick = { ...post, id: 'quick', channel: shortC as typeof post.channel, at: post.at };
      expect(inboxOrder(state, [slow, quick]).map((p) => p.id)).toEqual(longM! - 1 > shortM! ? ['quick', 'slow'] : ['slow', 'quick']);
    }
    // The order does not move while the clock runs.
    expect(inboxOrder({ ...state, clock: state.clock + 600 }, [fresh, done, post, older, late]).map((p) => p.id)).toEqual(order);
  });

  it('names a forum post’s thread and its author’s rank, the story’s own or by default', async () => {
    const store = await onDesk();
    const post = { ...feed(store.getState())[0]!, channel: 'forum' as const, text: 'First sentence here. Then more.' };
    expect(forumHeading({ ...post, thread: 'Plan abroad?', rank: 'Moderator' })).toEqual({ title: 'Plan abroad?', rank: 'Moderator' });
    const persona = (followers: number) => ({ ...post.persona, followers });
    expect(forumHeading({ ...post, persona: persona(20) })).toEqual({ title: 'First sentence here.', rankKey: 'newcomer' });
    expect(forumHeading({ ...post, persona: persona(300) }).rankKey).toBe('member');
    expect(forumHeading({ ...post, persona: persona(1500) }).rankKey).toBe('regular');
    expect(forumHeading({ ...post, persona: persona(9000) }).rankKey).toBe('legend');
    expect(forumHeading({ ...post, text: 'x'.repeat(200) }).title).toHaveLength(88);
  });

  it('spreads a post over the audience segments, every member counted once', async () => {
    const store = await onDesk();
    for (let i = 0; i < 30; i++) store.getState().tick(1000);
    const spread = spreadGroups(store.getState())!;
    expect(spread.postId).toBe(feed(store.getState())[0]!.id);
    expect(spread.members).toBe(400);
    expect(spread.groups.map((g) => g.segment)).toEqual(SEGMENTS.filter((s) => spread.groups.some((g) => g.segment === s)));
    for (const g of spread.groups) {
      expect(g.seen).toBeLessThanOrEqual(g.members);
      expect(g.sharing).toBeLessThanOrEqual(g.members);
    }
    expect(spread.seen).toBeGreaterThan(0);
    expect(spread.seen).toBe(spread.groups.reduce((n, g) => n + g.seen, 0));
    // A private message is never shown as spreading: the spread stays on the latest public post.
    const state = store.getState();
    const publicPost = feed(state)[0]!;
    const dm = { ...publicPost, id: 'dm-1', channel: 'dm' as const };
    const session = Object.create(state.session!) as NonNullable<typeof state.session>;
    Object.defineProperty(session, 'feed', { value: [dm, ...state.session!.feed] });
    const withDm = { ...state, session };
    expect(spreadGroups(withDm, 'dm-1')!.postId).toBe(publicPost.id);
    expect(spreadGroups(withDm)!.postId).toBe(publicPost.id);
    expect(spreadGroups(withDm, publicPost.id)!.postId).toBe(publicPost.id);
  });

  it('gives each indicator its trend, and its change since the last decision in training only', async () => {
    const store = await onDesk();
    const before = indicators(store.getState())!;
    expect(before.map((i) => i.key)).toEqual(['sentiment', 'reach', 'reputation']);
    expect(before.every((i) => i.sinceDecision === null)).toBe(true);
    const post = feed(store.getState())[0]!;
    const best = optionsFor(store.getState(), post.id).find((o) => o.option.action === 'dm')!;
    store.getState().choose(post.id, optionIndex(store.getState(), post.id, best.id)!);
    for (let i = 0; i < 40; i++) store.getState().tick(1000);
    const state = store.getState();
    const after = indicators(state)!;
    for (const i of after) {
      expect(['up', 'down', 'steady']).toContain(i.trend);
      expect(Number.isInteger(i.sinceDecision)).toBe(true);
    }
    // An exam shows the numbers but no change tied to a decision (nothing grades the candidate's choice there).
    expect(indicators({ ...state, mode: 'exam' })!.every((i) => i.sinceDecision === null)).toBe(true);
  });

  it('pins the coach’s latest memo until the next decision after it, never in an exam', async () => {
    const store = await onDesk();
    const state = store.getState();
    const session = state.session!;
    const coach = { from: 'coach', text: 'Read the charter first.', at: state.clock, kind: 'memo' as const };
    session.memos = [coach, ...session.memos];
    expect(pinnedAdvice(state)).toBe(coach);
    expect(pinnedAdvice({ ...state, mode: 'exam' })).toBeNull();
    const post = feed(state)[0]!;
    store.getState().tick(1000);
    const option = optionsFor(store.getState(), post.id)[0]!;
    store.getState().choose(post.id, optionIndex(store.getState(), post.id, option.id)!);
    expect(pinnedAdvice(store.getState())).toBeNull();
  });
});
