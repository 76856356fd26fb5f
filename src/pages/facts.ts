/**
 * Reading the parts of a report that its schema carries "as written" (candidate, titles, dates,
 * breaches): anything that is not the expected type is ignored, never trusted. Pure, no DOM.
 */
import type { Report } from '../records/session-report';

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
/** Collapses whitespace and control characters so a name cannot break lines or layouts. */
const tidy = (s: string): string => s.replace(/[\s\p{Cc}]+/gu, ' ').trim();

export interface Learner {
  /** Identity used to group reports: the same person across files, case and spacing aside. */
  key: string;
  /** What the teacher sees; empty for an anonymous report (the page adds "(anonymous) <file>"). */
  name: string;
  anonymous: boolean;
}

/** `candidate.name`, else `candidate.email`, else `candidate.id`; anonymous reports stay apart, one per file. */
export function learnerOf(report: Report, file: string): Learner {
  const candidate = (typeof report.candidate === 'object' && report.candidate !== null ? report.candidate : {}) as Record<string, unknown>;
  for (const field of ['name', 'email', 'id']) {
    const value = tidy(str(candidate[field]));
    if (value) return { key: `${field}:${value.normalize('NFC').toLocaleLowerCase()}`, name: value, anonymous: false };
  }
  return { key: `file:${file}`, name: '', anonymous: true };
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
