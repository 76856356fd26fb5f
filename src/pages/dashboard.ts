/**
 * dashboard.html, the results dashboard: a teacher or an examiner imports many report files at once;
 * each is read and verified by replay; the page shows people × scenarios, per-competency averages and
 * distributions, the charter rules broken most often, and exports a CSV — with the examiner's reviews
 * applied (reviewed scores, overruled findings not counted). Exam reports get a row per attempt,
 * checked as a whole against the examiner's exam files (or fingerprints typed) and reviews imported
 * with them (told apart by their format, each arrival checks the attempts again), and a fairness
 * view. Everything stays in the browser.
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import '../ui/styles.css';
import './pages.css';
import './dashboard/dashboard.css';
import type { CheckResult } from './check';
import { type CheckedFile, browserLookup, checkFiles, createPage, dropZone, fill, fingerprintForm, h } from './common';
import { isExamReport } from './exam-report';
import { classReports, servedByHub } from './hub-api';
import {
  type CheckedAttempts,
  type ExamInput,
  type ExaminerFile,
  type SessionInput,
  addExaminerFile,
  attemptChecker,
  noAttempts,
  readExaminerFile,
} from './dashboard/exam-check';
import { examNotes, examTable, examinerFilesList, fairnessView } from './dashboard/exam-views';
import { buildExamModel, countedSessions, markSameSessions } from './dashboard/exams';
import { csvFile, download, examCsvFile } from './dashboard/export';
import { fairness } from './dashboard/fairness';
import { brokenRules, buildModel } from './dashboard/model';
import { reviewLookup } from './dashboard/reviewed';
import { scenarioTitle, sortedScenarios } from './dashboard/names';
import { type ViewEnv, competencies, filesList, resultsTable, rulesTable } from './dashboard/views';

async function main(): Promise<void> {
  const page = await createPage('dashboard');
  const { t } = page;
  const lookup = browserLookup();
  const checked: CheckedFile[] = [];
  /** Exam reports as imported, the examiner's exam files and reviews, and the attempts as last checked. */
  const examInputs: ExamInput[] = [];
  const examinerFiles: ExaminerFile[] = [];
  const examCopies: { file: string; of: string }[] = [];
  /** Session reports (not exam reports) as imported: a review of one applies to its scores. */
  const sessionInputs: SessionInput[] = [];
  /** Fingerprints the examiner typed instead of giving their exam file. They stay when the list is cleared. */
  const fingerprints: string[] = [];
  let attempts: CheckedAttempts = noAttempts();
  const checkAttempts = attemptChecker(lookup);
  const examExpanded = new Set<string>();
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
      examInputs.length = 0;
      examinerFiles.length = 0;
      examCopies.length = 0;
      sessionInputs.length = 0;
      attempts = noAttempts();
      examExpanded.clear();
      seen = new Map();
      expanded.clear();
      filter = null;
      render();
      page.status.textContent = t('cleared');
      document.getElementById('report-files')?.focus();
    },
  });
  const examinerTitle = h('h3', {});
  const examinerBody = h('div', {});
  const examinerBlock = h('div', { 'data-examiner-block': '' }, examinerTitle, examinerBody);
  const files = section('files', h('div', { class: 'section-head-tools' }, clear), filesBody, examinerBlock);
  // Exam results, their export, and the fairness view
  const examIntro = h('p', { class: 'note' });
  const examBody = h('div', {});
  const examNotesBody = h('div', {});
  const examUnverifiedNote = h('p', { class: 'note' });
  const examExportButton = h('button', {
    type: 'button',
    class: 'primary',
    'data-export-exams': '',
    'aria-describedby': 'exam-export-hint',
    onclick: () => exportExamCsv(),
  });
  const examExportHint = h('p', { id: 'exam-export-hint', class: 'meta' });
  const exams = section(
    'exam-results',
    examIntro,
    examBody,
    examNotesBody,
    examUnverifiedNote,
    h('div', { class: 'export' }, examExportButton, examExportHint),
  );
  const fairnessIntro = h('p', { class: 'note' });
  const fairnessBody = h('div', {});
  const fairnessSection = section('fairness', fairnessIntro, fairnessBody);
  // Results table and export
  const tableBody = h('div', {});
  const unverifiedNote = h('p', { class: 'note' });
  const reviewedNote = h('p', { class: 'note', 'data-reviewed-note': '' });
  const exportButton = h('button', {
    type: 'button',
    class: 'primary',
    'data-export': '',
    'aria-describedby': 'export-hint',
    onclick: () => exportCsv(),
  });
  const exportHint = h('p', { id: 'export-hint', class: 'meta' });
  const results = section('results', tableBody, unverifiedNote, reviewedNote, h('div', { class: 'export' }, exportButton, exportHint));
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

  /** Checks every exam attempt again (the examiner's files may have changed), then shows them. */
  const recheck = async (mine: number): Promise<void> => {
    const result = await checkAttempts([...examInputs], [...examinerFiles], {
      fingerprints: [...fingerprints],
      sessions: [...sessionInputs],
    });
    if (mine !== generation) return;
    attempts = result;
    render();
  };

  const addFiles = (list: File[]) => {
    const mine = generation;
    const batchSeen = seen;
    let examinerChanged = false;
    queue = queue
      .then(() =>
        checkFiles(list, {
          lookup,
          seen: batchSeen,
          alive: () => mine === generation,
          progress: (done, total) => {
            page.status.textContent = done < total ? t('progress', { done, total }) : t('progressDone', { count: total });
          },
          take: (file, text) => {
            const found = readExaminerFile(file, text);
            if (!found) return false;
            addExaminerFile(examinerFiles, found);
            examinerChanged = true;
            render();
            return true;
          },
          each: (c) => {
            checked.push(c);
            // A byte-for-byte copy of an exam report: its sessions are listed as copies; the exam section names it once.
            const of = c.duplicateOf?.split(' › ')[0];
            const copy = c.result.file.split(' › ')[0]!;
            if (of !== undefined && examInputs.some((e) => e.file === of) && !examCopies.some((d) => d.file === copy))
              examCopies.push({ file: copy, of });
            render();
          },
          checked: async (file, text, results) => {
            if (!isExamReport(text)) {
              // A session report: an examiner's review of it (made on verify.html) applies to its scores.
              if (results.length === 1) sessionInputs.push({ file, text, result: results[0]! });
              if (examinerFiles.some((f) => f.kind === 'review')) await recheck(mine);
              return;
            }
            examInputs.push({ file, text, sessions: results });
            await recheck(mine);
          },
        }),
      )
      .then(() => (examinerChanged ? recheck(mine) : undefined));
  };
  const zone = dropZone(t, addFiles);
  const examinerHint = h('p', { class: 'note', 'data-examiner-hint': '' });

  // ---- A fingerprint typed instead of the examiner's exam file, as on verify.html. ----
  const fpList = h('ul', { class: 'examiner-exams', role: 'list', 'data-typed-fingerprints': '' });
  const fpForm = fingerprintForm(t, 'examiner.fingerprintLabelDashboard', (fingerprint) => {
    if (fingerprints.includes(fingerprint) || examinerFiles.some((f) => f.kind === 'exam' && f.fingerprint === fingerprint)) {
      page.status.textContent = t('examiner.already');
      return;
    }
    fingerprints.push(fingerprint);
    renderFingerprints();
    page.status.textContent = t('examiner.addedFingerprint', { fingerprint });
    const mine = generation;
    queue = queue.then(() => recheck(mine));
  });
  const fpSection = h('div', { class: 'panel examiner-zone', 'data-fingerprint-zone': '' }, fpForm.form, fpList);

  function renderFingerprints(): void {
    fpForm.update();
    fpList.hidden = fingerprints.length === 0;
    fill(
      fpList,
      fingerprints.map((fp) =>
        h(
          'li',
          { 'data-examiner-fingerprint': fp },
          h('span', {}, t('examiner.typed', { fingerprint: fp })),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'ghost small',
              'aria-label': t('examiner.removeFingerprint', { fingerprint: fp }),
              'data-examiner-remove': '',
              onclick: () => {
                fingerprints.splice(fingerprints.indexOf(fp), 1);
                renderFingerprints();
                page.status.textContent = t('examiner.removed');
                fpForm.input.focus();
                const mine = generation;
                queue = queue.then(() => recheck(mine));
              },
            },
            t('examiner.remove'),
          ),
        ),
      ),
    );
  }

  page.main.append(zone.el, examinerHint, fpSection, files.el, exams.el, fairnessSection.el, results.el, stats.el, rules.el);

  const envOf = (): ViewEnv => ({ t, locale: page.locale() });
  /** Sessions of an exam report that is not verified as a whole are not the copy kept (its exam row is not either). */
  const demoted = (file: string) => attempts.attempts.some((a) => a.file === file && a.check.status !== 'verified');
  /** Counted once (a duplicate file adds nothing), with the examiner's reviews applied. */
  const modelNow = () => buildModel(countedSessions(markSameSessions(checked, demoted)), reviewLookup(attempts));

  function render(): void {
    const sessionFiles = markSameSessions(checked, demoted);
    const model = buildModel(countedSessions(sessionFiles), reviewLookup(attempts));
    const env = envOf();
    examinerHint.textContent = t('dashboard.examinerHint');
    files.title.textContent = t('dashboard.files');
    results.title.textContent = t('dashboard.table');
    stats.title.textContent = t('dashboard.competencies');
    rules.title.textContent = t('dashboard.rules');
    clear.textContent = t('clear');
    clear.disabled = checked.length === 0;
    fill(
      filesBody,
      checked.length ? filesList(sessionFiles, env) : examinerFiles.length ? null : h('p', { class: 'empty' }, t('verify.empty')),
    );
    examinerBlock.hidden = examinerFiles.length === 0;
    examinerTitle.textContent = t('dashboard.examiner.title');
    fill(examinerBody, examinerFilesList(examinerFiles, attempts, env));
    renderExams();
    fill(tableBody, model.entries.length ? resultsTable(model, expanded, env) : h('p', { class: 'empty' }, t('dashboard.noData')));
    unverifiedNote.textContent = t('dashboard.unverifiedNote');
    unverifiedNote.hidden = !model.entries.some((e) => !e.verified);
    reviewedNote.textContent = t('dashboard.reviewedNote');
    reviewedNote.hidden = ![...model.cells.values()].some((c) => c.best.reviewed);
    renderFingerprints();
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

  function renderStats(model = modelNow()): void {
    fill(statsBody, competencies(model, filter, envOf()));
    fill(rulesBody, rulesTable(model, brokenRules(model, filter), envOf()));
  }

  function renderExams(): void {
    const model = buildExamModel(attempts.attempts, examCopies);
    const env = envOf();
    const any = model.rows.length + model.refused.length > 0;
    exams.el.hidden = !any;
    fairnessSection.el.hidden = model.rows.length === 0;
    if (!any) return;
    exams.title.textContent = t('dashboard.exams.title');
    examIntro.textContent = t('dashboard.exams.intro');
    fill(examBody, model.rows.length > 0 ? examTable(model, examExpanded, env) : null);
    fill(examNotesBody, examNotes(model, env));
    examUnverifiedNote.textContent = t('dashboard.exams.unverifiedNote');
    examUnverifiedNote.hidden = !model.rows.some((r) => !r.verified);
    examExportButton.textContent = t('dashboard.exams.export');
    examExportButton.disabled = model.rows.length === 0;
    examExportHint.textContent = t('dashboard.exams.exportHint');
    fairnessSection.title.textContent = t('fairness.title');
    fairnessIntro.textContent = t('fairness.intro');
    fill(fairnessBody, fairnessView(fairness(model.rows), env, model.rows));
  }

  function exportExamCsv(): void {
    const model = buildExamModel(attempts.attempts, examCopies);
    const name = t('dashboard.exams.csvFile', { date: new Date().toISOString().slice(0, 10) });
    download(examCsvFile(model, t, page.locale()), name);
    page.status.textContent = t('dashboard.exported', { file: name });
  }

  function exportCsv(): void {
    const model = modelNow();
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
  // Opened from a live class on the hub (hub.html): the class's reports come from the hub, not from files.
  const hubClass = new URLSearchParams(location.search).get('hub-class');
  if (hubClass && servedByHub()) {
    const reports = await classReports(hubClass);
    if (reports) addFiles(reports);
    else page.status.textContent = t('dashboard.hubClassFailed');
  }
}

main().catch((e: unknown) => {
  document.body.append(
    Object.assign(document.createElement('pre'), { className: 'boot-error', textContent: String((e as Error)?.stack ?? e) }),
  );
});
