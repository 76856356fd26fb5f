/**
 * File fuzz: malformed scenario manifests, charters and session reports — mutated from real ones,
 * cut, retyped, or random — always give a message (naming the file and, for JSON, the field),
 * never an exception. A report that does read is verified by replay without throwing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng';
import { validateCharter, validateManifest } from '../../../src/content/schema';
import { buildReport } from '../../../src/engine/build-report';
import { readRecord } from '../../../src/records/read';
import { verifyReport } from '../../../src/engine/replay';
import { checkReport } from '../../../src/pages/check';
import { Session } from '../../../src/engine/session';
import { fixtureLibrary } from '../../support/helpers';
import { corruptText, mutate } from '../../support/fuzz/mutate';

const CASES = Number(process.env.FUZZ_FILE_CASES ?? 400);
const ROOT = join(process.cwd(), 'scenarios');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const manifests = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'manifest.json')))
  .map((d) => ({ name: `${d.name}/manifest.json`, data: json(join(ROOT, d.name, 'manifest.json')) }));
const charters = readdirSync(join(ROOT, 'charters'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: `charters/${f}`, data: json(join(ROOT, 'charters', f)) }));

/** Parses like the game does: text first, then the schema; returns the messages or null when valid. */
function messages(
  validate: (d: unknown, source: string) => { ok: boolean; error?: string[] },
  text: string,
  source: string,
): string[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [`${source}: not valid JSON`];
  }
  const r = validate(data, source);
  return r.ok ? null : (r.error ?? []);
}

function expectMessages(list: string[] | null, source: string, where: string): void {
  if (list === null) return;
  expect(list.length, where).toBeGreaterThan(0);
  for (const m of list) {
    expect(typeof m, where).toBe('string');
    expect(m.startsWith(`${source}:`), `${where}: "${m}"`).toBe(true);
  }
}

describe('malformed scenario files', () => {
  it('the shipped manifests and charters are valid to start with', () => {
    for (const m of manifests) expect(validateManifest(m.data, m.name).ok, m.name).toBe(true);
    for (const c of charters) expect(validateCharter(c.data, c.name).ok, c.name).toBe(true);
  });

  for (const [kind, files, validate] of [
    ['manifest', manifests, validateManifest],
    ['charter', charters, validateCharter],
  ] as const) {
    it(`${CASES} corrupted ${kind}s give messages, never exceptions`, () => {
      const rng = createRng(`files:${kind}`);
      let refused = 0;
      for (let i = 0; i < CASES; i++) {
        const file = files[i % files.length]!;
        const text = corruptText(file.data, rng);
        const where = `${file.name} case ${i}: ${JSON.stringify(text.slice(0, 100))}`;
        let list: string[] | null = null;
        expect(() => {
          list = messages(validate, text, file.name);
        }, where).not.toThrow();
        expectMessages(list, file.name, where);
        if (list) refused++;
      }
      console.log(`[fuzz] ${kind}s: ${CASES} corrupted files, ${refused} refused with a message, ${CASES - refused} still valid`);
      expect(refused).toBeGreaterThan(CASES / 2);
    });

    it(`random values as ${kind}s give messages (fast-check)`, () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (data) => {
          const r = validate(data, 'random.json');
          expect(r.ok).toBe(false);
          if (!r.ok) expectMessages(r.error, 'random.json', 'random');
        }),
        { numRuns: CASES, seed: 20_26 },
      );
    });
  }
});

describe('malformed session reports', () => {
  const lib = fixtureLibrary();
  const scenario = lib.scenarios[0]!;
  const story = { manifest: scenario.manifest, charter: scenario.charter, story: scenario.stories.en };
  const session = new Session({ ...story, locale: 'en', seed: 5, realClock: () => 1_700_000_000_000 });
  while (!session.ended) {
    const open = session.feed.find((p) => p.state === 'open');
    if (open) session.write(open.id, 'Sorry Ana, please send us a private message with your order number.');
    else session.advance(session.nextEventAt() ?? session.now + 600);
  }
  const report = buildReport(session, {
    app: 'fuzz',
    mode: 'training',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:10:00.000Z',
  });

  it('a real report reads and verifies', () => {
    const r = readRecord('report', JSON.stringify(report), 'report.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(verifyReport(r.value, story).ok).toBe(true);
  });

  it(`${CASES} corrupted reports give messages, never exceptions, on read and on the verifier's whole check`, async () => {
    const rng = createRng('files:report');
    const lookup = async (id: string) => (id === story.manifest.id ? story : null);
    const statuses: Record<string, number> = {};
    let refusedOnRead = 0;
    let verifyThrew = 0;
    for (let i = 0; i < CASES; i++) {
      // Game times stay below a day: far beyond that, replaying the community freezes (see storage.test.ts).
      const text = corruptText(report, rng, { capped: { fields: new Set(['t', 'clock', 'at']), max: 86_400 } });
      const where = `report case ${i}: ${JSON.stringify(text.slice(0, 100))}`;
      let r: ReturnType<typeof readRecord<'report'>> | undefined;
      expect(() => {
        r = readRecord('report', text, 'report.json');
      }, where).not.toThrow();
      if (!r!.ok) {
        refusedOnRead++;
        expectMessages(r!.error.details, 'report.json', where);
      } else {
        try {
          verifyReport(r!.value, story);
        } catch {
          verifyThrew++;
        }
      }
      // What the verifier page and the dashboard run: never throws, every outcome in words.
      const result = await checkReport('report.json', text, lookup).catch((e: Error) => {
        throw new Error(`${where}: checkReport rejected: ${e.message}`);
      });
      statuses[result.status === 'verified' ? 'verified' : `${result.status}:${result.code}`] =
        (statuses[`${result.status === 'verified' ? 'verified' : `${result.status}:${result.code}`}`] ?? 0) + 1;
      if (result.status === 'refused') expectMessages(result.errors, 'report.json', where);
      if (result.status === 'failed') {
        expect(result.mismatches.length, where).toBeGreaterThan(0);
        for (const m of result.mismatches) expect(typeof m, where).toBe('string');
      }
    }
    console.log(
      `[fuzz] reports: ${CASES} corrupted files — readReport refused ${refusedOnRead} with a message; checkReport: ${Object.entries(
        statuses,
      )
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}` + (verifyThrew ? `; verifyReport alone threw on ${verifyThrew} (caught by checkReport as replay-error)` : ''),
    );
    expect(refusedOnRead).toBeGreaterThan(CASES / 2);
  });

  it('random text as a report gives a message (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const r = readRecord('report', text, 'r.json');
          expect(r.ok).toBe(false);
          if (!r.ok) expectMessages(r.error.details, 'r.json', text.slice(0, 50));
        },
      ),
      { numRuns: CASES, seed: 7 },
    );
  });

  // Once a bug (fixed: game times are capped at 48 h by the report schema): a log entry's t was
  // only checked to be finite, and the replay runs the community up to it minute by minute, so one
  // entry at t = 1e12 before the story ends freezes the verifier page (and the dashboard). Run in a
  // child process so the hang can be cut.
  it('checks a report with an absurd game time within 10 s', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/fuzz/restore-probe.ts', 'report', '1e12'], {
      timeout: 10_000,
      encoding: 'utf8',
    });
    expect(r.error, r.stderr).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
  }, 60_000);

  it('a mutated report never verifies as the original when it changed what counts', () => {
    const rng = createRng('files:report-tamper');
    for (let i = 0; i < 50; i++) {
      const tampered = mutate(report, rng, { capped: { fields: new Set(['t', 'clock', 'at']), max: 86_400 } }) as unknown as typeof report;
      const r = readRecord('report', JSON.stringify(tampered), 'report.json');
      if (!r.ok) continue;
      const v = verifyReport(r.value, story);
      // Scores changed by hand never verify.
      if (JSON.stringify(r.value.scores) !== JSON.stringify(report.scores)) expect(v.ok, JSON.stringify(r.value.scores)).toBe(false);
    }
  });
});
