import type { GameState } from '../state';
import type * as DeskViewModule from '../ui/views/desk';
import { ScreenScene, type SceneContext, contextOf } from './base';

type DeskViews = typeof DeskViewModule;

/**
 * The desk's view is a chunk of its own (the first screen does not need it): asked for once the game
 * has booted and the page is idle, so that it is there by the time a shift starts.
 */
let views: DeskViews | null = null;
let loading: Promise<DeskViews> | null = null;
function loadViews(): Promise<DeskViews> {
  loading ??= import('../ui/views/desk').then(
    (m) => (views = m),
    (e: unknown) => {
      loading = null; // the next try asks again
      throw e;
    },
  );
  return loading;
}

/**
 * The desk: drives game time from real frames. Everything on it is DOM (src/ui/views/desk/), the
 * indicators and the spread view included: they are read, so they are text and bars, not a drawing.
 */
export class Desk extends ScreenScene<ReturnType<DeskViews['deskView']>> {
  private lastFrame: number | undefined;
  /** Game time runs only once the desk is on screen. */
  private shown = false;

  constructor() {
    super('Desk');
    const warm = () => void loadViews().catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
    else setTimeout(warm, 1000);
  }
  protected makeView(ctx: SceneContext) {
    return views!.deskView(ctx);
  }
  protected override changed(s: GameState, p: GameState) {
    return s.clock !== p.clock || s.version !== p.version || s.paused !== p.paused || s.settings !== p.settings || s.realNow !== p.realNow;
  }

  override create(): void {
    this.lastFrame = undefined;
    this.shown = false;
    const show = () => {
      this.shown = true;
      super.create();
    };
    if (views) return show();
    // The scene may have been left meanwhile (the player went back): then nothing is shown. Whether it was
    // left is told by its own shutdown, not by Phaser's status, which is not "running" at every moment of
    // a start. The run is saved as it goes, so a desk that cannot load loses nothing: the error screen says so.
    let left = false;
    this.events.once('shutdown', () => (left = true));
    loadViews().then(
      () => {
        if (!left) show();
      },
      (e: unknown) =>
        contextOf(this)
          .store.getState()
          .fail('error.unknown', `desk: ${(e as Error).message}`),
    );
  }

  override update(): void {
    if (!this.shown) return;
    // Real elapsed time, not Phaser's smoothed delta (clamped at 200 ms when frames are slow):
    // game time must follow the wall clock even on a struggling school PC.
    const now = performance.now();
    const delta = now - (this.lastFrame ?? now);
    this.lastFrame = now;
    this.ctx.store.getState().tick(delta);
  }
}
