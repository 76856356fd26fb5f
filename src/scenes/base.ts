import * as Phaser from 'phaser';
import type { GameState } from '../state';
import type { View, ViewContext } from '../ui/context';

export interface SceneContext extends ViewContext {
  /** The DOM layer above the canvas where views mount. */
  overlay: HTMLElement;
  /** Settles when fonts are ready to draw. */
  ready: Promise<unknown>;
  /** Shows the scene for the store's current screen. */
  route(): void;
}

export const contextOf = (scene: Phaser.Scene): SceneContext => scene.registry.get('ctx') as SceneContext;

/**
 * A scene that shows one DOM view over the canvas and keeps both in step with the store.
 * It subscribes on create and unsubscribes on shutdown, so no listener outlives its scene.
 */
export abstract class ScreenScene<V extends View = View> extends Phaser.Scene {
  protected ctx!: SceneContext;
  protected view!: V;

  protected abstract makeView(ctx: SceneContext): V;
  /** Draws the canvas part; called on create, on store changes and on resize. */
  protected redraw(_state: GameState): void {}
  /** Which changes matter to this scene (default: any). */
  protected changed(state: GameState, previous: GameState): boolean {
    return state !== previous;
  }

  create(): void {
    this.ctx = contextOf(this);
    this.view = this.makeView(this.ctx);
    this.ctx.overlay.replaceChildren(this.view.el);
    this.view.focus?.();
    const unsubscribe = this.ctx.store.subscribe((state, previous) => {
      if (!this.changed(state, previous)) return;
      this.view.update();
      this.redraw(state);
    });
    const onResize = () => this.redraw(this.ctx.store.getState());
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.view.destroy();
    });
    this.redraw(this.ctx.store.getState());
  }

  /** The rectangle of a DOM slot in canvas coordinates (the canvas fills the window). */
  protected slotRect(slot: HTMLElement): Phaser.Geom.Rectangle {
    const r = slot.getBoundingClientRect();
    const c = this.game.canvas.getBoundingClientRect();
    const sx = this.scale.width / (c.width || 1);
    const sy = this.scale.height / (c.height || 1);
    return new Phaser.Geom.Rectangle((r.left - c.left) * sx, (r.top - c.top) * sy, r.width * sx, r.height * sy);
  }
}
