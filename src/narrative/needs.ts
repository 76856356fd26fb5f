/**
 * Post order: a story may shuffle independent posts (docs/authoring.md, "Variants"), and a post that
 * builds on another says so with `# needs:` (a reply, `# in:`, needs its parent). The scenario check
 * holds every order it plays to these declarations.
 */
import type { ScriptPost } from './runner';

type Arrival = Pick<ScriptPost, 'id' | 'needs' | 'inReplyTo'>;

/** What a post needs: its declared posts and the post it replies to. */
export const needsOf = (post: Arrival): string[] => [...new Set([...(post.needs ?? []), ...(post.inReplyTo ? [post.inReplyTo] : [])])];

/** One message per post that arrived before a post it needs, given the posts in order of arrival. */
export function unmetNeeds(arrivals: readonly Arrival[]): string[] {
  const arrived = new Set<string>();
  const problems: string[] = [];
  for (const post of arrivals) {
    for (const need of needsOf(post)) if (!arrived.has(need)) problems.push(`post "${post.id}" arrives before "${need}", which it needs`);
    arrived.add(post.id);
  }
  return problems;
}
