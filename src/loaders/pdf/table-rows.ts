/**
 * Splits a table region into logical rows and cells. With a label column ("1.", "2.",
 * "I", "a)") a row starts where that column has a label, and the lines before the first
 * label are the header (or, on a continuation page, the rest of the row the page broke:
 * its label cell stays empty). Without one, a wider gap between lines starts a row.
 */
import { joinWords, median, type Row } from './rows.js';
import { columnOf, type TableRegion } from './table-grid.js';

/** One logical row: per column, its lines of text. */
export interface GridRow {
  cells: string[][];
  page: number;
  /** The row is one cell spanning the table. */
  spanning: boolean;
}

const LABEL = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXLC]{1,6}[.)]?|[a-zđ][.)])$/u;

/** Cell text per column of one visual row. */
function cellsOf(row: Row, region: TableRegion): string[] {
  const cols: Row['words'][] = Array.from({ length: region.channels.length + 1 }, () => []);
  for (const w of row.words) cols[columnOf(region.channels, (w.x0 + w.x1) / 2)]!.push(w);
  return cols.map((ws) => (ws.length ? joinWords(ws, row.h) : ''));
}

/** Logical rows of a table region, top to bottom. */
export function gridRows(rows: Row[], region: TableRegion): GridRow[] {
  const lines = rows.slice(region.first, region.end);
  const cells = lines.map((r) => cellsOf(r, region));
  const labels = cells.filter((c) => c[0]).map((c) => c[0]!);
  const labelled = labels.length >= 2 && labels.filter((l) => LABEL.test(l)).length >= 0.6 * labels.length;
  const pitch = median(lines.slice(1).map((r, i) => r.y0 - lines[i]!.y0));
  const wider = (i: number) => i > 0 && lines[i]!.y0 - lines[i - 1]!.y0 > 1.15 * pitch;
  // Header lines sit closer than body lines (cells centred at half-line offsets); the first wider step ends them.
  let body = 0;
  if (region.head !== undefined) for (body = region.head - region.first + 1; body < lines.length && !wider(body); body++);
  // Rows set apart by a blank band (cell padding) are read by the bands, so a row whose cells are
  // centred vertically keeps the lines above its label ("Rà soát …" / "1  Trưởng thôn" / "dời …").
  const h = median(lines.map((r) => r.h));
  const band = (i: number) => i > 0 && lines[i]!.y0 - lines[i - 1]!.y1 > 0.3 * h;
  const banded = lines.filter((_, i) => i > body && band(i)).length >= 2;
  const out: GridRow[] = [];
  let cur: GridRow | null = null;
  let hasLabel = false;
  lines.forEach((r, i) => {
    const spanning = region.spanning.has(region.first + i);
    const label = LABEL.test(cells[i]![0]!);
    const opensRow = !labelled ? wider(i) : banded ? band(i) || (label && hasLabel) : label;
    const starts = spanning || cur?.spanning || i === body || (i > body && opensRow);
    if (!cur || starts) {
      cur = { cells: cells[i]!.map(() => []), page: r.page, spanning };
      out.push(cur);
      hasLabel = false;
    }
    if (label) hasLabel = true;
    if (spanning) cur.cells[0]!.push(r.text);
    else cells[i]!.forEach((t, c) => t && cur!.cells[c]!.push(t));
  });
  return out;
}

const ITEM = /^[-+•–]\s/u;

/**
 * A cell's value: wrapped lines joined by a space, a new list item ("- …", "+ …") on a new line.
 * A dash that opens a line is an item only in a list (the cell opens with one) or after a finished
 * line: "Văn phòng" + "- Thống kê" is one name wrapped at its dash.
 */
export function cellValue(lines: string[]): string {
  const list = ITEM.test(lines[0] ?? '');
  return lines.reduce((acc, l) => (acc ? acc + (ITEM.test(l) && (list || /[.;:,]$/u.test(acc)) ? '\n' : ' ') + l : l), '');
}
