/** "How many Academy Awards did Anora win?" Asked only of decks that list every Oscar. */
import { factRef, type Option, type QuestionKind } from './kind';
import { filmName } from './shared';

export const oscarCount: QuestionKind = {
  id: 'oscar-count',
  category: 'Awards',
  subjects: (index) =>
    index.isComplete('oscars') ? index.films.filter((f) => (f.awards ?? []).some((a) => a.body === 'oscars')).map((f) => f.id) : [],
  draft(index, subject) {
    const f = index.film(subject);
    const oscars = (f.awards ?? []).map((a, i) => ({ a, i })).filter(({ a }) => a.body === 'oscars');
    const won = oscars.filter(({ a }) => a.result === 'won');
    const n = won.length;
    const pool: Option[] = [];
    for (let d = 1; d <= 5; d++) for (const m of [n - d, n + d]) if (m >= 0 && m <= oscars.length + 3) pool.push({ label: String(m), key: String(m), distance: d });
    return {
      prompt: `How many Academy Awards did ${filmName(f)} win?`,
      answer: { label: String(n), key: String(n) },
      pool,
      truth: (key) => Number(key) === n,
      explanation: `${filmName(f)} won ${n} of its ${oscars.length} Academy Award nomination${oscars.length === 1 ? '' : 's'}.`,
      facts: oscars.map(({ a, i }) => factRef(index, `films.${f.id}.awards[${i}]`, a.source)),
      fame: index.fame(f.id),
    };
  },
};
