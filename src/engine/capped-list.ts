/**
 * Lists of mismatches kept to a size people can read: at most `limit` lines, then one line
 * "… and K more". A hostile report (thousands of edited decisions, a log of 20,000 bogus entries)
 * would otherwise give lists of tens of thousands of lines that stall the pages and the command.
 * Used by the report verification (replay.ts) and the exam report check (src/pages/exam-report.ts).
 */

/** Mismatches listed for one report or one exam report; the others are counted. */
export const MAX_MISMATCHES = 50;

const MORE = /^… and (\d+) more$/;

/** The last line of a capped list. */
export const moreLine = (count: number): string => `… and ${count} more`;

/**
 * Mismatches in the order they are found. Lines pushed with `always` — a handful per report by
 * construction: a score, the overall result — are kept whatever comes before them; the others fill
 * what is left of `limit`, in order, and those beyond are only counted.
 */
export class MismatchList {
  private readonly entries: { line: string; always: boolean }[] = [];
  private optional = 0;
  private dropped = 0;

  constructor(readonly limit = MAX_MISMATCHES) {}

  push(...lines: readonly string[]): void {
    for (const line of lines) {
      if (this.optional < this.limit) {
        this.entries.push({ line, always: false });
        this.optional++;
      } else this.dropped++;
    }
  }

  /** A line kept whatever the length of the list. */
  always(line: string): void {
    this.entries.push({ line, always: true });
  }

  /** Another capped list's lines, its "… and K more" counted as K more. */
  pushCapped(lines: readonly string[]): void {
    const last = lines.at(-1);
    const more = last === undefined ? null : MORE.exec(last);
    this.push(...(more ? lines.slice(0, -1) : lines));
    if (more) this.dropped += Number(more[1]);
  }

  /** Every mismatch found, listed or not. */
  get size(): number {
    return this.entries.length + this.dropped;
  }

  /** At most `limit` lines (more only if more must always be kept), then "… and K more". */
  lines(): string[] {
    const fixed = this.entries.filter((e) => e.always).length;
    let room = Math.max(0, this.limit - fixed);
    let more = this.dropped;
    const out: string[] = [];
    for (const e of this.entries) {
      if (e.always) out.push(e.line);
      else if (room > 0) {
        out.push(e.line);
        room--;
      } else more++;
    }
    if (more > 0) out.push(moreLine(more));
    return out;
  }
}

/** How many mismatches a capped list stands for: its "… and K more" line counts K. */
export function mismatchCount(lines: readonly string[]): number {
  const more = lines.length > 0 ? MORE.exec(lines[lines.length - 1]!) : null;
  return more ? lines.length - 1 + Number(more[1]) : lines.length;
}
