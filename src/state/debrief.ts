/** What the debrief shows of a finished scenario: its report, and the posts and curves of the session. */
import type { Manifest } from '../content/schema';
import type { Session } from '../engine/session';
import { variantCode } from '../engine/variant';
import { parseDuration } from '../narrative/tags';
import type { Report } from '../records/session-report';
import type { Debrief, VariantSummary } from './types';

/**
 * What the run's variant changed in the scenario as written (`written`: its manifest before the draw):
 * the brand, each renamed persona, then each value that differs from the one written, in the order the
 * author declared them. Names and values the draw left as written are not listed.
 */
export function variantSummary(session: Session, written: Manifest, linkable: boolean): VariantSummary | null {
  const variant = session.variant;
  if (!variant || !written.variants) return null;
  const personas = Object.keys(written.variants.personas ?? {}).flatMap((id) => {
    const drawn = variant.personas[id];
    const persona = written.personas.find((p) => p.id === id);
    if (!drawn || drawn.name === persona?.name) return [];
    return [{ written: persona?.name.split(/\s+/)[0] ?? id, name: drawn.name, handle: drawn.handle }];
  });
  const values = Object.entries(written.variants.values ?? {}).flatMap(([name, list]) => {
    // The same position in both languages: the debrief reads the same whichever one it is shown in.
    const pick = variant.picks[`value:${name}`];
    // A timing (`# after: {wait}`) changes when a post arrives, which is not a fact the player reads.
    if (pick === undefined || pick === 0 || parseDuration(list.en[0] ?? '') !== null) return [];
    return [{ name, written: { fr: list.fr[0] ?? '', en: list.en[0] ?? '' }, value: { fr: list.fr[pick] ?? '', en: list.en[pick] ?? '' } }];
  });
  const brands = written.variants.brands;
  const brand =
    brands && variant.brand && variant.brand !== brands[0]?.charter
      ? { written: brands[0]?.values?.brand?.en ?? '', name: session.charter.brand.name }
      : undefined;
  return { code: variantCode(variant.seed), personas, values, ...(brand ? { brand } : {}), linkable };
}

/** `written`: the scenario's manifest as written (the session holds it as its variant drew it). */
export const debriefOf = (session: Session, report: Report, written: Manifest, linkable: boolean): Debrief => ({
  scenarioId: session.manifest.id,
  locale: session.locale,
  seed: session.seed,
  variant: variantSummary(session, written, linkable),
  ending: session.ending ?? { id: 'unfinished', text: '' },
  card: { scores: report.scores, reasons: report.reasons },
  decisions: report.decisions,
  posts: session.feed.map(({ id, text, channel, persona, at }) => ({ id, text, channel, persona, at })).reverse(),
  series: session.series(),
  report,
});
