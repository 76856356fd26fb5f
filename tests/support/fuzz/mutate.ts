/**
 * Structured corruption for the fuzz suite: take a valid value (a saved setting, a run, a report,
 * a manifest…) and break it the way disks, old versions, hand edits and attackers do — a field
 * gone, a wrong type, an absurd number, a hostile string, a truncated file.
 */
import type { Rng } from '../../../src/core/rng';
import { HOSTILE_ALL } from './hostile';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface MutateOptions {
  /** Field names whose numbers stay below this (time fields: see the storage fuzz). */
  capped?: { fields: ReadonlySet<string>; max: number };
}

const deep = (depth: number): Json => {
  let v: Json = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

/** A value of any JSON type, often an absurd one. */
export function weirdValue(rng: Rng): Json {
  switch (rng.int(0, 16)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -0, -1, 1, 0.5, -0.5, 1e-300, 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1e308, -1e308]);
    case 3:
      return rng.int(-1000, 1000);
    case 4:
      return '';
    case 5:
      return rng.pick(HOSTILE_ALL);
    case 6:
      return rng.pick([
        'true',
        'null',
        '0',
        'NaN',
        'Infinity',
        '-1',
        '1e999',
        'fr',
        'en',
        'de',
        'training',
        'exam',
        'start',
        'option',
        '__proto__',
      ]);
    case 7:
      return [];
    case 8:
      return {};
    case 9:
      return [null, 1, 'x', {}];
    case 10:
      return { __proto__: { polluted: true } } as unknown as Json;
    case 11:
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as Json;
    case 12:
      return deep(rng.int(10, 3000));
    case 13:
      return 'x'.repeat(rng.int(1000, 200_000));
    case 14:
      return Array.from({ length: rng.int(100, 3000) }, (_, i) => i);
    case 15:
      return { version: rng.pick([0, 1, 2, 999, '1']) };
    default:
      return rng.pick(HOSTILE_ALL).slice(0, rng.int(0, 40));
  }
}

/** Every path to a value inside `root` (objects and arrays), root included as []. */
function paths(root: Json): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const walk = (v: Json, path: (string | number)[], depth: number) => {
    if (depth > 12 || out.length > 5000) return;
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out.push([...path, i]);
        walk(x, [...path, i], depth + 1);
      });
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push([...path, k]);
        walk(x, [...path, k], depth + 1);
      }
  };
  walk(root, [], 0);
  return out;
}

/** Sets an own property, even "__proto__" (an assignment would change the prototype instead). */
function put(container: Record<string | number, Json>, key: string | number, value: Json): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function cap(value: Json, key: string | number | undefined, opts: MutateOptions): Json {
  if (opts.capped && typeof key === 'string' && opts.capped.fields.has(key) && typeof value === 'number' && value > opts.capped.max)
    return opts.capped.max;
  return value;
}

/** One to four random edits of a deep copy of `value`: delete, replace, retype, duplicate, shuffle. */
export function mutate<T>(value: T, rng: Rng, opts: MutateOptions = {}): Json {
  let root = JSON.parse(JSON.stringify(value)) as Json;
  for (let n = rng.int(1, 4); n > 0; n--) {
    const all = paths(root);
    const path = rng.pick(all);
    if (path.length === 0) {
      root = rng.chance(0.3) ? weirdValue(rng) : root;
      continue;
    }
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1]!;
    let parent = root as Json;
    for (const k of parentPath) parent = (parent as Record<string | number, Json>)[k] as Json;
    if (parent === null || typeof parent !== 'object') continue;
    const container = parent as Record<string | number, Json>;
    const current = container[key] as Json;
    switch (rng.int(0, 6)) {
      case 0: // a field gone
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else delete container[key];
        break;
      case 1: // a same-type but absurd value
        put(
          container,
          key,
          cap(
            typeof current === 'number'
              ? rng.pick([-1, 1e308, -1e308, 0.5, 2 ** 53, 1e9])
              : typeof current === 'string'
                ? rng.pick(HOSTILE_ALL)
                : weirdValue(rng),
            key,
            opts,
          ),
        );
        break;
      case 2: // number <-> string
        put(
          container,
          key,
          typeof current === 'number'
            ? String(current)
            : typeof current === 'string'
              ? cap(Number(current) || 7, key, opts)
              : weirdValue(rng),
        );
        break;
      case 3: // an array entry duplicated many times
        if (Array.isArray(container)) container.push(...Array.from({ length: rng.int(1, 50) }, () => current));
        else put(container, `${key}_extra`, current);
        break;
      case 4: // an unknown field
        put(container, rng.pick(['extra', '__proto__', 'constructor', 'toString', 'version', '']), weirdValue(rng));
        break;
      default:
        put(container, key, cap(weirdValue(rng), key, opts));
    }
  }
  return root;
}

/** A stored string: a mutated value as JSON, or a file that is not JSON at all. */
export function corruptText(valid: unknown, rng: Rng, opts: MutateOptions = {}): string {
  const json = JSON.stringify(valid) ?? 'null';
  switch (rng.int(0, 9)) {
    case 0:
      return json.slice(0, rng.int(0, json.length)); // truncated write
    case 1:
      return rng.pick([
        '',
        ' ',
        '{',
        '[',
        'undefined',
        'NaN',
        '{not json',
        '\u0000',
        '\ufeff{}',
        'null',
        '1',
        '"x"',
        '[]',
        '{}',
        'true',
        '[null]',
        '[1,2]',
        '{"a":',
      ]);
    case 2:
      return rng.pick(HOSTILE_ALL);
    case 3:
      return `${json}${json}`; // two writes glued
    case 4:
      return json.replace(/[:,]/g, (c) => (rng.chance(0.02) ? '' : c)); // flipped bytes
    default:
      return JSON.stringify(mutate(valid, rng, opts));
  }
}
