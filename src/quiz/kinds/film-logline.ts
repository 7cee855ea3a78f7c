/** "Which film is this? “A Brooklyn exotic dancer marries the son of a Russian oligarch.”" */
import { factRef, type QuestionKind } from './kind';
import { isAnimated, nearbyFilms } from './pools';
import { filmChoice, filmChoiceNear, filmName } from './shared';

export const filmLogline: QuestionKind = {
  id: 'film-logline',
  category: 'Plots',
  input: 'choice',
  subjects: (index) => index.films.filter((f) => f.logline).map((f) => f.id),
  draft(index, subject) {
    const f = index.film(subject);
    if (!f.logline) return null;
    return {
      prompt: `Which film is this? “${f.logline}”`,
      answer: filmChoice(index, f),
      // Animated films for an animated one's logline, live action for live action: Inside Out beside a story of Auschwitz answers itself.
      pool: nearbyFilms(index, f, (g) => isAnimated(g) === isAnimated(f)).map((g) => filmChoiceNear(index, f, g)),
      truth: (key) => key === f.id,
      // A logline that names the title, or a distinctive word of it, gives it away.
      clue: f.logline,
      explanation: `${filmName(f)}: ${f.logline}`,
      facts: [factRef(index, `films.${f.id}.logline`, f.sourceFor?.logline ?? f.source)],
      fame: index.fame(f.id),
      topic: `logline:${f.id}`,
    };
  },
};
