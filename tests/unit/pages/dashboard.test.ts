import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/pages/check';
import { BOM, csvField, neutralise, separatorFor, toCsv } from '../../../src/pages/dashboard/csv';
import { brokenRules, buildModel, cellKey, statistics } from '../../../src/pages/dashboard/model';
import { breachesOf, learnerOf, shortDate } from '../../../src/pages/facts';
import type { Report } from '../../../src/records/session-report';
import { readSignals } from '../../../src/engine/signals';

/** A report with only what the dashboard reads (the checks themselves are tested elsewhere). */
function report(scenario: string, overall: number, candidate?: Record<string, unknown>, breaches: string[] = []): Report {
  return {
    format: 'frontline-report',
    version: 1,
    app: 't',
    mode: 'training',
    locale: 'fr',
    seed: 1,
    log: [],
    hints: 0,
    startedAt: '2026-11-23T09:00:00Z',
    finishedAt: '2026-11-23T09:20:00Z',
    scenario: { id: scenario, version: 1, charter: 'onda', title: scenario },
    ...(candidate ? { candidate } : {}),
    decisions: breaches.map((ruleId) => ({ postId: 'p', action: 'reply', judgement: 'bad', breaches: [{ ruleId }] })),
    scores: { diplomacy: overall, speed: overall, charter: overall, judgement: overall, outcome: overall, overall },
  } as unknown as Report;
}
const ok = (file: string, r: Report): CheckResult => ({ file, status: 'verified', report: r, signals: readSignals([]), postWords: {} });
const bad = (file: string, r: Report): CheckResult => ({ file, status: 'failed', code: 'mismatch', report: r, mismatches: ['x'] });

describe('dashboard model', () => {
  const results: CheckResult[] = [
    ok('a1.json', report('s1', 40, { name: 'Léa Martin' }, ['no-blame'])),
    ok('a2.json', report('s1', 70, { name: ' léa   MARTIN ' }, ['no-blame', 'no-promise'])),
    bad('a3.json', report('s1', 100, { name: 'Léa Martin' })),
    ok('b.json', report('s2', 90, { email: 'b@x.org' }, ['no-blame'])),
    bad('t.json', report('s1', 100, { name: 'Tom' }, ['no-blame'])),
    ok('anon.json', report('s1', 20)),
    { file: 'junk.json', status: 'refused', code: 'not-json', errors: ['junk'] },
  ];
  const model = buildModel(results);

  it('groups by learner (case and spacing aside) and keeps the best verified report per cell', () => {
    expect(model.learners.map((l) => l.key)).toEqual(['name:léa martin', 'email:b@x.org', 'name:tom', 'file:anon.json']);
    const lea = model.cells.get(cellKey('name:léa martin', 's1'))!;
    expect(lea.best.file).toBe('a2.json'); // 70 verified beats 100 unverified
    expect(lea.attempts).toBe(3);
    expect(model.cells.get(cellKey('name:tom', 's1'))!.best.verified).toBe(false);
    expect(model.entries).toHaveLength(6);
  });

  it('computes statistics on verified cells only, per scenario or all', () => {
    const all = statistics(model, null);
    expect(all.basis).toBe(3); // Léa s1 (70), b s2 (90), anon s1 (20); Tom is unverified
    const overall = all.rows.find((r) => r.key === 'overall')!;
    expect(overall).toMatchObject({ count: 3, mean: 60, min: 20, median: 70, max: 90, bands: [0, 1, 0, 1, 1] });
    const s1 = statistics(model, 's1').rows.find((r) => r.key === 'overall')!;
    expect(s1).toMatchObject({ count: 2, mean: 45, median: 45 });
    expect(statistics(buildModel([]), null)).toMatchObject({ basis: 0 });
  });

  it('counts broken rules in every verified attempt, with the learners who broke them', () => {
    expect(brokenRules(model, null)).toEqual([
      { charter: 'onda', rule: 'no-blame', count: 3, learners: ['name:léa martin', 'email:b@x.org'] },
      { charter: 'onda', rule: 'no-promise', count: 1, learners: ['name:léa martin'] },
    ]);
    expect(brokenRules(model, 's2').map((r) => r.count)).toEqual([1]);
  });
});

describe('report facts from untrusted fields', () => {
  it('ignores candidate fields that are not strings and tidies control characters', () => {
    expect(learnerOf(report('s', 1, { name: { evil: true }, email: 'a@b.c' }), 'f.json')).toMatchObject({
      name: 'a@b.c',
      anonymous: false,
    });
    expect(learnerOf(report('s', 1, { name: 'Ana\n\u0000Bel' }), 'f.json').name).toBe('Ana Bel');
    expect(learnerOf({ ...report('s', 1), candidate: 'x' } as unknown as Report, 'f.json')).toMatchObject({
      key: 'file:f.json',
      anonymous: true,
    });
  });

  it('reads breaches defensively and formats dates', () => {
    const r = {
      ...report('s', 1),
      decisions: [{ breaches: 'no' }, { breaches: [{ ruleId: 3 }, { ruleId: 'ok' }, null] }, null],
    } as unknown as Report;
    expect(breachesOf(r)).toEqual(['ok']);
    expect(shortDate('2026-11-23T09:20:31.000Z')).toBe('2026-11-23 09:20');
    expect(shortDate('yesterday')).toBe('yesterday');
  });
});

describe('CSV', () => {
  it('neutralises formulas and quotes every field', () => {
    for (const v of ["=cmd|' /C calc'!A0", '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =1', '＝1']) expect(neutralise(v)).toBe(`'${v}`);
    for (const v of ['Léa', 'a=b', 'x-1', '']) expect(neutralise(v)).toBe(v);
    expect(csvField('say "hi"; bye')).toBe('"say ""hi""; bye"');
    expect(csvField(42)).toBe('"42"');
  });

  it('writes a BOM, the separator of the language and CRLF line ends', () => {
    expect(separatorFor('fr')).toBe(';');
    expect(separatorFor('en')).toBe(',');
    expect(
      toCsv(
        [
          ['a', 'b'],
          ['=x', 1],
        ],
        ';',
      ),
    ).toBe(`${BOM}"a";"b"\r\n"'=x";"1"\r\n`);
  });
});
