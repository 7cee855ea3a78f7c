/**
 * A problem in a deck file, located: file, line, column and field. Its own module, free of
 * the checker, so a screen can show a deck's problems without loading zod.
 */
export interface LocatedProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(p: LocatedProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.field}: ${p.message}`;
}
