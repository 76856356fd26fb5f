import { describe, expect, it } from 'vitest';
import { StoryRunner, unmetNeeds } from '../../../src/narrative';
import { Compiler } from 'inkjs/compiler/Compiler';

const compileInk = (source: string) => new Compiler(source).Compile().ToJson() as string;

describe('post order (# needs:)', () => {
  it('accepts posts that arrive after what they need, and names the post that comes too early', () => {
    expect(unmetNeeds([{ id: 'p1' }, { id: 'p2', needs: ['p1'] }, { id: 'p3', inReplyTo: 'p2' }])).toEqual([]);
    expect(unmetNeeds([{ id: 'p2', needs: ['p1'] }, { id: 'p1' }])).toEqual(['post "p2" arrives before "p1", which it needs']);
    // A reply needs the post it answers even without a `# needs:` tag.
    expect(unmetNeeds([{ id: 'p3', inReplyTo: 'p2' }, { id: 'p2' }])).toEqual(['post "p3" arrives before "p2", which it needs']);
  });

  it('reads the tag on a post, and a seeded shuffle gives the same order every time', () => {
    const story = compileInk(`
-> start
=== start ===
{shuffle:
- -> a -> b ->
- -> b -> a ->
}
* [Done #post: a #action: ignore #judgement: best #why: ok] -> END
=== a ===
Post A # post: a # from: x # on: forum # kind: question # mood: calm
->->
=== b ===
Post B # post: b # from: y # on: forum # kind: question # mood: calm # needs: z
->->
`);
    const orderFor = (seed: number) => {
      const runner = new StoryRunner(story);
      runner.seed(seed);
      return runner.continue().events.flatMap((e) => (e.type === 'post' ? [e.post] : []));
    };
    const first = orderFor(7);
    expect(first.find((p) => p.id === 'b')?.needs).toEqual(['z']);
    expect(orderFor(7).map((p) => p.id)).toEqual(first.map((p) => p.id));
    // Both orders occur over a few seeds: the shuffle follows the seed.
    const orders = new Set(
      Array.from({ length: 12 }, (_, i) =>
        orderFor(i + 1)
          .map((p) => p.id)
          .join(''),
      ),
    );
    expect(orders).toEqual(new Set(['ab', 'ba']));
  });
});
