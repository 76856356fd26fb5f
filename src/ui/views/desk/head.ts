/**
 * The desk's header: the brand's slot (its mark and name), the scenario, the clock (which shows the
 * pressure of the replies coming due), the exam's timer, the tools, the pause state and the save warning.
 */
import {
  type Brand,
  classModel,
  deskModel,
  deskPressure,
  examTimeLeft,
  feed,
  hubLineModel,
  scenarioBrand,
  scenarioManifest,
} from '../../../state';
import { brandLogo, wearBrand } from '../../brand';
import type { ViewContext } from '../../context';
import { clockText, h, setText } from '../../dom';
import { downloadText } from '../../../platform/download';

export function deskHead(ctx: ViewContext) {
  const { store, t } = ctx;
  const training = store.getState().mode === 'training';
  // On a hub, game time follows the hub's clock: no skipping ahead (src/state/play-slice.ts refuses it too).
  const onHub = !!store.getState().exam?.hub;
  // The brand's logo (src/ui/brand.ts) in `[data-brand-mark]`, its colours on the whole desk.
  const brandMark = h('span', { class: 'brand-mark', 'data-brand-mark': '', 'aria-hidden': 'true' });
  let worn: Brand | null = null;
  const brandName = h('span', { class: 'brand-name' });
  const scenario = h('span', { class: 'scenario-name' });
  const clockTime = h('span', { class: 'clock-time' });
  const clockNote = h('span', { class: 'clock-note' });
  const clock = h('p', { class: 'clock', 'data-clock': '', 'aria-live': 'off', 'data-pressure': 'calm' }, clockTime, clockNote);
  const timer = h('p', { class: 'exam-timer', 'data-exam-timer': '', role: 'timer' });
  // Each button shows its key, as consoles do; screen readers hear it through aria-keyshortcuts.
  const key = (letter: string) => h('kbd', { 'aria-hidden': 'true' }, letter);
  const pauseLabel = h('span', {});
  const pause = h(
    'button',
    {
      type: 'button',
      class: 'ghost',
      'data-action': 'pause',
      'aria-keyshortcuts': 'P',
      onclick: () => store.getState().setPaused(!store.getState().paused),
    },
    pauseLabel,
    key('P'),
  );
  const skipLabel = h('span', {});
  const skip = h(
    'button',
    { type: 'button', class: 'ghost', 'data-action': 'skip', 'aria-keyshortcuts': 'S', onclick: () => store.getState().skipAhead() },
    skipLabel,
    key('S'),
  );
  const shortcuts = h('p', { class: 'shortcuts', id: 'desk-shortcuts' });
  const pausedText = h('span', {});
  // Shown while the clock is stopped, with a frame round the console; it covers nothing (the player may read and answer meanwhile).
  const paused = h(
    'div',
    { class: 'pause-banner', role: 'status', 'data-paused': '', hidden: true },
    h('span', { class: 'pause-mark', 'aria-hidden': 'true' }),
    pausedText,
  );
  // Shown while the browser refuses to save: the decisions live only in this tab until it saves again.
  const saveText = h('span', {});
  const saveDownload = h('button', {
    type: 'button',
    'data-action': 'download-run',
    onclick: () => {
      const run = store.getState().runToDownload();
      if (run) downloadText(run.name, run.text);
    },
  });
  const saveWarning = h(
    'div',
    { class: 'save-warning', role: 'alert', 'data-save-failing': '', hidden: true },
    saveText,
    ' ',
    saveDownload,
  );
  // An exam on a hub, through a network cut: calm words, not an alarm (the answers are kept and sent later).
  const hubText = h('span', {});
  const hubLine = h('p', { class: 'hub-offline', role: 'status', 'data-hub-offline': '', hidden: true }, hubText);
  const el = h(
    'header',
    { class: 'desk-head' },
    h(
      'div',
      { class: 'desk-bar' },
      h(
        'p',
        { class: 'brand', 'data-brand-slot': '' },
        brandMark,
        brandName,
        h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'),
        scenario,
      ),
      clock,
      timer,
      // An exam has no pause: its button is not even there.
      h('div', { class: 'desk-tools' }, shortcuts, onHub ? null : skip, training ? pause : null),
      paused,
    ),
    saveWarning,
    hubLine,
  );

  let drawn = false;
  function update(): void {
    const state = store.getState();
    const desk = deskModel(state);
    if (!desk) return;
    const lc = state.settings.locale;
    const brand = scenarioBrand(state);
    if (brand !== worn) {
      worn = brand;
      brandMark.replaceChildren(...(brand ? [brandLogo(brand)] : []));
      wearBrand(el.closest<HTMLElement>('[data-screen="desk"]') ?? el, brand);
    }
    setText(brandName, brand?.name ?? '');
    setText(scenario, scenarioManifest(state)?.title[lc] ?? '');
    setText(clockTime, `${t('desk.clock')} ${clockText(desk.startsAt, state.clock)}`);
    const pressure = deskPressure(state, feed(state));
    if (clock.dataset.pressure !== pressure) {
      // A reply falling past the charter's target is heard once, as the clock turns red (not on opening a desk already late).
      if (pressure === 'late' && drawn) ctx.sound('alert');
      clock.dataset.pressure = pressure;
    }
    drawn = true;
    setText(clockNote, pressure === 'calm' ? '' : t(`console.pressure.${pressure}`));
    setText(pauseLabel, state.paused ? t('desk.resume') : t('desk.pause'));
    if (pause.getAttribute('aria-pressed') !== String(state.paused)) pause.setAttribute('aria-pressed', String(state.paused));
    // A class's pause is the teacher's: the student is told who stopped the clock.
    const inClass = classModel(state);
    const showPaused = state.paused && (training || inClass !== null);
    if (paused.hidden !== !showPaused) paused.hidden = !showPaused;
    if (showPaused) {
      setText(pausedText, inClass ? t('join.paused') : t('console.paused'));
    }
    const left = examTimeLeft(state);
    if (timer.hidden !== !left) timer.hidden = !left;
    if (left) {
      const mmss = (ms: number) =>
        `${Math.floor(Math.max(0, ms) / 60_000)}:${String(Math.floor((Math.max(0, ms) % 60_000) / 1000)).padStart(2, '0')}`;
      setText(timer, t('exam.timeLeft', { scenario: mmss(left.scenario), total: mmss(left.total) }));
      timer.classList.toggle('urgent', left.scenario < 60_000);
    }
    if (saveWarning.hidden !== !state.saveFailing) saveWarning.hidden = !state.saveFailing;
    if (state.saveFailing) {
      setText(saveText, t('desk.saveFailing'));
      setText(saveDownload, t('desk.downloadRun'));
    }
    const line = hubLineModel(state);
    if (hubLine.hidden !== !line) hubLine.hidden = !line;
    if (line) setText(hubText, `${t('exam.hub.offline')} ${line.pending > 0 ? t('exam.hub.pending', { count: line.pending }) : ''}`.trim());
    setText(skipLabel, t('desk.skip'));
    // The buttons show their own keys; the hint names the one key without a button.
    setText(shortcuts, t('desk.shortcuts'));
    if (skip.disabled !== !desk.idle) skip.disabled = !desk.idle;
  }

  return { el, update };
}
