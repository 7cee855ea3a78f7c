/**
 * "Which film won Best Picture at the 97th Academy Awards?" and, for awards to people,
 * "Who won Best Actress at the 97th Academy Awards?". An option is known wrong when it
 * was up for the same award and lost, when the deck lists every Oscar, or (films only)
 * when it was up for the same prize in another year (a film competes once) or came out
 * after the awards year. Shared prizes (ex aequo) are asked as "which of these shared",
 * with the other winners never among the options.
 *
 * Wrong options are ones that could have won: films that came out that year or in the few
 * before it (never after: they could not compete), of the prize's kind (animated films for
 * Animated Feature, films not in English for International Feature); people who were
 * working then, of the same kind (an actress for an actress's prize).
 */
import type { DeckIndex } from '../deck/deck-index';
import type { Award, Film } from '../deck/schema';
import { listAnd } from '../text';
import { awardName, awardOccasion, awardVerb, isAnimatedAward, isCompetitive, isFilmAward, isInternationalAward, prizeKey } from './awards';
import { factRef, type Option, type QuestionKind } from './kind';
import { type AwardEntry, awardKey, filmAwards, filmDistance, genderOfCategory, inCareer, isAnimated, NEIGHBOURS, nearbyFilms, nearestInYear, pools } from './pools';
import { filmName, peopleKey, teamIds, teamOption, undatedChoice, withNamesakes } from './shared';

const sameAward = (a: Award, b: Award) => awardKey(a) === awardKey(b);

/** How many years before an award a film may have come out and still be a plausible wrong option for it. */
export const AWARD_WINDOW = 3;

/** Whether `g` won the award of `award`, by the facts: true, false, or undefined (cannot tell). */
export function filmWon(index: DeckIndex, award: Award, g: Film): boolean | undefined {
  const mine = filmAwards(g);
  const key = awardKey(award);
  if (mine.won.has(key)) return true;
  if (mine.up.has(key)) return false;
  // A film is up for a prize in one year only, whatever the prize was called that year.
  if (mine.prizes.has(prizeKey(award))) return false;
  if (award.body === 'oscars' && index.isComplete('oscars')) return false;
  // No film competes before it is released.
  if (g.year > award.year) return false;
  return undefined;
}

const ENGLISH = /^english$/i;


/** Whether a film could be an International Feature entry: it was one, or its first language is not English. */
export function isInternationalEntry(g: Film): boolean {
  if ((g.awards ?? []).some(isInternationalAward)) return true;
  const first = g.languages?.[0];
  return first !== undefined && !ENGLISH.test(first.trim());
}

/** Whether a film could have been up for `award`: out that year or a few before, and of the prize's kind. */
export function eligibleFor(award: Award, g: Film): boolean {
  if (g.year > award.year || g.year < award.year - AWARD_WINDOW) return false;
  if (isAnimatedAward(award)) return isAnimated(g);
  if (isInternationalAward(award)) return isInternationalEntry(g);
  return true;
}

const winnersOf = (index: DeckIndex, award: Award) => pools(index).awardsAt(award).filter((e) => e.award.result === 'won');

function filmQuestion(index: DeckIndex, f: Film, at: number, award: Award) {
  // The award's year is in the prompt, so a film is never told apart by its own year ("Scarecrow (1973)" at the 1973 festival).
  const answer = undatedChoice(index, f);
  if (!answer) return null;
  const occasion = awardOccasion(award);
  const winners = winnersOf(index, award);
  const shared = winners.length > 1;
  const others = winners.filter((w) => w.film.id !== f.id).map((w) => w.film.title);
  const nominated = (g: Film) => (g.awards ?? []).flatMap((a, i) => (prizeKey(a) === prizeKey(award) ? [factRef(index, `films.${g.id}.awards[${i}]`, a.source)] : []));
  const verb = awardVerb(award);
  return {
    prompt: shared ? `Which of these films shared ${awardName(award)} at ${occasion}?` : `Which film ${verb} ${awardName(award)} at ${occasion}?`,
    wrongFrom: `films of ${award.year - AWARD_WINDOW}–${award.year} that the deck shows did not win it: its losing ${award.body === 'cannes' ? 'competitors' : 'nominees'} on record${award.body === 'oscars' ? ', or any film of a deck that lists every Oscar' : ''}`,
    answer,
    // An animated film among live-action ones for International Feature (or the reverse) is ruled out at a glance.
    pool: nearbyFilms(index, f, (g) => eligibleFor(award, g) && (!isInternationalAward(award) || isAnimated(g) === isAnimated(f)) && filmWon(index, award, g) === false).flatMap((g) => undatedChoice(index, g, filmDistance(index, f, g), () => nominated(g)) ?? []),
    truth: (key: string) => filmWon(index, award, index.film(key)),
    explanation: `${filmName(f)} ${verb} ${awardName(award)} at ${occasion}${shared ? `, shared with ${listAnd(others)}` : ''}.`,
    facts: [factRef(index, `films.${f.id}.awards[${at}]`, award.source)],
    fame: index.fame(f.id),
    topic: `award:${awardKey(award)}:${f.id}`,
  };
}

/**
 * Truth of "this person (or team) won `award`", for teams given as keys: a winning team
 * (by names) is right; anyone sharing a name with a winner is half right at best; a team
 * of people none of whom won is wrong only if each is known to have lost (or every
 * Oscar is listed).
 */
function personTruth(index: DeckIndex, award: Award, winners: readonly AwardEntry[]): (key: string) => boolean | undefined {
  const p = pools(index);
  const teams = winners.map((w) => new Set((w.award.people ?? []).map((id) => p.nameKey(id))));
  const winningNames = new Set(teams.flatMap((t) => [...t]));
  const everyOscar = award.body === 'oscars' && index.isComplete('oscars');
  const lost = new Set(
    p
      .awardsAt(award)
      .filter((e) => e.award.result === 'nominated')
      .flatMap((e) => e.award.people ?? []),
  );
  return (key) => {
    const ids = teamIds(key);
    const names = new Set(ids.map((id) => p.nameKey(id)));
    if (teams.some((team) => team.size === names.size && [...names].every((n) => team.has(n)))) return true;
    if ([...names].some((n) => winningNames.has(n))) return undefined;
    if (everyOscar) return false;
    return ids.every((id) => lost.has(id)) ? false : undefined;
  };
}

function personQuestion(index: DeckIndex, f: Film, at: number, award: Award) {
  // "Who won the Special Award?" has no one answer: such awards go to several people a year, most of them outside the deck.
  if (!isCompetitive(award)) return null;
  const people = award.people ?? [];
  const winners = winnersOf(index, award);
  if (winners.some((w) => (w.award.people?.length ?? 0) === 0)) return null;
  const shared = winners.length > 1;
  const occasion = awardOccasion(award);
  const taken = withNamesakes(
    index,
    winners.flatMap((w) => w.award.people ?? []),
  );
  // Nominees of this award, then (when every Oscar is listed) of the category in nearby years.
  const p = pools(index);
  const history = p.awardHistory(award.body, award.category);
  const pool: Option[] = [];
  const seen = new Set<string>();
  // Only people working in the award's year, and for acting prizes of the winners' gender (the category's).
  const gender = genderOfCategory(award.category);
  const plausible = (ids: readonly string[]) => ids.every((id) => inCareer(p, id, award.year) && (gender === undefined || p.gender(id) === gender));
  const keep = (x: AwardEntry) => {
    const ids = x.award.people ?? [];
    return ids.length === people.length && !ids.some((id) => taken.has(id)) && plausible(ids);
  };
  for (const e of nearestInYear(history, (x) => x.award.year, award.year, keep, NEIGHBOURS)) {
    const ids = e.award.people ?? [];
    const key = peopleKey(ids);
    if (seen.has(key)) continue;
    seen.add(key);
    pool.push({
      ...teamOption(index, ids, sameAward(e.award, award) ? 0 : 1 + Math.abs(e.award.year - award.year)),
      facts: () => [factRef(index, `films.${e.film.id}.awards[${e.at}]`, e.award.source)],
    });
  }
  const names = listAnd(people.map((id) => index.person(id).name));
  return {
    prompt: shared ? `Who shared ${awardName(award)} at ${occasion}?` : `Who won ${awardName(award)} at ${occasion}?`,
    wrongFrom: 'its losing nominees on record, or people of that kind of category working then where every Oscar is listed',
    answer: teamOption(index, people, 0),
    pool,
    truth: personTruth(index, award, winners),
    reveals: people.map((id) => index.person(id).name),
    explanation: `${names} won ${awardName(award)} at ${occasion}, for ${filmName(f)}${shared ? ' (a shared award)' : ''}.`,
    facts: [factRef(index, `films.${f.id}.awards[${at}]`, award.source)],
    fame: index.fame(f.id),
    topic: `award:${awardKey(award)}:${f.id}`,
  };
}

export const awardWinner: QuestionKind = {
  id: 'award-winner',
  category: 'Awards',
  input: 'choice',
  subjects(index) {
    const out: string[] = [];
    for (const f of index.films) {
      (f.awards ?? []).forEach((a, i) => {
        if (a.result === 'won' && (isFilmAward(a) || (a.people?.length ?? 0) > 0)) out.push(`${f.id}/${i}`);
      });
    }
    return out;
  },
  draft(index, subject) {
    const [filmId, at] = subject.split('/');
    const f = index.film(filmId ?? '');
    const award = f.awards?.[Number(at)];
    if (award?.result !== 'won') return null;
    return isFilmAward(award) ? filmQuestion(index, f, Number(at), award) : personQuestion(index, f, Number(at), award);
  },
};
