/**
 * What a member writes under a post (issue #16): the line for a situation (the post's topic, the phase of
 * the thread, the member's stance; or the breach whose screenshot went round), chosen without repeating a
 * line already in the thread, with the post author's first name and the brand's name filled in. Pure: the
 * simulation draws the number `r` from its chatter stream, the session (which knows the locale and the
 * thread) turns it into words here.
 */
import { FACT_KEYS, type FactKey, type Locale, type Mood, type PostKind, type RuleKind, type Segment, type Subject } from '../core/types';
import type {
  BreachTopic,
  BreachVoice,
  Cells,
  Flag,
  Line,
  Move,
  Phase,
  RejoinderVoice,
  Stance,
  SubjectVoice,
  Topic,
  TopicVoice,
} from './voices/types';
import { ABUSE_EN, ABUSE_FR } from './voices/abuse';
import { BREACH_EN, BREACH_FR } from './voices/breach';
import { EXPOSURE_EN, EXPOSURE_FR } from './voices/exposure';
import { GRIEVANCE_EN, GRIEVANCE_FR } from './voices/grievance';
import { NEWS_EN, NEWS_FR } from './voices/news';
import { PRAISE_EN, PRAISE_FR } from './voices/praise';
import { QUESTION_EN, QUESTION_FR } from './voices/question';
import { REJOINDER_EN, REJOINDER_FR } from './voices/rejoinder';
import { SUBJECTS_EN, SUBJECTS_FR } from './voices/subjects';
import { RUMOUR_EN, RUMOUR_FR } from './voices/rumour';

export type { BreachTopic, Flag, Line, Move, Phase, Stance, Topic } from './voices/types';

export const VOICES: Record<
  Locale,
  { topics: Record<Topic, TopicVoice>; subjects: SubjectVoice; breach: BreachVoice; rejoinder: RejoinderVoice }
> = {
  en: {
    topics: {
      grievance: GRIEVANCE_EN,
      question: QUESTION_EN,
      praise: PRAISE_EN,
      abuse: ABUSE_EN,
      rumour: RUMOUR_EN,
      news: NEWS_EN,
      exposure: EXPOSURE_EN,
    },
    subjects: SUBJECTS_EN,
    breach: BREACH_EN,
    rejoinder: REJOINDER_EN,
  },
  fr: {
    topics: {
      grievance: GRIEVANCE_FR,
      question: QUESTION_FR,
      praise: PRAISE_FR,
      abuse: ABUSE_FR,
      rumour: RUMOUR_FR,
      news: NEWS_FR,
      exposure: EXPOSURE_FR,
    },
    subjects: SUBJECTS_FR,
    breach: BREACH_FR,
    rejoinder: REJOINDER_FR,
  },
};

const TOPIC: Record<PostKind, Topic> = {
  complaint: 'grievance',
  question: 'question',
  request: 'question',
  praise: 'praise',
  abuse: 'abuse',
  spam: 'abuse',
  rumour: 'rumour',
  info: 'news',
  'personal-data': 'exposure',
};

/**
 * What people talk about under a post: its kind, except that a worried or angry question is about
 * something that went wrong ("are your chargers dying?" draws "same here", not "you'll love it").
 */
export const topicOf = (kind: PostKind, mood?: Mood): Topic =>
  TOPIC[kind] === 'question' && (mood === 'worried' || mood === 'angry' || mood === 'furious') ? 'grievance' : TOPIC[kind];

const BREACH_TOPICS: readonly string[] = ['aggression', 'blame', 'promise', 'personal-data', 'confidential', 'competitor', 'politics'];
export const breachTopicOf = (kind: RuleKind | 'custom'): BreachTopic => (BREACH_TOPICS.includes(kind) ? (kind as BreachTopic) : 'other');

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

/** Before the brand answers a complaint or a question with a subject, most comments are about it. */
const SUBJECT_SHARE = 0.8;

/** Two comments said in the same situation can answer each other. */
export const situationKey = (s: Situation): string => `${s.topic}:${s.phase}:${s.breach ?? ''}`;

export interface Said {
  text: string;
  /** Identifies the line in its bank, so a thread never shows it twice. */
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

/** What a line's placeholders stand for: {author}, {brand}, and the post's facts ({product}, {place}…). */
export type Fill = Partial<Record<'author' | 'brand' | 'name' | FactKey, string>>;

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** The line with its placeholders filled, or null when one of them has nothing to stand for. */
function filled(text: string, fill: Fill): string | null {
  let missing = false;
  const out = text.replace(PLACEHOLDER, (_, key: string) => {
    const value = (fill as Record<string, string | undefined>)[key];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : out;
}

/**
 * The line a `stance` member writes in `situation`, from the draw `r` (0..1): before the brand answers a
 * complaint or a question whose subject the story gives, often a line about that subject; otherwise the
 * topic's, skipping lines whose key is in `used` and lines about something the post has not got (no
 * author's name: no {author}; no product among its facts: no {product}); falls back to an ordinary
 * member's lines, then to nothing (better silent than repeated).
 */
export function sayLine(
  locale: Locale,
  situation: Situation,
  stance: Stance,
  r: number,
  used: ReadonlySet<string>,
  fill: Fill,
  subject?: Subject,
): Said | null {
  const { cells, key } = cellsFor(locale, situation);
  const onSubject =
    subject &&
    !situation.breach &&
    situation.phase === 'before' &&
    (situation.topic === 'grievance' || situation.topic === 'question') &&
    stance !== 'press'
      ? VOICES[locale].subjects[subject][stance]
      : null;
  if (onSubject && r < SUBJECT_SHARE) {
    const said = pick(
      onSubject,
      onSubject.map((_, i) => i),
      `subject:${subject}:${stance}`,
      r / SUBJECT_SHARE,
      used,
      fill,
    );
    if (said) return inLocale(locale, said);
  }
  // a brand reply that broke the charter under an abusive post: people blame the brand, they do not take the troll's side
  const sidesWithAuthor = situation.topic === 'abuse';
  const allowed = (line: Line) => !(sidesWithAuthor && flagsOf(line).includes('backs-author'));
  const hasFacts = FACT_KEYS.some((k) => fill[k]);
  for (const who of stance === 'peer' ? ['peer' as const] : [stance, 'peer' as const]) {
    const lines = cells[who];
    const all = lines.map((_, i) => i);
    // under a post with facts, about four comments in ten are about them (when the cell has such lines)
    const about = hasFacts && r < FACT_SHARE ? all.filter((i) => FACT.test(textOf(lines[i]!))) : [];
    const said =
      (about.length > 0 ? pick(lines, about, `${key}:${who}`, r / FACT_SHARE, used, fill, allowed) : null) ??
      pick(lines, all, `${key}:${who}`, r, used, fill, allowed);
    if (said) return inLocale(locale, said);
  }
  return null;
}

const FACT = new RegExp(`\\{(?:${FACT_KEYS.join('|')})\\}`);
const FACT_SHARE = 0.4;

/** The first usable line among `among` (indices into `lines`) from position ⌊r × n⌋ on, going round. */
function pick(
  lines: readonly Line[],
  among: readonly number[],
  key: string,
  r: number,
  used: ReadonlySet<string>,
  fill: Fill,
  allowed: (line: Line) => boolean = () => true,
): Said | null {
  const n = among.length;
  for (let i = 0; i < n; i++) {
    const k = among[(Math.floor(r * n) + i) % n]!;
    const line = lines[k]!;
    const id = `${key}:${k}`;
    if (used.has(id) || !allowed(line)) continue;
    const text = filled(textOf(line), fill);
    if (text !== null) return { text, key: id, flags: flagsOf(line) };
  }
  return null;
}

/** Which side a comment takes, from what its line says (a critic asking a question takes none). */
function sideOf(flags: readonly Flag[]): 'brand' | 'against' | null {
  if (flags.includes('blames-brand')) return 'against';
  if (flags.includes('praise') || flags.includes('thanks')) return 'brand';
  return null;
}

/**
 * How a member of `stance` would answer a comment (its writer's stance and what its line says), or null
 * when they would rather write under the post: trolls and the press do not answer members, nobody answers
 * a troll but to calm things down, ordinary members only answer trolls, and a supporter or a critic only
 * answers a line that takes a side.
 */
export function moveFor(stance: Stance, to: { stance: Stance; flags: readonly Flag[] }, topic: Topic): Move | null {
  if (stance === 'troll' || stance === 'press') return null;
  // under an abusive post, a line that attacks its author is standing up to the troll: nobody calms that down
  if (to.stance === 'troll' || (to.flags.includes('attacks-author') && topic !== 'abuse')) return 'calm';
  const mine = stance === 'supporter' ? 'brand' : stance === 'critic' ? 'against' : null;
  const theirs = sideOf(to.flags);
  if (!mine || !theirs) return null;
  if (mine === theirs) return 'agree';
  return mine === 'brand' ? 'defend' : 'doubt';
}

/** A member's answer to another member's comment ({name}: the first name of the member answered). */
export function sayRejoinder(locale: Locale, move: Move, r: number, used: ReadonlySet<string>, fill: Fill): Said | null {
  const lines = VOICES[locale].rejoinder[move];
  const said = pick(
    lines,
    lines.map((_, i) => i),
    `rejoinder:${move}`,
    r,
    used,
    fill,
  );
  return said && inLocale(locale, said);
}

/**
 * French articles fold into the preposition before them, a brand's too: « Du grand Le Fournil » reads
 * « Du grand Fournil », « de Le Fournil » « du Fournil », « à Les Halles » « aux Halles ».
 */
export function contractFrench(text: string): string {
  return text
    .replace(/\b([Dd])u (grand|petit|pur) Le /g, '$1u $2 ')
    .replace(/\b([Dd])e Le /g, '$1u ')
    .replace(/\b([Dd])e Les /g, '$1es ')
    .replace(/(^|[\s'’(])à Le /g, '$1au ')
    .replace(/(^|[\s'’(])à Les /g, '$1aux ');
}

const inLocale = (locale: Locale, said: Said): Said => (locale === 'fr' ? { ...said, text: contractFrench(said.text) } : said);
