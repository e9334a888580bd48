/**
 * Tables of a scanned page rebuilt from the grids of its rulings: each word goes to
 * the cell its centre lies in, so header cells at half-line offsets and rows of
 * uneven height need no guessing from gaps.
 */
import { buildRows, type Row } from './rows.js';
import { cellAt, rowSpan, spansRow, type Grid } from './ruled-grid.js';
import type { GridRow } from './table-rows.js';
import type { Word } from './words.js';

/** A ruled table: the page rows it takes (first to end) and its logical rows. */
export interface RuledTable {
  first: number;
  end: number;
  rows: GridRow[];
}

/**
 * Rebuilds the ruled tables among a page's rows; rows whose words fall in no cell stay
 * text. `unread` counts the grids no word could be placed in (nothing read inside them).
 */
export function ruledTables(rows: Row[], grids: Grid[], page: number): { tables: RuledTable[]; unread: number } {
  const out: RuledTable[] = [];
  let unread = 0;
  for (const grid of grids) {
    const cells = new Map<string, Word[]>();
    const taken: number[] = [];
    rows.forEach((r, i) => {
      const placed = r.words.map((w) => ({ w, at: cellAt(grid, (w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2) }));
      if (placed.filter((p) => p.at).length < placed.length / 2) return;
      taken.push(i);
      for (const { w, at } of placed) if (at) cells.set(`${at.row}:${at.col}`, [...(cells.get(`${at.row}:${at.col}`) ?? []), w]);
    });
    if (!taken.length) {
      unread++;
      continue;
    }
    const cols = grid.vertical.length - 1;
    const text = (ws: Word[] | undefined) => (ws ? buildRows({ width: 0, height: 0, words: ws }, page).map((r) => r.text) : []);
    const gridRows: GridRow[] = [];
    // A cell merged over rows below gives its value, read once, to each of them.
    const merged = new Map<string, string[]>();
    for (let row = 0; row + 1 < grid.horizontal.length; row++) {
      for (let c = 0; c < cols; c++) {
        const span = rowSpan(grid, row, c);
        if (span < 2 || merged.has(`${row}:${c}`)) continue;
        const value = text(Array.from({ length: span }, (_, k) => cells.get(`${row + k}:${c}`) ?? []).flat());
        for (let k = 0; k < span; k++) merged.set(`${row + k}:${c}`, value);
      }
    }
    for (let row = 0; row + 1 < grid.horizontal.length; row++) {
      const line = Array.from({ length: cols }, (_, c) => merged.get(`${row}:${c}`) ?? text(cells.get(`${row}:${c}`)));
      if (line.every((l) => !l.length)) continue;
      const spanning = spansRow(grid, row);
      gridRows.push({ cells: spanning ? line.map((_, c) => (c ? [] : line.flat())) : line, page, spanning });
    }
    out.push({ first: taken[0]!, end: taken[taken.length - 1]! + 1, rows: gridRows });
  }
  return { tables: out.sort((a, b) => a.first - b.first), unread };
}
