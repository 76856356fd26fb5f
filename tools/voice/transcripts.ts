/**
 * Reads the community's voice as a player would (issue #16): plays every shipped scenario in both
 * languages with the best and the worst shown option, for a couple of seeds, and prints each post, the
 * brand's answer where it came, and the comments and answers it drew around it, in time order.
 *
 *   npx tsx tools/voice/transcripts.ts [scenario…] [--seeds 1,2] [--locale fr] [--policy best] [--flags]
 *
 * Each post is printed once, followed by what every run drew under it.
 *
 * `--flags` adds each comment's situation and flags (what the choice of lines saw), to find a line's cause.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../../src/core/types';
import { Session } from '../../src/engine/session';
import { loadCharters, loadScenario } from '../scenarios/load';

const ROOT = join(import.meta.dirname, '..', '..', 'scenarios');
export type Policy = 'best' | 'worst';

/** Plays a scenario to its end, answering each open post with its best (or worst) shown option. */
export function play(id: string, locale: Locale, seed: number, policy: Policy, audienceSize = 1000): Session {
  const problems: string[] = [];
  const scenario = loadScenario(join(ROOT, id), loadCharters(join(ROOT, 'charters'), []), problems);
  if (!scenario) throw new Error(`${id}: ${problems.join('\n')}`);
  const s = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories[locale],
    locale,
    seed,
    audienceSize,
  });
  for (let guard = 0; !s.ended && guard < 5000; guard++) {
    const post = s.feed.find((p) => p.state === 'open');
    if (!post) {
      s.advance(s.nextEventAt() ?? s.now + 60);
      continue;
    }
    s.advance(s.now + 60);
    const shown = s.visibleOptions(post.id).filter((o) => !o.hidden);
    const best = shown.find((o) => o.judgement === 'best') ?? shown[0];
    const worst = shown.find((o) => o.judgement === 'bad') ?? shown.find((o) => o.judgement === 'poor') ?? shown[0];
    const pick = policy === 'best' ? best : worst;
    if (pick) s.choose(post.id, pick.index);
  }
  s.advance(s.now + 1800);
  return s;
}

const clock = (t: number) => `${String(Math.floor(t / 60)).padStart(3, ' ')}m`;

/** One thread of a run as lines: the brand's answers where they came, each comment with its answers nested under it. */
function thread(s: Session, post: Session['feed'][number], flags: boolean): string[] {
  const out: string[] = [];
  if (post.moderated) out.push(`   [brand: ${post.moderated}]`);
  const d = s.decisions.find((x) => x.postId === post.id);
  const line = (r: (typeof post.replies)[number]) => {
    const to = r.replyTo ? post.replies.find((p) => p.id === r.replyTo)?.author : undefined;
    const who = s.commenter(r.id);
    const tag = flags && who ? `  {${who.line} | ${r.flags?.join(',') ?? ''}}` : '';
    const seg = `(${r.segment}${who?.age ? ` ${who.age}` : ''})`;
    return `${clock(r.at)} ${r.replyTo ? `    ↳ [to ${to}] ` : r.toBrand ? '  > [to brand] ' : '  - '}${r.author} ${seg}: ${r.text}${tag}`;
  };
  const verdict = d ? ` ${d.judgement}${d.breaches.length ? ` breaches=${d.breaches.map((b) => b.ruleId).join(',')}` : ''}` : '';
  const items = [
    ...post.answers.map((a) => ({ at: a.at, lines: [`${clock(a.at)}   [BRAND ${a.action}${verdict}] ${a.text ?? ''}`] })),
    ...post.replies
      .filter((r) => !r.replyTo)
      .map((r) => ({ at: r.at, lines: [line(r), ...post.replies.filter((x) => x.replyTo === r.id).map(line)] })),
  ];
  for (const x of items.sort((a, b) => a.at - b.at)) out.push(...x.lines);
  return out;
}

const heading = (post: Session['feed'][number]) => {
  const facts = post.facts ? ` facts=${JSON.stringify(post.facts)}` : '';
  return [
    `\n## ${post.id} (${post.kind}${post.subject ? `/${post.subject}` : ''}, ${post.mood ?? ''}, ${post.channel})${facts}`,
    `   ${post.persona.name}: ${post.text}`,
  ];
};

/** A run's threads as text, in the order the posts came; `flags` adds what the choice of each line saw. */
export function transcript(s: Session, flags = false): string {
  return (
    [...s.feed]
      .reverse()
      .flatMap((post) => [...heading(post), ...thread(s, post, flags)])
      .join('\n') + '\n'
  );
}

/**
 * Several runs of one scenario side by side: each post once (as its first run showed it), then what each
 * run drew under it — so a reader sees at once how a post is commented, and how the brand's answer changes it.
 */
export function byPost(runs: readonly { label: string; s: Session }[], flags = false): string {
  const out: string[] = [];
  const seen = new Set<string>();
  // a story's branches may give the same id to different posts: a post is its id and its words
  const key = (post: Session['feed'][number]) => `${post.id}\n${post.text}`;
  for (const { s } of runs)
    for (const post of [...s.feed].reverse()) {
      if (seen.has(key(post))) continue;
      seen.add(key(post));
      out.push(...heading(post));
      for (const run of runs) {
        const p = run.s.feed.find((x) => key(x) === key(post));
        if (!p) continue;
        const lines = thread(run.s, p, flags);
        out.push(`  -- ${run.label}${lines.length === 0 ? ' (nothing)' : ''}`, ...lines);
      }
    }
  return out.join('\n') + '\n';
}

function main(argv: string[]): void {
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv.splice(i, 2)[1] : undefined;
  };
  const showFlags = argv.includes('--flags');
  const seeds = (opt('seeds') ?? '1,2').split(',').map(Number);
  const locales = (opt('locale')?.split(',') ?? LOCALES) as Locale[];
  const policies = (opt('policy')?.split(',') ?? ['best', 'worst']) as Policy[];
  const named = argv.filter((a) => !a.startsWith('--'));
  const ids = named.length > 0 ? named : readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'manifest.json')));
  for (const id of ids)
    for (const locale of locales) {
      const runs = policies.flatMap((policy) =>
        seeds.map((seed) => ({ label: `${policy} seed ${seed}`, s: play(id, locale, seed, policy) })),
      );
      console.log(`\n################ ${id} ${locale}`);
      console.log(byPost(runs, showFlags));
    }
}

main(process.argv.slice(2));
