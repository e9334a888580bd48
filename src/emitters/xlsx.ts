/**
 * The workbook of a run: one sheet per kind of item across every input ("Nhiệm vụ", "Chỉ tiêu",
 * "Trách nhiệm", "Văn bản dẫn chiếu") and one row per input ("Tài liệu"). Deadlines are date cells,
 * so a spreadsheet sorts and filters them as dates; each sheet has a frozen, filterable header.
 * exceljs is loaded only when a workbook is written.
 */
import type { Workbook } from 'exceljs';
import type { Agency, Result, SourceRef } from '../schema/output.js';
import type { RunEntry } from './run-entry.js';
import { LABELS, RECURRENCE_LABELS, STATUS_LABELS, dueOf } from './labels.js';

type Value = string | number | Date | null | undefined;

interface Column<T> {
  head: string;
  width: number;
  value: (row: T) => Value;
  /** Long text: wrapped in its cell. */
  wrap?: true;
}

interface Row<T> {
  entry: RunEntry;
  item: T;
}

const DATE_FORMAT = 'dd/mm/yyyy';
const names = (agencies: Agency[]) => agencies.map((a) => a.name).join('\n');

/** A full ISO date as a date cell (UTC midnight: spreadsheet dates carry no zone); a reduced one stays text elsewhere. */
const dateOf = (iso: string | null | undefined): Date | null => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
};

/** The columns every item sheet starts with (which input) and ends with (where in it). */
const file = <T>(): Column<Row<T>>[] => [
  { head: LABELS.file, width: 28, value: (r) => r.entry.path },
  { head: LABELS.number, width: 16, value: (r) => r.entry.document?.number },
];
const place = <T extends { source: SourceRef }>(): Column<Row<T>>[] => [
  { head: LABELS.line, width: 7, value: (r) => r.item.source.line },
  { head: LABELS.page, width: 7, value: (r) => r.item.source.page },
];

type Task = Result['tasks'][number];
const TASKS: Column<Row<Task>>[] = [
  ...file<Task>(),
  { head: LABELS.section, width: 24, value: (r) => r.item.section, wrap: true },
  { head: LABELS.label, width: 9, value: (r) => r.item.label },
  { head: LABELS.content, width: 60, value: (r) => r.item.content, wrap: true },
  { head: LABELS.lead, width: 26, value: (r) => names(r.item.lead), wrap: true },
  { head: LABELS.coordinators, width: 30, value: (r) => names(r.item.coordinators), wrap: true },
  { head: LABELS.products, width: 26, value: (r) => r.item.products.join('\n'), wrap: true },
  { head: LABELS.deadline, width: 12, value: (r) => dateOf(dueOf(r.item.timeline)) },
  { head: LABELS.deadlineText, width: 26, value: (r) => r.item.timeline?.text, wrap: true },
  { head: LABELS.deadlineIso, width: 22, value: (r) => [r.item.timeline?.start, r.item.timeline?.end].filter(Boolean).join(' → ') },
  { head: LABELS.recurrence, width: 12, value: (r) => (r.item.timeline?.recurrence ? RECURRENCE_LABELS[r.item.timeline.recurrence] : null) },
  ...place<Task>(),
];

type Target = Result['targets'][number];
const TARGETS: Column<Row<Target>>[] = [
  ...file<Target>(),
  { head: LABELS.section, width: 28, value: (r) => r.item.section, wrap: true },
  { head: LABELS.text, width: 80, value: (r) => r.item.text, wrap: true },
  ...place<Target>(),
];

type Responsibility = Result['responsibilities'][number];
const RESPONSIBILITIES: Column<Row<Responsibility>>[] = [
  ...file<Responsibility>(),
  { head: LABELS.agency, width: 30, value: (r) => r.item.agency, wrap: true },
  { head: LABELS.text, width: 60, value: (r) => r.item.text, wrap: true },
  { head: LABELS.items, width: 60, value: (r) => r.item.items.join('\n'), wrap: true },
  ...place<Responsibility>(),
];

type Reference = Result['references'][number];
const REFERENCES: Column<Row<Reference>>[] = [
  ...file<Reference>(),
  { head: LABELS.referenceKind, width: 14, value: (r) => r.item.kind },
  { head: `${LABELS.number} (${LABELS.references.toLowerCase()})`, width: 18, value: (r) => r.item.number },
  { head: LABELS.issued, width: 12, value: (r) => dateOf(r.item.date) ?? r.item.date },
  { head: LABELS.issuer, width: 28, value: (r) => r.item.issuer, wrap: true },
  { head: LABELS.title, width: 60, value: (r) => r.item.title, wrap: true },
  { head: LABELS.mentions, width: 8, value: (r) => r.item.mentions },
  ...place<Reference>(),
];

const DOCUMENTS: Column<RunEntry>[] = [
  { head: LABELS.file, width: 34, value: (e) => e.path },
  { head: LABELS.status, width: 14, value: (e) => STATUS_LABELS[e.status] },
  { head: LABELS.kind, width: 14, value: (e) => e.document?.kindLabel ?? e.document?.kind },
  { head: LABELS.number, width: 16, value: (e) => e.document?.number },
  { head: LABELS.title, width: 50, value: (e) => e.document?.title, wrap: true },
  { head: LABELS.date, width: 12, value: (e) => dateOf(e.result?.document.date) ?? e.result?.document.date },
  { head: LABELS.tasks, width: 10, value: (e) => e.counts.tasks },
  { head: LABELS.targets, width: 10, value: (e) => e.counts.targets },
  { head: LABELS.responsibilities, width: 12, value: (e) => e.counts.responsibilities },
  { head: LABELS.references, width: 12, value: (e) => e.counts.references },
  { head: LABELS.warnings, width: 10, value: (e) => e.counts.warnings },
  { head: LABELS.errors, width: 8, value: (e) => e.counts.errors },
  { head: LABELS.reason, width: 50, wrap: true, value: (e) =>
    e.reason ?? e.result?.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.source ? `${d.source.line}: ` : ''}${d.message}`).join('\n') },
];

/** One sheet: bold frozen header with a filter, set widths, wrapped long text, dates shown as dates. */
function addSheet<T>(book: Workbook, name: string, columns: Column<T>[], rows: T[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.head, width: c.width }));
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? null));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.alignment = { vertical: 'top', wrapText: c.wrap ?? false };
    column.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  });
}

/** The workbook of every entry of a run, as the bytes of an .xlsx file. */
export async function emitXlsx(entries: RunEntry[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'parcli';
  const rows = <T>(items: (r: Result) => T[]): Row<T>[] => entries.flatMap((entry) => (entry.result ? items(entry.result).map((item) => ({ entry, item })) : []));
  addSheet(book, LABELS.tasks, TASKS, rows((r) => r.tasks));
  addSheet(book, LABELS.targets, TARGETS, rows((r) => r.targets));
  addSheet(book, LABELS.responsibilities, RESPONSIBILITIES, rows((r) => r.responsibilities));
  addSheet(book, LABELS.references, REFERENCES, rows((r) => r.references));
  addSheet(book, LABELS.documents, DOCUMENTS, entries);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
