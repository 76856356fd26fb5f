import * as Phaser from 'phaser';

/** First scene: nothing to load before the preloader can draw. */
export class Boot extends Phaser.Scene {
  constructor() { super('Boot'); }
  create(): void { this.scene.start('Preloader'); }
}
