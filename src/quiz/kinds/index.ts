/** Every question kind, in a fixed order (the order is part of what a seed means). */
import type { KindId } from '../question';
import { awardPerson } from './award-person';
import { awardWinner } from './award-winner';
import { characterActor } from './character-actor';
import { closestYear } from './closest-year';
import { filmCountry } from './film-country';
import { crewRole, filmCrew } from './film-crew';
import { filmDirector } from './film-director';
import { filmLogline } from './film-logline';
import { filmSetting, filmShotOn } from './film-property';
import { filmReference } from './film-reference';
import { filmYear } from './film-year';
import { firstReleased } from './first-released';
import { higherLower } from './higher-lower';
import type { QuestionKind } from './kind';
import { oscarCount } from './oscar-count';
import { personAppearance } from './person-appearance';
import { personBorn } from './person-born';
import { personEducation } from './person-education';
import { personFilmography } from './person-filmography';
import { releaseOrder } from './release-order';
import { triviaTrueFalse } from './trivia-true-false';
import { trueFalse } from './true-false';

export const KINDS: readonly QuestionKind[] = [
  filmDirector,
  filmYear,
  characterActor,
  filmLogline,
  filmSetting,
  filmShotOn,
  awardWinner,
  oscarCount,
  firstReleased,
  trueFalse,
  personFilmography,
  filmReference,
  closestYear,
  releaseOrder,
  higherLower,
  awardPerson,
  personEducation,
  personAppearance,
  filmCrew,
  crewRole,
  personBorn,
  triviaTrueFalse,
  filmCountry,
];

/**
 * Every kind by id. Typed as a record over `KindId`, so an id without a kind (or a kind
 * with an id missing from the union) does not compile; a test checks KINDS lists each once.
 */
export const KIND_BY_ID = {
  'film-director': filmDirector,
  'film-year': filmYear,
  'closest-year': closestYear,
  'release-order': releaseOrder,
  'higher-lower': higherLower,
  'character-actor': characterActor,
  'film-logline': filmLogline,
  'film-setting': filmSetting,
  'film-shot-on': filmShotOn,
  'award-winner': awardWinner,
  'award-person': awardPerson,
  'oscar-count': oscarCount,
  'first-released': firstReleased,
  'true-false': trueFalse,
  'person-filmography': personFilmography,
  'person-appearance': personAppearance,
  'person-education': personEducation,
  'film-reference': filmReference,
  'film-crew': filmCrew,
  'crew-role': crewRole,
  'person-born': personBorn,
  'trivia-true-false': triviaTrueFalse,
  'film-country': filmCountry,
} as const satisfies Record<KindId, QuestionKind>;

/** Every kind id, in KINDS order. */
export const KIND_IDS: readonly KindId[] = KINDS.map((k) => k.id);

export function isKindId(id: string): id is KindId {
  return (KIND_IDS as readonly string[]).includes(id);
}

export function kindById(id: KindId): QuestionKind {
  return KIND_BY_ID[id];
}
