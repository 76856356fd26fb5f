/** What the debrief shows of a finished scenario: its report, and the posts and curves of the session. */
import type { Session } from '../engine/session';
import type { Report } from '../records/session-report';
import type { Debrief } from './types';

export const debriefOf = (session: Session, report: Report): Debrief => ({
  scenarioId: session.manifest.id,
  locale: session.locale,
  seed: session.seed,
  ending: session.ending ?? { id: 'unfinished', text: '' },
  card: { scores: report.scores, reasons: report.reasons },
  decisions: report.decisions,
  posts: session.feed.map(({ id, text, channel, persona, at }) => ({ id, text, channel, persona, at })).reverse(),
  series: session.series(),
  report,
});
