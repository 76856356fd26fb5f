/**
 * verify.html: drop or pick report files; each is read, checked and replayed in the browser with
 * the game's engine, and gets a verdict (verified / N mismatches listed / refused with the reason).
 * For examiners: what a verified file proves (and that an exam from files is unproctored), a second
 * zone for their own exam file(s) or fingerprints, against which exam reports are checked (again when
 * one is added), the integrity signals, and the review of a verified report's written replies, saved
 * as a sealed review file and read back from one.
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import '../ui/styles.css';
import './pages.css';
import type { CheckResult } from './check';
import { type CheckedFile, bidi, browserLookup, checkFiles, clip, createPage, dropZone, fill, fingerprintForm, h } from './common';
import { resultCard, technical } from './verdict';
import { type ExamCheckResult, checkExamReport, isExamReport } from './exam-report';
import { examResultCard, examSectionTitle } from './exam-report-card';
import { MAX_RECORD_CHARS, readRecord } from '../records/read';
import type { Exam } from '../records/exam-file';
import { examFingerprint } from '../engine/fingerprint';
import { droppedKind } from './examiner';
import { type ReviewTarget, reportHash, reviewedReport } from './review';
import { type Automated, ReviewPanel } from './review-panel';
import { signalsSummary, signalsView } from './signals-view';
import { HubResults, hubResultData } from './hub-results';

/** A report file checked on the page (copies aside): its text, its hash and, when verified, its review. */
interface Entry {
  file: string;
  text: string;
  hash: string | null;
  results: CheckResult[];
  /** The exam-level check of an exam report. */
  exam?: ExamCheckResult;
  review?: ReviewPanel;
}

/** A message about a file that is not a report to verify: where it belongs, or what became of a review. */
interface Notice {
  file: string;
  key: string;
  params?: Record<string, string>;
  details?: string[];
}

async function main(): Promise<void> {
  const page = await createPage('verify');
  const { t } = page;
  const lookup = browserLookup();
  const checked: CheckedFile[] = [];
  const entries: Entry[] = [];
  /** Session cards by their result, to add a review to a card once its file is checked. */
  const sessionCards = new Map<CheckResult, HTMLElement>();
  const sessionEntries = new Map<CheckResult, Entry>();
  const examCards = new Map<Entry, HTMLElement>();
  /** The examiner's exams: files, and fingerprints typed. They stay when the list is cleared. */
  const examinerExams: { exam: Exam; file: string; fingerprint: string }[] = [];
  const fingerprints: string[] = [];
  /** Review files whose report is not loaded (yet). */
  let pending: { file: string; text: string; hash: string }[] = [];
  let notices: Notice[] = [];
  let examinerName = '';
  let seen = new Map<string, CheckResult[]>();
  let queue = Promise.resolve();
  /** Files are taken one batch after the other; a batch that fails does not stop the next ones. */
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((e: unknown) => {
      console.error(e);
    });
  };
  /** Bumped by "Clear": results of files dropped before it are dropped too. */
  let generation = 0;

  const announce = (message: string) => {
    page.status.textContent = message;
  };
  const reviewDeps = {
    t,
    locale: page.locale,
    lookup,
    announce,
    examiner: {
      get: () => examinerName,
      set: (name: string) => {
        examinerName = name;
      },
    },
  };
  const hubPanel = new HubResults(t, () => page.locale(), announce);
  const examinerGiven = () =>
    examinerExams.length + fingerprints.length > 0 ? { exams: examinerExams.map((e) => e.exam), fingerprints } : undefined;

  // ---- What verification proves. ----
  const provesTitle = h('h2', { id: 'proves-title' });
  const provesDoes = h('p', {});
  const provesNot = h('p', {});
  const provesExam = h('span', {});
  const proves = h(
    'section',
    { class: 'panel proves', 'aria-labelledby': 'proves-title', 'data-proves-section': '' },
    provesTitle,
    provesDoes,
    provesNot,
    h('p', {}, h('strong', { 'data-unproctored': '' }, provesExam)),
  );

  // ---- The results. ----
  const resultsTitle = h('h2', { id: 'results-title' });
  const empty = h('p', { class: 'empty' });
  const list = h('ol', { class: 'results', 'data-results': '', role: 'list' });
  const clear = h('button', {
    type: 'button',
    class: 'ghost',
    'data-clear': '',
    onclick: () => {
      generation++;
      for (const e of entries) e.review?.dispose();
      checked.length = 0;
      entries.length = 0;
      sessionCards.clear();
      sessionEntries.clear();
      examCards.clear();
      pending = [];
      notices = [];
      seen = new Map();
      hubPanel.clear();
      render();
      announce(t('cleared'));
      document.getElementById('report-files')?.focus();
    },
  });

  // ---- The reports zone: reports, and review files; an exam file is sent to the other zone. ----
  const zone = dropZone(t, (files) => {
    const mine = generation;
    const batchSeen = seen;
    enqueue(async () => {
      const reports: File[] = [];
      for (const file of files) {
        const sorted = await sortFile(file);
        if (mine !== generation) return;
        const hubData = sorted ? hubResultData(sorted.text) : null;
        if (hubData !== null) {
          // Its signature checked in the hub panel; the exam report inside replayed with the others.
          hubPanel.add(file.name, hubData);
          const inside = (hubData as { report?: unknown }).report;
          if (typeof inside === 'object' && inside !== null) reports.push(new File([JSON.stringify(inside)], file.name));
          continue;
        }
        if (sorted?.kind === 'exam') notice({ file: file.name, key: 'examiner.notice.exam-in-reports' });
        else if (sorted?.kind === 'review') await takeReview(file.name, sorted.text);
        else reports.push(file);
      }
      if (reports.length === 0) return;
      await checkFiles(reports, {
        lookup,
        seen: batchSeen,
        alive: () => mine === generation,
        progress: (done, total) => {
          announce(done < total ? t('progress', { done, total }) : t('progressDone', { count: total }));
        },
        each: (c) => {
          checked.push(c);
          const card = sessionCard(c);
          sessionCards.set(c.result, card);
          list.append(card);
          render(false);
        },
        checked: async (file, text, results) => {
          const entry: Entry = { file, text, hash: reportHash(text), results };
          entries.push(entry);
          if (isExamReport(text)) {
            entry.exam = await checkExamReport(file, text, lookup, results, examinerGiven());
            if (mine !== generation) return;
            syncReview(entry);
            const card = examCard(entry);
            examCards.set(entry, card);
            examList.append(card);
          } else if (results.length === 1) {
            sessionEntries.set(results[0]!, entry);
            syncReview(entry);
            const old = sessionCards.get(results[0]!);
            const card = sessionCard({ result: results[0]! });
            old?.replaceWith(card);
            sessionCards.set(results[0]!, card);
          }
          await applyPending(entry);
          render(false);
        },
      });
    });
  });

  // ---- The examiner's exam zone: exam files and fingerprints. ----
  const examZone = dropZone(t, (files) => onExamFiles(files), {
    id: 'exam-files',
    labelKey: 'examiner.label',
    hintKey: 'examiner.hint',
    zoneAttr: 'data-exam-dropzone',
    inputAttr: 'data-exam-files',
  });
  const examinerTitle = h('h2', { id: 'exam-zone-title' });
  const examinerIntro = h('p', {});
  const fpForm = fingerprintForm(t, 'examiner.fingerprintLabel', (fingerprint) => {
    if (fingerprints.includes(fingerprint) || examinerExams.some((x) => x.fingerprint === fingerprint)) {
      announce(t('examiner.already'));
      return;
    }
    fingerprints.push(fingerprint);
    renderExaminer();
    announce(t('examiner.addedFingerprint', { fingerprint }));
    recheck();
  });
  const givenTitle = h('h3', { id: 'exam-given-title', class: 'label' });
  const givenNone = h('p', { class: 'note', 'data-examiner-none': '' });
  const givenList = h('ul', { class: 'examiner-exams', role: 'list', 'data-examiner-exams': '', 'aria-labelledby': 'exam-given-title' });
  const examinerSection = h(
    'section',
    { class: 'panel examiner-zone', 'aria-labelledby': 'exam-zone-title', 'data-exam-zone': '' },
    examinerTitle,
    examinerIntro,
    examZone.el,
    fpForm.form,
    givenTitle,
    givenNone,
    givenList,
  );

  // ---- Messages about files that are not reports. ----
  const noticesTitle = h('h2', { id: 'notices-title' });
  const noticeList = h('ul', { class: 'notices', role: 'list', 'data-notices': '' });
  const noticesSection = h('section', { class: 'panel', 'aria-labelledby': 'notices-title', hidden: true }, noticesTitle, noticeList);

  const examsTitle = h('h2', { id: 'exam-results-title' });
  const examList = h('ol', { class: 'results', 'data-exam-results': '', role: 'list' });
  const examSection = h('section', { class: 'panel', 'aria-labelledby': 'exam-results-title', hidden: true }, examsTitle, examList);
  page.main.append(
    proves,
    zone.el,
    examinerSection,
    hubPanel.el,
    noticesSection,
    examSection,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'results-title' },
      h('div', { class: 'section-head' }, resultsTitle, clear),
      empty,
      list,
    ),
  );

  /** Reads a file to sort it by kind; null when it is too large or unreadable (the check refuses it with the reason). */
  async function sortFile(file: File): Promise<{ kind: ReturnType<typeof droppedKind>; text: string } | null> {
    if (file.size > MAX_RECORD_CHARS) return null;
    try {
      const text = await file.text();
      return { kind: droppedKind(text), text };
    } catch {
      return null;
    }
  }

  function notice(n: Notice): void {
    notices.push(n);
    renderNotices();
    render(false);
    announce(`${n.file} — ${t(n.key, n.params)}`);
  }

  function onExamFiles(files: File[]): void {
    enqueue(async () => {
      let added = false;
      for (const file of files) {
        if (file.size > MAX_RECORD_CHARS) {
          notice({ file: file.name, key: 'examiner.notice.not-exam' });
          continue;
        }
        let text: string;
        try {
          text = await file.text();
        } catch {
          notice({ file: file.name, key: 'examiner.notice.unreadable' });
          continue;
        }
        const kind = droppedKind(text);
        if (kind === 'review') await takeReview(file.name, text);
        else if (kind === 'report' || kind === 'exam-report') notice({ file: file.name, key: 'examiner.notice.report-in-exams' });
        else if (kind === 'exam') {
          const read = readRecord('exam', text, file.name);
          if (!read.ok) {
            notice({ file: file.name, key: 'examiner.notice.bad-exam', details: read.error.details });
            continue;
          }
          const fingerprint = examFingerprint(read.value);
          if (examinerExams.some((x) => x.fingerprint === fingerprint)) {
            announce(t('examiner.already'));
            continue;
          }
          examinerExams.push({ exam: read.value, file: file.name, fingerprint });
          added = true;
          announce(t('examiner.added', { title: read.value.title }));
        } else notice({ file: file.name, key: 'examiner.notice.not-exam' });
      }
      if (added) {
        renderExaminer();
        await recheckNow();
      }
    });
  }

  function recheck(): void {
    enqueue(recheckNow);
  }

  /** Every exam report checked again against the examiner's exams as they are now. */
  async function recheckNow(): Promise<void> {
    const mine = generation;
    for (const entry of entries) {
      if (!entry.exam) continue;
      const exam = await checkExamReport(entry.file, entry.text, lookup, entry.results, examinerGiven());
      if (mine !== generation) return;
      entry.exam = exam;
      syncReview(entry);
      const card = examCard(entry);
      examCards.get(entry)?.replaceWith(card);
      examCards.set(entry, card);
    }
  }

  /** What a review is of, for a verified report: its sessions, and for an exam the exam the checks used. */
  function reviewable(entry: Entry): { target: ReviewTarget; automated: Automated; requires: boolean } | null {
    if (!entry.hash) return null;
    if (entry.exam) {
      const r = entry.exam;
      if (r.status !== 'verified') return null;
      const sessions = r.parts.flatMap((p) => (p.status === 'refused' ? [] : [p.report]));
      const posts = r.parts.flatMap((p) => (p.status === 'refused' ? [] : [p.posts]));
      return {
        target: { file: entry.file, kind: 'exam-report', hash: entry.hash, sessions, exam: r.exam, posts },
        automated: { sessions: sessions.map((s) => s.scores.overall), overall: r.recomputed.overall, passed: r.recomputed.passed },
        requires: r.exam.review,
      };
    }
    const result = entry.results[0];
    if (entry.results.length !== 1 || result?.status !== 'verified') return null;
    const report = result.report;
    return {
      target: { file: entry.file, kind: 'report', hash: entry.hash, sessions: [report], posts: [result.posts] },
      automated: { sessions: [report.scores.overall], overall: report.scores.overall, passed: null, scores: report.scores },
      requires: false,
    };
  }

  function syncReview(entry: Entry): void {
    const what = reviewable(entry);
    if (!what) return;
    if (entry.review) entry.review.setTarget(what.target, what.automated, what.requires);
    else entry.review = new ReviewPanel(what.target, what.automated, what.requires, reviewDeps);
  }

  /** Review files dropped before their report: applied once it is checked. */
  async function applyPending(entry: Entry): Promise<void> {
    const mine = pending.filter((p) => p.hash === entry.hash);
    if (mine.length === 0) return;
    pending = pending.filter((p) => p.hash !== entry.hash);
    notices = notices.filter((n) => !(n.key === 'review.refused.no-report' && mine.some((p) => p.file === n.file)));
    for (const p of mine) await takeReview(p.file, p.text);
  }

  /** A review file: applied to its report (matched by the report's hash), or why not. */
  async function takeReview(file: string, text: string): Promise<void> {
    const of = reviewedReport(text);
    if (!of) {
      const read = readRecord('review', text, file);
      notice({ file, key: 'review.refused.unreadable', details: read.ok ? [] : read.error.details });
      return;
    }
    const { hash } = of;
    const entry = entries.find((e) => e.hash === hash);
    if (!entry) {
      pending.push({ file, text, hash });
      // Name the report file the review was made from, so the examiner knows which one to add.
      notice({ file, key: 'review.refused.no-report', params: { report: clip(of.file, 120) } });
      return;
    }
    if (!entry.review || !reviewable(entry)) {
      notice({ file, key: 'review.refused.unverified', params: { report: entry.file } });
      return;
    }
    const result = await entry.review.apply(text, file);
    notice(
      result.status === 'applied'
        ? { file, key: 'review.appliedTo', params: { report: entry.file } }
        : { file, key: `review.refused.${result.code}`, ...(result.details.length > 0 ? { details: result.details } : {}) },
    );
  }

  function sessionCard(c: CheckedFile): HTMLElement {
    const card = resultCard(c, t, page.locale());
    const r = c.result;
    if (r.status !== 'refused' && r.report.mode === 'exam' && r.signals) {
      // The signals to look at near the top (under the verdict), their figures under the facts.
      card
        .querySelector('[data-verdict-text]')
        ?.after(h('p', { class: 'note', 'data-exam-session': '' }, t('examiner.sessionOfExam')), signalsSummary(r.signals, t));
      card.append(h('h4', {}, t('examiner.signals')), signalsView(r.signals, t));
    }
    const entry = c.duplicateOf === undefined ? sessionEntries.get(r) : undefined;
    if (entry?.review && reviewable(entry)) card.append(entry.review.statusEl, entry.review.panelEl);
    return card;
  }

  function examCard(entry: Entry): HTMLElement {
    return examResultCard(entry.exam!, t, page.i18n, page.locale(), {
      fingerprintsOnly: examinerExams.length === 0 && fingerprints.length > 0,
      ...(entry.review && reviewable(entry) ? { review: entry.review } : {}),
    });
  }

  function renderExaminer(): void {
    examinerTitle.textContent = t('examiner.title');
    examinerIntro.textContent = t('examiner.intro');
    fpForm.update();
    givenTitle.textContent = t('examiner.given');
    givenNone.textContent = t('examiner.none');
    givenNone.hidden = examinerExams.length + fingerprints.length > 0;
    const remove = (label: string, drop: () => void) =>
      h(
        'button',
        {
          type: 'button',
          class: 'ghost small',
          'aria-label': label,
          'data-examiner-remove': '',
          onclick: () => {
            drop();
            renderExaminer();
            announce(t('examiner.removed'));
            fpForm.input.focus();
            recheck();
          },
        },
        t('examiner.remove'),
      );
    fill(
      givenList,
      examinerExams.map((x) =>
        h(
          'li',
          { 'data-examiner-exam': x.fingerprint },
          h('span', {}, bidi(t('examiner.exam', { title: x.exam.title, id: x.exam.id, fingerprint: x.fingerprint }), 300)),
          ' ',
          remove(t('examiner.removeExam', { title: x.exam.title }), () => examinerExams.splice(examinerExams.indexOf(x), 1)),
        ),
      ),
      fingerprints.map((fp) =>
        h(
          'li',
          { 'data-examiner-fingerprint': fp },
          h('span', {}, t('examiner.typed', { fingerprint: fp })),
          ' ',
          remove(t('examiner.removeFingerprint', { fingerprint: fp }), () => fingerprints.splice(fingerprints.indexOf(fp), 1)),
        ),
      ),
    );
  }

  function renderNotices(): void {
    noticesTitle.textContent = t('examiner.notices');
    noticesSection.hidden = notices.length === 0;
    fill(
      noticeList,
      notices.map((n) =>
        h(
          'li',
          { class: 'notice', 'data-notice': n.key.split('.').pop() ?? n.key, 'data-file': n.file },
          h('strong', {}, bidi(n.file)),
          ' — ',
          t(n.key, n.params),
          n.details && n.details.length > 0 ? technical(n.details, t, 'data-errors') : null,
        ),
      ),
    );
  }

  function render(all = true): void {
    provesTitle.textContent = t('proves.title');
    provesDoes.textContent = t('proves.does');
    provesNot.textContent = t('proves.doesNot');
    provesExam.textContent = t('proves.unproctored');
    resultsTitle.textContent = t('verify.results');
    clear.textContent = t('clear');
    empty.textContent = t('verify.empty');
    empty.hidden = checked.length > 0;
    clear.disabled = checked.length === 0 && notices.length === 0;
    const exams = entries.filter((e) => e.exam);
    examSection.hidden = exams.length === 0;
    examsTitle.textContent = examSectionTitle(page.i18n);
    if (all) {
      renderExaminer();
      renderNotices();
      for (const e of entries) e.review?.render();
      sessionCards.clear();
      fill(
        list,
        checked.map((c) => {
          const card = sessionCard(c);
          sessionCards.set(c.result, card);
          return card;
        }),
      );
      examCards.clear();
      fill(
        examList,
        exams.map((e) => {
          const card = examCard(e);
          examCards.set(e, card);
          return card;
        }),
      );
    }
  }
  page.onLanguage(() => {
    zone.update();
    examZone.update();
    hubPanel.render();
    render();
  });
  render();
}

main().catch((e: unknown) => {
  document.body.append(
    Object.assign(document.createElement('pre'), { className: 'boot-error', textContent: String((e as Error)?.stack ?? e) }),
  );
});
