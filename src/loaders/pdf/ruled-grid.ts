/**
 * Ruled tables of a scanned page: rulings that cross each other form a grid; its
 * horizontal rulings bound the rows and the vertical ones the cells of each row (a
 * vertical ruling missing across a row merges cells, as in "CÔNG TÁC CHỈ ĐẠO").
 */
import type { Rulings, Segment } from './rulings.js';

export interface Grid {
  /** Vertical rulings, left to right. */
  vertical: Segment[];
  /** Horizontal rulings, top to bottom. */
  horizontal: Segment[];
  /** How far a ruling's end may be from where it is taken to run, in the grid's units. */
  tol: number;
  /** Stretches where a ruling is not drawn (a cell merged across it), when known. */
  gaps?: Rulings;
}

/** How exactly rulings are known, in their units: where they meet, and where they end. */
export interface Precision {
  tol: number;
  end: number;
}

/** Rulings traced in a 200 dpi image, in bands of 40 pixels: their ends are known to a band only. */
export const TRACED: Precision = { tol: 12, end: 45 };

/** x of a vertical ruling at height y, and y of a horizontal ruling at x (rulings lean on a rotated scan). */
const xAt = (s: Segment, y: number) => s.x0 + ((s.x1 - s.x0) * (y - s.y0)) / (s.y1 - s.y0 || 1);
const yAt = (s: Segment, x: number) => s.y0 + ((s.y1 - s.y0) * (x - s.x0)) / (s.x1 - s.x0 || 1);

const crosses = (v: Segment, h: Segment, end: number): boolean => {
  const x = xAt(v, h.y0);
  const y = yAt(h, v.x0);
  return x >= h.x0 - end && x <= h.x1 + end && y >= v.y0 - end && y <= v.y1 + end;
};

/** Grids of crossing rulings: at least three verticals (two columns) and two horizontals each. */
export function findGrids({ vertical, horizontal }: Rulings, { tol, end }: Precision = TRACED): Grid[] {
  // Union-find over all rulings, verticals first.
  const parent = [...vertical, ...horizontal].map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const links = vertical.map(() => 0);
  const hLinks = horizontal.map(() => 0);
  vertical.forEach((v, i) =>
    horizontal.forEach((h, j) => {
      if (!crosses(v, h, end)) return;
      links[i]!++;
      hLinks[j]!++;
      parent[root(i)] = root(vertical.length + j);
    }),
  );
  const groups = new Map<number, Grid>();
  const group = (i: number) => groups.get(root(i)) ?? groups.set(root(i), { vertical: [], horizontal: [], tol }).get(root(i))!;
  // A line of text can pass for a short ruling; a real one meets two of the other kind.
  vertical.forEach((v, i) => links[i]! >= 2 && group(i).vertical.push(v));
  horizontal.forEach((h, j) => hLinks[j]! >= 2 && group(vertical.length + j).horizontal.push(h));
  return [...groups.values()]
    .filter((g) => g.vertical.length >= 3 && g.horizontal.length >= 2)
    .map((g) => ({ vertical: g.vertical.sort((a, b) => a.x0 - b.x0), horizontal: g.horizontal.sort((a, b) => a.y0 - b.y0), tol }));
}

/** Whether vertical `v` divides the grid at height y: it runs there and is not broken off. */
function divides(grid: Grid, v: Segment, y: number): boolean {
  const { tol } = grid;
  if (v.y0 - tol > y || v.y1 + tol < y) return false;
  return !grid.gaps?.vertical.some((g) => Math.abs(g.x0 - v.x0) <= tol && g.y0 < y && y < g.y1);
}

/**
 * How many rows the cell at (row, col) spans downwards: the rulings under it stop short of its
 * column or break off across it. Only drawn rulings say so; traced ones end where a band does.
 */
export function rowSpan(grid: Grid, row: number, col: number): number {
  const { vertical: vs, horizontal: hs, tol, gaps } = grid;
  if (!gaps) return 1;
  const x = (vs[col]!.x0 + vs[col + 1]!.x0) / 2;
  const open = (h: Segment) => x < h.x0 - tol || x > h.x1 + tol || gaps.horizontal.some((g) => Math.abs(g.y0 - h.y0) <= tol && g.x0 < x && x < g.x1);
  let span = 1;
  while (row + span < hs.length - 1 && open(hs[row + span]!)) span++;
  return span;
}

/** Where a point lies in a grid: its row and column (a merged cell takes the first column it spans), or null outside. */
export function cellAt(grid: Grid, x: number, y: number): { row: number; col: number } | null {
  const { vertical: vs, horizontal: hs } = grid;
  const row = hs.filter((h) => yAt(h, x) < y).length - 1;
  if (row < 0 || row >= hs.length - 1) return null;
  const mid = (yAt(hs[row]!, x) + yAt(hs[row + 1]!, x)) / 2;
  if (x < xAt(vs[0]!, y) || x > xAt(vs[vs.length - 1]!, y)) return null;
  // Only rulings that run through this row divide it.
  let col = 0;
  vs.forEach((v, k) => {
    if (k > 0 && xAt(v, y) < x && divides(grid, v, mid)) col = k;
  });
  return { row, col: Math.min(col, vs.length - 2) };
}

/** Whether a row of the grid has only one cell (no inner vertical ruling runs through it). */
export function spansRow(grid: Grid, row: number): boolean {
  const { vertical: vs, horizontal: hs } = grid;
  const mid = (hs[row]!.y0 + hs[row]!.y1 + hs[row + 1]!.y0 + hs[row + 1]!.y1) / 4;
  return !vs.slice(1, -1).some((v) => divides(grid, v, mid));
}

/** The box of one cell (the whole row band between its rulings), for reading it again. */
export function cellBox(grid: Grid, row: number, col: number): { x0: number; y0: number; x1: number; y1: number } {
  const { vertical: vs, horizontal: hs } = grid;
  return {
    x0: Math.max(vs[col]!.x0, vs[col]!.x1),
    x1: Math.min(vs[col + 1]!.x0, vs[col + 1]!.x1),
    y0: Math.max(hs[row]!.y0, hs[row]!.y1),
    y1: Math.min(hs[row + 1]!.y0, hs[row + 1]!.y1),
  };
}
