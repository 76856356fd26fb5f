/**
 * Proves a scenario sound: walks every path of its story in both locales in lockstep (structure
 * must match), finds dead ends and unreachable knots, then plays seeded random sessions with real
 * timing to measure the range of scores. Used by `npm run scenarios:check` and the story tests.
 */
import { JUDGEMENTS, LOCALES, type Locale } from '../../src/core/types';
import { createRng, hashString } from '../../src/core/rng';
import { variantCode } from '../../src/engine/variant';
import { StoryRunner, type ScriptPost, needsOf, unmetNeeds } from '../../src/narrative';
import { Session } from '../../src/engine/session';
import { consequenceOf } from '../../src/engine/consequence';
import type { LoadedScenario } from './load';
import { readFileSync } from 'node:fs';

export interface ExploreOptions {
  /** Steps allowed to the exhaustive walk before it gives way to random walks. */
  maxPaths: number;
  /** Seeded random story walks per locale when the paths are too many to walk them all. */
  storyWalks: number;
  /** Seeded random sessions per locale, with timing, to measure scores. */
  walks: number;
  /** Community size for walks (small keeps the check fast; bounds do not depend on it). */
  audienceSize: number;
  /** Variant seeds played per locale when the scenario declares variants (docs/authoring.md, "Variants"). */
  variants?: number;
}

export interface ScenarioReport {
  id: string;
  knots: string[];
  words: Record<Locale, number>;
  paths: number;
  exhaustive: boolean;
  endings: Record<string, number>;
  decisions: { min: number; max: number };
  unreachable: string[];
  deadEnds: string[];
  structure: string[];
  warnings: string[];
  scores: Record<string, { min: number; mean: number; max: number }>;
  walks: number;
  /** Posts with authored consequence branches for written replies; the others follow the closest option. */
  consequences: string[];
  /** Variants played and the widest gap (points) between a variant's mean and the scenario's, per policy. */
  variants?: { seeds: number; spread: Record<Policy, number> };
  problems: string[];
}

/** Knot and stitch paths declared in Ink source ("knot", "knot.stitch"). */
export function declaredPaths(source: string): string[] {
  const paths: string[] = [];
  let knot = '';
  for (const line of source.split('\n')) {
    const k = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/.exec(line);
    if (k) {
      if (/^\s*={2,}\s*function\b/.test(line)) {
        knot = '';
        continue;
      }
      knot = k[1] as string;
      paths.push(knot);
      continue;
    }
    const s = /^\s*=\s*([A-Za-z_][\w]*)/.exec(line);
    if (s && knot) paths.push(`${knot}.${s[1]}`);
  }
  return paths;
}

export const declaredVariables = (source: string): string[] =>
  [...source.matchAll(/^\s*(?:VAR|CONST)\s+([A-Za-z_]\w*)/gm)].map((m) => m[1] as string).sort();

/** Tag keys whose values are prose, different in each language (a forum's thread title and rank are words too). */
const PROSE_TAGS = /^\^\s*(why|hint|thread|rank|inject)\s*:/;
/** A post's facts differ in their words, not in which facts it has. */
const FACTS_TAG = /^\^\s*facts\s*:(.*)$/s;
const factKeys = (value: string) =>
  value
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter(Boolean)
    .sort()
    .join(';');

/**
 * The compiled story with its prose removed: the containers, choices, diverts, logic, variables
 * and structural tags. Two locales with the same skeleton behave the same on every path.
 */
export function skeleton(compiledJson: string): string {
  let inTag = false;
  /** What the tag being read is, once its first piece is seen: a dynamic tag (`{variable}` inside) comes in pieces. */
  let tagKind: 'prose' | 'facts' | 'other' | null = null;
  const strip = (node: unknown): unknown => {
    if (typeof node === 'string') {
      if (node === '#') {
        inTag = true;
        tagKind = null;
        return node;
      }
      if (node === '/#') {
        inTag = false;
        return node;
      }
      if (node.startsWith('^') && inTag) {
        if (tagKind === 'prose') return '^';
        if (tagKind === 'facts') return `^facts+:${[...node.matchAll(/([\w-]+)\s*=/g)].map((m) => m[1]).join(',')}`;
        const facts = FACTS_TAG.exec(node);
        tagKind = facts ? 'facts' : PROSE_TAGS.test(node) ? 'prose' : 'other';
        if (facts) return `^facts:${factKeys(facts[1]!)}`;
        return tagKind === 'prose' ? '^prose-tag' : node.replace(/\s+/g, ' ');
      }
      if (node.startsWith('^')) return '^';
      return node;
    }
    if (Array.isArray(node)) return node.map(strip);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, strip(v)]));
    }
    return node;
  };
  return JSON.stringify(strip(JSON.parse(compiledJson)));
}

/** Where two skeletons first differ, as a short excerpt for the report. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `fr …${a.slice(Math.max(0, i - 60), i + 60)}… vs en …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

const countWords = (source: string): number =>
  source
    .split('\n')
    .filter((l) => !/^\s*(\/\/|#|~|VAR|CONST|INCLUDE|=|->)/.test(l))
    .map((l) => l.replace(/#[^#\]]*/g, '').replace(/[{}[\]*+\-|>]/g, ' '))
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;

export function explore(scenario: LoadedScenario, opts: ExploreOptions): ScenarioReport {
  const { manifest } = scenario;
  const sources = Object.fromEntries(LOCALES.map((l) => [l, scenario.files[l].map((f) => readFileSync(f, 'utf8')).join('\n')])) as Record<
    Locale,
    string
  >;
  const report: ScenarioReport = {
    id: manifest.id,
    knots: declaredPaths(sources.fr),
    words: { fr: countWords(sources.fr), en: countWords(sources.en) },
    paths: 0,
    exhaustive: true,
    endings: {},
    decisions: { min: Infinity, max: 0 },
    unreachable: [],
    deadEnds: [],
    structure: [],
    warnings: [],
    scores: {},
    walks: 0,
    consequences: [],
    problems: [],
  };

  // Structure shared by both locales.
  const pathsEn = declaredPaths(sources.en);
  if (report.knots.join(',') !== pathsEn.join(','))
    report.structure.push(`knots differ: fr [${report.knots.join(', ')}] vs en [${pathsEn.join(', ')}]`);
  const varsFr = declaredVariables(sources.fr);
  const varsEn = declaredVariables(sources.en);
  if (varsFr.join(',') !== varsEn.join(','))
    report.structure.push(`variables differ: fr [${varsFr.join(', ')}] vs en [${varsEn.join(', ')}]`);
  const skeletons = { fr: skeleton(scenario.stories.fr), en: skeleton(scenario.stories.en) };
  if (skeletons.fr !== skeletons.en)
    report.structure.push(`compiled stories differ beyond their prose: ${firstDifference(skeletons.fr, skeletons.en)}`);

  // Each locale is walked on its own: same skeleton should mean same paths, and this shows it.
  const warn = new Set<string>();
  const visitedKnots = new Set<string>();
  const knotSet = new Set(report.knots);
  for (const locale of LOCALES) {
    // Each locale draws its own walks: 2 × storyWalks distinct walks per scenario.
    const result = walkStory(scenario.stories[locale], opts, knotSet, `story-walks:${locale}`);
    result.warnings.forEach((w) => warn.add(`${locale}: ${w}`));
    result.visited.forEach((k) => visitedKnots.add(k));
    result.consequences.posts.forEach((p) => report.consequences.includes(p) || report.consequences.push(p));
    for (const rule of result.consequences.rules)
      if (!scenario.charter.rules.some((r) => r.id === rule))
        report.structure.push(`${locale}: a consequence branch names rule "${rule}", which charter "${scenario.charter.id}" does not have`);
    report.deadEnds.push(...result.deadEnds.map((d) => `${locale}: ${d}`));
    report.problems.push(...result.order.map((o) => `post order (${locale}): ${o}`));
    report.paths += result.paths;
    report.exhaustive &&= result.exhaustive;
    for (const [ending, n] of Object.entries(result.endings)) report.endings[ending] = (report.endings[ending] ?? 0) + n;
    report.decisions = {
      min: Math.min(report.decisions.min, result.decisions.min),
      max: Math.max(report.decisions.max, result.decisions.max),
    };
  }
  // Injects are never reached by the story itself: a teacher sends them. Each must run on its own, in
  // both languages, with the same knots, showing notes and posts but offering no choice.
  const injects = Object.fromEntries(LOCALES.map((l) => [l, new StoryRunner(scenario.stories[l]).injects()])) as Record<
    Locale,
    { knot: string; label: string }[]
  >;
  const injectKnots = new Set(injects.fr.map((i) => i.knot));
  if (injects.en.map((i) => i.knot).join(',') !== [...injectKnots].join(','))
    report.structure.push(`injects differ: fr [${[...injectKnots].join(', ')}] vs en [${injects.en.map((i) => i.knot).join(', ')}]`);
  for (const locale of LOCALES)
    for (const { knot } of injects[locale]) {
      const step = new StoryRunner(scenario.stories[locale]).inject(knot);
      if (step.events.length === 0) report.problems.push(`inject ${knot} (${locale}): shows nothing`);
      step.warnings.forEach((w) => warn.add(`${locale}: inject ${knot}: ${w}`));
      if (step.warnings.some((w) => w.includes('offers choices'))) report.problems.push(`inject ${knot} (${locale}): offers choices`);
    }
  report.unreachable = report.knots.filter((k) => !visitedKnots.has(k) && !injectKnots.has(k));
  report.warnings.push(...warn);

  // Seeded random sessions with timing: scores must stay in 0–100 and every session must end.
  const totals: Record<string, number[]> = {};
  for (const locale of LOCALES) {
    for (let w = 0; w < opts.walks; w++) {
      const result = randomSession(scenario, locale, w + 1, opts.audienceSize);
      report.walks++;
      if (!result.ended) {
        report.deadEnds.push(`${locale} walk ${w + 1}: no ending after ${result.steps} steps`);
        continue;
      }
      for (const [k, v] of Object.entries(result.scores)) (totals[k] ??= []).push(v);
    }
  }
  for (const [k, values] of Object.entries(totals)) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    report.scores[k] = { min, max, mean: Math.round(values.reduce((a, b) => a + b, 0) / values.length) };
    if (min < 0 || max > 100 || values.some((v) => !Number.isInteger(v))) report.problems.push(`score ${k} out of 0–100: ${min}..${max}`);
  }

  if (manifest.variants && (opts.variants ?? 0) > 0) checkVariants(scenario, opts, report);

  if (report.deadEnds.length) report.problems.push(...report.deadEnds.map((d) => `dead end: ${d}`));
  if (report.unreachable.length) report.problems.push(...report.unreachable.map((k) => `unreachable knot: ${k}`));
  if (report.structure.length) report.problems.push(...report.structure.map((s) => `locales differ: ${s}`));
  if (Object.keys(report.endings).length === 0) report.problems.push('no ending reached');
  report.problems.push(...report.warnings.filter((w) => /unknown tag|missing tag|not a|not one of/.test(w)).map((w) => `tag: ${w}`));
  return report;
}

/**
 * What makes two story states behave the same from here on: variables, visit counts, the call
 * stack and the choices offered. Turn counters and thread numbers differ between paths that
 * converge, so they are left out (stories here do not use TURNS_SINCE).
 */
function stateKey(json: string, knots: ReadonlySet<string>): string {
  const state = JSON.parse(json) as {
    flows?: Record<
      string,
      { callstack?: { threads?: { callstack?: unknown }[] }; currentChoices?: { targetPath?: string; text?: string }[] }
    >;
    variablesState?: unknown;
    visitCounts?: Record<string, number>;
  };
  const flow = state.flows?.DEFAULT_FLOW;
  // Knot and stitch counts drive conditionals; the choices on offer capture once-only choices already taken.
  const visits = Object.entries(state.visitCounts ?? {})
    .filter(([path]) => knots.has(path))
    .sort();
  return JSON.stringify([
    state.variablesState,
    visits,
    flow?.callstack?.threads?.map((t) => t.callstack),
    flow?.currentChoices?.map((c) => c.targetPath),
  ]);
}

type Step = ReturnType<StoryRunner['continue']>;

interface StoryWalk {
  paths: number;
  exhaustive: boolean;
  endings: Record<string, number>;
  decisions: { min: number; max: number };
  deadEnds: string[];
  warnings: string[];
  visited: Set<string>;
  /** Posts that declare consequence branches for written replies, and the rule ids those branches name. */
  consequences: { posts: Set<string>; rules: Set<string> };
  /** Posts that arrived before a post they need, and needs naming no post of the story. */
  order: string[];
}

/** Every path of one compiled story if there are few enough, else seeded random walks. */
export function walkStory(
  json: string,
  opts: Pick<ExploreOptions, 'maxPaths' | 'storyWalks'>,
  knots: ReadonlySet<string>,
  seed = 'story-walks',
): StoryWalk {
  const out: StoryWalk = {
    paths: 0,
    exhaustive: true,
    endings: {},
    decisions: { min: Infinity, max: 0 },
    deadEnds: [],
    warnings: [],
    visited: new Set(),
    consequences: { posts: new Set(), rules: new Set() },
    order: [],
  };
  const warnings = new Set<string>();
  const order = new Set<string>();
  const posted = new Set<string>();
  const needed = new Set<string>();
  const runner = new StoryRunner(json);
  // As a run without a variant plays it: the same shuffles every time the check runs.
  runner.seed(0);
  const postsIn = (step: Step) => step.events.flatMap((e) => (e.type === 'post' ? [e.post] : []));

  /** Checks one step of a path; returns false when the path ends here. */
  const inspect = (step: Step, trail: string[], arrivals: ScriptPost[]): boolean => {
    const seenPosts = arrivals.map((p) => p.id);
    for (const post of arrivals) {
      posted.add(post.id);
      needsOf(post).forEach((n) => needed.add(n));
    }
    unmetNeeds(arrivals).forEach((p) => order.add(p));
    step.warnings.forEach((w) => warnings.add(w));
    for (const k of knots) if (!out.visited.has(k) && runner.visits(k) > 0) out.visited.add(k);
    const where = trail.length > 0 ? `after ${trail.join(' > ')}` : 'at the start';
    if (step.ended) {
      out.paths++;
      out.decisions.min = Math.min(out.decisions.min, trail.length);
      out.decisions.max = Math.max(out.decisions.max, trail.length);
      const end = step.events.find((e) => e.type === 'end');
      if (end?.type !== 'end' || end.ending === 'unnamed') out.deadEnds.push(`story stops without an "# end:" line ${where}`);
      else out.endings[end.ending] = (out.endings[end.ending] ?? 0) + 1;
      return false;
    }
    const dup = seenPosts.find((p, i) => seenPosts.indexOf(p) !== i);
    if (dup) out.deadEnds.push(`post "${dup}" appears twice ${where}`);
    // A choice set the player cannot act on is a dead end: every post must have arrived and be answerable.
    for (const postId of new Set(step.options.map((o) => o.postId))) {
      const mine = step.options.filter((o) => o.postId === postId);
      if (!seenPosts.includes(postId)) out.deadEnds.push(`options for post "${postId}" that never appeared ${where}`);
      else if (mine.every((o) => o.hidden)) out.deadEnds.push(`post "${postId}" has only a hidden ignore option ${where}`);
    }
    if (!step.options.some((o) => o.judgement === 'best')) warnings.add(`no "best" option ${where}`);
    // A post that declares consequence branches must have one for a written reply of every judgement
    // (with any breach: a reply with a breach no branch names takes its judgement's branch or the default).
    for (const postId of new Set(step.written.map((b) => b.postId))) {
      const mine = step.written.filter((b) => b.postId === postId);
      out.consequences.posts.add(postId);
      mine.forEach((b) => b.breaks.forEach((r) => out.consequences.rules.add(r)));
      for (const judgement of JUDGEMENTS)
        if (!consequenceOf(mine, judgement, []))
          out.deadEnds.push(
            `post "${postId}": a written reply judged "${judgement}" has no consequence branch (add a default "# action: written" choice) ${where}`,
          );
    }
    return true;
  };

  const initial = runner.continue();
  const initialState = runner.saveState();

  // Depth-first over distinct story states, within a budget of steps.
  const seen = new Set<string>();
  type Frame = { state: string; step: Step; trail: string[]; posts: ScriptPost[] };
  const stack: Frame[] = [{ state: initialState, step: initial, trail: [], posts: postsIn(initial) }];
  let budget = opts.maxPaths;
  while (stack.length > 0) {
    if (budget-- <= 0) {
      out.exhaustive = false;
      break;
    }
    const frame = stack.pop()!;
    runner.loadState(frame.state);
    if (!inspect(frame.step, frame.trail, frame.posts)) continue;
    const key = stateKey(frame.state, knots);
    if (seen.has(key)) continue; // reached by another path: its futures are already explored
    seen.add(key);
    for (const option of [...frame.step.options, ...frame.step.written.map((b) => ({ ...b, action: 'written' }))]) {
      runner.loadState(frame.state);
      const step = runner.choose(option.index);
      stack.push({
        state: runner.saveState(),
        step,
        trail: [...frame.trail, `${option.postId}:${option.action}`],
        posts: [...frame.posts, ...postsIn(step)],
      });
    }
  }

  if (!out.exhaustive) {
    // Too many paths: start over with seeded random walks, each from the first step.
    out.paths = 0;
    out.endings = {};
    // A quarter of the walks follow the author's best options (ties broken at random) and a quarter
    // mostly do: good endings are rarely met by chance in a story full of tempting traps.
    const rng = createRng(seed);
    for (let w = 0; w < opts.storyWalks; w++) {
      runner.loadState(initialState);
      let step = initial;
      const trail: string[] = [];
      const posts = postsIn(initial);
      const bestBias = w % 4 === 0 ? 1 : w % 4 === 1 ? 0.7 : 0;
      while (inspect(step, trail, posts) && trail.length < 200) {
        const best = step.options.filter((o) => o.judgement === 'best');
        const any = [...step.options, ...step.written.map((b) => ({ ...b, action: 'written' }))];
        const option = best.length > 0 && rng.chance(bestBias) ? rng.pick(best) : rng.pick(any);
        step = runner.choose(option.index);
        trail.push(`${option.postId}:${option.action}`);
        posts.push(...postsIn(step));
      }
    }
  }
  if (!Number.isFinite(out.decisions.min)) out.decisions.min = 0;
  out.warnings = [...warnings];
  for (const need of needed) if (!posted.has(need)) order.add(`a post needs "${need}", which never arrives`);
  out.order = [...order];
  // Each dead end once, however many paths led to it.
  out.deadEnds = [...new Set(out.deadEnds)];
  return out;
}

/** One playthrough with random decisions at random moments (sometimes letting deadlines pass). */
export function randomSession(scenario: LoadedScenario, locale: Locale, seed: number, audienceSize: number) {
  const rng = createRng(`walk:${scenario.manifest.id}:${locale}:${seed}`);
  const session = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    ...(scenario.brands ? { brands: scenario.brands } : {}),
    story: scenario.stories[locale],
    locale,
    seed,
    audienceSize,
  });
  let steps = 0;
  while (!session.ended && steps++ < 500) {
    const open = session.feed.filter((p) => p.state === 'open');
    if (open.length > 0 && rng.chance(0.85)) {
      session.advance(session.now + rng.int(0, 40) * 60);
      const post = rng.pick(open);
      const options = session.visibleOptions(post.id);
      if (options.length > 0 && !session.ended) session.choose(post.id, rng.pick(options).index);
    } else {
      const next = session.nextEventAt();
      session.advance(next !== null ? Math.max(next, session.now + 60) : session.now + 30 * 60);
    }
  }
  return { ended: session.ended, steps, scores: session.score().scores, ending: session.ending?.id ?? null };
}

export type Policy = 'best' | 'random' | 'worst';
const POLICIES: readonly Policy[] = ['best', 'random', 'worst'];
/** A variant whose mean overall score is further than this from the scenario's is not equivalent. */
export const EQUIVALENCE = 5;
/** Community seeds every variant is played on, so that variants are compared on the same community. */
const COMMUNITY_SEEDS = [1, 2];
const RANK = { best: 0, good: 1, poor: 2, bad: 3 } as const;

/** One playthrough of a variant with a policy: the best option, the worst, or a random one. */
export function policySession(
  scenario: LoadedScenario,
  locale: Locale,
  run: { seed: number; variant: number; policy: Policy },
  audienceSize: number,
): { ended: boolean; overall: number; session: Session } {
  const session = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    ...(scenario.brands ? { brands: scenario.brands } : {}),
    story: scenario.stories[locale],
    locale,
    seed: run.seed,
    variant: run.variant,
    audienceSize,
  });
  for (let steps = 0; !session.ended && steps < 500; steps++) {
    const post = session.feed.find((p) => p.state === 'open');
    const options = post ? session.visibleOptions(post.id).filter((o) => !o.hidden) : [];
    if (!post || options.length === 0) {
      const next = session.nextEventAt();
      session.advance(next !== null ? Math.max(next, session.now + 60) : session.now + 30 * 60);
      continue;
    }
    session.advance(session.now + 60);
    const sorted = [...options].sort((a, b) => RANK[a.judgement] - RANK[b.judgement]);
    // Not seeded by the variant, and drawn post by post: every variant makes the same random choice on the
    // same post, whatever order its posts arrive in, on the same community.
    const rng = createRng(`policy:${scenario.manifest.id}:${locale}:${run.seed}:${post.id}`);
    const option = run.policy === 'best' ? sorted[0]! : run.policy === 'worst' ? sorted[sorted.length - 1]! : rng.pick(options);
    if (!session.ended) session.choose(post.id, option.index);
  }
  return { ended: session.ended, overall: session.score().scores.overall, session };
}

/**
 * Variants are sound and equivalent in difficulty: every declared variable exists in the story, no
 * `{placeholder}` is left in what players read, and for each policy every variant's mean overall
 * score (over the same community seeds) is within EQUIVALENCE points of the scenario's mean.
 */
function checkVariants(scenario: LoadedScenario, opts: ExploreOptions, report: ScenarioReport): void {
  const { manifest } = scenario;
  for (const locale of LOCALES) {
    const declared = declaredVariables(scenario.files[locale].map((f) => readFileSync(f, 'utf8')).join('\n'));
    const source = scenario.files[locale].map((f) => readFileSync(f, 'utf8')).join('\n');
    const defaultOf = (name: string) => new RegExp(`^\\s*VAR\\s+${name}\\s*=\\s*"([^"]*)"`, 'm').exec(source)?.[1];
    for (const [name, values] of Object.entries(manifest.variants?.values ?? {})) {
      if (!declared.includes(name)) report.problems.push(`variants: ${locale}: the story does not declare VAR ${name}`);
      // The first value is the story's own, so the menu (which shows first values) and a run without a variant agree.
      else if (defaultOf(name) !== values[locale][0])
        report.problems.push(`variants: ${locale}: the first value of "${name}" must be the story's default ("${defaultOf(name) ?? ''}")`);
    }
    // A brand's words: the story declares each, with the scenario's own brand's as its default.
    for (const [name, value] of Object.entries(manifest.variants?.brands?.[0]?.values ?? {})) {
      if (!declared.includes(name)) report.problems.push(`variants: ${locale}: the story does not declare VAR ${name} (a brand's word)`);
      else if (defaultOf(name) !== value[locale])
        report.problems.push(`variants: ${locale}: VAR ${name} must default to the scenario's own brand's value ("${value[locale]}")`);
    }
    for (const [id, identities] of Object.entries(manifest.variants?.personas ?? {})) {
      const persona = manifest.personas.find((p) => p.id === id);
      if (!persona) report.problems.push(`variants: persona "${id}" is not one of the scenario's personas`);
      else if (identities[0]?.name !== persona.name || identities[0]?.handle !== persona.handle)
        report.problems.push(`variants: the first identity of "${id}" must be the persona's own (${persona.name}, ${persona.handle})`);
    }
  }
  const spread = { best: 0, random: 0, worst: 0 };
  const seeds = Array.from({ length: opts.variants ?? 0 }, (_, i) => hashString(`variant:${manifest.id}:${i + 1}`));
  for (const locale of LOCALES) {
    for (const policy of POLICIES) {
      const means: { variant: number; mean: number }[] = [];
      for (const variant of seeds) {
        const overall: number[] = [];
        for (const seed of COMMUNITY_SEEDS) {
          const played = policySession(scenario, locale, { seed, variant, policy }, opts.audienceSize);
          if (!played.ended) report.problems.push(`variant ${variantCode(variant)} (${locale}, ${policy}): no ending`);
          // The feed is newest first; each variant's order of posts must keep what each post needs.
          for (const o of unmetNeeds([...played.session.feed].reverse()))
            report.problems.push(`variant ${variantCode(variant)} (${locale}, ${policy}): post order: ${o}`);
          const shown = played.session.feed.flatMap((p) => [p.text, ...p.answers.map((a) => a.text)]);
          const left = shown.find((t) => /\{[a-z][a-z0-9_]*\}/.test(t));
          if (left) report.problems.push(`variant ${variantCode(variant)} (${locale}): a placeholder is left in "${left.slice(0, 80)}"`);
          overall.push(played.overall);
        }
        means.push({ variant, mean: overall.reduce((a, b) => a + b, 0) / overall.length });
      }
      const mean = means.reduce((a, m) => a + m.mean, 0) / means.length;
      for (const m of means) {
        const gap = Math.abs(m.mean - mean);
        spread[policy] = Math.max(spread[policy], Math.round(gap * 10) / 10);
        if (gap > EQUIVALENCE)
          report.problems.push(
            `variant ${variantCode(m.variant)} (${locale}, ${policy}) is not equivalent: mean overall ${m.mean.toFixed(1)}, the scenario's ${mean.toFixed(1)}`,
          );
      }
    }
  }
  report.variants = { seeds: seeds.length, spread };
}
