/**
 * verify.html: drop or pick report files; each is read, checked and replayed in the browser with
 * the game's engine, and gets a verdict (verified / N mismatches listed / refused with the reason).
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import '../ui/styles.css';
import './pages.css';
import { scenarios } from 'virtual:scenarios';
import type { CheckResult } from './check';
import { type CheckedFile, type Translate, bidi, browserLookup, checkFiles, createPage, dropZone, fill, h } from './common';
import { hintsOf, learnerOf, reportDate, reportTitle, shortDate } from './facts';

function verdictOf(c: CheckedFile): string {
  return c.duplicateOf !== undefined ? 'duplicate' : c.result.status;
}

/** One file's verdict card. */
export function resultCard(c: CheckedFile, t: Translate, locale: 'fr' | 'en'): HTMLElement {
  const r = c.result;
  const verdict = r.status === 'verified' ? `✓ ${t('verdict.verified')}`
    : r.status === 'failed' ? `✗ ${t('verdict.failed', { count: r.mismatches.length })}`
      : `✗ ${t('verdict.refused')}`;
  const card = h('li', { class: `result result-${r.status}`, 'data-verdict': verdictOf(c), 'data-status': r.status },
    h('h3', { class: 'result-file' }, bidi(r.file)),
    h('p', { class: `verdict verdict-${r.status}`, 'data-verdict-text': '' }, verdict));
  if (c.duplicateOf !== undefined) card.append(h('p', { class: 'note', 'data-duplicate': '' }, t('duplicateOf', { file: c.duplicateOf })));
  if (r.status !== 'refused') card.append(facts(r, t, locale));
  if (r.status === 'failed') {
    card.append(h('p', {}, t(`failure.${r.code}`, { id: r.report.scenario.id })), technical(r.mismatches, t, 'data-mismatches'));
  } else if (r.status === 'refused') {
    card.append(h('p', {}, t(`refusal.${r.code}`)), technical(r.errors, t, 'data-errors'));
  }
  return card;
}

function facts(r: Exclude<CheckResult, { status: 'refused' }>, t: Translate, locale: 'fr' | 'en'): HTMLElement {
  const report = r.report;
  const learner = learnerOf(report, r.file);
  const game = scenarios.find((s) => s.manifest.id === report.scenario.id);
  const title = game?.manifest.title[locale] ?? reportTitle(report);
  const row = (label: string, value: Node | string, attr?: string) => [h('dt', {}, label), h('dd', attr ? { [attr]: '' } : {}, value)];
  return h('dl', { class: 'facts' },
    row(t('report.learner'), learner.anonymous ? t('anonymous', { file: r.file }) : bidi(learner.name), 'data-learner'),
    row(t('report.scenario'), h('span', {}, bidi(title), ` (${report.scenario.id})`), 'data-scenario'),
    row(t('report.locale'), t(`locales.${report.locale}`)),
    row(t('report.seed'), String(report.seed), 'data-seed'),
    row(t('report.mode'), t(`report.modes.${report.mode}`)),
    row(t('report.date'), bidi(shortDate(reportDate(report)))),
    row(t('report.overall'), t('report.outOf', { n: report.scores.overall }), 'data-overall'),
    row(t('report.hints'), String(hintsOf(report))));
}

function technical(lines: string[], t: Translate, attr: string): HTMLElement {
  return h('div', { class: 'technical' },
    h('p', { class: 'label' }, t('technical')),
    h('ul', { lang: 'en', [attr]: '' }, lines.map((l) => h('li', {}, bidi(l, 600)))));
}

async function main(): Promise<void> {
  const page = await createPage('verify');
  const { t } = page;
  const lookup = browserLookup();
  const checked: CheckedFile[] = [];
  const seen = new Map<string, CheckResult>();
  let queue = Promise.resolve();

  const resultsTitle = h('h2', { id: 'results-title' });
  const empty = h('p', { class: 'empty' });
  const list = h('ol', { class: 'results', 'data-results': '', role: 'list' });
  const clear = h('button', { type: 'button', class: 'ghost', 'data-clear': '', onclick: () => {
    checked.length = 0;
    seen.clear();
    render();
    page.status.textContent = t('cleared');
  } });
  const zone = dropZone(t, (files) => {
    queue = queue.then(() => checkFiles(files, lookup, seen,
      (done, total) => { page.status.textContent = done < total ? t('progress', { done, total }) : t('progressDone', { count: total }); },
      (c) => { checked.push(c); list.append(resultCard(c, t, page.locale())); render(false); }));
  });
  page.main.append(zone.el, h('section', { class: 'panel', 'aria-labelledby': 'results-title' }, h('div', { class: 'section-head' }, resultsTitle, clear), empty, list));

  function render(all = true): void {
    resultsTitle.textContent = t('verify.results');
    clear.textContent = t('clear');
    empty.textContent = t('verify.empty');
    empty.hidden = checked.length > 0;
    clear.disabled = checked.length === 0;
    if (all) fill(list, checked.map((c) => resultCard(c, t, page.locale())));
  }
  page.onLanguage(() => { zone.update(); render(); });
  render();
}

main().catch((e: unknown) => {
  document.body.append(Object.assign(document.createElement('pre'), { className: 'boot-error', textContent: String((e as Error)?.stack ?? e) }));
});
