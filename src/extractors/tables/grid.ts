/**
 * Table clean-up before rows are read: merged cells spread over the rows and
 * columns they span, repeated header rows (a table continued across pages) and
 * separator rows ("----") dropped, and a row broken across two pages — its
 * continuation has an empty TT cell ("8. Tiếp tục thực hiện rà soát, kiến nghị cơ" +
 * "| quan có thẩm quyền loại bỏ …") — joined back into one.
 */
import type { Grammar } from '../../grammar/compile.js';
import type { Table, TableCell, TableRow } from '../../model/blocks.js';
import { columnKeys, findHeader, rowText } from './columns.js';
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
      h >= 0 && i > h + 1 && prev && !spanned[i] && !r.cells[0]?.value && !isGroupTitle(r, grammar) &&
      (afterBreak || rx('u')`^\p{Ll}`.test(value) || !TERMINAL.test(prev.cells[content]?.value ?? ''));
    afterBreak = false;
    if (!continues) {
      out.push(r);
      return;
    }
    out[out.length - 1] = {
      ...prev,
      position: { start: prev.position.start, end: r.position.end },
      // A merged cell both rows share is not repeated.
      cells: prev.cells.map((c, k) => (r.cells[k] === rows[i - 1]!.cells[k] ? c : { ...c, value: joinValues(c.value, r.cells[k]?.value ?? '') })),
    };
  });
  return { ...table, rows: out };
}

/** Two tables that are one continued: the second repeats the first's header row. */
export function sameHeader(a: Table, b: Table, grammar: Grammar): boolean {
  const ha = findHeader(a.rows, grammar);
  const hb = findHeader(b.rows, grammar);
  return ha >= 0 && hb >= 0 && rowText(a.rows[ha]!) === rowText(b.rows[hb]!);
}
