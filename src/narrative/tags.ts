/**
 * The tag grammar of Frontline stories (docs/authoring.md), one table shared by the game,
 * the build plugin and the scenario check, so the three can never disagree. Each tag is a valibot
 * schema from its raw text to its typed value: validation, messages and the `Tags` type all come
 * from this one table.
 */
import * as v from 'valibot';
import {
  ACTION_KINDS,
  CHANNELS,
  DEPARTMENTS,
  FACT_KEYS,
  INTENTS,
  JUDGEMENTS,
  MOODS,
  POST_KINDS,
  SEGMENTS,
  SUBJECTS,
  TONES,
  type Facts,
} from '../core/types';

const ID = /^[a-z0-9][a-z0-9_-]*$/i;

/** "45s", "3m", "1h30m" -> seconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?\s*$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

export const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const id = v.pipe(
  v.string(),
  v.regex(ID, (issue) => `"${issue.input}" is not a valid id`),
);
const text = v.pipe(v.string(), v.minLength(1, 'needs a value'));
/** Text shown in one line of a card (a title, a rank): a value, and short enough to stay one line. */
const label = (max: number) =>
  v.pipe(
    text,
    v.maxLength(max, (issue) => `"${issue.input}" is longer than ${max} characters`),
  );

/** Picklists name the allowed values, so an author can fix a typo without opening the docs. */
const oneOf = <const T extends readonly string[]>(values: T) =>
  v.picklist(values, (issue) => `"${String(issue.input)}" is not one of ${values.join(', ')}`);

/** A value read from its text by `read` (null when malformed); the message quotes the text as written. */
const readAs = <T>(read: (text: string) => T | null, expected: string) =>
  v.pipe(
    v.string(),
    v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
      const value = read(dataset.value);
      if (value === null) addIssue({ message: `"${dataset.value}" is not ${expected}` });
      return value ?? NEVER;
    }),
  );

const duration = readAs(parseDuration, 'a duration like 45s, 3m or 1h30m');
const percent = readAs((t) => (/^\d+$/.test(t) && Number(t) <= 100 ? Number(t) : null), 'a whole number from 0 to 100');

/** "product=le Zadig; delay=deux jours" -> { product: 'le Zadig', delay: 'deux jours' }; null when malformed. */
export function parseFacts(text: string): Facts | null {
  const facts: Record<string, string> = {};
  for (const pair of text.split(';')) {
    if (!pair.trim()) continue;
    const m = /^\s*([a-z]+)\s*=\s*(\S.*?)\s*$/s.exec(pair);
    if (!m || !(FACT_KEYS as readonly string[]).includes(m[1]!) || m[1]! in facts) return null;
    facts[m[1]!] = m[2]!;
  }
  return Object.keys(facts).length > 0 ? facts : null;
}

/** Comma-separated; each item is checked by `item`, and an empty list is allowed. */
const listOf = <T>(item: v.GenericSchema<string, T>) => v.pipe(v.string(), v.transform(splitList), v.array(item));

export const TAG_GRAMMAR = {
  post: id,
  from: id,
  on: oneOf(CHANNELS),
  after: duration,
  kind: oneOf(POST_KINDS),
  mood: oneOf(MOODS),
  in: id,
  /** Posts that must have arrived before this one (docs/authoring.md, "Variants": post order). */
  needs: listOf(id),
  /** What the comments under the post may mention (product, place, delay, price, event). */
  facts: readAs(parseFacts, `facts like "product=the Zadig; delay=two days" (keys: ${FACT_KEYS.join(', ')}; each once)`),
  /** What a complaint or a question is about: the comments before the brand answers fit it. */
  subject: oneOf(SUBJECTS),
  /** A review's rating. */
  stars: readAs((t) => (/^[1-5]$/.test(t) ? Number(t) : null), 'a number of stars from 1 to 5'),
  /** A forum post's thread title (default: the post's first sentence). */
  thread: label(90),
  /** A forum member's rank as the forum shows it, in the story's language (default: one read from their followers). */
  rank: label(30),
  deadline: duration,
  hint: text,
  memo: text,
  /** A scenario's own comment under a post (its id); `as` says who writes it when it is not a persona (`from`). */
  comment: id,
  as: oneOf(SEGMENTS),
  end: id,
  /** At the top of a knot: the knot is an inject a teacher may send a live class, under this label (docs/authoring.md, "Injects"). */
  inject: label(80),
  /** `written`: a hidden choice the story takes after a written reply (docs/authoring.md, "Consequences"). */
  action: oneOf([...ACTION_KINDS, 'written'] as const),
  to: oneOf(DEPARTMENTS),
  tone: oneOf(TONES),
  diplomacy: percent,
  judgement: oneOf(JUDGEMENTS),
  breaks: listOf(id),
  intents: listOf(oneOf(INTENTS)),
  why: text,
} satisfies Record<string, v.GenericSchema<string, unknown>>;

export type TagKey = keyof typeof TAG_GRAMMAR;

/** The whole table as one object schema, every tag optional: parseTags validates a line's tags in one pass. */
const TagTable = v.partial(v.object(TAG_GRAMMAR));
/** Parsed tags: `on` is a Channel, `after` a number of seconds, `intents` an Intent[]… */
export type Tags = v.InferOutput<typeof TagTable>;

/** Own keys only: "constructor" or "toString" are not tags. */
export const isTagKey = (key: string): key is TagKey => Object.hasOwn(TAG_GRAMMAR, key);

const messageOf = (issues: readonly v.BaseIssue<unknown>[]): string => issues.map((i) => i.message).join('; ');

/** Why `value` is not valid for `key`, or null when it is. */
export function checkTagValue(key: TagKey, value: string): string | null {
  const result = v.safeParse(TAG_GRAMMAR[key], value);
  return result.success ? null : messageOf(result.issues);
}

export type TagProblem = { tag: string; message: string };

/** Reads raw Ink tags ("key: value") into a typed table; malformed or unknown tags become problems, never errors. */
export function parseTags(raw: readonly string[]): { tags: Tags; problems: TagProblem[] } {
  const values: Record<string, string> = {};
  const written: Record<string, string> = {};
  const problems: TagProblem[] = [];
  for (const tag of raw) {
    const m = /^\s*([a-z][a-z-]*)\s*:\s*(.*?)\s*$/s.exec(tag);
    if (!m) {
      problems.push({ tag, message: `tag "${tag}" is not "key: value"` });
      continue;
    }
    const key = m[1] ?? '';
    if (!isTagKey(key)) {
      problems.push({ tag, message: `unknown tag "${key}"` });
      continue;
    }
    values[key] = m[2] ?? '';
    written[key] = tag;
  }
  const first = v.safeParse(TagTable, values);
  if (first.success) return { tags: first.output, problems };
  for (const issue of first.issues) {
    const key = String(issue.path?.[0]?.key);
    problems.push({ tag: written[key] ?? key, message: `tag "${key}": ${issue.message}` });
    delete values[key];
  }
  // Only valid tags are left: this second pass cannot fail, it gives them their types.
  const second = v.safeParse(TagTable, values);
  return { tags: second.success ? second.output : {}, problems };
}
