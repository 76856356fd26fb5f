import { examVariantCode, scenarioBrand, scenarioCharter, scenarioManifest } from '../../state';
import { brandMark, wearBrand } from '../brand';
import type { View, ViewContext } from '../context';
import { fill, h } from '../dom';
import { departmentLabel } from '../department';

/**
 * Brand, audience, charter excerpt and objectives: what the player needs before the first post. It opens
 * at its top with the start button focused in its action bar (pinned to the bottom of the screen), and
 * keeps that button across redraws so the focus never falls to the page.
 */
export function briefingView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const el = h('main', { class: 'screen briefing', 'data-screen': 'briefing' });
  const body = h('div', { class: 'briefing-body' });
  const back = h('button', { type: 'button', class: 'ghost', onclick: () => store.getState().backToMenu() });
  const start = h('button', {
    type: 'button',
    class: 'primary',
    'data-action': 'start',
    'data-start': '',
    onclick: () => {
      ctx.unlockAudio();
      ctx.sound('click');
      void store.getState().start();
    },
  });
  const actions = h('div', { class: 'actions briefing-actions' }, back, start);
  el.append(body, actions);
  /** What the body was drawn from: it is drawn again only when one of these changes. */
  let drawn = '';

  function update(): void {
    const state = store.getState();
    const entry = state.selected;
    // The scenario's texts as this run's variant draws them (names, figures), or as written.
    const manifest = scenarioManifest(state);
    const brand = scenarioBrand(state);
    const charter = scenarioCharter(state);
    if (!entry || !manifest || !brand || !charter) return;
    const locale = state.settings.locale;
    const exam = state.mode === 'exam' ? (state.exam?.exam ?? null) : null;
    back.textContent = t('common.back');
    start.disabled = state.loading;
    start.textContent = state.loading ? t('briefing.loading') : t('briefing.start');
    const key = [manifest.id, state.variant, locale, state.mode, state.exam?.index, t('briefing.start')].join('|');
    if (key === drawn) return;
    drawn = key;
    // No way back from an exam's briefing: its only action is to start.
    if (state.mode === 'exam') back.remove();
    else if (!back.isConnected) actions.prepend(back);
    wearBrand(el, brand);
    const variant = examVariantCode(state);
    const segments = Object.entries(manifest.audience.segments)
      .filter(([, share]) => (share ?? 0) > 0)
      .map(([segment, share]) => h('li', {}, t(`segment.${segment}`), ` — ${Math.round((share ?? 0) * 100)} %`));
    const handOver = charter.escalation.map((e) =>
      h('li', { 'data-department': e.department }, h('strong', {}, departmentLabel(t, state, e.department)), ' — ', e.when[locale]),
    );
    const targets = Object.entries(charter.responseMinutes).map(([channel, minutes]) =>
      h('li', {}, t(`channel.${channel}`), ' — ', t('briefing.withinMinutes', { n: minutes })),
    );
    fill(
      body,
      h(
        'header',
        { class: 'briefing-head' },
        h('div', { class: 'briefing-brand' }, brandMark(brand, 'large'), h('p', { class: 'kicker' }, charter.brand.sector[locale])),
        h('h1', {}, manifest.title[locale]),
        exam && state.exam
          ? h(
              'p',
              { class: 'exam-step', 'data-variant': variant },
              t('exam.step', { n: state.exam.index + 1, total: state.exam.exam.scenarios.length }),
              variant ? ` · ${t('briefing.variant', { code: variant })}` : '',
            )
          : null,
        // A tutorial's summary speaks of its coach and reassures ("nothing can go wrong"): not in an exam.
        exam && manifest.tutorial ? null : h('p', { class: 'lead' }, manifest.summary[locale]),
      ),
      h(
        'div',
        { class: 'briefing-grid' },
        h(
          'section',
          { 'aria-labelledby': 'b-obj' },
          h('h2', { id: 'b-obj' }, t('briefing.objectives')),
          h(
            'ul',
            {},
            manifest.objectives[locale].map((o) => h('li', {}, o)),
          ),
        ),
        h(
          'section',
          { 'aria-labelledby': 'b-how' },
          h('h2', { id: 'b-how' }, exam ? t('briefing.howTitleExam') : t('briefing.howTitle')),
          h('p', {}, exam?.freeTextRequired ? t('briefing.howWritten') : t('briefing.how')),
          h('p', {}, exam ? t('briefing.scoringExam') : t('briefing.scoring')),
        ),
        h(
          'section',
          { 'aria-labelledby': 'b-aud' },
          h('h2', { id: 'b-aud' }, t('briefing.audience')),
          manifest.audience.description ? h('p', {}, manifest.audience.description[locale]) : null,
          h('p', {}, t('briefing.members', { count: manifest.audience.size, n: manifest.audience.size.toLocaleString(locale) })),
          h('ul', {}, segments),
        ),
        h(
          'section',
          { class: 'charter', 'aria-labelledby': 'b-charter' },
          h('h2', { id: 'b-charter' }, t('briefing.charter', { brand: charter.brand.name })),
          h('p', { class: 'voice' }, charter.voice[locale]),
          h('p', {}, t(`briefing.register.${locale === 'fr' ? charter.register.fr : charter.register.en}`)),
          h(
            'ul',
            { class: 'rules' },
            charter.rules.map((r) =>
              h(
                'li',
                { 'data-rule': r.id },
                h('span', { class: `sev sev-${r.severity}` }, t(`severity.${r.severity}`)),
                ' ',
                r.text[locale],
              ),
            ),
          ),
          h('h3', {}, t('briefing.responseTimes')),
          h('ul', {}, targets),
          handOver.length > 0
            ? h('details', { class: 'hand-over' }, h('summary', {}, t('briefing.handOver')), h('ul', {}, handOver))
            : null,
        ),
      ),
    );
  }

  update();
  return {
    el,
    update,
    destroy: () => el.remove(),
    // Enter starts the shift, yet the page shows its top: the button sits in the pinned action bar.
    focus: () => {
      start.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'start' });
    },
  };
}
