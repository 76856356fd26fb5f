import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/records/session-report';
import { loadCharters, loadScenario } from '../../../tools/scenarios/load';
import { run } from '../../../tools/verify-report';
import { FIXTURES, fixtureLibrary } from '../../support/helpers';
import { scriptedReport } from '../../support/reports';

const dir = mkdtempSync(join(tmpdir(), 'frontline-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, content: Report | string): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tamper = (report: Report, change: (r: Report) => void): Report => {
  const copy = structuredClone(report);
  change(copy);
  return copy;
};

describe('verify-report on the fixture scenario', () => {
  const mini = fixtureLibrary().scenarios[0]!;
  const genuine = scriptedReport(mini, { locale: 'en', seed: 5, strategy: 'best', candidate: { name: 'Ana' } });
  const poor = scriptedReport(mini, { locale: 'fr', seed: 9, strategy: 'worst' });

  it('verifies genuine reports and prints scenario, locale, seed and overall score', async () => {
    const r = await cli('--scenarios', FIXTURES, save('a.json', genuine), save('b.json', poor));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`a.json: verified: mini en seed 5, overall ${genuine.scores.overall}/100`);
    expect(r.out).toContain(`b.json: verified: mini fr seed 9, overall ${poor.scores.overall}/100`);
    expect(genuine.scores.overall).not.toBe(poor.scores.overall);
    expect(r.out).toMatch(/2 file\(s\): 2 verified, 0 not verified, 0 refused$/);
  });

  it('fails a report whose score was edited by hand, naming the score and both values', async () => {
    const edited = tamper(genuine, (r) => {
      r.scores.judgement = r.scores.judgement === 100 ? 40 : 100;
    });
    const r = await cli('--scenarios', FIXTURES, save('good.json', genuine), save('edited.json', edited));
    expect(r.code).toBe(1);
    expect(r.out).toContain('good.json: verified: mini en seed 5');
    expect(r.out).toContain('edited.json: NOT VERIFIED: mini en seed 5, 1 mismatch(es):');
    expect(r.out).toContain(
      `  - scores.judgement: the report says ${edited.scores.judgement}, the replay gives ${genuine.scores.judgement}`,
    );
  });

  it('fails a malformed file with a message naming the field, and a file that is not JSON', async () => {
    const broken = tamper(genuine, (r) => {
      (r as unknown as Record<string, unknown>).seed = 'forty-two';
      r.scores.speed = 140;
    });
    const r = await cli(
      '--scenarios',
      FIXTURES,
      save('broken.json', broken),
      save('junk.json', '<html>not a report'),
      save('ok.json', genuine),
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.json: REFUSED[^\n]*\n {2}- [^\n]*broken\.json: seed: [^\n]*\n {2}- [^\n]*broken\.json: scores\.speed: /);
    expect(r.out).toMatch(/junk\.json: REFUSED[^\n]*\n {2}- [^\n]*junk\.json: not valid JSON/);
    expect(r.out).toContain('ok.json: verified');
    expect(r.out).toMatch(/3 file\(s\): 1 verified, 0 not verified, 2 refused$/);
  });

  it('fails a report for a scenario the library does not have, and a missing file', async () => {
    const other = tamper(genuine, (r) => {
      r.scenario.id = '../../etc';
    });
    const r = await cli('--scenarios', FIXTURES, save('other.json', other), join(dir, 'absent.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('scenario.id: "../../etc" (en) is not in this game\'s scenario library');
    expect(r.out).toContain('absent.json: REFUSED: cannot read the file (ENOENT)');
  });

  it('checks each session report inside an exam report', async () => {
    const exam = (reports: unknown) => ({
      format: 'frontline-exam-report',
      version: 1,
      exam: { id: 'e1', title: 'Exam' },
      candidate: { name: 'Ana' },
      reports,
    });
    const edited = tamper(poor, (r) => {
      r.scores.charter = r.scores.charter === 0 ? 1 : 0;
    });
    const r = await cli(
      '--scenarios',
      FIXTURES,
      save('exam.json', JSON.stringify(exam([genuine, edited]))),
      save('empty-exam.json', JSON.stringify(exam([]))),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain(`exam.json › 1: verified: mini en seed 5, overall ${genuine.scores.overall}/100`);
    expect(r.out).toContain('exam.json › 2: NOT VERIFIED: mini fr seed 9, 1 mismatch(es):');
    expect(r.out).toMatch(/empty-exam\.json: REFUSED[^\n]*\n {2}- [^\n]*reports: an exam report holds a list of 1 to 100 session reports/);
    expect(r.out).toMatch(/2 file\(s\), 3 report\(s\): 1 verified, 1 not verified, 1 refused$/);
    // (Whether the exam itself holds together — seeds, order, limits — is the exam check's business.)
    const good = await cli('--scenarios', FIXTURES, save('exam-ok.json', JSON.stringify(exam([genuine, poor]))));
    expect(good.out).toContain('exam-ok.json › 1: verified: mini en seed 5');
    expect(good.out).toContain('exam-ok.json › 2: verified: mini fr seed 9');
  });

  it('judges each file on its own: a text nested 10,000 deep is refused and the batch goes on', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const deepExam = `{"format":"frontline-exam-report","version":1,"reports":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const t0 = performance.now();
    const r = await cli(
      '--scenarios',
      FIXTURES,
      save('first.json', genuine),
      save('deep.json', deep),
      save('deep-exam.json', deepExam),
      save('deep-object.json', deepObject),
      save('last.json', poor),
    );
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.out).toContain('first.json: verified: mini en seed 5');
    expect(r.out).toContain('last.json: verified: mini fr seed 9');
    for (const name of ['deep.json', 'deep-exam.json', 'deep-object.json'])
      expect(r.out).toMatch(
        new RegExp(
          `${name.replace('.', '\\.')}: REFUSED[^\\n]*\\n {2}- [^\\n]*${name.replace('.', '\\.')}: nested more than 64 levels deep`,
        ),
      );
    expect(r.out).toMatch(/5 file\(s\): 2 verified, 0 not verified, 3 refused$/);
  });

  it('goes on with the batch when a report’s story loops forever on replay', async () => {
    const root = mkdtempSync(join(tmpdir(), 'frontline-loop-'));
    cpSync(FIXTURES, root, { recursive: true });
    mkdirSync(join(root, 'loopy'));
    writeFileSync(join(root, 'loopy', 'manifest.json'), JSON.stringify({ ...mini.manifest, id: 'loopy' }));
    // Answers p1 like mini, then goes round in circles without writing anything.
    for (const locale of ['fr', 'en']) cpSync(join(FIXTURES, 'broken', 'loop.ink'), join(root, 'loopy', `loopy.${locale}.ink`));
    const looping = tamper(genuine, (r) => {
      r.scenario.id = 'loopy';
      const start = r.log[0];
      if (start?.type === 'start') start.scenario = 'loopy';
    });
    try {
      const r = await cli('--scenarios', root, save('loopy.json', looping), save('after.json', genuine));
      expect(r.out).toContain(
        'loopy.json: NOT VERIFIED: loopy en seed 5, 1 mismatch(es):\n  - the replay stopped with an error: the story goes round in circles in the knot "spin"',
      );
      expect(r.out).toContain('after.json: verified: mini en seed 5');
      expect(r.out).toMatch(/2 file\(s\): 1 verified, 1 not verified, 0 refused$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lists at most 50 mismatches of a report, then how many more', async () => {
    // 3,000 answers to a post that does not exist: each one a mismatch on replay.
    const flood = tamper(genuine, (r) => {
      const end = r.log.length - 1;
      const last = r.log[end]!;
      const bogus = Array.from({ length: 3_000 }, (_, i) => ({
        type: 'option' as const,
        postId: `nope-${i}`,
        index: 0,
        text: '',
        t: last.t,
        at: last.at,
      }));
      r.log.splice(end, 0, ...bogus);
    });
    const r = await cli('--scenarios', FIXTURES, save('flood.json', flood));
    const lines = r.out.split('\n').filter((l) => l.startsWith('  - '));
    expect(lines.length).toBeLessThanOrEqual(51);
    expect(r.out).toMatch(/flood\.json: NOT VERIFIED: mini en seed 5, 300\d mismatch\(es\):/);
    expect(lines.at(-1)).toMatch(/^ {2}- … and \d+ more$/);
  });

  it('prints its usage and exits 2 without files', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: npm run verify-report/);
  });
});

describe('verify-report on a shipped scenario', () => {
  const root = join(__dirname, '..', '..', '..', 'scenarios');
  const problems: string[] = [];
  const firstShift = loadScenario(join(root, 'first-shift'), loadCharters(join(root, 'charters'), problems), problems);
  if (!firstShift) throw new Error(problems.join('\n'));

  it('verifies a genuine first-shift report and refuses a tampered one', async () => {
    const genuine = scriptedReport(firstShift, { locale: 'fr', seed: 42, strategy: 'last', candidate: { name: 'Léa' } });
    const edited = tamper(genuine, (r) => {
      r.scores.overall = Math.min(100, r.scores.overall + 20);
    });
    const good = save('first-shift.json', genuine);
    const ok = await cli(good);
    expect(ok.out).toContain(`first-shift.json: verified: first-shift fr seed 42, overall ${genuine.scores.overall}/100`);
    expect(ok.code).toBe(0);
    // The same through the command line, as `npm run verify-report` runs it.
    const tsx = join(__dirname, '..', '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const bad = spawnSync(process.execPath, [tsx, 'tools/verify-report.ts', good, save('edited.json', edited)], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(bad.stdout).toContain(`first-shift.json: verified: first-shift fr seed 42, overall ${genuine.scores.overall}/100`);
    expect(bad.stdout).toContain(`scores.overall: the report says ${edited.scores.overall}, the replay gives ${genuine.scores.overall}`);
    expect(bad.status).toBe(1);
  }, 120_000);
});
