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
        ['person-filmography:sean-baker/starlet-2012', 'Starlet'],
        ['first-released:prince-of-broadway-2008', 'Prince of Broadway'],
        ['higher-lower:the-french-connection-1971/runtime', 'The French Connection'],
        ['film-shot-on:the-florida-project-2017/1', 'The Florida Project'],
        ['true-false:red-rocket-2021/false', 'False'],
        ['character-actor:anora-2024/0', 'Mikey Madison'],
        ['person-appearance:james-ransone/tangerine-2015', 'Tangerine'],
        ['higher-lower:tangerine-2015/budget', 'Tangerine'],
        ['true-false:contempt-1963/true', 'True'],
        ['person-filmography:william-friedkin/the-french-connection-1971', 'The French Connection'],
      ],
      [
        ['first-released:starlet-2012', 'Starlet'],
        ['film-logline:the-florida-project-2017', 'The Florida Project'],
        ['true-false:the-french-connection-1971/false', 'False'],
        ['film-setting:anora-2024/1', 'Anora'],
        ['film-shot-on:red-rocket-2021/0', 'Red Rocket'],
        ['higher-lower:scream-2022/runtime', 'Scream'],
        ['film-director:the-brutalist-2024', 'Brady Corbet'],
        ['film-shot-on:tangerine-2015/0', 'Tangerine'],
        ['film-year:prince-of-broadway-2008', '2008'],
        ['film-director:take-out-2004', 'Sean Baker and Shih-Ching Tsou'],
      ],
    ]);
  });

  it('marquee, a difficulty curve, every way of answering', () => {
    expect(pinned({ seed: 'marquee', perRound: 10, difficulty: 'curve', inputs: INPUT_MODES })).toEqual([
      [
        ['character-actor:nights-of-cabiria-1957/0', 'Giulietta Masina'],
        ['film-shot-on:the-florida-project-2017/1', 'The Florida Project'],
        ['person-filmography:tyler-gillett/scream-2022', 'Scream'],
        ['character-actor:red-rocket-2021/0', 'Simon Rex'],
        ['film-year:contempt-1963', '1963'],
        ['closest-year:tangerine-2015', '2015'],
        ['first-released:the-taking-of-pelham-one-two-three-1974', 'The Taking of Pelham One Two Three'],
        ['film-logline:four-letter-words-2000', 'Four Letter Words'],
        ['person-filmography:sean-baker/four-letter-words-2000', 'Four Letter Words'],
        ['film-logline:scream-2022', 'Scream'],
      ],
    ]);
  });

  it('anora, eight easy questions', () => {
    expect(pinned({ seed: 'anora', perRound: 8, difficulty: 'easy' })).toEqual([
      [
        ['person-filmography:brady-corbet/the-brutalist-2024', 'The Brutalist'],
        ['first-released:nights-of-cabiria-1957', 'Nights of Cabiria'],
        ['person-filmography:john-mctiernan/die-hard-1988', 'Die Hard'],
        ['film-shot-on:tangerine-2015/0', 'Tangerine'],
        ['higher-lower:red-rocket-2021/budget', 'Red Rocket'],
        ['person-appearance:dree-hemingway/starlet-2012', 'Starlet'],
        ['true-false:the-florida-project-2017/true', 'True'],
        ['film-logline:the-brutalist-2024', 'The Brutalist'],
      ],
    ]);
  });
});
