/** The dashboard's CSV file: rows built from the model, downloaded through a Blob and an object URL. */
import { SCORE_KEYS, type Locale } from '../../core/types';
import type { Translate } from '../common';
import { hintsOf, reportDate, shortDate } from '../facts';
import { separatorFor, toCsv } from './csv';
import type { ExamModel } from './exams';
import { type Model, cellKey } from './model';
import { learnerLabel, learnerLabels, scenarioTitle, sortedLearners, sortedScenarios } from './names';

/**
 * Header and one row per person and scenario (the report the table shows for that cell), with the
 * scores that stand (reviewed when an examiner's review applies) and who reviewed.
 */
export function csvRows(model: Model, t: Translate, locale: Locale): (string | number)[][] {
  const header = ['learner', 'scenarioId', 'title', 'locale', 'date', 'overall', ...SCORE_KEYS, 'hints', 'verified', 'reviewed'].map((k) =>
    t(`csv.${k}`),
  );
  const labels = learnerLabels(model, t);
  const rows: (string | number)[][] = [header];
  for (const learner of sortedLearners(model, labels, locale)) {
    for (const scenario of sortedScenarios(model, locale)) {
      const cell = model.cells.get(cellKey(learner, scenario));
      if (!cell) continue;
      const r = cell.best.report;
      const { scores, reviewed } = cell.best;
      rows.push([
        labels.get(learner) ?? '',
        scenario,
        scenarioTitle(model, scenario, locale),
        r.locale,
        shortDate(reportDate(r)),
        scores.overall,
        ...SCORE_KEYS.map((k) => scores[k]),
        hintsOf(r),
        t(cell.best.verified ? 'csv.yes' : 'csv.no'),
        reviewed ? t('csv.reviewedBy', { examiner: reviewed.examiner.trim() || t('dashboard.examiner.unnamed') }) : t('csv.no'),
      ]);
    }
  }
  return rows;
}

export function csvFile(model: Model, t: Translate, locale: Locale): string {
  return toCsv(csvRows(model, t, locale), separatorFor(locale));
}

/**
 * The exam results: header and one row per attempt (duplicates left out), the candidate's e-mail when
 * given, the report's fingerprint, the result that stands (reviewed when reviewed; "provisional"
 * while it awaits the review), whether it is provisional or reviewed, the exam-level verdict, the
 * settings check, the signals to look at, the group answer and the file it came from.
 */
export function examCsvRows(model: ExamModel, t: Translate, locale: Locale = 'en'): (string | number)[][] {
  const header = [
    'candidate',
    'email',
    'examId',
    'fingerprint',
    'overall',
    'passed',
    'status',
    'verified',
    'settings',
    'signals',
    'group',
    'file',
  ].map((k) => t(`csv.${k}`));
  const yes = (b: boolean) => t(b ? 'csv.yes' : 'csv.no');
  return [
    header,
    ...model.rows.map((r) => [
      learnerLabel({ learner: r.candidate, file: r.file }, t),
      r.email ?? '',
      r.examId,
      r.fingerprint,
      r.result.overall,
      r.outcome === 'provisional' ? t('csv.provisional') : yes(r.result.passed),
      t(`csv.statusValue.${r.outcome === 'provisional' ? 'provisional' : r.review.state === 'pending' ? 'not-required' : r.review.state}`),
      r.standing === 'unchecked' ? t('csv.replayOnly') : yes(r.verified),
      t(`csv.settingsValue.${r.settings}`, { factor: r.accommodation.toLocaleString(locale) }),
      r.flags.length > 0 ? r.flags.map((f) => t(`dashboard.exams.flagNames.${f}`)).join(', ') : t('csv.none'),
      r.question ? (r.group ?? t('csv.notAnswered')) : '',
      r.file,
    ]),
  ];
}

export const examCsvFile = (model: ExamModel, t: Translate, locale: Locale): string =>
  toCsv(examCsvRows(model, t, locale), separatorFor(locale));

/** Saves `text` as a file on the teacher's machine: nothing is uploaded. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
