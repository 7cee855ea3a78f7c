/** Shared fixtures for the storage tests: questions, sessions played by the reducer, stores. */
import { createStore, type UseStore } from 'idb-keyval';
import type { Quiz } from '../../src/quiz/generator';
import type { Question } from '../../src/quiz/question';
import type { ScoringRules } from '../../src/quiz/scoring';
import { currentQuestion, reduce, type SessionAction, type SessionState, startSession } from '../../src/quiz/session';
import type { Snapshot } from '../../src/storage/records';
import type { SavedGame } from '../../src/storage/schema';

const CATEGORIES = ['Directors', 'Release years', 'Awards'];

export function question(n: number, answerIndex = n % 4): Question {
  const options = ['Anora', 'Tangerine', 'The Florida Project', 'Red Rocket'];
  return {
    id: `film-year:film-${n}`,
    kind: 'film-year',
    category: CATEGORIES[n % CATEGORIES.length] as string,
    input: 'choice',
    prompt: `Question ${n}: when was it released?`,
    options,
    answer: options[answerIndex] as string,
    answerIndex,
    explanation: `Because of fact ${n}.`,
    sources: [{ fact: `films.film-${n}.year`, source: 'imdb', sourceTitle: 'IMDb' }],
    difficulty: (n % 10) / 10,
    level: n % 3 === 0 ? 'easy' : n % 3 === 1 ? 'medium' : 'hard',
  };
}

export function quiz(rounds: number, perRound: number, seed = 'seed-1', deckId = 'sean-baker'): Quiz {
  return {
    seed,
    deckId,
    rounds: Array.from({ length: rounds }, (_, r) => ({ title: `Round ${r + 1}`, questions: Array.from({ length: perRound }, (_, i) => question(r * perRound + i)) })),
  };
}

export const RULES: ScoringRules = { mode: 'accuracy', timeLimitMs: 20_000, streakBonus: false };

export function start(rounds = 2, perRound = 3, players: readonly string[] = ['Player 1'], seed = 'seed-1'): SessionState {
  return startSession(quiz(rounds, perRound, seed), RULES, players);
}

/** The action that answers `q`, right or wrong, whatever its input. */
export function answerTo(q: Question, right: boolean, elapsedMs: number): SessionAction {
  if (q.input === 'order') return { type: 'order', order: right ? q.order : [...q.order].reverse(), elapsedMs };
  if (q.input === 'year') return { type: 'guess', year: right ? q.year : q.year + 7, elapsedMs };
  return { type: 'answer', choice: right ? q.answerIndex : (q.answerIndex + 1) % q.options.length, elapsedMs };
}

/** Every state a game passes through, answering right when `right(n)` says so. */
export function playthrough(s0: SessionState, right: (n: number) => boolean = (n) => n % 3 !== 2): SessionState[] {
  const states = [s0];
  let s = s0;
  let n = 0;
  while (s.phase !== 'finished') {
    if (s.phase === 'asking') {
      const next = reduce(s, answerTo(currentQuestion(s), right(n), 1000 + n * 100));
      if (next === s) throw new Error(`the reducer refused an answer to ${currentQuestion(s).id}`);
      s = next;
      n++;
    } else if (s.phase === 'answered') s = reduce(s, { type: 'reveal' });
    else s = reduce(s, { type: 'next' });
    states.push(s);
  }
  return states;
}

let stores = 0;
/** A fresh IndexedDB database (fake-indexeddb) for one test. */
export function freshStore(): UseStore {
  stores += 1;
  return createStore(`marquee-test-${stores}-${Math.random().toString(36).slice(2)}`, 'progress');
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A store whose writes fail as a full disk does, while `full()` says so. */
export function fullWhen(store: UseStore, full: () => boolean): UseStore {
  return (mode, callback) => (mode === 'readwrite' && full() ? Promise.reject(quotaError()) : store(mode, callback));
}

/** A store whose `put` throws a quota error after `okPuts` good ones: a batch that fails half-way. */
export function failsMidBatch(store: UseStore, okPuts: number): UseStore {
  return (mode, callback) =>
    store(mode, (s) => {
      let puts = 0;
      const proxy = new Proxy(s, {
        get(target, prop) {
          if (prop === 'put') {
            return (value: unknown, key?: IDBValidKey) => {
              puts += 1;
              if (puts > okPuts) throw quotaError();
              return target.put(value, key);
            };
          }
          const v = Reflect.get(target, prop, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
      return callback(proxy);
    });
}

export function savedGame(session: SessionState, over: Partial<SavedGame> = {}): SavedGame {
  return { version: 1, id: `${session.deckId}:${session.seed}:1700000000000`, savedAt: 1_700_000_000_000, elapsedMs: 0, setup: null, session, ...over };
}

/** One of every record, all valid. */
export function fullSnapshot(): Snapshot {
  const states = playthrough(start(2, 3, ['Ana', 'Ben']));
  const midway = states[5] as SessionState;
  return {
    settings: {
      version: 1,
      settings: { volume: 0.5, muted: false, reducedMotion: true, highContrast: false, timerScale: 1.5, readAloud: false },
      lastSetup: { deckId: 'sean-baker', players: ['Ana', 'Ben'], play: 'turns', rounds: 2, perRound: 3, timerSeconds: 20, difficulty: 'curve', scoring: 'accuracy', streakBonus: false },
      updatedAt: 1_700_000_000_000,
    },
    players: [
      { version: 1, id: 'ana', name: 'Ana', createdAt: 1_600_000_000_000 },
      { version: 1, id: 'ben', name: 'Ben', createdAt: 1_600_000_000_001 },
    ],
    stats: [
      {
        version: 1,
        playerId: 'ana',
        games: 3,
        answered: 30,
        correct: 20,
        timeouts: 2,
        points: 2000,
        answerMs: 120_000,
        bestStreak: 6,
        categories: { Directors: { answered: 10, correct: 8 }, Awards: { answered: 20, correct: 12 } },
        best: { 'accuracy/sean-baker': { score: 800, correct: 8, total: 10, at: 1_650_000_000_000, gameId: 'sean-baker:x:1' } },
        counted: ['sean-baker:x:3', 'sean-baker:x:2', 'sean-baker:x:1'],
        updatedAt: 1_650_000_000_000,
      },
    ],
    history: { version: 1, entries: [{ questionId: 'film-year:film-1', deckId: 'sean-baker', at: 1_650_000_000_000 }] },
    reports: { version: 1, items: [{ questionId: 'film-year:film-2', deckId: 'sean-baker', prompt: 'Question 2?', reason: 'wrong-answer', note: 'It came out in 2015.', player: 'Ana', at: 1_650_000_000_500 }] },
    decks: [{ version: 1, id: 'my-deck', title: 'My deck', source: '{"title":"My deck"}', addedAt: 1_650_000_000_000 }],
    game: savedGame(midway, { elapsedMs: 4200 }),
    quarantine: [{ version: 1, key: 'player:zed', at: 1_650_000_000_000, reason: 'name: expected string', raw: { version: 1, id: 'zed', name: 42 } }],
  };
}
