/**
 * Proves a scenario sound: walks every path of its story in both locales in lockstep (structure
 * must match), finds dead ends and unreachable knots, then plays seeded random sessions with real
 * timing to measure the range of scores. Used by `npm run scenarios:check` and the story tests.
 */
import { LOCALES, type Locale } from '../../src/core/types';
import { createRng } from '../../src/core/rng';
import { type ReplyOption, StoryRunner } from '../../src/narrative';
import { Session } from '../../src/state/session';
import type { LoadedScenario } from './load';
import { readFileSync } from 'node:fs';

export interface ExploreOptions {
  /** Steps allowed to the exhaustive walk before it gives way to random walks. */
  maxPaths: number;
  /** Seeded random story walks when the paths are too many to walk them all. */
  storyWalks: number;
  /** Seeded random sessions per locale, with timing, to measure scores. */
  walks: number;
  /** Community size for walks (small keeps the check fast; bounds do not depend on it). */
  audienceSize: number;
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
  problems: string[];
}

const signature = (o: ReplyOption) =>
  [o.postId, o.action, o.department ?? '', o.tone ?? '', o.judgement, o.breaks.join('+'), o.hidden].join('|');

/** Knot and stitch paths declared in Ink source ("knot", "knot.stitch"). */
export function declaredPaths(source: string): string[] {
  const paths: string[] = [];
  let knot = '';
  for (const line of source.split('\n')) {
    const k = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/.exec(line);
    if (k) {
      if (/^\s*={2,}\s*function\b/.test(line)) { knot = ''; continue; }
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

const countWords = (source: string): number =>
  source.split('\n')
    .filter((l) => !/^\s*(\/\/|#|~|VAR|CONST|INCLUDE|=|->)/.test(l))
    .map((l) => l.replace(/#[^#\]]*/g, '').replace(/[{}[\]*+\-|>]/g, ' '))
    .join(' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

export function explore(scenario: LoadedScenario, opts: ExploreOptions): ScenarioReport {
  const { manifest } = scenario;
  const sources = Object.fromEntries(LOCALES.map((l) => [l, scenario.files[l].map((f) => readFileSync(f, 'utf8')).join('\n')])) as Record<Locale, string>;
  const report: ScenarioReport = {
    id: manifest.id, knots: declaredPaths(sources.fr), words: { fr: countWords(sources.fr), en: countWords(sources.en) },
    paths: 0, exhaustive: true, endings: {}, decisions: { min: Infinity, max: 0 }, unreachable: [], deadEnds: [],
    structure: [], warnings: [], scores: {}, walks: 0, problems: [],
  };

  // Structure shared by both locales.
  const pathsEn = declaredPaths(sources.en);
  if (report.knots.join(',') !== pathsEn.join(',')) report.structure.push(`knots differ: fr [${report.knots.join(', ')}] vs en [${pathsEn.join(', ')}]`);
  const varsFr = declaredVariables(sources.fr);
  const varsEn = declaredVariables(sources.en);
  if (varsFr.join(',') !== varsEn.join(',')) report.structure.push(`variables differ: fr [${varsFr.join(', ')}] vs en [${varsEn.join(', ')}]`);

  // Walk both locales in lockstep: every path if there are few enough, else seeded random walks.
  const runners = { fr: new StoryRunner(scenario.stories.fr), en: new StoryRunner(scenario.stories.en) };
  type Step = ReturnType<StoryRunner['continue']>;
  const warn = new Set<string>();
  const visitedKnots = new Set<string>();
  const knotSet = new Set(report.knots);

  /** Checks one step of a path; returns false when the path ends here. */
  const inspect = (step: Record<Locale, Step>, trail: string[], seenPosts: string[]): boolean => {
    for (const l of LOCALES) step[l].warnings.forEach((w) => warn.add(`${l}: ${w}`));
    for (const k of knotSet) if (!visitedKnots.has(k) && runners.fr.visits(k) > 0) visitedKnots.add(k);
    const where = trail.length > 0 ? `after ${trail.join(' > ')}` : 'at the start';
    const sigFr = step.fr.options.map(signature);
    const sigEn = step.en.options.map(signature);
    if (sigFr.join('\n') !== sigEn.join('\n')) {
      report.structure.push(`choices differ ${where}: fr [${sigFr.join('; ')}] vs en [${sigEn.join('; ')}]`);
      return false;
    }
    if (step.fr.ended) {
      report.paths++;
      report.decisions.min = Math.min(report.decisions.min, trail.length);
      report.decisions.max = Math.max(report.decisions.max, trail.length);
      const endFr = step.fr.events.find((e) => e.type === 'end');
      const endEn = step.en.events.find((e) => e.type === 'end');
      if (endFr?.type !== 'end' || endFr.ending === 'unnamed') report.deadEnds.push(`story stops without an "# end:" line ${where}`);
      else {
        report.endings[endFr.ending] = (report.endings[endFr.ending] ?? 0) + 1;
        if (endEn?.type === 'end' && endEn.ending !== endFr.ending) report.structure.push(`endings differ ${where}: fr ${endFr.ending} vs en ${endEn.ending}`);
      }
      return false;
    }
    // A choice set the player cannot act on is a dead end: every post must have arrived and be answerable.
    for (const postId of new Set(step.fr.options.map((o) => o.postId))) {
      const mine = step.fr.options.filter((o) => o.postId === postId);
      if (!seenPosts.includes(postId)) report.deadEnds.push(`options for post "${postId}" that never appeared ${where}`);
      else if (mine.every((o) => o.hidden)) report.deadEnds.push(`post "${postId}" has only a hidden ignore option ${where}`);
    }
    if (!step.fr.options.some((o) => o.judgement === 'best')) report.warnings.push(`no "best" option ${where}`);
    return true;
  };
  const postsIn = (step: Step) => step.events.flatMap((e) => (e.type === 'post' ? [e.post.id] : []));
  const both = (f: (r: StoryRunner) => Step): Record<Locale, Step> => ({ fr: f(runners.fr), en: f(runners.en) });

  const initial = both((r) => r.continue());
  const initialState = { fr: runners.fr.saveState(), en: runners.en.saveState() };

  // Depth-first over distinct story states, within a budget of steps.
  const visited = new Set<string>();
  type Frame = { states: Record<Locale, string>; step: Record<Locale, Step>; trail: string[]; posts: string[] };
  const stack: Frame[] = [{ states: initialState, step: initial, trail: [], posts: postsIn(initial.fr) }];
  let budget = opts.maxPaths;
  while (stack.length > 0) {
    if (budget-- <= 0) { report.exhaustive = false; break; }
    const frame = stack.pop()!;
    for (const l of LOCALES) runners[l].loadState(frame.states[l]);
    if (!inspect(frame.step, frame.trail, frame.posts)) continue;
    const key = stateKey(frame.states.fr, knotSet);
    if (visited.has(key)) continue; // reached by another path: its futures are already explored
    visited.add(key);
    for (const option of frame.step.fr.options) {
      for (const l of LOCALES) runners[l].loadState(frame.states[l]);
      const step = both((r) => r.choose(option.index));
      stack.push({
        states: { fr: runners.fr.saveState(), en: runners.en.saveState() }, step,
        trail: [...frame.trail, `${option.postId}:${option.action}`], posts: [...frame.posts, ...postsIn(step.fr)],
      });
    }
  }

  if (!report.exhaustive) {
    // Too many paths: start over with seeded random walks, each from the first step.
    report.paths = 0;
    report.endings = {};
    const rng = createRng(`story:${manifest.id}`);
    for (let w = 0; w < opts.storyWalks; w++) {
      for (const l of LOCALES) runners[l].loadState(initialState[l]);
      let step = initial;
      const trail: string[] = [];
      const posts = postsIn(initial.fr);
      while (inspect(step, trail, posts) && trail.length < 200) {
        const option = rng.pick(step.fr.options);
        step = both((r) => r.choose(option.index));
        trail.push(`${option.postId}:${option.action}`);
        posts.push(...postsIn(step.fr));
      }
    }
  }
  report.unreachable = report.knots.filter((k) => !visitedKnots.has(k));
  report.warnings.push(...warn);
  if (!Number.isFinite(report.decisions.min)) report.decisions.min = 0;

  // Seeded random sessions with timing: scores must stay in 0–100 and every session must end.
  const totals: Record<string, number[]> = {};
  for (const locale of LOCALES) {
    for (let w = 0; w < opts.walks; w++) {
      const result = randomSession(scenario, locale, w + 1, opts.audienceSize);
      report.walks++;
      if (!result.ended) { report.deadEnds.push(`${locale} walk ${w + 1}: no ending after ${result.steps} steps`); continue; }
      for (const [k, v] of Object.entries(result.scores)) (totals[k] ??= []).push(v);
    }
  }
  for (const [k, values] of Object.entries(totals)) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    report.scores[k] = { min, max, mean: Math.round(values.reduce((a, b) => a + b, 0) / values.length) };
    if (min < 0 || max > 100 || values.some((v) => !Number.isInteger(v))) report.problems.push(`score ${k} out of 0–100: ${min}..${max}`);
  }

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
  const state = JSON.parse(json) as { flows?: Record<string, { callstack?: { threads?: { callstack?: unknown }[] }; currentChoices?: { targetPath?: string; text?: string }[] }>; variablesState?: unknown; visitCounts?: Record<string, number> };
  const flow = state.flows?.DEFAULT_FLOW;
  // Knot and stitch counts drive conditionals; the choices on offer capture once-only choices already taken.
  const visits = Object.entries(state.visitCounts ?? {}).filter(([path]) => knots.has(path)).sort();
  return JSON.stringify([
    state.variablesState, visits,
    flow?.callstack?.threads?.map((t) => t.callstack),
    flow?.currentChoices?.map((c) => c.targetPath),
  ]);
}

/** One playthrough with random decisions at random moments (sometimes letting deadlines pass). */
export function randomSession(scenario: LoadedScenario, locale: Locale, seed: number, audienceSize: number) {
  const rng = createRng(`walk:${scenario.manifest.id}:${locale}:${seed}`);
  const session = new Session({
    manifest: scenario.manifest, charter: scenario.charter, story: scenario.stories[locale], locale, seed, audienceSize,
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
