/**
 * One scenario being played: the story runner, the simulated community, the game clock and
 * the decisions, kept consistent. Runs in Node; the store wraps it and the desk renders its view.
 * Game time only moves through `advance`, so a session replays exactly from its event log.
 */
import type {
  AgeBand,
  AnalysisContext,
  Channel,
  Decision,
  Department,
  Locale,
  Meters,
  Persona,
  ReplyAnalysis,
  RuleKind,
  ScoreWeights,
  Segment,
  WrittenAction,
} from '../core/types';
import type { Charter, Manifest } from '../content/schema';
import { type NarrativeEvent, type ReplyOption, type ScriptPost, type WrittenBranch, StoryRunner, delayOf } from '../narrative';
import {
  type AuthorMove,
  type AuthorTopic,
  type Avoid,
  type Chatter,
  type Community,
  type Field,
  type Fill,
  type Flag,
  type MetricSeries,
  type Move,
  type Person,
  type Removal,
  type BreachTopic,
  type Said,
  type Scene,
  type Situation,
  type Speaker,
  type Stance,
  type SegmentSpread,
  advance,
  affectedOf,
  breachSeen,
  breachTopicOf,
  castOf,
  createCommunity,
  currentMeters,
  customerOf,
  drainChatter,
  facetsOf,
  fieldOf,
  fits,
  callNameOf,
  firstNameOf,
  memberOf,
  moveFor,
  postCounts,
  promiseOf,
  publishPost,
  quoteOf,
  respond,
  sayAuthor,
  sayLine,
  sayRejoinder,
  sayRemoval,
  situationKey,
  series,
  topicOf,
  snapshot,
  spreadBySegment,
} from '../sim';
import { analyzeReply, type ReplyModel } from '../analysis';
import { hashString } from '../core/rng';
import { type ScoreCard, type WrittenReplyInput, type WrittenReplyJudgement, judgeWrittenReply, scoreSession } from '../scoring';
import { closestOption } from './closest-option';
import { HINT_COST } from './hint-cost';
import { offeredOrder } from './option-order';
import { type SessionEnding, settleEnding } from './ending';
import { consequenceOf } from './consequence';
import { type Variant, drawVariant, withVariant } from './variant';
import type { LogEntry, LogEvent } from '../records/domain';

export interface FeedReply {
  id: string;
  /** The commenter's name: a persona's, or the member's in this run (src/sim/people.ts). */
  author: string;
  /** Their handle, the same all through the run. */
  handle: string;
  segment: string;
  at: number;
  text: string;
  /** An answer to the brand's public reply, shown under it. */
  toBrand?: boolean;
  /** An answer to another comment of the thread (its id), shown under it. */
  replyTo?: string;
  /** What the line does (thanks, praise…), from its bank: for the tests' table of contradictions. */
  flags?: readonly Flag[];
}

export interface FeedPost extends ScriptPost {
  persona: Persona;
  /** Game seconds when it appeared. */
  at: number;
  state: 'open' | 'answered' | 'closed';
  /** What the community manager did about it, last first. */
  answers: { text: string; action: Decision['action']; department?: string; at: number; source: Decision['source'] }[];
  stats: { reach: number; likes: number; shares: number; comments: number };
  replies: FeedReply[];
  /** Hidden, deleted or its author banned by the community manager: out of the public's sight. */
  moderated?: 'hide' | 'delete' | 'ban';
}

export interface Memo {
  from: string;
  text: string;
  at: number;
  kind: 'memo' | 'narration';
}

export type { LogEntry, LogEvent } from '../records/domain';

const MAX_REPLIES_PER_POST = 40;
/** Game seconds between two comments shown under the same post. */
const COMMENT_GAP = 45;

const MAX_REPLY_LENGTH = 2000;

/** Where the player sends a written reply: a public reply (the default), a private message, or a hand-over note. */
export interface ReplyDestination {
  action: WrittenAction;
  /** For a hand-over: one of the charter's escalation routes. */
  department?: Department;
}

export interface WriteOptions {
  /** The reading recorded when it was written (a run resumed from its save). */
  recorded?: ReplyAnalysis;
  /**
   * A reply logged before the composer had a destination (a save of 0.2): it goes where the closest
   * option on the post goes, as it did then, so the story already played stays the same.
   */
  inferDestination?: boolean;
  /** Characters pasted into the composer for this reply, logged as an exam's integrity signal. */
  pasted?: number;
}

export type WriteError = 'empty' | 'too-long' | 'no-post' | 'not-allowed' | 'bad-destination';

/** A written reply as the session judged it, for `decide`. */
interface WrittenReading {
  analysis: ReplyAnalysis;
  action: WrittenAction;
  department?: Department;
  breaches: Decision['breaches'];
  judged: WrittenReplyJudgement;
  storyAs?: Decision['action'];
  /** The post's consequence branch for this reply, when it declares one (src/engine/consequence.ts). */
  branch?: WrittenBranch;
}

const WRITTEN: readonly string[] = ['reply', 'dm', 'escalate'];

/** A written reply and what its post offered: everything its judgement depends on but the reading. */
type WrittenInput = Omit<WrittenReplyInput, 'analysis' | 'breaches'>;

export interface SessionOptions {
  manifest: Manifest;
  charter: Charter;
  story: string;
  locale: Locale;
  seed: number;
  /** Community size override (tests, benchmarks). */
  audienceSize?: number;
  /** Real time in ms, to stamp the log (injected: Date.now in the browser, fixed in tests). */
  realClock?: () => number;
  /** Score weights of an exam, replacing the scenario's. */
  weights?: ScoreWeights;
  /** An exam that requires written replies opens the composer even where the scenario does not. */
  freeTextRequired?: boolean;
  /** The trained reply reader (src/analysis/model): written replies are read by the rules and it together; without it, by the rules alone. */
  replyModel?: ReplyModel | null;
  /**
   * The variant seed (src/engine/variant.ts): names, figures and wording the scenario lets vary are
   * drawn from it, apart from the community's seed. Without it the scenario plays as written.
   */
  variant?: number;
  /** The charters of the brands the scenario's variants may be played for, by id (the manifest's `variants.brands`). */
  brands?: Readonly<Record<string, Charter>>;
}

/** The charter of the brand a variant plays the scenario for; a run cannot be played for a brand it was not given. */
function brandCharter(opts: SessionOptions, id: string): Charter {
  const charter = id === opts.charter.id ? opts.charter : opts.brands?.[id];
  if (!charter) throw new Error(`This variant plays "${opts.manifest.id}" for the brand "${id}", whose charter is missing.`);
  return charter;
}

export class Session {
  readonly manifest: Manifest;
  readonly charter: Charter;
  readonly locale: Locale;
  readonly seed: number;
  /** What the run's variant seed drew (names, figures, wording); null when the scenario is played as written. */
  readonly variant: Variant | null;
  readonly weights: ScoreWeights | undefined;
  readonly freeTextRequired: boolean;
  readonly replyModel: ReplyModel | null;
  now = 0;
  feed: FeedPost[] = [];
  memos: Memo[] = [];
  options: ReplyOption[] = [];
  /** The wording each option was first shown with (see `take`). */
  private readonly optionText = new Map<string, string>();
  /** The consequence branches of written replies offered with the current options. */
  private written: WrittenBranch[] = [];
  /** What each written reply was judged on, to judge it again on review. */
  private readonly writtenBy = new WeakMap<Decision, WrittenInput>();
  decisions: Decision[] = [];
  log: LogEntry[] = [];
  ending: SessionEnding | null = null;
  warnings: string[] = [];
  readonly startMeters: Meters;
  /** Bumped whenever something other than the clock changed, so views know to redraw. */
  version = 0;
  /** Posts whose hint the player asked for. */
  readonly hints = new Set<string>();
  /** Injects already come (a live class's teacher sends each once). */
  private readonly injected = new Set<string>();

  private readonly runner: StoryRunner;
  /** The compiled story, for the ending's check against the community (src/engine/ending.ts). */
  private readonly story: string;
  private readonly community: Community;
  private schedule: { at: number; seq: number; event: NarrativeEvent }[] = [];
  private seq = 0;
  private storyEnded = false;
  private replySeq = 0;
  /** Per post, the lines its thread already shows (never twice). */
  private linesUsed: Record<string, Set<string>> = {};
  /** Every line said in the run: not said again while its bank has others for the speaker. */
  private readonly runLines = new Set<string>();
  /** Who wrote each generated comment and in what situation: another member may answer it. */
  private readonly saidBy = new Map<string, Commenter>();
  /** Personas whose account the community manager banned: they comment no more. */
  private readonly banned = new Set<string>();
  /** Posts the community manager took down, and what people still have to say about it elsewhere. */
  private readonly removals: RemovalNote[] = [];
  /** Whom an abusive post attacks, when it is a member of the community rather than the brand (null: the brand). */
  private readonly targets = new Map<string, Persona | null>();
  /** The brand's words quoted under each post, as of its answers. */
  private readonly quotes = new Map<string, { quote: string | null; answers: number }>();
  /** What each post's commenters answer (`sceneOf`), worked out once per post and brand answer rather than per comment. */
  /** The brand's world (food, telecom…), for the names of its people and the lines that fit its posts. */
  private readonly field: Field;
  private readonly scenes = new Map<string, { scene: Scene; answers: number }>();
  /** Who a member of the community is in this run (src/sim/people.ts). */
  private readonly personFor: (member: number, profile?: { segment?: Segment; age?: AgeBand }) => Person;
  /** The brand's community speaks casually in this language (tu, casual): the young write so. */
  private readonly casualCommunity: boolean;
  private realClock: () => number;

  constructor(opts: SessionOptions) {
    this.variant = opts.variant === undefined ? null : drawVariant(opts.manifest, opts.locale, opts.variant);
    this.manifest = opts.variant === undefined ? opts.manifest : withVariant(opts.manifest, opts.variant);
    this.charter = this.variant?.brand ? brandCharter(opts, this.variant.brand) : opts.charter;
    this.locale = opts.locale;
    this.seed = opts.seed;
    this.weights = opts.weights ?? opts.manifest.weights;
    this.freeTextRequired = opts.freeTextRequired ?? false;
    this.replyModel = opts.replyModel ?? null;
    this.realClock = opts.realClock ?? (() => 0);
    this.runner = new StoryRunner(opts.story);
    this.runner.seed(opts.variant ?? 0);
    for (const [name, value] of Object.entries(this.variant?.variables ?? {})) this.runner.setVariable(name, value);
    this.field = fieldOf(this.charter.brand.sector.en);
    this.personFor = castOf(opts.seed, opts.locale, this.manifest.personas, this.field);
    const register = this.charter.register[opts.locale];
    this.casualCommunity = register === 'tu' || register === 'casual';
    this.story = opts.story;
    const audience = opts.audienceSize ? { ...opts.manifest.audience, size: opts.audienceSize } : opts.manifest.audience;
    this.community = createCommunity(audience, this.manifest.personas, opts.seed);
    this.startMeters = snapshot(this.community).meters;
    this.record({
      type: 'start',
      seed: opts.seed,
      locale: opts.locale,
      scenario: opts.manifest.id,
      version: opts.manifest.version,
      ...(opts.variant !== undefined ? { variant: opts.variant } : {}),
    });
    this.take(this.runner.continue(), 0);
    this.advance(0);
  }

  get meters(): Meters {
    return currentMeters(this.community);
  }

  get ended(): boolean {
    return this.ending !== null;
  }

  /**
   * Options on a post that has arrived, in the order they are offered: the shown ones shuffled by the
   * run's seed and the post (src/engine/option-order.ts), then the hidden deadline fallback. Each keeps
   * its authored `index`, which `choose` takes and the log records.
   */
  visibleOptions(postId: string): ReplyOption[] {
    if (!this.feed.some((p) => p.id === postId)) return [];
    return offeredOrder(
      this.options.filter((o) => o.postId === postId),
      this.seed,
      postId,
    );
  }

  /** Game time of the next scheduled event, or null when nothing is pending. */
  nextEventAt(): number | null {
    return this.schedule[0]?.at ?? null;
  }

  /** True when the player is waiting on the story, not the other way round. */
  idle(): boolean {
    return !this.feed.some((p) => p.state === 'open') && this.schedule.length > 0;
  }

  /** Moves game time forward to `to`, revealing events, firing deadlines and running the community. */
  advance(to: number): void {
    if (this.ended) return;
    to = Math.max(to, this.now);
    for (;;) {
      const next = this.schedule[0];
      const deadline = this.nextDeadline();
      const stop = Math.min(next?.at ?? Infinity, deadline?.at ?? Infinity);
      if (stop > to) break;
      this.moveClock(stop);
      if (deadline && deadline.at <= (next?.at ?? Infinity)) {
        this.decide(deadline.option, deadline.option.text, 'deadline');
      } else if (next) {
        this.schedule.shift();
        this.reveal(next.event);
      }
      if (this.ended) return;
    }
    this.moveClock(to);
  }

  /** The player picks one of the options on a post. */
  choose(postId: string, index: number): Decision | null {
    const option = this.visibleOptions(postId).find((o) => o.index === index);
    if (!option || this.ended) return null;
    // An exam that requires written replies takes public replies and private messages only as text.
    if (this.freeTextRequired && (option.action === 'reply' || option.action === 'dm')) return null;
    this.record({ type: 'option', postId, index, text: option.text });
    return this.decide(option, option.text, 'option');
  }

  /**
   * The player writes their own reply and says where it goes (`destination`, a public reply by default).
   * It is judged on its own reading against what the post called for (src/scoring/judgement.ts); the
   * story follows the closest option with the action chosen, else the closest overall (the decision
   * then says which action the story went on with: `storyAs`). A run resumed from its save passes the
   * analysis it recorded, so a newer analyser cannot change a story already played.
   */
  write(
    postId: string,
    rawText: string,
    destination: ReplyDestination = { action: 'reply' },
    options: WriteOptions = {},
  ): Decision | { error: WriteError } {
    const text = rawText.trim();
    if (!this.manifest.freeText && !this.freeTextRequired) return { error: 'not-allowed' };
    if (text.length === 0) return { error: 'empty' };
    if (text.length > MAX_REPLY_LENGTH) return { error: 'too-long' };
    // In authored order, whatever order they are shown in: closestOption breaks ties by it, and replays rely on that.
    const candidates = this.feed.some((p) => p.id === postId) ? this.options.filter((o) => o.postId === postId && !o.hidden) : [];
    const post = this.feed.find((p) => p.id === postId);
    if (candidates.length === 0 || !post || this.ended) return { error: 'no-post' };
    const read = (action: WrittenAction) => this.readReply(text, audienceOf(action, post.channel), post.persona.name);
    let { action, department } = destination;
    if (options.inferDestination) {
      const closest = closestOption(candidates, options.recorded ?? read('reply'));
      action = WRITTEN.includes(closest.action) ? (closest.action as WrittenAction) : 'reply';
      department = action === 'escalate' ? closest.department : undefined;
    }
    if (!WRITTEN.includes(action)) return { error: 'bad-destination' };
    // Read for whoever reads it: a private message may hold the person's own details.
    const analysis = options.recorded ?? read(action);
    if (action !== 'escalate') department = undefined;
    else if (!department || !this.charter.escalation.some((e) => e.department === department)) return { error: 'bad-destination' };
    const route = candidates.filter((o) => o.action === action && (action !== 'escalate' || o.department === department));
    const sameAction = route.length > 0 ? route : candidates.filter((o) => o.action === action);
    const written: WrittenInput = {
      text,
      action,
      ...(department ? { department } : {}),
      postKind: post.kind,
      options: candidates.map((o) => ({
        action: o.action,
        judgement: o.judgement,
        intents: o.intents,
        text: o.text,
        ...(o.department ? { department: o.department } : {}),
      })),
    };
    const { breaches, judged } = this.judgeWritten(written, analysis, post.channel);
    const option = closestOption(
      sameAction.length > 0 ? sameAction : candidates,
      analysis,
      breaches.map((b) => b.ruleId),
      { judgement: judged.judgement, kindOf: (id) => this.charter.rules.find((r) => r.id === id)?.kind },
    );
    const branch = consequenceOf(
      this.written.filter((b) => b.postId === postId),
      judged.judgement,
      breaches.map((b) => b.ruleId),
    );
    const storyAs = !branch && sameAction.length === 0 ? option.action : undefined;
    if (storyAs) judged.verdict.push({ code: 'no-branch', params: { action, story: storyAs } });
    const pasted = options.pasted && options.pasted > 0 ? { pasted: Math.min(Math.round(options.pasted), text.length) } : {};
    this.record({ type: 'free', postId, text, action, ...(department ? { department } : {}), analysis, ...pasted });
    // Stories may branch on the reply's reading (docs/authoring.md, "Consequences").
    this.runner.setVariable('reply_tone', analysis.tone);
    this.runner.setVariable('reply_diplomacy', analysis.diplomacy);
    this.runner.setVariable('reply_intents', analysis.intents.join(','));
    this.runner.setVariable('reply_action', action);
    this.runner.setVariable('reply_department', department ?? '');
    this.runner.setVariable('reply_judgement', judged.judgement);
    this.runner.setVariable('reply_breaches', breaches.map((b) => b.ruleId).join(','));
    const decision = this.decide(option, text, 'free', {
      analysis,
      action,
      ...(department ? { department } : {}),
      breaches,
      judged,
      ...(storyAs ? { storyAs } : {}),
      ...(branch ? { branch } : {}),
    });
    this.writtenBy.set(decision, written);
    return decision;
  }

  /**
   * A written reply judged again as if an examiner's overruled kinds had not been found: the
   * decision's breaches, diplomacy and judgement on review (src/engine/review.ts). Null for a
   * decision that is not a written reply of this session.
   */
  rejudge(decision: Decision, overruled: readonly RuleKind[]): Pick<Decision, 'breaches' | 'judgement' | 'diplomacy'> | null {
    const written = this.writtenBy.get(decision);
    if (!written) return null;
    const addressee = this.feed.find((p) => p.id === decision.postId)?.persona.name;
    const analysis = this.readReply(written.text, audienceOf(written.action, decision.channel), addressee, overruled);
    const { breaches, judged } = this.judgeWritten(written, analysis, decision.channel);
    return { breaches, judgement: judged.judgement, diplomacy: analysis.diplomacy };
  }

  /**
   * What a private message cannot break: personal data (it may hold the person's own details) and the
   * rules about what is said in public (« no public commitment to a refund… », the charter's `public` rules).
   */
  private get publicOnly(): RuleKind[] {
    return ['personal-data', ...this.charter.rules.flatMap((r) => (r.public && r.kind !== 'custom' ? [r.kind] : []))];
  }

  private readReply(text: string, audience: Audience, addressee: string | undefined, overruled?: readonly RuleKind[]): ReplyAnalysis {
    return analyzeReply(
      text,
      {
        locale: this.locale,
        competitors: this.charter.competitors,
        ...(this.charter.industry ? { industry: this.charter.industry } : {}),
        register: this.charter.register[this.locale],
        audience,
        ...(addressee ? { addressee } : {}),
        publicOnly: this.publicOnly,
        ...(overruled ? { overruled } : {}),
      },
      this.replyModel,
    );
  }

  /** The breaches of a reply's reading where it was sent, and the judgement they leave it. */
  private judgeWritten(
    w: WrittenInput,
    analysis: ReplyAnalysis,
    channel: Channel,
  ): { breaches: Decision['breaches']; judged: WrittenReplyJudgement } {
    const breaches = this.breachesIn(analysis, audienceOf(w.action, channel));
    const judged = judgeWrittenReply({
      ...w,
      analysis,
      breaches: breaches.map((b) => ({
        ...b,
        severity: this.charter.rules.find((r) => r.id === b.ruleId)?.severity ?? 'major',
      })),
    });
    return { breaches, judged };
  }

  /** Switches the clock that stamps the log (a replayed session goes live). */
  setRealClock(clock: () => number): void {
    this.realClock = clock;
  }

  /** The page was hidden or lost focus for `ms` of real time: logged as it comes back, for an exam's integrity signals. */
  noteAway(ms: number): void {
    if (this.ended || !(ms >= 1)) return;
    this.record({ type: 'away', ms: Math.round(ms) });
  }

  get hintsUsed(): number {
    return this.hints.size;
  }

  /** The coach's tip for a post, once paid for; null when there is none to give. */
  useHint(postId: string): string | null {
    const post = this.feed.find((p) => p.id === postId);
    if (!post?.hint || this.ended) return null;
    if (!this.hints.has(postId)) {
      this.hints.add(postId);
      this.record({ type: 'hint', postId });
      this.version++;
    }
    return post.hint;
  }

  /** The injects a teacher may send this scenario's class (knots tagged `# inject:`), with their labels. */
  injects(): { knot: string; label: string }[] {
    return this.runner.injects();
  }

  /**
   * A live class's inject reaches the player: its knot's posts and notes join the schedule from now,
   * and the log keeps it so a replay brings it at the same moment. Each inject comes once; false when
   * the knot is not an inject, already came, or the scenario is over.
   */
  inject(knot: string): boolean {
    if (this.ended || this.injected.has(knot) || !this.runner.injects().some((i) => i.knot === knot)) return false;
    this.injected.add(knot);
    this.record({ type: 'inject', knot });
    const step = this.runner.inject(knot);
    this.warnings.push(...step.warnings);
    this.queue(step.events, this.now);
    this.version++;
    return true;
  }

  /**
   * Time is up (exam): every post still waiting gets what its deadline would have given it, and the
   * scenario ends where it stands.
   */
  expire(): void {
    if (this.ended) return;
    this.record({ type: 'expire' });
    for (let guard = 0; guard < 200; guard++) {
      const post = this.feed.find((p) => p.state === 'open' && this.options.some((o) => o.postId === p.id && o.hidden));
      const fallback = post && this.options.find((o) => o.postId === post.id && o.hidden);
      if (!fallback || this.ended) break;
      this.decide(fallback, fallback.text, 'deadline');
    }
    if (!this.ending) {
      this.ending = { id: 'time-up', text: '' };
      this.record({ type: 'end', ending: 'time-up' });
    }
    this.version++;
  }

  score(): ScoreCard {
    return this.scoreWith(this.decisions);
  }

  /** The scores with these decisions in place of the session's (an examiner's review), the community as played. */
  scoreWith(decisions: readonly Decision[]): ScoreCard {
    return scoreSession({
      hintPenalty: this.hintsUsed * HINT_COST,
      decisions,
      charter: this.charter,
      meters: { start: this.startMeters, end: this.meters },
      ...(this.weights ? { weights: this.weights } : {}),
    });
  }

  communitySnapshot() {
    return snapshot(this.community);
  }

  series(): MetricSeries {
    return series(this.community);
  }

  /** How far a post (the one most recently published when none is named) went in each audience segment. */
  spread(postId = this.feed[0]?.id): SegmentSpread[] {
    return spreadBySegment(this.community, postId);
  }

  private record(event: LogEvent): void {
    this.log.push({ ...event, t: this.now, at: this.realClock() });
  }

  private moveClock(to: number): void {
    if (to <= this.now) return;
    this.now = to;
    advance(this.community, to);
    this.absorbCommunity(drainChatter(this.community));
  }

  private nextDeadline(): { at: number; option: ReplyOption } | null {
    let best: { at: number; option: ReplyOption } | null = null;
    for (const post of this.feed) {
      if (post.state !== 'open' || post.deadline === undefined) continue;
      const fallback = this.options.find((o) => o.postId === post.id && o.hidden);
      if (!fallback) continue;
      const at = post.at + post.deadline;
      if (!best || at < best.at) best = { at, option: fallback };
    }
    return best;
  }

  private decide(option: ReplyOption, text: string, source: Decision['source'], written?: WrittenReading): Decision {
    const post = this.feed.find((p) => p.id === option.postId);
    const best = this.options.find((o) => o.postId === option.postId && o.judgement === 'best');
    const analysis = written?.analysis;
    const breaches = written ? written.breaches : option.breaks.map((ruleId) => ({ ruleId }));
    const judged = written?.judged;
    // A written reply goes where the player sent it; the option only carries the story on.
    const action = written ? written.action : option.action;
    const department = written ? written.department : option.department;
    const decision: Decision = {
      postId: option.postId,
      channel: post?.channel ?? 'microblog',
      postKind: post?.kind ?? 'info',
      arrivedAt: post?.at ?? this.now,
      decidedAt: this.now,
      action,
      text,
      source,
      judgement: judged?.judgement ?? option.judgement,
      breaches,
      ...(judged && judged.adjustments.length > 0 ? { adjustments: judged.adjustments } : {}),
      why: written ? '' : option.why,
      ...(department ? { department } : {}),
      ...(judged ? { verdict: judged.verdict } : {}),
      ...(written?.storyAs ? { storyAs: written.storyAs } : {}),
      ...(analysis ? { tone: analysis.tone, diplomacy: analysis.diplomacy, analysis } : {}),
      ...(!analysis && option.tone ? { tone: option.tone } : {}),
      ...(!analysis && option.diplomacy !== undefined ? { diplomacy: option.diplomacy } : {}),
      ...(judged ? (judged.better ? { better: judged.better } : {}) : best && best !== option ? { better: best.text } : {}),
    };
    this.decisions.push(decision);
    if (source === 'deadline') this.record({ type: 'deadline', postId: option.postId });
    const onTime = post ? this.now - post.at <= (this.charter.responseMinutes[post.channel] ?? 60) * 60 : false;
    respond(this.community, {
      postId: option.postId,
      action,
      time: this.now,
      onTime,
      breaches: breaches.length,
      // Each broken rule sets off its wave in the community, sized by the charter's severity (docs/simulation.md).
      breachKinds: breaches.flatMap((b) => {
        const rule = this.charter.rules.find((r) => r.id === b.ruleId);
        return rule ? [{ kind: rule.kind, severity: rule.severity }] : [];
      }),
      ...(decision.tone ? { tone: decision.tone } : {}),
      ...(decision.diplomacy !== undefined ? { diplomacy: decision.diplomacy } : {}),
      ...(decision.department ? { department: decision.department } : {}),
    });
    if (post) {
      post.answers = [{ text, action, at: this.now, source, ...(department ? { department } : {}) }, ...post.answers];
      if (action === 'hide' || action === 'delete' || action === 'ban') this.moderate(post, action);
    }
    this.take(this.runner.choose(written?.branch?.index ?? option.index), this.now);
    return decision;
  }

  /**
   * Free text: the analysis finds breaches by kind; the charter says which kinds are its rules. Where
   * the words go matters: a private message may hold the person's own details, and a hand-over note is
   * read by colleagues only (nothing in it is said to the public but aggression).
   */
  private breachesIn(analysis: ReplyAnalysis, audience: Audience): Decision['breaches'] {
    const out: Decision['breaches'] = [];
    for (const v of analysis.violations) {
      // The analysis already leaves these out for its audience; an analysis recorded by an earlier version may not.
      if (audience === 'private' && this.publicOnly.includes(v.kind)) continue;
      if (audience === 'team' && v.kind !== 'aggression') continue;
      const rule = this.charter.rules.find((r) => r.kind === v.kind);
      if (rule && !out.some((b) => b.ruleId === rule.id))
        out.push({
          ruleId: rule.id,
          excerpt: v.excerpt,
          ...(v.by ? { by: v.by } : {}),
          ...(v.confidence !== undefined ? { confidence: v.confidence } : {}),
        });
    }
    return out;
  }

  /** Queues a story step's events: `after` counts from the previous event, or from `from` for the first. */
  private take(step: ReturnType<StoryRunner['continue']>, from: number): void {
    this.warnings.push(...step.warnings);
    this.queue(step.events, from);
    // Ink reads a choice's text again at every step, and its shuffles with it: an option keeps the
    // wording it was first shown with while its post stays open.
    this.options = step.options.map((o) => {
      const key = [o.postId, o.action, o.department ?? '', o.judgement, o.why].join('\u0000');
      const shown = this.optionText.get(key);
      if (shown === undefined) this.optionText.set(key, o.text);
      return shown === undefined || shown === o.text ? o : { ...o, text: shown };
    });
    this.written = step.written;
    this.storyEnded = step.ended;
    this.refreshStates();
  }

  /** Schedules story events: `after` counts from the previous event, or from `from` for the first. */
  private queue(events: readonly NarrativeEvent[], from: number): void {
    let cursor = from;
    for (const event of events) {
      cursor += delayOf(event);
      this.schedule.push({ at: cursor, seq: this.seq++, event });
    }
    this.schedule.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  private reveal(event: NarrativeEvent): void {
    switch (event.type) {
      case 'post': {
        const persona = this.manifest.personas.find((p) => p.id === event.post.from) ?? {
          id: event.post.from,
          name: event.post.from,
          handle: `@${event.post.from}`,
          segment: 'neutral',
          followers: 0,
        };
        const post: FeedPost = {
          ...event.post,
          persona,
          at: this.now,
          state: 'closed',
          answers: [],
          stats: { reach: 0, likes: 0, shares: 0, comments: 0 },
          replies: [],
        };
        if (this.feed.some((p) => p.id === post.id)) {
          // The check refuses this; a custom story may still do it. Show nothing twice.
          this.warnings.push(`post "${post.id}" appeared twice; the second one is ignored`);
          break;
        }
        const parent = event.post.inReplyTo ? this.feed.find((p) => p.id === event.post.inReplyTo) : undefined;
        if (parent)
          parent.replies = [
            ...parent.replies,
            { id: post.id, author: persona.name, handle: persona.handle, segment: persona.segment, at: this.now, text: post.text },
          ];
        this.feed = [post, ...this.feed];
        publishPost(this.community, {
          id: post.id,
          authorId: persona.id,
          channel: post.channel,
          kind: post.kind,
          mood: post.mood,
          time: this.now,
        });
        break;
      }
      case 'memo':
        this.memos = [{ from: event.from, text: event.text, at: this.now, kind: 'memo' }, ...this.memos];
        break;
      case 'comment': {
        const post = this.feed.find((p) => p.id === event.postId);
        if (!post) {
          this.warnings.push(`a comment for post "${event.postId}", which has not appeared`);
          break;
        }
        // out of the public's sight, a moderated post gets no more comments; a banned author writes none
        if (post.moderated || (event.from && this.banned.has(event.from))) break;
        // a persona, or someone of the community, the same person whenever the same words come back
        const persona = event.from ? this.manifest.personas.find((p) => p.id === event.from) : undefined;
        const who = memberOf(this.community, hashString(event.text));
        const person = persona ?? this.personFor(who.member, { segment: event.segment ?? who.segment, age: who.age });
        post.replies = [
          ...post.replies,
          {
            id: `s${this.replySeq++}`,
            author: person.name,
            handle: person.handle,
            segment: persona?.segment ?? event.segment ?? 'neutral',
            at: this.now,
            text: event.text,
          },
        ];
        this.linesUsed[post.id] ??= new Set();
        break;
      }
      case 'narration':
        this.memos = [{ from: '', text: event.text, at: this.now, kind: 'narration' }, ...this.memos];
        break;
      case 'end':
        // The story's ending, unless the community and the charter contradict a good one (ending.ts).
        this.ending = settleEnding(
          { id: event.ending, text: event.text },
          {
            story: this.story,
            locale: this.locale,
            charter: this.charter,
            decisions: this.decisions,
            start: this.startMeters,
            end: this.meters,
            ...(({ waves, breachAudience }) => ({ waves, breachAudience }))(snapshot(this.community)),
          },
        );
        this.record({ type: 'end', ending: this.ending.id });
        break;
    }
    if (this.storyEnded && this.schedule.length === 0 && !this.ending) {
      this.ending = { id: 'unnamed', text: '' };
    }
    this.refreshStates();
  }

  private refreshStates(): void {
    for (const post of this.feed) {
      const open = this.options.some((o) => o.postId === post.id && !o.hidden);
      post.state = open ? 'open' : post.answers.length > 0 ? 'answered' : 'closed';
    }
    this.version++;
  }

  private absorbCommunity(chatter: Chatter[]): void {
    let changed = false;
    for (const post of this.feed) {
      const s = postCounts(this.community, post.id);
      if (
        s &&
        (s.reach !== post.stats.reach ||
          s.likes !== post.stats.likes ||
          s.shares !== post.stats.shares ||
          s.comments !== post.stats.comments)
      ) {
        post.stats = { reach: s.reach, likes: s.likes, shares: s.shares, comments: s.comments };
        changed = true;
      }
    }
    for (const c of chatter) if (this.voice(c)) changed = true;
    if (changed) this.version++;
  }

  /**
   * A post the community manager hid, deleted or whose author they banned: the public no longer sees it,
   * so it leaves the thread it was posted in, and a banned author says nothing more in the run. People
   * notice: fair criticism taken down is talked about under another of the brand's threads, and abuse,
   * spam or exposed data taken down draws thanks to the moderators (see `voiceRemoval`).
   */
  private moderate(post: FeedPost, action: 'hide' | 'delete' | 'ban'): void {
    post.moderated = action;
    for (const p of this.feed) if (p.replies.some((r) => r.id === post.id)) p.replies = p.replies.filter((r) => r.id !== post.id);
    if (action === 'ban') this.banned.add(post.persona.id);
    const kind: Removal = ABUSIVE.has(post.kind) || post.kind === 'personal-data' ? 'cleared' : 'censored';
    if (this.removals.some((m) => m.postId === post.id)) return;
    this.removals.push({
      postId: post.id,
      authorId: post.persona.id,
      kind,
      at: this.now,
      fill: this.fillFor(post),
      channel: post.channel,
      ...(post.inReplyTo ? { parent: post.inReplyTo } : {}),
      left: REMOVAL_VOICES[kind],
    });
  }

  /** Turns one member's comment into words in a thread; true when a comment was added. */
  private voice(c: Chatter): boolean {
    const post = this.feed.find((p) => p.id === c.postId);
    if (!post || (c.personaId && this.banned.has(c.personaId))) return false;
    if (post.moderated) {
      // out of the public's sight, a moderated post draws no more comments; a fair one taken down is talked about elsewhere
      const note = this.removals.find(
        (m) => m.postId === post.id && m.kind === 'censored' && m.left > 0 && c.time - m.at <= REMOVAL_WINDOW.censored,
      );
      const host = note && this.hostFor(note);
      return !!(note && host && this.hasRoom(host, c.time) && !this.namesakeIn(host, c) && this.voiceRemoval(note, c, host));
    }
    // a private message is between the brand and its author: no crowd under it (a breach there that goes round has its own post)
    if (!this.hasRoom(post, c.time) || post.channel === 'dm') return false;
    // an account that only posts spam does not join other threads as a member ("ok that was anticlimactic")
    if (c.personaId && this.feed.some((p) => p.persona.id === c.personaId && p.kind === 'spam')) return false;
    // nor does someone who only ever writes to the brand in private (a colleague, a manager): "hope this was cleared internally"
    if (c.personaId && this.onlyInPrivate(c.personaId)) return false;
    // the post's author may still take this turn; a namesake of someone in the thread lets it pass
    const namesake = this.namesakeIn(post, c);
    const noticed = !namesake && this.removalNoticedOn(post, c);
    if (noticed && this.voiceRemoval(noticed, c, post)) return true;
    if (this.voiceAuthor(post, c)) return true;
    // the author speaks in their own thread as its author, not as one more member
    if ((c.personaId && c.personaId === post.persona.id) || namesake) return false;
    return this.voiceMember(post, c);
  }

  /** A member's comment under the post: an answer to another comment, to the brand's reply, or to the post. */
  private voiceMember(post: FeedPost, c: Chatter): boolean {
    const situation = this.situationOf(post, c.situation);
    const key = situationKey(situation);
    const avoid = this.avoidIn(post);
    // under a reply that broke two rules, a line about one quotes that one's words (the sick leave, not the blame)
    const fill = this.fillFor(post, situation.breach);
    const speaker = this.speakerOf(c, post, situation);
    const replied = post.answers.some((a) => a.action === 'reply');
    // a private message's breach goes round only when it wronged its reader (an insult, blame): a promise pleases
    // them, a figure or someone's details stay between them and the brand, and the public cannot react to what it never saw
    if (situation.breach && !replied && !SHARED_FROM_DM.has(situation.breach)) return false;
    // a breach in a private message reaches the thread as a screenshot, not as a reply on the brand's account
    const scene = situation.breach && !replied ? { ...this.sceneOf(post), privately: true } : this.sceneOf(post);
    const answered = c.toBrand && replied;
    const rejoinder = this.rejoinderTo(post, c, speaker, situation, key, avoid, fill);
    // an answer to the brand is about the brand's reply; failing such a line, the member writes under the post
    let toBrand = answered && !rejoinder;
    let said =
      rejoinder?.said ?? (answered ? sayLine(this.locale, situation, speaker, c.r, avoid, fill, { ...scene, toBrand: true }) : null);
    if (!said && !rejoinder) {
      toBrand = false;
      said = sayLine(this.locale, situation, speaker, c.r, avoid, fill, scene);
    }
    if (!said) return false;
    // agreeing with a comment says what it says (not how: its register, its speaker's role)
    const flags = rejoinder?.move === 'agree' ? [...new Set([...rejoinder.flags.filter((f) => !OWN.has(f)), ...said.flags])] : said.flags;
    this.addComment(post, c, said, flags, speaker, key, {
      ...(toBrand ? { toBrand: true } : {}),
      ...(rejoinder ? { replyTo: rejoinder.to } : {}),
    });
    return true;
  }

  /**
   * Most of the time (four chances in five, decided from the member and the moment, so the chatter stream
   * is untouched) a member answers one of the thread's recent comments rather than the post or the brand,
   * when there is one to answer: written in the same situation (or earlier under the same post, unless it
   * waited for an answer since given), by someone else, at the top level, that their stance has something
   * to say to (see moveFor). Never under a breach's screenshot: there people answer the brand.
   */
  private rejoinderTo(
    post: FeedPost,
    c: Chatter,
    speaker: Speaker,
    situation: Situation,
    key: string,
    avoid: Avoid,
    fill: Fill,
  ): { said: Said; to: string; move: Move; flags: readonly Flag[] } | null {
    if (c.situation.breach || hashString(`rejoinder:${c.member}:${c.time}`) % 5 === 0) return null;
    for (const reply of post.replies.slice(-6).reverse()) {
      const by = this.saidBy.get(reply.id);
      if (!by || by.author || reply.replyTo || by.member === c.member) continue;
      // two answers to a comment are a conversation; five "same question" under it are a pile-up
      if (post.replies.filter((r) => r.replyTo === reply.id).length >= MAX_ANSWERS) continue;
      // a comment of the same situation, or of the time before the brand answered that does not wait for its answer
      const earlier = by.situation.startsWith(`${situation.topic}:`) && by.situation.endsWith(':') && !by.flags.includes('awaits-answer');
      if (by.situation !== key && !earlier) continue;
      const move = moveFor(speaker.stance, by, situation.topic);
      // agreeing with "mine broke too" takes having one that broke
      if (!move || (move === 'agree' && !fits(['', ...by.flags.filter((f) => !OWN.has(f))], speaker, situation, this.sceneOf(post))))
        continue;
      const fillTo = { ...fill, name: this.callName(reply.author) };
      // "lucky you" answers someone who spoke of their own product, not a thank-you to the brand
      const heardExperience = by.flags.includes('customer') || by.flags.includes('unaffected') || by.flags.includes('same-here');
      const said = sayRejoinder(this.locale, move, speaker, situation, c.r, avoid, fillTo, { ...this.sceneOf(post), heardExperience });
      return said ? { said, to: reply.id, move, flags: by.flags } : null;
    }
    return null;
  }

  /**
   * The post's author takes a member's turn (one chance in three, from the post and the moment) to speak
   * in their own thread, twice at most: after the brand's public reply (thanks after a good one, insistence
   * after a poor one, outrage after one that broke the charter), after a private message or a hand-over
   * (an update), to a member who mocked them (a retort), or to bump a post left unanswered past the
   * brand's target. Not when the story already gives them a word in the thread, nor under an attack, spam
   * or exposed data (the story voices those authors), nor in a private message.
   */
  private voiceAuthor(post: FeedPost, c: Chatter): boolean {
    const persona = this.manifest.personas.find((p) => p.id === post.persona.id);
    if (!persona || this.banned.has(persona.id) || post.channel === 'dm') return false;
    const situation = this.situationOf(post, c.situation);
    // news told in worry or anger (someone's details going round, a partnership paused) is a fair matter, not praise
    const alarmed = post.mood === 'worried' || post.mood === 'angry' || post.mood === 'furious' || post.mood === 'hostile';
    const topic: AuthorTopic | null =
      situation.topic === 'grievance' || situation.topic === 'question' || (situation.topic === 'news' && alarmed)
        ? 'fair'
        : situation.topic === 'praise' || situation.topic === 'news'
          ? 'praise'
          : situation.topic === 'rumour'
            ? 'rumour'
            : null;
    if (!topic || hashString(`author:${post.id}:${c.time}`) % 3 !== 0) return false;
    const mine = post.replies.filter((r) => r.author === persona.name);
    if (mine.length >= 2 || mine.some((r) => !this.saidBy.get(r.id)?.author)) return false;
    const acts = post.answers.filter((a) => a.source !== 'deadline' && a.action !== 'ignore');
    const reply = acts.find((a) => a.action === 'reply');
    const mocker = post.replies
      .slice(-6)
      .reverse()
      .find((r) => {
        const by = this.saidBy.get(r.id);
        return by && !by.author && !r.replyTo && by.flags.includes('attacks-author') && c.time - r.at <= 900;
      });
    const hostile = persona.segment === 'critic' || persona.segment === 'troll';
    let move: AuthorMove | null = null;
    let to: FeedReply | undefined;
    if (reply && mine.length === 0 && c.time - reply.at >= 60 && c.time - reply.at <= 1800) {
      // a reply that broke the charter: an insult, blame or their data on show outrage them; a promise alone pleases them
      // (only what the public can see in it: a « tu » or a rule of the brand's own is no outrage)
      const kinds = this.breachKindsOf(post.id).filter((k) => breachSeen(k as RuleKind | 'custom'));
      // a reply blaming or mocking others under their praise, or blaming a third party it names, is not aimed at them: they keep out of it
      const scene = this.sceneOf(post);
      const elsewhere = [
        ...(topic === 'praise' ? ['blame', 'aggression'] : scene.blamedOther ? ['blame', 'confidential'] : []),
        // someone else's details in the brand's words (a colleague named under the author's alert)
        ...(scene.namesAuthor === false ? ['personal-data'] : []),
      ];
      if (situation.breach && kinds.every((k) => elsewhere.includes(k))) return false;
      move = situation.breach
        ? kinds.some((k) => OUTRAGED.has(k))
          ? 'outraged'
          : kinds.every((k) => k === 'promise')
            ? topic === 'fair'
              ? 'promised'
              : 'thanks'
            : 'insist'
        : situation.phase === 'good' && !(topic === 'rumour' && hostile)
          ? 'thanks'
          : // a reply judged good or best settled it: the author thanks it, or a hostile one lets it go
            this.sceneOf(post).resolved && JUDGED_WELL.has([...this.decisions].reverse().find((d) => d.postId === post.id)?.judgement ?? '')
            ? hostile
              ? null
              : 'thanks'
            : 'insist';
    } else if (mocker && !post.replies.some((r) => r.replyTo === mocker.id && r.author === persona.name)) {
      move = 'retort';
      to = mocker;
    } else if (!reply && acts.length > 0 && mine.length === 0 && (acts[0]!.action === 'dm' || acts[0]!.action === 'escalate')) {
      // "they messaged me, lovely": not after a private message that broke the charter (its screenshot speaks)
      const breached = this.decisions.some((d) => d.postId === post.id && d.breaches.length > 0);
      if (c.time - acts[0]!.at >= 60 && !breached && !this.noteOnly(post)) move = 'update';
    } else if (acts.length === 0 && mine.length === 0 && topic !== 'praise') {
      const target = (this.charter.responseMinutes[post.channel] ?? 60) * 60;
      if (c.time - post.at > target) move = 'bump';
    }
    if (!move) return false;
    const speaker: Speaker = {
      stance: persona.segment === 'journalist' ? 'press' : persona.segment === 'troll' ? 'troll' : hostile ? 'critic' : 'peer',
      ...roleOf(persona.segment),
      register: registerOf(persona.age),
      customer: true,
      affected: true,
      spoke: mine.length > 0,
    };
    const fill = to ? { ...this.fillFor(post), name: this.callName(to.author) } : this.fillFor(post);
    // a retort to a joke is not "sorry yours went badly": that answers someone who told of their own product
    const told = to && this.saidBy.get(to.id)?.flags;
    const scene = told
      ? { ...this.sceneOf(post), heardExperience: told.includes('customer') || told.includes('unaffected') || told.includes('same-here') }
      : this.sceneOf(post);
    const said = sayAuthor(this.locale, topic, move, speaker, c.r, this.avoidIn(post), fill, scene);
    if (!said) return false;
    const toBrand = move === 'thanks' || move === 'insist' || move === 'outraged';
    this.addComment(post, { ...c, segment: persona.segment, personaId: persona.id }, said, said.flags, speaker, situationKey(situation), {
      ...(toBrand ? { toBrand: true } : {}),
      ...(to ? { replyTo: to.id } : {}),
      author: persona,
    });
    return true;
  }

  /**
   * A removal people talk about under `post`: the thread the removed post was in (its parent), or else the
   * brand's latest public post; one member in two turns to it, a few times
   * per removal, for a while after it.
   */
  private removalNoticedOn(post: FeedPost, c: Chatter): RemovalNote | undefined {
    return this.removals.find(
      (m) =>
        m.left > 0 &&
        c.time > m.at &&
        c.time - m.at <= REMOVAL_WINDOW[m.kind] &&
        this.hostFor(m) === post &&
        hashString(`removal:${c.member}:${c.time}`) % 2 === 0,
    );
  }

  /** A persona whose every post so far is a private message to the brand. */
  private onlyInPrivate(personaId: string): boolean {
    const theirs = this.feed.filter((p) => p.persona.id === personaId);
    return theirs.length > 0 && theirs.every((p) => p.channel === 'dm');
  }

  /** What a member says about a removal, under `host`; true when said. */
  private voiceRemoval(note: RemovalNote, c: Chatter, host: FeedPost): boolean {
    // the removed post's author does not talk about themselves in the third person
    if (c.personaId === note.authorId) return false;
    const situation: Situation = { topic: 'news', phase: 'private' };
    const speaker = this.speakerOf(c, host, situation);
    const said = sayRemoval(this.locale, note.kind, speaker, c.r, this.avoidIn(host), note.fill, this.casualIn(host));
    if (!said) return false;
    note.left--;
    this.addComment(host, c, said, said.flags, speaker, `removal:${note.kind}`, {});
    return true;
  }

  /**
   * Where a removal is talked about: the thread the removed post was in, else the latest public thread on
   * its channel (spam deleted from the comments is not thanked for under a forum post or a microblog question).
   */
  private hostFor(note: RemovalNote): FeedPost | undefined {
    const visible = (p: FeedPost | undefined) =>
      !!p && !p.moderated && p.channel !== 'dm' && p.channel === note.channel && p.id !== note.postId;
    const parent = note.parent ? this.feed.find((p) => p.id === note.parent) : undefined;
    return visible(parent) ? parent : this.feed.find(visible);
  }

  /** A thread takes a new comment: it is in sight, not full, and its last comment is not too recent. */
  private hasRoom(post: FeedPost, time: number): boolean {
    if (post.moderated || post.replies.length >= MAX_REPLIES_PER_POST) return false;
    const last = post.replies.at(-1);
    return !last || time - last.at >= COMMENT_GAP;
  }

  private addComment(
    post: FeedPost,
    c: Chatter,
    said: Said,
    flags: readonly Flag[],
    speaker: Speaker,
    situation: string,
    how: { toBrand?: true; replyTo?: string; author?: Persona },
  ): void {
    this.avoidIn(post).thread.add(said.key);
    this.runLines.add(said.key);
    const persona = how.author ?? (c.personaId ? this.manifest.personas.find((p) => p.id === c.personaId) : undefined);
    const person = persona ?? this.personFor(c.member, { segment: c.segment, age: c.age });
    const id = `c${this.replySeq++}`;
    this.saidBy.set(id, {
      line: said.key,
      member: how.author ? -1 : c.member,
      stance: speaker.stance,
      situation,
      flags,
      asks: /\?\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/u.test(said.text),
      age: persona?.age ?? c.age,
      customer: !!speaker.customer,
      affected: !!speaker.affected,
      spoke: !!speaker.spoke,
      ...(speaker.role ? { role: speaker.role } : {}),
      ...(how.author ? { author: true } : {}),
    });
    post.replies = [
      ...post.replies,
      {
        id,
        author: person.name,
        handle: person.handle,
        segment: persona?.segment ?? c.segment,
        at: c.time,
        text: said.text,
        ...(how.toBrand ? { toBrand: true } : {}),
        ...(how.replyTo ? { replyTo: how.replyTo } : {}),
        ...(flags.length > 0 ? { flags } : {}),
      },
    ];
  }

  /** The lines a thread already shows, and those said anywhere in the run. */
  private avoidIn(post: FeedPost): { thread: Set<string>; run: ReadonlySet<string> } {
    return { thread: (this.linesUsed[post.id] ??= new Set()), run: this.runLines };
  }

  /** What a line's placeholders stand for under this post: its facts, its author, the brand, whom it attacks. */
  private fillFor(post: FeedPost, breach?: BreachTopic): Fill {
    const target = this.targetOf(post);
    // two comments quoting the same words are a chorus; a third would be an echo
    const quote = this.quoteIn(post, breach);
    const quoted = quote ? post.replies.filter((r) => r.text.includes(quote)).length : 0;
    return {
      ...post.facts,
      // an account selling votes or followers is called by its whole name ("Votes Garantis", not "Votes")
      ...(post.persona.name ? { author: post.kind === 'spam' ? post.persona.name : callNameOf(post.persona) } : {}),
      brand: this.charter.brand.name,
      ...(target ? { target: callNameOf(target) } : {}),
      ...(quote && quoted < 2 ? { quote } : {}),
    };
  }

  /**
   * The brand's words people quote under a post: its public reply, or a private message whose breach went
   * round as a screenshot; the offending words after a breach the public can see (the reading's excerpt
   * of a written reply, else the reply's sting), what it said that helped after a good one.
   */
  private quoteIn(post: FeedPost, breach?: BreachTopic): string | null {
    const key = `${post.id}:${breach ?? ''}`;
    const known = this.quotes.get(key);
    if (known && known.answers === post.answers.length) return known.quote;
    const decided = [...this.decisions].reverse().find((d) => d.postId === post.id && (d.action === 'reply' || d.action === 'dm'));
    const kindOf = (ruleId: string) => this.charter.rules.find((r) => r.id === ruleId)?.kind ?? 'custom';
    // the breach a line is about first: its words are the ones quoted
    const about = (b: { ruleId: string }) => (breachTopicOf(kindOf(b.ruleId)) === breach ? 0 : 1);
    const seen = (decided?.breaches.filter((b) => breachSeen(kindOf(b.ruleId))) ?? []).sort((a, b) => about(a) - about(b));
    const words = decided && (decided.action === 'reply' || seen.length > 0) && post.answers.find((a) => a.action === decided.action);
    let quote: string | null = null;
    if (words) {
      // an option's breach is not located in its words: the rules' reading finds the sentence (the same in every run)
      const kinds = seen.map((b) => kindOf(b.ruleId));
      const excerpt =
        seen.find((b) => b.excerpt)?.excerpt ??
        (seen.length > 0 ? this.readRules(words.text).violations.find((v) => kinds.includes(v.kind))?.excerpt : undefined);
      quote = quoteOf(words.text, seen.length > 0, excerpt, callNameOf(post.persona));
    }
    this.quotes.set(key, { quote, answers: post.answers.length });
    return quote;
  }

  /** The rules' reading of the brand's own public words (never the trained model: a quote must not depend on its loading). */
  private readRules(text: string): ReplyAnalysis {
    return analyzeReply(text, {
      locale: this.locale,
      competitors: this.charter.competitors,
      ...(this.charter.industry ? { industry: this.charter.industry } : {}),
      register: this.charter.register[this.locale],
    });
  }

  /** The situation refined with what the session knows: an attack on a member is `harassment`, not abuse of the brand. */
  private situationOf(post: FeedPost, s: Situation): Situation {
    const topic = s.topic === 'abuse' && this.targetOf(post) ? 'harassment' : s.topic;
    // a warm reply that does the wrong thing (asks a happy customer to go and correct an angry one, tells
    // someone their size is wrong) is read for what it does: the simulation saw only its tone
    const decided = s.phase === 'good' && [...this.decisions].reverse().find((d) => d.postId === post.id && d.action === 'reply');
    const misjudged = !!decided && decided.breaches.length === 0 && (decided.judgement === 'bad' || decided.judgement === 'poor');
    // a hand-over note of the player's own tells its author nothing ("good thing they wrote to you" is not said)
    const noteOnly = s.phase === 'private' && this.noteOnly(post);
    if (topic === s.topic && !misjudged && !noteOnly) return s;
    return { ...s, topic, ...(misjudged ? { phase: 'poor' as const } : noteOnly ? { phase: 'before' as const } : {}) };
  }

  /**
   * The brand's only answer to a post is a hand-over note the player wrote: unlike a scripted hand-over,
   * which also tells the author what happens next, it reaches nobody outside the brand.
   */
  private noteOnly(post: FeedPost): boolean {
    return (
      post.answers.every((a) => a.action !== 'reply' && a.action !== 'dm') &&
      this.decisions.some((d) => d.postId === post.id && d.action === 'escalate' && d.source === 'free')
    );
  }

  /**
   * Whom an abusive post attacks: the persona whose handle it names (not its author), else, when it does not
   * name the brand, the author of the post it answers; null when it attacks the brand or its staff.
   */
  private targetOf(post: FeedPost): Persona | null {
    if (!ABUSIVE.has(post.kind) && post.kind !== 'personal-data') return null;
    let target = this.targets.get(post.id);
    if (target !== undefined) return target;
    const text = post.text.toLowerCase();
    const named = this.manifest.personas.find((p) => p.id !== post.persona.id && text.includes(p.handle.toLowerCase()));
    const brand = text.replace(/\s+/g, '').includes(this.charter.brand.name.toLowerCase().replace(/\s+/g, ''));
    const parent = post.inReplyTo ? this.feed.find((p) => p.id === post.inReplyTo)?.persona : undefined;
    target = post.kind === 'spam' ? null : (named ?? (!brand && parent && parent.id !== post.persona.id ? parent : null));
    this.targets.set(post.id, target ?? null);
    return target ?? null;
  }

  /** Who is speaking: their stance (a creator sometimes as a creator), role, register, and what they have. */
  private speakerOf(c: Chatter, post: FeedPost, situation: Situation): Speaker {
    const persona = c.personaId ? this.manifest.personas.find((p) => p.id === c.personaId) : undefined;
    // a creator speaks to their audience under two posts in five, and as a fan or a critic under the others
    const creator = c.segment === 'influencer' && hashString(`creator:${this.seed}:${c.member}:${post.id}`) % 5 < 2;
    const about = post.subject ?? situation.topic;
    return {
      stance: creator ? 'press' : c.stance,
      ...roleOf(c.segment),
      register: registerOf(persona?.age ?? c.age),
      // a persona who told of the problem in a post of their own has it ("off to check mine" is not theirs to say)
      customer: customerOf(this.seed, c.member, c.segment) || this.hadProblem(persona, post),
      affected: affectedOf(this.seed, c.member, c.segment, about) || this.hadProblem(persona, post),
      spoke: post.replies.some((r) => this.saidBy.get(r.id)?.member === c.member),
    };
  }

  private sceneOf(post: FeedPost): Scene {
    const known = this.scenes.get(post.id);
    if (known && known.answers === post.answers.length) return known.scene;
    const target = this.targetOf(post);
    const reply = post.answers.find((a) => a.action === 'reply');
    const words = post.answers.find((a) => a.action === 'reply' || a.action === 'dm');
    const decided = reply && [...this.decisions].reverse().find((d) => d.postId === post.id && d.action === 'reply');
    const scene: Scene = {
      ...facetsOf(post, this.field),
      // what the reply promised and whether it says the matter is solved (good or best judged, or in its words)
      // (a private message's promise can go round as a screenshot too)
      ...(words ? { promised: promiseOf(words.text) } : {}),
      ...(reply && (decided?.judgement === 'good' || decided?.judgement === 'best' || RESOLVED.test(reply.text)) ? { resolved: true } : {}),
      kind: post.kind,
      ...(post.subject ? { subject: post.subject } : {}),
      casual: this.casualIn(post),
      ...(target?.segment === 'troll' ? { targetIsTroll: true } : {}),
      // news announces something when it names an event; otherwise it is a review, an update, a member's own news
      ...(post.kind === 'info' ? { announces: !!post.facts?.event } : {}),
      ...(post.kind === 'praise' || post.kind === 'info' ? { praised: true } : {}),
      // a decision of the brand's: a change of rules, terms or hours when the post speaks of one
      ...(post.subject === 'policy' ? { ruleChange: RULE_CHANGE.test(post.text) } : {}),
      ...(reply && this.namesOther(reply.text, post) ? { blamedOther: true } : {}),
      ...(words ? { namesAuthor: this.names(words.text, post.persona) } : {}),
      // each scenario reads the lines written in several wordings its own way
      variant: hashString(this.manifest.id),
      ...(words ? this.leakIn(post, words.text) : {}),
    };
    this.scenes.set(post.id, { scene, answers: post.answers.length });
    return scene;
  }

  /**
   * What the brand's words to a post gave away, for the lines about it: whether they broke a rule the public
   * can see, and what a confidential leak was about (a named colleague, a staff member, or a figure or a date).
   */
  private leakIn(post: FeedPost, text: string): Pick<Scene, 'leak' | 'broke'> {
    const decided = [...this.decisions].reverse().find((d) => d.postId === post.id && (d.action === 'reply' || d.action === 'dm'));
    const kinds = (decided?.breaches ?? []).map((b) => this.charter.rules.find((r) => r.id === b.ruleId)?.kind ?? 'custom');
    if (!kinds.some((k) => breachSeen(k))) return {};
    if (!kinds.includes('confidential')) return { broke: true };
    const excerpts = this.readRules(text)
      .violations.filter((v) => v.kind === 'confidential')
      .map((v) => v.excerpt ?? '');
    const leak = excerpts.some((e) => NAMED_COLLEAGUE.test(e))
      ? 'named'
      : excerpts.some((e) => STAFF_MATTER.test(e))
        ? 'staff'
        : 'internal';
    return { broke: true, leak };
  }

  /** Whether a persona wrote a complaint or a worried question of their own on the subject of `post`, before it. */
  private hadProblem(persona: Persona | undefined, post: FeedPost): boolean {
    if (!persona || !post.subject) return false;
    return this.feed.some(
      (p) => p.persona.id === persona.id && p.subject === post.subject && p.at <= post.at && topicOf(p.kind, p.mood) === 'grievance',
    );
  }

  /** Whether a reply names one of the scenario's people other than the post's author (a reply that blames a third party). */
  private namesOther(text: string, post: FeedPost): boolean {
    return this.manifest.personas.some((p) => p.id !== post.persona.id && this.names(text, p));
  }

  /** Whether words name a person: what others call them, as a word, or their handle. */
  private names(text: string, person: { id: string; name: string; handle?: string; person?: true }): boolean {
    const name = callNameOf(person);
    const word = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    return (name.length > 1 && word.test(text)) || (!!person.handle && text.toLowerCase().includes(person.handle.toLowerCase()));
  }

  /** The kinds of the charter rules the brand's public reply to a post broke. */
  private breachKindsOf(postId: string): string[] {
    const reply = [...this.decisions].reverse().find((d) => d.postId === postId && d.action === 'reply');
    return (reply?.breaches ?? []).map((b) => this.charter.rules.find((r) => r.id === b.ruleId)?.kind ?? 'custom');
  }

  /** Slang reads as the community's own voice, except on an enthusiasts' forum, where people write in full sentences. */
  private casualIn(post: FeedPost): boolean {
    return this.casualCommunity && post.channel !== 'forum';
  }

  /**
   * Whether the member would be a second person of that first name in the thread (Jess Williams under
   * Jess Johnson): they let this turn pass, as the thread reads as one person talking to themselves.
   */
  private namesakeIn(post: FeedPost, c: Chatter): boolean {
    if (c.personaId) return false;
    const name = this.personFor(c.member, { segment: c.segment, age: c.age }).name;
    const first = firstNameOf(name);
    return post.replies.some((r) => r.author !== name && firstNameOf(r.author) === first);
  }

  /** What others call the author of a comment: a persona by its call name, a member by their first name. */
  private callName(author: string): string {
    const persona = this.manifest.personas.find((p) => p.name === author);
    return persona ? callNameOf(persona) : firstNameOf(author);
  }

  /** Who wrote a generated comment of the run (its id), as the choice of its words saw them; for the tests. */
  commenter(id: string): Readonly<Commenter> | undefined {
    return this.saidBy.get(id);
  }
}

/** Who wrote a generated comment, and what their line does. */
export interface Commenter {
  /** The line said (its key in its bank). */
  line: string;
  /** The member of the community (-1: the post's author, a persona, speaking in their thread). */
  member: number;
  stance: Stance;
  /** The situation it was said in (`situationKey`, or `removal:<kind>`). */
  situation: string;
  flags: readonly Flag[];
  /** It ends on a question another member may answer. */
  asks: boolean;
  age?: AgeBand;
  role?: 'journalist' | 'creator';
  customer: boolean;
  affected: boolean;
  /** They had already commented in the thread. */
  spoke: boolean;
  author?: true;
}

/** A post taken down, and what people still have to say about it. */
interface RemovalNote {
  postId: string;
  authorId: string;
  kind: Removal;
  at: number;
  /** The removed post's placeholders: {author} is its author. */
  fill: Fill;
  /** Where it was posted: only people there saw it go. */
  channel: FeedPost['channel'];
  /** The thread it was posted in. */
  parent?: string;
  /** Comments still to come about it. */
  left: number;
}

const ABUSIVE: ReadonlySet<string> = new Set(['abuse', 'spam']);
const JUDGED_WELL: ReadonlySet<string> = new Set(['good', 'best']);
/** Words of a brand reply saying the matter is solved (both languages). */
const RESOLVED = /\b(?:restored|back up|fixed|resolved|sorted|refunded|cancelled the|rétabli|résolu|corrigé|remboursé|réparé|annulé)/i;
/** Words of a post about a change of rules, terms or opening hours (both languages). */
const RULE_CHANGE =
  /\b(?:rules?|rulebook|terms|hours|opening|changed?|changes|new rule|règles?|règlement|conditions|CGU|horaires|chang(?:é|ée|és|ées|ement|er)|nouvelle règle)\b/i;
/** Answers one member's comment draws at most; further comments go under the post or to the brand. */
const MAX_ANSWERS = 2;
/** Replies that broke the charter in a way that outrages the person they answer. */
const OUTRAGED: ReadonlySet<string> = new Set(['aggression', 'blame', 'personal-data']);
/** A colleague's role followed or preceded by their name ("our technician Marc", « Claire, notre responsable »). */
const NAMED_COLLEAGUE =
  /(?:\p{Lu}\p{Ll}+, |\b(?:colleague|coworker|co-worker|manager|boss|tech|technician|intern|lead|supervisor|collègue|technicien|stagiaire|responsable|chef|patron)\s+\p{Lu})/u;
/** A staff member's private matter: health, leave, dismissal. */
const STAFF_MATTER =
  /sick|leave|fired|sacked|laid off|redundan|burn.?out|rehab|divorce|maladie|congé|licenci|viré|arrêt|colleague|coworker|staff|employee|collègue|vendeu|salarié|équipe/i;
/** The breaches of a private message its reader would screenshot and post: those that wronged them. */
const SHARED_FROM_DM: ReadonlySet<string> = new Set(['aggression', 'blame', 'politics']);
/** Flags that belong to how a line is said and by whom, not to what it says: agreeing with it does not take them. */
const OWN: ReadonlySet<string> = new Set(['casual', 'formal', 'journalist', 'creator', 'by-author', 'told-you', 'to-author']);
/** How many comments a removal draws, and for how long (game seconds). */
const REMOVAL_VOICES: Record<Removal, number> = { censored: 4, cleared: 2 };
const REMOVAL_WINDOW: Record<Removal, number> = { censored: 2400, cleared: 1200 };

const registerOf = (age: AgeBand | undefined): Speaker['register'] =>
  age === '15-25' ? 'casual' : age === '26-35' ? 'loose' : age === '51+' ? 'formal' : age === '36-50' ? 'plain' : undefined;
const roleOf = (segment: string): Pick<Speaker, 'role'> =>
  segment === 'journalist' ? { role: 'journalist' } : segment === 'influencer' ? { role: 'creator' } : {};

type Audience = NonNullable<AnalysisContext['audience']>;

/**
 * Who reads a written reply: the team a hand-over note, the author alone a private message — and a reply
 * under a private message, which stays in that conversation — everyone else a public reply.
 */
function audienceOf(action: WrittenAction, channel: Channel): Audience {
  return action === 'escalate' ? 'team' : action === 'dm' || channel === 'dm' ? 'private' : 'public';
}
