/**
 * Sound cues through howler (Phaser's own audio is off). Nothing plays before a user gesture:
 * `unlock` is called from the first click, and cues before it are dropped, not queued.
 */
import { Howl, Howler } from 'howler';
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
  let volume = 0.7;
  let muted = false;
  return {
    unlock() {
      if (howls) return;
      howls = new Map(CUES.map((cue) => [cue, new Howl({ src: [`${baseUrl}audio/${cue}.wav`], preload: true })]));
      Howler.volume(volume);
      Howler.mute(muted);
    },
    play(cue) {
      if (!howls || muted) return;
      howls.get(cue)?.play();
    },
    setVolume(v, m) {
      volume = v;
      muted = m;
      if (howls) { Howler.volume(v); Howler.mute(m); }
    },
  };
}
