/**
 * A story that breaks mid-run (a loop the runner stops, a broken knot) ends on the error screen
 * instead of freezing the desk; the run's save is kept, and set aside with a notice on reload.
 */
import type { SliceContext } from './types';

export const storyGuard =
  ({ get, runLock }: SliceContext) =>
  <A extends unknown[], R>(act: (...args: A) => R, otherwise: R) =>
  (...args: A): R => {
    try {
      return act(...args);
    } catch (e) {
      runLock.release();
      get().fail('error.story', `${get().session?.manifest.id ?? ''}: ${(e as Error).message}`);
      return otherwise;
    }
  };
