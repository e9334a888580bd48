/**
 * Positioned words of every page → the loaded document: rebuilt text (one line per
 * paragraph piece, "\f" where a page starts) and its blocks. Text between tables goes
 * through the shared line scanner, so PDF paragraphs split and join like plain text's.
 */
import type { Grammar } from '../../grammar/compile.js';
import type { Reporter } from '../../model/report.js';
import { span, type Block, type Point, type Position, type Table, type TableRow } from '../../model/blocks.js';
import { scanText } from '../lines.js';
import { buildRows } from './rows.js';
import { dropFurniture } from './furniture.js';
import { pageFlow, type Break, type Metrics } from './reading-order.js';
import { cellValue, type GridRow } from './table-rows.js';
import type { Channel } from './table-grid.js';
import type { PageWords } from './words.js';
import type { Row } from './rows.js';
import { rx } from '../../grammar/pattern.js';

interface Segment {
  start: number;
  line: number;
  page: number;
  end: number;
}

/** Accumulates the rebuilt text and knows the line and column of every offset. */
class Writer {
  private readonly parts: string[] = [];
  offset = 0;
  line = 1;
  private lineStart = 0;
  /** Pages started since the last line; their "\f" opens the next line. */
  pendingPages = 0;
  page = 1;
  readonly pieces: (Segment | Table)[] = [];
  private segment: Segment | null = null;

  private put(s: string): void {
    this.parts.push(s);
    const nl = s.lastIndexOf('\n');
    if (nl >= 0) {
      this.line += s.split('\n').length - 1;
      this.lineStart = this.offset + nl + 1;
    }
    this.offset += s.length;
  }

  point(offset = this.offset): Point {
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }

  private newLine(sep: string): void {
    if (this.offset > 0) this.put(sep);
  }

  /** Writes the pending page breaks on a line of their own, so that no block's text starts with "\f". */
  private openPages(): void {
    if (this.pendingPages) this.put(`${'\f'.repeat(this.pendingPages)}\n`);
    this.page += this.pendingPages;
    this.pendingPages = 0;
  }

  /** Adds a body line: on the current line after a wrap, else on a new line (a blank one before a paragraph break). */
  text(s: string, brk: Break): void {
    if (brk === 'wrap' && this.segment) {
      // "62/2020/NĐ-" + "CP": a hyphenated code broken at the line end joins without a space.
      this.put(rx('u')`[\p{L}\p{N}]-$`.test(this.parts[this.parts.length - 1]!) ? s : ` ${s}`);
      return;
    }
    this.newLine(brk === 'strong' || !this.segment ? '\n\n' : '\n');
    if (!this.segment) this.segment = { start: this.offset, line: this.line, page: this.page, end: -1 };
    this.openPages();
    this.put(s);
  }

  private closeSegment(): void {
    if (!this.segment) return;
    this.segment.end = this.offset;
    this.pieces.push(this.segment);
    this.segment = null;
  }

  /** Adds a table: one line per row, cells separated by tabs. */
  table(rows: GridRow[]): void {
    this.closeSegment();
    this.newLine('\n\n');
    this.openPages();
    const out: TableRow[] = [];
    rows.forEach((r, i) => {
      if (i > 0) this.put('\n');
      const start = this.point();
      const cells = r.cells.map((lines, c) => {
        if (c > 0) this.put('\t');
        const from = this.point();
        const value = cellValue(lines);
        this.put(value.replace(/\n/gu, ' '));
        return r.spanning ? { value, position: { start: from, end: this.point() }, colSpan: r.cells.length } : { value, position: { start: from, end: this.point() } };
      });
      out.push({ cells: r.spanning ? cells.slice(0, 1) : cells, position: { start, end: this.point() }, page: r.page });
    });
    if (out.length) this.pieces.push({ type: 'table', rows: out, position: span(out[0]!.position, out[out.length - 1]!.position), page: out[0]!.page });
  }

  finish(): string {
    this.closeSegment();
    this.put('\f'.repeat(this.pendingPages));
    return this.parts.join('');
  }
}

function shiftPosition(p: Position, seg: Segment): Position {
  const at = (q: Point): Point => ({ line: q.line + seg.line - 1, column: q.column, offset: q.offset + seg.start });
  return { start: at(p.start), end: at(p.end) };
}

/** Moves a block scanned from a segment to its place in the whole text. */
function shiftBlock<B extends Block>(b: B, seg: Segment): B {
  const out = { ...b, position: shiftPosition(b.position, seg), page: (b.page ?? 1) + seg.page - 1 };
  if (out.type === 'table') {
    out.rows = out.rows.map((r) => ({
      ...r,
      position: shiftPosition(r.position, seg),
      page: (r.page ?? 1) + seg.page - 1,
      cells: r.cells.map((c) => ({ ...c, position: shiftPosition(c.position, seg) })),
    }));
  }
  return out;
}

/**
 * Lays out the pages' words into text and blocks; `report` hears of tables that could not be
 * rebuilt; `built` holds rows already built for some pages.
 */
export function layoutPages(pages: PageWords[], grammar: Grammar, report?: Reporter, built?: ReadonlyMap<PageWords, Row[]>): { text: string; blocks: Block[] } {
  const rows = dropFurniture(
    pages.map((p, i) => built?.get(p) ?? buildRows(p, i + 1)),
    pages,
  );
  const w = new Writer();
  let prev: { row: Row; m: Metrics } | undefined;
  let carry: Channel[] | undefined;
  rows.forEach((pageRows, i) => {
    if (i > 0) w.pendingPages++;
    const flow = pageFlow(pageRows, grammar, prev, carry, pages[i]!.grids);
    for (const item of flow.items) {
      if (item.kind === 'table') w.table(item.rows);
      else w.text(item.row.text, item.brk);
    }
    if (flow.unread) {
      report?.(`Unexpected ruled table on page ${i + 1} with no readable text, expected words in its cells: left out`, { ruleId: 'pdf/ocr-table', severity: 'warning' });
    }
    prev = flow.last;
    carry = flow.carry;
  });
  const text = w.finish();
  const blocks: Block[] = [];
  for (const piece of w.pieces) {
    if ('type' in piece) blocks.push(piece);
    else for (const b of scanText(text.slice(piece.start, piece.end), { grammar, markdown: false, pages: true })) blocks.push(shiftBlock(b, piece));
  }
  return { text, blocks };
}
