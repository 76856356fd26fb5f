import * as Phaser from 'phaser';
import { contextOf } from './base';

/**
 * Shows progress while fonts and sounds get ready, then hands over to the screen the store asks
 * for (the menu, or a deep-linked briefing).
 */
export class Preloader extends Phaser.Scene {
  constructor() { super('Preloader'); }

  create(): void {
    const { width, height } = this.scale;
    const bar = this.add.rectangle(width / 2 - 150, height / 2, 4, 6, 0x38bdf8).setOrigin(0, 0.5);
    this.add.rectangle(width / 2, height / 2, 300, 6).setStrokeStyle(1, 0x334155);
    const ctx = contextOf(this);
    const ready = ctx.ready.catch(() => undefined);
    this.tweens.add({ targets: bar, width: 300, duration: 400, ease: 'Sine.easeOut' });
    void ready.then(() => ctx.route());
  }
}
