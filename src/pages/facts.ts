/**
 * Reading the parts of a report that its schema carries "as written" (candidate, titles, dates,
 * breaches): anything that is not the expected type is ignored, never trusted. Pure, no DOM.
 */
import type { Report } from '../records/session-report';

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
/** Collapses whitespace and control characters so a name cannot break lines or layouts. */
const tidy = (s: string): string => s.replace(/[\s\p{Cc}]+/gu, ' ').trim();
/** Bidi controls and the zero-width characters that have no use in a name (joiners are kept for scripts and emoji). */
const HIDDEN = /[\p{Bidi_Control}\u200B\u2060\uFEFF]/gu;
/** Every character that shows nothing: zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors… */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * A name as the dashboard compares it: NFKC, characters that show nothing removed (zero-width
 * U+200B–U+200D, U+2060, U+FEFF, the bidi controls…), whitespace collapsed, case folded. "Léa",
 * " LÉA ", "Le\u0301a" and "L\u200Béa" are one learner; a name that only looks the same in another
 * script (Cyrillic "а" for Latin "a") stays apart, and its row's title shows how it was written.
 */
export function foldName(raw: string): string {
  const folded = tidy(raw.normalize('NFKC').replace(IGNORABLE, '')).toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
  return tidy(folded.normalize('NFKC'));
}

/** A name as written, with the characters that show nothing made visible: "L⟨U+200B⟩éa". */
export function visibleName(raw: string): string {
  return raw.replace(/[\p{Default_Ignorable_Code_Point}\p{Cc}]/gu, (c) =>
    c === '\n' || c === '\t' ? ' ' : `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

export interface Learner {
  /** Identity used to group reports: the same person across files, written however (see foldName). */
  key: string;
  /** What the teacher sees; empty for an anonymous report (the page adds "(anonymous) <file>"). */
  name: string;
  /** The name (or email, or id) exactly as the report wrote it; empty for an anonymous report. */
  written: string;
  anonymous: boolean;
}

/** `candidate.name`, else `candidate.email`, else `candidate.id`; anonymous reports stay apart, one per file. */
export function learnerOf(report: Report, file: string): Learner {
  const candidate = (typeof report.candidate === 'object' && report.candidate !== null ? report.candidate : {}) as Record<string, unknown>;
  for (const field of ['name', 'email', 'id']) {
    const written = str(candidate[field]);
    const key = foldName(written);
    if (key) return { key: `${field}:${key}`, name: tidy(written.replace(HIDDEN, '')), written, anonymous: false };
  }
  return { key: `file:${file}`, name: '', written: '', anonymous: true };
}

/** The scenario's title as the report wrote it (the page prefers the game's own title). */
export function reportTitle(report: Report): string {
  return tidy(str((report.scenario as Record<string, unknown>).title)) || report.scenario.id;
}

/** When the session ended, as written (ISO 8601 from the game); '' when absent. */
export function reportDate(report: Report): string {
  return tidy(str(report.finishedAt) || str(report.startedAt));
}

/** "2026-11-23 10:05" for an ISO date, in UTC so every teacher sees the same; the text itself otherwise. */
export function shortDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** Every charter rule the report says was broken, one entry per breach. */
export function breachesOf(report: Report): string[] {
  const out: string[] = [];
  if (!Array.isArray(report.decisions)) return out;
  for (const d of report.decisions as unknown[]) {
    const breaches = (d as { breaches?: unknown })?.breaches;
    if (!Array.isArray(breaches)) continue;
    for (const b of breaches as unknown[]) {
      const id = str((b as { ruleId?: unknown })?.ruleId);
      if (id && id.length <= 64) out.push(id);
    }
  }
  return out;
}

export const hintsOf = (report: Report): number => (Number.isInteger(report.hints) && report.hints >= 0 ? report.hints : 0);
