/**
 * The exam builder's form: native, labelled controls only, usable by keyboard alone. Every change
 * updates the draft and re-checks it with the game's exam schema; a field's problem appears next
 * to it once the field was touched (or a file was loaded), and the output section lists them all.
 */
import { CANDIDATE_FIELDS } from '../../records/exam-file';
import type { ScenarioEntry } from '../../content/catalog';
import { LOCALES, SCORE_KEYS } from '../../core/types';
import { fill, h } from '../../ui/dom';
import {
  type Checked,
  type Draft,
  type FieldKey,
  type Problem,
  type VariantsMode,
  checkDraft,
  randomSeed,
  slugify,
  sortedCatalog,
  suggestTimes,
} from './model';
import type { BuilderPage } from './shell';

/** The control a problem points at (also the id its error message is named after). */
export function controlId(field: FieldKey): string {
  return `f-${field.replace('.', '-')}`;
}

export interface BuilderForm {
  el: HTMLFormElement;
  draft: () => Draft;
  /** Replaces the draft (a file was loaded): every problem shows at once. */
  load: (d: Draft) => void;
  /** Rebuilds every text (the page language changed). */
  render: () => void;
  /** Shows every field's problem and focuses the field. */
  reveal: (field: FieldKey) => void;
  label: (field: FieldKey) => string;
  message: (p: Problem) => string;
  /** Whether a scenario is the guided tutorial (flagged: it measures little in an exam). */
  isTutorial: (id: string) => boolean;
}

export function builderForm(
  page: BuilderPage,
  catalog: readonly ScenarioEntry[],
  initial: Draft,
  onChange: (c: Checked) => void,
): BuilderForm {
  const { t } = page;
  let draft = initial;
  let showAll = false;
  const touched = new Set<string>();
  const el = h('form', { class: 'builder', novalidate: true, 'data-builder': '', onsubmit: (e: Event) => e.preventDefault() });
  /** Error slots by field. */
  let errors = new Map<FieldKey, HTMLElement>();
  let check: Checked = checkDraft(draft, catalog, page.locale());
  /** An exam made before variants was loaded: its "as written" choice stays on offer. */
  let offerNone = draft.variants === 'none';

  const entry = (id: string) => catalog.find((e) => e.manifest.id === id);
  const titleOf = (id: string) => entry(id)?.manifest.title[page.locale()] ?? id;

  function message(p: Problem): string {
    const params = { ...p.params, ...(p.code === 'noStory' ? { lang: t(`locales.${draft.locale}`) } : {}) };
    return t(`error.${p.code}`, params);
  }

  function label(field: FieldKey): string {
    if (field.startsWith('weights.')) return t(`score.${field.slice(8)}`);
    const labels: Record<string, string> = {
      title: t('field.title'),
      id: t('field.id'),
      locale: t('field.locale'),
      seed: t('field.seed'),
      scenarios: t('field.order'),
      minutesPerScenario: t('field.minutesPerScenario'),
      minutesTotal: t('field.minutesTotal'),
      weights: t('field.weights'),
      passMark: t('field.passMark'),
      candidate: t('section.candidate'),
      group: t('section.group'),
      contact: t('field.contact'),
      variants: t('section.variants'),
    };
    return labels[field] ?? field;
  }

  /** Puts the draft through the checks; follows the title and the suggested times while they are not edited. */
  function update(): void {
    if (!draft.idEdited) draft.id = slugify(draft.title);
    const suggestion = suggestTimes(draft.scenarios.map(entry).filter((e): e is ScenarioEntry => !!e));
    if (!draft.timesEdited) {
      draft.minutesPerScenario = suggestion ? String(suggestion.perScenario) : '';
      draft.minutesTotal = suggestion ? String(suggestion.total) : '';
    }
    check = checkDraft(draft, catalog, page.locale());
    syncDerived();
    showErrors();
    onChange(check);
  }

  function showErrors(): void {
    for (const [field, slot] of errors) {
      const mine = check.problems.filter((p) => p.field === field);
      const visible = mine.length > 0 && (showAll || touched.has(field) || touched.has(field.split('.')[0]!));
      slot.textContent = visible ? mine.map(message).join(' ') : '';
      slot.hidden = !visible;
      const control = el.querySelector(`#${controlId(field)}`);
      if (control && control.tagName !== 'FIELDSET') control.setAttribute('aria-invalid', String(visible));
    }
  }

  // Controls whose value the form itself may change (id from the title, suggested times).
  let idInput: HTMLInputElement | null = null;
  let perScenarioInput: HTMLInputElement | null = null;
  let totalInput: HTMLInputElement | null = null;
  let seedInput: HTMLInputElement | null = null;
  let suggestionText: HTMLElement | null = null;
  let warningsBox: HTMLElement | null = null;
  let tutorialBox: HTMLElement | null = null;
  let variantsBox: HTMLElement | null = null;
  let orderList: HTMLOListElement | null = null;

  function syncDerived(): void {
    if (idInput && idInput.value !== draft.id) idInput.value = draft.id;
    if (perScenarioInput && perScenarioInput.value !== draft.minutesPerScenario) perScenarioInput.value = draft.minutesPerScenario;
    if (totalInput && totalInput.value !== draft.minutesTotal) totalInput.value = draft.minutesTotal;
    if (seedInput && seedInput.value !== draft.seed) seedInput.value = draft.seed;
    const suggestion = suggestTimes(draft.scenarios.map(entry).filter((e): e is ScenarioEntry => !!e));
    if (suggestionText) suggestionText.textContent = suggestion ? t('field.suggestion', suggestion) : t('field.suggestionNone');
    const warning = (w: Checked['warnings'][number]) =>
      h('p', { class: 'warning', 'data-warning': w.code }, `⚠ ${t(`warning.${w.code}`, w.params)}`);
    const timing = (w: Checked['warnings'][number]) => w.code === 'perScenario' || w.code === 'total';
    if (warningsBox) fill(warningsBox, check.warnings.filter(timing).map(warning));
    // What the variants choice will do with the chosen scenarios and the details asked, told beside it.
    if (variantsBox)
      fill(
        variantsBox,
        check.warnings
          .filter((w) => w.code === 'variantsAnonymous' || w.code === 'noVariants')
          .map((w) =>
            w.code === 'noVariants' ? h('p', { class: 'field-hint', 'data-warning': w.code }, t(`warning.${w.code}`)) : warning(w),
          ),
      );
    // The tutorial is flagged where scenarios are chosen.
    if (tutorialBox) fill(tutorialBox, check.warnings.filter((w) => w.code === 'tutorial').map(warning));
  }

  /** A labelled control with its hint and its error slot. */
  function field(
    key: FieldKey,
    text: string,
    control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
    hint?: string,
    extra?: Node,
  ): HTMLElement {
    const id = controlId(key);
    control.id = id;
    const hintEl = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
    const err = errorSlot(key);
    control.setAttribute('aria-describedby', [hintEl ? `${id}-hint` : '', err.id].filter(Boolean).join(' '));
    control.addEventListener('blur', () => {
      touched.add(key);
      showErrors();
    });
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, text),
      extra ? h('div', { class: 'field-row' }, control, extra) : control,
      hintEl,
      err,
    );
  }

  function errorSlot(key: FieldKey): HTMLElement {
    const err = h('p', { class: 'field-error', id: `${controlId(key)}-error`, 'data-error-for': key, hidden: true });
    errors.set(key, err);
    return err;
  }

  function textInput(
    key: FieldKey,
    value: string,
    set: (v: string) => void,
    attrs: Record<string, string | number | boolean> = {},
  ): HTMLInputElement {
    const input = h('input', { type: 'text', name: key, autocomplete: 'off', ...attrs });
    input.value = value;
    input.addEventListener('input', () => {
      set(input.value);
      touched.add(key);
      update();
    });
    return input;
  }

  function numberInput(key: FieldKey, value: string, set: (v: string) => void, attrs: Record<string, string | number>): HTMLInputElement {
    return textInput(key, value, set, { type: 'number', inputmode: 'decimal', ...attrs });
  }

  function checkbox(
    id: string,
    text: string,
    checked: boolean,
    set: (v: boolean) => void,
    hint?: string,
    attrs: Record<string, string> = {},
  ): HTMLElement {
    const box = h('input', { type: 'checkbox', id, checked, ...attrs, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) });
    box.addEventListener('change', () => {
      set(box.checked);
      update();
    });
    return h(
      'div',
      { class: 'field check-field' },
      h('div', { class: 'field check' }, box, h('label', { for: id }, text)),
      hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    );
  }

  function section(key: string, ...children: (Node | null)[]): HTMLElement {
    return h(
      'section',
      { class: 'panel builder-section', 'aria-labelledby': `s-${key}`, 'data-section': key },
      h('h2', { id: `s-${key}` }, t(`section.${key}`)),
      ...children,
    );
  }

  // ----- the scenario picker -----

  function scenarioPicker(): HTMLElement {
    const locale = page.locale();
    const items = sortedCatalog(catalog, locale).map((e) => {
      const id = e.manifest.id;
      const boxId = `pick-${id}`;
      const box = h('input', {
        type: 'checkbox',
        id: boxId,
        'data-scenario-pick': id,
        checked: draft.scenarios.includes(id),
        'aria-describedby': `${boxId}-meta`,
      });
      box.addEventListener('change', () => {
        draft.scenarios = box.checked ? [...draft.scenarios.filter((s) => s !== id), id] : draft.scenarios.filter((s) => s !== id);
        touched.add('scenarios');
        renderOrder();
        update();
      });
      const missing = LOCALES.filter((l) => !e.loadStory[l]);
      return h(
        'li',
        { class: 'pick' },
        box,
        h(
          'label',
          { for: boxId },
          h('span', { class: 'pick-title' }, e.manifest.title[locale]),
          h(
            'span',
            { class: 'pick-meta', id: `${boxId}-meta` },
            t('field.scenarioMeta', {
              level: t(`level.${e.manifest.level}`),
              difficulty: e.manifest.difficulty,
              minutes: e.manifest.minutes,
            }),
            missing.length > 0 ? ` · ${missing.map((l) => t('field.noStory', { lang: t(`locales.${l}`) })).join(' · ')}` : '',
          ),
          e.manifest.tutorial ? h('span', { class: 'pick-tutorial', 'data-tutorial': id }, `⚠ ${t('field.tutorialBadge')}`) : null,
        ),
      );
    });
    orderList = h('ol', { class: 'order', 'data-order': '', 'aria-labelledby': 'order-title' });
    tutorialBox = h('div', { class: 'warnings', 'data-tutorial-warning': '' });
    renderOrder();
    return h(
      'div',
      { class: 'scenario-picker' },
      h(
        'fieldset',
        { class: 'picks' },
        h('legend', {}, t('field.available')),
        h('p', { class: 'field-hint' }, t('field.availableHint')),
        h('ul', { class: 'pick-list', role: 'list' }, items),
      ),
      h('div', { class: 'order-box' }, h('h3', { id: 'order-title' }, t('field.order')), orderList, errorSlot('scenarios'), tutorialBox),
    );
  }

  /** The scenario's title, for screen readers only: "Up", then which one. */
  const named = (title: string) => h('span', { class: 'sr-only' }, ` ${t('field.quoted', { title })}`);

  function renderOrder(focus?: { id: string; move: 'up' | 'down' }): void {
    if (!orderList) return;
    const list = orderList;
    const total = draft.scenarios.length;
    if (total === 0) {
      fill(list, h('li', { class: 'empty' }, t('field.orderEmpty')));
      return;
    }
    fill(
      list,
      draft.scenarios.map((id, i) => {
        const title = titleOf(id);
        const move = (dir: -1 | 1) => () => {
          const j = i + dir;
          const next = [...draft.scenarios];
          [next[i], next[j]] = [next[j]!, next[i]!];
          draft.scenarios = next;
          touched.add('scenarios');
          renderOrder({ id, move: dir < 0 ? 'up' : 'down' });
          page.status.textContent = t('field.moved', { title, n: j + 1, total });
          update();
        };
        return h(
          'li',
          { class: 'order-item', 'data-order-id': id },
          h('span', { class: 'order-title' }, title),
          h(
            'span',
            { class: 'order-tools' },
            h(
              'button',
              { type: 'button', class: 'small', 'data-move': 'up', disabled: i === 0, onclick: move(-1) },
              h('span', { 'aria-hidden': 'true' }, '↑ '),
              t('field.moveUp'),
              named(title),
            ),
            h(
              'button',
              { type: 'button', class: 'small', 'data-move': 'down', disabled: i === total - 1, onclick: move(1) },
              h('span', { 'aria-hidden': 'true' }, '↓ '),
              t('field.moveDown'),
              named(title),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'small ghost',
                'data-remove': '',
                onclick: () => {
                  draft.scenarios = draft.scenarios.filter((s) => s !== id);
                  const box = el.querySelector<HTMLInputElement>(`[data-scenario-pick="${CSS.escape(id)}"]`);
                  if (box) box.checked = false;
                  touched.add('scenarios');
                  renderOrder();
                  page.status.textContent = t('field.removed', { title });
                  update();
                  // Focus stays in the list: the item now at this place, else the last one, else the scenario's checkbox.
                  const items = list.querySelectorAll<HTMLElement>('[data-order-id] [data-remove]');
                  (items[Math.min(i, items.length - 1)] ?? box)?.focus();
                },
              },
              t('field.remove'),
              named(title),
            ),
          ),
        );
      }),
    );
    if (focus) {
      // The moved scenario keeps the focus; at an end of the list, on its other button.
      const item = list.querySelector(`[data-order-id="${CSS.escape(focus.id)}"]`);
      const same = item?.querySelector<HTMLButtonElement>(`[data-move="${focus.move}"]`);
      const other = item?.querySelector<HTMLButtonElement>(`[data-move="${focus.move === 'up' ? 'down' : 'up'}"]`);
      (same && !same.disabled ? same : other)?.focus();
    }
  }

  // ----- the whole form -----

  function render(): void {
    errors = new Map();
    const d = draft;

    const title = textInput(
      'title',
      d.title,
      (v) => {
        d.title = v;
      },
      { maxlength: 200, 'data-field': 'title' },
    );
    idInput = textInput(
      'id',
      d.id,
      (v) => {
        d.id = v;
        d.idEdited = true;
      },
      { maxlength: 64, spellcheck: 'false', 'data-field': 'id' },
    );
    const idFromTitle = h(
      'button',
      {
        type: 'button',
        class: 'small ghost',
        'data-id-from-title': '',
        onclick: () => {
          d.idEdited = false;
          touched.add('id');
          update();
        },
      },
      t('field.idFromTitle'),
    );
    const localeSelect = h(
      'select',
      { name: 'locale', 'data-field': 'locale' },
      LOCALES.map((l) => h('option', { value: l, selected: l === d.locale }, t(`locales.${l}`))),
    );
    localeSelect.addEventListener('change', () => {
      d.locale = localeSelect.value as Draft['locale'];
      touched.add('locale');
      update();
    });
    seedInput = numberInput(
      'seed',
      d.seed,
      (v) => {
        d.seed = v;
      },
      { min: 0, max: 4294967295, step: 1, 'data-field': 'seed' },
    );
    const newSeed = h(
      'button',
      {
        type: 'button',
        'data-new-seed': '',
        onclick: () => {
          d.seed = String(randomSeed());
          touched.add('seed');
          update();
          page.status.textContent = t('field.seedDrawn', { seed: d.seed });
        },
      },
      t('field.newSeed'),
    );

    perScenarioInput = numberInput(
      'minutesPerScenario',
      d.minutesPerScenario,
      (v) => {
        d.minutesPerScenario = v;
        d.timesEdited = true;
      },
      { min: 1, max: 600, step: 1, 'data-field': 'minutesPerScenario' },
    );
    totalInput = numberInput(
      'minutesTotal',
      d.minutesTotal,
      (v) => {
        d.minutesTotal = v;
        d.timesEdited = true;
      },
      { min: 1, max: 600, step: 1, 'data-field': 'minutesTotal' },
    );
    suggestionText = h('p', { class: 'field-hint', 'data-suggestion': '' });
    const useSuggestion = h(
      'button',
      {
        type: 'button',
        'data-use-suggestion': '',
        onclick: () => {
          d.timesEdited = false;
          touched.add('minutesPerScenario');
          touched.add('minutesTotal');
          update();
        },
      },
      t('field.useSuggestion'),
    );
    warningsBox = h('div', { class: 'warnings', 'data-warnings': '' });

    const weightInputs = SCORE_KEYS.map((k) =>
      field(
        `weights.${k}`,
        t(`score.${k}`),
        numberInput(
          `weights.${k}`,
          d.weights[k],
          (v) => {
            d.weights[k] = v;
          },
          { min: 0, max: 10, step: 0.5, 'data-weight': k },
        ),
      ),
    );
    const weightsBox = h(
      'fieldset',
      { class: 'weights', id: controlId('weights'), hidden: !d.customWeights },
      h('legend', {}, t('field.weights')),
      h('p', { class: 'field-hint' }, t('field.weightsHint')),
      h('div', { class: 'weight-grid' }, weightInputs),
      errorSlot('weights'),
    );
    const customWeights = checkbox(
      'f-custom-weights',
      t('field.customWeights'),
      d.customWeights,
      (v) => {
        d.customWeights = v;
        weightsBox.hidden = !v;
        touched.add('weights');
      },
      t('field.customWeightsHint'),
      { 'data-custom-weights': '' },
    );
    const passMark = numberInput(
      'passMark',
      d.passMark,
      (v) => {
        d.passMark = v;
      },
      { min: 0, max: 100, step: 1, 'data-field': 'passMark' },
    );

    const candidateBoxes = CANDIDATE_FIELDS.map((f) =>
      checkbox(
        `f-candidate-${f}`,
        t(`candidateField.${f}`),
        d.candidate.includes(f),
        (v) => {
          d.candidate = v ? [...d.candidate.filter((x) => x !== f), f] : d.candidate.filter((x) => x !== f);
          touched.add('candidate');
        },
        undefined,
        { 'data-candidate-field': f },
      ),
    );

    const variantChoices: [VariantsMode, string][] = [
      ['per-candidate', t('field.variantsPerCandidate')],
      ['shared', t('field.variantsShared')],
      ...(offerNone ? ([['none', t('field.variantsNone')]] as [VariantsMode, string][]) : []),
    ];
    const variantRadios = variantChoices.map(([mode, text]) => {
      const id = `f-variants-${mode}`;
      const radio = h('input', {
        type: 'radio',
        name: 'variants',
        id,
        value: mode,
        checked: d.variants === mode,
        'data-variants': mode,
        'aria-describedby': 'f-variants-hint',
      });
      radio.addEventListener('change', () => {
        if (radio.checked) {
          d.variants = mode;
          touched.add('variants');
          update();
        }
      });
      return h('div', { class: 'field check' }, radio, h('label', { for: id }, text));
    });
    variantsBox = h('div', { class: 'warnings', 'data-variants-notes': '' });

    const contact = textInput(
      'contact',
      d.contact,
      (v) => {
        d.contact = v;
      },
      { maxlength: 200, 'data-field': 'contact' },
    );
    const groupLabel = textInput(
      'group',
      d.groupLabel,
      (v) => {
        d.groupLabel = v;
      },
      { maxlength: 120, 'data-field': 'group-label' },
    );
    const groupChoices = h('textarea', { name: 'group-choices', id: 'f-group-choices', rows: 5, 'data-group-choices': '' });
    groupChoices.value = d.groupChoices;
    groupChoices.addEventListener('input', () => {
      d.groupChoices = groupChoices.value;
      touched.add('group');
      update();
    });
    groupChoices.addEventListener('blur', () => {
      touched.add('group');
      showErrors();
    });
    const groupBox = h(
      'div',
      { class: 'group-question', hidden: !d.groupEnabled, 'data-group-question': '' },
      field('group', t('field.groupLabel'), groupLabel, t('field.groupLabelHint')),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'f-group-choices' }, t('field.groupChoices')),
        groupChoices,
        h('p', { class: 'field-hint', id: 'f-group-choices-hint' }, t('field.groupChoicesHint')),
      ),
    );
    groupChoices.setAttribute('aria-describedby', `f-group-choices-hint ${controlId('group')}-error`);
    const groupEnabled = checkbox(
      'f-group-enabled',
      t('field.groupEnabled'),
      d.groupEnabled,
      (v) => {
        // Its problems show once the question or its answers were touched, not as soon as it is ticked.
        d.groupEnabled = v;
        groupBox.hidden = !v;
      },
      undefined,
      { 'data-group-enabled': '' },
    );

    fill(
      el,
      section(
        'general',
        field('title', t('field.title'), title, t('field.titleHint')),
        field('id', t('field.id'), idInput, t('field.idHint'), idFromTitle),
        field('locale', t('field.locale'), localeSelect, t('field.localeHint')),
        field('seed', t('field.seed'), seedInput, t('field.seedHint'), newSeed),
      ),
      section('scenarios', scenarioPicker()),
      section(
        'variants',
        h(
          'fieldset',
          { class: 'variants-choice', id: controlId('variants') },
          h('legend', { class: 'sr-only' }, t('section.variants')),
          variantRadios,
          h('p', { class: 'field-hint', id: 'f-variants-hint' }, t('field.variantsHint')),
          errorSlot('variants'),
          variantsBox,
        ),
      ),
      section(
        'time',
        h(
          'div',
          { class: 'field-pair' },
          field('minutesPerScenario', t('field.minutesPerScenario'), perScenarioInput),
          field('minutesTotal', t('field.minutesTotal'), totalInput),
        ),
        h('p', { class: 'field-hint' }, t('field.minutesHint')),
        // Extra time has one place: the links and files of the output, one per candidate concerned.
        h('p', { class: 'field-hint', 'data-extra-time-hint': '' }, t('field.extraTimeHint')),
        h('div', { class: 'suggestion' }, suggestionText, useSuggestion),
        warningsBox,
      ),
      section('scoring', customWeights, weightsBox, field('passMark', t('field.passMark'), passMark)),
      section(
        'conditions',
        checkbox(
          'f-free-text',
          t('field.freeTextRequired'),
          d.freeTextRequired,
          (v) => {
            d.freeTextRequired = v;
          },
          t('field.freeTextRequiredHint'),
          { 'data-free-text': '' },
        ),
        checkbox(
          'f-show-scores',
          t('field.showScores'),
          d.showScores,
          (v) => {
            d.showScores = v;
          },
          t('field.showScoresHint'),
          { 'data-show-scores': '' },
        ),
        checkbox(
          'f-review',
          t('field.review'),
          d.review,
          (v) => {
            d.review = v;
          },
          t('field.reviewHint'),
          { 'data-review': '' },
        ),
        h(
          'aside',
          { class: 'public-sources', 'aria-labelledby': 'public-sources-title', 'data-public-sources': '' },
          h('h3', { id: 'public-sources-title' }, t('public.title')),
          h('p', {}, t('public.can')),
          h('p', {}, t('public.cannot')),
          h('p', {}, h('strong', {}, t('public.advice'))),
        ),
      ),
      section(
        'candidate',
        h(
          'fieldset',
          { class: 'candidate-fields', id: controlId('candidate') },
          h('legend', { class: 'sr-only' }, t('section.candidate')),
          h('p', { class: 'field-hint' }, t('field.candidateHint')),
          candidateBoxes,
          errorSlot('candidate'),
        ),
      ),
      section(
        'group',
        h('p', { class: 'field-hint' }, t('field.groupIntro')),
        groupEnabled,
        groupBox,
        h('p', { class: 'caveat', 'data-group-gdpr': '' }, `⚠ ${t('field.groupGdpr')}`),
      ),
      section('contact', field('contact', t('field.contact'), contact, t('field.contactHint'))),
    );
    update();
  }

  function reveal(fieldKey: FieldKey): void {
    showAll = true;
    if (fieldKey.startsWith('weights')) {
      const box = el.querySelector<HTMLFieldSetElement>('fieldset.weights');
      if (box) box.hidden = false;
    }
    showErrors();
    const target = el.querySelector<HTMLElement>(`#${controlId(fieldKey)}`);
    const focusable = target?.tagName === 'FIELDSET' ? target.querySelector<HTMLElement>('input, button, select') : target;
    const scenarioTarget = fieldKey === 'scenarios' ? el.querySelector<HTMLElement>('[data-scenario-pick]') : null;
    (scenarioTarget ?? focusable)?.focus();
  }

  return {
    el,
    draft: () => draft,
    load: (d) => {
      draft = d;
      offerNone = d.variants === 'none';
      showAll = true;
      render();
    },
    render,
    reveal,
    label,
    message,
    isTutorial: (id) => entry(id)?.manifest.tutorial === true,
  };
}
