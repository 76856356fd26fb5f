/**
 * The dashboard's exam sections as DOM (text through textContent only): the examiner's own files
 * (exam files, reviews), the exam results table with a details row per attempt (signals first, then
 * the settings that differ by name, sessions, problems, review, near-identical replies), and the
 * fairness view. Verdicts and flags are words and signs, never colour alone; an attempt whose
 * settings were not checked never reads as a plain ✓.
 */
import { mismatchCount } from '../../engine/capped-list';
import type { Locale } from '../../core/types';
import { catalog } from '../catalog';
import { type Translate, bidi, clip, h, scrollBox } from '../common';
import { shortDate } from '../facts';
import { settingValue } from '../examiner';
import { signalsSummary, signalsView } from '../signals-view';
import { technical } from '../verdict';
import type { CheckedAttempts, ExaminerFile } from './exam-check';
import type { ExamModel, ExamRow } from './exams';
import { type ExamFairness, type FairnessGroup, type FairnessTable, SMALL, TOO_SMALL } from './fairness';
import { learnerLabel } from './names';

export interface ExamViewEnv {
  t: Translate;
  locale: Locale;
}

const scenarioName = (id: string, locale: Locale) => catalog.find((s) => s.manifest.id === id)?.manifest.title[locale] ?? id;
const examinerName = (name: string | undefined, t: Translate) => (name?.trim() ? clip(name.trim(), 80) : t('dashboard.examiner.unnamed'));
export const candidateLabel = (r: ExamRow, t: Translate): string => learnerLabel({ learner: r.candidate, file: r.file }, t);

/** The examiner's files: each exam file with its fingerprint, each review and what became of it. */
export function examinerFilesList(files: readonly ExaminerFile[], checked: CheckedAttempts, { t }: ExamViewEnv): HTMLElement {
  // What a review was applied to: an exam attempt, or a session report.
  const byKey = new Map<string, { file: string; review: CheckedAttempts['attempts'][number]['review'] }>([
    ...checked.attempts.map((a) => [a.key, a] as const),
    ...checked.sessionReviews.map((s) => [s.key, s] as const),
  ]);
  return h(
    'ul',
    { class: 'file-list', role: 'list', 'data-examiner-files': '' },
    files.map((f) => {
      if (f.kind === 'refused')
        return h(
          'li',
          { class: 'file file-refused', 'data-examiner-file': f.file, 'data-kind': f.what, 'data-status': 'refused' },
          h('span', { class: 'verdict verdict-refused' }, `✗ ${t('verdict.refused')}`),
          ' ',
          bidi(f.file, 80),
          h('p', {}, t(f.what === 'exam' ? 'dashboard.examiner.refusedExam' : 'dashboard.examiner.refusedReview')),
          technical(f.errors, t, 'data-errors'),
        );
      let line: string;
      let status: 'exam' | 'applied' | 'refused' | 'superseded' | 'unused';
      let why: string | null = null;
      if (f.kind === 'exam') {
        line = t('dashboard.examiner.exam', { title: clip(f.exam.title, 120), id: f.exam.id, fingerprint: f.fingerprint });
        status = 'exam';
      } else {
        const used = checked.reviewUse.get(f.duplicateOf ?? f.file);
        const attempt = used ? byKey.get(used) : undefined;
        const who = { examiner: examinerName(f.review.examiner, t), date: shortDate(f.review.reviewedAt) };
        line = attempt
          ? t('dashboard.examiner.reviewApplied', { ...who, file: clip(attempt.file, 80) })
          : t('dashboard.examiner.reviewUnused', { ...who, report: clip(f.review.report.file, 80) });
        const applied = attempt?.review;
        status = !attempt || !applied ? 'unused' : applied.file !== (f.duplicateOf ?? f.file) ? 'superseded' : applied.check.status;
        if (applied && status === 'refused' && applied.check.status === 'refused')
          why = t(`dashboard.exams.reviewRefusal.${applied.check.code}`);
        if (status === 'superseded') why = t('dashboard.examiner.superseded');
      }
      const sign = { exam: '✓ ', applied: '✓ ', refused: '✗ ', superseded: '', unused: '⚠ ' }[status];
      return h(
        'li',
        {
          class: `file${status === 'refused' ? ' file-refused' : ''}`,
          'data-examiner-file': f.file,
          'data-kind': f.kind,
          'data-status': f.duplicateOf !== undefined ? 'duplicate' : status,
        },
        h('span', { class: 'verdict' }, f.duplicateOf !== undefined ? '' : sign),
        bidi(f.file, 80),
        h('span', { class: 'meta' }, ' — ', line),
        why !== null && f.duplicateOf === undefined ? h('p', { class: 'note' }, why) : null,
        f.duplicateOf !== undefined
          ? h('p', { class: 'note' }, t('dashboard.examiner.duplicate', { file: clip(f.duplicateOf, 80) }))
          : null,
      );
    }),
  );
}

const verdictWord = (passed: boolean, t: Translate) => t(passed ? 'dashboard.exams.passed' : 'dashboard.exams.failed').toLowerCase();

/** The result column: passed / not passed, or provisional until the review. */
function resultText(r: ExamRow, t: Translate): string {
  if (r.outcome === 'provisional') return t('dashboard.exams.provisional');
  return t(r.outcome === 'passed' ? 'dashboard.exams.passed' : 'dashboard.exams.failed');
}

const SETTINGS_SIGN = { matched: '✓', 'extra-time': '⚠', differs: '✗', 'other-exam': '⚠', unchecked: '⚠' } as const;
const REVIEW_SIGN = { 'not-required': '', pending: '', reviewed: '✓ ', refused: '✗ ' } as const;

/** The settings check in words: extra time with its factor, a typed fingerprint that matches none said as such. */
export function settingsText(r: ExamRow, { t, locale }: ExamViewEnv): string {
  if (r.settings === 'extra-time') return t('dashboard.exams.settingsState.extra-time', { factor: r.accommodation.toLocaleString(locale) });
  if (r.settings === 'other-exam' && r.fingerprintsOnly) return t('dashboard.exams.settingsState.otherFingerprint');
  return t(`dashboard.exams.settingsState.${r.settings}`);
}

/** The verification column: ✓ verified, ⚠ replay verified with the settings not checked, ✗ settings differ, ✗ not verified. */
export function verificationText(r: ExamRow, { t }: ExamViewEnv): { text: string; tone: 'verified' | 'caution' | 'failed' } {
  switch (r.standing) {
    case 'verified':
    case 'extra-time':
      return { text: `✓ ${t('dashboard.exams.verified')}`, tone: 'verified' };
    case 'unchecked':
      return { text: `⚠ ${t('examiner.standing.unchecked')}`, tone: 'caution' };
    case 'settings-differ':
      return {
        text: `✗ ${t('examiner.standing.settingsDiffer')}${r.otherProblems > 0 ? t('examiner.standing.andOthers', { count: r.otherProblems }) : ''}`,
        tone: 'failed',
      };
    case 'not-verified':
      return { text: `✗ ${t('dashboard.exams.notVerified', { count: r.problems })}`, tone: 'failed' };
  }
}

/** One row per attempt, and under it a details row (hidden until its button is pressed). */
export function examTable(model: ExamModel, expanded: Set<string>, env: ExamViewEnv): HTMLElement {
  const { t } = env;
  const cols = ['candidate', 'exam', 'overall', 'result', 'signals', 'verification', 'settings', 'review'];
  const body = h('tbody', {});
  model.rows.forEach((r, i) => {
    const name = candidateLabel(r, t);
    const detailsId = `exam-details-${i}`;
    const open = expanded.has(r.key);
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'ghost small',
        'aria-expanded': String(open),
        'aria-controls': detailsId,
        'aria-label': t('dashboard.exams.detailsFor', { name: clip(name, 80) }),
        'data-exam-details-toggle': '',
      },
      t('dashboard.exams.details'),
    );
    const detailsRow = h(
      'tr',
      { id: detailsId, class: 'details-row', 'data-exam-details-for': r.key },
      h('td', { colspan: cols.length + 1 }, examDetails(model, r, env)),
    );
    detailsRow.hidden = !open;
    toggle.addEventListener('click', () => {
      const now = detailsRow.hidden;
      detailsRow.hidden = !now;
      toggle.setAttribute('aria-expanded', String(now));
      if (now) expanded.add(r.key);
      else expanded.delete(r.key);
    });
    const flagCount = r.flags.length;
    const verification = verificationText(r, env);
    const signalsCell = h(
      'td',
      { 'data-signal-count': flagCount },
      flagCount > 0
        ? h(
            'span',
            { class: 'flagged' },
            `⚑ ${t('dashboard.exams.flags', { count: flagCount })}`,
            h('span', { class: 'meta' }, ` (${r.flags.map((f) => t(`dashboard.exams.flagNames.${f}`)).join(', ')})`),
          )
        : t('dashboard.exams.noFlags'),
    );
    body.append(
      h(
        'tr',
        {
          'data-exam-row': r.key,
          'data-file': r.file,
          'data-verified': String(r.verified),
          'data-outcome': r.outcome,
          'data-settings': r.settings,
          'data-review': r.review.state,
          'data-flags': r.flags.join(' '),
          'data-attempt': `${r.attempt.index}/${r.attempt.of}`,
          'data-standing': r.standing,
          ...(r.sameAttemptAs !== undefined ? { 'data-same-attempt': r.sameAttemptAs } : {}),
          class: r.verified ? 'exam-row' : 'exam-row unverified',
        },
        h(
          'th',
          { scope: 'row', class: 'learner' },
          h('bdi', {}, clip(name, 80)),
          r.sameAttemptAs !== undefined
            ? h(
                'span',
                { class: 'attempt-flag', 'data-copy-note': '' },
                `⚠ ${t('dashboard.exams.copyOf', { file: clip(r.sameAttemptAs, 80) })}`,
              )
            : r.attempt.of > 1
              ? h(
                  'span',
                  { class: 'attempt-flag', 'data-attempt-note': '' },
                  `⚠ ${t('dashboard.exams.attempt', { index: r.attempt.index, count: r.attempt.of })}`,
                )
              : null,
        ),
        h(
          'td',
          { 'data-exam': r.examId },
          h('span', {}, bidi(r.examTitle, 80), ` (${r.examId})`),
          h(
            'span',
            { class: 'meta fingerprint' },
            `${t('dashboard.exams.reportFingerprint')} `,
            h('code', { 'data-fingerprint': '' }, r.fingerprint),
          ),
        ),
        h(
          'td',
          { class: 'score-cell', 'data-overall': r.result.overall },
          t('dashboard.exams.outOf', { n: r.result.overall }),
          r.claimed.overall !== r.automatic.overall
            ? h(
                'span',
                { class: 'meta claims', 'data-claimed': r.claimed.overall },
                ` (${t('dashboard.exams.claims', { n: r.claimed.overall })})`,
              )
            : null,
        ),
        h('td', { 'data-result': '' }, resultText(r, t)),
        signalsCell,
        h('td', { 'data-verification': '', class: `tone-${verification.tone}` }, verification.text),
        h(
          'td',
          {
            'data-settings-check': '',
            class: `tone-${r.settings === 'matched' ? 'verified' : r.settings === 'extra-time' || r.settings === 'unchecked' ? 'caution' : 'failed'}`,
          },
          `${SETTINGS_SIGN[r.settings]} ${settingsText(r, env)}`,
        ),
        h('td', { 'data-review-state': '' }, `${REVIEW_SIGN[r.review.state]}${t(`dashboard.exams.reviewState.${r.review.state}`)}`),
        h('td', {}, toggle),
      ),
      detailsRow,
    );
  });
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data exam-table', 'data-exam-table': '' },
      h('caption', {}, t('dashboard.exams.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          cols.map((c) => h('th', { scope: 'col' }, t(`dashboard.exams.${c}`))),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('dashboard.exams.details'))),
        ),
      ),
      body,
    ),
  );
}

/**
 * Under a row: the signals to look at first, notes on copies, attempts and shared sessions, the settings
 * (differences by name), the results, the review, the sessions, the other problems and the signals' figures.
 */
function examDetails(model: ExamModel, r: ExamRow, env: ExamViewEnv): HTMLElement {
  const { t, locale } = env;
  const out = h('div', { class: 'exam-details' });
  out.append(signalsSummary(r.signals, t, r.similar.length > 0 ? [t('dashboard.exams.flagNames.similar-replies')] : []));
  if (r.sameAttemptAs !== undefined)
    out.append(
      h('p', { class: 'note warn', 'data-copy-note': '' }, `⚠ ${t('dashboard.exams.copyNote', { file: clip(r.sameAttemptAs, 80) })}`),
    );
  if (r.attempt.of > 1)
    out.append(h('p', { class: 'note warn', 'data-attempts-note': '' }, `⚠ ${t('dashboard.exams.attemptsNote', { count: r.attempt.of })}`));
  if (r.settings === 'extra-time')
    out.append(
      h(
        'p',
        { class: 'note warn', 'data-extra-time-note': '' },
        `⚠ ${t('examiner.settings.extraTime', { factor: r.accommodation.toLocaleString(locale) })} ${t('examiner.settings.extraTimeWhy', { fingerprint: r.fingerprint })}`,
      ),
    );
  if (r.standing === 'unchecked')
    out.append(h('p', { class: 'note warn', 'data-unchecked-note': '' }, `⚠ ${t('examiner.settings.uncheckedWhyDashboard')}`));
  if (r.differences.length > 0)
    out.append(
      h('p', {}, h('strong', {}, t('examiner.settings.differsDashboard', { fingerprint: r.examinerFingerprint ?? '' }))),
      h(
        'ul',
        { 'data-settings-differences': '' },
        r.differences.map((d) =>
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
  if (r.sharedSessions.length > 0)
    out.append(
      h(
        'p',
        { class: 'note warn', 'data-shared-sessions': '' },
        `⚠ ${t('dashboard.exams.sharedSessions', { files: r.sharedSessions.map((f) => clip(f, 80)).join('”, “') })}`,
      ),
    );
  out.append(
    h(
      'p',
      { 'data-automatic': r.automatic.overall },
      t('dashboard.exams.automatic', { overall: r.automatic.overall, verdict: verdictWord(r.automatic.passed, t), passMark: r.passMark }),
    ),
    h(
      'p',
      { 'data-claimed-result': r.claimed.overall },
      t('dashboard.exams.claimed', { overall: r.claimed.overall, verdict: verdictWord(r.claimed.passed, t) }),
    ),
  );
  const rv = r.review;
  if (rv.state === 'reviewed')
    out.append(
      h(
        'p',
        { 'data-reviewed': r.result.overall },
        h(
          'strong',
          {},
          t('dashboard.exams.reviewed', {
            count: rv.changes ?? 0,
            examiner: examinerName(rv.examiner, t),
            date: shortDate(rv.reviewedAt ?? ''),
            overall: r.result.overall,
            verdict: verdictWord(r.result.passed, t),
          }),
        ),
      ),
    );
  else if (rv.state === 'refused' && rv.refusal)
    out.append(h('p', { 'data-review-refused': rv.refusal }, `✗ ${t(`dashboard.exams.reviewRefusal.${rv.refusal}`)}`));
  if (r.outcome === 'provisional') out.append(h('p', { class: 'note' }, t('dashboard.exams.pendingNote')));
  if (rv.problems.length > 0)
    out.append(h('p', {}, t('dashboard.exams.reviewProblems')), technical(rv.problems, t, 'data-review-problems', rv.state === 'reviewed'));
  if (r.question)
    out.append(
      h(
        'p',
        { 'data-group-answer': r.group ?? '' },
        t('dashboard.exams.groupAnswer', {
          question: clip(r.question.label, 120),
          answer: r.group === null ? t('dashboard.exams.notAnswered') : clip(r.group, 80),
        }),
      ),
    );

  const rows = r.scenarios.map((id, i) => {
    const part = r.parts[i];
    const verdict = !part
      ? t('dashboard.exams.notReached')
      : part.status === 'verified'
        ? `✓ ${t('verdict.verified')}`
        : part.status === 'failed'
          ? `✗ ${t('verdict.failed', { count: mismatchCount(part.mismatches) })}`
          : `✗ ${t('verdict.refused')}`;
    const score = r.scores[i];
    return h(
      'tr',
      { 'data-exam-session': id, 'data-status': part?.status ?? 'not-reached' },
      h('th', { scope: 'row' }, bidi(scenarioName(id, locale), 80), ` (${id})`),
      h('td', {}, verdict),
      h('td', { 'data-score': score ?? '' }, score === null || score === undefined ? '—' : t('dashboard.exams.outOf', { n: score })),
    );
  });
  out.append(
    h('h3', { class: 'details-title' }, t('dashboard.exams.sessions')),
    h(
      'table',
      { class: 'data inner', 'data-exam-sessions': '' },
      h('caption', {}, t('dashboard.exams.sessionsCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['scenario', 'session', 'score'].map((k) => h('th', { scope: 'col' }, t(`dashboard.exams.${k}`))),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
  // Settings differences are listed by name above; the other problems, as the check words them.
  if (r.technicalLines.length > 0) {
    out.append(
      h('h3', { class: 'details-title' }, t('dashboard.exams.problems')),
      technical(r.technicalLines, t, 'data-exam-mismatches', true),
    );
  }
  out.append(h('h3', { class: 'details-title' }, t('examiner.signals')), signalsView(r.signals, t));
  if (r.similar.length > 0) {
    const byKey = new Map(model.rows.map((o) => [o.key, o]));
    out.append(
      h('h3', { class: 'details-title' }, t('dashboard.exams.similar')),
      h(
        'ul',
        { 'data-similar-replies': '' },
        r.similar.map((s) => {
          const other = byKey.get(s.other);
          return h(
            'li',
            { class: 'signal-flagged', 'data-similar-to': s.other },
            t('dashboard.exams.similarItem', {
              post: clip(s.postId, 60),
              scenario: scenarioName(s.scenario, locale),
              similarity: s.similarity,
              name: other ? clip(candidateLabel(other, t), 80) : s.other,
            }),
          );
        }),
      ),
    );
  }
  return out;
}

/** Exam reports that could not be read as such, and the same exam report imported twice. */
export function examNotes(model: ExamModel, { t }: ExamViewEnv): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (model.duplicates.length > 0)
    out.push(
      h(
        'ul',
        { class: 'notes', 'data-exam-duplicates': '' },
        model.duplicates.map((d) => h('li', {}, t('dashboard.exams.duplicate', { file: clip(d.file, 80), of: clip(d.of, 80) }))),
      ),
    );
  if (model.refused.length > 0)
    out.push(
      h('p', {}, t('dashboard.exams.refused')),
      h(
        'ul',
        { class: 'file-list', role: 'list', 'data-exam-refused': '' },
        model.refused.map((r) =>
          h(
            'li',
            { class: 'file file-refused' },
            h('span', { class: 'verdict verdict-refused' }, `✗ ${t('verdict.refused')}`),
            ' ',
            bidi(r.file, 80),
            technical(r.errors, t, 'data-errors'),
          ),
        ),
      ),
    );
  return out;
}

const percent = (locale: Locale, x: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
const decimal = (locale: Locale, x: number, digits: number) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

function groupName(g: FairnessGroup, { t, locale }: ExamViewEnv): HTMLElement | string {
  if (g.label.kind === 'locale') {
    const name = t(`locales.${g.label.locale}`);
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  }
  if (g.label.kind === 'not-answered') return t('fairness.notAnswered');
  return bidi(g.label.answer, 80);
}

function fairnessTable(table: FairnessTable, caption: string, attr: string, { t, locale }: ExamViewEnv): HTMLElement {
  const cols = ['group', 'n', 'passed', 'passRate', 'mean', 'ratio', 'check', 'sample'];
  return h(
    'div',
    scrollBox(caption),
    h(
      'table',
      { class: 'data fairness-table', [attr]: '' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          cols.map((c) => h('th', { scope: 'col' }, t(`fairness.${c}`))),
        ),
      ),
      h(
        'tbody',
        {},
        table.groups.map((g) =>
          h(
            'tr',
            {
              'data-group': g.label.kind === 'locale' ? g.label.locale : g.label.kind === 'answer' ? g.label.answer : '',
              'data-group-kind': g.label.kind,
              'data-n': g.n,
              'data-ratio': g.ratio === null ? '' : g.ratio.toFixed(4),
              'data-flagged': String(g.flagged),
              class: g.flagged ? 'flagged-row' : null,
            },
            h('th', { scope: 'row' }, groupName(g, { t, locale })),
            h('td', {}, String(g.n)),
            h('td', {}, String(g.passed)),
            h('td', {}, g.passRate === null ? '—' : percent(locale, g.passRate)),
            h('td', {}, g.meanScore === null ? '—' : decimal(locale, g.meanScore, 1)),
            h('td', {}, g.ratio === null ? '—' : decimal(locale, g.ratio, 2)),
            h(
              'td',
              { 'data-four-fifths': '' },
              g.ratio === null ? t('fairness.na') : g.flagged ? h('strong', { class: 'flagged' }, t('fairness.flagged')) : t('fairness.ok'),
            ),
            h(
              'td',
              { 'data-sample': g.sample },
              g.sample === 'too-small'
                ? `⚠ ${t('fairness.tooSmall', { n: TOO_SMALL })}`
                : g.sample === 'small'
                  ? `⚠ ${t('fairness.small', { n: SMALL })}`
                  : t('fairness.enough'),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Per exam: what was counted (attempts with extra time to confirm named), the tables by language and by group answer, the caveats. */
export function fairnessView(exams: readonly ExamFairness[], env: ExamViewEnv, rows: readonly ExamRow[] = []): HTMLElement[] {
  const { t } = env;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const blocks = exams.map((f) => {
    const block = h(
      'div',
      { class: 'fairness-exam', 'data-fairness-exam': f.examId },
      h('h3', {}, bidi(t('fairness.examTitle', { title: f.title, id: f.examId }), 120)),
    );
    const notes = [
      t('fairness.basis', { count: f.basis }),
      f.provisional > 0 ? t('fairness.provisional', { count: f.provisional }) : null,
      f.unverified > 0 ? t('fairness.unverified', { count: f.unverified }) : null,
      f.repeats > 0 ? t('fairness.repeats', { count: f.repeats }) : null,
      f.copies > 0 ? t('fairness.copies', { count: f.copies }) : null,
    ].filter((x): x is string => x !== null);
    block.append(h('p', { 'data-fairness-basis': f.basis }, notes.join(' ')));
    if (f.extraTime.length > 0) {
      const names = f.extraTime.map((k) => {
        const row = byKey.get(k);
        return row ? `${clip(candidateLabel(row, t), 80)} (×${row.accommodation.toLocaleString(env.locale)})` : k;
      });
      block.append(
        h(
          'p',
          { class: 'note warn', 'data-fairness-extra-time': f.extraTime.length },
          `⚠ ${t('fairness.extraTime', { count: f.extraTime.length, names: names.join(', ') })}`,
        ),
      );
    }
    if (f.passMarks.length > 1)
      block.append(h('p', { class: 'note warn' }, `⚠ ${t('fairness.passMarks', { marks: f.passMarks.join(', ') })}`));
    if (f.basis === 0) {
      block.append(h('p', { class: 'empty' }, t('fairness.empty')));
      return block;
    }
    if (f.byLanguage.best === 0) block.append(h('p', { class: 'note' }, t('fairness.nobodyPassed')));
    block.append(
      h('h4', {}, t('fairness.byLanguage')),
      fairnessTable(f.byLanguage, t('fairness.byLanguageCaption'), 'data-fairness-language', env),
    );
    if (f.byGroup && f.question !== null) {
      const question = clip(f.question, 120);
      block.append(
        h('h4', {}, t('fairness.byGroup', { question })),
        fairnessTable(f.byGroup, t('fairness.byGroupCaption', { question }), 'data-fairness-group', env),
      );
    } else block.append(h('p', { class: 'note' }, t('fairness.noQuestion')));
    return block;
  });
  return [...blocks, h('p', { class: 'note', 'data-fairness-caveat': '' }, t('fairness.caveat'))];
}
