/**
 * What a member writes under a post (issue #16): the line for a situation (the post's topic, the phase of
 * the thread, the member's stance; or the breach whose screenshot went round), chosen without repeating a
 * line already in the thread, with the post author's first name and the brand's name filled in. Pure: the
 * simulation draws the number `r` from its chatter stream, the session (which knows the locale and the
 * thread) turns it into words here.
 */
import type { Locale, Mood, PostKind, RuleKind, Segment } from '../core/types';
import type { BreachTopic, BreachVoice, Cells, Flag, Line, Phase, Stance, Topic, TopicVoice } from './voices/types';
import { ABUSE_EN, ABUSE_FR } from './voices/abuse';
import { BREACH_EN, BREACH_FR } from './voices/breach';
import { EXPOSURE_EN, EXPOSURE_FR } from './voices/exposure';
import { GRIEVANCE_EN, GRIEVANCE_FR } from './voices/grievance';
import { NEWS_EN, NEWS_FR } from './voices/news';
import { PRAISE_EN, PRAISE_FR } from './voices/praise';
import { QUESTION_EN, QUESTION_FR } from './voices/question';
import { RUMOUR_EN, RUMOUR_FR } from './voices/rumour';

export type { BreachTopic, Flag, Line, Phase, Stance, Topic } from './voices/types';

export const VOICES: Record<Locale, { topics: Record<Topic, TopicVoice>; breach: BreachVoice }> = {
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
    breach: BREACH_EN,
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
    breach: BREACH_FR,
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

/**
 * The line a `stance` member writes in `situation`, from the draw `r` (0..1), skipping lines whose key is
 * in `used` and lines naming someone the thread has not got (no author's name: no {author}); falls back
 * to an ordinary member's lines, then to nothing (better silent than repeated).
 */
export function sayLine(
  locale: Locale,
  situation: Situation,
  stance: Stance,
  r: number,
  used: ReadonlySet<string>,
  names: { author?: string; brand?: string },
): Said | null {
  const { cells, key } = cellsFor(locale, situation);
  // a brand reply that broke the charter under an abusive post: people blame the brand, they do not take the troll's side
  const sidesWithAuthor = situation.topic === 'abuse';
  for (const who of stance === 'peer' ? ['peer' as const] : [stance, 'peer' as const]) {
    const lines = cells[who];
    const n = lines.length;
    for (let i = 0; i < n; i++) {
      const k = (Math.floor(r * n) + i) % n;
      const line = lines[k]!;
      const id = `${key}:${who}:${k}`;
      const text = textOf(line);
      if (used.has(id) || (text.includes('{author}') && !names.author) || (text.includes('{brand}') && !names.brand)) continue;
      if (sidesWithAuthor && flagsOf(line).includes('backs-author')) continue;
      return {
        text: text.replaceAll('{author}', names.author ?? '').replaceAll('{brand}', names.brand ?? ''),
        key: id,
        flags: flagsOf(line),
      };
    }
  }
  return null;
}
