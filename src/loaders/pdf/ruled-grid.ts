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
}

const TOL = 12;
/** Rulings are traced in bands of 40 pixels, so their ends are known to a band only. */
const END = 45;

/** x of a vertical ruling at height y, and y of a horizontal ruling at x (rulings lean on a rotated scan). */
const xAt = (s: Segment, y: number) => s.x0 + ((s.x1 - s.x0) * (y - s.y0)) / (s.y1 - s.y0 || 1);
const yAt = (s: Segment, x: number) => s.y0 + ((s.y1 - s.y0) * (x - s.x0)) / (s.x1 - s.x0 || 1);

const crosses = (v: Segment, h: Segment): boolean => {
  const x = xAt(v, h.y0);
  const y = yAt(h, v.x0);
  return x >= h.x0 - END && x <= h.x1 + END && y >= v.y0 - END && y <= v.y1 + END;
};

/** Grids of crossing rulings: at least three verticals (two columns) and two horizontals each. */
export function findGrids({ vertical, horizontal }: Rulings): Grid[] {
  // Union-find over all rulings, verticals first.
  const parent = [...vertical, ...horizontal].map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const links = vertical.map(() => 0);
  const hLinks = horizontal.map(() => 0);
  vertical.forEach((v, i) =>
    horizontal.forEach((h, j) => {
      if (!crosses(v, h)) return;
      links[i]!++;
      hLinks[j]!++;
      parent[root(i)] = root(vertical.length + j);
    }),
  );
  const groups = new Map<number, Grid>();
  const group = (i: number) => groups.get(root(i)) ?? groups.set(root(i), { vertical: [], horizontal: [] }).get(root(i))!;
  // A line of text can pass for a short ruling; a real one meets two of the other kind.
  vertical.forEach((v, i) => links[i]! >= 2 && group(i).vertical.push(v));
  horizontal.forEach((h, j) => hLinks[j]! >= 2 && group(vertical.length + j).horizontal.push(h));
  return [...groups.values()]
    .filter((g) => g.vertical.length >= 3 && g.horizontal.length >= 2)
    .map((g) => ({ vertical: g.vertical.sort((a, b) => a.x0 - b.x0), horizontal: g.horizontal.sort((a, b) => a.y0 - b.y0) }));
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
    if (k > 0 && xAt(v, y) < x && v.y0 - TOL <= mid && v.y1 + TOL >= mid) col = k;
  });
  return { row, col: Math.min(col, vs.length - 2) };
}

/** Whether a row of the grid has only one cell (no inner vertical ruling runs through it). */
export function spansRow(grid: Grid, row: number): boolean {
  const { vertical: vs, horizontal: hs } = grid;
  const mid = (hs[row]!.y0 + hs[row]!.y1 + hs[row + 1]!.y0 + hs[row + 1]!.y1) / 4;
  return !vs.slice(1, -1).some((v) => v.y0 - TOL <= mid && v.y1 + TOL >= mid);
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
