/**
 * "Who won Best Actress at the 97th Academy Awards for Anora (2024)?" The award entry
 * names everyone who received it for that film, so anyone else is known not to have:
 * the entry is the conflicting fact. Wrong options are people up for the same kind of
 * award (an actress for Best Actress), nearest in year and working at the time, so the
 * options are alike.
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Award, Film } from '../deck/schema';
import { listAnd } from '../text';
import { awardName, awardOccasion, awardVerb, categoryFamily, isFilmAward } from './awards';
import { factRef, type Option, type QuestionKind } from './kind';
import { type AwardEntry, awardKey, genderOfCategory, inCareer, NEIGHBOURS, nearestInYear, pools } from './pools';
import { filmName, peopleKey, teamOption, teamTruth, undatedName, withNamesakes } from './shared';

/** Award entries of one body, by year, whose categories call for one kind of person. */
const familyCache = new WeakMap<DeckIndex, Map<string, AwardEntry[]>>();

function family(index: DeckIndex, body: Award['body'], category: string): readonly AwardEntry[] {
  let byKey = familyCache.get(index);
  if (!byKey) {
    byKey = new Map();
    for (const f of pools(index).byYear) {
      (f.awards ?? []).forEach((award, at) => {
        if (isFilmAward(award) || !award.people?.length) return;
        const k = `${award.body}|${categoryFamily(award.category)}`;
        const list = byKey?.get(k);
        if (list) list.push({ film: f, award, at });
        else byKey?.set(k, [{ film: f, award, at }]);
      });
    }
    familyCache.set(index, byKey);
  }
  return byKey.get(`${body}|${categoryFamily(category)}`) ?? [];
}

/** Everyone who received `award` for `f`, across its entries (a film may list a team in two entries). */
function recipients(f: Film, award: Award): string[] {
  const out = new Set<string>();
  for (const a of f.awards ?? []) if (a.result === 'won' && awardKey(a) === awardKey(award)) for (const p of a.people ?? []) out.add(p);
  return [...out];
}

export const awardPerson: QuestionKind = {
  id: 'award-person',
  category: 'Awards',
  input: 'choice',
  subjects(index) {
    const out: string[] = [];
    for (const f of index.films) {
      const seen = new Set<string>();
      (f.awards ?? []).forEach((a, i) => {
        if (a.result !== 'won' || isFilmAward(a) || !a.people?.length || seen.has(awardKey(a))) return;
        seen.add(awardKey(a));
        out.push(`${f.id}/${i}`);
      });
    }
    return out;
  },
  draft(index, subject) {
    const [filmId, at] = subject.split('/');
    const f = index.film(filmId ?? '');
    const award = f.awards?.[Number(at)];
    if (award?.result !== 'won' || isFilmAward(award)) return null;
    const right = recipients(f, award);
    if (right.length === 0) return null;
    const taken = withNamesakes(index, right);
    const pool: Option[] = [];
    const seen = new Set<string>();
    const p = pools(index);
    // For an acting prize, the recipients' gender: the category's (an actress for Best Actress).
    const gender = genderOfCategory(award.category);
    if (gender !== undefined && right.some((id) => p.gender(id) !== gender)) return null;
    // Only people working in the award's year (their credits in the deck, give or take a few years).
    const plausible = (ids: readonly string[]) => ids.every((id) => inCareer(p, id, award.year) && (gender === undefined || p.gender(id) === gender));
    const near = nearestInYear(
      family(index, award.body, award.category),
      (e) => e.award.year,
      award.year,
      (e) => (e.award.people?.length ?? 0) === right.length && !(e.award.people ?? []).some((id) => taken.has(id)) && plausible(e.award.people ?? []),
      NEIGHBOURS,
    );
    for (const e of near) {
      const ids = e.award.people ?? [];
      const key = peopleKey(ids);
      if (seen.has(key)) continue;
      seen.add(key);
      // Same category is likelier than a neighbour in the family (Best Supporting Actress for Best Actress).
      const sameCategory = e.award.category.toLowerCase() === award.category.toLowerCase();
      pool.push(teamOption(index, ids, Math.abs(e.award.year - award.year) + (sameCategory ? 0 : 2)));
    }
    const names = listAnd(right.map((id) => index.person(id).name));
    const occasion = awardOccasion(award);
    const verb = awardVerb(award);
    // The occasion says the year: the film is named without it where its title alone will do.
    const film = undatedName(index, f) ?? filmName(f);
    return {
      prompt: `Who ${verb} ${awardName(award)} at ${occasion} for ${film}?`,
      answer: teamOption(index, right, 0),
      pool,
      truth: (key) => teamTruth(index, right, key),
      reveals: right.map((id) => index.person(id).name),
      explanation: `${names} ${verb} ${awardName(award)} at ${occasion} for ${filmName(f)}.`,
      facts: (f.awards ?? []).flatMap((a, i) => (a.result === 'won' && awardKey(a) === awardKey(award) ? [factRef(index, `films.${f.id}.awards[${i}]`, a.source)] : [])),
      fame: index.fame(f.id),
      topic: `award:${awardKey(award)}:${f.id}`,
    };
  },
};
