/**
 * Integrity signals of an exam: figures for an examiner to look at, never proof. They are read from
 * each session's log (real times, time away from the page, characters pasted) and the posts' length,
 * and flag what a person at the keyboard rarely does: decide faster than the post can be read, keep
 * an even pace like a script, leave the page, paste replies, finish far inside the time allowed, or
 * write the same replies as another candidate. A file-based report's times come from the candidate's
 * computer, so a careful forger can fake them: the signals catch the careless, and say no more.
 */
import type { LogEntry } from '../records/domain';

/** Reading speed of a fast skim (words a minute) and the time to take in any post at all. */
const SKIM_WPM = 500;
const GLANCE_MS = 1_000;
/** Typing faster than this (words a minute) without pasting is not typing. */
const TYPING_WPM = 150;
/** Below this coefficient of variation, decision times are as even as a script's. */
export const EVEN_CV = 0.2;
/** Fewer decisions than this say nothing about pace. */
const PACE_SAMPLE = 6;
/** Flagged: this share of decisions taken faster than they can be read. */
const FAST_SHARE = 0.2;
/** Flagged: away from the page this long in all (ms). */
const AWAY_MS = 30_000;
/** Flagged: this many characters pasted into written replies in all. */
const PASTED_CHARS = 30;
/** Flagged: a whole exam played in less than this share of its time limit. */
const QUICK_SHARE = 0.25;
/** Near-identical written replies: word-pair overlap (Jaccard) at least this, on replies of at least MIN_WORDS words. */
export const SIMILAR = 0.7;
const MIN_WORDS = 8;

export type SignalFlag = 'fast-decisions' | 'even-pace' | 'away' | 'pasted' | 'quick-run';

export interface Signals {
  /** Decisions the player made (options and written replies). */
  decisions: number;
  /** Decisions taken faster than their post can be read (and a reply typed). */
  fast: number;
  /** Coefficient of variation of the times between decisions; null under PACE_SAMPLE decisions. */
  paceCv: number | null;
  /** Coefficient of variation of those times over each decision's reading floor; null likewise. */
  paceRatioCv: number | null;
  awayMs: number;
  awayCount: number;
  /** Written replies with pasted text, and the characters pasted. */
  pastes: number;
  pastedChars: number;
  /** Real ms from the first to the last entry of the log(s). */
  durationMs: number;
  /** The time allowed (ms), when known (an exam); the run's share of it. */
  limitMs: number | null;
  flags: SignalFlag[];
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The least time (ms) a person needs to read a post and the chosen answer, or to write their own. */
export function readingFloor(postWords: number, e: Extract<LogEntry, { type: 'option' | 'free' }>): number {
  const read = GLANCE_MS + (60_000 / SKIM_WPM) * postWords;
  if (e.type === 'option') return read + (60_000 / SKIM_WPM) * wordCount(e.text);
  const typed = Math.max(0, e.text.length - (e.pasted ?? 0));
  return read + (60_000 / TYPING_WPM) * wordCount(e.text.slice(0, typed));
}

function cv(xs: readonly number[]): number | null {
  if (xs.length < PACE_SAMPLE) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (mean <= 0) return 0;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
  return Math.sqrt(variance) / mean;
}

interface Raw {
  intervals: number[];
  ratios: number[];
  fast: number;
  awayMs: number;
  awayCount: number;
  pastes: number;
  pastedChars: number;
  durationMs: number;
}

/**
 * What one session's log shows. The time a decision took is counted from the previous decision (or
 * the start): generous, since its post may have come later, so "too fast" is never a guess.
 */
function rawSignals(log: readonly LogEntry[], postWords: (postId: string) => number): Raw {
  const raw: Raw = { intervals: [], ratios: [], fast: 0, awayMs: 0, awayCount: 0, pastes: 0, pastedChars: 0, durationMs: 0 };
  let since = log[0]?.at ?? 0;
  for (const e of log) {
    if (e.type === 'away') {
      raw.awayMs += e.ms;
      raw.awayCount++;
      continue;
    }
    if (e.type !== 'option' && e.type !== 'free') continue;
    const took = Math.max(0, e.at - since);
    const floor = readingFloor(postWords(e.postId), e);
    raw.intervals.push(took);
    raw.ratios.push(took / floor);
    if (took < floor) raw.fast++;
    if (e.type === 'free' && e.pasted) {
      raw.pastes++;
      raw.pastedChars += e.pasted;
    }
    since = e.at;
  }
  if (log.length > 1) raw.durationMs = Math.max(0, log[log.length - 1]!.at - log[0]!.at);
  return raw;
}

export interface SessionLog {
  log: readonly LogEntry[];
  /** Words of each post, as the replay shows it (unknown posts count 0). */
  postWords: (postId: string) => number;
}

/** Signals over one session or over every session of an exam; `limitMs`: the exam's time allowed, extra time included. */
export function readSignals(sessions: readonly SessionLog[], limitMs: number | null = null): Signals {
  const all = sessions.map((s) => rawSignals(s.log, s.postWords));
  const sum = (f: (r: Raw) => number) => all.reduce((a, r) => a + f(r), 0);
  const intervals = all.flatMap((r) => r.intervals);
  const signals: Signals = {
    decisions: intervals.length,
    fast: sum((r) => r.fast),
    paceCv: cv(intervals),
    paceRatioCv: cv(all.flatMap((r) => r.ratios)),
    awayMs: sum((r) => r.awayMs),
    awayCount: sum((r) => r.awayCount),
    pastes: sum((r) => r.pastes),
    pastedChars: sum((r) => r.pastedChars),
    durationMs: sum((r) => r.durationMs),
    limitMs,
    flags: [],
  };
  const flags = signals.flags;
  if (signals.decisions > 0 && signals.fast / signals.decisions >= FAST_SHARE) flags.push('fast-decisions');
  if ((signals.paceCv !== null && signals.paceCv < EVEN_CV) || (signals.paceRatioCv !== null && signals.paceRatioCv < EVEN_CV))
    flags.push('even-pace');
  if (signals.awayMs >= AWAY_MS) flags.push('away');
  if (signals.pastedChars >= PASTED_CHARS) flags.push('pasted');
  if (limitMs !== null && limitMs > 0 && signals.decisions > 0 && signals.durationMs < QUICK_SHARE * limitMs) flags.push('quick-run');
  return signals;
}

/** Word pairs of a reply, for comparing two replies whatever their punctuation and case. */
function pairs(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const either = a.size + b.size - both;
  return either === 0 ? 0 : both / either;
}

export interface WrittenBy {
  /** Who wrote them (an attempt's key). */
  who: string;
  /** Scenario of the reply, so that only replies to the same post are compared. */
  replies: readonly { scenario: string; postId: string; text: string }[];
}

export interface SimilarPair {
  a: string;
  b: string;
  scenario: string;
  postId: string;
  similarity: number;
}

/** Written replies of two candidates to the same post that are nearly the same text. */
export function similarReplies(attempts: readonly WrittenBy[]): SimilarPair[] {
  const out: SimilarPair[] = [];
  const byPost = new Map<string, { who: string; words: Set<string>; scenario: string; postId: string }[]>();
  for (const { who, replies } of attempts) {
    for (const r of replies) {
      if (wordCount(r.text) < MIN_WORDS) continue;
      const key = `${r.scenario}\u0000${r.postId}`;
      const list = byPost.get(key) ?? [];
      list.push({ who, words: pairs(r.text), scenario: r.scenario, postId: r.postId });
      byPost.set(key, list);
    }
  }
  for (const list of byPost.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (x.who === y.who) continue;
        const similarity = jaccard(x.words, y.words);
        if (similarity >= SIMILAR) out.push({ a: x.who, b: y.who, scenario: x.scenario, postId: x.postId, similarity });
      }
    }
  }
  return out;
}
