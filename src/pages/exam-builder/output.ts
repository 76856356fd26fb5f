/**
 * What the builder gives the examiner: the problems left to fix (each a button to its field), or
 * the exam's fingerprint, the file to download, the link for the candidate (with the caveat that
 * it carries the exam) and, the one place where extra time is given, the same exam with extra time
 * for candidates granted an accommodation: each factor's link, exam file and fingerprint.
 */
import { ACCOMMODATIONS, type Exam } from '../../records/exam-file';
import { downloadText } from '../../platform/download';
import { fill, h } from '../../ui/dom';
import type { BuilderForm } from './form';
import { examFingerprint } from '../../engine/fingerprint';
import { type Checked, examFile, examLink, withExtraTime } from './model';
import type { BuilderPage } from './shell';
import { hubCall, servedByHub } from '../hub-api';

export interface Output {
  el: HTMLElement;
  show: (c: Checked) => void;
}

export function builderOutput(page: BuilderPage, form: () => BuilderForm): Output {
  const { t } = page;
  const body = h('div', { class: 'output-body', 'data-output': '' });
  const title = h('h2', { id: 's-output' });
  const el = h('section', { class: 'panel builder-section output', 'aria-labelledby': 's-output', 'data-section': 'output' }, title, body);
  let shown = '';

  const decimal = (n: number) => n.toLocaleString(page.locale());

  async function copy(input: HTMLInputElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(input.value);
      page.status.textContent = t('output.copied');
    } catch {
      input.focus();
      input.select();
      page.status.textContent = t('output.copyFailed');
    }
  }

  function linkField(id: string, label: string, value: string, which: string, attrs: Record<string, string> = {}): HTMLElement {
    const input = h('input', { type: 'text', id, readonly: true, spellcheck: 'false', class: 'link', ...attrs });
    input.value = value;
    input.addEventListener('focus', () => input.select());
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'div',
        { class: 'field-row' },
        input,
        h(
          'button',
          {
            type: 'button',
            'data-copy': id,
            'aria-label': t('output.copyLabel', { which }),
            onclick: () => {
              void copy(input);
            },
          },
          t('output.copy'),
        ),
      ),
    );
  }

  /** Served by a hub: the exam goes to the hub (the examiner signed in on its page), which makes the candidates' links. */
  function publishToHub(exam: Exam): HTMLElement {
    const said = h('p', { class: 'field-hint', role: 'status', 'data-hub-published': '' });
    const publish = async () => {
      const res = await hubCall<{ id: string }>('POST', 'api/exams', { exam });
      said.dataset.hubPublished = res.ok ? 'ok' : String(res.status);
      fill(
        said,
        res.ok
          ? t('output.hubPublished')
          : res.status === 401
            ? t('output.hubSignIn')
            : res.status === 0
              ? t('output.hubOffline')
              : t('output.hubRefused', { message: res.data.message ?? String(res.status) }),
        ' ',
        res.ok || res.status === 401 ? h('a', { href: `./hub.html?lang=${page.locale()}` }, t('output.hubPage')) : null,
      );
    };
    return h(
      'div',
      { class: 'download', 'data-hub-publish-exam': '' },
      h('button', { type: 'button', 'data-publish-to-hub': '', onclick: () => void publish() }, t('output.hubPublish')),
      h('p', { class: 'field-hint' }, t('output.hubPublishHint')),
      said,
    );
  }

  function valid(exam: Exam): (HTMLElement | null)[] {
    const file = examFile(exam);
    const link = examLink(exam, location.href);
    const times = (factor: number) => ({
      perScenario: decimal(Math.round(exam.minutesPerScenario * factor)),
      total: decimal(Math.round(exam.minutesTotal * factor)),
    });
    const variants = ACCOMMODATIONS.filter((f) => f !== 1).map((factor) => {
      const text = t('output.variant', { factor: decimal(factor), ...times(factor) });
      const variant = withExtraTime(exam, factor);
      // Extra time is one of the exam's settings: each link has its own exam file and fingerprint.
      const fp = examFingerprint(variant);
      const variantFile = examFile(variant);
      return h(
        'li',
        {},
        linkField(`exam-link-${String(factor).replace('.', '')}`, text, examLink(variant, location.href), text, {
          'data-exam-link-variant': String(factor),
        }),
        h(
          'button',
          {
            type: 'button',
            'data-download-exam-variant': String(factor),
            onclick: () => downloadText(variantFile.name, variantFile.text),
          },
          t('output.variantDownload', { factor: decimal(factor), file: variantFile.name }),
        ),
        h('p', { class: 'field-hint', 'data-variant-fingerprint': fp }, t('output.variantFingerprint', { fp })),
      );
    });
    const tutorials = exam.scenarios.filter((id) => form().isTutorial(id));
    const mainLabel = t('output.link');
    return [
      h(
        'p',
        { class: 'fingerprint' },
        h('strong', { 'data-fingerprint': examFingerprint(exam) }, t('output.fingerprint', { fp: examFingerprint(exam) })),
      ),
      h('p', { class: 'field-hint' }, t('output.fingerprintHint')),
      tutorials.length > 0 ? h('p', { class: 'caveat', 'data-output-tutorial': '' }, `⚠ ${t('output.tutorial')}`) : null,
      h(
        'div',
        { class: 'download' },
        h(
          'button',
          { type: 'button', class: 'primary', 'data-download-exam': '', onclick: () => downloadText(file.name, file.text) },
          t('output.download', { file: file.name }),
        ),
        h('p', { class: 'field-hint' }, t('output.downloadHint')),
      ),
      servedByHub() ? publishToHub(exam) : null,
      linkField('exam-link', mainLabel, link, mainLabel, { 'data-exam-link': '', 'aria-describedby': 'exam-link-hint exam-link-caveat' }),
      h('p', { class: 'field-hint', id: 'exam-link-hint' }, t('output.linkHint')),
      h('p', { class: 'caveat', id: 'exam-link-caveat', 'data-link-caveat': '' }, `⚠ ${t('output.caveat')}`),
      h(
        'section',
        { class: 'variants', 'aria-labelledby': 'extra-time-title', 'data-extra-time': '' },
        h('h3', { id: 'extra-time-title' }, t('output.variants')),
        h('p', { class: 'field-hint' }, t('output.variantsHint')),
        h('ul', { class: 'variant-list', role: 'list' }, variants),
      ),
      // Which variant each candidate plays, and that the report and its verification follow it.
      h(
        'p',
        { class: 'variants-note', 'data-output-variants': exam.variants },
        t(`output.scenarioVariants.${exam.variants === 'per-candidate' ? 'perCandidate' : exam.variants}`),
      ),
      // The verifier is a page of the site, for HR; the command line is an aside for technical staff.
      h('p', { class: 'then' }, t('output.then'), ' ', h('a', { href: './verify.html', 'data-verify-link': '' }, t('output.verifyLink'))),
      h('p', { class: 'field-hint', 'data-then-technical': '' }, t('output.thenTechnical')),
    ];
  }

  function show(c: Checked): void {
    title.textContent = t('section.output');
    // Redraw only when something shown changes, so focus inside the section survives typing elsewhere.
    const sig = `${page.locale()}|${c.exam ? JSON.stringify(c.exam) : `!${c.problems.map((p) => `${p.field}:${p.code}:${JSON.stringify(p.params ?? {})}`).join('|')}`}`;
    if (sig === shown) return;
    shown = sig;
    if (c.exam) {
      el.setAttribute('data-valid', 'true');
      fill(body, valid(c.exam));
      return;
    }
    el.setAttribute('data-valid', 'false');
    const f = form();
    fill(
      body,
      h('p', {}, t('output.invalid', { count: c.problems.length })),
      h(
        'ul',
        { class: 'problems', 'data-problems': '' },
        c.problems.map((p) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                'data-go-to': p.field,
                title: t('output.goTo', { field: f.label(p.field) }),
                onclick: () => f.reveal(p.field),
              },
              h('span', { class: 'problem-field' }, f.label(p.field)),
              page.locale() === 'fr' ? ' : ' : ': ',
              f.message(p),
            ),
          ),
        ),
      ),
    );
  }

  return { el, show };
}
