/**
 * Exam screens: the conditions and the candidate's details before starting, and the end screen
 * with the report to hand in (scores shown only if the exam says so): what to do with it, step by
 * step, a warning before leaving without it, and what is left of a finished exam opened again.
 */
import { downloadText } from '../../platform/download';
import { type ExamEndModel, examEndModel } from '../../state';
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
  /** The candidate pressed "Leave the exam": the screen asks them to confirm (and warns without a download). */
  let leaving = false;

  function update(): void {
    const state = store.getState();
    const model = examEndModel(state);
    if (!model) return;
    if (model.hub) return fillHub(model.title, model.hub);
    const { report, file, contact } = model;
    const locale = state.settings.locale;
    const when = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
    // Rebuilt on each change (a download, the language): the focus stays on the control it was on.
    const focused = el.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.action : undefined;
    const download = () => {
      const saved = store.getState().downloadExamReport();
      if (saved) downloadText(saved.name, saved.text);
    };
    /** Asks first (`confirmed` false), then leaves once the candidate confirmed. */
    const leave = (confirmed: boolean) => {
      if (confirmed && store.getState().closeExam(true)) return;
      leaving = true;
      update();
    };
    const button = (action: string, text: string, onclick: () => void, primary = false) =>
      h('button', { type: 'button', class: primary ? 'primary' : 'ghost', 'data-action': action, onclick }, text);

    // The exam's link was opened again: it was finished here, and cannot be sat a second time.
    const again = model.again
      ? h(
          'div',
          { class: 'exam-again', role: 'status', 'data-exam-again': model.report ? 'kept' : 'downloaded' },
          h('p', {}, h('strong', {}, t('exam.again.noRetry', { date: when(model.again.finishedAt) }))),
          h(
            'p',
            {},
            report ? t('exam.again.kept') : t('exam.again.downloaded', { date: when(model.again.downloadedAt ?? model.again.finishedAt) }),
            report ? null : ' ',
            report ? null : contact ? t('exam.again.lost', { contact }) : t('exam.again.lostDefault'),
          ),
        )
      : null;

    // Leaving: confirmed once the report is saved; warned, and offered the download first, while it is not.
    const confirmLeave = leaving
      ? model.downloadedAt === null
        ? h(
            'section',
            { class: 'exam-leave warning', 'aria-labelledby': 'exam-leave', 'data-leave': 'not-downloaded' },
            h('h2', { id: 'exam-leave', tabindex: -1 }, t('exam.leave.unsavedTitle')),
            h('p', {}, t('exam.leave.unsaved')),
            h(
              'div',
              { class: 'actions start' },
              button('download-before-leaving', t('exam.leave.downloadFirst'), download, true),
              button('leave-without-report', t('exam.leave.anyway'), () => leave(true)),
            ),
          )
        : h(
            'section',
            { class: 'exam-leave', 'aria-labelledby': 'exam-leave', 'data-leave': 'downloaded' },
            h('h2', { id: 'exam-leave', tabindex: -1 }, t('exam.leave.confirmTitle')),
            h('p', {}, t('exam.leave.confirm', { file: file ?? '' })),
            h(
              'div',
              { class: 'actions start' },
              button('confirm-leave', t('exam.leave.confirmLeave'), () => leave(true), true),
              button('stay', t('exam.leave.stay'), () => {
                leaving = false;
                update();
                el.querySelector<HTMLElement>('[data-action="close-exam"]')?.focus();
              }),
            ),
          )
      : null;

    fill(
      el,
      h('header', {}, h('p', { class: 'kicker' }, model.title), h('h1', { tabindex: -1 }, t('exam.done'))),
      again,
      report ? h('p', {}, t('exam.thanks')) : null,
      report?.exam.review ? h('p', { class: 'exam-provisional', 'data-provisional': '' }, t('exam.provisional')) : null,
      report?.exam.showScores
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
      report && file
        ? h(
            'section',
            { class: 'report no-print', 'aria-labelledby': 'exam-report' },
            h('h2', { id: 'exam-report' }, t('exam.reportTitle')),
            // What to do with it, step by step: download, send to whom, keep a copy.
            h(
              'ol',
              { class: 'exam-steps', 'data-exam-steps': '' },
              h('li', { 'data-step': 'download' }, t('exam.steps.download', { file })),
              h('li', { 'data-step': 'send' }, contact ? t('exam.steps.send', { contact }) : t('exam.steps.sendDefault')),
              h('li', { 'data-step': 'keep' }, t('exam.steps.keep')),
            ),
            h('p', {}, t('exam.reportHelp')),
            h(
              'div',
              { class: 'actions start' },
              h(
                'button',
                { type: 'button', class: 'primary', 'data-action': 'download-exam-report', onclick: download },
                t('exam.download'),
              ),
              h('button', { type: 'button', 'data-action': 'print', onclick: () => window.print() }, t('debrief.print')),
            ),
            h(
              'p',
              { class: 'field-note', role: 'status', 'data-downloaded': model.downloadedAt !== null ? 'true' : 'false' },
              model.downloadedAt !== null ? t('exam.downloaded', { file, date: when(model.downloadedAt) }) : '',
            ),
          )
        : null,
      confirmLeave,
      h(
        'div',
        { class: 'actions no-print' },
        confirmLeave
          ? null
          : h(
              'button',
              {
                type: 'button',
                class: 'ghost',
                'data-action': 'close-exam',
                // With the report still here, leaving is confirmed first; without it, there is nothing to lose.
                onclick: () => (report ? leave(false) : store.getState().closeExam()),
              },
              report ? t('exam.close') : t('error.back'),
            ),
      ),
    );
    // The control the focus was on, else the question that replaced it.
    const refocus = focused ? el.querySelector<HTMLElement>(`[data-action="${focused}"]`) : null;
    if (refocus) refocus.focus();
    else if (focused && confirmLeave) el.querySelector<HTMLElement>('#exam-leave')?.focus();
  }

  /** On a hub: waiting for the hub's answer (calmly, through a network cut), then what the exam lets the candidate see. */
  function fillHub(title: string, hub: NonNullable<ExamEndModel['hub']>): void {
    const pending = store.getState().hubLine?.pending ?? 0;
    const result = hub.result;
    fill(
      el,
      h(
        'header',
        {},
        h('p', { class: 'kicker' }, title),
        h('h1', { tabindex: -1 }, hub.waiting ? t('exam.hub.waitingTitle') : t('exam.done')),
      ),
      h(
        'div',
        { role: 'status', 'data-hub-end': hub.waiting ? 'waiting' : 'done' },
        h('p', {}, hub.waiting ? t('exam.hub.waiting') : t('exam.hub.received')),
        hub.offline ? h('p', { class: 'hub-offline', 'data-hub-offline': '' }, t('exam.hub.offline')) : null,
        hub.offline && pending > 0 ? h('p', {}, t('exam.hub.pending', { count: pending })) : null,
      ),
      !hub.waiting && result
        ? h(
            'section',
            { 'aria-labelledby': 'exam-scores' },
            h('h2', { id: 'exam-scores' }, t('exam.result')),
            h(
              'p',
              { class: 'exam-overall' },
              h('span', { 'data-score': 'overall' }, String(result.overall)),
              ' / 100 — ',
              h('strong', { 'data-passed': String(result.passed) }, result.passed ? t('exam.passed') : t('exam.hub.failed')),
            ),
          )
        : null,
      hub.waiting
        ? null
        : h(
            'div',
            { class: 'actions no-print' },
            h(
              'button',
              { type: 'button', class: 'ghost', 'data-action': 'close-exam', onclick: () => store.getState().closeExam() },
              t('error.back'),
            ),
          ),
    );
  }

  update();
  return { el, update, destroy: () => el.remove(), focus: () => el.querySelector<HTMLElement>('h1')?.focus() };
}
