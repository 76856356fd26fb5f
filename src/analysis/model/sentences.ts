/**
 * Sentences of a reply, as spans of the original text, so a finding can quote the sentence that carries
 * it. A sentence ends after `.`, `!`, `?` or `…` (with any closing quote or bracket, and emoji that follow
 * it) before a blank, or at a line break; a number like 29.90 or a URL does not end one.
 */
import { MODEL_MAX_CHARS } from './normalize';

export interface SentenceSpan {
  /** Offsets in the original text: text.slice(start, end) is the sentence, trimmed. */
  start: number;
  end: number;
}

const BOUNDARY = /[.!?…]+["'»”’)\]]*(?:[ \t]*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D]*)*(?=\s)|\n/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const t = text.slice(0, MODEL_MAX_CHARS);
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(t[from]!)) from++;
    while (to > from && /\s/.test(t[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  let from = 0;
  for (const m of t.matchAll(BOUNDARY)) {
    const to = m.index + m[0].length;
    push(from, to);
    from = to;
  }
  push(from, t.length);
  return spans;
}
