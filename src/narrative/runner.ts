/**
 * Runs an inkjs Story and turns its lines and choices into typed events for the desk.
 * Knows nothing of time, Phaser or scoring: the store schedules what this produces.
 */
import { Story } from 'inkjs';
import type { ActionKind, Channel, Department, Intent, Judgement, Mood, PostKind, Tone } from '../core/types';
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
  /** Game seconds after arrival before the hidden `ignore` option is taken. */
  deadline?: number;
  /** The coach's tip for this post (training mode only). */
  hint?: string;
}

export type NarrativeEvent =
  | { type: 'post'; post: ScriptPost }
  | { type: 'memo'; from: string; text: string; after: number }
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

export interface Step {
  events: NarrativeEvent[];
  options: ReplyOption[];
  ended: boolean;
  warnings: string[];
}

/** Tags a post or an option must carry: a missing one is a warning and the runner falls back to a default. */
const POST_TAGS: readonly TagKey[] = ['from', 'on', 'kind', 'mood'];
const OPTION_TAGS: readonly TagKey[] = ['post', 'action', 'judgement', 'why'];

/** Guards against a story that loops forever without reaching a choice. */
const MAX_LINES_PER_STEP = 2000;

export class StoryRunner {
  private readonly story: Story;
  private warnings: string[] = [];

  constructor(compiledJson: string | object) {
    // inkjs declares JSON text and a parsed object in two overloads: pick one per branch.
    this.story = typeof compiledJson === 'string' ? new Story(compiledJson) : new Story(compiledJson);
    // Without onError, inkjs throws on warnings; collect them instead.
    this.story.onError = (message) => this.warnings.push(message);
  }

  /** Reads lines until the story offers choices or ends. */
  continue(): Step {
    const events: NarrativeEvent[] = [];
    let lines = 0;
    while (this.story.canContinue && lines++ < MAX_LINES_PER_STEP) {
      const text = this.story.Continue()?.trim() ?? '';
      const event = this.toEvent(text, this.story.currentTags ?? []);
      if (event) events.push(event);
    }
    if (lines > MAX_LINES_PER_STEP) this.warnings.push(`story produced more than ${MAX_LINES_PER_STEP} lines without a choice`);
    const options = this.story.currentChoices.map((c) => this.toOption(c.index, c.text, c.tags ?? []));
    const ended = options.length === 0 && !this.story.canContinue;
    if (ended && !events.some((e) => e.type === 'end')) {
      // A story that stops without an `end` tag still ends; the check reports it as a flaw.
      this.warnings.push('the story ended without an "end" tag');
      events.push({ type: 'end', ending: 'unnamed', text: '', after: 0 });
    }
    const warnings = this.warnings;
    this.warnings = [];
    return { events, options, ended, warnings };
  }

  choose(index: number): Step {
    if (!this.story.currentChoices.some((c) => c.index === index)) {
      return { events: [], options: [], ended: false, warnings: [`no choice with index ${index}`] };
    }
    this.story.ChooseChoiceIndex(index);
    return this.continue();
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
    if (tags.memo !== undefined) return { type: 'memo', from: tags.memo, text, after };
    return text.length > 0 ? { type: 'narration', text, after } : null;
  }

  private toPost(id: string, tags: Tags, text: string, after: number): ScriptPost {
    for (const key of POST_TAGS) {
      if (tags[key] === undefined) this.warnings.push(`post ${id}: missing tag "${key}"`);
    }
    return {
      id,
      from: tags.from ?? 'unknown',
      channel: tags.on ?? 'microblog',
      kind: tags.kind ?? 'info',
      mood: tags.mood ?? 'neutral',
      text,
      after,
      ...(tags.in !== undefined ? { inReplyTo: tags.in } : {}),
      ...(tags.deadline !== undefined ? { deadline: tags.deadline } : {}),
      ...(tags.hint !== undefined ? { hint: tags.hint } : {}),
    };
  }

  private toOption(index: number, text: string, rawTags: string[]): ReplyOption {
    const { tags, problems } = parseTags(rawTags);
    for (const p of problems) this.warnings.push(`choice "${text.slice(0, 40)}": ${p.message}`);
    for (const key of OPTION_TAGS) {
      if (tags[key] === undefined) this.warnings.push(`choice "${text.slice(0, 40)}": missing tag "${key}"`);
    }
    const action = tags.action ?? 'reply';
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
