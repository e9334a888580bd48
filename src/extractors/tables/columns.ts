/**
 * Table columns named by their header wording, with the synonyms of
 * grammars/vi/fields.yaml: "TT", "Nội dung thực hiện", "Sản phẩm/Kết quả",
 * "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Chỉ tiêu" …
 */
import type { Grammar } from '../../grammar/compile.js';
import type { TableRow } from '../../model/blocks.js';
import { dice, trigrams, type Trigrams } from './similarity.js';
import { ownString } from '../../model/own-string.js';

export type ColumnKey = Grammar['fields'][number]['key'];

/** Header text as matched: whitespace collapsed, a trailing colon or "(…)" note left out. */
export const headerText = (value: string): string => value.replace(/\s+/gu, ' ').replace(/[\s:]+$/u, '').trim();

// Header cells are short and few, but every short line is asked whether it is one ("TT" opening a
// flattened table): short values are answered from a memo per grammar, kept small.
const MEMO_CHARS = 64;
const MEMO_SIZE = 4096;
const memos = new WeakMap<Grammar, Map<string, ColumnKey | null>>();

/** The field a header cell names, or null for a column the grammar does not know. */
export function columnKey(value: string, grammar: Grammar): ColumnKey | null {
  if (value.length > MEMO_CHARS) return readColumnKey(value, grammar);
  let memo = memos.get(grammar);
  if (!memo) memos.set(grammar, (memo = new Map()));
  let key = memo.get(value);
  if (key === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(ownString(value), (key = readColumnKey(value, grammar)));
  }
  return key;
}

function readColumnKey(value: string, grammar: Grammar): ColumnKey | null {
  const text = headerText(value);
  const bare = text.replace(/\s*\([^)]*\)$/u, '');
  for (const t of text === bare ? [text] : [text, bare]) {
    const f = grammar.fields.find((x) => x.re.test(t));
    if (f) return f.key;
  }
  return null;
}

// A header cell OCR misread ("Cơ quan chủ gì", "phẩm/Kết quả") is still the column whose wordings
// it is this close to; "Đơn vị tính" against "Đơn vị chủ trì" (0.48) is another column.
const CLOSE = 0.7;
// The nearest field must be clearly nearer than the next, or the cell stays unnamed.
const MARGIN = 0.1;
const exampleGrams = new WeakMap<Grammar, { key: ColumnKey; grams: Trigrams }[]>();

/** The field a misread header cell is nearest to by its wordings, among those `taken` leaves, or null. */
function nearestColumn(value: string, taken: ReadonlySet<ColumnKey>, grammar: Grammar): ColumnKey | null {
  const text = headerText(value);
  if (!text || text.length > MAX_HEADER_CHARS) return null;
  let examples = exampleGrams.get(grammar);
  if (!examples) {
    examples = grammar.fields.flatMap((f) => f.examples.map((e) => ({ key: f.key, grams: trigrams(e) })));
    exampleGrams.set(grammar, examples);
  }
  const g = trigrams(text);
  const best = new Map<ColumnKey, number>();
  for (const e of examples) best.set(e.key, Math.max(best.get(e.key) ?? 0, dice(g, e.grams)));
  const [first, second] = [...best].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < CLOSE || (second && first[1] - second[1] < MARGIN) || taken.has(first[0])) return null;
  return first[0];
}

/** Longer than any column name: a cell of content, not a header. */
export const MAX_HEADER_CHARS = 40;

/**
 * Column keys of a header row. Once the row reads as a header, a cell no pattern names takes
 * the column its text is nearest to (an OCR misreading), if no other cell names that column.
 */
export function columnKeys(row: TableRow, grammar: Grammar): (ColumnKey | null)[] {
  const keys = row.cells.map((c) => columnKey(c.value, grammar));
  if (!keys.includes(null) || keys.filter(Boolean).length < 2) return keys;
  const taken = new Set(keys.filter((k): k is ColumnKey => k !== null));
  return keys.map((k, i) => {
    if (k) return k;
    const near = nearestColumn(row.cells[i]!.value, taken, grammar);
    if (near) taken.add(near);
    return near;
  });
}

/** Whether a row reads as a header: at least `min` of its cells name a field. */
export const isHeaderRow = (row: TableRow, grammar: Grammar, min = 3): boolean =>
  columnKeys(row, grammar).filter(Boolean).length >= Math.min(min, row.cells.length);

/** Index of the header row among a table's first rows (a title row may come first), or -1. */
export function findHeader(rows: readonly TableRow[], grammar: Grammar): number {
  for (let i = 0; i < Math.min(rows.length, 3); i++) if (rows[i]!.cells.length >= 2 && isHeaderRow(rows[i]!, grammar, 2)) return i;
  return -1;
}

/** A row's text, for comparing a repeated header with the first one. */
export const rowText = (row: TableRow): string => row.cells.map((c) => headerText(c.value).toLowerCase()).join('|');

/** Row labels of a table of work: "1", "1.", "2.1", "I", "II.", "a)", "A". */
export const ROW_LABEL = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Zđa-z])[.)]?$/u;
/** Group labels: a roman numeral or a capital letter ("I", "II.", "A"). */
export const GROUP_LABEL = /^(?:[IVXLC]{1,6}|[A-Z])\.?$/u;
