import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCustomScenario } from '../../../src/authoring/custom-scenario';
import { Session } from '../../../src/engine/session';
import { FIXTURES } from '../../support/helpers';

const file = (path: string) => ({ name: path.split('/').pop()!, text: readFileSync(join(FIXTURES, path), 'utf8') });

describe('a teacher’s own scenario', () => {
  it('plays from a lone .ink file, with personas taken from its tags and the default charter', async () => {
    const result = buildCustomScenario([file('mini/mini.fr.ink')], 'en');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { manifest, charter, loadStory } = result.entry;
    expect(manifest.personas.map((p) => p.id)).toEqual(['ana', 'bob']);
    expect(manifest.id).toMatch(/^custom-/);
    expect(charter.id).toBe('default');
    const story = await loadStory.en!();
    const s = new Session({ manifest, charter, story, locale: 'fr', seed: 1 });
    s.advance(60);
    expect(s.feed[0]?.text).toBe('Mon colis est arrivé cassé #déçue');
  });

  it('uses the manifest and charter loaded with it', () => {
    const result = buildCustomScenario([file('mini/mini.en.ink'), file('mini/manifest.json'), file('charters/mini-brand.json')], 'fr');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.entry.charter.id).toBe('mini-brand');
    expect(result.entry.manifest.title.en).toBe('Mini crisis');
  });

  it.each([
    [[{ name: 'a.ink', text: 'Hello\n* [a] -> nowhere\n' }], /a\.ink:2: error: .*nowhere/],
    [
      [{ name: 'a.ink', text: '# post: p1\n# from: ana\n# on: myspace\n# kind: info\n# mood: happy\nHi \\#ok #oops\n-> END\n' }],
      /a\.ink:3: error: tag "on"[\s\S]*a\.ink:6: error: unescaped "#oops"/,
    ],
    [
      [
        { name: 'a.ink', text: 'Hi\n-> END' },
        { name: 'manifest.json', text: '{"id": 3' },
      ],
      /manifest\.json: not valid JSON/,
    ],
    [
      [
        { name: 'a.ink', text: 'Hi\n-> END' },
        { name: 'charter.json', text: '{"rules": []}' },
      ],
      /charter\.json: .*id/,
    ],
    [[{ name: 'notes.txt', text: 'x' }], /notes\.txt: not an \.ink or \.json file/],
    [[{ name: 'a.ink', text: 'x'.repeat(1_000_001) }], /a\.ink: larger than 1 MB/],
    [
      [
        { name: 'a.ink', text: 'INCLUDE b.ink\n' },
        { name: 'b.ink', text: 'INCLUDE a.ink\n' },
      ],
      /which one is the story/,
    ],
    [[{ name: 'a.ink', text: 'INCLUDE missing.ink\nHi\n-> END' }], /missing\.ink/],
  ])('lists every problem with file and line (%#)', (files, message) => {
    const result = buildCustomScenario(files, 'fr');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });

  it('survives hostile input', () => {
    for (const text of [
      '\u0000\u202e<script>alert(1)</script>',
      '=== 🤡 ===\n'.repeat(500),
      '{'.repeat(10_000),
      '# from: \n'.repeat(1000),
    ]) {
      const result = buildCustomScenario([{ name: 'x.ink', text }], 'en');
      expect(typeof result.ok).toBe('boolean');
    }
  });
});
