/**
 * Real film tables into decks. Each format knows one table's layout and oddities; all of
 * them give a deck that passes `validateDeck` and a list of the rows they left out or
 * changed, with reasons.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImportResult } from './builder';
import { importCannes } from './cannes';
import { type CsvImportOptions, importCsv } from './csv';
import { importOscars } from './oscars';
import type { TableFile } from './table';
import { importVega } from './vega';
import { importWikipedia } from './wikipedia';

export type { ImportResult, Repair, Skip } from './builder';
export type { ImportOptions, TableFile } from './table';

export const FORMATS = ['oscars', 'cannes', 'csv', 'wikipedia', 'vega'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(text: string): text is Format {
  return (FORMATS as readonly string[]).includes(text);
}

/** The files a path stands for: itself, or for a folder (Wikipedia's lists by decade) its .json files in name order. */
export function readTable(path: string): TableFile[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(path, f), 'utf8') }));
  }
  return [{ name: basename(path), text: readFileSync(path, 'utf8') }];
}

export function importTable(format: Format, files: readonly TableFile[], options: CsvImportOptions = {}): ImportResult {
  if (format === 'wikipedia') return importWikipedia(files, options);
  const [file, ...more] = files;
  if (!file || more.length > 0) throw new Error(`the ${format} format reads exactly one file, not ${files.length}`);
  switch (format) {
    case 'oscars':
      return importOscars(file, options);
    case 'cannes':
      return importCannes(file, options);
    case 'csv':
      return importCsv(file, options);
    case 'vega':
      return importVega(file, options);
  }
}
