/**
 * verify.html: drop or pick report files; each is read, checked and replayed in the browser with
 * the game's engine, and gets a verdict (verified / N mismatches listed / refused with the reason).
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import '../ui/styles.css';
import './pages.css';
import type { CheckResult } from './check';
import { type CheckedFile, browserLookup, checkFiles, createPage, dropZone, fill, h } from './common';
import { resultCard } from './verdict';
import { type ExamCheckResult, checkExamReport, isExamReport } from './exam-report';
import { examResultCard, examSectionTitle } from './exam-report-card';

async function main(): Promise<void> {
  const page = await createPage('verify');
  const { t } = page;
  const lookup = browserLookup();
  const checked: CheckedFile[] = [];
  /** Exam reports: the exam-level verdict (their sessions are in `checked` like any report). */
  const exams: ExamCheckResult[] = [];
  let seen = new Map<string, CheckResult[]>();
  let queue = Promise.resolve();
  /** Bumped by "Clear": results of files dropped before it are dropped too. */
  let generation = 0;

  const resultsTitle = h('h2', { id: 'results-title' });
  const empty = h('p', { class: 'empty' });
  const list = h('ol', { class: 'results', 'data-results': '', role: 'list' });
  const clear = h('button', {
    type: 'button',
    class: 'ghost',
    'data-clear': '',
    onclick: () => {
      generation++;
      checked.length = 0;
      exams.length = 0;
      seen = new Map();
      render();
      page.status.textContent = t('cleared');
      document.getElementById('report-files')?.focus();
    },
  });
  const zone = dropZone(t, (files) => {
    const mine = generation;
    const batchSeen = seen;
    queue = queue.then(() =>
      checkFiles(files, {
        lookup,
        seen: batchSeen,
        alive: () => mine === generation,
        progress: (done, total) => {
          page.status.textContent = done < total ? t('progress', { done, total }) : t('progressDone', { count: total });
        },
        each: (c) => {
          checked.push(c);
          list.append(resultCard(c, t, page.locale()));
          render(false);
        },
        checked: async (file, text, results) => {
          if (!isExamReport(text)) return;
          const exam = await checkExamReport(file, text, lookup, results);
          if (mine !== generation) return;
          exams.push(exam);
          examList.append(examResultCard(exam, t, page.i18n, page.locale()));
          render(false);
        },
      }),
    );
  });
  const examsTitle = h('h2', { id: 'exam-results-title' });
  const examList = h('ol', { class: 'results', 'data-exam-results': '', role: 'list' });
  const examSection = h('section', { class: 'panel', 'aria-labelledby': 'exam-results-title', hidden: true }, examsTitle, examList);
  page.main.append(
    zone.el,
    examSection,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'results-title' },
      h('div', { class: 'section-head' }, resultsTitle, clear),
      empty,
      list,
    ),
  );

  function render(all = true): void {
    resultsTitle.textContent = t('verify.results');
    clear.textContent = t('clear');
    empty.textContent = t('verify.empty');
    empty.hidden = checked.length > 0;
    clear.disabled = checked.length === 0;
    if (all)
      fill(
        list,
        checked.map((c) => resultCard(c, t, page.locale())),
      );
    examSection.hidden = exams.length === 0;
    examsTitle.textContent = examSectionTitle(page.i18n);
    if (all)
      fill(
        examList,
        exams.map((e) => examResultCard(e, t, page.i18n, page.locale())),
      );
  }
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
