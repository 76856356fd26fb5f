/** The pure side of a hub exam: which log entries go to the hub and how, and what the game takes from the hub's answers. */
import { describe, expect, it } from 'vitest';
import { hubActsOf, hubExamOf, hubScenarioOf } from '../../../src/state/hub-exam';
import type { LogEntry } from '../../../src/records/domain';
import { anExam } from '../../support/hub';

describe('a hub exam in the game', () => {
  it('hands over the player’s acts only, from where it stopped', () => {
    const log: LogEntry[] = [
      { type: 'start', t: 0, at: 1, seed: 4, locale: 'en', scenario: 'first-shift', version: 1 },
      { type: 'option', t: 12, at: 2, postId: 'p1', index: 2, text: 'Thanks!' },
      { type: 'deadline', t: 30, at: 3, postId: 'p2' },
      { type: 'free', t: 40, at: 4, postId: 'p3', text: 'We are on it.', action: 'escalate', department: 'legal', pasted: 3 },
      { type: 'away', t: 41, at: 5, ms: 2500 },
      { type: 'hint', t: 42, at: 6, postId: 'p4' },
      { type: 'expire', t: 50, at: 7 },
      { type: 'end', t: 50, at: 7, ending: 'calm' },
    ];
    expect(hubActsOf(log, 0)).toEqual([
      // The option's text is the engine's to read again; deadlines and endings are the hub's replay's.
      { t: 12, event: { type: 'option', postId: 'p1', index: 2 } },
      { t: 40, event: { type: 'free', postId: 'p3', text: 'We are on it.', action: 'escalate', department: 'legal', pasted: 3 } },
      { t: 41, event: { type: 'away', ms: 2500 } },
      { t: 42, event: { type: 'hint', postId: 'p4' } },
      { t: 50, event: { type: 'expire' } },
    ]);
    expect(hubActsOf(log, 4).map((a) => a.event.type)).toEqual(['away', 'hint', 'expire']);
  });

  it('runs the exam the hub shows, without its seed, and refuses an answer that is not an exam', () => {
    const { seed: _seed, variants: _variants, passMark: _pass, ...shown } = anExam({ showScores: false });
    expect(hubExamOf(shown)).toMatchObject({ id: 'hub-exam', seed: 0, variants: 'none', showScores: false });
    expect(hubExamOf({ ...shown, scenarios: 'first-shift' })).toBeNull();
    expect(hubExamOf(null)).toBeNull();
  });

  it('takes the hub’s scenario on the hub’s clock, in this browser’s time', () => {
    const given = { index: 0, id: 'first-shift', seed: 9, variant: 3, freeTextRequired: true, startedAt: '2026-12-01T09:00:00.000Z' };
    expect(hubScenarioOf(given, 2_000)).toEqual({
      scenario: { index: 0, id: 'first-shift', seed: 9, variant: 3 },
      startedAt: Date.parse('2026-12-01T09:00:00.000Z') - 2_000,
      freeTextRequired: true,
    });
    expect(hubScenarioOf({ ...given, seed: -1 }, 0)).toBeNull();
  });
});
