/**
 * "How many Academy Awards did Anora (2024) win?" Asked only of decks that list every
 * Oscar. A win is one category in one year, however many people collect it; the
 * explanation counts nominations, not categories (two nominees in one category are two
 * nominations). A film with
 * an honorary or special award is left out, since whether that "counts" is a matter of
 * opinion, not fact.
 */
import { factRef, type Option, type QuestionKind } from './kind';
import { filmName } from './shared';

const NOT_COMPETITIVE = /honorary|special|scientific|technical|juvenile|memorial|humanitarian|achievement|thalberg/i;

/** "won 3 of its 10 Academy Award nominations", "won its only Academy Award nomination", "won all 11 …". */
export function winsOf(wins: number, nominations: number): string {
  if (nominations === 1) return wins === 1 ? 'won its only Academy Award nomination' : 'did not win its only Academy Award nomination';
  if (wins === 0) return `won none of its ${nominations} Academy Award nominations`;
  if (wins === nominations) return nominations === 2 ? 'won both of its Academy Award nominations' : `won all ${nominations} of its Academy Award nominations`;
  return `won ${wins} of its ${nominations} Academy Award nominations`;
}

export const oscarCount: QuestionKind = {
  id: 'oscar-count',
  category: 'Awards',
  input: 'choice',
  subjects: (index) =>
    index.isComplete('oscars') ? index.films.filter((f) => (f.awards ?? []).some((a) => a.body === 'oscars')).map((f) => f.id) : [],
  draft(index, subject) {
    if (!index.isComplete('oscars')) return null;
    const f = index.film(subject);
    const oscars = (f.awards ?? []).map((a, i) => ({ a, i })).filter(({ a }) => a.body === 'oscars');
    if (oscars.some(({ a }) => NOT_COMPETITIVE.test(a.category))) return null;
    // A win is one category in one year, however many entries name its recipients; every
    // other entry is a nomination of its own (Rocky's two Best Supporting Actor nominees).
    const n = new Set(oscars.filter(({ a }) => a.result === 'won').map(({ a }) => `${a.year}|${a.category.toLowerCase()}`)).size;
    const nominations = n + oscars.filter(({ a }) => a.result === 'nominated').length;
    // A film nominated once (most International Feature winners) won its one Oscar or none:
    // asked of one after another, "1" would be the answer a player learns to give.
    if (nominations < 2) return null;
    // A film that won is asked as one that won: "none" beside it is no option a player would weigh
    // (in a deck of winners it is ruled out at a glance).
    const least = n > 0 ? 1 : 0;
    const pool: Option[] = [];
    for (let d = 1; d <= 5; d++) for (const m of [n - d, n + d]) if (m >= least && m <= nominations + 3) pool.push({ label: String(m), key: String(m), distance: d });
    return {
      prompt: `How many Academy Awards did ${filmName(f)} win?`,
      answer: { label: String(n), key: String(n) },
      pool,
      truth: (key) => Number(key) === n,
      explanation: `${filmName(f)} ${winsOf(n, nominations)}.`,
      facts: oscars.map(({ a, i }) => factRef(index, `films.${f.id}.awards[${i}]`, a.source)),
      fame: index.fame(f.id),
      topic: `oscars:${f.id}`,
    };
  },
};
