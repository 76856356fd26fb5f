/**
 * Every record comes in through readRecord: what it refuses, what it says, what it migrates; and
 * reports made by the game before records were rebuilt (0.2.0, committed fixtures) still verify.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/pages/check';
import { memoryStorage } from '../../../src/platform/storage';
import { REPORT_VERSION } from '../../../src/records/session-report';
import { MAX_DEPTH, jsonDepth, readRecord } from '../../../src/records/read';
import { createGameStore } from '../../../src/state';
import { shippedScenario } from '../../support/long-run';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'reports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const lookup = async (id: string, locale: 'fr' | 'en') => {
  const s = shippedScenario(id);
  const story = s.stories[locale];
  return story ? { manifest: s.manifest, charter: s.charter, story } : null;
};
const exam = {
  format: 'frontline-exam',
  version: 1,
  id: 'e1',
  title: 'Exam',
  locale: 'fr',
  seed: 3,
  scenarios: ['first-shift'],
  minutesPerScenario: 20,
  minutesTotal: 20,
  passMark: 60,
  freeTextRequired: false,
  showScores: true,
  candidate: ['name'],
};

describe('reports made by 0.2.0 (report format 1)', () => {
  // Written replies are now judged on their own reading and the community answers breaches: a
  // report of format 1 would not replay to its verdicts, so it is refused, naming the release
  // that verifies it (docs/scoring.md, "Reports").
  it.each(['defect-crisis-en-0.2.0.json', 'first-shift-fr-0.2.0.json'])('%s is refused as made by an older version', async (name) => {
    const [result] = await checkFile(name, fixture(name), lookup);
    expect(result).toMatchObject({ status: 'refused', code: 'older-version' });
    expect(result?.status === 'refused' && result.errors).toEqual([
      `${name}: made by an older version of Frontline (version 1): verify it with Frontline 0.2`,
    ]);
  });

  it('says so through readRecord with the version found', () => {
    const read = readRecord('report', fixture('defect-crisis-en-0.2.0.json'));
    expect(!read.ok && [read.error.code, read.error.version]).toEqual(['older-version', 1]);
  });
});

describe('readRecord', () => {
  // A report of the current format for the checks below (the fixture's fields, its version bumped).
  const report = JSON.stringify({ ...JSON.parse(fixture('first-shift-fr-0.2.0.json')), version: REPORT_VERSION });

  it('refuses text that is not JSON, or cut short, as such', () => {
    for (const text of ['hello', report.slice(0, report.length / 2), '']) {
      const read = readRecord('report', text, 'r.json');
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.error.code).toBe('not-json');
        expect(read.error.details[0]).toMatch(/^r\.json: not valid JSON/);
      }
    }
  });

  it('refuses an oversized file before parsing it', () => {
    const read = readRecord('report', ' '.repeat(21 * 1024 * 1024));
    expect(!read.ok && read.error.code).toBe('too-large');
  });

  it('refuses a file nested deeper than any record without parsing it', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(jsonDepth(deep)).toBeGreaterThan(MAX_DEPTH);
    expect(jsonDepth('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')).toBe(1);
    const read = readRecord('report', deep);
    expect(!read.ok && read.error.code).toBe('too-deep');
  });

  it('recognises a file of another kind and says which', () => {
    const asReport = readRecord('report', JSON.stringify(exam));
    expect(!asReport.ok && [asReport.error.code, asReport.error.found]).toEqual(['wrong-kind', 'exam']);
    const asExam = readRecord('exam', report);
    expect(!asExam.ok && [asExam.error.code, asExam.error.found]).toEqual(['wrong-kind', 'report']);
    const unknown = readRecord('report', '{"format":"something-else"}');
    expect(!unknown.ok && [unknown.error.code, unknown.error.found]).toEqual(['wrong-kind', undefined]);
  });

  it('refuses a newer version with the version named', () => {
    const read = readRecord('report', JSON.stringify({ ...JSON.parse(report), version: 7 }));
    expect(!read.ok && [read.error.code, read.error.version]).toEqual(['newer-version', 7]);
  });

  it('names the fields that are wrong, at most twenty', () => {
    const data = JSON.parse(report);
    data.seed = -1;
    data.scores.speed = 'fast';
    const read = readRecord('report', JSON.stringify(data), 'r.json');
    expect(!read.ok && read.error.code).toBe('invalid');
    if (!read.ok) expect(read.error.details.join('\n')).toMatch(/r\.json: seed[\s\S]*r\.json: scores\.speed/);
    const junk = readRecord('report', JSON.stringify({ format: 'frontline-report', version: REPORT_VERSION }));
    expect(!junk.ok && junk.error.details.length).toBeLessThanOrEqual(20);
  });

  it('migrates an unversioned progress and exam in progress (0.2.0 saves)', () => {
    const progress = readRecord('progress', JSON.stringify({ 'first-shift': { best: 72, plays: 3 } }));
    expect(progress.ok && progress.value).toEqual({ version: 1, scenarios: { 'first-shift': { best: 72, plays: 3 } } });
    const run = { exam, candidate: {}, startedAt: null, index: 0, scenarioStartedAt: null, reports: [], finishedAt: null };
    const read = readRecord('exam-run', JSON.stringify(run));
    expect(read.ok && read.value.version).toBe(2);
    expect(read.ok && read.value.exam.version).toBe(2);
  });

  it('reads an exam and an exam report of version 1 (0.2–0.5) as version 2, with no review and no group question', () => {
    const old = readRecord('exam', JSON.stringify(exam));
    expect(old.ok && { version: old.value.version, review: old.value.review, group: old.value.group }).toEqual({
      version: 2,
      review: false,
      group: undefined,
    });
    const report = {
      format: 'frontline-exam-report',
      version: 1,
      exam,
      candidate: {},
      startedAt: new Date(0).toISOString(),
      finishedAt: new Date(0).toISOString(),
      reports: [{}],
      overall: 0,
      passed: false,
    };
    const read = readRecord('exam-report', JSON.stringify(report));
    expect(read.ok && [read.value.version, read.value.exam.version]).toEqual([2, 2]);
    expect(readRecord('exam', JSON.stringify({ ...exam, version: 3 })).ok).toBe(false);
  });
});

describe('the store reads every key through its record', () => {
  it('sets aside a damaged exam save and starts, telling the player', () => {
    const storage = memoryStorage();
    storage.setItem('frontline.exam', '{"exam":null,"reports":[]}');
    storage.setItem('frontline.progress', JSON.stringify({ 'first-shift': { best: 80, plays: 1 } }));
    const store = createGameStore({ scenarios: [], storage, defaultLocale: 'en', newSeed: () => 1 });
    expect(store.getState().exam).toBeNull();
    expect(store.getState().progress).toEqual({ 'first-shift': { best: 80, plays: 1 } });
    expect(store.getState().notice?.code).toBe('notice.saveSetAside');
    expect(storage.getItem('frontline.exam.corrupt')).toBe('{"exam":null,"reports":[]}');
  });
});
