/**
 * Table rulings of text-layer pages, read from what the page draws: poppler's `pdftocairo -svg`
 * writes every stroke and fill in page points, y down, as the words are. A Word-made PDF draws a
 * table's borders as thin filled rectangles (one per cell side) or as stroked lines. With the
 * rulings, cells whose text is centred in a tall row need no guessing from gaps.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Grammar } from '../../grammar/compile.js';
import { passwordArgs } from './poppler.js';
import { runTool } from './run.js';
import type { Rulings, Segment } from './rulings.js';
import { findGrids, type Grid, type Precision } from './ruled-grid.js';
import { findTables, isHeaderRow, type TableRegion } from './table-grid.js';
import type { Row } from './rows.js';
import type { PageWords } from './words.js';

/** A border is at most this thick (points); a cell's shading is thicker. */
const THIN = 2.5;
/** And at least this long: shorter pieces are a cell corner's square. */
const LONG = 4;
/** Pieces of one ruling meet within this gap (points), and lie on one line within this offset. */
const JOIN = 1.5;

const PAGE = /<page>([\s\S]*?)<\/page>/gu;
const PATH = /<path\b([^>]*?)\/?>/gu;
const NUMBERS = /-?\d*\.?\d+(?:e-?\d+)?/giu;

/** Drawn rulings are exact to a fraction of a point. */
const DRAWN: Precision = { tol: 2, end: 3 };
/** A header's lines: its cells' text is centred, so the label cell's line need not be the first. */
const HEADER_ROWS = 5;
/** Columns that make a table one of work: who leads, who helps, what it yields, by when. */
const WORK_COLUMNS: ReadonlySet<string> = new Set(['lead', 'coordinators', 'products', 'timeline']);

/**
 * Whether a table's header ("TT | Nội dung | Cơ quan chủ trì | …") names two columns of work:
 * its cells read whole, each column's header lines joined. Only such tables are worth drawing:
 * a regulation's forms and statistics give no tasks.
 */
function holdsWork(rows: Row[], t: TableRegion, grammar: Grammar): boolean {
  const band = rows.slice(t.first, t.first + HEADER_ROWS);
  const label = band.findIndex((r) => isHeaderRow(r, grammar));
  if (label < 0) return false;
  const inColumn = (r: Row, c: number) => columnWords(r, t, c).map((w) => w.text);
  const keys = new Set<string>();
  for (let c = 0; c <= t.channels.length; c++) {
    // Its lines down to the label's line, then one or two more where a header cell wraps.
    let text = band.slice(0, label).flatMap((r) => inColumn(r, c)).join(' ');
    for (const r of band.slice(label, label + 3)) {
      text = [text, ...inColumn(r, c)].join(' ').trim();
      const key = grammar.fields.find((f) => f.re.test(text))?.key;
      if (key && WORK_COLUMNS.has(key)) keys.add(key);
    }
  }
  return keys.size >= 2;
}

/** The words of a table row in column c (0 the first), by the table's channels. */
function columnWords(r: Row, t: TableRegion, c: number): Row['words'] {
  const from = c ? (t.channels[c - 1]!.a + t.channels[c - 1]!.b) / 2 : -Infinity;
  const to = c < t.channels.length ? (t.channels[c]!.a + t.channels[c]!.b) / 2 : Infinity;
  return r.words.filter((w) => (w.x0 + w.x1) / 2 > from && (w.x0 + w.x1) / 2 < to);
}

// A row's number in the first column: "1", "12.", "IV".
const ROW_NUMBER = /^(?:\d{1,3}|[IVXL]{1,5})\.?$/u;

/**
 * Whether a table's cells are centred in their rows: a row's number stands on a line of its own,
 * away from the lines of its text beside it. Word gaps read top-aligned cells well (each row's
 * number on its text's first line), centred ones not.
 */
function centred(rows: Row[], t: TableRegion): boolean {
  return rows.slice(t.first, t.end).some((r) => {
    const first = columnWords(r, t, 0);
    return first.length > 0 && ROW_NUMBER.test(first[0]!.text) && columnWords(r, t, 1).length === 0;
  });
}
/** A table that starts within this many rows of a page's top goes on from the page before. */
const CONTINUES = 3;
/** Tabular pages this close together are drawn by one run of pdftocairo. */
const RUN_GAP = 2;

/**
 * Gives each text-layer page (not one of `scanned`) in which the word gaps show a table of work the
 * grids its drawn rulings form, when the document's work tables have their cells centred. Only
 * those pages are drawn: most documents hold no such table.
 */
export async function addDrawnGrids(
  bytes: Uint8Array,
  pages: PageWords[],
  scanned: ReadonlySet<number>,
  rowsOf: (page: PageWords, n: number) => Row[],
  grammar: Grammar,
  password: string | undefined,
): Promise<void> {
  const tabular = new Set<number>();
  let needed = false;
  pages.forEach((p, i) => {
    if (scanned.has(i + 1)) return;
    const rows = rowsOf(p, i + 1);
    // A table of work under its header, or one that goes on from the page before.
    const work = findTables(rows, grammar).filter((t) => holdsWork(rows, t, grammar) || (tabular.has(i) && t.first <= CONTINUES));
    if (!work.length) return;
    tabular.add(i + 1);
    needed ||= work.some((t) => centred(rows, t));
  });
  // Tables whose cells sit at the top of their rows read well from the gaps: nothing to draw.
  if (!needed) return;
  const runs: [number, number][] = [];
  for (const n of tabular) {
    const last = runs[runs.length - 1];
    if (last && n - last[1] <= RUN_GAP + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const dir = await mkdtemp(join(tmpdir(), 'parcli-svg-'));
  try {
    const pdf = join(dir, 'input.pdf');
    await writeFile(pdf, bytes);
    // Runs are drawn side by side, one per core: the drawing waits on pdftocairo, not on Node.
    let next = 0;
    const worker = async () => {
      while (next < runs.length) {
        const [first, last] = runs[next++]!;
        for (const [n, rulings] of await vectorRulings(pdf, first, last, password)) {
          const grids = tabular.has(n) ? drawnGrids(rulings) : [];
          if (grids.length) pages[n - 1]!.grids = grids;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), runs.length) }, worker));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The grids drawn rulings form; a ruling broken off where a cell spans it is one ruling with a gap, one column (row) either side. */
export function drawnGrids(rulings: Rulings): Grid[] {
  const vertical = levels(rulings.vertical, 'x0', 'y0', 'y1');
  const horizontal = levels(rulings.horizontal, 'y0', 'x0', 'x1');
  const gaps = { vertical: vertical.gaps, horizontal: horizontal.gaps };
  return findGrids({ vertical: vertical.lines, horizontal: horizontal.lines }, DRAWN).map((g) => ({ ...g, gaps }));
}

/** The rulings of pages `first`…`last` (1-based) of the PDF file `pdf`, by page number. */
export async function vectorRulings(pdf: string, first: number, last: number, password: string | undefined): Promise<Map<number, Rulings>> {
  const out = new Map<number, Rulings>();
  // Without pdftocairo (pdf.js reads the words), or when it fails, the word gaps are all there is to go by.
  const res = await runTool('pdftocairo', ['-svg', '-f', `${first}`, '-l', `${last}`, ...passwordArgs(password), pdf, '-'], { timeoutMs: 60_000 }).catch(() => null);
  if (res?.code !== 0) return out;
  // Glyph outlines and clip paths sit in <defs>; only the page bodies draw rulings.
  const svg = res.stdout.toString('utf8').replace(/<defs>[\s\S]*?<\/defs>/gu, '');
  let n = first;
  for (const page of svg.matchAll(PAGE)) out.set(n++, pageRulings(page[1]!));
  // A single page is written without <pageSet>.
  if (!out.size) out.set(first, pageRulings(svg));
  return out;
}

/** The rulings one page body draws. */
export function pageRulings(body: string): Rulings {
  const vertical: Segment[] = [];
  const horizontal: Segment[] = [];
  const add = (s: Segment) => {
    const w = s.x1 - s.x0;
    const h = s.y1 - s.y0;
    if (w <= THIN && h >= LONG) vertical.push({ x0: (s.x0 + s.x1) / 2, x1: (s.x0 + s.x1) / 2, y0: s.y0, y1: s.y1 });
    else if (h <= THIN && w >= LONG) horizontal.push({ x0: s.x0, x1: s.x1, y0: (s.y0 + s.y1) / 2, y1: (s.y0 + s.y1) / 2 });
  };
  for (const m of body.matchAll(PATH)) {
    const attrs = m[1]!;
    const d = /\bd="([^"]*)"/u.exec(attrs)?.[1];
    if (!d || /[CcQqAa]/u.test(d)) continue;
    const fill = paint(attrs, 'fill');
    const stroke = paint(attrs, 'stroke');
    const points = subpaths(d, transformOf(attrs));
    if (fill && !white(fill)) for (const pts of points) add(box(pts));
    if (stroke && !white(stroke)) for (const pts of points) for (let i = 1; i < pts.length; i++) add(box([pts[i - 1]!, pts[i]!]));
  }
  return { vertical: joined(vertical, 'x0', 'y0', 'y1'), horizontal: joined(horizontal, 'y0', 'x0', 'x1') };
}

type Point = [number, number];
type Matrix = [number, number, number, number, number, number];

/** A paint's colour as written ("rgb(0%,0%,0%)", "#000000"), or null for none. */
function paint(attrs: string, what: 'fill' | 'stroke'): string | null {
  const v = new RegExp(`(?:^|[\\s;"])${what}(?::|=")\\s*([^;"]+)`, 'u').exec(attrs)?.[1]?.trim();
  return v && v !== 'none' ? v : null;
}

/** Near-white paint: a cell's background, not a border. */
function white(colour: string): boolean {
  const pct = /rgb\(\s*([\d.]+)%\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%/u.exec(colour);
  if (pct) return [pct[1], pct[2], pct[3]].every((c) => Number(c) > 90);
  const hex = /^#([\da-f]{6})$/iu.exec(colour);
  return !!hex && [0, 2, 4].every((i) => parseInt(hex[1]!.slice(i, i + 2), 16) > 230);
}

function transformOf(attrs: string): Matrix {
  const m = /transform="matrix\(([^)]*)\)"/u.exec(attrs);
  const v = m ? (m[1]!.match(NUMBERS) ?? []).map(Number) : [];
  return v.length === 6 ? (v as Matrix) : [1, 0, 0, 1, 0, 0];
}

/** The points of each subpath of a path of straight lines (M, L, H, V, Z; absolute, as cairo writes them). */
function subpaths(d: string, [a, b, c, dd, e, f]: Matrix): Point[][] {
  const out: Point[][] = [];
  let cur: Point[] = [];
  let x = 0;
  let y = 0;
  const at = (): Point => [a * x + c * y + e, b * x + dd * y + f];
  for (const [, op, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/giu)) {
    const v = (args!.match(NUMBERS) ?? []).map(Number);
    const kind = op!.toUpperCase();
    // A move starts a new subpath; its points after the first are lines, as L's are.
    if (kind === 'M') {
      if (cur.length) out.push(cur);
      cur = [];
    }
    switch (kind) {
      case 'M':
      case 'L':
        for (let i = 0; i + 1 < v.length; i += 2) {
          [x, y] = [v[i]!, v[i + 1]!];
          cur.push(at());
        }
        break;
      case 'H':
        for (const h of v) {
          x = h;
          cur.push(at());
        }
        break;
      case 'V':
        for (const h of v) {
          y = h;
          cur.push(at());
        }
        break;
      case 'Z':
        if (cur.length) cur.push(cur[0]!);
        break;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function box(pts: Point[]): Segment {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * The rulings at each level (x of a vertical, y of a horizontal), each as one line from its first
 * piece to its last, and the gaps between its pieces; `at`, `from`, `to` as for `joined`.
 */
function levels(segments: Segment[], at: 'x0' | 'y0', from: 'x0' | 'y0', to: 'x1' | 'y1'): { lines: Segment[]; gaps: Segment[] } {
  const lines: Segment[] = [];
  const gaps: Segment[] = [];
  for (const s of segments) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[at] - s[at]) <= JOIN) {
      gaps.push({ ...s, [from]: line[to], [to]: s[from] });
      line[to] = s[to];
    } else lines.push({ ...s });
  }
  return { lines, gaps };
}

/**
 * Pieces of one ruling joined: a border drawn cell by cell is one line. `at` is the coordinate
 * across the ruling, `from`/`to` its extent along it.
 */
function joined(segments: Segment[], at: 'x0' | 'y0', from: 'x0' | 'y0', to: 'x1' | 'y1'): Segment[] {
  const sorted = [...segments].sort((p, q) => p[at] - q[at] || p[from] - q[from]);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[at] - s[at]) <= JOIN && s[from] <= last[to] + JOIN) last[to] = Math.max(last[to], s[to]);
    else out.push({ ...s });
  }
  return out;
}
