/**
 * The dashboard's sections as DOM (text through textContent only): imported files (files and the
 * sessions they hold counted apart), the people × scenarios table with a details row per person
 * (reviewed scores marked), competency statistics with their charts and data table, and the charter
 * rules broken most often.
 */
import { mismatchCount } from '../../engine/capped-list';
import { SCORE_KEYS, type Locale } from '../../core/types';
import { type CheckedFile, type Translate, bidi, clip, h, scrollBox } from '../common';
import { hintsOf, learnerOf } from '../facts';
import { technical, verdictOf } from '../verdict';
import { drawAverages, drawDistributions } from './charts';
import { BANDS, type Model, type RuleCount, cellKey, statistics } from './model';
import { type SessionFile, fileCounts } from './exams';
import { learnerLabel, learnerLabels, learnerTitles, ruleText, scenarioTitle, sortedLearners, sortedScenarios } from './names';

export interface ViewEnv {
  t: Translate;
  locale: Locale;
}

const number = (locale: Locale, n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);

/**
 * The list of imported files: verified ones in one line, the others with their reasons; a copy of a
 * file, or a session already imported from another file, is named as such and counted once.
 */
export function filesList(checked: readonly (CheckedFile & SessionFile)[], { t }: ViewEnv): HTMLElement[] {
  const n = fileCounts(checked);
  const files = [
    t('dashboard.summary.files', { count: n.files }),
    n.examReports > 0 ? t('dashboard.summary.examReports', { count: n.examReports }) : null,
    n.refusedFiles > 0 ? t('dashboard.summary.refusedFiles', { count: n.refusedFiles }) : null,
  ].filter((x): x is string => x !== null);
  const summary = h(
    'p',
    { 'data-files-summary': '' },
    `${files.join(' ')} ${t('dashboard.summary.sessions', { total: n.sessions, verified: n.verified, failed: n.failed, refused: n.refused, duplicates: n.duplicates })}`,
  );
  const list = h(
    'ul',
    { class: 'file-list', role: 'list', 'data-files-list': '' },
    checked.map((c) => {
      const r = c.result;
      const verdict =
        c.duplicateOf !== undefined
          ? t('verdict.duplicate')
          : r.status === 'verified'
            ? `✓ ${t('verdict.verified')}`
            : r.status === 'failed'
              ? `✗ ${t('verdict.failed', { count: mismatchCount(r.mismatches) })}`
              : `✗ ${t('verdict.refused')}`;
      const who =
        r.status === 'refused'
          ? null
          : h(
              'span',
              { class: 'meta' },
              ' — ',
              bidi(learnerLabel({ learner: learnerOf(r.report, r.file), file: r.file }, t), 60),
              ` · ${r.report.scenario.id}`,
            );
      const item = h(
        'li',
        { class: `file file-${r.status}`, 'data-file': r.file, 'data-verdict': verdictOf(c), 'data-status': r.status },
        h('span', { class: `verdict verdict-${c.duplicateOf !== undefined ? 'duplicate' : r.status}` }, verdict),
        ' ',
        bidi(r.file, 80),
        who,
      );
      if (c.duplicateOf !== undefined) {
        item.append(h('p', { class: 'note' }, t('duplicateOf', { file: clip(c.duplicateOf, 80) })));
        return item;
      }
      if (c.sameSessionAs !== undefined) {
        item.setAttribute('data-same-session', c.sameSessionAs);
        item.append(h('p', { class: 'note' }, t('dashboard.sameSession', { file: clip(c.sameSessionAs, 80) })));
      }
      if (c.otherName !== undefined) {
        item.setAttribute('data-same-session-other-name', c.otherName);
        item.append(h('p', { class: 'note warn' }, `⚠ ${t('dashboard.sameSessionOtherName', { file: clip(c.otherName, 80) })}`));
      }
      if (r.status !== 'verified') {
        const reason = r.status === 'failed' ? t(`failure.${r.code}`, { id: clip(r.report.scenario.id, 64) }) : t(`refusal.${r.code}`);
        item.append(
          h(
            'details',
            {},
            h('summary', {}, t('dashboard.showProblems')),
            h('p', {}, reason),
            technical(
              r.status === 'failed' ? r.mismatches : r.errors,
              t,
              r.status === 'failed' ? 'data-mismatches' : 'data-errors',
              r.status === 'failed',
            ),
          ),
        );
      }
      return item;
    }),
  );
  return [summary, list];
}

/** Learners × scenarios, best overall score per cell; a button per learner opens the five scores. */
export function resultsTable(model: Model, expanded: Set<string>, env: ViewEnv): HTMLElement {
  const { t, locale } = env;
  const labels = learnerLabels(model, t);
  const titles = learnerTitles(model);
  const scenarios = sortedScenarios(model, locale);
  const learners = sortedLearners(model, labels, locale);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('dashboard.learner')),
    scenarios.map((id) => h('th', { scope: 'col', 'data-scenario': id }, bidi(scenarioTitle(model, id, locale), 60))),
    h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('dashboard.details'))),
  );
  const body = h('tbody', {});
  learners.forEach((key, i) => {
    const name = labels.get(key) ?? key;
    const detailsId = `learner-details-${i}`;
    const open = expanded.has(key);
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'ghost small',
        'aria-expanded': String(open),
        'aria-controls': detailsId,
        'aria-label': t('dashboard.detailsFor', { name: clip(name, 80) }),
        'data-details-toggle': '',
      },
      t('dashboard.details'),
    );
    const detailsRow = h(
      'tr',
      { id: detailsId, class: 'details-row', 'data-details-for': key },
      h('td', { colspan: scenarios.length + 2 }, detailsTable(model, key, scenarios, env)),
    );
    detailsRow.hidden = !open;
    toggle.addEventListener('click', () => {
      const now = detailsRow.hidden;
      detailsRow.hidden = !now;
      toggle.setAttribute('aria-expanded', String(now));
      if (now) expanded.add(key);
      else expanded.delete(key);
    });
    body.append(
      h(
        'tr',
        { 'data-learner': key },
        // The title: the name as written in each report, invisible characters shown (names.ts).
        h('th', { scope: 'row', class: 'learner', title: titles.get(key) ?? null }, h('bdi', {}, clip(name, 80))),
        scenarios.map((id) => scoreCell(model, key, id, env)),
        h('td', {}, toggle),
      ),
      detailsRow,
    );
  });
  return h(
    'div',
    { class: 'table-wrap' },
    h('table', { class: 'data', 'data-results-table': '' }, h('caption', {}, t('dashboard.tableCaption')), h('thead', {}, head), body),
  );
}

function scoreCell(model: Model, learner: string, scenario: string, { t }: ViewEnv): HTMLElement {
  const cell = model.cells.get(cellKey(learner, scenario));
  if (!cell)
    return h(
      'td',
      { class: 'empty-cell', 'data-scenario': scenario },
      h('span', { 'aria-hidden': 'true' }, '—'),
      h('span', { class: 'sr-only' }, t('dashboard.noReport')),
    );
  const s = cell.best.scores;
  const title = [...SCORE_KEYS.map((k) => `${t(`score.${k}`)} ${s[k]}`), t('dashboard.attempts', { count: cell.attempts })].join(' · ');
  return h(
    'td',
    {
      class: cell.best.verified ? 'score-cell' : 'score-cell unverified',
      'data-scenario': scenario,
      'data-overall': s.overall,
      'data-verified': String(cell.best.verified),
      ...(cell.best.reviewed ? { 'data-reviewed': '' } : {}),
      title,
    },
    h('span', { class: 'cell-score' }, String(s.overall)),
    cell.best.verified ? null : h('span', { class: 'flag' }, ` ⚠ ${t('dashboard.unverified')}`),
    cell.best.reviewed ? h('span', { class: 'flag reviewed-flag' }, ` ✓ ${t('dashboard.reviewedMark')}`) : null,
  );
}

function detailsTable(model: Model, learner: string, scenarios: string[], { t, locale }: ViewEnv): HTMLElement {
  const rows = scenarios.flatMap((id) => {
    const cell = model.cells.get(cellKey(learner, id));
    if (!cell) return [];
    const r = cell.best.report;
    const { scores, reviewed } = cell.best;
    return [
      h(
        'tr',
        { 'data-scenario': id },
        h('th', { scope: 'row' }, bidi(scenarioTitle(model, id, locale), 80)),
        h('td', {}, String(scores.overall)),
        SCORE_KEYS.map((k) => h('td', { 'data-score': k }, String(scores[k]))),
        h('td', {}, String(hintsOf(r))),
        h('td', {}, t('dashboard.attempts', { count: cell.attempts })),
        h(
          'td',
          {},
          cell.best.verified ? `✓ ${t('verdict.verified')}` : `⚠ ${t('dashboard.unverified')}`,
          reviewed
            ? ` · ${t('dashboard.reviewedBy', { examiner: clip(reviewed.examiner.trim() || t('dashboard.examiner.unnamed'), 80), automatic: r.scores.overall })}`
            : '',
        ),
      ),
    ];
  });
  return h(
    'table',
    { class: 'data inner' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('report.scenario')),
        h('th', { scope: 'col' }, t('score.overall')),
        SCORE_KEYS.map((k) => h('th', { scope: 'col' }, t(`score.${k}`))),
        h('th', { scope: 'col' }, t('report.hints')),
        h('th', { scope: 'col' }, t('dashboard.attemptsHeader')),
        h('th', { scope: 'col' }, t('dashboard.verifiedHeader')),
      ),
    ),
    h('tbody', {}, rows),
  );
}

/** Competency charts and their data table, for one scenario or all. */
export function competencies(model: Model, scenario: string | null, env: ViewEnv): HTMLElement[] {
  const { t, locale } = env;
  const stats = statistics(model, scenario);
  if (stats.basis === 0) return [h('p', { class: 'empty', 'data-no-stats': '' }, t('dashboard.noVerified'))];
  const chartRows = stats.rows
    .filter((r) => r.key !== 'overall')
    .map((r) => ({ label: t(`score.${r.key}`), mean: r.mean, bands: r.bands }));
  const bandLabels = BANDS.map(([from, to]) => t('dashboard.bucket', { from, to }));
  const averages = h('canvas', { role: 'img', 'aria-label': t('dashboard.averagesChart'), 'data-chart': 'averages' });
  const distribution = h('canvas', { role: 'img', 'aria-label': t('dashboard.distributionChart'), 'data-chart': 'distribution' });
  const draw = () => {
    drawAverages(averages, chartRows, (n) => number(locale, n));
    drawDistributions(
      distribution,
      chartRows,
      BANDS.map(([from, to]) => `${from}–${to}`),
    );
  };
  requestAnimationFrame(draw);
  const table = h(
    'table',
    { class: 'data', 'data-stats-table': '' },
    h('caption', {}, t('dashboard.statsCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('dashboard.competency')),
        ['mean', 'min', 'median', 'max'].map((k) => h('th', { scope: 'col' }, t(`dashboard.${k}`))),
        bandLabels.map((l) => h('th', { scope: 'col' }, l)),
      ),
    ),
    h(
      'tbody',
      {},
      stats.rows.map((r) =>
        h(
          'tr',
          { 'data-stat': r.key },
          h('th', { scope: 'row' }, t(`score.${r.key}`)),
          h('td', { 'data-mean': '' }, number(locale, r.mean)),
          h('td', {}, String(r.min)),
          h('td', {}, number(locale, r.median)),
          h('td', {}, String(r.max)),
          r.bands.map((n, i) => h('td', { 'data-band': i }, String(n))),
        ),
      ),
    ),
  );
  return [
    h('p', { 'data-basis': '' }, t('dashboard.basis', { count: stats.basis })),
    ...(stats.reviewed > 0
      ? [h('p', { class: 'note', 'data-basis-reviewed': stats.reviewed }, t('dashboard.basisReviewed', { count: stats.reviewed }))]
      : []),
    h(
      'div',
      { class: 'charts' },
      h('figure', { class: 'chart' }, averages, h('figcaption', {}, t('dashboard.averagesChart'))),
      h('figure', { class: 'chart' }, distribution, h('figcaption', {}, t('dashboard.distributionChart'))),
    ),
    h('div', scrollBox(t('dashboard.statsCaption')), table),
  ];
}

/** The charter rules broken most often, with the rule's text in the page's language. */
export function rulesTable(model: Model, rules: RuleCount[], env: ViewEnv): HTMLElement {
  const { t, locale } = env;
  if (rules.length === 0) return h('p', { class: 'empty', 'data-no-rules': '' }, t('dashboard.noRules'));
  const labels = learnerLabels(model, t);
  return h(
    'div',
    scrollBox(t('dashboard.rulesCaption')),
    h(
      'table',
      { class: 'data', 'data-rules-table': '' },
      h('caption', {}, t('dashboard.rulesCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('dashboard.rule')),
          h('th', { scope: 'col' }, t('dashboard.ruleText')),
          h('th', { scope: 'col' }, t('dashboard.count')),
          h('th', { scope: 'col' }, t('dashboard.learners')),
        ),
      ),
      h(
        'tbody',
        {},
        rules.map((r) => {
          const known = ruleText(r.charter, r.rule, locale);
          const names = r.learners.map((k) => labels.get(k) ?? k).sort((a, b) => a.localeCompare(b, locale));
          return h(
            'tr',
            { 'data-rule': r.rule, 'data-charter': r.charter },
            h('th', { scope: 'row' }, h('code', {}, r.rule), known ? h('span', { class: 'meta' }, ` (${known.brand})`) : null),
            h('td', {}, known ? known.text : h('em', {}, t('dashboard.unknownRule'))),
            h('td', { 'data-count': '' }, String(r.count)),
            h(
              'td',
              {},
              h(
                'ul',
                { class: 'names', role: 'list' },
                names.map((n) => h('li', {}, bidi(n, 60))),
              ),
            ),
          );
        }),
      ),
    ),
  );
}
