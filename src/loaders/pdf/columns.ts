/**
 * Finds side-by-side blocks outside tables — the national header (cơ quan | quốc hiệu,
 * "Số: …" | place and date) and the closing (Nơi nhận | signature) — so that each
 * column is read top to bottom instead of line by line across the page.
 */
import { makeRow, type Row } from './rows.js';
import { subtract, type Channel } from './table-grid.js';

/** A run of rows split into a left and a right column. */
export interface ColumnRegion {
  first: number;
  end: number;
  left: Row[];
  right: Row[];
}

function widestGap(row: Row): Channel | null {
  let best: Channel | null = null;
  for (let i = 1; i < row.words.length; i++) {
    const a = row.words[i - 1]!.x1;
    const b = row.words[i]!.x0;
    if (b - a >= 2 * row.h && (!best || b - a > best.b - best.a)) best = { a, b };
  }
  return best;
}

function split(row: Row, c: Channel): { left: Row | null; right: Row | null } {
  const l = row.words.filter((w) => w.x1 <= c.a);
  const r = row.words.filter((w) => w.x0 >= c.b);
  return { left: l.length ? makeRow(l, row.page) : null, right: r.length ? makeRow(r, row.page) : null };
}

/** Whether a one-sided line lines up (left edge, right edge or centre) with a line of that column. */
function aligned(line: Row, column: Row[]): boolean {
  const tol = line.h;
  return column.some(
    (c) => Math.abs(c.x0 - line.x0) < tol || Math.abs(c.x1 - line.x1) < tol || Math.abs(c.x0 + c.x1 - line.x0 - line.x1) < 2 * tol,
  );
}

/**
 * Finds two-column regions among rows (none of them in a table): seeded by a row with a
 * gap of at least two line heights, grown over close rows that leave the gap free and
 * either have words on both sides or line up with one column.
 */
export function findColumnRegions(rows: Row[]): ColumnRegion[] {
  const out: ColumnRegion[] = [];
  for (let i = 0; i < rows.length; i++) {
    const seed = widestGap(rows[i]!);
    if (!seed) continue;
    let channel = seed;
    const parts = new Map<number, { left: Row | null; right: Row | null }>([[i, split(rows[i]!, seed)]]);
    const side = (k: 'left' | 'right') => [...parts.values()].flatMap((p) => (p[k] ? [p[k]!] : []));
    const accept = (j: number, near: number): boolean => {
      const r = rows[j];
      if (!r || Math.abs(r.y0 - rows[near]!.y0) > 2.2 * r.h) return false;
      const c = subtract([channel], r, r.h)[0]!.sort((x, y) => y.b - y.a - (x.b - x.a))[0];
      if (!c) return false;
      const p = split(r, c);
      if (!(p.left && p.right) && !(p.left ? aligned(p.left, side('left')) : aligned(p.right!, side('right')))) return false;
      channel = c;
      parts.set(j, p);
      return true;
    };
    let first = i;
    let end = i + 1;
    while (accept(end, end - 1)) end++;
    while (first > (out[out.length - 1]?.end ?? 0) && accept(first - 1, first)) first--;
    // Re-split with the final, narrowest channel so every row divides at the same place.
    const final = [...Array(end - first).keys()].map((k) => split(rows[first + k]!, channel));
    out.push({
      first,
      end,
      left: final.flatMap((p) => (p.left ? [p.left] : [])),
      right: final.flatMap((p) => (p.right ? [p.right] : [])),
    });
    i = end - 1;
  }
  return out;
}
