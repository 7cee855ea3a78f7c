/** Every question kind, in a fixed order (the order is part of what a seed means). */
import type { KindId } from '../question';
import { awardWinner } from './award-winner';
import { characterActor } from './character-actor';
import { filmDirector } from './film-director';
import { filmLogline } from './film-logline';
import { filmSetting, filmShotOn } from './film-property';
import { filmReference } from './film-reference';
import { filmYear } from './film-year';
import { firstReleased } from './first-released';
import type { QuestionKind } from './kind';
import { oscarCount } from './oscar-count';
import { personFilmography } from './person-filmography';
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
];

export function kindById(id: KindId): QuestionKind {
  const kind = KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`unknown question kind "${id}"`);
  return kind;
}
