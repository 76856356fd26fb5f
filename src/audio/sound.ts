/**
 * Sound cues through howler (Phaser's own audio is off). Nothing plays before a user gesture:
 * `unlock` is called from the first click, and cues before it are dropped, not queued. Howler
 * itself loads then (its own chunk): the first screen does not wait for it.
 */
import type { Howl, HowlerGlobal } from 'howler';
/** The moments the game marks with a sound. */
export type SoundCue = 'post' | 'send' | 'alert' | 'click' | 'end';

const CUES: SoundCue[] = ['post', 'send', 'alert', 'click', 'end'];

export interface SoundBoard {
  unlock(): void;
  play(cue: SoundCue): void;
  setVolume(volume: number, muted: boolean): void;
}

export function createSoundBoard(baseUrl: string): SoundBoard {
  let howls: Map<SoundCue, Howl> | null = null;
  let howler: HowlerGlobal | null = null;
  /** Cues asked for between the unlock and howler's arrival: played once it is here, as a Howl still loading would. */
  let waiting: Set<SoundCue> | null = null;
  let volume = 0.7;
  let muted = false;
  return {
    unlock() {
      if (waiting || howls) return;
      waiting = new Set();
      void import('howler').then(
        (lib) => {
          howler = lib.Howler;
          howls = new Map(CUES.map((cue) => [cue, new lib.Howl({ src: [`${baseUrl}audio/${cue}.wav`], preload: true })]));
          lib.Howler.volume(volume);
          lib.Howler.mute(muted);
          if (!muted) waiting?.forEach((cue) => howls?.get(cue)?.play());
          waiting = null;
        },
        () => {
          waiting = null;
        },
      );
    },
    play(cue) {
      if (muted) return;
      if (howls) howls.get(cue)?.play();
      else waiting?.add(cue);
    },
    setVolume(v, m) {
      volume = v;
      muted = m;
      if (howler) {
        howler.volume(v);
        howler.mute(m);
      }
    },
  };
}
