import { scenarioManifest } from '../../state';
import type { View, ViewContext } from '../context';
import { fill, h } from '../dom';
import { departmentLabel } from '../department';

/** Brand, audience, charter excerpt and objectives: what the player needs before the first post. */
export function briefingView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const el = h('main', { class: 'screen briefing', 'data-screen': 'briefing' });

  function update(): void {
    const state = store.getState();
    const entry = state.selected;
    // The scenario's texts as this run's variant draws them (names, figures), or as written.
    const manifest = scenarioManifest(state);
    if (!entry || !manifest) return;
    const locale = state.settings.locale;
    const { charter } = entry;
    const exam = state.mode === 'exam' ? (state.exam?.exam ?? null) : null;
    const segments = Object.entries(manifest.audience.segments)
      .filter(([, share]) => (share ?? 0) > 0)
      .map(([segment, share]) => h('li', {}, t(`segment.${segment}`), ` — ${Math.round((share ?? 0) * 100)} %`));
    const handOver = charter.escalation.map((e) =>
      h('li', { 'data-department': e.department }, h('strong', {}, departmentLabel(t, state, e.department)), ' — ', e.when[locale]),
    );
    const targets = Object.entries(charter.responseMinutes).map(([channel, minutes]) =>
      h('li', {}, t(`channel.${channel}`), ' — ', t('briefing.withinMinutes', { n: minutes })),
    );
    const start = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'data-action': 'start',
        disabled: state.loading,
        onclick: () => {
          ctx.unlockAudio();
          ctx.sound('click');
          void store.getState().start();
        },
      },
      state.loading ? t('briefing.loading') : t('briefing.start'),
    );
    fill(
      el,
      h(
        'header',
        {},
        h('p', { class: 'kicker' }, charter.brand.name, ' · ', charter.brand.sector[locale]),
        h('h1', {}, manifest.title[locale]),
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
          { 'aria-labelledby': 'b-aud' },
          h('h2', { id: 'b-aud' }, t('briefing.audience')),
          manifest.audience.description ? h('p', {}, manifest.audience.description[locale]) : null,
          h('p', {}, t('briefing.members', { n: manifest.audience.size.toLocaleString(locale) })),
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
        state.mode === 'exam' && state.exam
          ? h('p', { class: 'exam-step' }, t('exam.step', { n: state.exam.index + 1, total: state.exam.exam.scenarios.length }))
          : null,
        h(
          'section',
          { 'aria-labelledby': 'b-how' },
          h('h2', { id: 'b-how' }, exam ? t('briefing.howTitleExam') : t('briefing.howTitle')),
          h('p', {}, exam?.freeTextRequired ? t('briefing.howWritten') : t('briefing.how')),
          h('p', {}, exam ? t('briefing.scoringExam') : t('briefing.scoring')),
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        state.mode === 'exam'
          ? null
          : h('button', { type: 'button', class: 'ghost', onclick: () => store.getState().backToMenu() }, t('common.back')),
        start,
      ),
    );
  }

  update();
  return { el, update, destroy: () => el.remove(), focus: () => el.querySelector<HTMLElement>('[data-action="start"]')?.focus() };
}
