import { LOCALES } from '../../core/types';
import { PASS_MARK, careerStatus, scenarioList } from '../../state';
import { downloadText, reportFileName } from '../../platform/download';
import type { View, ViewContext } from '../context';
import { brandLogo, brandMark, wearBrand } from '../brand';
import { fill, h } from '../dom';
import { settingsPanel } from './settings';
import { joinClassPanel } from './join-class';

export function menuView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const list = h('ul', { class: 'levels', role: 'list' });
  const reports = h('section', { class: 'menu-reports', 'aria-labelledby': 'reports-title' });

  /** The learner's last reports, to download again for a teacher. */
  function renderReports(): void {
    const saved = store.getState().savedReports();
    const locale = store.getState().settings.locale;
    reports.hidden = saved.length === 0;
    fill(
      reports,
      h('h2', { id: 'reports-title' }, t('menu.reports')),
      h(
        'ul',
        { role: 'list' },
        saved.map((r) =>
          h(
            'li',
            {},
            `${r.scenario.title} — ${new Date(r.finishedAt).toLocaleString(locale)} — ${r.scores.overall}/100 `,
            h(
              'button',
              {
                type: 'button',
                class: 'ghost',
                'aria-label': t('menu.downloadReportAria', { title: r.scenario.title }),
                onclick: () => downloadText(reportFileName(r.scenario.id, r.finishedAt), JSON.stringify(r, null, 2)),
              },
              t('menu.downloadReport'),
            ),
          ),
        ),
      ),
    );
  }
  const langs = h('div', { class: 'lang-switch', role: 'group', 'aria-labelledby': 'lang-label' });
  const notice = h('div', { class: 'notice', role: 'status' });
  const settings = settingsPanel(ctx);
  const customInput = h('input', { type: 'file', id: 'custom-file', accept: '.ink,.json', multiple: true, class: 'sr-only' });
  const customLabel = h('label', { for: 'custom-file', class: 'button-like' });
  const customProblems = h('div', { class: 'custom-problems', role: 'alert' });
  /** A teacher's own scenario: problems are listed with file and line, the game carries on. */
  const loadCustom = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    fill(customProblems, h('p', {}, t('custom.loading')));
    const texts = await Promise.all(
      files.map(async (f) => ({ name: f.name, text: f.size > 2_000_000 ? 'x'.repeat(2_000_001) : await f.text() })),
    );
    const problems = await store.getState().loadCustom(texts);
    fill(
      customProblems,
      problems.length === 0
        ? null
        : [
            h('p', {}, h('strong', {}, t('custom.problems', { count: problems.length }))),
            h(
              'ul',
              {},
              problems.slice(0, 50).map((p) => h('li', {}, h('code', {}, p))),
            ),
          ],
    );
  };
  customInput.addEventListener('change', () => {
    void loadCustom(customInput.files);
    customInput.value = '';
  });
  const examInput = h('input', { type: 'file', id: 'exam-file', accept: '.json,application/json', class: 'sr-only' });
  const examLabel = h('label', { for: 'exam-file', class: 'button-like' });
  examInput.addEventListener('change', async () => {
    const file = examInput.files?.[0];
    if (!file) return;
    const refused =
      file.size > 1_000_000
        ? { advice: 'too-large', details: [`${file.name}: ${file.size} bytes, too large for an exam file`] }
        : store.getState().loadExam(await file.text(), file.name);
    if (refused) store.getState().fail('error.exam', refused.details.join('\n'), `examAdvice.${refused.advice}`);
  });
  const settingsToggle = h('button', {
    type: 'button',
    class: 'ghost',
    'aria-expanded': 'false',
    'aria-controls': 'settings-panel',
    onclick: () => {
      const open = settings.el.hidden;
      settings.el.hidden = !open;
      settingsToggle.setAttribute('aria-expanded', String(open));
      ctx.sound('click');
    },
  });
  settings.el.hidden = true;
  const title = h('h1', { class: 'logo' });
  const tagline = h('p', { class: 'tagline' });
  const listTitle = h('h2', {});
  /** The guided tutorial, first thing a new player sees (above the fold at 1366×768). */
  const startHere = h('section', { class: 'start-here', 'aria-labelledby': 'start-here-title', 'data-start-here': '' });
  const langLabel = h('span', { id: 'lang-label', class: 'label' });
  const joinClass = joinClassPanel(ctx);

  const el = h(
    'main',
    { class: 'screen menu', 'data-screen': 'menu' },
    h('header', { class: 'menu-head' }, title, tagline),
    notice,
    joinClass?.el ?? null,
    startHere,
    h('div', { class: 'menu-tools' }, langLabel, langs, settingsToggle, examInput, examLabel, customInput, customLabel),
    customProblems,
    settings.el,
    h('section', { class: 'menu-scenarios', 'aria-labelledby': 'scenarios-title' }, listTitle, list),
    reports,
  );
  listTitle.id = 'scenarios-title';

  el.addEventListener('dragover', (e) => {
    e.preventDefault();
    el.classList.add('dropping');
  });
  el.addEventListener('dragleave', () => el.classList.remove('dropping'));
  el.addEventListener('drop', (e) => {
    e.preventDefault();
    el.classList.remove('dropping');
    void loadCustom(e.dataTransfer?.files);
  });

  function update(): void {
    const state = store.getState();
    const locale = state.settings.locale;
    title.textContent = t('app.title');
    tagline.textContent = t('app.tagline');
    listTitle.textContent = t('menu.scenarios');
    langLabel.textContent = t('menu.language');
    settingsToggle.textContent = t('menu.settings');
    examLabel.textContent = t('exam.fromFile');
    customLabel.textContent = t('custom.load');
    joinClass?.update();
    fill(
      langs,
      LOCALES.map((l) =>
        h(
          'button',
          {
            type: 'button',
            lang: l,
            'aria-pressed': String(l === locale),
            'data-lang': l,
            onclick: () => {
              store.getState().setSettings({ locale: l });
              ctx.sound('click');
            },
          },
          t(`lang.${l}`),
        ),
      ),
    );
    if (state.notice) {
      notice.hidden = false;
      fill(
        notice,
        t(state.notice.code),
        state.notice.detail ? h('small', {}, ` (${state.notice.detail})`) : null,
        h('button', { type: 'button', class: 'ghost', onclick: () => store.getState().dismissNotice() }, t('menu.dismiss')),
      );
    } else {
      notice.hidden = true;
    }
    const career = careerStatus(
      state.scenarios.map((e) => e.manifest),
      state.progress,
      state.settings.unlockAll,
    );
    const entries = scenarioList(state);
    const tutorial = entries.find((e) => !e.custom && e.manifest.tutorial);
    const tutorialOpen = !!tutorial && !!career.find((c) => c.level === tutorial.manifest.level)?.open;
    startHere.hidden = !tutorial || !tutorialOpen;
    if (tutorial && tutorialOpen) {
      const m = tutorial.manifest;
      wearBrand(startHere, m.brand ?? null);
      fill(
        startHere,
        m.brand ? brandLogo(m.brand) : null,
        h(
          'div',
          { class: 'start-here-text' },
          h('h2', { id: 'start-here-title' }, h('span', { class: 'start-here-kicker' }, t('menu.startHere')), ' ', m.title[locale]),
          h('p', {}, t('menu.startHereText'), ' ', h('span', { class: 'meta' }, t('menu.minutes', { n: m.minutes }))),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            // Its visible words are its name (a screen reader hears the same); the title describes it.
            'aria-describedby': 'start-here-title',
            onclick: () => {
              ctx.unlockAudio();
              ctx.sound('click');
              store.getState().openBriefing(m.id);
            },
          },
          t('menu.startHereButton'),
        ),
      );
    }
    const custom = entries.filter((e) => e.custom);
    const customGroup =
      custom.length === 0
        ? []
        : [
            h(
              'li',
              { class: 'level level-custom', 'data-level': 'custom' },
              h('h3', { class: 'level-title' }, t('custom.group')),
              h(
                'ul',
                { class: 'scenario-list', role: 'list' },
                custom.map(({ manifest }) =>
                  h(
                    'li',
                    { class: 'scenario-card', 'data-scenario': manifest.id },
                    h('h4', {}, manifest.title[locale]),
                    h('p', { class: 'card-summary' }, manifest.summary[locale]),
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'primary',
                        'aria-label': t('menu.playAria', { title: manifest.title[locale] }),
                        onclick: () => {
                          ctx.unlockAudio();
                          store.getState().openBriefing(manifest.id);
                        },
                      },
                      t('menu.play'),
                    ),
                  ),
                ),
              ),
            ),
          ];
    fill(
      list,
      customGroup,
      career
        .filter((c) => c.total > 0)
        .map((c) =>
          h(
            'li',
            { class: `level level-${c.level}`, 'data-level': c.level },
            h(
              'h3',
              { class: 'level-title' },
              t(`level.${c.level}`),
              ' ',
              h('span', { class: 'level-progress' }, t('menu.levelProgress', { count: c.passed, total: c.total, mark: PASS_MARK })),
            ),
            c.open
              ? null
              : h('p', { class: 'locked-note' }, h('span', { 'aria-hidden': 'true' }, '🔒 '), t('menu.locked', { count: c.missing })),
            h(
              'ul',
              { class: 'scenario-list', role: 'list' },
              entries
                .filter((e) => !e.custom && e.manifest.level === c.level)
                .map(({ manifest }) => {
                  const best = state.progress[manifest.id];
                  const passed = (best?.best ?? 0) >= PASS_MARK;
                  return h(
                    'li',
                    { class: `scenario-card${c.open ? '' : ' locked'}`, 'data-scenario': manifest.id, 'data-locked': !c.open },
                    manifest.brand ? brandMark(manifest.brand, 'small') : null,
                    h('h4', {}, manifest.title[locale]),
                    c.open
                      ? null
                      : h('p', { class: 'badge badge-locked' }, h('span', { 'aria-hidden': 'true' }, '🔒 '), t('menu.lockedBadge')),
                    h(
                      'p',
                      { class: 'meta' },
                      t('menu.difficulty', { n: manifest.difficulty }),
                      ' · ',
                      t('menu.minutes', { n: manifest.minutes }),
                    ),
                    h('p', { class: 'card-summary' }, manifest.summary[locale]),
                    best
                      ? h(
                          'p',
                          { class: passed ? 'best passed' : 'best' },
                          passed ? '✓ ' : '',
                          t('menu.best', { score: best.best, count: best.plays }),
                        )
                      : null,
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'primary',
                        disabled: !c.open,
                        'aria-label': c.open
                          ? t('menu.playAria', { title: manifest.title[locale] })
                          : t('menu.lockedAria', { title: manifest.title[locale] }),
                        onclick: () => {
                          ctx.unlockAudio();
                          ctx.sound('click');
                          store.getState().openBriefing(manifest.id);
                        },
                      },
                      c.open ? (best ? t('menu.replay') : t('menu.play')) : t('menu.lockedButton'),
                    ),
                  );
                }),
            ),
          ),
        ),
    );
    renderReports();
    settings.update();
  }

  update();
  return {
    el,
    update,
    destroy: () => {
      settings.destroy();
      el.remove();
    },
  };
}
