import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../../src/narrative';
import { STORY_BUDGET, StoryLoopError, knotOf } from '../../../src/narrative/runner';
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

  it('reads a forum post’s thread title and member rank, and warns when they are set on another channel', () => {
    const forum = new StoryRunner(
      inline(
        '# post: f1\n# from: ana\n# on: forum\n# kind: question\n# mood: worried\n# thread: Plan abroad?\n# rank: Regular\nWill it work?\n-> END',
      ),
    ).continue();
    expect(forum.events[0]).toMatchObject({ type: 'post', post: { channel: 'forum', thread: 'Plan abroad?', rank: 'Regular' } });
    expect(forum.warnings.join('\n')).not.toMatch(/thread|rank/);
    const elsewhere = new StoryRunner(
      inline(
        '# post: m1\n# from: ana\n# on: microblog\n# kind: question\n# mood: worried\n# thread: Plan abroad?\n# rank: Regular\nWill it work?\n-> END',
      ),
    ).continue();
    expect(elsewhere.warnings).toContain('post m1: tag "thread" is for forum posts, not a post on microblog');
    expect(elsewhere.warnings).toContain('post m1: tag "rank" is for forum posts, not a post on microblog');
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

describe('step budget', () => {
  /** Runs `f`, expecting a StoryLoopError; returns it with the milliseconds it took. */
  const stopped = (f: () => unknown): { error: StoryLoopError; ms: number } => {
    const t0 = performance.now();
    try {
      f();
    } catch (error) {
      if (error instanceof StoryLoopError) return { error, ms: performance.now() - t0 };
      throw error;
    }
    throw new Error('the story was not stopped');
  };

  it('stops a story that loops without output once the player answers, naming the knot', () => {
    const runner = new StoryRunner(compileFixture('broken/loop.ink'));
    const first = runner.continue();
    expect(first.events[0]).toMatchObject({ type: 'post', post: { id: 'p1' } });
    const { error, ms } = stopped(() => runner.choose(0));
    expect(error).toMatchObject({ reason: 'no-output', knot: 'spin' });
    expect(error.message).toBe(
      'the story goes round in circles in the knot "spin": 100,000 steps without a line to show, a choice or an ending, so it was stopped',
    );
    expect(ms).toBeLessThan(5_000); // ~0.1–0.3 s here
    // Its state is left mid-step: every later call says why, rather than running on from there.
    expect(() => runner.continue()).toThrow(StoryLoopError);
    expect(() => runner.choose(0)).toThrow(/knot "spin"/);
  });

  it('stops a story that loops from its first line, and one whose text piles up without a line ending', () => {
    expect(stopped(() => new StoryRunner(inline('Start.\n-> spin\n=== spin ===\n-> spin\n')).continue()).error).toMatchObject({
      reason: 'no-output',
      knot: 'spin',
    });
    const spaces = '-> pile\n=== pile ===\n~ temp n = 0\n- (again)\n~ n = n + 1\n{ n < 1000000: -> again }\nLine.\n-> END\n';
    const { error, ms } = stopped(() => new StoryRunner(inline(spaces)).continue());
    expect(error).toMatchObject({ reason: 'piling-text', knot: 'pile' });
    expect(ms).toBeLessThan(5_000);
  });

  it('leaves the budgets far above what the shipped scenarios use', () => {
    // Measured on random walks of all 15 scenarios: 568 steps for one line at most, 942 steps and
    // 15,710 pieces of text from one choice to the next (`npm run scenarios:check` walks them all).
    expect(STORY_BUDGET.quietSteps).toBeGreaterThanOrEqual(100 * 568);
    expect(STORY_BUDGET.stepsPerChoice).toBeGreaterThanOrEqual(100 * 942);
    expect(STORY_BUDGET.rescansPerChoice).toBeGreaterThanOrEqual(100 * 15_710);
  });

  it('names knots and stitches from inkjs paths', () => {
    expect(knotOf('spin.0.3')).toBe('spin');
    expect(knotOf('shift.late.2')).toBe('shift.late');
    expect(knotOf('0.c-1')).toBe('');
    expect(knotOf(null)).toBe('');
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
