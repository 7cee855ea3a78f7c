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
        ['person-education:sean-baker/0', 'New York University'],
        ['film-year:nights-of-cabiria-1957', '1957'],
        ['true-false:red-rocket-2021/true', 'True'],
        ['true-false:starlet-2012/true', 'True'],
        ['first-released:tangerine-2015', 'Tangerine'],
        ['person-filmography:matt-bettinelli-olpin/scream-2022', 'Scream (2022)'],
        ['film-year:contempt-1963', '1963'],
        ['person-born:francois-perier', '1919'],
        ['film-shot-on:the-florida-project-2017/1', 'The Florida Project'],
        ['film-country:vampyros-lesbos-1971', 'West Germany'],
      ],
      [
        ['film-country:nights-of-cabiria-1957', 'Italy'],
        ['trivia-true-false:the-french-connection-1971/films/0/false', 'False'],
        ['person-born:roy-scheider', '1932'],
        ['first-released:die-hard-1988', 'Die Hard'],
        ['film-country:contempt-1963', 'France'],
        ['film-year:four-letter-words-2000', '2000'],
        ['film-setting:the-taking-of-pelham-one-two-three-1974/0', 'The Taking of Pelham One Two Three'],
        ['trivia-true-false:sean-baker/people/0/false', 'False'],
        ['film-shot-on:red-rocket-2021/0', 'Red Rocket'],
        ['person-born:brigitte-bardot', '1934'],
      ],
    ]);
  });

  it('marquee, a difficulty curve, every way of answering', () => {
    expect(pinned({ seed: 'marquee', perRound: 10, difficulty: 'curve', inputs: INPUT_MODES })).toEqual([
      [
        ['film-logline:the-florida-project-2017', 'The Florida Project'],
        ['true-false:die-hard-1988/true', 'True'],
        ['person-education:sean-baker/0', 'New York University'],
        ['character-actor:starlet-2012/2', 'Stella Maeve'],
        ['film-year:contempt-1963', '1963'],
        ['film-setting:scream-2022/0', 'Scream (2022)'],
        ['crew-role:the-brutalist-2024/writers/1', 'Screenwriter'],
        ['trivia-true-false:chris-bergoch/people/0/true', 'True'],
        ['closest-year:prince-of-broadway-2008', '2008'],
        ['film-year:the-taking-of-pelham-one-two-three-1974', '1974'],
      ],
    ]);
  });

  it('anora, eight easy questions', () => {
    expect(pinned({ seed: 'anora', perRound: 8, difficulty: 'easy' })).toEqual([
      [
        ['person-education:sean-baker/0', 'New York University'],
        ['film-setting:anora-2024/0', 'Anora'],
        ['film-shot-on:the-florida-project-2017/1', 'The Florida Project'],
        ['film-year:the-french-connection-1971', '1971'],
        ['film-logline:tangerine-2015', 'Tangerine'],
        ['higher-lower:the-taking-of-pelham-one-two-three-1974/runtime', 'The Taking of Pelham One Two Three'],
        ['person-filmography:brady-corbet/the-brutalist-2024', 'The Brutalist'],
        ['higher-lower:red-rocket-2021/runtime', 'Red Rocket'],
      ],
    ]);
  });
});
