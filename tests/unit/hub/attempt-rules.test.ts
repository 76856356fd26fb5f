/** The exam clock's rules on the server: deadlines with extra time, game time checked against the server's clock, gaps. */
import { describe, expect, it } from 'vitest';
import { AHEAD_TOLERANCE_MS, OFFLINE_GRACE_MS, checkEventTime, gaps, scenarioDeadline } from '../../../server/exams/attempt-rules';
import { anExam } from '../../support/hub';

const clock = { startedAt: 0, scenarioStartedAt: 0 };

describe('attempt rules', () => {
  it('end a scenario at its limit or the exam’s, extra time included', () => {
    expect(scenarioDeadline(anExam({ minutesPerScenario: 10, minutesTotal: 60 }), clock)).toBe(600_000);
    expect(scenarioDeadline(anExam({ minutesPerScenario: 10, minutesTotal: 60, accommodation: 1.5 }), clock)).toBe(900_000);
    expect(scenarioDeadline(anExam({ minutesPerScenario: 30, minutesTotal: 40 }), { startedAt: 0, scenarioStartedAt: 30 * 60_000 })).toBe(
      40 * 60_000,
    );
  });

  it('take game time the server clock allows, and say how late it came', () => {
    const exam = anExam({ minutesPerScenario: 10 });
    // 20 game seconds a real second: 600 game seconds is 30 real seconds.
    expect(checkEventTime(exam, clock, 20, 600, 0, 31_000)).toEqual({ ok: true, lagMs: 1_000 });
    expect(checkEventTime(exam, clock, 20, 600, 0, 30_000 - AHEAD_TOLERANCE_MS - 1)).toMatchObject({ ok: false, code: 'ahead' });
    expect(checkEventTime(exam, clock, 20, 600, 700, 40_000)).toMatchObject({ ok: false, code: 'backwards' });
    expect(checkEventTime(exam, clock, 20, 600, 0, 600_000 + OFFLINE_GRACE_MS + 1)).toMatchObject({ ok: false, code: 'time-up' });
    expect(checkEventTime(exam, clock, 20, 600, 0, 600_000 + OFFLINE_GRACE_MS - 1)).toMatchObject({ ok: true });
  });

  it('read gaps from how lag grows in each scenario', () => {
    expect(
      gaps([
        { scenario: 0, lagMs: 4_000 },
        { scenario: 0, lagMs: 4_200 },
        { scenario: 0, lagMs: 64_000 },
        { scenario: 1, lagMs: 9_000 },
        { scenario: 1, lagMs: 2_000 },
      ]),
    ).toEqual([0, 200, 60_000, 0, 0]);
  });
});
