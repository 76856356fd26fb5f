/**
 * Runs an inkjs Story and turns its lines and choices into typed events for the desk.
 * Knows nothing of time, Phaser or scoring: the store schedules what this produces.
 */
import { Story } from 'inkjs';
import type { ActionKind, Channel, Department, Facts, Intent, Judgement, Mood, PostKind, Segment, Subject, Tone } from '../core/types';
import { type TagKey, type Tags, parseTags } from './tags';

export interface ScriptPost {
  id: string;
  from: string;
  channel: Channel;
  kind: PostKind;
  mood: Mood;
  text: string;
  /** Game seconds after the previous event. */
  after: number;
  inReplyTo?: string;
  /** Posts that must have arrived before this one (`# needs:`): the scenario check holds every order to it. */
  needs?: string[];
  /** What the comments under it may mention (`# facts:`). */
  facts?: Facts;
  /** A review's rating, 1 to 5 (`# stars:`). */
  stars?: number;
  /** A forum post's thread title (`# thread:`). */
  thread?: string;
  /** A forum member's rank (`# rank:`). */
  rank?: string;
  /** What a complaint or a question is about (`# subject:`). */
  subject?: Subject;
  /** Game seconds after arrival before the hidden `ignore` option is taken. */
  deadline?: number;
  /** The coach's tip for this post (training mode only). */
  hint?: string;
}

export type NarrativeEvent =
  | { type: 'post'; post: ScriptPost }
  | { type: 'memo'; from: string; text: string; after: number }
  /** A scenario's own comment under post `postId`, by a persona (`from`) or a member of the community (`segment`). */
  | { type: 'comment'; postId: string; text: string; from?: string; segment?: Segment; after: number }
  | { type: 'narration'; text: string; after: number }
  | { type: 'end'; ending: string; text: string; after: number };

/** Game seconds between the previous event and this one. */
export const delayOf = (event: NarrativeEvent): number => (event.type === 'post' ? event.post.after : event.after);

export interface ReplyOption {
  /** The Ink choice index, valid only for the current step. */
  index: number;
  postId: string;
  text: string;
  action: ActionKind;
  department?: Department;
  tone?: Tone;
  diplomacy?: number;
  judgement: Judgement;
  breaks: string[];
  intents: Intent[];
  why: string;
  /** `ignore` options are taken by a deadline, never shown. */
  hidden: boolean;
}

/**
 * A hidden choice tagged `# action: written`: where the story goes after a written reply on its post,
 * for replies judged `judgement` or breaking one of `breaks` (rule ids), or any reply when it has neither.
 */
export interface WrittenBranch {
  index: number;
  postId: string;
  judgement?: Judgement;
  breaks: string[];
}

export interface Step {
  events: NarrativeEvent[];
  options: ReplyOption[];
  /** The consequence branches of written replies, never shown. */
  written: WrittenBranch[];
  ended: boolean;
  warnings: string[];
}

/** Tags a post or an option must carry: a missing one is a warning and the runner falls back to a default. */
const POST_TAGS: readonly TagKey[] = ['from', 'on', 'kind', 'mood'];
const OPTION_TAGS: readonly TagKey[] = ['post', 'action', 'judgement', 'why'];

/** Guards against a story that loops forever without reaching a choice. */
const MAX_LINES_PER_STEP = 2000;

/**
 * inkjs has no bound of its own: a story that loops without output never returns from `Continue()` and
 * hangs the tab. The runner counts the story's steps (inkjs's smallest unit of work: one instruction,
 * one divert) and stops it past these budgets. On the 15 shipped scenarios (random walks, both
 * languages) the most ever used is 568 steps for one line, 942 steps and 15,710 pieces rescanned from
 * one choice to the next; a looping story is stopped within a fraction of a second.
 */
export const STORY_BUDGET = {
  /** Steps without anything to show: a line, a choice or the end. */
  quietSteps: 100_000,
  /** Steps from one choice to the next, whatever the story writes on the way. */
  stepsPerChoice: 250_000,
  /**
   * Pieces of text (words, spaces, glue) inkjs goes through from one choice to the next: it rescans
   * the line being built at every step, so a loop that only adds spaces slows down as it goes.
   */
  rescansPerChoice: 2_000_000,
} as const;

export type StoryLoopReason = 'no-output' | 'no-choice' | 'piling-text';

/** A story stopped by its budget; `knot` names where it was ("" when inkjs gives no name). */
export class StoryLoopError extends Error {
  constructor(
    readonly reason: StoryLoopReason,
    readonly knot: string,
  ) {
    const where = knot ? `in the knot "${knot}"` : 'outside any knot';
    const n = (x: number) => x.toLocaleString('en');
    super(
      reason === 'no-output'
        ? `the story goes round in circles ${where}: ${n(STORY_BUDGET.quietSteps)} steps without a line to show, a choice or an ending, so it was stopped`
        : reason === 'no-choice'
          ? `the story runs on ${where} without offering a choice or ending: more than ${n(STORY_BUDGET.stepsPerChoice)} steps, so it was stopped`
          : `the story keeps piling up text ${where} without offering a choice (more than ${n(STORY_BUDGET.rescansPerChoice)} pieces of text gone through), so it was stopped`,
    );
    this.name = 'StoryLoopError';
  }
}

/** The knot (and stitch) of an ink path: "spin.0.3" -> "spin", "shift.late.2" -> "shift.late". */
export function knotOf(path: string | null | undefined): string {
  const named: string[] = [];
  for (const part of (path ?? '').split('.')) {
    if (part === '' || /^\d+$/.test(part) || part.startsWith('$')) break;
    named.push(part);
  }
  return named.slice(0, 2).join('.');
}

/** An inkjs Story that counts its steps and throws a StoryLoopError past a budget. */
class BoundedStory extends Story {
  // Left undefined while inkjs's constructor runs (its global declarations count from 0 too).
  /** Steps since the runner last saw something to show. */
  quiet?: number;
  /** Steps and pieces rescanned since the runner last asked the story to go on (the start, a choice). */
  steps?: number;
  rescans?: number;

  /** Starts the budgets again for a new choice. */
  resetBudget(): void {
    this.quiet = this.steps = this.rescans = 0;
  }

  override ContinueSingleStep(): boolean {
    this.quiet = (this.quiet ?? 0) + 1;
    this.steps = (this.steps ?? 0) + 1;
    this.rescans = (this.rescans ?? 0) + this.state.outputStream.length;
    const reason: StoryLoopReason | null =
      this.quiet > STORY_BUDGET.quietSteps
        ? 'no-output'
        : this.steps > STORY_BUDGET.stepsPerChoice
          ? 'no-choice'
          : this.rescans > STORY_BUDGET.rescansPerChoice
            ? 'piling-text'
            : null;
    if (reason) throw new StoryLoopError(reason, knotOf(this.state.currentPathString));
    return super.ContinueSingleStep();
  }
}

export class StoryRunner {
  private readonly story: BoundedStory;
  private warnings: string[] = [];
  /** Set once the story was stopped: its state is no longer usable, so every later call says why. */
  private stopped: Error | null = null;

  constructor(compiledJson: string | object) {
    // inkjs declares JSON text and a parsed object in two overloads: pick one per branch.
    this.story = typeof compiledJson === 'string' ? new BoundedStory(compiledJson) : new BoundedStory(compiledJson);
    // Without onError, inkjs throws on warnings; collect them instead.
    this.story.onError = (message) => this.warnings.push(message);
  }

  /**
   * Reads lines until the story offers choices or ends. Throws a StoryLoopError when the story runs
   * past its step budget without showing anything (a loop without output).
   */
  continue(): Step {
    const events = this.readLines();
    const options: ReplyOption[] = [];
    const written: WrittenBranch[] = [];
    for (const c of this.story.currentChoices) {
      const branch = this.toWrittenBranch(c.index, c.tags ?? []);
      if (branch) written.push(branch);
      else options.push(this.toOption(c.index, c.text, c.tags ?? []));
    }
    const ended = options.length === 0 && written.length === 0 && !this.story.canContinue;
    if (ended && !events.some((e) => e.type === 'end')) {
      // A story that stops without an `end` tag still ends; the check reports it as a flaw.
      this.warnings.push('the story ended without an "end" tag');
      events.push({ type: 'end', ending: 'unnamed', text: '', after: 0 });
    }
    const warnings = this.warnings;
    this.warnings = [];
    return { events, options, written, ended, warnings };
  }

  /** The scenario's injects: knots whose first line is tagged `# inject: <label>` (docs/authoring.md, "Injects"). */
  injects(): { knot: string; label: string }[] {
    const out: { knot: string; label: string }[] = [];
    for (const knot of this.story.mainContentContainer.namedContent.keys()) {
      let tags: string[];
      try {
        tags = this.story.TagsForContentAtPath(knot) ?? [];
      } catch {
        // Tags built from variables at a knot's top (inkjs reads only plain ones here): not an inject's.
        continue;
      }
      const label = parseTags(tags).tags.inject;
      if (label !== undefined) out.push({ knot, label });
    }
    return out;
  }

  /**
   * Runs an inject's knot in an ink flow of its own, so the main story stays exactly where it was: its
   * lines (posts, memos, comments) come out; an inject offers no choices (the check refuses them).
   */
  inject(knot: string): Step {
    if (this.stopped) throw this.stopped;
    this.story.SwitchFlow(`inject:${knot}`);
    try {
      this.story.ChoosePathString(knot);
      const events = this.readLines().filter((e) => e.type !== 'end');
      if (this.story.currentChoices.length > 0) this.warnings.push(`inject "${knot}" offers choices: an inject shows posts and notes only`);
      const warnings = this.warnings;
      this.warnings = [];
      return { events, options: [], written: [], ended: false, warnings };
    } finally {
      this.story.SwitchToDefaultFlow();
    }
  }

  /** Reads lines until the story offers choices or stops, as events. */
  private readLines(): NarrativeEvent[] {
    if (this.stopped) throw this.stopped;
    const events: NarrativeEvent[] = [];
    let lines = 0;
    this.story.resetBudget();
    while (this.story.canContinue && lines++ < MAX_LINES_PER_STEP) {
      let text: string;
      try {
        text = this.story.Continue()?.trim() ?? '';
      } catch (e) {
        // The story is left mid-step: refuse to go on rather than run from a broken state.
        this.stopped = e instanceof Error ? e : new Error(String(e));
        throw this.stopped;
      }
      const event = this.toEvent(text, this.story.currentTags ?? []);
      if (event) {
        events.push(event);
        this.story.quiet = 0;
      }
    }
    if (lines > MAX_LINES_PER_STEP) this.warnings.push(`story produced more than ${MAX_LINES_PER_STEP} lines without a choice`);
    return events;
  }

  choose(index: number): Step {
    if (this.stopped) throw this.stopped;
    if (!this.story.currentChoices.some((c) => c.index === index)) {
      return { events: [], options: [], written: [], ended: false, warnings: [`no choice with index ${index}`] };
    }
    this.story.ChooseChoiceIndex(index);
    return this.continue();
  }

  /**
   * Seeds the story's own randomness (Ink shuffles `{~a|b}`, RANDOM): inkjs would seed it from the
   * clock, so a scenario's wording alternatives follow the run's variant seed instead, and replay.
   */
  seed(seed: number): void {
    this.story.state.storySeed = seed % 100_000_000;
    this.story.state.previousRandom = 0;
  }

  /** Sets a global variable when the story declares it; stories that do not are left alone. */
  setVariable(name: string, value: string | number): boolean {
    if (!this.story.variablesState.GlobalVariableExistsWithName(name)) return false;
    this.story.variablesState.$(name, value);
    return true;
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
  }

  /** How often a knot or stitch ("knot.stitch") was visited: the check finds unreachable content with it. */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  private toEvent(text: string, rawTags: string[]): NarrativeEvent | null {
    const { tags, problems } = parseTags(rawTags);
    for (const p of problems) this.warnings.push(`"${text.slice(0, 40)}": ${p.message}`);
    const after = tags.after ?? 0;
    if (tags.end !== undefined) return { type: 'end', ending: tags.end, text, after };
    if (tags.post !== undefined) return { type: 'post', post: this.toPost(tags.post, tags, text, after) };
    for (const key of ['facts', 'stars', 'thread', 'rank', 'subject', 'needs'] as const)
      if (tags[key] !== undefined) this.warnings.push(`"${text.slice(0, 40)}": tag "${key}" belongs on a post, not a line of another kind`);
    if (tags.memo !== undefined) return { type: 'memo', from: tags.memo, text, after };
    if (tags.comment !== undefined)
      return {
        type: 'comment',
        postId: tags.comment,
        text,
        after,
        ...(tags.from !== undefined ? { from: tags.from } : {}),
        ...(tags.as !== undefined ? { segment: tags.as } : {}),
      };
    return text.length > 0 ? { type: 'narration', text, after } : null;
  }

  private toPost(id: string, tags: Tags, text: string, after: number): ScriptPost {
    for (const key of POST_TAGS) {
      if (tags[key] === undefined) this.warnings.push(`post ${id}: missing tag "${key}"`);
    }
    if (tags.stars !== undefined && tags.on !== 'reviews')
      this.warnings.push(`post ${id}: tag "stars" is for reviews, not a post on ${tags.on ?? 'microblog'}`);
    for (const key of ['thread', 'rank'] as const)
      if (tags[key] !== undefined && tags.on !== 'forum')
        this.warnings.push(`post ${id}: tag "${key}" is for forum posts, not a post on ${tags.on ?? 'microblog'}`);
    return {
      id,
      from: tags.from ?? 'unknown',
      channel: tags.on ?? 'microblog',
      kind: tags.kind ?? 'info',
      mood: tags.mood ?? 'neutral',
      text,
      after,
      ...(tags.in !== undefined ? { inReplyTo: tags.in } : {}),
      ...(tags.needs !== undefined && tags.needs.length > 0 ? { needs: tags.needs } : {}),
      ...(tags.facts !== undefined ? { facts: tags.facts } : {}),
      ...(tags.stars !== undefined ? { stars: tags.stars } : {}),
      ...(tags.thread !== undefined ? { thread: tags.thread } : {}),
      ...(tags.rank !== undefined ? { rank: tags.rank } : {}),
      ...(tags.subject !== undefined ? { subject: tags.subject } : {}),
      ...(tags.deadline !== undefined ? { deadline: tags.deadline } : {}),
      ...(tags.hint !== undefined ? { hint: tags.hint } : {}),
    };
  }

  private toWrittenBranch(index: number, rawTags: string[]): WrittenBranch | null {
    const { tags } = parseTags(rawTags);
    if (tags.action !== 'written') return null;
    if (tags.post === undefined) this.warnings.push('a "# action: written" choice has no "# post:" tag');
    return {
      index,
      postId: tags.post ?? '',
      ...(tags.judgement !== undefined ? { judgement: tags.judgement } : {}),
      breaks: tags.breaks ?? [],
    };
  }

  private toOption(index: number, text: string, rawTags: string[]): ReplyOption {
    const { tags, problems } = parseTags(rawTags);
    for (const p of problems) this.warnings.push(`choice "${text.slice(0, 40)}": ${p.message}`);
    for (const key of OPTION_TAGS) {
      if (tags[key] === undefined) this.warnings.push(`choice "${text.slice(0, 40)}": missing tag "${key}"`);
    }
    const action = tags.action === undefined || tags.action === 'written' ? 'reply' : tags.action;
    return {
      index,
      postId: tags.post ?? '',
      text: text.trim(),
      action,
      ...(tags.to !== undefined ? { department: tags.to } : {}),
      ...(tags.tone !== undefined ? { tone: tags.tone } : {}),
      ...(tags.diplomacy !== undefined ? { diplomacy: tags.diplomacy } : {}),
      judgement: tags.judgement ?? 'good',
      breaks: tags.breaks ?? [],
      intents: tags.intents ?? [],
      why: tags.why ?? '',
      hidden: action === 'ignore',
    };
  }
}
