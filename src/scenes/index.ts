import * as Phaser from 'phaser';
import type { Screen } from '../state';
import { Debrief } from './debrief';
import { showEarly } from './early';
import { drawWhenAsked } from './frames';
import { Desk } from './desk';
import { Preloader } from './preloader';
import { Briefing, ErrorScreen, ExamEnd, ExamIntro, Menu } from './screens';
import type { SceneContext } from './base';

export type { SceneContext };

const SCENE_FOR: Record<Screen, string> = {
  menu: 'Menu',
  briefing: 'Briefing',
  desk: 'Desk',
  debrief: 'Debrief',
  error: 'ErrorScreen',
  exam: 'ExamIntro',
  'exam-end': 'ExamEnd',
};

/**
 * Preloader → screens (no Boot scene: nothing needs loading before the preloader draws). One factory, one game per page.
 * A DOM-alone first screen goes up at once (showEarly); the engine boots once the browser has painted it, as
 * creating the WebGL context holds the page for a few hundred milliseconds on a PC drawing in software.
 */
export function StartGame(parent: HTMLElement, ctx: Omit<SceneContext, 'route' | 'backdrop' | 'requestFrame' | 'adopt'>): void {
  const early = showEarly(ctx);
  requestAnimationFrame(() => setTimeout(() => boot(parent, { ...ctx, adopt: early.adopt })));
}

function boot(parent: HTMLElement, ctx: Omit<SceneContext, 'route' | 'backdrop' | 'requestFrame'>): void {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#0b1220',
    // Each screen sizes the canvas to the part of the page it draws on (see ScreenScene).
    scale: { mode: Phaser.Scale.NONE, width: window.innerWidth, height: window.innerHeight },
    audio: { noAudio: true },
    banner: false,
    scene: [Preloader, Menu, Briefing, Desk, Debrief, ErrorScreen, ExamIntro, ExamEnd],
  });
  let routed = false;
  const route = () => {
    const first = !routed;
    routed = true;
    const key = SCENE_FOR[ctx.store.getState().screen];
    const current = game.scene.getScenes(true).find((s) => s.scene.key !== key);
    if (game.scene.isActive(key)) return;
    // The first screen, from the preloader: at once rather than on the next frame (the scene manager is
    // idle between frames, and no store change is being handed out). Later changes wait for the next frame.
    if (!current) game.scene.start(key);
    else if (first && !game.scene.isProcessing) {
      game.scene.stop(current.scene.key);
      game.scene.start(key);
    } else current.scene.start(key);
  };
  game.registry.set('ctx', { ...ctx, route, backdrop: parent, requestFrame: drawWhenAsked(game) });
  ctx.store.subscribe((s, p) => {
    if (routed && s.screen !== p.screen) route();
  });
}
