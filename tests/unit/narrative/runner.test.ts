import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../../src/narrative';
import { compileInk } from '../../../tools/ink/compile';
import { compileFixture } from '../../support/helpers';
import { Compiler } from 'inkjs/compiler/Compiler';

const inline = (source: string) => new Compiler(source).Compile().ToJson() as string;

describe('StoryRunner', () => {
  it('turns tagged lines into posts and memos, keeping escaped hashtags in the text', () => {
    const runner = new StoryRunner(compileFixture('mini/mini.fr.ink'));
    const step = runner.continue();
    expect(step.warnings).toEqual([]);
    expect(step.events[0]).toEqual({
      type: 'post',
      post: {
        id: 'p1',
        from: 'ana',
        channel: 'microblog',
        kind: 'complaint',
        mood: 'angry',
        text: 'Mon colis est arrivé cassé #déçue',
        after: 60,
        deadline: 1200,
        hint: 'Pensez à la charte : aucune donnée personnelle en public.',
      },
    });
    expect(step.events[1]).toEqual({ type: 'memo', from: 'after-sales', text: 'Le SAV est prévenu.', after: 120 });
    expect(step.options.map((o) => [o.postId, o.action, o.judgement, o.hidden])).toEqual([
      ['p1', 'dm', 'best', false],
      ['p1', 'reply', 'bad', false],
      ['p1', 'ignore', 'bad', true],
    ]);
    expect(step.options[0]?.intents).toEqual(['apologise', 'move-to-dm']);
    expect(step.options[1]?.breaks).toEqual(['no-blame']);
  });

  it('follows choices to an ending', () => {
    const runner = new StoryRunner(compileFixture('mini/mini.en.ink'));
    runner.continue();
    const afterDm = runner.choose(0);
    expect(afterDm.events[0]).toMatchObject({ type: 'post', post: { id: 'p2', kind: 'abuse' } });
    const end = runner.choose(afterDm.options.find((o) => o.action === 'hide')!.index);
    expect(end.ended).toBe(true);
    expect(end.events).toEqual([{ type: 'end', ending: 'calm', text: 'Things calm down.', after: 300 }]);
  });

  it('saves and restores its state', () => {
    const runner = new StoryRunner(compileFixture('mini/mini.en.ink'));
    runner.continue();
    const saved = runner.saveState();
    const a = runner.choose(1);
    const other = new StoryRunner(compileFixture('mini/mini.en.ink'));
    other.loadState(saved);
    expect(other.choose(1)).toEqual(a);
  });

  it('turns unknown or malformed tags into warnings and still runs', () => {
    const runner = new StoryRunner(inline('Hello #colour: red #after: soon\n-> END'));
    const step = runner.continue();
    expect(step.events[0]).toMatchObject({ type: 'narration', text: 'Hello', after: 0 });
    expect(step.warnings.join('\n')).toMatch(/unknown tag "colour"[\s\S]*not a duration/);
    expect(step.ended).toBe(true);
  });

  it('warns about a post missing required tags and a story without an end tag', () => {
    const step = new StoryRunner(inline('# post: x\nA post with no author\n-> END')).continue();
    expect(step.warnings.join('\n')).toMatch(/missing tag "from"[\s\S]*ended without an "end" tag/);
    expect(step.events.at(-1)).toMatchObject({ type: 'end', ending: 'unnamed' });
  });

  it('rejects a choice index that is not offered', () => {
    const runner = new StoryRunner(compileFixture('mini/mini.en.ink'));
    runner.continue();
    expect(runner.choose(42).warnings).toEqual(['no choice with index 42']);
  });

  it('reports compile errors with file and line', () => {
    const result = compileInk('/nonexistent/story.ink', () => '== k ==\n-> nowhere\n');
    expect(result.json).toBeNull();
    expect(result.problems[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(result.problems[0]?.message).toContain('nowhere');
  });
});

describe('reply variables', () => {
  it('sets a declared variable and leaves undeclared ones alone', () => {
    const runner = new StoryRunner(inline('VAR reply_tone = ""\n* [a] {reply_tone}\n-> END'));
    runner.continue();
    expect(runner.setVariable('reply_tone', 'aggressive')).toBe(true);
    expect(runner.setVariable('reply_intents', 'x')).toBe(false);
    expect(runner.choose(0).events[0]).toMatchObject({ type: 'narration', text: 'aggressive' });
  });
});
