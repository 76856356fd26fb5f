import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/pages/check';
import type { Translate } from '../../../src/pages/common';
import { buildModel } from '../../../src/pages/dashboard/model';
import { learnerLabels, learnerTitles } from '../../../src/pages/dashboard/names';
import { foldName, learnerOf, visibleName } from '../../../src/pages/facts';
import type { Report } from '../../../src/records/session-report';
import { readSignals } from '../../../src/engine/signals';

/** A report with only what the dashboard reads. */
function report(candidate: Record<string, unknown>, overall = 50): Report {
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
    scenario: { id: 's1', version: 1, charter: 'onda', title: 's1' },
    candidate,
    decisions: [],
    scores: { diplomacy: overall, speed: overall, charter: overall, judgement: overall, outcome: overall, overall },
  } as unknown as Report;
}
const ok = (file: string, r: Report): CheckResult => ({ file, status: 'verified', report: r, signals: readSignals([]), postWords: {} });
const t = ((key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`) as unknown as Translate;

describe('learner names', () => {
  const same = [
    'Léa Martin',
    '  LÉA   MARTIN ',
    'Le\u0301a Martin', // decomposed é
    'L\u200Béa Mar\u200Ctin', // zero-width space, zero-width non-joiner
    'Lé\u200Da\u2060 Martin\uFEFF', // zero-width joiner, word joiner, BOM
    '\u202ELéa Martin\u202C', // right-to-left override … pop
    '\u2067Léa\u2069\u200E Martin\u200F', // isolates, LRM, RLM
    'Léa\u00A0Martin', // no-break space
    'Léa\t\nMartin',
    'Ｌéａ Ｍａｒｔｉｎ', // full-width letters (NFKC)
  ];

  it('folds what does not change a name: NFKC, invisible and bidi characters, spacing, case', () => {
    for (const name of same) expect(foldName(name), JSON.stringify(name)).toBe('léa martin');
    expect(foldName('STRASSE')).toBe(foldName('Straße'));
    expect(foldName('ΟΔΥΣΣΕΥΣ')).toBe(foldName('οδυσσευς'));
    // Another person, or a look-alike from another script, stays apart.
    expect(foldName('Lea Martin')).not.toBe('léa martin');
    expect(foldName('Lеa Martin')).not.toBe(foldName('Lea Martin')); // Cyrillic е
    expect(foldName('\u200B\u202E \u2060')).toBe('');
  });

  it('groups reports whose names differ only by invisible characters, case or spacing into one row', () => {
    const results = same.map((name, i) => ok(`r${i}.json`, report({ name }, 10 + i)));
    results.push(ok('other.json', report({ name: 'Tom' })), ok('ghost.json', report({ name: '\u200B\u2060' })));
    const model = buildModel(results);
    expect(model.learners.map((l) => l.key)).toEqual(['name:léa martin', 'name:tom', 'file:ghost.json']);
    expect(model.cells.get('name:léa martin\u0000s1')?.attempts).toBe(same.length);
    // The label shown: the first report's name, with no bidi control or zero-width space left to reorder or hide text.
    const labels = learnerLabels(model, t);
    expect(labels.get('name:léa martin')).toBe('Léa Martin');
    expect(learnerOf(report({ name: '\u202ELéa\u200B Martin' }), 'f').name).toBe('Léa Martin');
    expect(labels.get('file:ghost.json')).toBe('anonymous{"file":"ghost.json"}');
  });

  it('gives each row a title with the name as written in each report, invisible characters made visible', () => {
    const model = buildModel([
      ok('a.json', report({ name: 'Léa Martin' })),
      ok('b.json', report({ name: 'L\u200Béa Martin' })),
      ok('c.json', report({ name: '\u202ELéa Martin' })),
      ok('d.json', report({ name: 'Léa Martin' })),
      ok('e.json', report({ name: '<img src=x onerror=alert(1)> Tom' })),
      ok('f.json', report({})),
    ]);
    const titles = learnerTitles(model);
    expect(titles.get('name:léa martin')).toBe('Léa Martin\nL⟨U+200B⟩éa Martin\n⟨U+202E⟩Léa Martin');
    // Text for an attribute (the view sets it with setAttribute), never parsed as markup.
    expect(titles.get('name:<img src=x onerror=alert(1)> tom')).toBe('<img src=x onerror=alert(1)> Tom');
    expect(titles.has('file:f.json')).toBe(false);
    expect(visibleName('a\u0000b\nc')).toBe('a⟨U+0000⟩b c');
  });

  it('keeps a title short whatever a report holds', () => {
    const long = 'x'.repeat(20_000);
    const model = buildModel(Array.from({ length: 30 }, (_, i) => ok(`${i}.json`, report({ name: `${long}${'\u200B'.repeat(i)}` }))));
    expect(model.learners).toHaveLength(1);
    expect(learnerTitles(model).get(model.learners[0]!.key)!.length).toBeLessThanOrEqual(501);
  });
});
