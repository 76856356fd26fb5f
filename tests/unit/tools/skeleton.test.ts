/** The structure check compares the two languages' compiled stories with their prose taken out. */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../tools/ink/compile';
import { skeleton } from '../../../tools/scenarios/explore';

const compile = (src: string) => {
  const c = compileInk('s.ink', () => src);
  if (!c.json) throw new Error(JSON.stringify(c.problems));
  return skeleton(c.json);
};
const story = (post: string, why: string, facts: string, extra = '') => `VAR who = "x"
VAR model = "y"
# post: p1
# facts: ${facts}
${post}
* [{~A|B} #post: p1 #action: reply #judgement: best #why: ${why}]
  ${extra}-> END
`;

describe('skeleton', () => {
  it('leaves out prose, including the words around a variable in a why or facts tag', () => {
    const fr = story(
      'Mon {model} est mort, dit {who}.',
      'La cliente {who} attend une réponse.',
      'product=le chargeur du {model}; delay=deux jours',
    );
    const en = story('My {model} died, says {who}.', '{who} is waiting for an answer.', 'product={model}; delay=two days');
    expect(compile(fr)).toBe(compile(en));
  });

  it('leaves out a forum post’s thread title and rank, which are words in each language', () => {
    const forum = (thread: string, rank: string) =>
      compile(`# post: p1\n# on: forum\n# thread: ${thread}\n# rank: ${rank}\nText\n-> END\n`);
    expect(forum('Mon forfait au Portugal', 'Nouveau membre')).toBe(forum('My plan in Portugal', 'New member'));
    expect(forum('a', 'b')).not.toBe(compile(`# post: p1\n# on: microblog\n# thread: a\n# rank: b\nText\n-> END\n`));
  });

  it('still tells apart stories whose facts, choices or shuffles differ', () => {
    const base = compile(story('a', 'b', 'product={model}'));
    expect(compile(story('a', 'b', 'place={model}'))).not.toBe(base);
    expect(compile(story('a', 'b', 'product={model}', '~ who = "z"\n  '))).not.toBe(base);
    expect(compile(story('a', 'b', 'product={model}').replace('{~A|B}', '{~A|B|C}'))).not.toBe(base);
  });
});
