/**
 * Sound effects made in code with the Web Audio API: nothing to download, so they work
 * offline from the first visit. The context starts on the first user gesture, as browsers
 * require.
 */
export type Cue = 'correct' | 'wrong' | 'tick' | 'fanfare' | 'select' | 'buzz';

interface Note {
  readonly freq: number;
  readonly at: number;
  readonly dur: number;
  readonly type?: OscillatorType;
  readonly gain?: number;
}

const CUES: Record<Cue, Note[]> = {
  correct: [
    { freq: 660, at: 0, dur: 0.12 },
    { freq: 990, at: 0.1, dur: 0.22 },
  ],
  wrong: [
    { freq: 196, at: 0, dur: 0.18, type: 'sawtooth', gain: 0.5 },
    { freq: 147, at: 0.16, dur: 0.3, type: 'sawtooth', gain: 0.5 },
  ],
  tick: [{ freq: 1400, at: 0, dur: 0.04, type: 'square', gain: 0.25 }],
  select: [{ freq: 880, at: 0, dur: 0.05, gain: 0.4 }],
  // A game-show buzzer: two low square waves a little apart, so it rasps.
  buzz: [
    { freq: 110, at: 0, dur: 0.35, type: 'square', gain: 0.45 },
    { freq: 116, at: 0, dur: 0.35, type: 'square', gain: 0.45 },
  ],
  fanfare: [
    { freq: 523, at: 0, dur: 0.16 },
    { freq: 659, at: 0.15, dur: 0.16 },
    { freq: 784, at: 0.3, dur: 0.16 },
    { freq: 1047, at: 0.45, dur: 0.5 },
    { freq: 784, at: 0.45, dur: 0.5, gain: 0.5 },
  ],
};

export class Sfx {
  private ctx: AudioContext | null = null;
  volume = 0.7;
  muted = false;

  /** Plays a cue; silently does nothing where audio is unavailable. */
  play(cue: Cue): void {
    if (this.muted || this.volume <= 0) return;
    const ctx = this.context();
    if (!ctx) return;
    const t0 = ctx.currentTime + 0.01;
    for (const n of CUES[cue]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = n.type ?? 'triangle';
      osc.frequency.value = n.freq;
      const peak = 0.25 * this.volume * (n.gain ?? 1);
      // A short attack and exponential release: no clicks at the edges.
      gain.gain.setValueAtTime(0.0001, t0 + n.at);
      gain.gain.exponentialRampToValueAtTime(peak, t0 + n.at + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + n.at + n.dur);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0 + n.at);
      osc.stop(t0 + n.at + n.dur + 0.02);
    }
  }

  /**
   * Starts the audio context now, silently, so the first cue (a question's first answer)
   * does not wait the tenth of a second a new context can take. Called on a first press.
   */
  warm(): void {
    if (!this.muted && this.volume > 0) this.context();
  }

  private context(): AudioContext | null {
    if (this.ctx) {
      if (this.ctx.state === 'suspended') void this.ctx.resume();
      return this.ctx;
    }
    const Ctor = globalThis.AudioContext;
    if (!Ctor) return null;
    try {
      this.ctx = new Ctor();
    } catch {
      return null;
    }
    return this.ctx;
  }
}

export const cueNames = Object.keys(CUES) as Cue[];
