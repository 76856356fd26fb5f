import * as Phaser from 'phaser';
import { contextOf } from './base';

/**
 * Shows progress while fonts get ready, then hands over to the screen the store asks for (the menu, a
 * deep-linked briefing, a run to resume). A screen already up (see showEarly) needs no progress bar.
 */
export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    const ctx = contextOf(this);
    if (ctx.overlay.childElementCount === 0) {
      const { width, height } = this.scale;
      const bar = this.add.rectangle(width / 2 - 150, height / 2, 4, 6, 0x38bdf8).setOrigin(0, 0.5);
      this.add.rectangle(width / 2, height / 2, 300, 6).setStrokeStyle(1, 0x334155);
      this.tweens.add({ targets: bar, width: 300, duration: 400, ease: 'Sine.easeOut' });
    }
    const ready = ctx.ready.catch(() => undefined);
    void ready.then(() => ctx.route());
  }
}
