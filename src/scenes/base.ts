import * as Phaser from 'phaser';
import type { GameState } from '../state';
import type { View, ViewContext } from '../ui/context';

export interface SceneContext extends ViewContext {
  /** The DOM layer above the canvas where views mount. */
  overlay: HTMLElement;
  /** The whole-window layer behind the overlay (the canvas's home when a screen draws behind everything). */
  backdrop: HTMLElement;
  /** Settles when fonts are ready to draw. */
  ready: Promise<unknown>;
  /** Calls the listener when the texts change while the store does not (a language that arrived late); returns the unsubscribe. */
  onTextsChanged(listener: () => void): () => void;
  /** Shows the scene for the store's current screen. */
  route(): void;
  /** Asks for the canvas to be drawn on the next frame (it is drawn only when something changed). */
  requestFrame(): void;
  /** The view put up before the engine was ready, for the first scene to take over (null after, or if none). */
  adopt(): View | null;
}

export const contextOf = (scene: Phaser.Scene): SceneContext => scene.registry.get('ctx') as SceneContext;

/**
 * A scene that shows one DOM view over the canvas and keeps both in step with the store.
 * It subscribes on create and unsubscribes on shutdown, so no listener outlives its scene.
 *
 * The canvas lives in the element the screen draws on — a slot of its view, or the backdrop — and
 * takes its size, so it scrolls with the page and the browser composites no more canvas than is seen.
 * The view lives in create's scope only: a Phaser scene object outlives its shutdown, and a view kept on
 * it would keep what its handlers close over (a past session) until the scene runs again.
 */
export abstract class ScreenScene<V extends View = View> extends Phaser.Scene {
  protected ctx!: SceneContext;

  protected abstract makeView(ctx: SceneContext): V;
  /** Where this screen draws, given its view; null hides the canvas. */
  protected canvasSlot(_view: V): HTMLElement | null {
    return null;
  }
  /** Draws the canvas part; called on create, on store changes and when the canvas is resized. */
  protected redraw(_state: GameState): void {}
  /** Which changes matter to this scene (default: any). */
  protected changed(state: GameState, previous: GameState): boolean {
    return state !== previous;
  }

  create(): void {
    this.ctx = contextOf(this);
    // Only DOM-alone screens go up early, and their views are plain Views.
    const early = this.ctx.adopt() as V | null;
    const view = early ?? this.makeView(this.ctx);
    if (!early) {
      this.ctx.overlay.replaceChildren(view.el);
      view.focus?.();
    }
    const unsubscribe = this.ctx.store.subscribe((state, previous) => {
      if (!this.changed(state, previous)) return;
      view.update();
      this.redraw(state);
    });
    const offTexts = this.ctx.onTextsChanged(() => {
      view.update();
      this.redraw(this.ctx.store.getState());
    });
    const canvas = this.game.canvas;
    const slot = this.canvasSlot(view);
    canvas.hidden = !slot;
    const fit = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && box.width > 0 && box.height > 0) this.scale.resize(Math.round(box.width), Math.round(box.height));
    });
    if (slot) {
      slot.append(canvas);
      fit.observe(slot);
    }
    const resized = () => {
      this.ctx.requestFrame();
      this.redraw(this.ctx.store.getState());
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, resized);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      offTexts();
      fit.disconnect();
      this.scale.off(Phaser.Scale.Events.RESIZE, resized);
      // Back home before the view (and the slot holding the canvas) goes.
      this.ctx.backdrop.append(canvas);
      view.destroy();
    });
    this.redraw(this.ctx.store.getState());
  }

  /** The area to draw in: the whole canvas, which has the slot's size. */
  protected area(): Phaser.Geom.Rectangle {
    return new Phaser.Geom.Rectangle(0, 0, this.scale.width, this.scale.height);
  }
}
