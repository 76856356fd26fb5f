import type { View, ViewContext } from '../context';
import { h } from '../dom';

/** Sound, text size and display settings; every change is saved at once. */
export function settingsPanel(ctx: ViewContext): View {
  const { store, t } = ctx;
  const set = store.getState().setSettings;
  const volume = h('input', { type: 'range', id: 'set-volume', min: 0, max: 100, step: 5 });
  const muted = h('input', { type: 'checkbox', id: 'set-muted' });
  const textScale = h('select', { id: 'set-text' });
  const reduced = h('input', { type: 'checkbox', id: 'set-motion' });
  const contrast = h('input', { type: 'checkbox', id: 'set-contrast' });
  const unlock = h('input', { type: 'checkbox', id: 'set-unlock' });
  volume.addEventListener('input', () => set({ volume: Number(volume.value) / 100 }));
  muted.addEventListener('change', () => set({ muted: muted.checked }));
  textScale.addEventListener('change', () => set({ textScale: Number(textScale.value) }));
  reduced.addEventListener('change', () => set({ reducedMotion: reduced.checked }));
  contrast.addEventListener('change', () => set({ highContrast: contrast.checked }));
  unlock.addEventListener('change', () => set({ unlockAll: unlock.checked }));

  const labels = {
    title: h('h2', {}),
    volume: h('label', { for: 'set-volume' }),
    muted: h('label', { for: 'set-muted' }),
    text: h('label', { for: 'set-text' }),
    motion: h('label', { for: 'set-motion' }),
    contrast: h('label', { for: 'set-contrast' }),
    unlock: h('label', { for: 'set-unlock' }),
    /** Shown when the system already reduces motion, so an unticked box does not look like a broken one. */
    systemMotion: h('p', { class: 'field-note', id: 'set-motion-note' }),
  };
  reduced.setAttribute('aria-describedby', 'set-motion-note');
  const el = h(
    'section',
    { id: 'settings-panel', class: 'settings', 'aria-labelledby': 'settings-title' },
    labels.title,
    h('div', { class: 'field' }, labels.volume, volume),
    h('div', { class: 'field check' }, muted, labels.muted),
    h('div', { class: 'field' }, labels.text, textScale),
    h('div', { class: 'field check' }, reduced, labels.motion),
    labels.systemMotion,
    h('div', { class: 'field check' }, contrast, labels.contrast),
    h('div', { class: 'field check' }, unlock, labels.unlock),
  );
  labels.title.id = 'settings-title';

  function update(): void {
    const state = store.getState();
    const s = state.settings;
    labels.title.textContent = t('settings.title');
    labels.volume.textContent = t('settings.volume');
    labels.muted.textContent = t('settings.muted');
    labels.text.textContent = t('settings.textSize');
    labels.motion.textContent = t('settings.reducedMotion');
    labels.contrast.textContent = t('settings.highContrast');
    labels.unlock.textContent = t('settings.unlockAll');
    labels.systemMotion.hidden = !state.systemReducedMotion;
    labels.systemMotion.textContent = t('settings.systemMotion');
    volume.value = String(Math.round(s.volume * 100));
    volume.setAttribute('aria-valuetext', `${Math.round(s.volume * 100)} %`);
    muted.checked = s.muted;
    reduced.checked = s.reducedMotion;
    contrast.checked = s.highContrast;
    unlock.checked = s.unlockAll;
    textScale.replaceChildren(
      ...[1, 1.25, 1.5, 1.75, 2].map((v) => h('option', { value: v, selected: v === s.textScale }, `${Math.round(v * 100)} %`)),
    );
  }

  update();
  return { el, update, destroy: () => el.remove() };
}
