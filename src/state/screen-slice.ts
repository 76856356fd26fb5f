/** What is on screen: the screen itself, an error, a notice to tell once, and the system's motion preference. */
import type { Game, SliceContext } from './types';

type ScreenSlice = Pick<Game, 'screen' | 'error' | 'notice' | 'systemReducedMotion' | 'fail' | 'dismissNotice' | 'followSystemMotion'>;

export function screenSlice({ set, get, saves }: SliceContext): ScreenSlice {
  return {
    screen: 'menu',
    error: null,
    notice: saves.setAside.length > 0 ? { code: 'notice.saveSetAside', detail: saves.setAside.join('; ') } : null,
    systemReducedMotion: false,

    fail(code, detail, advice) {
      set({ screen: 'error', error: { code, detail, ...(advice ? { advice } : {}) }, session: null, loading: false });
    },

    dismissNotice() {
      set({ notice: null });
    },

    followSystemMotion(reduced) {
      if (get().systemReducedMotion !== reduced) set({ systemReducedMotion: reduced });
    },
  };
}
