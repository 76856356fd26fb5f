/**
 * verify.html's panel for results signed by a Frontline Hub: the examiner gives their hub's public
 * key (from the hub), and each hub result dropped is checked offline against it
 * (src/engine/hub-signature.ts): signed by that hub, intact but by an unknown key, by another key, or
 * changed since signing. The exam report inside is replayed by the page like any other.
 */
import type { i18n } from 'i18next';
import { type HubCheck, isHubResult, normaliseKey, verifyHubResult } from '../engine/hub-signature';
import { HUB_RESULT_FORMAT } from '../records/hub-result';
import { bidi, fill, h } from './common';

type Translate = i18n['t'];

/** The parsed file when it says it is a hub result (checked afterwards), else null. */
export function hubResultData(text: string): unknown {
  if (!text.includes(HUB_RESULT_FORMAT)) return null;
  try {
    const data: unknown = JSON.parse(text);
    return isHubResult(data) ? data : null;
  } catch {
    return null;
  }
}

export type HubStatus = 'verified' | 'no-key' | 'other-hub' | 'bad-signature' | 'unreadable';

/** A check's standing on the page. */
export const hubStatus = (check: HubCheck): HubStatus => (check.ok ? (check.trusted ? 'verified' : 'no-key') : check.code);

export class HubResults {
  readonly el: HTMLElement;
  private readonly entries: { file: string; data: unknown }[] = [];
  private key: string | null = null;
  private readonly title = h('h2', { id: 'hub-results-title' });
  private readonly intro = h('p', {});
  private readonly label = h('label', { for: 'hub-key' });
  private readonly hint = h('p', { id: 'hub-key-hint', class: 'dropzone-hint' });
  private readonly error = h('p', { id: 'hub-key-error', class: 'field-error', hidden: true });
  private readonly input = h('input', {
    id: 'hub-key',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 100,
    'aria-describedby': 'hub-key-hint hub-key-error',
    'data-hub-key-input': '',
  });
  private readonly button = h('button', { type: 'submit', 'data-hub-key-add': '' });
  private readonly current = h('p', { class: 'note', 'data-hub-key': '' });
  private readonly list = h('ol', { class: 'results', role: 'list', 'data-hub-results': '' });

  constructor(
    private readonly t: Translate,
    private readonly locale: () => string,
    private readonly announce: (message: string) => void,
  ) {
    const form = h(
      'form',
      { class: 'fingerprint-form' },
      this.label,
      h('div', { class: 'fingerprint-row' }, this.input, this.button),
      this.hint,
      this.error,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const key = normaliseKey(this.input.value);
      this.error.hidden = key !== null;
      if (!key) {
        this.input.setAttribute('aria-invalid', 'true');
        this.input.focus();
        return;
      }
      this.input.removeAttribute('aria-invalid');
      this.input.value = '';
      this.key = key;
      this.render();
      this.announce(this.t('hub.keyAdded'));
    });
    this.input.addEventListener('input', () => {
      this.error.hidden = true;
      this.input.removeAttribute('aria-invalid');
    });
    this.el = h(
      'section',
      { class: 'panel', 'aria-labelledby': 'hub-results-title', 'data-hub-section': '', hidden: true },
      this.title,
      this.intro,
      form,
      this.current,
      this.list,
    );
    this.render();
  }

  add(file: string, data: unknown): void {
    this.entries.push({ file, data });
    this.render();
    const check = verifyHubResult(data, this.key);
    this.announce(`${file} — ${this.statusText(check)}`);
  }

  clear(): void {
    this.entries.length = 0;
    this.render();
  }

  private statusText(check: HubCheck): string {
    const keyId = check.ok || check.result ? (check.ok ? check.result : check.result!).hub.keyId : '';
    return this.t(`hub.status.${hubStatus(check)}`, { keyId });
  }

  private card(file: string, data: unknown): HTMLElement {
    const check = verifyHubResult(data, this.key);
    const status = hubStatus(check);
    // A file changed after signing shows no figures: they are whatever the edit made them.
    const result = check.ok ? check.result : check.code === 'other-hub' ? check.result : undefined;
    const when = (iso: string) =>
      new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
    const facts = result
      ? [
          h(
            'p',
            { 'data-hub-attempt': '' },
            this.t('hub.attempt', {
              number: result.attempt.number,
              start: when(result.attempt.startedAt),
              end: when(result.attempt.finishedAt),
            }),
          ),
          h(
            'p',
            { 'data-hub-events': '' },
            this.t('hub.events', { count: result.attempt.events }),
            ' ',
            this.t('hub.late', { count: result.attempt.lateEvents, seconds: Math.round(result.attempt.maxGapMs / 1000) }),
          ),
          h(
            'p',
            { 'data-hub-overall': String(result.report.overall) },
            this.t(result.report.passed ? 'hub.passed' : 'hub.notPassed', {
              overall: result.report.overall,
              passMark: result.report.exam.passMark,
            }),
          ),
        ]
      : [];
    return h(
      'li',
      { class: `result result-${status === 'verified' ? 'verified' : 'failed'}`, 'data-hub-result': status, 'data-file': file },
      h('h3', { class: 'result-file' }, bidi(file)),
      h(
        'p',
        { class: `verdict verdict-${status === 'verified' ? 'verified' : 'failed'}`, 'data-hub-status': status },
        `${status === 'verified' ? '✓' : '✗'} ${this.statusText(check)}`,
      ),
      ...facts,
    );
  }

  render(): void {
    const t = this.t;
    this.el.hidden = this.entries.length === 0;
    this.title.textContent = t('hub.title');
    this.intro.textContent = t('hub.intro');
    this.label.textContent = t('hub.keyLabel');
    this.hint.textContent = t('hub.keyHint');
    this.error.textContent = t('hub.keyInvalid');
    this.button.textContent = t('hub.keyAdd');
    this.current.textContent = this.key ? t('hub.keyGiven', { key: this.key }) : t('hub.keyNone');
    fill(
      this.list,
      this.entries.map((e) => this.card(e.file, e.data)),
    );
  }
}
