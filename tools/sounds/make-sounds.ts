/**
 * Generates the game's sound cues as small WAV files (public/audio/). Written here from code,
 * so they are ours: CC0. Run `npm run sounds` after changing a recipe; the output is committed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const RATE = 22050;

type Note = { freq: number; start: number; dur: number; gain?: number; sweepTo?: number; wave?: 'sine' | 'triangle' };

function render(notes: Note[], length: number): Float32Array {
  const out = new Float32Array(Math.ceil(length * RATE));
  for (const n of notes) {
    let phase = 0;
    const first = Math.floor(n.start * RATE);
    const count = Math.floor(n.dur * RATE);
    for (let i = 0; i < count && first + i < out.length; i++) {
      const t = i / count;
      const freq = n.sweepTo ? n.freq + (n.sweepTo - n.freq) * t : n.freq;
      phase += (2 * Math.PI * freq) / RATE;
      const wave = n.wave === 'triangle' ? (2 / Math.PI) * Math.asin(Math.sin(phase)) : Math.sin(phase);
      // Short attack, exponential decay: no clicks at either end.
      const env = Math.min(1, i / (0.005 * RATE)) * Math.exp(-4 * t) * (1 - t);
      out[first + i]! += wave * env * (n.gain ?? 0.5);
    }
  }
  return out;
}

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const head = Buffer.alloc(44);
  head.write('RIFF', 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVE', 8);
  head.write('fmt ', 12);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(RATE, 24);
  head.writeUInt32LE(RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

export const CUES: Record<string, { notes: Note[]; length: number }> = {
  post: {
    notes: [
      { freq: 880, start: 0, dur: 0.18, gain: 0.35 },
      { freq: 1320, start: 0.09, dur: 0.25, gain: 0.3 },
    ],
    length: 0.36,
  },
  send: { notes: [{ freq: 420, start: 0, dur: 0.16, sweepTo: 980, gain: 0.35, wave: 'triangle' }], length: 0.18 },
  alert: {
    notes: [
      { freq: 330, start: 0, dur: 0.14, gain: 0.45, wave: 'triangle' },
      { freq: 330, start: 0.2, dur: 0.14, gain: 0.45, wave: 'triangle' },
    ],
    length: 0.36,
  },
  click: { notes: [{ freq: 1500, start: 0, dur: 0.035, gain: 0.25 }], length: 0.04 },
  end: { notes: [523.25, 659.25, 783.99, 1046.5].map((freq, i) => ({ freq, start: i * 0.11, dur: 0.4, gain: 0.3 })), length: 0.8 },
};

const dir = join(process.cwd(), 'public', 'audio');
mkdirSync(dir, { recursive: true });
for (const [name, cue] of Object.entries(CUES)) {
  writeFileSync(join(dir, `${name}.wav`), wav(render(cue.notes, cue.length)));
}
console.log(`wrote ${Object.keys(CUES).length} cues to ${dir}`);
