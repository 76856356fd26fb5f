/**
 * No free answers (#14 item 5): authors write the best option first, and the engine offers a post's
 * options in an order fixed by the run's seed and the post, under identifiers opaque for the run.
 * Played through the engine on every shipped scenario, in both languages, over 20 seeds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/types';
import { buildReport } from '../../../src/engine/build-report';
import { offeredOrder, optionIds, shuffledFor } from '../../../src/engine/option-order';
import { verifyReport } from '../../../src/engine/replay';
import { readRecord } from '../../../src/records/read';
import { shippedScenario } from '../../support/long-run';
import { firstShown, playWith } from '../../support/policy-bot';

const ROOT = join(process.cwd(), 'scenarios');
const SCENARIOS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'manifest.json')))
  .map((d) => d.name)
  .sort();
const LOCALES: Locale[] = ['fr', 'en'];
const SEEDS = Array.from({ length: 20 }, (_, i) => 1 + i * 7919);
/** The order does not depend on the community: a small one keeps 600 sessions quick. */
const AUDIENCE = 200;

const totals = { posts: 0, firstBest: 0, chance: 0 };
/** Per scenario and language: the share of posts whose first option shown is best, and chance's. */
const shares: string[] = [];

describe('the order options are offered in', () => {
  it('ships fifteen scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(15);
  });

  for (const id of SCENARIOS) {
    it(`${id}: the first option shown is best about as often as chance, in a fixed order per seed and post`, () => {
      const scenario = shippedScenario(id);
      for (const locale of LOCALES) {
        let posts = 0;
        let firstBest = 0;
        let chance = 0;
        let authoredFirstBest = 0;
        const firstPostOrders = new Set<string>();
        for (const seed of SEEDS) {
          const { seen } = playWith(scenario, { locale, seed, policy: firstShown, audienceSize: AUDIENCE });
          for (const [i, { postId, shown }] of seen.entries()) {
            posts++;
            chance += 1 / shown.length;
            if (shown[0]!.judgement === 'best') firstBest++;
            if (Math.min(...shown.map((o) => o.index)) === shown.find((o) => o.judgement === 'best')?.index) authoredFirstBest++;
            if (i === 0) firstPostOrders.add(`${postId}:${shown.map((o) => o.index).join()}`);
            // The order is the engine's, as a function of the seed and the post alone.
            const authored = [...shown].sort((a, b) => a.index - b.index);
            expect(shown.map((o) => o.index)).toEqual(shuffledFor(authored, seed, postId).map((o) => o.index));
          }
        }
        const where = `${id} (${locale})`;
        // As written, the best option comes first (what the shuffle is for)…
        expect(authoredFirstBest / posts, where).toBeGreaterThan(0.9);
        // …as shown, the first one is best about as often as a blind pick would be (1 / number of options).
        expect(firstBest / posts, where).toBeLessThan(0.5);
        expect(Math.abs(firstBest / posts - chance / posts), where).toBeLessThan(0.12);
        // Seeds give different orders on the scenario's first post.
        expect(firstPostOrders.size, where).toBeGreaterThanOrEqual(3);
        shares.push(`${where} ${((firstBest / posts) * 100).toFixed(0)} % (chance ${((chance / posts) * 100).toFixed(0)} %)`);
        totals.posts += posts;
        totals.firstBest += firstBest;
        totals.chance += chance;
      }
    });
  }

  it('over every scenario, the first option shown is best as often as chance', () => {
    const share = totals.firstBest / totals.posts;
    const chance = totals.chance / totals.posts;
    console.log(
      `[option order] ${totals.posts} posts answered (${SCENARIOS.length} scenarios × 2 languages × ${SEEDS.length} seeds): ` +
        `first option shown is best ${(share * 100).toFixed(1)} %, chance ${(chance * 100).toFixed(1)} %\n  ${shares.join('\n  ')}`,
    );
    expect(totals.posts).toBeGreaterThan(1000);
    expect(Math.abs(share - chance)).toBeLessThan(0.03);
  });

  it('is the same for the same seed and post, and differs across seeds', () => {
    const scenario = shippedScenario('defect-crisis');
    const trace = (seed: number) =>
      playWith(scenario, { locale: 'en', seed, policy: firstShown, audienceSize: AUDIENCE }).seen.map(
        (s) => `${s.postId}:${s.shown.map((o) => o.index).join()}:${optionIds(s.shown, seed, s.postId).join()}`,
      );
    expect(trace(11)).toEqual(trace(11));
    expect(trace(11)).not.toEqual(trace(12));
  });

  it('keeps the hidden deadline fallback last, and offers every option once', () => {
    const authored = [
      { index: 0, hidden: false },
      { index: 1, hidden: false },
      { index: 2, hidden: true },
      { index: 3, hidden: false },
    ].map((o) => ({ ...o, postId: 'p', text: '', action: 'reply' as const, judgement: 'good' as const, breaks: [], intents: [], why: '' }));
    for (const seed of SEEDS) {
      const offered = offeredOrder(authored, seed, 'p');
      expect(offered.at(-1)!.index).toBe(2);
      expect(offered.map((o) => o.index).sort()).toEqual([0, 1, 2, 3]);
    }
  });
});

describe('option identifiers', () => {
  it('are unique on a post and opaque: neither the authored index, nor the place shown, nor the same across seeds', () => {
    const options = [0, 1, 2, 3, 4].map((index) => ({ index }));
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      for (const postId of ['p1', 'p2', 'p10-video']) {
        const ids = optionIds(options, seed, postId);
        expect(new Set(ids).size).toBe(options.length);
        for (const [i, id] of ids.entries()) {
          expect(id).toMatch(/^o[0-9a-z]{7}$/);
          expect(id).not.toBe(String(i));
          expect(id).not.toBe(String(options[i]!.index));
          seen.add(id);
        }
        expect(optionIds(options, seed, postId)).toEqual(ids);
      }
    }
    expect(seen.size).toBe(SEEDS.length * 3 * options.length);
  });
});

describe('replays', () => {
  it('a report played on shuffled options logs the authored index and verifies', () => {
    for (const [id, locale] of [
      ['defect-crisis', 'en'],
      ['first-shift', 'fr'],
    ] as const) {
      const scenario = shippedScenario(id);
      const { session, seen } = playWith(scenario, { locale, seed: 2026, policy: firstShown });
      // The log names the option picked by its authored index, whatever its place on screen.
      const logged = session.log.filter((e) => e.type === 'option');
      expect(logged.map((e) => e.type === 'option' && e.index)).toEqual(seen.map((s) => s.picked.index));
      expect(seen.some((s) => s.picked.index !== 0)).toBe(true);
      const report = buildReport(session, {
        app: 'test',
        mode: 'training',
        startedAt: '2026-11-23T09:00:00Z',
        finishedAt: '2026-11-23T09:20:00Z',
      });
      const verification = verifyReport(report, {
        manifest: scenario.manifest,
        charter: scenario.charter,
        story: scenario.stories[locale],
      });
      expect(verification.mismatches).toEqual([]);
      expect(verification.ok).toBe(true);
    }
  });

  it.each(['defect-crisis-en-0.2.0.json', 'first-shift-fr-0.2.0.json'] as const)(
    '%s, made before the shuffle, is refused as made by an older version (report format 1)',
    (file) => {
      const read = readRecord('report', readFileSync(join(process.cwd(), 'tests', 'fixtures', 'reports', file), 'utf8'));
      expect(!read.ok && read.error.code).toBe('older-version');
    },
  );
});
