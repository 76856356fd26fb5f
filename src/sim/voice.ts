/**
 * What a member writes under a post (issue #16): the line for a situation (the post's topic, the phase of
 * the thread, the member's stance; or the breach whose screenshot went round), chosen among the lines the
 * speaker may say (`fits`: their role, register, whether they have the product…), without repeating a
 * line already in the thread, and if the bank allows it one already said in the run, with the post
 * author's first name and the brand's name filled in. Pure: the simulation draws the number `r` from its
 * chatter stream, the session (which knows the locale, the people and the thread) turns it into words here.
 */
import type { PostFacets } from './scene';
import { hashString } from '../core/rng';
import { FACT_KEYS, type FactKey, type Locale, type Mood, type PostKind, type RuleKind, type Segment, type Subject } from '../core/types';
import type {
  AuthorMove,
  AuthorTopic,
  AuthorVoice,
  BreachTopic,
  BreachVoice,
  Cells,
  Flag,
  Line,
  Move,
  Phase,
  RegisterVoice,
  RejoinderVoice,
  Removal,
  RemovalVoice,
  Stance,
  SubjectVoice,
  Topic,
  TopicVoice,
} from './voices/types';
import { ABUSE_EN, ABUSE_FR } from './voices/abuse';
import { AUTHOR_EN, AUTHOR_FR } from './voices/author';
import { BREACH_EN, BREACH_FR } from './voices/breach';
import { EXPOSURE_EN, EXPOSURE_FR } from './voices/exposure';
import { GRIEVANCE_EN, GRIEVANCE_FR } from './voices/grievance';
import { HARASSMENT_EN, HARASSMENT_FR } from './voices/harassment';
import { NEWS_EN, NEWS_FR } from './voices/news';
import { PRAISE_EN, PRAISE_FR } from './voices/praise';
import { QUESTION_EN, QUESTION_FR } from './voices/question';
import { REGISTERS_EN, REGISTERS_FR } from './voices/registers';
import { REJOINDER_EN, REJOINDER_FR } from './voices/rejoinder';
import { REMOVAL_EN, REMOVAL_FR } from './voices/removal';
import { SPAM_EN, SPAM_FR } from './voices/spam';
import { SUBJECTS_EN, SUBJECTS_FR } from './voices/subjects';
import { RUMOUR_EN, RUMOUR_FR } from './voices/rumour';

export type { AuthorMove, AuthorTopic, BreachTopic, Flag, Line, Move, Phase, Removal, Stance, Topic } from './voices/types';

/** The topics' and subjects' cells with the lines of the young and the old added at their end (voices/registers.ts). */
function withRegisters(topics: Record<Topic, TopicVoice>, subjects: SubjectVoice, extra: RegisterVoice) {
  type AnyCells = Partial<Record<Stance, readonly Line[]>>;
  const cells = (base: AnyCells, more: AnyCells | undefined): AnyCells =>
    Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...v, ...(more?.[k as Stance] ?? [])]]));
  return {
    topics: Object.fromEntries(
      Object.entries(topics).map(([t, phases]) => [
        t,
        Object.fromEntries(Object.entries(phases).map(([ph, c]) => [ph, cells(c, extra.topics[t as Topic]?.[ph as Phase])])),
      ]),
    ) as Record<Topic, TopicVoice>,
    subjects: Object.fromEntries(Object.entries(subjects).map(([k, c]) => [k, cells(c, extra.subjects[k as Subject])])) as SubjectVoice,
  };
}

export const VOICES: Record<
  Locale,
  {
    topics: Record<Topic, TopicVoice>;
    subjects: SubjectVoice;
    breach: BreachVoice;
    rejoinder: RejoinderVoice;
    removal: RemovalVoice;
    author: AuthorVoice;
  }
> = {
  en: {
    ...withRegisters(
      {
        grievance: GRIEVANCE_EN,
        question: QUESTION_EN,
        praise: PRAISE_EN,
        abuse: ABUSE_EN,
        harassment: HARASSMENT_EN,
        spam: SPAM_EN,
        rumour: RUMOUR_EN,
        news: NEWS_EN,
        exposure: EXPOSURE_EN,
      },
      SUBJECTS_EN,
      REGISTERS_EN,
    ),
    breach: BREACH_EN,
    rejoinder: REJOINDER_EN,
    removal: REMOVAL_EN,
    author: AUTHOR_EN,
  },
  fr: {
    ...withRegisters(
      {
        grievance: GRIEVANCE_FR,
        question: QUESTION_FR,
        praise: PRAISE_FR,
        abuse: ABUSE_FR,
        harassment: HARASSMENT_FR,
        spam: SPAM_FR,
        rumour: RUMOUR_FR,
        news: NEWS_FR,
        exposure: EXPOSURE_FR,
      },
      SUBJECTS_FR,
      REGISTERS_FR,
    ),
    breach: BREACH_FR,
    rejoinder: REJOINDER_FR,
    removal: REMOVAL_FR,
    author: AUTHOR_FR,
  },
};

const TOPIC: Record<PostKind, Topic> = {
  complaint: 'grievance',
  question: 'question',
  request: 'question',
  praise: 'praise',
  abuse: 'abuse',
  spam: 'spam',
  rumour: 'rumour',
  info: 'news',
  'personal-data': 'exposure',
};

/**
 * What people talk about under a post: its kind, except that a worried or angry question is about
 * something that went wrong ("are your chargers dying?" draws "same here", not "you'll love it").
 * An attack on a member rather than on the brand (`harassment`) is told apart by the session, which
 * knows whom the post names.
 */
export const topicOf = (kind: PostKind, mood?: Mood): Topic =>
  TOPIC[kind] === 'question' && (mood === 'worried' || mood === 'angry' || mood === 'furious') ? 'grievance' : TOPIC[kind];

const BREACH_TOPICS: readonly string[] = ['aggression', 'blame', 'promise', 'personal-data', 'confidential', 'competitor', 'politics'];
export const breachTopicOf = (kind: RuleKind | 'custom'): BreachTopic => (BREACH_TOPICS.includes(kind) ? (kind as BreachTopic) : 'other');

/**
 * Whether the public can see, on a reply's face, that it broke a rule: an insult, blame, a competitor
 * named, politics, someone's data, an internal figure, a promise, capitals can be read there; a register
 * (« tu » or « vous », stiff English) reads as a poor reply, not a scandal; a brand's own rule (a gift not
 * disclosed, fair moderation) is invisible to whoever does not know it. Only a seen breach draws lines about a breach.
 */
export const breachSeen = (kind: RuleKind | 'custom'): boolean => kind !== 'register' && kind !== 'custom';

/** Who speaks, from the member's segment and how they feel about the brand (−100..100). */
export function stanceOf(segment: Segment, sentiment: number): Stance {
  switch (segment) {
    case 'troll':
      return 'troll';
    case 'journalist':
      return 'press';
    case 'influencer':
      return sentiment >= 0 ? 'supporter' : 'critic';
    case 'fan':
      return sentiment > -20 ? 'supporter' : 'peer';
    case 'critic':
      return sentiment < 20 ? 'critic' : 'peer';
    default:
      return sentiment > 40 ? 'supporter' : sentiment < -40 ? 'critic' : 'peer';
  }
}

/** Where a comment stands: the thread's phase, or the breach whose screenshot it reacts to. */
export interface Situation {
  topic: Topic;
  phase: Phase;
  breach?: BreachTopic;
}

/**
 * How someone writes, by age: the 15–25 casually; the 26–35 casually too where the brand's community does;
 * the 36–50 plainly, formally where the community does not speak casually; the 51+ formally.
 */
export type Register = 'casual' | 'loose' | 'plain' | 'formal';

/** Who is speaking, as far as the choice of their words goes. */
export interface Speaker {
  stance: Stance;
  /** A journalist speaks as the press; a creator (an influencer) speaks to their audience. */
  role?: 'journalist' | 'creator';
  register?: Register;
  /** Has the brand's product or service (src/sim/people.ts `customerOf`). */
  customer?: boolean;
  /** Has the problem the post is about (src/sim/people.ts `affectedOf`). */
  affected?: boolean;
  /** Has already commented in this thread. */
  spoke?: boolean;
}

/** What the speaker is answering, as far as the choice of words goes. */
export interface Scene extends PostFacets {
  /** The post's kind: lines taking it that the author has the problem (`author-hit`) only under a complaint. */
  kind?: PostKind;
  /** What a complaint or a question is about (`# subject:`). */
  subject?: Subject;
  /** The brand's community speaks casually (tu, slang): the young mostly use casual lines. */
  casual?: boolean;
  /** Under an attack on a member who is a troll: nobody sides with them. */
  targetIsTroll?: boolean;
  /** The comment answers the brand's reply: nothing spoken to or about the post's author. */
  toBrand?: boolean;
  /** News that announces nothing (a review, an update, a member's own news): no "see you there", no "what time?". */
  announces?: boolean;
  /** The brand answered in private: the public only sees a screenshot of it, not a reply "still up" on its account. */
  privately?: boolean;
  /** A decision of the brand's that the post says is a change of rules, terms or hours (lines about "the old rules" fit). */
  ruleChange?: boolean;
  /** The post praises the brand (praise, or good news): a reply breaching the charter there is not aimed at its author. */
  praised?: boolean;
  /** What the brand's reply promised, when it broke a rule on promises (src/sim/scene.ts `promiseOf`). */
  promised?: 'money' | 'date' | 'other';
  /** The brand's reply says the problem is solved ("service has been restored"): the author does not ask when it will be. */
  resolved?: boolean;
  /** A blaming reply named someone else than the post's author (a third party): lines about the author being blamed do not fit. */
  blamedOther?: boolean;
  /** The comment answered spoke of the speaker's own product ("mine's been fine for years"): "lucky you" fits it. */
  heardExperience?: boolean;
  /** The brand's words name the post's author (by name or handle): someone else's details in them are not the author's. */
  namesAuthor?: boolean;
  /**
   * The scenario's draw of a line's wordings (`{~one|another|a third}`): the same line reads differently from one
   * scenario to the next, so a player who plays several does not meet the same journalist's sentence twice.
   */
  variant?: number;
  /** What a reply leaked: a named colleague, a staff member's private matter, or an internal figure or date (lines about "the colleague" only for the first two). */
  leak?: 'named' | 'staff' | 'internal';
  /** The reply broke a rule the public can see in its words: it is no template ("a template. Great." is not said). */
  broke?: boolean;
}

/** Lines not to say: those of the thread, never; those already said in the run, unless nothing else is left. */
export interface Avoid {
  thread: ReadonlySet<string>;
  run?: ReadonlySet<string>;
}

/** Before the brand answers a complaint or a question with a subject, most comments are about it. */
const SUBJECT_SHARE = 0.8;
/** Under a post with facts, about four comments in ten are about them (when the cell has such lines). */
const FACT_SHARE = 0.4;
/** After the brand's answer, about one comment in four quotes its words (when the cell has such lines). */
const QUOTE_SHARE = 0.25;
/** A young member of a casual community writes a casual line most of the time; a 51+ member a formal one when there is one. */
const REGISTER_SHARE = 0.65;

/** Two comments said in the same situation can answer each other. */
export const situationKey = (s: Situation): string => `${s.topic}:${s.phase}:${s.breach ?? ''}`;

export interface Said {
  text: string;
  /** Identifies the line in its bank, so a thread never shows it twice and a run rarely. */
  key: string;
  flags: readonly Flag[];
}

const textOf = (line: Line) => (typeof line === 'string' ? line : line[0]);
const flagsOf = (line: Line): readonly Flag[] => (typeof line === 'string' ? [] : (line.slice(1) as Flag[]));

function cellsFor(locale: Locale, s: Situation): { cells: Cells; key: string } {
  return s.breach
    ? { cells: VOICES[locale].breach[s.breach], key: `breach:${s.breach}` }
    : { cells: VOICES[locale].topics[s.topic][s.phase], key: `${s.topic}:${s.phase}` };
}

/** What a line's placeholders stand for: {author}, {brand}, {target}, {name}, {quote} and the post's facts ({product}, {place}…). */
export type Fill = Partial<Record<'author' | 'brand' | 'name' | 'target' | 'quote' | FactKey, string>>;

const PLACEHOLDER = /\{([a-z]+)\}/g;
const WORDINGS = /\{~([^{}]*(?:\{[a-z]+\}[^{}]*)*)\}/g;

/**
 * A line written in several wordings (`{~one|another}`) in the wording the scenario draws for it: the
 * scenario's number and the line's key pick one, so two scenarios rarely read a line alike, while a run
 * always reads it the same way.
 */
export function wordingOf(text: string, variant: number, key: string): string {
  return text.replace(WORDINGS, (_, alternatives: string) => {
    const ways = alternatives.split('|');
    return ways[((hashString(`${variant}:${key}`) % ways.length) + ways.length) % ways.length]!;
  });
}

/** The brand's own words (not its articles): « le pain du Fournil » names Le Fournil des Quatre Vents. */
const namesBrand = (words: string, brand: string): boolean =>
  brand
    .split(/\s+/)
    .filter((w) => w.length >= 4 && !/^(?:des|the|and|les)$/i.test(w))
    .some((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(words));

/**
 * The line with its placeholders filled, or null when one of them has nothing to stand for, or when a
 * product named after the brand would sit next to the brand's name (« pour le pain du Fournil, Le Fournil… »).
 */
function filled(text: string, fill: Fill): string | null {
  if (fill.product && fill.brand && text.includes('{product}') && text.includes('{brand}') && namesBrand(fill.product, fill.brand))
    return null;
  let missing = false;
  const out = text.replace(PLACEHOLDER, (_, key: string) => {
    const value = (fill as Record<string, string | undefined>)[key];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : out;
}

/** Subjects where something can break or fail (a product, a line, a game, a danger): the only ones `breakdown` lines fit. */
const BREAKS: ReadonlySet<Subject> = new Set(['defect', 'safety', 'outage', 'game']);

/**
 * Breaches whose screenshot also draws the lines on a poor reply ("not your best reply", "a template"):
 * a reply that insults or takes sides. A promise, someone's data or an internal figure is said in warm
 * words: what is wrong there is what it says, not how; blame has lines enough of its own.
 */
const READS_POOR: ReadonlySet<BreachTopic> = new Set(['aggression', 'competitor', 'politics', 'other']);

/** Topics where the post's author is the one attacking: nobody backs them. */
const ATTACKS: readonly Topic[] = ['abuse', 'harassment', 'spam'];

/**
 * Whether `speaker` may say `line` in `situation`: a journalist does not speak as a creator nor the other
 * way round, the 36+ write no slang and the under-36 no « Bonjour Madame » (see `Register`), only those who have the product
 * say "same here" (and only those hit by the problem), "told you" needs something said before, nobody
 * waits for an answer the brand gave, backs a troll, stands up for the staff under an attack on a member,
 * or, answering the brand, speaks to the author.
 */
export function fits(line: Line, speaker: Speaker, situation: Situation, scene: Scene = {}): boolean {
  // a life in danger (an emergency call, a threat of violence) is no material for a troll: "RIP the landline, funeral"
  if (scene.serious && speaker.stance === 'troll') return false;
  const flags = flagsOf(line);
  for (const f of flags) {
    switch (f) {
      case 'customer':
        if (!speaker.customer) return false;
        break;
      case 'same-here':
        // "same problem here" needs a problem: a complaint's or a question's, not a rumour's or a praise's
        if (!speaker.customer || !speaker.affected || (situation.topic !== 'grievance' && situation.topic !== 'question')) return false;
        break;
      case 'unaffected':
        if (!speaker.customer || speaker.affected) return false;
        break;
      case 'told-you':
        if (!speaker.spoke) return false;
        break;
      case 'author-hit':
        if (scene.kind !== undefined && scene.kind !== 'complaint') return false;
        break;
      case 'to-staff':
        if (situation.topic === 'harassment') return false;
        break;
      case 'backs-target':
        if (scene.targetIsTroll) return false;
        break;
      case 'journalist':
      case 'creator':
        if (speaker.role !== f) return false;
        break;
      case 'casual':
        if (speaker.register && !(speaker.register === 'casual' || (speaker.register === 'loose' && scene.casual))) return false;
        break;
      case 'formal':
        if (speaker.register && !(speaker.register === 'formal' || (speaker.register === 'plain' && !scene.casual))) return false;
        break;
      case 'awaits-answer':
        if (situation.breach || situation.phase === 'good' || situation.phase === 'poor') return false;
        break;
      case 'backs-author':
        if (ATTACKS.includes(situation.topic)) return false;
        break;
      case 'of-problem':
        if (situation.topic !== 'grievance' && situation.topic !== 'question') return false;
        break;
      case 'announcement':
        if (scene.announces === false) return false;
        break;
      case 'in-public':
        if (scene.privately) return false;
        break;
      case 'rule-change':
        if (scene.ruleChange === false) return false;
        break;
      // what the post is about (an unknown fact lets every line through: the banks' own checks)
      case 'money-promise':
        if (scene.promised && scene.promised !== 'money') return false;
        break;
      case 'date-promise':
        if (scene.promised && scene.promised !== 'date') return false;
        break;
      case 'online':
        if (scene.line && scene.line !== 'online') return false;
        break;
      case 'landline':
        if (scene.line !== 'landline' && scene.kind !== undefined) return false;
        break;
      case 'billing':
        if (scene.price && scene.price !== 'billing') return false;
        break;
      case 'cost':
        if (scene.price && scene.price !== 'cost') return false;
        break;
      case 'food':
        if (scene.food === false) return false;
        break;
      case 'recall':
        if (scene.recall === false) return false;
        break;
      case 'scare':
        if (scene.scare === false) return false;
        break;
      case 'of-product':
        if (scene.praises && scene.praises !== 'product') return false;
        break;
      case 'of-work':
        if (scene.praises && scene.praises !== 'work') return false;
        break;
      case 'of-service':
        if (scene.praises && scene.praises !== 'service') return false;
        break;
      case 'unresolved':
        if (scene.resolved) return false;
        break;
      case 'suggests-contact':
        if (scene.tried) return false;
        break;
      case 'light':
        if (scene.serious) return false;
        break;
      case 'gift':
        if (scene.gift === false) return false;
        break;
      case 'breakdown':
        // (bread does not break down: a food scare is no breakdown)
        if ((scene.subject && !BREAKS.has(scene.subject)) || scene.scare === false || scene.praises === 'work' || scene.food) return false;
        break;
      case 'moderation':
        if (scene.moderation === false) return false;
        break;
      case 'to-experience':
        if (scene.heardExperience === false) return false;
        break;
      case 'login':
        if (scene.login === false) return false;
        break;
      case 'giveaway':
        if (scene.giveaway === false) return false;
        break;
      case 'insult':
        if (scene.threat) return false;
        break;
      case 'threat':
        if (!scene.threat) return false;
        break;
      case 'staff':
        if (scene.leak === 'internal') return false;
        break;
      case 'named':
        if (scene.leak && scene.leak !== 'named') return false;
        break;
      case 'canned':
        if (situation.breach || scene.broke) return false;
        break;
    }
  }
  // a reply that blames or mocks others under someone's praise, or blames a third party, is not aimed at the author;
  // someone's details given out in words that do not name the author are not the author's
  const aimedElsewhere =
    ((situation.breach === 'blame' || situation.breach === 'aggression') && scene.praised) ||
    (situation.breach === 'blame' && scene.blamedOther) ||
    (situation.breach === 'personal-data' && scene.namesAuthor === false);
  if (aimedElsewhere && (flags.includes('backs-author') || /\{author\}/.test(textOf(line)))) return false;
  if (
    scene.toBrand &&
    (flags.includes('to-author') || flags.includes('backs-author') || flags.includes('attacks-author') || /\{author\}/.test(textOf(line)))
  )
    return false;
  return true;
}

/** A run of lines to choose from: `among` (indices into `lines`), from position ⌊r × n⌋ on. */
interface Pool {
  lines: readonly Line[];
  among: readonly number[];
  key: string;
  r: number;
  variant?: number;
}

/**
 * The pools of one cell, the preferred first: lines in the speaker's register (a young member of a
 * casual community, a 51+ member), lines about the post's facts, then all of them.
 */
function cellPools(lines: readonly Line[], key: string, r: number, speaker: Speaker, scene: Scene, fill: Fill): Pool[] {
  const all = lines.map((_, i) => i);
  const pools: Pool[] = [];
  const { variant } = scene;
  // decorrelated from r, which also picks the line
  const rr = (r * 7.31) % 1;
  const wanted = speaker.register === 'formal' ? 'formal' : speaker.register === 'casual' && scene.casual ? 'casual' : null;
  if (wanted && rr < REGISTER_SHARE) {
    const inRegister = all.filter((i) => flagsOf(lines[i]!).includes(wanted));
    if (inRegister.length > 0) pools.push({ lines, among: inRegister, key, r, variant });
  }
  // once the brand has answered, people quote it (decorrelated from r and from the register's draw)
  if (fill.quote && (r * 3.77) % 1 < QUOTE_SHARE) {
    const quoting = all.filter((i) => textOf(lines[i]!).includes('{quote}'));
    if (quoting.length > 0) pools.push({ lines, among: quoting, key, r, variant });
  }
  if (FACT_KEYS.some((k) => fill[k]) && r < FACT_SHARE) {
    const about = all.filter((i) => FACT.test(textOf(lines[i]!)));
    if (about.length > 0) pools.push({ lines, among: about, key, r: r / FACT_SHARE, variant });
  }
  pools.push({ lines, among: all, key, r, variant });
  return pools;
}

/**
 * The first usable line of the groups of pools, in order: first among lines not yet said in the run,
 * then, if none is left, among lines not in the thread (better a line said under another post than
 * silence; better silence than a line twice in a thread).
 */
function choose(groups: readonly (readonly Pool[])[], avoid: Avoid, fill: Fill, ok: (line: Line) => boolean): Said | null {
  for (const group of groups)
    for (const strict of [true, false])
      for (const pool of group) {
        const said = pick(pool, strict, avoid, fill, ok);
        if (said) return said;
      }
  return null;
}

/** The first usable line of a pool from position ⌊r × n⌋ on, going round. */
function pick(pool: Pool, strict: boolean, avoid: Avoid, fill: Fill, ok: (line: Line) => boolean): Said | null {
  const { lines, among, key, r, variant = 0 } = pool;
  const n = among.length;
  for (let i = 0; i < n; i++) {
    const k = among[(Math.floor(r * n) + i) % n]!;
    const line = lines[k]!;
    const id = `${key}:${k}`;
    if (avoid.thread.has(id) || (strict && avoid.run?.has(id)) || !ok(line)) continue;
    const text = filled(wordingOf(textOf(line), variant, id), fill);
    if (text !== null) return { text, key: id, flags: flagsOf(line) };
  }
  return null;
}

const FACT = new RegExp(`\\{(?:${FACT_KEYS.join('|')})\\}`);

/**
 * The line `speaker` writes in `situation`, from the draw `r` (0..1): before the brand answers a complaint
 * (or a worried question) whose subject the story gives, often a line about that subject; otherwise the topic's,
 * among the lines the speaker may say (`fits`), skipping lines of the thread and, while others are left,
 * lines already said in the run, and lines about something the post has not got (no author's name: no
 * {author}; no product among its facts: no {product}); falls back to an ordinary member's lines (a
 * journalist or a creator first repeats one of their own), then to nothing (better silent than repeated).
 */
export function sayLine(
  locale: Locale,
  situation: Situation,
  speaker: Speaker,
  r: number,
  avoid: Avoid,
  fill: Fill,
  scene: Scene = {},
): Said | null {
  const { cells, key } = cellsFor(locale, situation);
  const { stance } = speaker;
  const subject = scene.subject;
  const onSubject =
    subject &&
    !situation.breach &&
    situation.phase === 'before' &&
    // a calm question ("do you deliver to…?", "who won?") is not the matter going wrong: its subject's lines would say it is
    situation.topic === 'grievance' &&
    stance !== 'press'
      ? VOICES[locale].subjects[subject][stance]
      : null;
  // under a breach's screenshot, the lines on a poor reply are there too (a breach is one), none of their praise
  const ok = (line: Line) =>
    fits(line, speaker, situation, scene) && !(situation.breach && (flagsOf(line).includes('praise') || flagsOf(line).includes('thanks')));
  // (a blame has lines enough of its own; praise's poor lines are about a form letter, which a breach is not)
  const poor =
    situation.breach && READS_POOR.has(situation.breach) && situation.topic !== 'praise'
      ? VOICES[locale].topics[situation.topic].poor
      : null;
  const groups: Pool[][] = [];
  const mine = [
    ...(onSubject && r < SUBJECT_SHARE
      ? cellPools(onSubject, `subject:${subject}:${stance}`, r / SUBJECT_SHARE, speaker, scene, fill)
      : []),
    ...cellPools(cells[stance], `${key}:${stance}`, r, speaker, scene, fill),
    ...(poor ? cellPools(poor[stance], `${situation.topic}:poor:${stance}`, r, speaker, scene, fill) : []),
  ];
  const peers =
    stance === 'peer'
      ? []
      : [
          ...cellPools(cells.peer, `${key}:peer`, r, speaker, scene, fill),
          ...(poor ? cellPools(poor.peer, `${situation.topic}:poor:peer`, r, speaker, scene, fill) : []),
        ];
  // the press keeps its own voice, even said again, before speaking as anyone; others rather say something new
  if (stance === 'press') groups.push(mine, peers);
  else groups.push([...mine, ...peers]);
  const said = choose(groups, avoid, fill, ok);
  return said && inLocale(locale, said);
}

/** Which side a comment takes, from what its line says (a critic asking a question takes none). */
function sideOf(flags: readonly Flag[]): 'brand' | 'against' | null {
  if (flags.includes('blames-brand')) return 'against';
  if (flags.includes('praise') || flags.includes('thanks')) return 'brand';
  return null;
}

/** What another member's comment is, for the one who might answer it. */
export interface Heard {
  stance: Stance;
  flags: readonly Flag[];
  /** It asks something (an ordinary member's question can be answered). */
  asks?: boolean;
}

/**
 * How a member of `stance` would answer a comment (its writer's stance and what its line says), or null
 * when they would rather write under the post: trolls and the press do not answer members, nobody answers
 * a troll (or someone mocking the author) but to calm things down, a question that takes no side gets an
 * answer from anyone, an ordinary member agrees with whoever takes a side, and a supporter or a critic
 * answers a line that takes a side — agreeing with their own, defending or doubting the other.
 */
export function moveFor(stance: Stance, to: Heard, topic: Topic): Move | null {
  if (stance === 'troll' || stance === 'press') return null;
  // under an abusive post, a line that attacks its author is standing up to the troll: nobody calms that down
  if (to.stance === 'troll' || (to.flags.includes('attacks-author') && !ATTACKS.includes(topic))) return 'calm';
  const theirs = sideOf(to.flags);
  // a question that takes no side gets an answer (a critic's "how many posts before they act?" takes one)
  if (to.asks && !theirs && to.stance !== 'press') return 'answer';
  const mine = stance === 'supporter' ? 'brand' : stance === 'critic' ? 'against' : null;
  // anyone agrees with someone standing by the author of a complaint; an ordinary member with whoever takes a side
  if (!theirs) return topic === 'grievance' && to.flags.includes('backs-author') ? 'agree' : null;
  if (!mine) return 'agree';
  if (mine === theirs) return 'agree';
  return mine === 'brand' ? 'defend' : 'doubt';
}

/**
 * A member's answer to another member's comment ({name}: the first name of the member answered); `scene`
 * is the post's (so "mine works fine" is not said under a sold-out drop) and what the comment answered spoke of.
 */
export function sayRejoinder(
  locale: Locale,
  move: Move,
  speaker: Speaker,
  situation: Situation,
  r: number,
  avoid: Avoid,
  fill: Fill,
  scene: Scene = {},
): Said | null {
  const lines = VOICES[locale].rejoinder[move];
  const said = choose([cellPools(lines, `rejoinder:${move}`, r, speaker, scene, fill)], avoid, fill, (line) =>
    fits(line, speaker, situation, scene),
  );
  return said && inLocale(locale, said);
}

/**
 * What a member says about a post the brand took down, under another of its threads ({author}: the
 * removed post's author): fair criticism removed draws notice and screenshots, abuse removed thanks.
 */
export function sayRemoval(
  locale: Locale,
  removal: Removal,
  speaker: Speaker,
  r: number,
  avoid: Avoid,
  fill: Fill,
  casual = false,
): Said | null {
  const cells = VOICES[locale].removal[removal];
  const situation: Situation = { topic: 'news', phase: 'private' };
  const pools = (who: Stance) => cellPools(cells[who], `removal:${removal}:${who}`, r, speaker, { casual }, fill);
  const groups = speaker.stance === 'press' ? [pools('press'), pools('peer')] : [[...pools(speaker.stance), ...pools('peer')]];
  const said = choose(groups, avoid, fill, (line) => fits(line, speaker, situation, { casual }));
  return said && inLocale(locale, said);
}

/**
 * What the post's author says in their own thread: thanks, insistence, an update, a bump, a retort
 * (`scene`: what the post and the reply are about, so a praised sketch is not "passed on", a solved problem not asked after).
 */
export function sayAuthor(
  locale: Locale,
  topic: AuthorTopic,
  move: AuthorMove,
  speaker: Speaker,
  r: number,
  avoid: Avoid,
  fill: Fill,
  scene: Scene = {},
): Said | null {
  const lines = VOICES[locale].author[topic][move];
  if (!lines) return null;
  const situation: Situation = { topic: topic === 'fair' ? 'grievance' : topic === 'praise' ? 'praise' : 'rumour', phase: 'before' };
  const said = choose([cellPools(lines, `author:${topic}:${move}`, r, speaker, scene, fill)], avoid, fill, (line) =>
    fits(line, speaker, situation, scene),
  );
  return said && inLocale(locale, said);
}

/**
 * French articles fold into the preposition before them, a brand's too: « Du grand Le Fournil » reads
 * « Du grand Fournil », « de Le Fournil » « du Fournil », « à Les Halles » « aux Halles »; and « de »,
 * « que » elide before a name that starts with a vowel: « d’Aurore », « qu’Onda ».
 */
export function contractFrench(text: string): string {
  return (
    text
      .replace(/\b([Dd])u (grand|petit|pur) Le /g, '$1u $2 ')
      .replace(/\b([Dd])e Le /g, '$1u ')
      .replace(/\b([Dd])e Les /g, '$1es ')
      .replace(/(^|[\s'’(])à Le /g, '$1au ')
      .replace(/(^|[\s'’(])à Les /g, '$1aux ')
      // « le post de Aurore » reads « le post d’Aurore », « que Onda » « qu’Onda »
      .replace(/\b([Dd])e ([AEIOUYÂÊÎÔÛÉÈ])/gu, '$1’$2')
      .replace(/\b([Qq])ue ([AEIOUYÂÊÎÔÛÉÈ])/gu, '$1u’$2')
  );
}

/** An English article does not stack on a French one: "The Le Fournil team", "a Le Fournil customer" lose the « Le ». */
export const contractEnglish = (text: string): string => text.replace(/\b([Tt]he|[Aa]) (?:Le|La|Les) (?=\p{Lu})/gu, '$1 ');

const inLocale = (locale: Locale, said: Said): Said => ({
  ...said,
  text: locale === 'fr' ? contractFrench(said.text) : contractEnglish(said.text),
});
