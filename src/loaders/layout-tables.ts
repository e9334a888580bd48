/**
 * Tables that PDF text extraction flattened into lines. Two forms:
 * - aligned columns (`pdftotext -layout`), each cell wrapped within its column, the
 *   header on several lines, page furniture and the repeated header inside:
 *   "                    Sản                     Thời gian"
 *   "TT   Nội dung thực hiện   phẩm/Kết   Cơ quan chủ trì   hoàn"
 *   "1.   Ban hành kịp thời,   - Quyết định   Phòng Tư pháp   Quý I"
 *   "     đúng hạn các văn     của UBND …"
 * - one cell per line, or per blank-separated block (plain `pdftotext`, copy-paste
 *   from a viewer): "TT" / "Nội dung" / "Sản phẩm" / … / "1" / "Ban hành …" / …
 * Both become table blocks whose positions point into the scanned text.
 */
import type { Grammar } from '../grammar/compile.js';
import type { TableRow } from '../model/blocks.js';
import { columnKey, GROUP_LABEL, MAX_HEADER_CHARS, ROW_LABEL } from '../extractors/tables/columns.js';
import { spanOf, type Line } from './source-lines.js';
import { PAGE_NUMBER, runningHeaders } from './page-furniture.js';
import { cellPerLineTable } from './line-cells.js';
import { chunksOf, isLabelHeader, squash, tableOf, toCell, wordsOf, type LineTable, type Word } from './line-table-parts.js';

export type { LineTable } from './line-table-parts.js';

const isNoise = (l: Line, k: number, furniture: Uint8Array) => !!furniture[k] || PAGE_NUMBER.test(l.raw);
const isLabel = (s: string) => ROW_LABEL.test(s);

/** The header of an aligned table around line i ("TT" first): its lines and column starts. */
function alignedHeader(lines: Line[], i: number, grammar: Grammar): { first: number; end: number; starts: number[]; row: TableRow } | null {
  // Tab-separated rows are read as such.
  if (lines[i]!.raw.includes('\t')) return null;
  const tt = chunksOf(lines[i]!.raw);
  // The "TT" line may hold few of the header's cells: the others, two lines high, sit above and below it.
  if (tt.length < 2 || !isLabelHeader(tt[0]!.text, grammar)) return null;
  // Header cells are centred vertically: as many lines above the "TT" line as below it.
  let below = 0;
  while (below < 3 && lines[i + below + 1]?.raw.trim() && chunksOf(lines[i + below + 1]!.raw)[0]!.start > tt[0]!.end) below++;
  let above = 0;
  while (above < below && lines[i - above - 1]?.raw.trim() && chunksOf(lines[i - above - 1]!.raw)[0]!.start > tt[0]!.end) above++;
  // Chunks of the header lines that overlap across lines are one column ("Cơ quan" over "chủ trì").
  const cols: { start: number; end: number; parts: { line: Line; words: Word[] }[] }[] = [];
  for (let k = i - above; k <= i + below; k++) {
    for (const c of chunksOf(lines[k]!.raw)) {
      const part = { line: lines[k]!, words: wordsOf(c.text).map((w) => ({ ...w, start: w.start + c.start, end: w.end + c.start })) };
      const col = cols.find((x) => c.start < x.end && x.start < c.end);
      if (col) {
        col.parts.push(part);
        col.start = Math.min(col.start, c.start);
        col.end = Math.max(col.end, c.end);
      } else cols.push({ start: c.start, end: c.end, parts: [part] });
    }
  }
  cols.sort((a, b) => a.start - b.start);
  const cells = cols.map((c) => toCell(c.parts, lines[i]!));
  if (cells.filter((c) => columnKey(c.value, grammar)).length < 3) return null;
  const row = { cells, position: spanOf(lines[i - above]!, 0, lines[i + below]!), page: lines[i]!.page };
  return { first: i - above, end: i + below + 1, starts: cols.map((c) => c.start), row };
}

/**
 * Where each column's cells start: a centred header starts right of its cells, so each
 * start moves to where most cells that open after a wide gap begin, between the header
 * starts of its neighbours.
 */
function columnEdges(lines: Line[], starts: number[]): number[] {
  const opens = lines.flatMap((l) => chunksOf(l.raw).map((c) => c.start));
  return starts.map((s, c) => {
    if (c === 0) return 0;
    const votes = new Map<number, number>();
    for (const o of opens) if (o > starts[c - 1]! && o <= s + 1) votes.set(o, (votes.get(o) ?? 0) + 1);
    return [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? s;
  });
}

const shape = (raw: string) => squash(raw).replace(/\d+/gu, '#');

/** Shapes of lines printed more than once (digits aside): running headers, and headers repeated on each page. */
function runningLines(lines: Line[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) if (l.raw.trim()) seen.set(shape(l.raw), (seen.get(shape(l.raw)) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([s]) => s));
}

// pdftotext sets a cell a few columns left of where it sets the same cell in a roomier row.
const SLACK = 3;

/** Whether the run of lines from k (up to a blank line) reaches a labelled line after unlabelled ones. */
function centredRow(lines: Line[], k: number, labelled: (l: Line) => boolean): boolean {
  for (let j = k + 1; j < lines.length && lines[j]!.raw.trim(); j++) if (labelled(lines[j]!)) return true;
  return false;
}

/** An aligned table whose header is around line i, up to the first line that is not part of it. */
function alignedTable(lines: Line[], i: number, grammar: Grammar, furniture: Uint8Array): LineTable | null {
  const head = alignedHeader(lines, i, grammar);
  if (!head) return null;
  const repeated = new Set(lines.slice(head.first, head.end).map((l) => squash(l.raw)));
  const running = runningLines(lines);
  const edges = columnEdges(lines.slice(head.end, head.end + 60), head.starts);
  const columnOf = (w: Word) => edges.findLastIndex((e) => e <= w.start + SLACK);
  type Open = { line: Line; cols: Word[][] }[];
  const rows: Open[] = [];
  let end = head.end;
  let brk = false;
  // Cells centred vertically put lines of a row above its label ("Rà soát …" / "1   Trưởng thôn" / "dời …"),
  // rows apart by blank lines: told by the first row, whose lines before its label can be no other row's.
  let centred: boolean | null = null;
  let pending: Open = [];
  let blockLabelled = false;
  const settle = () => {
    if (pending.length && rows.length) rows[rows.length - 1]!.push(...pending);
    pending = [];
  };
  for (let k = head.end; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.raw.trim()) {
      if (centred) settle();
      blockLabelled = false;
      continue;
    }
    if (repeated.has(squash(l.raw))) continue;
    // A row number alone on its line (its cells centred on taller neighbours) is no page number, unless a page follows.
    const noise = isNoise(l, k, furniture) && !(centred !== false && nextNumber(l.raw.trim(), rows.length) && !pageFollows(lines, k));
    if (noise || l.raw.includes('\f')) brk = true;
    if (noise) continue;
    if (brk) {
      // At the top of a page: a running header (a line other pages repeat) is furniture; anything else
      // before a header, such as the next appendix's title, ends the table.
      const next = lines.slice(k, k + 5).findIndex((x) => isLabelHeader(chunksOf(x.raw)[0]?.text ?? '', grammar));
      if (next > 0 && running.has(shape(l.raw))) continue;
      if (next >= 0) break;
      brk = false;
    }
    const cols: Word[][] = edges.map(() => []);
    for (const w of wordsOf(l.raw)) cols[Math.max(0, columnOf(w))]!.push(w);
    const label = cols[0]!.map((w) => w.text).join(' ');
    if (label && !isLabel(label)) break;
    centred ??= !label && centredRow(lines, k, (x) => isLabel(chunksOf(x.raw)[0]?.text ?? ''));
    if (centred && !label && !blockLabelled) {
      pending.push({ line: l, cols });
      continue;
    }
    if (!label && !rows.length) break;
    if (label) {
      rows.push(centred ? pending : []);
      pending = [];
      blockLabelled = true;
    }
    rows[rows.length - 1]!.push({ line: l, cols });
    end = k + 1;
  }
  if (!rows.length) return null;
  const out = rows.map((r): TableRow => {
    const first = r[0]!.line;
    const cells = edges.map((_, c) => toCell(r.map((x) => ({ line: x.line, words: x.cols[c]! })), first));
    const rest = r.flatMap((x) => x.cols.slice(1).flat()).map((w) => w.text).join(' ');
    // "I   CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH": a group title spans the row, whatever columns its words fell in.
    const group = GROUP_LABEL.test(cells[0]!.value) && rest === rest.toUpperCase();
    const title = toCell(r.map((x) => ({ line: x.line, words: x.cols.slice(1).flat() })), first, edges.length - 1);
    return { cells: group ? [cells[0]!, title] : cells, position: spanOf(first, 0, r[r.length - 1]!.line), page: first.page };
  });
  return { first: head.first, end, table: tableOf([head.row, ...out]) };
}

/** Whether a number is the one a table of `rows` numbered rows gives its next row. */
const nextNumber = (v: string, rows: number): boolean => /^\d{1,3}\.?$/u.test(v) && Number.parseInt(v, 10) === rows + 1;

/** Whether the next line that is not blank opens a new page (a page number stands just before the break). */
function pageFollows(lines: Line[], k: number): boolean {
  let j = k + 1;
  while (j < lines.length && !lines[j]!.raw.trim()) j++;
  return j >= lines.length || lines[j]!.raw.includes('\f');
}

// What \s matches, by code: a regular expression per character costs more than the line.
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether a line's first run of words (as chunksOf cuts them) is at most `max` characters: read no further than that. */
function firstChunkFits(raw: string, max: number): boolean {
  let i = 0;
  while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
  if (i === raw.length) return false;
  const end = Math.min(raw.length, i + max + 1);
  for (let k = i + 1; k < end; k++) {
    const c = raw.charCodeAt(k);
    // A chunk ends at white space other than one plain space before a word.
    if (isSpace(c) && (c !== 32 || k + 1 >= raw.length || isSpace(raw.charCodeAt(k + 1)))) return true;
  }
  return end - i <= max;
}

/** Tables flattened into lines by PDF text extraction, in line order; `furniture` marks running headers (see runningHeaders). */
export function findLineTables(lines: Line[], grammar: Grammar, furniture = runningHeaders(lines)): LineTable[] {
  const out: LineTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Both forms open with a short "TT" cell: a line whose first run of words is longer opens neither.
    if (!firstChunkFits(lines[i]!.raw, MAX_HEADER_CHARS)) continue;
    const t = alignedTable(lines, i, grammar, furniture) ?? cellPerLineTable(lines, i, grammar, furniture);
    if (t && t.first >= (out[out.length - 1]?.end ?? 0)) {
      out.push(t);
      i = t.end - 1;
    }
  }
  return out;
}
