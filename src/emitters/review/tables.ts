/**
 * The result's items as tables: one row per task, target, responsibility, reference and diagnostic.
 * Each row carries the source lines it came from (data-line, data-end) so choosing it finds them.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Properties } from 'hast';
import type { Agency, Diagnostic, Result, SourceRef, Task } from '../../schema/output.js';
import { LABELS, RECURRENCE_LABELS, dueOf } from '../labels.js';

type Cell = string | number | null | undefined | ElementContent | ElementContent[];

export interface Column<T> {
  head: string;
  cell: (item: T, index: number) => Cell;
  className?: string;
}

const names = (agencies: Agency[]) => agencies.map((a) => a.name).join('; ');
const lineOf = (source: SourceRef | null) => (source ? (source.endLine && source.endLine !== source.line ? `${source.line}–${source.endLine}` : String(source.line)) : '');
const pageOf = (source: SourceRef | null) => source?.page ?? '';

/** The row attributes that tie an item to its source lines. */
export const sourceProps = (source: SourceRef | null, what: string): Properties =>
  source ? { dataLine: source.line, dataEnd: source.endLine ?? source.line, dataWhat: what, tabIndex: 0 } : {};

/** A table of items, or a note that there are none. */
export function itemTable<T>(id: string, columns: Column<T>[], items: T[], rowProps: (item: T, index: number) => Properties): Element {
  if (!items.length) return h('p', { id, className: ['empty'] }, LABELS.none);
  const cell = (value: Cell) => (value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : value);
  return h('table', { id }, [
    h('thead', h('tr', columns.map((c) => h('th', { className: c.className ? [c.className] : undefined }, c.head)))),
    h('tbody', items.map((item, i) => h('tr', rowProps(item, i), columns.map((c) => h('td', { className: c.className ? [c.className] : undefined }, cell(c.cell(item, i))))))),
  ]);
}

const deadline = (task: Task): ElementContent[] => {
  const t = task.timeline;
  if (!t) return [];
  const iso = t.start && t.end && t.start !== t.end ? `${t.start} → ${t.end}` : dueOf(t);
  const recurrence = t.recurrence ? ` · ${RECURRENCE_LABELS[t.recurrence]}` : '';
  return [{ type: 'text', value: t.text }, h('div', { className: ['iso'] }, `${iso ?? ''}${recurrence}`)];
};

/** Where an item is: its lines, and its page in a document that has pages. */
const sourceColumns = <T extends { source: SourceRef | null }>(paged: boolean): Column<T>[] => [
  { head: LABELS.line, cell: (x) => lineOf(x.source), className: 'num' },
  ...(paged ? [{ head: LABELS.page, cell: (x: T) => pageOf(x.source), className: 'num' }] : []),
];

/** The tasks table, each row with its lead bodies and due date for the filters. */
export const taskTable = (tasks: Task[], paged: boolean) =>
  itemTable<Task>('tasks', [
    { head: '#', cell: (_, i) => i + 1, className: 'num' },
    { head: LABELS.section, cell: (t) => t.section, className: 'short' },
    { head: LABELS.label, cell: (t) => t.label, className: 'label' },
    { head: LABELS.content, cell: (t) => t.content, className: 'content' },
    { head: LABELS.lead, cell: (t) => names(t.lead), className: 'agency' },
    { head: LABELS.coordinators, cell: (t) => names(t.coordinators), className: 'agency' },
    { head: LABELS.products, cell: (t) => t.products.join('; '), className: 'agency' },
    { head: LABELS.deadline, cell: deadline, className: 'deadline' },
    ...sourceColumns<Task>(paged),
  ], tasks, (t, i) => ({
    ...sourceProps(t.source, `${LABELS.tasks} ${i + 1}`),
    dataLead: t.lead.map((a) => a.canonical).join('\n'),
    dataDue: dueOf(t.timeline) ?? '',
    dataOrder: i,
  }));

/** Targets, responsibilities, references and diagnostics, each as its own table. */
export function otherTables(result: Result): { id: string; title: string; table: Element }[] {
  const paged = result.source.pages !== null;
  const what = (title: string) => <T extends { source: SourceRef | null }>(x: T, i: number) => sourceProps(x.source, `${title} ${i + 1}`);
  return [
    { id: 'targets', title: LABELS.targets, table: itemTable('targets', [
      { head: LABELS.section, cell: (t) => t.section, className: 'agency' },
      { head: LABELS.text, cell: (t) => t.text, className: 'content' },
      ...sourceColumns<Result['targets'][number]>(paged),
    ], result.targets, what(LABELS.targets)) },
    { id: 'responsibilities', title: LABELS.responsibilities, table: itemTable('responsibilities', [
      { head: LABELS.agency, cell: (r) => r.agency, className: 'agency' },
      { head: LABELS.text, cell: (r) => [r.text, ...r.items].filter(Boolean).join('\n'), className: 'content' },
      ...sourceColumns<Result['responsibilities'][number]>(paged),
    ], result.responsibilities, what(LABELS.responsibilities)) },
    { id: 'references', title: LABELS.references, table: itemTable('references', [
      { head: LABELS.referenceKind, cell: (r) => r.kind, className: 'short' },
      { head: LABELS.number, cell: (r) => r.number, className: 'short' },
      { head: LABELS.issued, cell: (r) => r.date, className: 'short' },
      { head: LABELS.issuer, cell: (r) => r.issuer, className: 'agency' },
      { head: LABELS.title, cell: (r) => r.title, className: 'content' },
      { head: LABELS.mentions, cell: (r) => r.mentions, className: 'num' },
      ...sourceColumns<Result['references'][number]>(paged),
    ], result.references, what(LABELS.references)) },
    { id: 'diagnostics', title: LABELS.diagnostics, table: itemTable<Diagnostic>('diagnostics', [
      { head: LABELS.severity, cell: (d) => h('span', { className: [`sev-${d.severity}`] }, d.severity), className: 'short' },
      { head: LABELS.code, cell: (d) => d.code, className: 'agency' },
      { head: LABELS.message, cell: (d) => d.message, className: 'content' },
      ...sourceColumns<Diagnostic>(paged),
    ], result.diagnostics, what(LABELS.diagnostics)) },
  ];
}
