/**
 * Finds tables among a page's rows from word positions alone (ruled or not):
 * column boundaries are vertical channels no word crosses, seeded by a header row
 * ("TT | Nội dung | Sản phẩm | Cơ quan chủ trì | …") or by rows with several wide gaps.
 */
import type { Grammar } from '../../grammar/compile.js';
import type { Row } from './rows.js';

/** A free vertical band [a, b] between columns. */
export interface Channel {
  a: number;
  b: number;
}

/** A run of rows that forms one table on one page. */
export interface TableRegion {
  first: number;
  /** Index past the last row. */
  end: number;
  channels: Channel[];
  /** Rows (indices) that cross the channels: one cell spanning the table ("CÔNG TÁC CHỈ ĐẠO"). */
  spanning: Set<number>;
  /** The row holding the header's label cell ("TT"), when a header opened the table. */
  head?: number;
}

/** Gaps of a row wider than `min`, and the free space on either side of it up to `width`. */
function gaps(row: Row, min: number, width: number): Channel[] {
  const edges = [0, ...row.words.flatMap((w) => [w.x0, w.x1]), width];
  const out: Channel[] = [];
  for (let i = 0; i < edges.length; i += 2) if (edges[i + 1]! - edges[i]! >= min) out.push({ a: edges[i]!, b: edges[i + 1]! });
  return out;
}

/** What is left of each channel once a row's words are taken out of it (pieces narrower than `min` dropped). */
export function subtract(channels: Channel[], row: Row, min: number): Channel[][] {
  return channels.map((c) => {
    let pieces = [c];
    for (const w of row.words) {
      if (w.x1 <= c.a || w.x0 >= c.b) continue;
      pieces = pieces.flatMap((p) => [{ a: p.a, b: Math.min(p.b, w.x0) }, { a: Math.max(p.a, w.x1), b: p.b }]).filter((p) => p.b - p.a >= min);
    }
    return pieces;
  });
}

/** How many channels a row closes, and the channels left after it. */
function cut(channels: Channel[], row: Row, min: number): { closed: number; left: Channel[] } {
  const pieces = subtract(channels, row, min);
  return { closed: pieces.filter((p) => !p.length).length, left: pieces.flat() };
}

/** Whether a row has at least two gaps clearly wider than its own word spacing (justified text stretches all gaps alike). */
function looksTabular(row: Row, min: number): boolean {
  if (row.words.length < 3) return false;
  const ws = row.words.slice(1).map((w, i) => w.x0 - row.words[i]!.x1).sort((a, b) => a - b);
  const typical = ws[Math.floor(ws.length / 2)]!;
  return ws.filter((g) => g >= Math.max(2 * min, 2 * typical)).length >= 2;
}

const ROW_NUMBER = /^(?:\d{1,3}|[IVX]{1,5})[.)]?$/u;

/** Whether a row has words on both sides of one of the channels: cells in two columns. */
const acrossChannels = (row: Row, channels: Channel[]): boolean =>
  channels.some((c) => row.words.some((w) => w.x1 <= c.a) && row.words.some((w) => w.x0 >= c.b));

export function isHeaderRow(row: Row, grammar: Grammar): boolean {
  const first = row.words[0]?.text ?? '';
  const label = grammar.fields.find((f) => f.key === 'label');
  return !!label?.re.test(first) && row.words.length >= 3;
}

/**
 * Grows a table from a seed row: down while rows leave at least two channels open
 * (a row crossing all of them but followed by a fitting row is a spanning row), then up
 * over header lines that sit close above.
 */
function grow(rows: Row[], seed: number, start: Channel[], min: number, minRows: number): TableRegion | null {
  let channels = start;
  const spanning = new Set<number>();
  let end = seed + 1;
  const closings: { at: number; before: Channel[] }[] = [];
  for (let i = seed + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.y0 - rows[i - 1]!.y1 > 2.5 * r.h) break;
    const next = cut(channels, r, min);
    if (next.closed === 0 || (next.closed === 1 && next.left.length >= 2)) {
      if (next.closed) closings.push({ at: i, before: channels });
      channels = next.left;
      end = i + 1;
      continue;
    }
    const after = rows[i + 1];
    // The title starts in the first column after the label: the first channel right of the seed's first word (the margin left of it is no column).
    const inner = channels.find((c) => c.a >= rows[seed]!.x0) ?? channels[0]!;
    if (after && after.y0 - r.y1 < r.h && cut(channels, after, min).closed === 0 && r.x0 < inner.b + r.h) {
      spanning.add(i);
      end = i + 1;
      continue;
    }
    break;
  }
  // A row that closed a boundary, and only one-cell lines after it that no row number opens, is
  // what follows the table ("TM. ỦY BAN NHÂN DÂN" under its last row), not its last rows.
  const outside = closings.find((c) => rows.slice(c.at, end).every((r) => !ROW_NUMBER.test(r.words[0]!.text) && !acrossChannels(r, channels)));
  if (outside) ({ at: end, before: channels } = outside);
  // Free space beyond the table's outer words is margin, not a column boundary.
  const lo = Math.min(...rows.slice(seed, end).map((r) => r.x0));
  const hi = Math.max(...rows.slice(seed, end).map((r) => r.x1));
  channels = channels.filter((c) => c.a > lo && c.b < hi);
  if (channels.length < 2 || end - seed < minRows) return null;
  let first = seed;
  while (first > 0) {
    const r = rows[first - 1]!;
    if (rows[first]!.y0 - r.y0 > 1.6 * r.h || cut(channels, r, min).closed > 0 || r.words.length < 2) break;
    first--;
  }
  return { first, end, channels, spanning };
}

/**
 * The header row with the lines of its taller cells set above and below it ("Cơ quan chủ" /
 * "TT  Nội dung  Thời gian" / "trì thực hiện"): a cell centred on two lines leaves the "TT"
 * line empty in its column, so the gaps of that line alone run two columns together.
 */
function headerBand(rows: Row[], i: number): Row {
  const r = rows[i]!;
  const near = (k: number) => rows[k] && Math.abs(rows[k]!.y0 - r.y0) < 1.2 * r.h && rows[k]!.words.length < r.words.length + 4;
  const band = [i - 1, i, i + 1].filter((k) => k === i || near(k)).map((k) => rows[k]!);
  const words = band.flatMap((x) => x.words).sort((a, b) => a.x0 - b.x0);
  // Words of one column overlap across the lines: their union is one span.
  const spans: { x0: number; x1: number }[] = [];
  for (const w of words) {
    const last = spans[spans.length - 1];
    if (last && w.x0 <= last.x1) last.x1 = Math.max(last.x1, w.x1);
    else spans.push({ x0: w.x0, x1: w.x1 });
  }
  return { ...r, words: spans.map((s) => ({ ...words[0]!, x0: s.x0, x1: s.x1 })) };
}

/**
 * Finds the table regions of one page. `carried` are the channels of a table that ran to
 * the bottom of the previous page: rows at the top that fit them continue that table.
 */
export function findTables(rows: Row[], grammar: Grammar, carried?: Channel[]): TableRegion[] {
  const out: TableRegion[] = [];
  const min = (r: Row) => 0.35 * r.h;
  const width = Math.max(0, ...rows.map((r) => r.x1)) + 1;
  // A repeated header opens the continuation like any table; without one, the top rows continue it.
  const repeatsHeader = rows.slice(0, 6).some((x) => isHeaderRow(x, grammar));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let region: TableRegion | null = null;
    const cont = i === 0 && carried && !repeatsHeader ? cut(carried, r, min(r)) : undefined;
    if (cont && cont.closed === 0) {
      region = grow(rows, 0, cont.left, min(r), 1);
    }
    if (!region && (isHeaderRow(r, grammar) || looksTabular(r, min(r)))) {
      region = grow(rows, i, gaps(isHeaderRow(r, grammar) ? headerBand(rows, i) : r, min(r), width), min(r), 3);
      if (region && isHeaderRow(r, grammar)) region.head = i;
    }
    if (region && region.first >= (out[out.length - 1]?.end ?? 0)) {
      out.push(region);
      i = region.end - 1;
    }
  }
  return out;
}

/** The column of a word centred at x, given the channels. */
export function columnOf(channels: Channel[], x: number): number {
  let c = 0;
  while (c < channels.length && x > (channels[c]!.a + channels[c]!.b) / 2) c++;
  return c;
}
