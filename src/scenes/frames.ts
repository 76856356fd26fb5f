import * as Phaser from 'phaser';

/**
 * Phaser draws every frame; Frontline's canvas changes a few times a second. Drawing only when a scene
 * asks (or a tween runs) spares the browser a canvas upload per frame — on a school PC without a usable
 * GPU, a copy of the whole canvas to the CPU. Scenes still update every frame: the desk's clock runs on.
 *
 * Returns the function scenes call after changing what the canvas shows; it is drawn on the next frame.
 */
export function drawWhenAsked(game: Phaser.Game): () => void {
  let wanted = true;
  const step = game.step.bind(game);
  const tweening = () => game.scene.getScenes(true).some((s) => s.tweens.getTweens().length > 0);
  game.step = (time: number, delta: number) => {
    if (wanted || tweening()) {
      wanted = false;
      step(time, delta);
      return;
    }
    if (game.isPaused) return;
    // Phaser's step without its render part.
    game.events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    game.events.emit(Phaser.Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    game.events.emit(Phaser.Core.Events.POST_STEP, time, delta);
  };
  return () => {
    wanted = true;
  };
}
