/**
 * Tables a scraped web page gives as one cell per paragraph with lines of only
 * "|" between cells and no row boundaries:
 * "TT" | "Nhiệm vụ" | "Sản phẩm" | "Cơ quan chủ trì" | … | "I" | "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" | "1" | "Ban hành …" | …
 * Rows are re-chunked by the header's width; a group row ("I" + a title) is two cells.
 */
import type { Grammar } from '../../grammar/compile.js';
import { span, type Paragraph, type Position, type Table, type TableCell, type TableRow } from '../../model/blocks.js';
import { sourceOf, type Para } from '../../model/working.js';
import { columnKey, GROUP_LABEL, ROW_LABEL } from './columns.js';

/** A cell of a scraped table: the paragraphs between two breaks. */
interface RawCell {
  paras: Para[];
  /** Where an empty cell sits: the break that closes it. */
  at: Position;
}

// A cell longer than this is prose the scrape put between two tables, not a cell.
const MAX_CELL_PARAS = 12;

const isBreak = (p: Para | undefined) => p?.block.type === 'cellBreak';
const cellValue = (c: RawCell) => c.paras.map((p) => p.value).join('\n');

function toCell(c: RawCell): TableCell {
  const first = c.paras[0];
  const last = c.paras[c.paras.length - 1];
  return { value: cellValue(c), position: first && last ? span(first.block.position, last.block.position) : c.at };
}

/** The cells of the break run starting at paras[start] (a break), and the index after the run's last break. */
function collect(paras: Para[], start: number): { cells: RawCell[]; end: number } {
  const cells: RawCell[] = [];
  let i = start;
  while (isBreak(paras[i])) {
    let j = i + 1;
    while (j < paras.length && !isBreak(paras[j]) && j - i <= MAX_CELL_PARAS) j++;
    if (!isBreak(paras[j])) break;
    cells.push({ paras: paras.slice(i + 1, j), at: paras[j]!.block.position });
    i = j;
  }
  return { cells, end: i + 1 };
}

/**
 * The first header cell when the scrape joined it to the text before it
 * ("(Kèm theo Kế hoạch số … của UBND tỉnh)" + "TT"): the paragraph's last source line.
 */
function splitFirstCell(p: Para, text: string, grammar: Grammar): { keep: Paragraph; cell: TableCell } | null {
  if (p.block.type !== 'paragraph') return null;
  const { start, end } = p.block.position;
  const lineStart = text.lastIndexOf('\n', end.offset - 1) + 1;
  const last = text.slice(lineStart, end.offset).trim();
  if (lineStart <= start.offset || !last || !columnKey(last, grammar) || !p.value.endsWith(last)) return null;
  const lineNo = end.line;
  const cell: TableCell = { value: last, position: { start: { line: lineNo, column: 1, offset: lineStart }, end } };
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const keepEnd = { line: lineNo - 1, column: lineStart - prevStart, offset: lineStart - 1 };
  const keep: Paragraph = { ...p.block, value: p.value.slice(0, -last.length).trim(), position: { start, end: keepEnd } };
  return { keep, cell };
}

/**
 * Chunks a flat list of cells into rows of the header's width, group rows as two cells. When the
 * header ends in an empty cell, the scrape closes every row with one ("| … | THỜI GIAN |" + "|"):
 * a group row is then its label, its title and that empty cell.
 */
export function chunk(cells: TableCell[], width: number): TableRow[] {
  const rows: TableRow[] = [];
  const row = (cs: TableCell[]): TableRow => ({ cells: cs, position: span(cs[0]!.position, cs[cs.length - 1]!.position) });
  const closed = width > 2 && !cells[width - 1]?.value;
  const groupWidth = closed ? 3 : 2;
  let i = 0;
  while (i < cells.length) {
    const v = cells[i]!.value;
    const next = cells[i + groupWidth]?.value;
    if (rows.length && GROUP_LABEL.test(v) && (!closed || !cells[i + 2]?.value) && (next === undefined || (ROW_LABEL.test(next) && !GROUP_LABEL.test(next)))) {
      const title = { ...cells[i + 1]!, colSpan: width - 1 };
      rows.push(row([cells[i]!, title]));
      i += groupWidth;
    } else {
      const cs = cells.slice(i, i + width);
      // "| | I. Kinh tế số | | |": a title alone in a closed row spans it.
      const filled = cs.filter((c) => c.value);
      const only = closed && filled.length === 1 && filled[0] !== cs[0] ? filled[0]! : null;
      rows.push(row(only ? cs.map((c) => (c === only ? { ...c, colSpan: width - 1 } : c)) : cs));
      i += width;
    }
  }
  return rows;
}

/**
 * Rebuilds scraped tables in place: each run of cell-break-separated paragraphs that
 * starts with a header row becomes one table paragraph.
 * @returns how many tables were rebuilt
 */
export function rebuildCellBreakTables(paras: Para[], text: string, grammar: Grammar): number {
  let count = 0;
  // The paragraphs with the tables in, built once: a splice per table moved the rest of a long document each time.
  const out: Para[] = [];
  let copied = 0;
  for (let b = 1; b < paras.length; b++) {
    if (!isBreak(paras[b]) || isBreak(paras[b - 1]) || paras[b - 1]!.block.type !== 'paragraph') continue;
    const { cells: raw, end } = collect(paras, b);
    const firstPara = paras[b - 1]!;
    let first: TableCell = toCell({ paras: [firstPara], at: firstPara.block.position });
    let keep: Paragraph | null = null;
    if (!columnKey(first.value, grammar)) {
      const split = splitFirstCell(firstPara, text, grammar);
      if (!split) continue;
      ({ keep, cell: first } = split);
    }
    const cells = [first, ...raw.map(toCell)];
    const labelAt = cells.findIndex((c, i) => i > 0 && ROW_LABEL.test(c.value));
    // A header closed by an empty cell ("| TT | Chỉ tiêu | Chủ trì |" + "|") is that wide, empty cell
    // included, whatever group row comes before the first numbered one.
    const closeAt = cells.findIndex((c) => !c.value);
    const width = closeAt > 0 && closeAt < labelAt ? closeAt + 1 : labelAt;
    const header = cells.slice(0, width);
    if (width < 3 || header.filter((c) => columnKey(c.value, grammar)).length < 3) continue;

    const rows = chunk(cells, width);
    const block: Table = { type: 'table', rows, position: span(first.position, paras[end - 1]!.block.position) };
    if (firstPara.block.page !== undefined) block.page = firstPara.block.page;
    const tablePara: Para = { index: 0, block, value: '', source: sourceOf(block), label: null, zone: firstPara.zone };
    const replaced = keep ? [{ ...firstPara, block: keep, value: keep.value, source: sourceOf(keep) }, tablePara] : [tablePara];
    for (let k = copied; k < b - 1; k++) out.push(paras[k]!);
    out.push(...replaced);
    copied = end;
    b = end;
    count++;
  }
  if (count) {
    for (let k = copied; k < paras.length; k++) out.push(paras[k]!);
    paras.length = out.length;
    for (let k = 0; k < out.length; k++) paras[k] = out[k]!;
  }
  return count;
}
