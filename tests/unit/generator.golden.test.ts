/**
 * Golden quizzes: three seeds on questions/sean-baker.json, pinned as [question id, answer]
 * per round. They hold the generator to "the same seed gives the same quiz on every
 * machine". A change to the deck, to a kind or to the generator's drawing order changes
 * them on purpose: check the new quiz reads well, then update the arrays
 * (regenerate with: npx vitest run tests/unit/generator.golden.test.ts, and copy the received values).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeckText } from '../../src/quiz/deck/load';
import { generateQuiz, type QuizOptions } from '../../src/quiz/generator';
import { INPUT_MODES } from '../../src/quiz/question';

const loaded = loadDeckText('questions/sean-baker.json', readFileSync('questions/sean-baker.json', 'utf8'));
if (!loaded.ok) throw new Error('questions/sean-baker.json does not load');
const index = loaded.index;

const pinned = (options: QuizOptions) => generateQuiz(index, options).rounds.map((r) => r.questions.map((q) => [q.id, q.answer]));

describe('golden quizzes on the Sean Baker deck', () => {
  it("the game's default: film-night, two rounds of ten, multiple choice", () => {
    expect(pinned({ seed: 'film-night', rounds: 2, perRound: 10 })).toEqual([
      [
        ['true-false:starlet-2012/false', 'False'],
        ['true-false:the-taking-of-pelham-one-two-three-1974/true', 'True'],
        ['film-shot-on:tangerine-2015/0', 'Tangerine'],
        ['first-released:die-hard-1988', 'Die Hard'],
        ['film-logline:nights-of-cabiria-1957', 'Nights of Cabiria'],
        ['film-year:the-florida-project-2017', '2017'],
        ['first-released:the-french-connection-1971', 'The French Connection'],
        ['film-shot-on:red-rocket-2021/0', 'Red Rocket'],
        ['film-director:the-brutalist-2024', 'Brady Corbet'],
        ['higher-lower:contempt-1963/runtime', 'Contempt'],
      ],
      [
        ['character-actor:starlet-2012/0', 'Dree Hemingway'],
        ['film-director:the-florida-project-2017', 'Sean Baker'],
        ['higher-lower:the-french-connection-1971/runtime', 'The French Connection'],
        ['film-logline:the-taking-of-pelham-one-two-three-1974', 'The Taking of Pelham One Two Three'],
        ['film-setting:nights-of-cabiria-1957/0', 'Nights of Cabiria'],
        ['true-false:four-letter-words-2000/true', 'True'],
        ['film-logline:red-rocket-2021', 'Red Rocket'],
        ['higher-lower:die-hard-1988/runtime', 'Die Hard'],
        ['film-year:tangerine-2015', '2015'],
        ['person-filmography:matt-bettinelli-olpin/scream-2022', 'Scream (2022)'],
      ],
    ]);
  });

  it('marquee, a difficulty curve, every way of answering', () => {
    expect(pinned({ seed: 'marquee', perRound: 10, difficulty: 'curve', inputs: INPUT_MODES })).toEqual([
      [
        ['film-director:the-brutalist-2024', 'Brady Corbet'],
        ['film-shot-on:the-florida-project-2017/1', 'The Florida Project'],
        ['character-actor:red-rocket-2021/0', 'Simon Rex'],
        ['first-released:contempt-1963', 'Contempt'],
        ['first-released:die-hard-1988', 'Die Hard'],
        ['release-order:take-out-2004', 'Four Letter Words → Take Out → Prince of Broadway → Tangerine'],
        ['film-year:scream-2022', '2022'],
        ['film-shot-on:tangerine-2015/0', 'Tangerine'],
        ['closest-year:four-letter-words-2000', '2000'],
        ['character-actor:the-taking-of-pelham-one-two-three-1974/1', 'Robert Shaw'],
      ],
    ]);
  });

  it('anora, eight easy questions', () => {
    expect(pinned({ seed: 'anora', perRound: 8, difficulty: 'easy' })).toEqual([
      [
        ['film-logline:the-brutalist-2024', 'The Brutalist'],
        ['higher-lower:contempt-1963/runtime', 'Contempt'],
        ['first-released:nights-of-cabiria-1957', 'Nights of Cabiria'],
        ['film-logline:tangerine-2015', 'Tangerine'],
        ['character-actor:starlet-2012/0', 'Dree Hemingway'],
        ['true-false:anora-2024/false', 'False'],
        ['higher-lower:the-french-connection-1971/runtime', 'The French Connection'],
        ['film-shot-on:the-florida-project-2017/1', 'The Florida Project'],
      ],
    ]);
  });
});
