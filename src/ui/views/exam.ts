/**
 * Exam screens: the conditions and the candidate's details before starting, and the end screen
 * with the report to hand in (scores shown only if the exam says so).
 */
import { downloadText } from '../../platform/download';
import type { View, ViewContext } from '../context';
import { fill, h } from '../dom';

export function examIntroView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const el = h('main', { class: 'screen exam', 'data-screen': 'exam' });

  function update(): void {
    const run = store.getState().exam;
    if (!run) return;
    const { exam } = run;
    const factor = exam.accommodation;
    const inputs = exam.candidate.map((field) =>
      h('input', {
        type: field === 'email' ? 'email' : 'text',
        id: `cand-${field}`,
        name: field,
        required: true,
        maxlength: 200,
        autocomplete: field === 'name' ? 'name' : field === 'email' ? 'email' : 'off',
      }),
    );
    const message = h('p', { class: 'form-error', role: 'alert' });
    const start = h(
      'button',
      {
        type: 'submit',
        class: 'primary',
        'data-action': 'begin-exam',
      },
      t('exam.begin'),
    );
    const form = h(
      'form',
      {
        class: 'exam-form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          ctx.unlockAudio();
          const values = Object.fromEntries(inputs.map((i) => [i.name, i.value]));
          const missing = store.getState().beginExam(values);
          message.textContent =
            missing.length > 0 ? t('exam.missing', { fields: missing.map((f) => t(`exam.field.${f}`)).join(', ') }) : '';
        },
      },
      exam.candidate.map((field, i) =>
        h('div', { class: 'field' }, h('label', { for: `cand-${field}` }, t(`exam.field.${field}`)), inputs[i]),
      ),
      message,
      h('div', { class: 'actions start' }, start),
    );
    fill(
      el,
      h('header', {}, h('p', { class: 'kicker' }, t('exam.kicker')), h('h1', { tabindex: -1 }, exam.title)),
      h(
        'section',
        { 'aria-labelledby': 'exam-rules' },
        h('h2', { id: 'exam-rules' }, t('exam.conditions')),
        h(
          'ul',
          {},
          h('li', {}, t('exam.scenarios', { n: exam.scenarios.length })),
          h('li', {}, t('exam.timePerScenario', { n: Math.round(exam.minutesPerScenario * factor) })),
          h('li', {}, t('exam.timeTotal', { n: Math.round(exam.minutesTotal * factor) })),
          factor > 1 ? h('li', {}, t('exam.extraTime', { pct: Math.round((factor - 1) * 100) })) : null,
          h('li', {}, t('exam.noHelp')),
          exam.freeTextRequired ? h('li', {}, t('exam.writeReplies')) : null,
          h('li', {}, exam.showScores ? t('exam.scoresShown') : t('exam.scoresHidden')),
          h('li', {}, t('exam.reload')),
        ),
      ),
      exam.candidate.length > 0
        ? h('section', { 'aria-labelledby': 'exam-who' }, h('h2', { id: 'exam-who' }, t('exam.candidate')), form)
        : form,
    );
  }

  update();
  return {
    el,
    update,
    destroy: () => el.remove(),
    focus: () => el.querySelector<HTMLElement>('input, [data-action="begin-exam"]')?.focus(),
  };
}

export function examEndView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const el = h('main', { class: 'screen exam-end', 'data-screen': 'exam-end' });

  function update(): void {
    const state = store.getState();
    const report = state.examReport();
    if (!report) return;
    const locale = state.settings.locale;
    const download = () =>
      downloadText(
        `frontline-exam-${report.exam.id}-${report.finishedAt.slice(0, 10)}.json`.replace(/[^\w.-]/g, '_'),
        JSON.stringify(report, null, 2),
      );
    fill(
      el,
      h('header', {}, h('p', { class: 'kicker' }, report.exam.title), h('h1', { tabindex: -1 }, t('exam.done'))),
      h('p', {}, t('exam.thanks')),
      report.exam.showScores
        ? h(
            'section',
            { 'aria-labelledby': 'exam-scores' },
            h('h2', { id: 'exam-scores' }, t('exam.result')),
            h(
              'p',
              { class: 'exam-overall' },
              h('span', { 'data-score': 'overall' }, String(report.overall)),
              ' / 100 — ',
              h(
                'strong',
                { 'data-passed': String(report.passed) },
                report.passed ? t('exam.passed') : t('exam.failed', { mark: report.exam.passMark }),
              ),
            ),
            h(
              'table',
              {},
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('exam.scenario')), h('th', { scope: 'col' }, t('score.overall')))),
              h(
                'tbody',
                {},
                report.exam.scenarios.map((id) => {
                  const r = report.reports.find((x) => x.scenario.id === id);
                  const title = state.scenarios.find((e) => e.manifest.id === id)?.manifest.title[locale] ?? id;
                  return h('tr', {}, h('th', { scope: 'row' }, title), h('td', {}, r ? String(r.scores.overall) : t('exam.notReached')));
                }),
              ),
            ),
          )
        : null,
      h(
        'section',
        { class: 'report no-print', 'aria-labelledby': 'exam-report' },
        h('h2', { id: 'exam-report' }, t('exam.reportTitle')),
        h('p', {}, t('exam.reportHelp')),
        h(
          'div',
          { class: 'actions start' },
          h('button', { type: 'button', class: 'primary', 'data-action': 'download-exam-report', onclick: download }, t('exam.download')),
          h('button', { type: 'button', 'data-action': 'print', onclick: () => window.print() }, t('debrief.print')),
        ),
      ),
      h(
        'div',
        { class: 'actions no-print' },
        h(
          'button',
          { type: 'button', class: 'ghost', 'data-action': 'close-exam', onclick: () => store.getState().closeExam() },
          t('exam.close'),
        ),
      ),
    );
  }

  update();
  return { el, update, destroy: () => el.remove(), focus: () => el.querySelector<HTMLElement>('h1')?.focus() };
}
