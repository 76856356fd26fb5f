/**
 * The benchmark's baseline: an empty Phaser 4 game with the same renderer configuration as
 * Frontline (src/scenes/index.ts), built with the same Vite. It records the moment its first
 * frame is rendered in `window.__firstFrame` (ms since navigation start).
 */
import * as Phaser from 'phaser';

class Empty extends Phaser.Scene {
  constructor() {
    super('Empty');
  }
  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as unknown as { __firstFrame: number }).__firstFrame = performance.now();
    });
  }
}

// `?panels`: two static text panels over the canvas — the control that shows what the browser charges
// for any page over a canvas, whatever the game does.
if (new URLSearchParams(location.search).has('panels')) {
  for (const text of ['A static panel over the canvas.', 'Another one, with a little more text in it.']) {
    const panel = document.createElement('div');
    panel.textContent = text;
    panel.style.cssText =
      'position:relative;z-index:1;margin:1rem;height:40vh;padding:1rem;color:#e6edf7;font:16px sans-serif;background:#111a2ef5;border:1px solid #2a3a5c;border-radius:10px';
    document.body.append(panel);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: document.getElementById('game') as HTMLElement,
  backgroundColor: '#0b1220',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  audio: { noAudio: true },
  banner: false,
  scene: [Empty],
});
