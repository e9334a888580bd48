/**
 * Table clean-up before rows are read: merged cells spread over the rows and
 * columns they span, repeated header rows (a table continued across pages) and
 * separator rows ("----") dropped, and a row broken across two pages — its
 * continuation has an empty TT cell ("8. Tiếp tục thực hiện rà soát, kiến nghị cơ" +
 * "| quan có thẩm quyền loại bỏ …") — joined back into one.
 */
import type { Grammar } from '../../grammar/compile.js';
import { span, type Table, type TableCell, type TableRow } from '../../model/blocks.js';
import { columnKeys, findHeader, ROW_LABEL, rowText } from './columns.js';
import { rx } from '../../grammar/pattern.js';
import { inCapitals } from '../../cleanse/inline.js';

const SEPARATOR = /^[\s\-–—_=|:+.]*$/u;
const TERMINAL = /[.;:!?…)"”]$/u;

interface Slot {
  cell: TableCell;
  /** Rows still to fill with the cell's value. */
  left: number;
}

/** Rows on a grid: a rowSpan cell repeated in every row it spans, a colSpan cell followed by empty cells. */
function toGrid(rows: readonly TableRow[]): { rows: TableRow[]; spanned: boolean[] } {
  const pending: (Slot | undefined)[] = [];
  const spanned: boolean[] = [];
  const out = rows.map((r) => {
    const cells: TableCell[] = [];
    spanned.push(!!pending[0]);
    const fillSpans = () => {
      for (let s = pending[cells.length]; s; s = pending[cells.length]) {
        cells.push(s.cell);
        if (--s.left === 0) pending[cells.length - 1] = undefined;
      }
    };
    for (const c of r.cells) {
      fillSpans();
      const col = cells.length;
      cells.push(c);
      for (let k = 1; k < (c.colSpan ?? 1); k++) cells.push({ value: '', position: c.position });
      if ((c.rowSpan ?? 1) > 1) pending[col] = { cell: c, left: c.rowSpan! - 1 };
    }
    fillSpans();
    while (pending.slice(cells.length).some(Boolean)) {
      cells.push({ value: '', position: r.position });
      fillSpans();
    }
    return { ...r, cells };
  });
  return { rows: out, spanned };
}


/**
 * A row holding only a title that spans it, is written in capitals or bold, or names a period
 * ("Tháng 01/2025"): a group row, never a continuation.
 */
export function isGroupTitle(r: TableRow, grammar: Grammar): boolean {
  const filled = r.cells.filter((c) => c.value);
  if (filled.length !== 1) return false;
  const cell = filled[0]!;
  return (cell.colSpan ?? 1) > 1 || inCapitals(cell.value, 3) || !!cell.strong || grammar.time.periodTitles.some((re) => re.test(cell.value));
}

const joinValues = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);

/** A sub-row's mark in the TT column: none, or "-", "+". */
const SUB_ROW = /^[-+–]?$/u;

/**
 * A row without its own TT and without its own content that fills two cells or more, each
 * opening as a new cell does (not in lower case): a sub-row of the row above, which shares
 * its content cell (merged over both), not the rest of a row a page broke.
 */
function sharesContent(r: TableRow, content: number): boolean {
  if (r.cells[content]?.value) return false;
  const filled = r.cells.filter((c, k) => k > 0 && c.value);
  return filled.length >= 2 && !filled.some((c) => rx('u')`^\p{Ll}`.test(c.value));
}

/**
 * Spreads merged cells that a text dump or a PDF's words leave empty in the rows they span:
 * a sub-row ("-", "+" or no TT) takes each cell it lacks from the row above, when that row
 * is part of the same group (a sub-row itself, or the numbered row whose content it shares).
 */
function spreadMerged(rows: TableRow[], h: number, content: number): TableRow[] {
  const out = [...rows];
  // Only under a numbered row: in a table without numbers every row leaves TT empty.
  let numbered = false;
  for (let i = h + 1; i < out.length; i++) {
    numbered ||= ROW_LABEL.test(out[i]!.cells[0]?.value.trim() ?? '');
    if (!numbered || i < h + 2) continue;
    const r = out[i]!;
    const above = out[i - 1]!;
    if (!SUB_ROW.test(r.cells[0]?.value ?? 'x')) continue;
    const aboveSub = SUB_ROW.test(above.cells[0]?.value ?? 'x');
    if (!aboveSub && !sharesContent(r, content)) continue;
    if (r.cells.length !== above.cells.length) continue;
    out[i] = { ...r, cells: r.cells.map((c, k) => (k > 0 && !c.value && above.cells[k]!.value ? { ...above.cells[k]!, position: c.position } : c)) };
  }
  return out;
}

/**
 * A table cleaned for reading: spans spread, repeated headers and separator rows
 * dropped, continuation rows joined to the row they continue.
 */
export function normalizeTable(table: Table, grammar: Grammar): Table {
  const { rows, spanned } = toGrid(table.rows);
  const h = findHeader(rows, grammar);
  const header = h >= 0 ? rowText(rows[h]!) : null;
  const content = h >= 0 ? Math.max(1, columnKeys(rows[h]!, grammar).indexOf('content')) : 1;
  const out: TableRow[] = [];
  let afterBreak = false;
  rows.forEach((r, i) => {
    if (r.cells.every((c) => SEPARATOR.test(c.value))) return;
    if (i > h && header !== null && rowText(r) === header) {
      afterBreak = true;
      return;
    }
    const prev = out[out.length - 1];
    const value = r.cells[content]?.value ?? '';
    const continues =
      h >= 0 && i > h + 1 && prev && !spanned[i] && !r.cells[0]?.value && !isGroupTitle(r, grammar) && !sharesContent(r, content) &&
      (afterBreak || rx('u')`^\p{Ll}`.test(value) || !TERMINAL.test(prev.cells[content]?.value ?? ''));
    afterBreak = false;
    if (!continues) {
      out.push(r);
      return;
    }
    out[out.length - 1] = {
      ...prev,
      position: span(prev.position, r.position),
      // A merged cell both rows share is not repeated.
      cells: prev.cells.map((c, k) => (r.cells[k] === rows[i - 1]!.cells[k] ? c : { ...c, value: joinValues(c.value, r.cells[k]?.value ?? '') })),
    };
  });
  return { ...table, rows: h >= 0 ? spreadMerged(out, out.findIndex((r) => r === rows[h]), content) : out };
}

/** Two tables that are one continued: the second repeats the first's header row. */
export function sameHeader(a: Table, b: Table, grammar: Grammar): boolean {
  const ha = findHeader(a.rows, grammar);
  const hb = findHeader(b.rows, grammar);
  return ha >= 0 && hb >= 0 && rowText(a.rows[ha]!) === rowText(b.rows[hb]!);
}
