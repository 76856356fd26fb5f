import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session';
import { buildReport } from '../../../src/engine/build-report';
import { readRecord } from '../../../src/records/read';
import { REPORT_VERSION } from '../../../src/records/session-report';
import { verifyReport } from '../../../src/engine/replay';
import { fixtureLibrary } from '../../support/helpers';

const mini = fixtureLibrary().scenarios[0]!;
const scenario = { manifest: mini.manifest, charter: mini.charter, story: mini.stories.en };
const meta = { app: 'test', mode: 'training' as const, startedAt: '2026-11-23T10:00:00Z', finishedAt: '2026-11-23T10:05:00Z' };

/** Plays like the desk does: many small frames, a hint, free text and an option. */
function playLive(): Session {
  let real = 1_000;
  const s = new Session({ ...scenario, locale: 'en', seed: 5, realClock: () => real });
  const frame = () => {
    real += 16;
    s.advance(s.now + (16 / 1000) * 30 * 3.7);
  };
  while (!s.feed.some((p) => p.id === 'p1')) frame();
  for (let i = 0; i < 40; i++) frame();
  s.useHint('p1');
  s.write('p1', 'So sorry Ana! Please send us a private message with your order number.', { action: 'dm' });
  while (!s.feed.some((p) => p.id === 'p2')) frame();
  s.choose('p2', s.visibleOptions('p2').find((o) => o.action === 'reply')!.index);
  while (!s.ended) frame();
  return s;
}

describe('session report', () => {
  const live = playLive();
  const report = buildReport(live, meta);
  const json = JSON.stringify(report);

  it('holds everything needed to replay, with game and real times', () => {
    expect(report).toMatchObject({
      format: 'frontline-report',
      version: REPORT_VERSION,
      scenario: { id: 'mini', version: 1 },
      locale: 'en',
      seed: 5,
      hints: 1,
    });
    expect(report.log.map((e) => e.type)).toEqual(['start', 'hint', 'free', 'option', 'end']);
    expect(report.log.every((e) => e.at >= 1_000)).toBe(true);
    expect(report.decisions[0]?.analysis?.tone).toBe('empathetic');
  });

  it('verifies: the replay gives the same scores, decisions and ending', () => {
    const read = readRecord('report', json);
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    const result = verifyReport(read.value, scenario);
    expect(result.mismatches).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.replayed.scores).toEqual(report.scores);
  });

  it('says first, and plainly, when a written reply reads differently than in the report', () => {
    const edited = JSON.parse(json);
    const free = edited.log.find((e: { type: string }) => e.type === 'free');
    free.analysis = { ...free.analysis, tone: 'aggressive', violations: [{ kind: 'aggression', excerpt: 'Ana' }] };
    const read = readRecord('report', JSON.stringify(edited));
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    const result = verifyReport(read.value, scenario);
    expect(result.ok).toBe(false);
    expect(result.mismatches[0]).toMatch(
      /^log\[2\]: the written reply on post "p1" reads tone aggressive, diplomacy \d+, breaches \[aggression\] in the report, but tone empathetic, diplomacy \d+, breaches \[\] in this version of the game: the report was made with another version \(Frontline test\) or edited$/,
    );
  });

  it('refuses a report whose recorded analysis is malformed, naming the field', () => {
    const edited = JSON.parse(json);
    edited.log.find((e: { type: string }) => e.type === 'free').analysis = { tone: 'furious' };
    const read = readRecord('report', JSON.stringify(edited));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.details.join('\n')).toMatch(/log\.2\.analysis\.tone: .*"furious"/);
  });

  it('detects a score edited by hand', () => {
    const edited = JSON.parse(json);
    edited.scores.overall = Math.min(100, edited.scores.overall + 25);
    const read = readRecord('report', JSON.stringify(edited));
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    const result = verifyReport(read.value, scenario);
    expect(result.ok).toBe(false);
    expect(result.mismatches.join('\n')).toMatch(/scores\.overall: the report says \d+, the replay gives \d+/);
  });

  it('checks the hints and the ending text shown beside the verdict against the replay', () => {
    const edited = JSON.parse(json);
    edited.hints = 3;
    if (edited.ending) edited.ending.text = 'A glowing ending the player never reached.';
    const read = readRecord('report', JSON.stringify(edited));
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    const mismatches = verifyReport(read.value, scenario).mismatches.join('\n');
    expect(mismatches).toContain(`hints: the report says 3, the replay took ${JSON.parse(json).hints}`);
    if (edited.ending) expect(mismatches).toMatch(/ending\.text: the report's ending "[^"]+" does not read as the replay's/);
  });

  it('detects an edited decision', () => {
    const edited = JSON.parse(json);
    edited.decisions[1].judgement = 'best';
    const read = readRecord('report', JSON.stringify(edited));
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    expect(verifyReport(read.value, scenario).mismatches).toEqual([
      'decisions[1].judgement: the report says "best", the replay gives "bad"',
    ]);
  });

  it('detects edited charter breaches', () => {
    const edited = JSON.parse(json);
    const withBreach = edited.decisions.findIndex((d: { breaches: unknown[] }) => d.breaches.length > 0);
    expect(withBreach).toBeGreaterThanOrEqual(0);
    edited.decisions[withBreach].breaches = [];
    const read = readRecord('report', JSON.stringify(edited));
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    expect(verifyReport(read.value, scenario).mismatches.join('\n')).toMatch(
      /breaches: the report says \[\], the replay gives \[no-aggression\]/,
    );
  });

  it('detects an edited log: the replay takes another path', () => {
    const edited = JSON.parse(json);
    const option = edited.log.findIndex((e: { type: string }) => e.type === 'option');
    edited.log[option].index = 0;
    const read = readRecord('report', JSON.stringify(edited));
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    const result = verifyReport(read.value, scenario);
    expect(result.ok).toBe(false);
    expect(result.mismatches.join('\n')).toMatch(/ending "storm" not reached/);
  });

  it.each([
    ['not json', /not valid JSON/],
    ['{"format":"something-else"}', /format: is not "frontline-report"/],
    ['{"format":"frontline-report","version":9}', /version 9 is newer than this game reads/],
  ])('refuses a malformed report (%#) naming the problem', (text, message) => {
    const read = readRecord('report', text, 'upload.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.details.join('\n')).toMatch(message);
  });

  it('names the field of a malformed report', () => {
    const edited = JSON.parse(json);
    edited.scores.speed = 140;
    edited.seed = 'abc';
    const read = readRecord('report', JSON.stringify(edited), 'r.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.details.join('\n')).toMatch(/r\.json: seed[\s\S]*r\.json: scores\.speed/);
  });

  it.each([
    ['a string', 'no-aggression', /r\.json: decisions\.0\.breaches: is not a list of broken charter rules/],
    ['an object', { ruleId: 'no-aggression' }, /r\.json: decisions\.0\.breaches: is not a list of broken charter rules/],
    ['a list of strings', ['no-aggression'], /r\.json: decisions\.0\.breaches\.0: expected a broken rule, \{ "ruleId"/],
    ['a rule without an id', [{ rule: 'no-aggression' }], /r\.json: decisions\.0\.breaches\.0\.ruleId: expected a broken rule/],
    ['a rule whose id is a number', [{ ruleId: 3 }], /r\.json: decisions\.0\.breaches\.0\.ruleId: is not the id of a charter rule/],
  ])('refuses decisions whose breaches are %s, naming the field', (_, breaches, message) => {
    const edited = JSON.parse(json);
    edited.decisions[0].breaches = breaches;
    const read = readRecord('report', JSON.stringify(edited), 'r.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.details.join('\n')).toMatch(message);
  });

  it('still reads a report whose decisions list no breaches (an older report)', () => {
    const edited = JSON.parse(json);
    for (const d of edited.decisions) if (d.breaches.length === 0) delete d.breaches;
    const read = readRecord('report', JSON.stringify(edited), 'r.json');
    if (!read.ok) throw new Error(read.error.details.join('\n'));
    expect(verifyReport(read.value, scenario).mismatches).toEqual([]);
  });

  it('verifies a report that skipped readReport without throwing on its breaches', () => {
    const edited = JSON.parse(json);
    edited.decisions[0].breaches = 'no-aggression';
    let result: ReturnType<typeof verifyReport> | undefined;
    expect(() => {
      result = verifyReport(edited, scenario);
    }).not.toThrow();
    expect(result!.ok).toBe(false);
    expect(result!.mismatches).toContain('decisions[0].breaches: is not a list of broken charter rules');
  });

  it('refuses a report made with another version of the scenario', () => {
    const result = verifyReport({ ...report, scenario: { ...report.scenario, version: 2 } }, scenario);
    expect(result.mismatches[0]).toMatch(/made with version 2/);
  });

  it('charges hints against the overall score', () => {
    const again = playLive();
    const withHint = again.score().scores.overall;
    again.hints.clear();
    expect(again.score().scores.overall - withHint).toBe(3);
  });
});
