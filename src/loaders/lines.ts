/**
 * Turns line-oriented text (plain text, the Markdown OCR converters emit, text
 * rebuilt from a PDF) into blocks: paragraphs with wrapped lines joined, tables
 * (tab-separated rows, GFM pipe tables, HTML <table>), cell breaks (lines of "|").
 * Positions point into `text` as given.
 */
import type { Grammar } from '../grammar/compile.js';
import { headerPatterns } from '../grammar/compile.js';
import type { Block, Paragraph, Point, Table } from '../model/blocks.js';
import { matchLabel, isBullet } from '../model/labels.js';
import { cleanInline } from '../cleanse/inline.js';
import { tsvTable } from './tables.js';
import { findLineTables } from './layout-tables.js';
import type * as TableMarkup from './table-markup.js';

export interface Line {
  raw: string;
  /** 1-based line number. */
  line: number;
  offset: number;
  page: number;
}

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

/** Splits text into lines with offsets; a form feed starts a new page. */
export function splitLines(text: string, pages = false): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let page = 1;
  let n = 1;
  for (const m of text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/gu)) {
    if (m[0] === '' && m.index === text.length && out.length) break;
    let raw = m[1]!;
    if (pages && raw.includes('\f')) {
      page += raw.split('\f').length - 1;
      raw = raw.replace(/\f/gu, '');
    }
    out.push({ raw, line: n++, offset: m.index!, page });
    offset = m.index! + m[0].length;
    if (offset >= text.length) break;
  }
  return out;
}

export const pointOf = (l: Line, column = 0): Point => ({ line: l.line, column: column + 1, offset: l.offset + column });
export const endOf = (l: Line): Point => pointOf(l, l.raw.length);

const TERMINAL = /[.;:!?…]["'”’)\]]*$/u;
// A line that is only a page number ("5", "- 5 -", "Trang 5", "Trang 5/12"): page furniture, not text.
const PAGE_NUMBER = /^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$|^\s*Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/iu;
const RULE = /^[\s\-_=*.·•~|#]{3,}$/u;
const MERGED_HEADING = /\*\*(?=\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]\s+\p{Lu})/u;

interface Piece {
  value: string;
  line: Line;
  column: number;
  strong: boolean;
  /** Inside a short run of lines between two "|" lines: one cell, whose lines all join. */
  inCell?: boolean;
  /** The next non-blank line's text, for the short-first-line test of hard-wrapped text. */
  following?: string;
  /** One of several columns of a laid-out line ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …"): never joined. */
  laidOut?: boolean;
}

function lastWord(s: string): string {
  const m = /([\p{L}]+)[^\p{L}]*$/u.exec(s);
  return m ? m[1]!.toLowerCase() : '';
}

/** Splits "II. NỘI DUNG**1. Một số mục tiêu**" (two headings an OCR run put on one line). */
// Side-by-side blocks of a laid-out page (pdftotext -layout) sit apart by a wide run of spaces.
const COLUMN_GAP = /(?<=\S)\s{6,}(?=\S)/u;

function piecesOf(line: Line): Piece[] {
  if (!line.raw.includes('\t') && COLUMN_GAP.test(line.raw.trim())) {
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
  const strong = /^\s*(?:[-+]\s+)?\*{2,}\S.*\*{2}\s*:?\s*$/u.test(raw);
  pieces.push({ value: cleanInline(raw), line, column, strong });
  return pieces;
}

class Assembler {
  readonly blocks: Block[] = [];
  private cur: { pieces: Piece[] } | null = null;
  private blankSince = false;
  private readonly headerStarts: RegExp[];

  constructor(
    private readonly grammar: Grammar,
    private readonly wrapWidth: number,
    private readonly hardWrapped: boolean,
  ) {
    this.headerStarts = (['article', 'recipients', 'signaturePrefix', 'legalBasis', 'proposal', 'appendix', 'attachmentNote'] as const)
      .flatMap((n) => headerPatterns(grammar, n));
  }

  private startsBlock(v: string): boolean {
    const m = matchLabel(v, this.grammar);
    if (m && !(isBullet(m.scheme) && /^\p{Ll}/u.test(m.rest))) return true;
    if (this.headerStarts.some((re) => re.test(v))) return true;
    const field = /^([^:]{2,60}):/u.exec(v);
    return !!field && this.grammar.fields.some((f) => f.re.test(field[1]!.trim()));
  }

  /** "II. CHỈ" — a heading the scrape broke after its first words — but not a whole short title ("a) Chỉ tiêu"). */
  private isShortLabelLine(v: string): boolean {
    const m = matchLabel(v, this.grammar);
    if (!m || isBullet(m.scheme) || m.rest.split(' ').length > 2 || TERMINAL.test(v)) return false;
    return !this.grammar.sections.some((s) => s.re.test(m.rest) && m.rest.length <= 20);
  }

  private joins(cur: Piece[], p: Piece, blank: boolean): boolean {
    const prev = cur[cur.length - 1]!.value;
    const next = p.value;
    const bulletLower = /^[-–+]\s*\p{Ll}/u.test(next);
    // An opened parenthesis ("(Có") carries on until it closes. Only short paragraphs are joined
    // here, so long ones are never re-joined line after line.
    if (!blank && cur.length < 5) {
      const text = cur.map((c) => c.value).join(' ');
      if ((text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0)) return true;
    }
    if (this.startsBlock(next) && !(bulletLower && !TERMINAL.test(prev))) return false;
    if (p.inCell && !blank) return true;
    // "(Kèm theo Kế hoạch số … của UBND tỉnh)" is complete once its parenthesis closes.
    if (/^\(/u.test(cur[0]!.value) && /\)$/u.test(prev)) return false;
    const lower = /^(?:[-–+]\s*)?\p{Ll}/u.test(next);
    const nonFinal = this.grammar.nonFinalWords.has(lastWord(prev)) && !TERMINAL.test(prev);
    if (blank) return (lower && !/[.!?]["”)]*$/u.test(prev)) || nonFinal;
    if (lower || nonFinal || /[,(–-]$/u.test(prev)) return true;
    // A title in capitals wrapped over lines: "NHIỆM VỤ TRỌNG TÂM … TỈNH BÌNH" + "ĐỊNH NĂM 2021".
    const caps = (x: string) => x === x.toUpperCase() && /\p{Lu}{2}/u.test(x);
    if (caps(prev) && caps(next) && !TERMINAL.test(prev) && prev.length >= 40) return true;
    if (this.isShortLabelLine(prev)) return true;
    if (this.hardWrapped) {
      const long = (s: string) => s.length >= 0.8 * this.wrapWidth;
      // Scraped text indents a paragraph's first line, so a short line before a long one starts a paragraph…
      if (long(prev) && next.length < 0.5 * this.wrapWidth && p.following !== undefined && long(p.following)) return false;
      if (long(prev)) return true;
      // …and that short first line continues on the long line after it.
      if (cur.length === 1 && !TERMINAL.test(prev) && long(next)) return true;
    }
    return !TERMINAL.test(prev) && /^\d/u.test(next) && !/^\d+\s*[.)]/u.test(next);
  }

  add(p: Piece): void {
    if (!p.value || RULE.test(p.value)) {
      this.blankSince = true;
      return;
    }
    const cur = this.cur;
    if (cur && !p.strong && !p.laidOut && !cur.pieces[cur.pieces.length - 1]!.laidOut && !cur.pieces[0]!.strong) {
      if (this.joins(cur.pieces, p, this.blankSince)) {
        cur.pieces.push(p);
        this.blankSince = false;
        return;
      }
    }
    this.flush();
    this.cur = { pieces: [p] };
    this.blankSince = false;
  }

  /** Ends the current paragraph (at a blank line that cannot be bridged, a table, a heading). */
  flush(): void {
    const cur = this.cur;
    if (!cur) return;
    const first = cur.pieces[0]!;
    const last = cur.pieces[cur.pieces.length - 1]!;
    const para: Paragraph = {
      type: 'paragraph',
      value: cur.pieces.map((p) => p.value).join(' '),
      position: { start: pointOf(first.line, first.column), end: endOf(last.line) },
      page: first.line.page,
    };
    if (first.strong) para.strong = true;
    this.blocks.push(para);
    this.cur = null;
  }

  push(block: Block): void {
    this.flush();
    this.blankSince = true;
    this.blocks.push(block);
  }
}

function wrapStats(lines: Line[]): { width: number; hardWrapped: boolean } {
  // Prose lines only: table cells and headings are short in every layout.
  const lens = lines.map((l) => l.raw.trim().length).filter((n) => n >= 40).sort((a, b) => a - b);
  if (lens.length < 10) return { width: Infinity, hardWrapped: false };
  const width = lens[Math.floor(lens.length * 0.9)]!;
  const near = lens.filter((n) => n >= 0.75 * width && n <= 1.1 * width).length;
  return { width, hardWrapped: width <= 140 && near / lens.length >= 0.5 };
}

/** Scans text into blocks. */
const CELL_BREAK = /^\s*\|\s*$/u;
const MAX_CELL_LINES = 12;

/** Marks lines that sit in a short blank-free run between two "|" lines: one cell of a scraped table. */
function cellLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (CELL_BREAK.test(raw)) {
      if (start >= 0 && i - start - 1 <= MAX_CELL_LINES) for (let j = start + 1; j < i; j++) out.add(j);
      start = i;
    } else if (!raw.trim()) start = -1;
  }
  return out;
}

export function scanText(text: string, options: ScanOptions): Block[] {
  const lines = splitLines(text, options.pages);
  const { width, hardWrapped } = wrapStats(lines);
  const asm = new Assembler(options.grammar, width, hardWrapped);
  const inCell = cellLines(lines);
  const flattened = new Map(findLineTables(lines, options.grammar).map((t) => [t.first, t]));
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
    if ((raw.match(/\t/gu)?.length ?? 0) >= 2) {
      let j = i;
      const rows: Line[] = [];
      while (j < lines.length) {
        const r = lines[j]!.raw;
        if ((r.match(/\t/gu)?.length ?? 0) >= 1 && (r.match(/\t/gu)?.length ?? 0) >= 2) rows.push(lines[j]!);
        else if (r.trim() !== '') break;
        j++;
      }
      const t: Table | null = tsvTable(rows);
      if (t) asm.push(t);
      i = j - 1;
      continue;
    }
    if (CELL_BREAK.test(raw)) {
      asm.push({ type: 'cellBreak', position: { start: pointOf(l), end: endOf(l) }, page: l.page });
      continue;
    }
    const h = options.markdown ? /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u.exec(raw) : null;
    if (h) {
      asm.push({ type: 'heading', depth: h[1]!.length, value: cleanInline(h[2]!), position: { start: pointOf(l), end: endOf(l) }, page: l.page });
      continue;
    }
    if (!inCell.has(i) && PAGE_NUMBER.test(raw)) {
      asm.add({ value: '', line: l, column: 0, strong: false });
      continue;
    }
    for (const p of piecesOf(l)) asm.add({ ...p, inCell: inCell.has(i), following: followingOf(i) });
  }
  asm.flush();
  return asm.blocks;
}
