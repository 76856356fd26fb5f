/**
 * dashboard.html: a teacher imports many report files at once; each is read and verified by
 * replay; the page shows learners × scenarios, per-competency averages and distributions, the
 * charter rules broken most often, and exports a CSV. Everything stays in the browser.
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import '../ui/styles.css';
import './pages.css';
import type { CheckResult } from './check';
import { type CheckedFile, browserLookup, checkFiles, createPage, dropZone, fill, h } from './common';
import { csvFile, download } from './dashboard/export';
import { brokenRules, buildModel } from './dashboard/model';
import { scenarioTitle, sortedScenarios } from './dashboard/names';
import { type ViewEnv, competencies, filesList, resultsTable, rulesTable } from './dashboard/views';

async function main(): Promise<void> {
  const page = await createPage('dashboard');
  const { t } = page;
  const lookup = browserLookup();
  const checked: CheckedFile[] = [];
  let seen = new Map<string, CheckResult[]>();
  let queue = Promise.resolve();
  let generation = 0;
  const expanded = new Set<string>();
  let filter: string | null = null;

  const section = (id: string, ...children: HTMLElement[]) => {
    const title = h('h2', { id: `${id}-title` });
    return { title, el: h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` }, title, ...children) };
  };
  // Files
  const filesBody = h('div', {});
  const clear = h('button', {
    type: 'button',
    class: 'ghost',
    'data-clear': '',
    onclick: () => {
      generation++;
      checked.length = 0;
      seen = new Map();
      expanded.clear();
      filter = null;
      render();
      page.status.textContent = t('cleared');
      document.getElementById('report-files')?.focus();
    },
  });
  const files = section('files', h('div', { class: 'section-head-tools' }, clear), filesBody);
  // Results table and export
  const tableBody = h('div', {});
  const unverifiedNote = h('p', { class: 'note' });
  const exportButton = h('button', {
    type: 'button',
    class: 'primary',
    'data-export': '',
    'aria-describedby': 'export-hint',
    onclick: () => exportCsv(),
  });
  const exportHint = h('p', { id: 'export-hint', class: 'meta' });
  const results = section('results', tableBody, unverifiedNote, h('div', { class: 'export' }, exportButton, exportHint));
  // Competencies
  const filterLabel = h('label', { for: 'scenario-filter' });
  const filterSelect = h('select', { id: 'scenario-filter', 'data-filter': '' });
  filterSelect.addEventListener('change', () => {
    filter = filterSelect.value || null;
    renderStats();
  });
  const statsBody = h('div', {});
  const stats = section('competencies', h('div', { class: 'field inline' }, filterLabel, filterSelect), statsBody);
  // Rules
  const rulesBody = h('div', {});
  const rules = section('rules', rulesBody);

  const zone = dropZone(t, (list) => {
    const mine = generation;
    const batchSeen = seen;
    queue = queue.then(() =>
      checkFiles(list, {
        lookup,
        seen: batchSeen,
        alive: () => mine === generation,
        progress: (done, total) => {
          page.status.textContent = done < total ? t('progress', { done, total }) : t('progressDone', { count: total });
        },
        each: (c) => {
          checked.push(c);
          render();
        },
      }),
    );
  });
  page.main.append(zone.el, files.el, results.el, stats.el, rules.el);

  const env = (): ViewEnv => ({ t, locale: page.locale() });
  /** Counted once: a duplicate file adds nothing. */
  const counted = () => checked.filter((c) => c.duplicateOf === undefined).map((c) => c.result);

  function render(): void {
    const model = buildModel(counted());
    files.title.textContent = t('dashboard.files');
    results.title.textContent = t('dashboard.table');
    stats.title.textContent = t('dashboard.competencies');
    rules.title.textContent = t('dashboard.rules');
    clear.textContent = t('clear');
    clear.disabled = checked.length === 0;
    fill(filesBody, checked.length ? filesList(checked, env()) : h('p', { class: 'empty' }, t('verify.empty')));
    fill(tableBody, model.entries.length ? resultsTable(model, expanded, env()) : h('p', { class: 'empty' }, t('dashboard.noData')));
    unverifiedNote.textContent = t('dashboard.unverifiedNote');
    unverifiedNote.hidden = !model.entries.some((e) => !e.verified);
    exportButton.textContent = t('dashboard.export');
    exportButton.disabled = model.cells.size === 0;
    exportHint.textContent = t('dashboard.exportHint');
    filterLabel.textContent = t('dashboard.filter');
    const locale = page.locale();
    const ids = sortedScenarios(model, locale);
    if (filter !== null && !ids.includes(filter)) filter = null;
    fill(
      filterSelect,
      h('option', { value: '' }, t('dashboard.allScenarios')),
      ids.map((id) => h('option', { value: id }, scenarioTitle(model, id, locale))),
    );
    filterSelect.value = filter ?? '';
    renderStats(model);
  }

  function renderStats(model = buildModel(counted())): void {
    fill(statsBody, competencies(model, filter, env()));
    fill(rulesBody, rulesTable(model, brokenRules(model, filter), env()));
  }

  function exportCsv(): void {
    const model = buildModel(counted());
    const name = t('dashboard.csvFile', { date: new Date().toISOString().slice(0, 10) });
    download(csvFile(model, t, page.locale()), name);
    page.status.textContent = t('dashboard.exported', { file: name });
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => renderStats(), 200);
  });
  page.onLanguage(() => {
    zone.update();
    render();
  });
  render();
}

main().catch((e: unknown) => {
  document.body.append(
    Object.assign(document.createElement('pre'), { className: 'boot-error', textContent: String((e as Error)?.stack ?? e) }),
  );
});
