/**
 * Issue #18, integrity signals, tested both ways: an instant bot is flagged; a bot pacing just
 * above the reading-time floor is flagged by its even pace; a human-like run with a varied pace,
 * short absences and no pasting is not flagged.
 */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/records/domain';
import { createRng } from '../../../src/core/rng';
import { readSignals, readingFloor, similarReplies } from '../../../src/engine/signals';

const WORDS = 40; // every post of these runs is 40 words long
const postWords = () => WORDS;
const OPTION = 'Thank you for telling us, we are looking into it now.';
const start: LogEntry = { type: 'start', seed: 1, locale: 'en', scenario: 's', version: 1, t: 0, at: 0 };
const floor = readingFloor(WORDS, { type: 'option', postId: 'p', index: 0, text: OPTION, t: 0, at: 0 });

/** A run of 12 decisions, each `gap(i)` ms after the previous one. */
function run(gap: (i: number) => number, extra: (at: number, i: number) => LogEntry[] = () => []): LogEntry[] {
  const log: LogEntry[] = [start];
  let at = 0;
  for (let i = 0; i < 12; i++) {
    at += gap(i);
    log.push(...extra(at, i), { type: 'option', postId: `p${i}`, index: 0, text: OPTION, t: i * 60, at });
  }
  return log;
}
const LIMIT = 24 * 60_000;

describe('integrity signals', () => {
  it('the reading floor grows with the post and the answer, and typing counts unless pasted', () => {
    expect(floor).toBeGreaterThan(4_000);
    const typed = readingFloor(WORDS, { type: 'free', postId: 'p', text: OPTION, t: 0, at: 0 });
    const pasted = readingFloor(WORDS, { type: 'free', postId: 'p', text: OPTION, t: 0, at: 0, pasted: OPTION.length });
    expect(typed).toBeGreaterThan(pasted);
  });

  it('flags a bot that answers at once', () => {
    const s = readSignals([{ log: run(() => 150), postWords }], LIMIT);
    expect(s.fast).toBe(12);
    expect(s.flags).toEqual(expect.arrayContaining(['fast-decisions', 'quick-run']));
  });

  it('flags a bot pacing just above the reading floor by its even pace', () => {
    const rng = createRng(5);
    const s = readSignals([{ log: run(() => floor * (1.1 + 0.05 * rng.next())), postWords }], LIMIT);
    expect(s.fast).toBe(0);
    expect(s.flags).toContain('even-pace');
  });

  it('does not flag a person with a varied pace, a short absence and typed replies', () => {
    const rng = createRng(9);
    const log = run(
      () => floor * (1.5 + 12 * rng.next() ** 2),
      (at, i) => (i === 5 ? [{ type: 'away', ms: 8_000, t: i * 60, at }] : []),
    );
    const s = readSignals([{ log, postWords }], LIMIT);
    expect(s.flags).toEqual([]);
    expect(s.awayCount).toBe(1);
  });

  it('flags long absences and pasted replies', () => {
    const rng = createRng(9);
    const log = run(
      () => floor * (1.5 + 12 * rng.next() ** 2),
      (at, i) => (i % 4 === 0 ? [{ type: 'away', ms: 20_000, t: i * 60, at }] : []),
    );
    log.push({
      type: 'free',
      postId: 'px',
      text: 'A reply written elsewhere and pasted in whole here.',
      pasted: 52,
      t: 900,
      at: log.at(-1)!.at + 60_000,
    });
    const s = readSignals([{ log, postWords }], LIMIT);
    expect(s.flags).toEqual(expect.arrayContaining(['away', 'pasted']));
    expect(s.pastes).toBe(1);
  });

  it('finds near-identical written replies of two candidates on the same post, not different ones', () => {
    const shared = 'Hello Léa, we are really sorry about the charger; our after-sales team will call you back today.';
    const pairs = similarReplies([
      { who: 'A', replies: [{ scenario: 's', postId: 'p1', text: shared }] },
      { who: 'B', replies: [{ scenario: 's', postId: 'p1', text: `${shared}!` }] },
      {
        who: 'C',
        replies: [
          {
            scenario: 's',
            postId: 'p1',
            text: 'Hi, could you send us your order number in a private message so we can check the charger?',
          },
        ],
      },
      { who: 'D', replies: [{ scenario: 's', postId: 'p2', text: shared }] },
    ]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['A', 'B']]);
  });
});
