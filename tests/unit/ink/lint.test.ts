import { describe, expect, it } from 'vitest';
import { lintInk, splitTags } from '../../../src/narrative/lint';
import { fixtureLibrary } from '../../support/helpers';
import { loadScenario, loadCharters } from '../../../tools/scenarios/load';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { FIXTURES } from '../../support/helpers';

const ctx = { personas: new Set(['lea']), rules: new Set(['no-blame']) };

describe('splitTags', () => {
  it.each([
    ['Broken after 2 days \\#fail', 0],
    ['Text #post: p1 #from: lea', 2],
    ['* [Reply #post: p1 #action: reply] then', 2],
  ])('%s has %i tags', (line, count) => expect(splitTags(line).tags).toHaveLength(count));
});

describe('lintInk', () => {
  it('flags an unescaped hashtag with its line', () => {
    const problems = lintInk('x.ink', 'Fine line\nBroken after 2 days #fail\n', ctx);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.ink', line: 2 });
    expect(problems[0]?.message).toContain('write "\\#fail"');
  });

  it('accepts escaped hashtags and well-formed tags', () => {
    expect(lintInk('x.ink', '# from: lea\nBroken \\#fail \\#sad\n* [Sorry #post: p1 #breaks: no-blame]\n', ctx)).toEqual([]);
  });

  it('ignores hashes in comments', () => {
    expect(lintInk('x.ink', '// TODO #later\n/* #block\n#x */\nText\n', ctx)).toEqual([]);
  });

  it.each([
    ['# from: zoe', 'unknown persona "zoe"'],
    ['# breaks: no-swearing', 'unknown charter rule "no-swearing"'],
    ['# on: myspace', 'is not one of'],
    ['# colour: red', 'unknown tag "colour"'],
  ])('reports %s', (line, message) => {
    const problems = lintInk('x.ink', `${line}\nText\n`, ctx);
    expect(problems[0]?.message).toContain(message);
    expect(problems[0]?.line).toBe(1);
  });
});

describe('loadScenario', () => {
  it('loads the fixture library without problems', () => {
    const lib = fixtureLibrary();
    expect(lib.scenarios.map((s) => s.manifest.id)).toEqual(['mini']);
    expect(Object.keys(lib.scenarios[0]!.stories)).toEqual(['fr', 'en']);
  });

  function brokenCopy(edit: (dir: string) => void): string[] {
    const root = mkdtempSync(join(tmpdir(), 'frontline-'));
    cpSync(FIXTURES, root, { recursive: true });
    edit(join(root, 'mini'));
    const problems: string[] = [];
    const charters = loadCharters(join(root, 'charters'), problems);
    loadScenario(join(root, 'mini'), charters, problems);
    return problems;
  }

  it('names the file and line of an Ink compile error', () => {
    const problems = brokenCopy((dir) => writeFileSync(join(dir, 'mini.fr.ink'), 'Hello\n* [a] -> nowhere\n'));
    expect(problems.join('\n')).toMatch(/mini\.fr\.ink:2: error: .*nowhere/);
  });

  it('names the field of a bad manifest', () => {
    const problems = brokenCopy((dir) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ id: 'mini', version: 1 })));
    expect(problems.join('\n')).toMatch(/manifest\.json: charter/);
  });

  it('refuses a manifest that is not JSON', () => {
    const problems = brokenCopy((dir) => writeFileSync(join(dir, 'manifest.json'), '{ oops'));
    expect(problems.join('\n')).toMatch(/manifest\.json: not valid JSON/);
  });

  it('refuses a missing locale', () => {
    const problems = brokenCopy((dir) => rmSync(join(dir, 'mini.en.ink')));
    expect(problems.join('\n')).toMatch(/mini\.en\.ink: missing \(every scenario needs fr and en\)/);
  });

  it('refuses an unknown charter', () => {
    const problems = brokenCopy((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, charter: 'nobody' }));
    });
    expect(problems.join('\n')).toMatch(/charter "nobody" not found/);
  });

  it('names the line of an unknown persona', () => {
    const problems = brokenCopy((dir) =>
      writeFileSync(
        join(dir, 'mini.fr.ink'),
        '# post: p1\n# from: ghost\n# on: microblog\n# kind: info\n# mood: happy\nHi\n# end: x\nBye\n-> END\n',
      ),
    );
    expect(problems.join('\n')).toMatch(/mini\.fr\.ink:2: error: tag "from": unknown persona "ghost"/);
  });
});
