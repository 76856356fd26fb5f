import { describe, expect, it } from 'vitest';
import { canonicalJson, examFingerprint, recordHash, sha256Hex } from '../../../src/engine/fingerprint';
import type { Exam } from '../../../src/records/exam-file';

const exam: Exam = {
  format: 'frontline-exam',
  version: 2,
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
  accommodation: 1,
  review: false,
  variants: 'per-candidate',
};

describe('fingerprints', () => {
  it('SHA-256 gives the standard digest', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('the same content gives the same hash whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(recordHash({ b: 1, a: 2 })).toBe(recordHash({ a: 2, b: 1 }));
  });

  it('an exam’s fingerprint covers every setting, extra time included', () => {
    const fp = examFingerprint(exam);
    expect(fp).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(examFingerprint({ ...exam })).toBe(fp);
    for (const change of [{ passMark: 0 }, { minutesTotal: 600 }, { accommodation: 1.5 as const }, { review: true }]) {
      expect(examFingerprint({ ...exam, ...change })).not.toBe(fp);
    }
  });
});
