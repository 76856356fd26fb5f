import type { TFunction } from 'i18next';
import type { GameStore } from '../state';
import type { SoundCue } from '../audio/sound';

export type { SoundCue };

/** What a view may use: the store to read and dispatch, the translator, and sound cues. */
export interface ViewContext {
  store: GameStore;
  t: TFunction;
  sound: (cue: SoundCue) => void;
  /** Starts audio from a user gesture (browsers block it before). */
  unlockAudio: () => void;
}

/** A DOM view owned by a scene: created on the scene's create, destroyed on its shutdown. */
export interface View {
  el: HTMLElement;
  update(): void;
  destroy(): void;
  /** Moves keyboard focus to where the screen starts, once it is in the document. */
  focus?(): void;
}
