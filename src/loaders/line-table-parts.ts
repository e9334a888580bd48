/**
 * What both readers of tables flattened into lines (layout-tables.ts, line-cells.ts) build
 * with: the words of a line with their columns, cells from words, tables from rows.
 */
import type { Grammar } from '../grammar/compile.js';
import { span, type Table, type TableCell, type TableRow } from '../model/blocks.js';
import { columnKey, MAX_HEADER_CHARS } from '../extractors/tables/columns.js';
import { cellValue } from './pdf/table-rows.js';
import { spanOf, type Line } from './source-lines.js';
import { matchesOf } from '../grammar/pattern.js';

/** A table found among lines: it replaces lines [first, end). */
export interface LineTable {
  first: number;
  end: number;
  table: Table;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of one line that go into one cell. */
export interface Part {
  line: Line;
  words: Word[];
}

const WORD = /\S+/gu;
const CHUNK = /\S+(?: \S+)*/gu;
export const wordsOf = (raw: string, re = WORD): Word[] =>
  matchesOf(re, raw).map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
/** Runs of words with single spaces between them: the cells of an aligned line. */
export const chunksOf = (raw: string): Word[] => wordsOf(raw, CHUNK);
/** A line's runs of words apart by wide gaps, each with its words. */
export const partsOf = (l: Line): Part[] =>
  chunksOf(l.raw).map((c) => ({ line: l, words: wordsOf(c.text).map((w) => ({ ...w, start: w.start + c.start, end: w.end + c.start })) }));
export const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
// Header cells are short; a longer line is not worth matching against every column name.
export const isLabelHeader = (s: string, grammar: Grammar): boolean => s.length <= MAX_HEADER_CHARS && columnKey(s, grammar) === 'label';

/** A cell from the words it holds, line by line; empty cells sit at `at`. */
export function toCell(lines: Part[], at: Line, colSpan?: number): TableCell {
  const filled = lines.filter((l) => l.words.length);
  const first = filled[0];
  const last = filled[filled.length - 1];
  const value = cellValue(filled.map((l) => l.words.map((w) => w.text).join(' ')));
  const position = first && last
    ? spanOf(first.line, first.words[0]!.start, last.line, last.words[last.words.length - 1]!.end)
    : spanOf(at, 0, at, 0);
  return colSpan ? { value, position, colSpan } : { value, position };
}

export const tableOf = (rows: TableRow[]): Table => ({
  type: 'table',
  rows,
  position: span(rows[0]!.position, rows[rows.length - 1]!.position),
  page: rows[0]!.page,
});
