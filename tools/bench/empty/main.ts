/**
 * The benchmark's baseline: an empty Phaser 4 game with the same renderer configuration as
 * Frontline (src/scenes/index.ts), built with the same Vite. It records the moment its first
 * frame is rendered in `window.__firstFrame` (ms since navigation start).
 */
import * as Phaser from 'phaser';

class Empty extends Phaser.Scene {
  constructor() { super('Empty'); }
  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as unknown as { __firstFrame: number }).__firstFrame = performance.now();
    });
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
