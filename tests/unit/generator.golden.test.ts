/**
 * Golden quizzes: three seeds on questions/sean-baker.json, pinned as [question id, answer]
 * per round. They hold the generator to "the same seed gives the same quiz on every
 * machine". A change to the deck, to a kind or to the generator's drawing order changes
 * them on purpose: check the new quiz reads well, then update the arrays
 * (regenerate with: npx vitest run tests/unit/generator.golden.test.ts, and copy the received values).
 * They are the quizzes of one GENERATOR_VERSION: a change that moves them counts it up, so
 * that a challenge code made on another version is refused instead of playing another quiz.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeckText } from '../../src/quiz/deck/load';
import { GENERATOR_VERSION } from '../../src/quiz/challenge';
import { generateQuiz, type QuizOptions } from '../../src/quiz/generator';
import { INPUT_MODES } from '../../src/quiz/question';

const loaded = loadDeckText('questions/sean-baker.json', readFileSync('questions/sean-baker.json', 'utf8'));
if (!loaded.ok) throw new Error('questions/sean-baker.json does not load');
const index = loaded.index;

const pinned = (options: QuizOptions) => generateQuiz(index, options).rounds.map((r) => r.questions.map((q) => [q.id, q.answer]));

describe('golden quizzes on the Sean Baker deck', () => {
  it('are the quizzes of generator version 2', () => {
    expect(GENERATOR_VERSION).toBe(2);
  });

  it("the game's default: film-night, two rounds of ten, multiple choice", () => {
    expect(pinned({ seed: 'film-night', rounds: 2, perRound: 10 })).toEqual([
      [
        ['higher-lower:red-rocket-2021/runtime', 'Red Rocket'],
        ['higher-lower:starlet-2012/runtime', 'Starlet'],
        ['person-born:hector-elizondo', '1936'],
        ['true-false:tangerine-2015/true', 'True'],
        ['person-education:sean-baker/0', 'New York University'],
        ['film-setting:contempt-1963/1', 'Contempt'],
        ['film-country:vampyros-lesbos-1971', 'West Germany'],
        ['film-director:the-florida-project-2017', 'Sean Baker'],
        ['film-setting:scream-2022/0', 'Scream (2022)'],
        ['film-country:nights-of-cabiria-1957', 'Italy'],
      ],
      [
        ['true-false:starlet-2012/true', 'True'],
        ['film-country:contempt-1963', 'France'],
        ['film-director:the-brutalist-2024', 'Brady Corbet'],
        ['trivia-true-false:anora-2024/films/5/true', 'True'],
        ['true-false:four-letter-words-2000/false', 'False'],
        ['character-actor:scream-2022/4', 'Courteney Cox'],
        ['film-year:take-out-2004', '2004'],
        ['first-released:the-french-connection-1971', 'The French Connection'],
        ['film-shot-on:red-rocket-2021/0', 'Red Rocket'],
        ['person-born:joseph-sargent', '1925'],
      ],
    ]);
  });

  it('marquee, a difficulty curve, every way of answering', () => {
    expect(pinned({ seed: 'marquee', perRound: 10, difficulty: 'curve', inputs: INPUT_MODES })).toEqual([
      [
        ['trivia-true-false:karren-karagulian/people/0/false', 'False'],
        ['film-logline:the-florida-project-2017', 'The Florida Project'],
        ['true-false:die-hard-1988/true', 'True'],
        ['film-logline:scream-2022', 'Scream (2022)'],
        ['film-year:contempt-1963', '1963'],
        ['character-actor:starlet-2012/2', 'Stella Maeve'],
        ['film-shot-on:red-rocket-2021/0', 'Red Rocket'],
        ['film-setting:take-out-2004/0', 'Take Out'],
        ['trivia-true-false:stephen-phelps/people/0/false', 'False'],
        ['film-year:the-taking-of-pelham-one-two-three-1974', '1974'],
      ],
    ]);
  });

  it('anora, eight easy questions', () => {
    expect(pinned({ seed: 'anora', perRound: 8, difficulty: 'easy' })).toEqual([
      [
        ['person-education:sean-baker/0', 'New York University'],
        ['film-shot-on:the-florida-project-2017/1', 'The Florida Project'],
        ['film-shot-on:tangerine-2015/0', 'Tangerine'],
        ['film-year:anora-2024', '2024'],
        ['film-setting:nights-of-cabiria-1957/0', 'Nights of Cabiria'],
        ['higher-lower:the-brutalist-2024/runtime', 'The Brutalist'],
        ['trivia-true-false:starlet-2012/films/4/false', 'False'],
        ['first-released:the-french-connection-1971', 'The French Connection'],
      ],
    ]);
  });
});
