/**
 * What the game keeps in SCORM 1.2's `cmi.suspend_data` (a CMIString4096: at most 4,096
 * characters): the run in progress and the career progress, so a learner resumes on any machine.
 *
 * Encoding: a compact JSON (the run's log as tuples, only what the replay needs), raw deflate,
 * base64, behind a format marker: `FL1:<base64>`.
 *
 * What the replay needs of a log is the seed and each decision with its game time; everything the
 * engine recomputes is left out: the analysis of free-text replies (the replay analyses the text
 * again), the text of a chosen option (the replay uses its index), deadline entries (the replay
 * lets the same deadlines pass), the start entry's fields (the run has them; its variant seed, when
 * it has one, is kept beside them as `vr`). Real times (`at`) are kept, as offsets, so the resumed
 * report carries the same timestamps.
 *
 * When even that does not fit — many long written replies — the run is cut after the last
 * decision that fits and its clock set back to that decision: the learner resumes a little
 * earlier, with every decision before that point exactly as made; the later ones are lost on
 * another machine (the browser that played them keeps the whole run; see lms-storage.ts). The
 * career progress, a few dozen characters, is always kept.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import type { LogEntry } from '../records/domain';
import type { SavedRun } from '../records/saved-run';
import type { ProgressRecord } from '../records/progress';
import { type PackedEntry, type PackedRun, type SuspendPayload, SuspendPayloadSchema } from '../records/suspend-data';

/** SCORM 1.2 RTE: cmi.suspend_data is a CMIString4096. */
export const SUSPEND_LIMIT = 4096;
export const SUSPEND_MARKER = 'FL1:';
/**
 * Suspend data longer than this is not read: the game writes at most SUSPEND_LIMIT characters, so
 * anything four times longer is not the game's. It also bounds the work of inflating a bomb.
 */
export const MAX_SUSPEND_INPUT = 4 * SUSPEND_LIMIT;
/**
 * Bytes the suspend data may inflate to. The game's own inflates to a few tens of kilobytes at most;
 * a deflate bomb (a few kilobytes that inflate to gigabytes) stops here instead of filling memory.
 */
export const MAX_SUSPEND_INFLATED = 1024 * 1024;

export interface SuspendState {
  run: SavedRun | null;
  /** The career progress as the store saves it. */
  progress: ProgressRecord | null;
}

export interface Encoded {
  /** The value for cmi.suspend_data ('' when there is nothing to keep). */
  data: string;
  /** Log entries of the run kept in `data` (packed, deadlines left out) and how many were cut to fit. */
  kept: number;
  cut: number;
  /** True when the run could not be kept at all (only the progress is). */
  runDropped: boolean;
}

/** One log entry as a tuple; null for what the replay recomputes (deadlines). */
function packEntry(e: LogEntry, a0: number): PackedEntry | null {
  const at = e.at - a0;
  switch (e.type) {
    case 'start':
      return ['s', e.t, at];
    case 'option':
      return ['o', e.t, at, e.postId, e.index];
    case 'free':
      return e.action
        ? ['f', e.t, at, e.postId, e.text, e.action === 'escalate' ? `escalate:${e.department ?? ''}` : e.action]
        : ['f', e.t, at, e.postId, e.text];
    case 'hint':
      return ['h', e.t, at, e.postId];
    case 'expire':
      return ['x', e.t, at];
    case 'end':
      return ['e', e.t, at, e.ending];
    case 'deadline':
      return null;
    default:
      return ['?', e];
  }
}

function unpackEntry(p: PackedEntry, run: PackedRun): LogEntry | null {
  if (!Array.isArray(p)) return null;
  if (p[0] === '?') return p[1];
  const t = p[1];
  const offset = p[2];
  if (typeof t !== 'number' || typeof offset !== 'number') return null;
  const at = run.a + offset;
  switch (p[0]) {
    case 's':
      return {
        type: 'start',
        seed: run.seed,
        locale: run.l as SavedRun['locale'],
        scenario: run.s,
        version: run.sv,
        ...(run.vr !== undefined ? { variant: run.vr } : {}),
        t,
        at,
      };
    case 'o':
      return { type: 'option', postId: p[3], index: p[4], text: '', t, at };
    // The analysis is recomputed by the replay; the log entry of the resumed session will carry it again.
    case 'f': {
      const [action, department] = typeof p[5] === 'string' ? p[5].split(':') : [];
      return {
        type: 'free',
        postId: p[3],
        text: p[4],
        ...(action ? { action } : {}),
        ...(department ? { department } : {}),
        t,
        at,
      } as LogEntry;
    }
    case 'h':
      return { type: 'hint', postId: p[3], t, at };
    case 'x':
      return { type: 'expire', t, at };
    case 'e':
      return { type: 'end', ending: p[3], t, at };
    default:
      return null;
  }
}

export function packRun(run: SavedRun): PackedRun {
  const a = run.log[0]?.at ?? 0;
  const start = run.log[0];
  return {
    // The variant the run was drawn with: a run resumed on another machine keeps its names and figures.
    ...(start?.type === 'start' && start.variant !== undefined ? { vr: start.variant } : {}),
    v: run.version,
    s: run.scenario,
    sv: run.scenarioVersion,
    l: run.locale,
    seed: run.seed,
    m: run.mode,
    st: run.startedAt,
    c: run.clock,
    a,
    e: run.log.map((e) => packEntry(e, a)).filter((e): e is PackedEntry => e !== null),
  };
}

/** The run back, in the shape the store saves (its checks and the replay judge the rest). */
export function unpackRun(p: PackedRun): SavedRun | null {
  if (typeof p !== 'object' || p === null || !Array.isArray(p.e)) return null;
  const log = p.e.map((e) => unpackEntry(e, p));
  if (log.some((e) => e === null)) return null;
  return {
    version: p.v as SavedRun['version'],
    scenario: p.s,
    scenarioVersion: p.sv,
    locale: p.l as SavedRun['locale'],
    seed: p.seed,
    mode: p.m as SavedRun['mode'],
    startedAt: p.st,
    clock: p.c,
    log: log as LogEntry[],
  };
}

const toBase64 = (bytes: Uint8Array): string => btoa(strFromU8(bytes, true));
const fromBase64 = (text: string): Uint8Array => strToU8(atob(text), true);

function seal(payload: SuspendPayload): string {
  if (payload.r === undefined && payload.p === undefined) return '';
  return SUSPEND_MARKER + toBase64(deflateSync(strToU8(JSON.stringify(payload)), { level: 9 }));
}

/** Encodes what to keep within `limit` characters, cutting the run's log if it must (see above). */
export function encodeSuspend(state: SuspendState, limit = SUSPEND_LIMIT): Encoded {
  const p = state.progress ?? undefined;
  if (!state.run) {
    const data = seal({ p });
    return data.length <= limit ? { data, kept: 0, cut: 0, runDropped: false } : { data: '', kept: 0, cut: 0, runDropped: false };
  }
  const packed = packRun(state.run);
  const total = packed.e.length;
  const withFirst = (n: number): string => {
    if (n === total) return seal({ r: packed, p });
    // Cut after entry n: the clock goes back to the last decision kept.
    const e = packed.e.slice(0, n);
    const last = e[e.length - 1];
    const c = last && last[0] !== '?' ? last[1] : (last?.[1].t ?? 0);
    return seal({ r: { ...packed, e, c }, p });
  };
  const whole = withFirst(total);
  if (whole.length <= limit) return { data: whole, kept: total, cut: 0, runDropped: false };
  // The longest prefix that fits (the size grows with the prefix): binary search, ~log2(n) deflates.
  let lo = 0;
  let hi = total;
  let best = '';
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const data = withFirst(mid);
    if (data.length <= limit) {
      lo = mid;
      best = data;
    } else hi = mid - 1;
  }
  // A run needs its start entry; without it, keep only the progress.
  if (lo >= 1) return { data: best, kept: lo, cut: total - lo, runDropped: false };
  const data = seal({ p });
  return { data: data.length <= limit ? data : '', kept: 0, cut: total, runDropped: true };
}

/**
 * Inflates into a buffer of MAX_SUSPEND_INFLATED + 1 bytes allocated once: fflate does not grow a
 * buffer it is given (it writes no further than its end), so output that fills it is too large.
 */
function inflateBounded(bytes: Uint8Array): Uint8Array | null {
  const out = inflateSync(bytes, { out: new Uint8Array(MAX_SUSPEND_INFLATED + 1) });
  return out.length > MAX_SUSPEND_INFLATED ? null : out;
}

/**
 * What the suspend data holds; null when it is empty or not the game's (another format, damaged, longer
 * than MAX_SUSPEND_INPUT, or inflating past MAX_SUSPEND_INFLATED).
 */
export function decodeSuspend(data: string): SuspendState | null {
  if (!data.startsWith(SUSPEND_MARKER) || data.length > MAX_SUSPEND_INPUT) return null;
  try {
    const inflated = inflateBounded(fromBase64(data.slice(SUSPEND_MARKER.length)));
    if (!inflated) return null;
    const parsed = v.safeParse(SuspendPayloadSchema, JSON.parse(strFromU8(inflated)));
    if (!parsed.success) return null;
    return { run: parsed.output.r ? unpackRun(parsed.output.r) : null, progress: parsed.output.p ?? null };
  } catch {
    return null;
  }
}
