/** The printed quiz, loaded on demand (`import('../../print')`): nothing of it is in the first load. */
export { type PrintOptions, type PrintPart, type PrintView, printQuiz, renderPages } from './print-view';
