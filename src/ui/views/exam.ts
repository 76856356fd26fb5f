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
  /** What the screen was built for: it is built again only when that changes, so typed details survive. */
  let built = '';

  /**
   * What the candidate must know before starting: what is measured, that scoring is automated and a
   * person reviews it (and may overrule it), whether the result is provisional, what the report
   * records of the page being left or text pasted, the extra time they may ask for, and whom to ask.
   */
  function notice(exam: { review: boolean; contact?: string | undefined }): HTMLElement {
    const contact = exam.contact?.trim();
    return h(
      'section',
      { class: 'exam-notice', 'aria-labelledby': 'exam-notice', 'data-exam-notice': '' },
      h('h2', { id: 'exam-notice' }, t('exam.notice.title')),
      h(
        'ul',
        {},
        h('li', { 'data-notice': 'measured' }, t('exam.notice.measured')),
        h('li', { 'data-notice': 'automated' }, t('exam.notice.automated')),
        h('li', { 'data-notice': 'human' }, t('exam.notice.human')),
        exam.review ? h('li', { 'data-notice': 'provisional' }, h('strong', {}, t('exam.notice.provisional'))) : null,
        h('li', { 'data-notice': 'integrity' }, t('exam.notice.integrity')),
        h('li', { 'data-notice': 'accommodation' }, t('exam.notice.accommodation')),
        h('li', { 'data-notice': 'contact' }, contact ? t('exam.notice.contact', { contact }) : t('exam.notice.contactDefault')),
      ),
    );
  }

  /** The exam's optional group question: its choices and "prefer not to answer" (the default); never scored. */
  function groupQuestion(group: { label: string; choices: string[] }, answer: string | undefined): HTMLElement {
    const choices: [string, string][] = [...group.choices.map((c): [string, string] => [c, c]), ['', t('exam.group.none')]];
    return h(
      'fieldset',
      { class: 'exam-group', 'data-exam-group': '', 'aria-describedby': 'exam-group-hint' },
      h('legend', {}, group.label, ' ', h('span', { class: 'optional' }, t('exam.group.optional'))),
      h('p', { class: 'field-note', id: 'exam-group-hint' }, t('exam.group.hint')),
      choices.map(([value, text], i) =>
        h(
          'div',
          { class: 'field check' },
          h('input', {
            type: 'radio',
            name: 'exam-group',
            id: `exam-group-${i}`,
            value,
            'data-group-choice': value,
            checked: (answer ?? '') === value,
            onchange: (e: Event) => {
              const input = e.target as HTMLInputElement;
              if (input.checked) store.getState().answerExamGroup(input.value === '' ? null : input.value);
            },
          }),
          h('label', { for: `exam-group-${i}` }, text),
        ),
      ),
    );
  }

  function update(): void {
    const state = store.getState();
    const run = state.exam;
    if (!run) return;
    const { exam } = run;
    const signature = `${state.settings.locale}|${JSON.stringify(exam)}`;
    if (signature === built) return;
    // Built again (the language changed): what the candidate typed stays.
    const typed = new Map(
      [...el.querySelectorAll<HTMLInputElement>('.exam-form input[name]:not([type="radio"])')].map((i) => [i.name, i.value]),
    );
    const hadFocus = el.contains(document.activeElement) ? (document.activeElement as HTMLElement).id : '';
    built = signature;
    const factor = exam.accommodation;
    const inputs = exam.candidate.map((field) => {
      const input = h('input', {
        type: field === 'email' ? 'email' : 'text',
        id: `cand-${field}`,
        name: field,
        required: true,
        maxlength: 200,
        autocomplete: field === 'name' ? 'name' : field === 'email' ? 'email' : 'off',
      });
      input.value = typed.get(field) ?? '';
      return input;
    });
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
      exam.group ? groupQuestion(exam.group, run.group) : null,
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
          h('li', {}, t('exam.scenarios', { count: exam.scenarios.length })),
          h('li', {}, t('exam.timePerScenario', { count: Math.round(exam.minutesPerScenario * factor) })),
          h('li', {}, t('exam.timeTotal', { count: Math.round(exam.minutesTotal * factor) })),
          factor > 1 ? h('li', {}, t('exam.extraTime', { pct: Math.round((factor - 1) * 100) })) : null,
          h('li', {}, t('exam.noHelp')),
          exam.freeTextRequired ? h('li', {}, t('exam.writeReplies')) : null,
          h('li', {}, exam.showScores ? t('exam.scoresShown') : t('exam.scoresHidden')),
          h('li', {}, t('exam.reload')),
        ),
      ),
      notice(exam),
      exam.candidate.length > 0
        ? h('section', { 'aria-labelledby': 'exam-who' }, h('h2', { id: 'exam-who' }, t('exam.candidate')), form)
        : form,
    );
    if (hadFocus) document.getElementById(hadFocus)?.focus();
  }

  update();
  return {
    el,
    update,
    destroy: () => el.remove(),
    // The title first: the notice is read before the details are asked for.
    focus: () => el.querySelector<HTMLElement>('h1')?.focus(),
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
      report.exam.review ? h('p', { class: 'exam-provisional', 'data-provisional': '' }, t('exam.provisional')) : null,
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
