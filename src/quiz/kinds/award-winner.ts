/**
 * "Which film won Best Picture at the 97th Academy Awards?" and, for awards to people,
 * "Who won Best Actress at the 97th Academy Awards?". An option is known wrong when it
 * was nominated for the same award and lost, when the deck lists every Oscar, or (films
 * only) when its year rules it out: no film wins before its release, and none three or
 * more years after it.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Award, Film } from '../deck/schema';
import { listAnd, ordinal } from '../text';
import { factRef, type Option, type QuestionKind } from './kind';
import { filmName, nearestFilms } from './shared';

const FILM_AWARDS = /^(best picture|palme d'or|grand prix du festival international du film|best international feature film|best foreign language film|best animated feature)$/i;
const BODY_NAMES: Record<Award['body'], string> = {
  oscars: 'Academy Awards',
  cannes: 'Cannes Film Festival',
  venice: 'Venice Film Festival',
  berlin: 'Berlin International Film Festival',
  baftas: 'BAFTA Awards',
  'golden-globes': 'Golden Globe Awards',
  'independent-spirit': 'Independent Spirit Awards',
  other: 'awards',
};

export function awardOccasion(a: Award): string {
  if (a.body === 'oscars') return a.edition ? `the ${ordinal(a.edition)} Academy Awards` : `the Academy Awards for ${a.year}`;
  if (a.body === 'cannes') return `the ${a.year} Cannes Film Festival`;
  return a.edition ? `the ${ordinal(a.edition)} ${BODY_NAMES[a.body]}` : `the ${a.year} ${BODY_NAMES[a.body]}`;
}

const same = (a: Award, b: Award) => a.body === b.body && a.year === b.year && a.category.toLowerCase() === b.category.toLowerCase();

function entries(index: DeckIndex, award: Award): { film: Film; award: Award }[] {
  const out: { film: Film; award: Award }[] = [];
  for (const f of index.films) for (const a of f.awards ?? []) if (same(a, award)) out.push({ film: f, award: a });
  return out;
}

function filmTruth(index: DeckIndex, award: Award, g: Film): boolean | undefined {
  const mine = (g.awards ?? []).filter((a) => same(a, award));
  if (mine.some((a) => a.result === 'won')) return true;
  if (mine.length > 0) return false;
  if (award.body === 'oscars' && index.isComplete('oscars')) return false;
  if (g.year > award.year || g.year < award.year - 2) return false;
  return undefined;
}

export const awardWinner: QuestionKind = {
  id: 'award-winner',
  category: 'Awards',
  subjects(index) {
    const out: string[] = [];
    for (const f of index.films) (f.awards ?? []).forEach((a, i) => {
      if (a.result === 'won' && (FILM_AWARDS.test(a.category) || (a.people?.length ?? 0) > 0)) out.push(`${f.id}/${i}`);
    });
    return out;
  },
  draft(index, subject) {
    const [filmId, at] = subject.split('/');
    const f = index.film(filmId ?? '');
    const award = f.awards?.[Number(at)];
    if (!award) return null;
    const occasion = awardOccasion(award);
    const facts = [factRef(index, `films.${f.id}.awards[${at}]`, award.source)];
    const winners = entries(index, award).filter((e) => e.award.result === 'won');
    if (FILM_AWARDS.test(award.category)) {
      return {
        prompt: `Which film won ${award.category} at ${occasion}?`,
        answer: { label: f.title, key: f.id },
        pool: nearestFilms(index, f, (g) => filmTruth(index, award, g) === false),
        truth: (key) => filmTruth(index, award, index.film(key)),
        explanation: `${filmName(f)} won ${award.category} at ${occasion}${winners.length > 1 ? `, shared with ${listAnd(winners.filter((w) => w.film.id !== f.id).map((w) => w.film.title))}` : ''}.`,
        facts,
        fame: index.fame(f.id),
      };
    }
    // Awards to people: one winner, named on the award.
    const people = award.people ?? [];
    if (people.length !== 1 || winners.length !== 1) return null;
    const winner = index.person(people[0] ?? '');
    const nominees = new Set<string>();
    for (const e of entries(index, award)) for (const p of e.award.people ?? []) if (p !== winner.id) nominees.add(p);
    const everyOscar = award.body === 'oscars' && index.isComplete('oscars');
    const personTruth = (key: string): boolean | undefined => (key === winner.id ? true : nominees.has(key) || everyOscar ? false : undefined);
    const pool: Option[] = [];
    for (const p of index.people) {
      if (p.id === winner.id || personTruth(p.id) !== false) continue;
      // Plausible: people up for the same kind of award, nearest in year.
      let distance = Number.POSITIVE_INFINITY;
      for (const g of index.films) for (const a of g.awards ?? []) {
        if (a.people?.includes(p.id) && a.category.toLowerCase() === award.category.toLowerCase()) distance = Math.min(distance, Math.abs(a.year - award.year));
      }
      if (Number.isFinite(distance)) pool.push({ label: p.name, key: p.id, distance });
    }
    return {
      prompt: `Who won ${award.category} at ${occasion}?`,
      answer: { label: winner.name, key: winner.id },
      pool,
      truth: personTruth,
      explanation: `${winner.name} won ${award.category} at ${occasion}, for ${filmName(f)}.`,
      facts,
      fame: index.fame(f.id),
    };
  },
};
