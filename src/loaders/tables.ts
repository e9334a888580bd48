/**
 * Table blocks from tab-separated rows (OCR converters). The Markdown and HTML
 * table forms, which need parsers, live in table-markup.ts and load only when a
 * text holds such a table.
 */
import { span, type Table, type TableCell, type TableRow } from '../model/blocks.js';
import { cleanCell } from '../cleanse/inline.js';
import { spanOf, type Line } from './source-lines.js';

const SEPARATOR_ROW = /^[\s\-–—_=|:+]*$/u;
const BOLD = /^\s*\*\*[^*].*\*\*\s*$/u;

/** A table from tab-separated lines; rows of only dashes are dropped. */
export function tsvTable(lines: Line[]): Table | null {
  const rows: TableRow[] = [];
  for (const l of lines) {
    if (SEPARATOR_ROW.test(l.raw)) continue;
    const cells: TableCell[] = [];
    let col = 0;
    for (const part of l.raw.split('\t')) {
      const cell: TableCell = { value: cleanCell(part), position: spanOf(l, col, l, col + part.length) };
      if (BOLD.test(part)) cell.strong = true;
      cells.push(cell);
      col += part.length + 1;
    }
    rows.push({ cells, position: spanOf(l), page: l.page });
  }
  if (!rows.length) return null;
  return { type: 'table', rows, position: span(rows[0]!.position, rows[rows.length - 1]!.position), page: rows[0]!.page };
}
