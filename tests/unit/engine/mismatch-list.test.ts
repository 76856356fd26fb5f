import { describe, expect, it } from 'vitest';
import { MAX_MISMATCHES, MismatchList, mismatchCount, moreLine } from '../../../src/engine/capped-list';
import { verifyReport } from '../../../src/engine/replay';
import { EXAM_FORMAT, EXAM_VERSION } from '../../../src/records/exam-file';
import { EXAM_REPORT_FORMAT, EXAM_REPORT_VERSION } from '../../../src/records/exam-report';
import type { Report } from '../../../src/records/session-report';
import type { ScenarioLookup } from '../../../src/pages/check';
import { checkExamReport, formatExamResult, problemCount } from '../../../src/pages/exam-report';
import { fixtureLibrary } from '../../support/helpers';
import { scriptedReport } from '../../support/reports';

describe('MismatchList', () => {
  it('keeps the first lines, counts the rest in one last line, and always keeps the lines that must be seen', () => {
    const list = new MismatchList(3);
    list.push('a', 'b');
    list.always('score');
    list.push('c', 'd', 'e');
    list.always('ending');
    expect(list.size).toBe(7);
    expect(list.lines()).toEqual(['a', 'score', 'ending', moreLine(4)]);
    expect(mismatchCount(list.lines())).toBe(7);
  });

  it('takes in another capped list, its "… and K more" counted', () => {
    const inner = new MismatchList(2);
    inner.push('x', 'y', 'z', 'w');
    const outer = new MismatchList(5);
    outer.always('first');
    outer.pushCapped(inner.lines());
    expect(outer.size).toBe(5);
    expect(outer.lines()).toEqual(['first', 'x', 'y', '… and 2 more']);
    expect(mismatchCount(['x', 'y'])).toBe(2);
    expect(mismatchCount([])).toBe(0);
  });

  it('holds no more than its limit however much is pushed', () => {
    const list = new MismatchList();
    for (let i = 0; i < 200_000; i++) list.push(`line ${i}`);
    expect(list.size).toBe(200_000);
    const lines = list.lines();
    expect(lines).toHaveLength(MAX_MISMATCHES + 1);
    expect(lines.at(-1)).toBe('… and 199950 more');
  });
});

describe('a report with thousands of differences', () => {
  const mini = fixtureLibrary().scenarios[0]!;
  const scenario = { manifest: mini.manifest, charter: mini.charter, story: mini.stories.en };
  const genuine = scriptedReport(mini, { locale: 'en', seed: 5, strategy: 'best', candidate: { name: 'Ana' } });

  /** 19,000 answers to posts that do not exist, 5,000 decisions edited, the score raised. */
  const flood = (): Report => {
    const r = structuredClone(genuine);
    const last = r.log.at(-1)!;
    const bogus = Array.from({ length: 19_000 }, (_, i) => ({
      type: 'option' as const,
      postId: `nope-${i}`,
      index: 0,
      text: '',
      t: last.t,
      at: last.at,
    }));
    r.log.splice(r.log.length - 1, 0, ...bogus);
    r.decisions = Array.from({ length: 5_000 }, () => ({ ...genuine.decisions[0]!, postId: 'edited', judgement: 'bad' as const }));
    r.scores.overall = genuine.scores.overall === 100 ? 1 : 100;
    return r;
  };

  it('lists 50 mismatches and "… and K more", the score always among them, quickly', () => {
    const t0 = performance.now();
    const result = verifyReport(flood(), scenario);
    const ms = performance.now() - t0;
    expect(result.ok).toBe(false);
    expect(result.mismatches.length).toBeLessThanOrEqual(MAX_MISMATCHES + 1);
    expect(result.mismatches.at(-1)).toMatch(/^… and \d+ more$/);
    expect(mismatchCount(result.mismatches)).toBeGreaterThan(19_000);
    expect(result.mismatches).toContain(
      `scores.overall: the report says ${flood().scores.overall}, the replay gives ${genuine.scores.overall}`,
    );
    expect(result.mismatches).toContain(`decisions: the report lists 5000, the replay makes ${genuine.decisions.length}`);
    expect(ms).toBeLessThan(10_000); // ~0.1–0.3 s here
  });

  it('caps an exam report’s own problems the same way, its result always listed', async () => {
    const lookup: ScenarioLookup = async (id, locale) =>
      id === 'mini' ? { manifest: mini.manifest, charter: mini.charter, story: mini.stories[locale] } : null;
    const session = structuredClone(genuine);
    // 19,000 decisions long after the time allowed (each one a problem of the exam report).
    const start = session.log[0]!.at;
    const late = Array.from({ length: 19_000 }, (_, i) => ({
      type: 'option' as const,
      postId: `late-${i}`,
      index: 0,
      text: '',
      t: session.log.at(-1)!.t,
      at: start + 3_600_000 + i,
    }));
    session.log.splice(session.log.length - 1, 0, ...late);
    const text = JSON.stringify({
      format: EXAM_REPORT_FORMAT,
      version: EXAM_REPORT_VERSION,
      exam: {
        format: EXAM_FORMAT,
        version: EXAM_VERSION,
        id: 'e1',
        title: 'Exam',
        locale: 'en',
        seed: 1,
        scenarios: ['mini'],
        minutesPerScenario: 5,
        minutesTotal: 5,
        passMark: 50,
        freeTextRequired: false,
        showScores: true,
        candidate: ['name'],
      },
      candidate: { name: 'Ana' },
      startedAt: new Date(start).toISOString(),
      finishedAt: new Date(start + 300_000).toISOString(),
      reports: [session],
      overall: 100,
      passed: true,
    });
    const t0 = performance.now();
    const result = await checkExamReport('exam.json', text, lookup);
    const ms = performance.now() - t0;
    if (result.status === 'refused') throw new Error(result.errors.join('\n'));
    expect(result.status).toBe('failed');
    expect(result.mismatches.length).toBeLessThanOrEqual(MAX_MISMATCHES + 1);
    expect(result.mismatches.at(-1)).toMatch(/^… and \d+ more$/);
    expect(result.mismatches.some((m) => m.startsWith('overall: the report says 100'))).toBe(true);
    expect(problemCount(result)).toBeGreaterThan(2 * 19_000);
    const part = result.parts[0]!;
    expect(part.status === 'failed' && part.mismatches.length).toBeLessThanOrEqual(MAX_MISMATCHES + 1);
    // the head, the capped problems, the settings line and the signals line
    expect(formatExamResult(result).length).toBeLessThanOrEqual(MAX_MISMATCHES + 4);
    expect(ms).toBeLessThan(10_000);
  });
});
