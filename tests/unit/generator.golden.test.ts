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
        ['trivia-true-false:scream-2022/films/0/false', 'False'],
        ['person-born:bonnie-bedelia', '1948'],
        ['true-false:tangerine-2015/true', 'True'],
        ['person-education:sean-baker/0', 'New York University'],
        ['film-logline:die-hard-1988', 'Die Hard'],
        ['trivia-true-false:andrea-werhun/people/1/false', 'False'],
        ['film-year:the-florida-project-2017', '2017'],
        ['film-setting:anora-2024/2', 'Anora'],
      ],
      [
        ['film-setting:red-rocket-2021/0', 'Red Rocket'],
        ['trivia-true-false:starlet-2012/films/1/true', 'True'],
        ['higher-lower:die-hard-1988/runtime', 'Die Hard'],
        ['film-setting:prince-of-broadway-2008/0', 'Prince of Broadway'],
        ['higher-lower:the-florida-project-2017/runtime', 'The Florida Project'],
        ['trivia-true-false:anora-2024/films/6/false', 'False'],
        ['film-year:four-letter-words-2000', '2000'],
        ['film-logline:nights-of-cabiria-1957', 'Nights of Cabiria'],
        ['film-logline:contempt-1963', 'Contempt'],
        ['person-born:sean-baker', '1971'],
      ],
    ]);
  });

  it('marquee, a difficulty curve, every way of answering', () => {
    expect(pinned({ seed: 'marquee', perRound: 10, difficulty: 'curve', inputs: INPUT_MODES })).toEqual([
      [
        ['film-logline:the-florida-project-2017', 'The Florida Project'],
        ['true-false:die-hard-1988/true', 'True'],
        ['true-false:nights-of-cabiria-1957/true', 'True'],
        ['closest-year:starlet-2012', '2012'],
        ['person-born:neve-campbell', '1973'],
        ['film-year:contempt-1963', '1963'],
        ['film-country:vampyros-lesbos-1971', 'West Germany'],
        ['release-order:four-letter-words-2000', 'Die Hard → Four Letter Words → Prince of Broadway → Starlet'],
        ['film-year:the-taking-of-pelham-one-two-three-1974', '1974'],
        ['person-born:courteney-cox', '1964'],
      ],
    ]);
  });

  it('anora, eight easy questions', () => {
    expect(pinned({ seed: 'anora', perRound: 8, difficulty: 'easy' })).toEqual([
      [
        ['person-education:sean-baker/0', 'New York University'],
        ['higher-lower:anora-2024/runtime', 'Anora'],
        ['higher-lower:nights-of-cabiria-1957/runtime', 'Nights of Cabiria'],
        ['true-false:die-hard-1988/true', 'True'],
        ['true-false:starlet-2012/true', 'True'],
        ['person-filmography:brady-corbet/the-brutalist-2024', 'The Brutalist'],
        ['film-logline:red-rocket-2021', 'Red Rocket'],
        ['film-director:the-florida-project-2017', 'Sean Baker'],
      ],
    ]);
  });
});
