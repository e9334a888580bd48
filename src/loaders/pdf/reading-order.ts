/**
 * One page's rows in reading order: tables as grids, two-column regions column by
 * column, body rows with the break that joins each to the one before (a wrap within a
 * paragraph, a weak line break for the scanner to judge, or a paragraph break).
 */
import { headerMatch, type Grammar } from '../../grammar/compile.js';
import { segments, type Row } from './rows.js';
import { findTables, type Channel, type TableRegion } from './table-grid.js';
import { ruledTables, type RuledTable } from './ruled-tables.js';
import type { Grid } from './ruled-grid.js';
import { findColumnRegions } from './columns.js';
import { gridRows, type GridRow } from './table-rows.js';
import { rx } from '../../grammar/pattern.js';
import { opensItem } from '../../model/labels.js';
import { inCapitals } from '../../cleanse/inline.js';

export type Break = 'wrap' | 'weak' | 'strong';

export type Item = { kind: 'line'; row: Row; brk: Break } | { kind: 'table'; rows: GridRow[] };

/** Left and right text margins and line pitch of a page's body text. */
export interface Metrics {
  left: number;
  right: number;
  pitch: number;
}

/** The leftmost (or rightmost) edge that at least three rows share: the margin of justified text. */
function sharedEdge(xs: number[], tol: number, pick: (a: number, b: number) => number): number | undefined {
  const s = [...xs].sort((a, b) => a - b);
  let best: number | undefined;
  for (let i = 0; i + 2 < s.length; i++) {
    if (s[i + 2]! - s[i]! <= tol) best = best === undefined ? s[i]! : pick(best, s[i + 2]!);
  }
  return best;
}

function metrics(rows: Row[]): Metrics {
  const h = rows.length ? rows.reduce((a, r) => a + r.h, 0) / rows.length : 1;
  const pitches = rows.slice(1).map((r, i) => r.y0 - rows[i]!.y0).filter((d) => d > 0 && d < 2.5 * h).sort((a, b) => a - b);
  return {
    left: sharedEdge(rows.map((r) => r.x0), 0.3 * h, Math.min) ?? Math.min(...rows.map((r) => r.x0)),
    right: sharedEdge(rows.map((r) => r.x1), 0.3 * h, Math.max) ?? Math.max(...rows.map((r) => r.x1)),
    pitch: pitches[Math.floor(pitches.length / 2)] ?? 1.2 * h,
  };
}

/**
 * How B follows A: a paragraph break after a wider gap or before an indented first line
 * after a line that ended early; a wrap when B's first word would not have fitted on A.
 */
function breakBetween(a: Row | undefined, ma: Metrics | undefined, b: Row, mb: Metrics, grammar: Grammar): Break {
  const brk = geometricBreak(a, ma, b, mb);
  // A line that fills its width and ends a sentence, then "II. …", "2. …", "- …": the next item, not a wrap;
  // so is a heading in capitals after a line that is not ("… của Ủy ban nhân dân huyện" + "I. NỘI DUNG").
  const next = brk === 'wrap' && opensItem(b.text, grammar) && (TERMINAL.test(a!.text) || (inCapitals(b.text) && !inCapitals(a!.text)));
  // A title in capitals, then a line that is not ("NHIỆM VỤ TRỌNG TÂM …" / "(Kèm theo Nghị quyết …"): the scanner judges.
  const titleEnds = brk === 'wrap' && inCapitals(a!.text) && !inCapitals(b.text);
  return next || titleEnds ? 'weak' : brk;
}

const TERMINAL = /[.;:!?]["”')]*$/u;

function geometricBreak(a: Row | undefined, ma: Metrics | undefined, b: Row, mb: Metrics): Break {
  if (!a || !ma) return 'strong';
  const em = b.h;
  if (a.page === b.page && b.y0 - a.y0 > 1.2 * mb.pitch) return 'strong';
  const centred = (r: Row, m: Metrics) => r.x0 - m.left > 0.8 * em && Math.abs(r.x0 - m.left - (m.right - r.x1)) < 1.5 * em;
  // Room left on A's line: beside a centred line, both margins together.
  const room = centred(a, ma) ? ma.right - ma.left - (a.x1 - a.x0) : ma.right - a.x1;
  const first = b.words[0]!;
  const fits = room > first.x1 - first.x0 + 0.3 * em;
  // A centred line at the top of a page is a title ("Phụ lục"), never the rest of the page before's last line.
  if (centred(b, mb)) return a.page !== b.page ? 'strong' : fits ? 'weak' : 'wrap';
  if (b.x0 - mb.left > 0.8 * em) return fits ? 'strong' : 'weak';
  // A sentence that ends a page before a capital on the next most likely ends its paragraph.
  if (a.page !== b.page && /[.;:!?]$/u.test(a.text) && rx('u')`^\p{Lu}`.test(b.text)) return 'weak';
  return fits ? 'weak' : 'wrap';
}

/**
 * Whether a region found from word gaps holds a line of the national header (the quốc hiệu,
 * the số hiệu "Số: …"): that is the two-column header, read column by column, not a
 * table, even when a stamp beside the title lines up with it.
 */
function holdsNationalHeader(rows: Row[], t: TableRegion, grammar: Grammar): boolean {
  for (let i = t.first; i < t.end; i++) {
    const row = rows[i]!;
    const parts = segments(row, 2 * row.h);
    // Not the place and date alone, nor a bare "số 66-": a table's cells say "Các bộ, ngày 29/7/2025" too.
    if (parts.some((p) => (/^S[ốóô]\s*:/u.test(p.text) && headerMatch(grammar, 'number', p.text)) || headerMatch(grammar, 'motto', p.text))) return true;
  }
  return false;
}

export interface PageFlow {
  items: Item[];
  /** Channels of a table that runs to the bottom of the page, for its continuation. */
  carry?: Channel[];
  /** Ruled tables of the page image that held no readable word. */
  unread: number;
}

/** Orders one page; `prev` is the last body line of the page before, to continue its paragraph. */
export function pageFlow(
  rows: Row[],
  grammar: Grammar,
  prev: { row: Row; m: Metrics } | undefined,
  carried?: Channel[],
  grids: Grid[] = [],
): PageFlow & { last?: { row: Row; m: Metrics } } {
  // Ruled tables of a scan come from their rulings; the rest are found from word gaps.
  const { tables: ruled, unread } = ruledTables(rows, grids, rows[0]?.page ?? 1);
  const overlaps = (t: { first: number; end: number }) => ruled.some((r) => t.first < r.end && r.first < t.end);
  const found = findTables(rows, grammar, ruled.length ? undefined : carried).filter((t) => !overlaps(t) && !holdsNationalHeader(rows, t, grammar));
  const tables: (TableRegion | RuledTable)[] = [...ruled, ...found].sort(
    (a, b) => a.first - b.first,
  );
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.first; i < t.end; i++) inTable.add(i);
  const free = rows.filter((_, i) => !inTable.has(i));
  const regions = findColumnRegions(free);
  const inRegion = new Set<Row>();
  for (const g of regions) for (let i = g.first; i < g.end; i++) inRegion.add(free[i]!);
  const m = metrics(free.filter((r) => !inRegion.has(r)));

  const items: Item[] = [];
  let last = prev;
  let t = 0;
  let g = 0;
  for (let i = 0; i < rows.length; ) {
    const table = tables[t];
    if (table && i === table.first) {
      items.push({ kind: 'table', rows: 'rows' in table ? table.rows : gridRows(rows, table) });
      last = undefined;
      i = table.end;
      t++;
      continue;
    }
    const region = regions[g];
    if (region && rows[i] === free[region.first]) {
      for (const col of [region.left, region.right]) col.forEach((row, k) => items.push({ kind: 'line', row, brk: k ? 'weak' : 'strong' }));
      last = undefined;
      i = rows.indexOf(free[region.end - 1]!) + 1;
      g++;
      continue;
    }
    const row = rows[i]!;
    items.push({ kind: 'line', row, brk: breakBetween(last?.row, last?.m, row, m, grammar) });
    last = { row, m };
    i++;
  }
  const lastTable = tables[tables.length - 1];
  return { items, unread, carry: lastTable && 'channels' in lastTable && lastTable.end === rows.length ? lastTable.channels : undefined, last };
}
