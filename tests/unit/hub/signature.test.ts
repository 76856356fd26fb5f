/** Hub results signed with Ed25519 verify offline against the hub's public key; any change, or another hub's key, fails. */
import { describe, expect, it } from 'vitest';
import { hubKeyFrom, keyIdOf, normaliseKey, signHubResult, verifyHubResult } from '../../../src/engine/hub-signature';
import { HUB_RESULT_FORMAT, HUB_RESULT_VERSION } from '../../../src/records/hub-result';
import { anExam } from '../../support/hub';

const key = hubKeyFrom(new Uint8Array(32).fill(7));
const other = hubKeyFrom(new Uint8Array(32).fill(9));

const body = () => ({
  format: HUB_RESULT_FORMAT,
  version: HUB_RESULT_VERSION,
  attempt: {
    id: 'a1',
    number: 1,
    startedAt: '2026-12-01T09:00:00.000Z',
    finishedAt: '2026-12-01T09:20:00.000Z',
    events: 12,
    lateEvents: 0,
    maxGapMs: 0,
    problems: [],
  },
  report: {
    format: 'frontline-exam-report' as const,
    version: 2 as const,
    exam: anExam(),
    candidate: { name: 'Ada' },
    startedAt: '2026-12-01T09:00:00.000Z',
    finishedAt: '2026-12-01T09:20:00.000Z',
    reports: [{ any: 'session report' }],
    overall: 41,
    passed: false,
  },
});

describe('hub result signatures', () => {
  it('verify against the hub key, whatever the JSON layout', () => {
    const signed = signHubResult(body(), key);
    expect(signed.hub).toEqual({ keyId: keyIdOf(key.publicKey), publicKey: key.publicKey });
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    const relaid = reversed(signed);
    expect(JSON.stringify(relaid)).not.toBe(JSON.stringify(signed));
    expect(verifyHubResult(relaid, key.publicKey)).toMatchObject({ ok: true, trusted: true });
    // Pasted with spaces or in capitals, the key is the same.
    expect(verifyHubResult(signed, key.publicKey.toUpperCase().replace(/(.{8})/g, '$1 '))).toMatchObject({ ok: true, trusted: true });
  });

  it('fail once anything is changed', () => {
    const signed = signHubResult(body(), key);
    for (const tamper of [
      (r: typeof signed) => void (r.report.overall = 99),
      (r: typeof signed) => void (r.report.passed = true),
      (r: typeof signed) => void ((r.attempt.lateEvents = 0), (r.attempt.events = 13)),
      (r: typeof signed) => void (r.report.reports as unknown[]).push({}),
      (r: typeof signed) => void (r.report.exam.passMark = 10),
    ]) {
      const copy = structuredClone(signed);
      tamper(copy);
      expect(verifyHubResult(copy, key.publicKey)).toMatchObject({ ok: false, code: 'bad-signature' });
    }
  });

  it("refuse a result signed by another key than the hub's, even re-signed whole", () => {
    const forged = signHubResult({ ...body(), report: { ...body().report, overall: 100, passed: true } }, other);
    expect(verifyHubResult(forged, key.publicKey)).toMatchObject({ ok: false, code: 'other-hub' });
    // Without the hub's key, a good signature says only that the file is whole.
    expect(verifyHubResult(forged)).toMatchObject({ ok: true, trusted: false });
  });

  it('refuse what is not a hub result', () => {
    expect(verifyHubResult({ format: HUB_RESULT_FORMAT }, key.publicKey)).toMatchObject({ ok: false, code: 'unreadable' });
    expect(normaliseKey('not a key')).toBeNull();
  });
});
