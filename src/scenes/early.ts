import type { Screen } from '../state';
import type { View, ViewContext } from '../ui/context';
import { briefingView } from '../ui/views/briefing';
import { errorView } from '../ui/views/error';
import { examEndView, examIntroView } from '../ui/views/exam';
import { menuView } from '../ui/views/menu';
import type { SceneContext } from './base';

/** The screens that are DOM alone: they need nothing from the engine to be read and used. */
export const DOM_VIEWS = {
  menu: menuView,
  briefing: briefingView,
  error: errorView,
  exam: examIntroView,
  'exam-end': examEndView,
} as const satisfies Partial<Record<Screen, (ctx: ViewContext) => View>>;

type EarlyContext = ViewContext & Pick<SceneContext, 'overlay' | 'onTextsChanged'>;

/**
 * Puts the store's screen up before the engine is ready, when it is DOM alone: Phaser takes a few hundred
 * milliseconds to boot (seconds on a school PC drawing WebGL in software), and the menu or a briefing can
 * be read and used meanwhile. The views follow the store until the first scene takes over; `adopt` hands
 * that scene the view on screen (null when there is none) and stops following.
 */
export function showEarly(ctx: EarlyContext): { adopt(): View | null } {
  let current: View | null = null;
  const show = (screen: Screen) => {
    current?.destroy();
    const make = (DOM_VIEWS as Partial<Record<Screen, (ctx: ViewContext) => View>>)[screen];
    current = make ? make(ctx) : null;
    ctx.overlay.replaceChildren(...(current ? [current.el] : []));
    current?.focus?.();
  };
  show(ctx.store.getState().screen);
  const unsubscribe = ctx.store.subscribe((s, p) => {
    if (s.screen !== p.screen) show(s.screen);
    else current?.update();
  });
  const offTexts = ctx.onTextsChanged(() => current?.update());
  let adopted = false;
  return {
    adopt() {
      if (adopted) return null;
      adopted = true;
      unsubscribe();
      offTexts();
      // Handed over once, then forgotten: the scene owns it, and destroys it when it shuts down.
      const view = current;
      current = null;
      return view;
    },
  };
}
