/** The injects a story offers a live class's teacher: knots tagged `# inject: <label>` (docs/authoring.md, "Injects"), read once per story. */
import { StoryRunner } from '../narrative/runner';

const known = new Map<string, { knot: string; label: string }[]>();

export function storyInjects(story: string): { knot: string; label: string }[] {
  let found = known.get(story);
  if (!found) {
    found = new StoryRunner(story).injects();
    known.set(story, found);
  }
  return found;
}
