/**
 * The game's one store (zustand vanilla, made by a factory: one per game, one per test), composed of
 * slices: the scenario library, the play loop, the exam, and persistence (the only one that touches
 * storage). Scenes read it and call its actions; the rules live in the engine.
 * The running Session is an engine object: the store publishes its `clock` and `version` so
 * subscribers know when to redraw. Everything the player does is saved as it happens.
 */
import { createStore } from 'zustand/vanilla';
import type { Game, SliceContext, StoreDeps } from './types';
import { ScenarioLoader, librarySlice } from './library-slice';
import { playSlice } from './play-slice';
import { examSlice, keepDone, saveExam } from './exam-slice';
import { persistenceSlice } from './persistence-slice';
import { Saves } from './saves';
import { freeRunLock } from '../platform/run-lock';
import { screenSlice } from './screen-slice';
import { replyModelLoader } from './reply-model';

export type * from './types';

export type GameStore = ReturnType<typeof createGameStore>;

export function createGameStore(deps: StoreDeps) {
  const now = deps.now ?? (() => 0);
  const saves = new Saves(deps.storage, deps.defaultLocale);
  const loader = new ScenarioLoader();
  return createStore<Game>()((set, get) => {
    let hub: ReturnType<SliceContext['hub']> | null = null;
    const ctx: SliceContext = {
      set,
      get,
      deps,
      now,
      iso: () => new Date(now()).toISOString(),
      saves,
      loader,
      runLock: deps.runLock ?? freeRunLock(),
      replyModel: replyModelLoader(deps),
      hub: () => (hub ??= import('./hub-runtime').then((m) => m.hubRuntime(ctx, { saveExam, keepDone }))),
    };
    return { ...screenSlice(ctx), ...persistenceSlice(ctx), ...librarySlice(ctx), ...playSlice(ctx), ...examSlice(ctx) };
  });
}
