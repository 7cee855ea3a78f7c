/** Reading aloud: what is said for each form of question, and a browser with no voice. */
import { describe, expect, it } from 'vitest';
import { browserVoice, spokenAnswer, spokenQuestion } from '../../src/a11y/voice';
import type { Question } from '../../src/quiz/question';

const base = { id: 'q', kind: 'directed', category: 'Films', explanation: '', sources: [], difficulty: 0.2, level: 'easy' } as const;
const choice = { ...base, input: 'choice', prompt: 'Which film was shot on an iPhone?', options: ['Anora', 'Tangerine', 'Starlet', 'Red Rocket'], answer: 'Tangerine', answerIndex: 1 } as unknown as Question;
const order = { ...base, input: 'order', prompt: 'Put these in release order.', options: ['B', 'A'], answer: 'A → B', answerIndex: -1, order: ['A', 'B'] } as unknown as Question;
const year = { ...base, input: 'year', prompt: 'In what year was Anora released?', options: [], answer: '2024', answerIndex: -1, year: 2024 } as unknown as Question;

describe('read aloud', () => {
  it('reads a question with its options lettered as on screen, and the answer at the reveal', () => {
    expect(spokenQuestion(choice)).toBe('Which film was shot on an iPhone? A: Anora. B: Tangerine. C: Starlet. D: Red Rocket.');
    expect(spokenAnswer(choice)).toBe('The answer: Tangerine.');
    expect(spokenQuestion(order)).toBe('Put these in release order. A: B. B: A. Earliest first.');
    expect(spokenAnswer(order)).toBe('The order: A, then B.');
    expect(spokenQuestion(year)).toBe('In what year was Anora released? Type the year.');
    expect(spokenAnswer(year)).toBe('The answer: 2024.');
  });

  it('has no voice, and says nothing without failing, where the browser has no speech synthesis or no voices', () => {
    const none = browserVoice({} as Window & typeof globalThis);
    expect(none.available()).toBe(false);
    expect(() => {
      none.speak('Hello');
      none.stop();
    }).not.toThrow();
    const spoken: string[] = [];
    const silent = browserVoice({ speechSynthesis: { getVoices: () => [], speak: (u: { text: string }) => spoken.push(u.text), cancel: () => undefined } } as unknown as Window & typeof globalThis);
    expect(silent.available()).toBe(false);
    silent.speak('Hello');
    expect(spoken).toEqual([]);
  });

  it('speaks through an English voice where there is one, cutting off what was being read', () => {
    const log: string[] = [];
    const voices = [{ lang: 'fr-FR', default: true }, { lang: 'en-GB', default: false }];
    class Utterance {
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {}
    }
    const win = { SpeechSynthesisUtterance: Utterance, speechSynthesis: { getVoices: () => voices, speak: (u: Utterance) => log.push(`${u.lang}: ${u.text}`), cancel: () => log.push('cancel') } };
    const voice = browserVoice(win as unknown as Window & typeof globalThis);
    expect(voice.available()).toBe(true);
    voice.speak('Question one');
    expect(log).toEqual(['cancel', 'en-GB: Question one']);
  });
});
