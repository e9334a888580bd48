/**
 * Tables a PDF text dump flattened to one cell fragment per line (plain `pdftotext`, a
 * gazette's text, copy-paste from a viewer): "TT" / "Nội dung, nhiệm vụ" / "Cơ quan chủ" /
 * "trì thực hiện" / … / "1" / "Rà soát, thể chế hóa các chủ trương," / "định hướng của Đảng …" /
 * "Bộ NN&MT," / "Bộ Quốc phòng" / "Các bộ," / … — cells broken over lines with nothing between
 * them, page numbers and running headers in the middle, the header repeated on each page.
 * Each row's fragments are dealt to the columns by the cheapest reading (see assign()).
 */
import type { Grammar } from '../grammar/compile.js';
import type { TableRow } from '../model/blocks.js';
import { columnKey, GROUP_LABEL, ROW_LABEL, type ColumnKey } from '../extractors/tables/columns.js';
import { startsWithBody } from '../normalizers/agencies.js';
import { normalizeTimeline } from '../normalizers/timeline.js';
import { spanOf, type Line } from './source-lines.js';
import { PAGE_NUMBER } from './page-furniture.js';
import { rx } from '../grammar/pattern.js';
import { inCapitals } from '../cleanse/inline.js';
import { toCell, type LineTable, type Part, partsOf, tableOf, squash, isLabelHeader } from './line-table-parts.js';

/** A fragment of a cell: one line, or the part of a line between wide gaps. */
interface Piece {
  parts: Part[];
  text: string;
  /** A wide gap or a blank line stands before it: a cell boundary as written. */
  apart: boolean;
}

interface OpenRow {
  label: string;
  at: Line;
  pieces: Piece[];
  end: Line;
}

const SUB_ROW = /^[-+]$/u;
const LOWER_START = rx('u')`^["“(]?\p{Ll}`;
// A fragment ending in a comma, hyphen or slash, or in a word that needs what follows, goes on.
const OPEN_END = /(?:[,:\-–/&(]|\s(?:và|của|các|về|số|theo|với|cho|tại|trong|đến|từ|là|được|có))$/u;
const TERMINAL = /[.;!?…"”)]$/u;
const FOOTNOTE = rx('u')`^\d{1,2}\s+\p{Lu}`;

/** A row number alone, or a sub-row mark ("-", "+"); `last` is the last row number read. */
function rowLabel(v: string, last: number): boolean {
  if (SUB_ROW.test(v)) return true;
  if (!ROW_LABEL.test(v)) return false;
  const n = Number(/^\d+/u.exec(v)?.[0] ?? NaN);
  // A group's numeral is short: "XVI" alone on a line is the end of "Quốc hội khóa" / "XVI".
  if (Number.isNaN(n)) return !GROUP_LABEL.test(v) || v.replace(/\.$/u, '').length <= 3;
  return /\d\.\d/u.test(v) || n === last + 1 || n === 1;
}

/** A line opening a row: its label, and the text after it on the same line ("7  Đề án …", "VI Đẩy mạnh …"). */
function opening(l: Line, last: number): { label: string; rest: Part[] } | null {
  const parts = partsOf(l);
  const first = parts[0];
  if (!first) return null;
  const words = first.words;
  if (rowLabel(squash(l.raw), last)) return { label: squash(l.raw), rest: [] };
  if (parts.length > 1 && rowLabel(words.map((w) => w.text).join(' '), last)) return { label: words.map((w) => w.text).join(' '), rest: parts.slice(1) };
  // One space after the label: only a number due next, before a capital.
  const head = words[0]!.text;
  if (words.length > 1 && !SUB_ROW.test(head) && rowLabel(head, last) && /^\p{Lu}/u.test(words[1]!.text) && (GROUP_LABEL.test(head) || /^\d/u.test(head))) {
    return { label: head, rest: [{ line: first.line, words: words.slice(1) }, ...parts.slice(1)] };
  }
  return null;
}

const endsTable = (s: string, widest: number): boolean => inCapitals(s) || /:$/u.test(s) || s.length > 1.3 * widest;

const textOfParts = (parts: Part[]) => parts.map((p) => p.words.map((w) => w.text).join(' ')).join(' ');

// More fragments than any real cell holds (a gazette's longest run to ~40 lines).
const MAX_CELL_PIECES = 120;

/** How much it costs to leave a column empty, by what it holds. */
const SKIP: Partial<Record<ColumnKey, number>> = { content: 6, lead: 3, timeline: 2, products: 2 };

/**
 * Deals a row's fragments to its columns, in order, by the cheapest reading: a cell boundary
 * before a fragment that goes on a sentence (lower case, after a comma) costs, running two
 * fragments together across a capital or a wide gap costs, and each column prefers what it
 * holds (a body in "Cơ quan chủ trì", a date or period in "Thời gian"). Returns per column the
 * range of pieces it takes, [from, to), or null when it stays empty.
 */
function assign(pieces: Piece[], keys: (ColumnKey | null)[], grammar: Grammar, labelled: boolean): ([number, number] | null)[] {
  const m = pieces.length;
  const n = keys.length;
  const join = pieces.map((p, j) => {
    if (j === 0) return 0;
    if (p.apart) return 5;
    const before = pieces[j - 1]!.text;
    if (LOWER_START.test(p.text) || OPEN_END.test(before)) return 0;
    // A name on a line of its own after a finished one is the next cell ("Phòng Kinh tế và Hạ tầng" / "Công ty …").
    const bump = TERMINAL.test(before) ? 1 : 0;
    if (startsWithBody(p.text, grammar) || rx('u')`^\p{Lu}\p{Ll}*\s+\p{Lu}{2,}`.test(p.text)) return 2 + bump;
    return 1 + bump;
  });
  const cut = pieces.map((p, j) => {
    if (j === 0 || p.apart) return 0;
    return (LOWER_START.test(p.text) ? 3 : 0) + (OPEN_END.test(pieces[j - 1]!.text) ? 2 : 0);
  });
  const joined = [0];
  for (let j = 1; j < m; j++) joined.push(joined[j - 1]! + join[j]!);
  // Bodies only in an agency cell: each line that opens anew opens with a name ("Các bộ," / "cơ quan" /
  // "ngang bộ", not "Đề án trình"). Counted once per piece, summed per range in constant time.
  const body = pieces.map((p) => startsWithBody(p.text, grammar));
  const strays = [0];
  for (let j = 0; j < m; j++) strays.push(strays[j]! + (j > 0 && join[j]! > 0 && pieces[j]!.text.includes(' ') && !body[j] ? 1 : 0));
  const fit = (c: number, from: number, to: number): number => {
    const key = keys[c];
    const first = pieces[from]!.text;
    if (key === 'lead' || key === 'coordinators') return (body[from] ? 0 : 3) + 3 * (strays[to]! - strays[from + 1]!);
    const text = () => pieces.slice(from, to).map((p) => p.text).join(' ');
    // A time opens its cell ("Năm" / "2026 - 2027", "Thường" / "xuyên"): a name before it is another cell's.
    const opensTime = () => isTimely(first, grammar) || (to - from > 1 && first.split(' ').length <= 2 && isTimely(`${first} ${pieces[from + 1]!.text}`, grammar));
    const timely = () => to - from <= 4 && text().length <= 80 && opensTime() && isTimely(text(), grammar);
    if (key === 'timeline') return timely() ? 0 : 4;
    // Content is a sentence of work, not a bare name or date.
    if (key === 'content') return to - from === 1 && first.split(' ').length <= 4 && (startsWithBody(first, grammar) || timely()) ? 2 : 0;
    return timely() ? 1 : 0;
  };
  // best[c][j]: the cheapest reading of pieces [0, j) into columns [0, c).
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: [number, number][][] = Array.from({ length: n + 1 }, () => new Array<[number, number]>(m + 1));
  best[0]![0] = 0;
  for (let c = 0; c < n; c++) {
    for (let j = 0; j <= m; j++) {
      const here = best[c]![j]!;
      if (here === Infinity) continue;
      // A row without a number may share the content of the row above (a cell merged over both).
      const skip = here + (keys[c] === 'content' && !labelled ? 1 : (SKIP[keys[c] as ColumnKey] ?? 1.5));
      if (skip < best[c + 1]![j]!) {
        best[c + 1]![j] = skip;
        from[c + 1]![j] = [j, j];
      }
      const take = (k: number) => {
        const cost = here + cut[j]! + (joined[k - 1]! - joined[j]!) + fit(c, j, k);
        if (cost < best[c + 1]![k]!) {
          best[c + 1]![k] = cost;
          from[c + 1]![k] = [j, k];
        }
      };
      // A cell spans at most MAX_CELL_PIECES fragments, but the last column may take all that is left:
      // the search stays linear in a row's length, and every row still has a reading.
      const reach = Math.min(m, j + MAX_CELL_PIECES);
      for (let k = j + 1; k <= reach; k++) take(k);
      if (c === n - 1 && reach < m) take(m);
    }
  }
  const out: ([number, number] | null)[] = new Array(n).fill(null);
  for (let c = n, j = m; c > 0; c--) {
    const [a, b] = from[c]![j]!;
    out[c - 1] = a < b ? [a, b] : null;
    j = a;
  }
  return out;
}

/** Whether a cell reads as a time: a date, a period or a recurrence. */
function isTimely(text: string, grammar: Grammar): boolean {
  // Any year will do: the question is whether it reads as a time ("Quý I" needs a year to end).
  const t = normalizeTimeline(text, { year: 2000, grammar });
  return !!(t.end || t.start || t.recurrence);
}

/** The header's cells: its lines, a line starting in lower case joined to the one before ("Cơ quan chủ" + "trì thực hiện"). */
function headerCells(lines: Line[][]): Part[][] {
  const out: Part[][] = [];
  for (const block of lines) {
    const parts = block.flatMap(partsOf);
    if (out.length && block.length === 1 && LOWER_START.test(block[0]!.raw.trim())) out[out.length - 1]!.push(...parts);
    else out.push(parts);
  }
  return out;
}

/**
 * A one-cell-per-line table starting at line i ("TT" alone on its line): the header, then
 * rows opened by their numbers (or "-", "+" for sub-rows), each row's fragments dealt to the
 * columns; furniture (`furniture` marks running headers and their page numbers), footnotes
 * at the foot of a page and the header repeated after a page break are left out. A row the
 * page broke goes on after the repeated header: fragments there that go on a sentence join the
 * broken row's tallest cell, the rest is a row of its own without a number.
 */
export function cellPerLineTable(lines: Line[], i: number, grammar: Grammar, furniture: Uint8Array): LineTable | null {
  if (!isLabelHeader(lines[i]!.raw.trim(), grammar)) return null;
  // Cells are blank-separated blocks when the header's cells are; else single lines.
  const blocks = lines[i + 1]?.raw.trim() === '';
  // A bare number is a page number unless it is the row number due next.
  const isNoise = (k: number, last: number) => !!furniture[k] || (PAGE_NUMBER.test(lines[k]!.raw) && !opening(lines[k]!, last));
  // The header: lines (or blocks) up to the first row number.
  const head: Line[][] = [];
  let k = i;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.raw.trim()) continue;
    // Cells between lines of "|" are the scraped form, rebuilt from its cell breaks.
    if (l.raw.trim() === '|') return null;
    if (k > i && opening(l, 0)) break;
    if (blocks && k > i && lines[k - 1]!.raw.trim()) head[head.length - 1]!.push(l);
    else head.push([l]);
    if (head.length > 12) return null;
  }
  const cells = blocks ? head.map((b) => b.flatMap(partsOf)) : headerCells(head);
  const keys = cells.map((c) => columnKey(textOfParts(c), grammar));
  if (cells.length < 3 || keys.filter(Boolean).length < 3 || keys[0] !== 'label') return null;
  const headLines = head.flat().map((l) => squash(l.raw));
  const repeatsHeader = (at: number): number => {
    let j = at;
    for (const h of headLines) {
      while (j < lines.length && !lines[j]!.raw.trim()) j++;
      if (j >= lines.length || squash(lines[j]!.raw) !== h) return -1;
      j++;
    }
    return j;
  };

  const rows: OpenRow[] = [];
  let last = 0;
  let blank = false;
  let broken = false;
  let widest = 0;
  let end = k;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.raw.trim()) {
      blank = true;
      continue;
    }
    if (isNoise(k, last)) {
      broken = true;
      continue;
    }
    const again = repeatsHeader(k);
    if (again > 0) {
      k = again - 1;
      broken = true;
      blank = false;
      continue;
    }
    // Footnotes at the foot of a page: up to the page's furniture.
    if (blank && FOOTNOTE.test(l.raw.trim())) {
      let j = k;
      while (j < lines.length && j - k < 8 && !furniture[j]) j++;
      if (j < lines.length && furniture[j]) {
        k = j - 1;
        continue;
      }
    }
    const open = opening(l, last);
    if (open) {
      if (/^\d/u.test(open.label)) last = Number.parseInt(open.label, 10);
      rows.push({ label: open.label, at: l, pieces: [], end: l });
      for (const p of open.rest) rows[rows.length - 1]!.pieces.push({ parts: [p], text: textOfParts([p]), apart: true });
    } else {
      // After a blank line (an empty cell in between) text that is no cell ends the table: a title in
      // capitals, a line ending in a colon ("Nơi nhận:"), a line wider than the table's.
      if (!rows.length || (blank && !blocks && endsTable(l.raw.trim(), widest))) break;
      if (broken) rows.push({ label: '', at: l, pieces: [], end: l });
      const row = rows[rows.length - 1]!;
      const parts = partsOf(l);
      parts.forEach((p, n) => {
        const apart = n > 0 || blank || broken;
        if (blocks && !apart && row.pieces.length) {
          const piece = row.pieces[row.pieces.length - 1]!;
          piece.parts.push(p);
          piece.text = textOfParts(piece.parts);
        } else row.pieces.push({ parts: [p], text: textOfParts([p]), apart });
      });
    }
    rows[rows.length - 1]!.end = l;
    widest = Math.max(widest, squash(l.raw).length);
    end = k + 1;
    blank = false;
    broken = false;
  }
  if (!rows.length) return null;
  carryOver(rows);
  const header: TableRow = {
    cells: cells.map((c) => toCell(c, lines[i]!)),
    position: spanOf(lines[i]!, 0, head[head.length - 1]![head[head.length - 1]!.length - 1]!),
  };
  const out = rows.filter((r) => r.label || r.pieces.length).map((r): TableRow => {
    const spans = assign(r.pieces, keys.slice(1), grammar, !!r.label);
    const valueCells = spans.map((s) => toCell(s ? r.pieces.slice(s[0], s[1]).flatMap((p) => p.parts) : [], r.at));
    const label = toCell(r.label ? [{ line: r.at, words: partsOf(r.at)[0]!.words.slice(0, r.label.split(' ').length) }] : [], r.at);
    const position = spanOf(r.at, 0, r.end);
    // "I | Hoàn thiện thể chế, chính sách …": a group's title spans the row.
    if (GROUP_LABEL.test(r.label) && spans.filter(Boolean).length === 1) {
      return { cells: [label, { ...valueCells.find((c) => c.value)!, colSpan: keys.length - 1 }], position };
    }
    return { cells: [label, ...valueCells], position };
  });
  return { first: i, end, table: tableOf([header, ...out]) };
}

/**
 * After a page break, fragments that go on a sentence ("trương, định hướng …") before any
 * new cell belong to the row the page broke: they join its fragments, at the end of its
 * tallest cell's text, which is the one that ran over the page.
 */
function carryOver(rows: OpenRow[]): void {
  rows.forEach((r, n) => {
    if (r.label || n === 0) return;
    let j = 0;
    while (j < r.pieces.length && (j === 0 ? LOWER_START.test(r.pieces[0]!.text) : !r.pieces[j]!.apart && (LOWER_START.test(r.pieces[j]!.text) || OPEN_END.test(r.pieces[j - 1]!.text)))) j++;
    if (!j) return;
    const prev = rows[n - 1]!;
    const moved = r.pieces.splice(0, j).map((p) => ({ ...p, apart: false }));
    // The broken row's last fragment of its tallest run of lower-case-joined fragments.
    let at = prev.pieces.length;
    let bestLen = 0;
    for (let s = 0, e = 1; e <= prev.pieces.length; e++) {
      const next = prev.pieces[e];
      if (next && !next.apart && (LOWER_START.test(next.text) || OPEN_END.test(prev.pieces[e - 1]!.text))) continue;
      if (e - s > bestLen) {
        bestLen = e - s;
        at = e;
      }
      s = e;
    }
    prev.pieces.splice(at, 0, ...moved);
    if (r.pieces.length) r.pieces[0] = { ...r.pieces[0]!, apart: false };
  });
}
