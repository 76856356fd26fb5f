/**
 * One checked file as the teacher reads it: the verdict in words (verified / not verified with
 * its mismatches / refused with the reason), the report's facts, and the technical details.
 */
import type { ScenarioEntry } from '../content/catalog';
import { mismatchCount } from '../engine/capped-list';
import { variantCode } from '../engine/variant';
import type { Report } from '../records/session-report';
import { catalog as scenarios } from './catalog';
import type { CheckResult } from './check';
import { type CheckedFile, type Translate, bidi, h } from './common';
import { hintsOf, learnerOf, reportDate, reportTitle, shortDate } from './facts';

export function verdictOf(c: CheckedFile): string {
  return c.duplicateOf !== undefined ? 'duplicate' : c.result.status;
}

/** One file's verdict card. */
export function resultCard(c: CheckedFile, t: Translate, locale: 'fr' | 'en'): HTMLElement {
  const r = c.result;
  const verdict =
    r.status === 'verified'
      ? `✓ ${t('verdict.verified')}`
      : r.status === 'failed'
        ? `✗ ${t('verdict.failed', { count: mismatchCount(r.mismatches) })}`
        : `✗ ${t('verdict.refused')}`;
  const card = h(
    'li',
    { class: `result result-${r.status}`, 'data-verdict': verdictOf(c), 'data-status': r.status },
    h('h3', { class: 'result-file' }, bidi(r.file)),
    h('p', { class: `verdict verdict-${r.status}`, 'data-verdict-text': '' }, verdict),
  );
  if (c.duplicateOf !== undefined) card.append(h('p', { class: 'note', 'data-duplicate': '' }, t('duplicateOf', { file: c.duplicateOf })));
  if (r.status !== 'refused') card.append(facts(r, t, locale));
  if (r.status === 'failed') {
    card.append(h('p', {}, t(`failure.${r.code}`, { id: r.report.scenario.id })), technical(r.mismatches, t, 'data-mismatches', true));
  } else if (r.status === 'refused') {
    card.append(h('p', {}, t(`refusal.${r.code}`)), technical(r.errors, t, 'data-errors'));
  }
  return card;
}

/** The variant a report's run played (the replay checked it), and the brand when it is not the scenario's own. */
export function variantText(report: Report, game: ScenarioEntry | undefined, t: Translate): string {
  const start = report.log[0];
  const seed = start?.type === 'start' ? start.variant : undefined;
  if (seed === undefined) return t('report.variantNone');
  const brand = report.scenario.charter !== game?.charter.id ? game?.brands?.[report.scenario.charter]?.brand.name : undefined;
  return brand ? t('report.variantBrand', { code: variantCode(seed), brand }) : variantCode(seed);
}

export function facts(r: Exclude<CheckResult, { status: 'refused' }>, t: Translate, locale: 'fr' | 'en'): HTMLElement {
  const report = r.report;
  const learner = learnerOf(report, r.file);
  const game = scenarios.find((s) => s.manifest.id === report.scenario.id);
  const title = game?.manifest.title[locale] ?? reportTitle(report);
  const row = (label: string, value: Node | string, attr?: string) => [h('dt', {}, label), h('dd', attr ? { [attr]: '' } : {}, value)];
  return h(
    'dl',
    { class: 'facts' },
    row(t('report.learner'), learner.anonymous ? t('anonymous', { file: r.file }) : bidi(learner.name), 'data-learner'),
    row(t('report.scenario'), h('span', {}, bidi(title), ` (${report.scenario.id})`), 'data-scenario'),
    row(t('report.locale'), t(`locales.${report.locale}`)),
    row(t('report.seed'), String(report.seed), 'data-seed'),
    row(t('report.variant'), variantText(report, game, t), 'data-variant'),
    row(t('report.mode'), t(`report.modes.${report.mode}`)),
    // The date comes from the player's computer: not one of the facts the replay checks.
    row(t('proves.dateClaimed'), bidi(shortDate(reportDate(report))), 'data-claimed-date'),
    row(t('report.overall'), t('report.outOf', { n: report.scores.overall }), 'data-overall'),
    r.status === 'failed' && r.replayed && r.replayed.overall !== report.scores.overall
      ? row(t('report.replayed'), t('report.outOf', { n: r.replayed.overall }), 'data-replayed')
      : null,
    row(t('report.hints'), String(hintsOf(report))),
  );
}

/** Technical lines under a fold: open for a verification's mismatches, closed for why a file was refused. */
export function technical(lines: string[], t: Translate, attr: string, open = false): HTMLElement {
  return h(
    'details',
    { class: 'technical', ...(open ? { open: '' } : {}) },
    h('summary', { class: 'label' }, t('technical')),
    h(
      'ul',
      { lang: 'en', [attr]: '' },
      lines.map((l) => h('li', {}, bidi(l, 600))),
    ),
  );
}
