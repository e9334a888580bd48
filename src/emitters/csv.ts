/**
 * CSV: one row per task, RFC 4180 (CRLF rows, quoted when needed), UTF-8 with a
 * byte-order mark so Excel reads Vietnamese as UTF-8 instead of the ANSI code page.
 */
import type { Agency, Result } from '../schema/output.js';
import { taskRecords, type TaskRecord } from './tasks.js';
import { concatStream, type Stream } from './stream.js';

const BOM = '\uFEFF';
const names = (agencies: Agency[]) => agencies.map((a) => a.name).join('; ');

/** Column name → cell value; lists are joined with "; ", absent values are empty cells. */
const COLUMNS: [string, (t: TaskRecord) => string | number | null | undefined][] = [
  ['file', (t) => t.document.file],
  ['documentNumber', (t) => t.document.number],
  ['taskId', (t) => t.id],
  ['section', (t) => t.section],
  ['content', (t) => t.content],
  ['lead', (t) => names(t.lead)],
  ['coordinators', (t) => names(t.coordinators)],
  ['products', (t) => t.products.join('; ')],
  ['timelineText', (t) => t.timeline?.text],
  ['timelineStart', (t) => t.timeline?.start],
  ['timelineEnd', (t) => t.timeline?.end],
  ['sourceLine', (t) => t.source.line],
  ['sourcePage', (t) => t.source.page],
];

/**
 * Quotes a field when it holds a quote, comma or line break, doubling inner quotes (RFC 4180).
 * A text cell starting with "=", "+" or "@" gets a leading apostrophe, so a spreadsheet shows it
 * instead of running it as a formula.
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value == null ? '' : String(value);
  if (typeof value === 'string' && /^[=+@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const row = (cells: (string | number | null | undefined)[]) => `${cells.map(csvField).join(',')}\r\n`;
const HEAD = BOM + row(COLUMNS.map(([name]) => name));
const rows = (result: Result) => taskRecords(result).map((t) => row(COLUMNS.map(([, cell]) => cell(t)))).join('');

export const emitCsv = (result: Result): string => HEAD + rows(result);

export const streamCsv = (): Stream => concatStream(HEAD, rows);
