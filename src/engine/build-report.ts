/** The session report of a finished (or expired) session: everything verification needs to replay it. */
import { REPORT_FORMAT, REPORT_VERSION, type Report } from '../records/session-report';
import type { Session } from './session';

export interface ReportMeta {
  app: string;
  mode: Report['mode'];
  startedAt: string;
  finishedAt: string;
  candidate?: Record<string, string>;
  exam?: Report['exam'];
}

export function buildReport(session: Session, meta: ReportMeta): Report {
  const card = session.score();
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    app: meta.app,
    scenario: {
      id: session.manifest.id,
      version: session.manifest.version,
      charter: session.charter.id,
      title: session.manifest.title[session.locale],
    },
    locale: session.locale,
    seed: session.seed,
    mode: meta.mode,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    ...(meta.candidate ? { candidate: meta.candidate } : {}),
    ...(meta.exam ? { exam: meta.exam } : {}),
    log: session.log.map((e) => ({ ...e })),
    decisions: session.decisions.map((d) => ({ ...d })),
    ending: session.ending,
    meters: { start: session.startMeters, end: session.meters },
    hints: session.hintsUsed,
    ...(session.weights ? { weights: session.weights } : {}),
    ...(session.freeTextRequired ? { freeTextRequired: true } : {}),
    scores: card.scores,
    reasons: card.reasons,
  };
}
