/**
 * One exam report as the examiner reads it on verify.html: the verdict, the exam and its
 * fingerprint, the candidate, the conditions the candidate sat it under (time allowed, extra time
 * granted, written replies, scores shown, weights, pass mark), the result as the report claims it
 * and as computed again from the replayed sessions, and each scenario's session verdict and score
 * (each session's own card is in the page's result list, as for any report). Also: that the result is
 * unproctored and what the file proves, the settings checked against the examiner's exam (or not:
 * then the card never reads as a plain ✓, and extra time the examiner's file does not grant is said
 * as such), the integrity signals (the flagged ones near the top), and the examiner's review
 * (./review-panel.ts) when the report is verified.
 */
import { mismatchCount } from '../engine/capped-list';
import type { i18n } from 'i18next';
import { SCORE_KEYS } from '../core/types';
import { catalog as scenarios } from './catalog';
import { type Translate, bidi, h, scrollBox } from './common';
import { type ExamCheckResult, problemCount } from './exam-report';
import { builderT } from './exam-builder/i18n';
import { shortDate } from './facts';
import { technical, variantText } from './verdict';
import { examFingerprint } from '../engine/fingerprint';
import { settingValue } from './examiner';
import { type ExamStatus, examStatus } from './exam-status';
import type { ReviewPanel } from './review-panel';
import { signalsSummary, signalsView } from './signals-view';

/** What the page adds to an exam report's card: whether the examiner gave only fingerprints, and the review. */
export interface ExamCardExtras {
  /** The examiner gave fingerprints and no exam file: a report that matches none is told apart from another exam. */
  fingerprintsOnly?: boolean;
  review?: ReviewPanel;
}

/** "Exam reports", in the page's language. */
export const examSectionTitle = (i18n: i18n): string => builderT(i18n)('examReport.section');

export function examResultCard(
  r: ExamCheckResult,
  teacherT: Translate,
  i18n: i18n,
  locale: 'fr' | 'en',
  extras: ExamCardExtras = {},
): HTMLElement {
  const t = builderT(i18n);
  if (r.status === 'refused') {
    return h(
      'li',
      { class: 'result result-refused', 'data-verdict': r.status, 'data-status': r.status, 'data-kind': 'exam' },
      h('h3', { class: 'result-file' }, bidi(r.file)),
      h('p', { class: 'verdict verdict-refused', 'data-verdict-text': '' }, `✗ ${t('examReport.kind')} — ${t('examReport.refused')}`),
      h('p', {}, t('examReport.refusedWhy')),
      technical(r.errors, teacherT, 'data-errors'),
    );
  }
  const status = examStatus(r);
  const { sign, text, tone } = examVerdict(status, teacherT, locale, t('examReport.failed', { count: problemCount(r) }));
  const card = h(
    'li',
    {
      class: `result result-${tone}`,
      'data-verdict': r.status,
      'data-status': r.status,
      'data-standing': status.standing,
      'data-kind': 'exam',
    },
    h('h3', { class: 'result-file' }, bidi(r.file)),
    h('p', { class: `verdict verdict-${tone}`, 'data-verdict-text': '' }, `${sign} ${t('examReport.kind')} — ${text}`),
  );
  // The conditions shown are the ones the checks used: the examiner's exam when given.
  const { exam } = r;
  const { candidate } = r.report;
  const decimal = (n: number) => n.toLocaleString(locale);
  const row = (label: string, value: Node | string, attr?: string) => [h('dt', {}, label), h('dd', attr ? { [attr]: '' } : {}, value)];
  const yesNo = (b: boolean) => (b ? t('examReport.yes') : t('examReport.no'));
  const verdictWord = (passed: boolean) => (passed ? t('examReport.passed') : t('examReport.notPassed'));
  const who =
    exam.candidate.length === 0 && Object.keys(candidate).length === 0
      ? t('examReport.anonymous')
      : h(
          'span',
          {},
          Object.entries(candidate).flatMap(([, value], i) => [i > 0 ? ' · ' : '', bidi(value)]),
        );
  const game = (id: string) => scenarios.find((s) => s.manifest.id === id);
  const titleOf = (id: string) => game(id)?.manifest.title[locale] ?? id;
  const weights = exam.weights
    ? SCORE_KEYS.map((k) => `${teacherT(`score.${k}`)} ${decimal(exam.weights?.[k] ?? 1)}`).join(' · ')
    : t('examReport.weightsDefault');

  card.append(
    h('p', { class: 'proctoring', 'data-proctoring': 'unproctored' }, h('strong', {}, teacherT('proves.label'))),
    h('p', { class: 'note', 'data-proves': '' }, teacherT('proves.short')),
    settingsCheck(r, teacherT, locale, extras.fingerprintsOnly ?? false),
    // The signals to look at, near the top: their figures are further down.
    signalsSummary(r.signals, teacherT),
  );
  if (r.status === 'failed')
    card.append(
      h('p', {}, status.standing === 'settings-differ' ? teacherT('examiner.standing.settingsDifferWhy') : t('examReport.failedWhy')),
    );
  const reported = r.report.exam;
  const fromExaminer = r.settings === 'matched' || r.settings === 'differs' || r.settings === 'extra-time';
  card.append(
    h(
      'dl',
      { class: 'facts' },
      row(t('examReport.exam'), h('span', {}, bidi(reported.title), ` (${reported.id})`), 'data-exam'),
      row(t('examReport.fingerprint'), h('code', {}, examFingerprint(reported)), 'data-fingerprint'),
      r.settings === 'differs'
        ? row(teacherT('examiner.yourFingerprint'), h('code', {}, r.fingerprint), 'data-examiner-fingerprint')
        : null,
      row(t('examReport.candidate'), who, 'data-candidate'),
      row(
        teacherT('proves.timesClaimed'),
        t('examReport.datesValue', { start: shortDate(r.report.startedAt), end: shortDate(r.report.finishedAt) }),
        'data-claimed-times',
      ),
    ),
    h('h4', {}, t('examReport.conditions')),
    h(
      'p',
      { class: 'note', 'data-conditions-from': fromExaminer ? 'examiner' : 'report' },
      r.settings === 'extra-time'
        ? teacherT('examiner.settings.fromYoursExtra', { factor: decimal(exam.accommodation) })
        : teacherT(fromExaminer ? 'examiner.settings.fromYours' : 'examiner.settings.fromReport'),
    ),
    h(
      'dl',
      { class: 'facts exam-conditions', 'data-conditions': '' },
      row(
        t('examReport.scenarios'),
        h(
          'ol',
          {},
          exam.scenarios.map((id) => h('li', {}, bidi(titleOf(id)), ` (${id})`)),
        ),
      ),
      row(
        t('examReport.limits'),
        t('examReport.limitsValue', {
          perScenario: decimal(Math.round(exam.minutesPerScenario * exam.accommodation)),
          total: decimal(Math.round(exam.minutesTotal * exam.accommodation)),
        }),
        'data-limits',
      ),
      row(
        t('examReport.accommodation'),
        exam.accommodation > 1
          ? t('examReport.accommodationValue', { factor: decimal(exam.accommodation) })
          : t('examReport.accommodationNone'),
        'data-accommodation',
      ),
      row(t('examReport.written'), yesNo(exam.freeTextRequired), 'data-free-text'),
      row(t('examReport.scoresShown'), yesNo(exam.showScores), 'data-show-scores'),
      row(t('examReport.weights'), weights, 'data-weights'),
      row(t('examReport.passMark'), `${exam.passMark}/100`, 'data-pass-mark'),
      row(t('examReport.seed'), String(exam.seed), 'data-seed'),
    ),
    h('h4', {}, t('examReport.result')),
    h(
      'p',
      { 'data-claimed': String(r.report.overall) },
      t('examReport.claimed', { overall: r.report.overall, verdict: verdictWord(r.report.passed) }),
    ),
    h(
      'p',
      { 'data-recomputed': String(r.recomputed.overall), 'data-passed': String(r.recomputed.passed) },
      h('strong', {}, t('examReport.recomputed', { overall: r.recomputed.overall, verdict: verdictWord(r.recomputed.passed) })),
    ),
  );
  if (extras.review) card.append(extras.review.statusEl);
  // Settings differences are listed by name above; the other problems, as the check words them.
  if (status.technicalLines.length > 0) {
    const list = technical(status.technicalLines, teacherT, 'data-exam-mismatches', true);
    list.querySelector('.label')!.textContent = t('examReport.technical');
    card.append(list);
  }
  const rows = exam.scenarios.map((id, i) => {
    const part = r.parts[i];
    const verdictText = !part
      ? t('examReport.notReached')
      : part.status === 'verified'
        ? `✓ ${teacherT('verdict.verified')}`
        : part.status === 'failed'
          ? `✗ ${teacherT('verdict.failed', { count: mismatchCount(part.mismatches) })}`
          : `✗ ${teacherT('verdict.refused')}`;
    const score = r.scores[i];
    return h(
      'tr',
      { 'data-exam-scenario': id, 'data-status': part?.status ?? 'not-reached' },
      h('th', { scope: 'row' }, bidi(titleOf(id)), ` (${id})`),
      h('td', {}, verdictText),
      h('td', { 'data-variant': '' }, part && part.status !== 'refused' ? variantText(part.report, game(id), teacherT) : '—'),
      h('td', { class: 'score-cell', 'data-score': score ?? '' }, score === null ? '—' : `${score}/100`),
    );
  });
  card.append(
    h('h4', {}, t('examReport.perScenario')),
    h(
      'div',
      scrollBox(t('examReport.perScenario')),
      h(
        'table',
        { class: 'data inner', 'data-exam-parts': '' },
        h('caption', {}, t('examReport.perScenarioCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('examReport.colScenario')),
            h('th', { scope: 'col' }, t('examReport.colVerdict')),
            h('th', { scope: 'col' }, teacherT('report.variant')),
            h('th', { scope: 'col' }, t('examReport.colScore')),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
    h('h4', {}, teacherT('examiner.signals')),
    signalsView(r.signals, teacherT),
  );
  if (extras.review && r.status === 'verified') card.append(extras.review.panelEl);
  return card;
}

/**
 * The card's verdict in words, its sign and its tone: ✓ verified (good); ⚠ verified with extra time to
 * confirm, or the replay verified with the settings not checked (caution: never a plain ✓); ✗ the
 * settings in the report differ from the examiner's file though the replay matched (not "edited");
 * ✗ not verified, with the number of problems.
 */
export function examVerdict(
  status: ExamStatus,
  t: Translate,
  locale: 'fr' | 'en',
  notVerified: string,
): { sign: '✓' | '⚠' | '✗'; text: string; tone: 'verified' | 'caution' | 'failed' } {
  switch (status.standing) {
    case 'verified':
      return { sign: '✓', text: t('verdict.verified'), tone: 'verified' };
    case 'extra-time':
      return { sign: '⚠', text: t('examiner.standing.extraTime', { factor: status.factor.toLocaleString(locale) }), tone: 'caution' };
    case 'unchecked':
      return { sign: '⚠', text: t('examiner.standing.unchecked'), tone: 'caution' };
    case 'settings-differ':
      return {
        sign: '✗',
        text: `${t('examiner.standing.settingsDiffer')}${status.otherProblems > 0 ? t('examiner.standing.andOthers', { count: status.otherProblems }) : ''}`,
        tone: 'failed',
      };
    case 'not-verified':
      return { sign: '✗', text: notVerified, tone: 'failed' };
  }
}

/**
 * The exam settings check in words (`data-settings`): matched, matched with extra time the examiner's
 * file does not grant (to confirm), differs (each setting listed by its name), another exam, or not
 * checked — said prominently, never with a ✓.
 */
export function settingsCheck(
  r: Extract<ExamCheckResult, { status: 'verified' | 'failed' }>,
  t: Translate,
  locale: 'fr' | 'en',
  fingerprintsOnly: boolean,
): HTMLElement {
  const reported = r.report.exam;
  const fingerprint = examFingerprint(reported);
  const box = h('div', { class: `settings-check settings-${r.settings}`, 'data-settings': r.settings });
  switch (r.settings) {
    case 'matched':
      box.append(h('p', {}, h('strong', {}, t('examiner.settings.matched', { fingerprint }))));
      break;
    case 'extra-time':
      box.append(
        h('p', {}, h('strong', {}, `⚠ ${t('examiner.settings.extraTime', { factor: r.exam.accommodation.toLocaleString(locale) })}`)),
        h('p', {}, t('examiner.settings.extraTimeWhy', { fingerprint })),
      );
      break;
    case 'differs': {
      const { differences } = examStatus(r);
      box.append(
        h('p', {}, h('strong', {}, t('examiner.settings.differs'))),
        h('p', {}, t('examiner.settings.differences', { count: differences.length })),
        h(
          'ul',
          { 'data-settings-differences': '' },
          differences.map((d) =>
            h(
              'li',
              { 'data-setting': d.key },
              t('examiner.settings.difference', {
                setting: t(`examiner.setting.${d.key}`),
                report: settingValue(d.key, d.report, t, locale),
                examiner: settingValue(d.key, d.examiner, t, locale),
              }),
            ),
          ),
        ),
      );
      break;
    }
    case 'other-exam':
      box.append(
        h(
          'p',
          {},
          h(
            'strong',
            {},
            fingerprintsOnly
              ? t('examiner.settings.otherFingerprint', { fingerprint })
              : t('examiner.settings.otherExam', { title: reported.title, id: reported.id, fingerprint }),
          ),
        ),
      );
      break;
    case 'unchecked':
      box.append(h('p', {}, h('strong', {}, t('examiner.settings.unchecked'))), h('p', {}, t('examiner.settings.uncheckedWhy')));
      break;
  }
  return box;
}
