/**
 * Turns line-oriented text (plain text, the Markdown OCR converters emit, text
 * rebuilt from a PDF) into blocks: paragraphs with wrapped lines joined, tables
 * (tab-separated rows, GFM pipe tables, HTML <table>), cell breaks (lines of "|").
 * Positions point into `text` as given.
 */
import type { Grammar } from '../grammar/compile.js';
import type { Block, Table } from '../model/blocks.js';
import { cleanInline } from '../cleanse/inline.js';
import { splitLines, spanOf, type Line } from './source-lines.js';
import { ParagraphAssembler, wrapStats, type Piece } from './paragraphs.js';
import { tsvTable } from './tables.js';
import { findLineTables } from './layout-tables.js';
import type * as TableMarkup from './table-markup.js';
import { rx } from '../grammar/pattern.js';
import { markStamps, PAGE_NUMBER, runningHeaders } from './page-furniture.js';

export interface ScanOptions {
  grammar: Grammar;
  /** Whether `#` headings mean headings (Markdown). */
  markdown: boolean;
  /** Whether form feeds separate pages (text rebuilt from a PDF). */
  pages?: boolean;
  /** Parsers for Markdown and HTML tables; without them such lines are read as text (see loadTableMarkup). */
  markup?: typeof TableMarkup;
}

const HTML_TABLE = /<table\b/iu;
const GFM_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/mu;

/** The table parsers a text needs, imported only when it holds an HTML or pipe table. */
export async function loadTableMarkup(text: string): Promise<typeof TableMarkup | undefined> {
  return HTML_TABLE.test(text) || GFM_DELIMITER.test(text) ? import('./table-markup.js') : undefined;
}

const MERGED_HEADING = rx('u')`\*\*(?=\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]\s+\p{Lu})`;

// Side-by-side blocks of a laid-out page (pdftotext -layout) sit apart by a wide run of spaces;
// the plain search for six spaces spares most lines the pattern.
const GAP = '      ';
const COLUMN_GAP = /\S\s{6,}\S/u;

/**
 * The pieces of one line: side-by-side columns apart, and "II. NỘI DUNG**1. Một số mục tiêu**"
 * (two headings an OCR run put on one line) split.
 */
function piecesOf(line: Line): Piece[] {
  if (line.raw.includes(GAP) && !line.raw.includes('\t') && COLUMN_GAP.test(line.raw)) {
    const out: Piece[] = [];
    let offset = 0;
    for (const part of line.raw.split(/(\s{6,})/u)) {
      if (part.trim() && !/^\s+$/u.test(part)) {
        const start = offset + (part.length - part.trimStart().length);
        out.push(...piecesOf({ ...line, raw: part.trim(), offset: line.offset + start }).map((p) => ({ ...p, laidOut: true })));
      }
      offset += part.length;
    }
    return out;
  }
  const pieces: Piece[] = [];
  let raw = line.raw;
  let column = 0;
  for (;;) {
    const m = MERGED_HEADING.exec(raw);
    if (!m || !cleanInline(raw.slice(0, m.index))) break;
    pieces.push({ value: cleanInline(raw.slice(0, m.index)), line, column, strong: false });
    column += m.index;
    raw = raw.slice(m.index);
  }
  const strong = STRONG_LINE.test(raw);
  pieces.push({ value: cleanInline(raw), line, column, strong });
  return pieces;
}

const CELL_BREAK = /^\s*\|\s*$/u;
// A line bold from its start to its end (a "- " or "+ " bullet before it allowed).
const STRONG_LINE = /^\s*(?:[-+]\s+)?\*{2,}\S.*\*{2}\s*:?\s*$/u;
const MAX_BOLD_LINES = 6;

/**
 * Bold (or italic) spans a scrape broke over lines ("**1." + "Sở Nông nghiệp và Môi trường**", "**1.****" + "Sở Y tế**", "*3.1." + "Thương mại*"):
 * for the first line of each, the index of the line that closes it. A span never crosses a blank line or a cell break.
 */
function boldSpans(lines: Line[]): Map<number, number> {
  const out = new Map<number, number>();
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (!raw.trim() || CELL_BREAK.test(raw) || (start >= 0 && i - start >= MAX_BOLD_LINES)) {
      start = -1;
      continue;
    }
    if (!raw.includes('*')) continue;
    // Italics too ("*3.1." + "Thương mại*"); a "* " bullet opening the line is no emphasis.
    const lone = raw.replace(/\*\*/gu, '').replace(/^\s*\*\s/u, '').match(/\*/gu)?.length ?? 0;
    const odd = ((raw.match(/\*\*/gu)?.length ?? 0) & 1) === 1 || (lone & 1) === 1;
    if (!odd) continue;
    if (start < 0) start = i;
    else {
      out.set(start, i);
      start = -1;
    }
  }
  return out;
}

/** Whether a line holds two tabs or more: a row of tab-separated cells. */
const twoTabs = (s: string): boolean => {
  const first = s.indexOf('\t');
  return first >= 0 && s.indexOf('\t', first + 1) >= 0;
};
const MAX_CELL_LINES = 12;

/** Marks lines that sit in a short blank-free run between two "|" lines: one cell of a scraped table. */
function cellLines(lines: Line[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (CELL_BREAK.test(raw)) {
      if (start >= 0 && i - start - 1 <= MAX_CELL_LINES) out.fill(1, start + 1, i);
      start = i;
    } else if (!raw.trim()) start = -1;
  }
  return out;
}

/** Scans text into blocks. */
export function scanText(text: string, options: ScanOptions): Block[] {
  const lines = splitLines(text, options.pages);
  const stats = wrapStats(lines);
  const { hardWrapped } = stats;
  const asm = new ParagraphAssembler(options.grammar, stats);
  const inCell = cellLines(lines);
  const spans = boldSpans(lines);
  let spanEnd = -1;
  const furniture = markStamps(lines, runningHeaders(lines));
  const flattened = new Map(findLineTables(lines, options.grammar, furniture).map((t) => [t.first, t]));
  const followingOf = (i: number) => {
    for (let j = i + 1; j < lines.length && j < i + 3; j++) if (lines[j]!.raw.trim()) return lines[j]!.raw.trim();
    return undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const raw = l.raw;
    const markup = options.markup;
    const flat = flattened.get(i);
    if (flat) {
      asm.push(flat.table);
      i = flat.end - 1;
      continue;
    }
    if (markup && HTML_TABLE.test(raw)) {
      let j = i;
      while (j < lines.length - 1 && !/<\/table>/iu.test(lines[j]!.raw) && j - i < 5000) j++;
      for (const t of markup.htmlTableBlocks(lines.slice(i, j + 1))) asm.push(t);
      i = j;
      continue;
    }
    if (markup && /^\s*\|.*\|\s*$/u.test(raw) && i + 1 < lines.length && GFM_DELIMITER.test(lines[i + 1]!.raw)) {
      let j = i + 2;
      while (j < lines.length && /\|/u.test(lines[j]!.raw) && lines[j]!.raw.trim()) j++;
      const t = markup.gfmTable(lines.slice(i, j));
      if (t) asm.push(t);
      i = j - 1;
      continue;
    }
    if (twoTabs(raw)) {
      let j = i;
      const rows: Line[] = [];
      while (j < lines.length) {
        const r = lines[j]!.raw;
        if (twoTabs(r)) rows.push(lines[j]!);
        else if (r.trim() !== '') break;
        j++;
      }
      const t: Table | null = tsvTable(rows);
      if (t) asm.push(t);
      i = j - 1;
      continue;
    }
    if (CELL_BREAK.test(raw)) {
      asm.push({ type: 'cellBreak', position: spanOf(l), page: l.page });
      continue;
    }
    const h = options.markdown ? /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u.exec(raw) : null;
    if (h) {
      asm.push({ type: 'heading', depth: h[1]!.length, value: cleanInline(h[2]!), position: spanOf(l), page: l.page });
      continue;
    }
    // Page numbers and running headers ("CÔNG BÁO/Số 277/Ngày …") are furniture, not text.
    if (furniture[i] || (!inCell[i] && PAGE_NUMBER.test(raw))) {
      asm.add({ value: '', line: l, column: 0, strong: false });
      continue;
    }
    const cell = inCell[i] === 1;
    // The following line matters only to hard-wrapped text (see ParagraphAssembler.joins).
    const following = hardWrapped ? followingOf(i) : undefined;
    const pieces = piecesOf(l);
    const spanTo = spans.get(i);
    if (spanTo !== undefined && pieces.length === 1) {
      pieces[0]!.strong = STRONG_LINE.test(lines.slice(i, spanTo + 1).map((x) => x.raw.trim()).join(' '));
      spanEnd = spanTo;
    } else if (i <= spanEnd) pieces[0]!.continuesBold = true;
    for (const p of pieces) {
      p.inCell = cell;
      p.following = following;
      asm.add(p);
    }
  }
  asm.flush();
  return asm.blocks;
}
