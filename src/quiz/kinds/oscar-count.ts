/**
 * "How many Academy Awards did Anora (2024) win?" Asked only of decks that list every
 * Oscar. A win is one category in one year, however many people collect it; a film with
 * an honorary or special award is left out, since whether that "counts" is a matter of
 * opinion, not fact.
 */
import { factRef, type Option, type QuestionKind } from './kind';
import { filmName } from './shared';

const NOT_COMPETITIVE = /honorary|special|scientific|technical|juvenile|memorial|humanitarian|achievement|thalberg/i;

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
    const categories = (list: typeof oscars) => new Set(list.map(({ a }) => `${a.year}|${a.category.toLowerCase()}`)).size;
    const n = categories(oscars.filter(({ a }) => a.result === 'won'));
    const nominations = categories(oscars);
    const pool: Option[] = [];
    for (let d = 1; d <= 5; d++) for (const m of [n - d, n + d]) if (m >= 0 && m <= nominations + 3) pool.push({ label: String(m), key: String(m), distance: d });
    return {
      prompt: `How many Academy Awards did ${filmName(f)} win?`,
      answer: { label: String(n), key: String(n) },
      pool,
      truth: (key) => Number(key) === n,
      explanation: `${filmName(f)} won ${n} of the ${nominations} Academy Award${nominations === 1 ? '' : 's'} it was nominated for.`,
      facts: oscars.map(({ a, i }) => factRef(index, `films.${f.id}.awards[${i}]`, a.source)),
      fame: index.fame(f.id),
      topic: `oscars:${f.id}`,
    };
  },
};
