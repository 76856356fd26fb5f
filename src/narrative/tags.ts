/**
 * The tag grammar of Frontline stories (docs/authoring.md), one table shared by the game,
 * the build plugin and the scenario check, so the three can never disagree.
 */
import { ACTION_KINDS, CHANNELS, DEPARTMENTS, INTENTS, JUDGEMENTS, MOODS, POST_KINDS, TONES } from '../core/types';

type ValueKind =
  | { type: 'id' }
  | { type: 'text' }
  | { type: 'duration' }
  | { type: 'percent' }
  | { type: 'one-of'; values: readonly string[] }
  | { type: 'list-of'; values: readonly string[] }
  | { type: 'id-list' };

const oneOf = (values: readonly string[]): ValueKind => ({ type: 'one-of', values });

export const TAG_GRAMMAR = {
  post: { type: 'id' },
  from: { type: 'id' },
  on: oneOf(CHANNELS),
  after: { type: 'duration' },
  kind: oneOf(POST_KINDS),
  mood: oneOf(MOODS),
  in: { type: 'id' },
  deadline: { type: 'duration' },
  hint: { type: 'text' },
  memo: { type: 'text' },
  end: { type: 'id' },
  action: oneOf(ACTION_KINDS),
  to: oneOf(DEPARTMENTS),
  tone: oneOf(TONES),
  diplomacy: { type: 'percent' },
  judgement: oneOf(JUDGEMENTS),
  breaks: { type: 'id-list' },
  intents: { type: 'list-of', values: INTENTS },
  why: { type: 'text' },
} as const satisfies Record<string, ValueKind>;

export type TagKey = keyof typeof TAG_GRAMMAR;
export type Tags = Partial<Record<TagKey, string>>;

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

/** Why `value` is not valid for `key`, or null when it is. */
export function checkTagValue(key: TagKey, value: string): string | null {
  const kind: ValueKind = TAG_GRAMMAR[key];
  switch (kind.type) {
    case 'id':
      return ID.test(value) ? null : `"${value}" is not a valid id`;
    case 'text':
      return value.length > 0 ? null : 'needs a value';
    case 'duration':
      return parseDuration(value) === null ? `"${value}" is not a duration like 45s, 3m or 1h30m` : null;
    case 'percent': {
      const n = Number(value);
      return Number.isInteger(n) && n >= 0 && n <= 100 ? null : `"${value}" is not a whole number from 0 to 100`;
    }
    case 'one-of':
      return kind.values.includes(value) ? null : `"${value}" is not one of ${kind.values.join(', ')}`;
    case 'list-of': {
      const bad = splitList(value).filter((v) => !kind.values.includes(v));
      return bad.length === 0 ? null : `"${bad.join(', ')}" not in ${kind.values.join(', ')}`;
    }
    case 'id-list': {
      const bad = splitList(value).filter((v) => !ID.test(v));
      return bad.length === 0 ? null : `"${bad.join(', ')}" is not a list of ids`;
    }
  }
}

export type TagProblem = { tag: string; message: string };

/** Reads raw Ink tags ("key: value") into a table; malformed or unknown tags become problems, never errors. */
export function parseTags(raw: readonly string[]): { tags: Tags; problems: TagProblem[] } {
  const tags: Tags = {};
  const problems: TagProblem[] = [];
  for (const tag of raw) {
    const m = /^\s*([a-z][a-z-]*)\s*:\s*(.*?)\s*$/s.exec(tag);
    if (!m) {
      problems.push({ tag, message: `tag "${tag}" is not "key: value"` });
      continue;
    }
    const key = m[1] as string;
    const value = m[2] as string;
    if (!(key in TAG_GRAMMAR)) {
      problems.push({ tag, message: `unknown tag "${key}"` });
      continue;
    }
    const problem = checkTagValue(key as TagKey, value);
    if (problem) {
      problems.push({ tag, message: `tag "${key}": ${problem}` });
      continue;
    }
    tags[key as TagKey] = value;
  }
  return { tags, problems };
}
