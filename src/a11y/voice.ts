/**
 * Reading aloud, for the projector: each question and its options in the browser's own
 * speech synthesis, and the answer at the reveal. The captions (the question on screen)
 * stay as they are. Where the browser has no speech synthesis or no voice, `available()`
 * says so and `speak` does nothing.
 */
import type { Question } from '../quiz/question';

export interface Voice {
  /** Whether this device has a voice to read with. */
  available(): boolean;
  /** Reads `text`, cutting off whatever was being read. */
  speak(text: string): void;
  stop(): void;
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** What is read when a question opens: its prompt and options, lettered as on screen. */
export function spokenQuestion(q: Question): string {
  if (q.input === 'year') return `${q.prompt} Type the year.`;
  const options = q.options.map((o, i) => `${LETTERS[i] ?? i + 1}: ${o}.`).join(' ');
  return q.input === 'order' ? `${q.prompt} ${options} Earliest first.` : `${q.prompt} ${options}`;
}

/** What is read at the reveal: the answer. */
export function spokenAnswer(q: Question): string {
  if (q.input === 'order') return `The order: ${q.order.join(', then ')}.`;
  return `The answer: ${q.answer}.`;
}

/** The browser's speech synthesis, if it has one with a voice; an English voice first. */
export function browserVoice(win: Window & typeof globalThis): Voice {
  const synth = 'speechSynthesis' in win ? win.speechSynthesis : undefined;
  const voices = () => {
    try {
      return synth?.getVoices() ?? [];
    } catch {
      return [];
    }
  };
  return {
    available: () => voices().length > 0,
    speak(text) {
      const all = voices();
      if (!synth || all.length === 0 || typeof win.SpeechSynthesisUtterance !== 'function') return;
      try {
        synth.cancel();
        const u = new win.SpeechSynthesisUtterance(text);
        const voice = all.find((v) => v.default && v.lang.startsWith('en')) ?? all.find((v) => v.lang.startsWith('en')) ?? all.find((v) => v.default) ?? all[0];
        if (voice) {
          u.voice = voice;
          u.lang = voice.lang;
        }
        synth.speak(u);
      } catch {
        // A voice that fails to speak leaves the captions, which are always on screen.
      }
    },
    stop() {
      try {
        synth?.cancel();
      } catch {
        // nothing to stop
      }
    },
  };
}
