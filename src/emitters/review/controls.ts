/**
 * The task filters (lead body; deadline month or quarter) and the sort, with the options the
 * tasks' own lead bodies and due dates give.
 */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Task } from '../../schema/output.js';
import { LABELS, dueOf } from '../labels.js';

const collator = new Intl.Collator('vi');

/** Lead bodies by canonical name, each shown by the first name the document gives it. */
function leadOptions(tasks: Task[]): Element[] {
  const byCanonical = new Map<string, string>();
  for (const a of tasks.flatMap((t) => t.lead)) if (!byCanonical.has(a.canonical)) byCanonical.set(a.canonical, a.name);
  return [...byCanonical].sort((a, b) => collator.compare(a[1], b[1])).map(([value, name]) => h('option', { value }, name));
}

/** Months ("m:2025-03") and quarters ("q:2025-Q1") the tasks fall due in, and "none" when some have no date. */
function dueOptions(tasks: Task[]): Element[] {
  const dues = tasks.map((t) => dueOf(t.timeline) ?? '');
  const months = [...new Set(dues.filter((d) => d.length >= 7).map((d) => d.slice(0, 7)))].sort();
  const quarters = [...new Set(months.map((m) => `${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5, 7)) / 3)}`))];
  return [
    ...(months.length ? [h('optgroup', { label: LABELS.month }, months.map((m) => h('option', { value: `m:${m}` }, `${m.slice(5, 7)}/${m.slice(0, 4)}`)))] : []),
    ...(quarters.length ? [h('optgroup', { label: LABELS.quarter }, quarters.map((q) => h('option', { value: `q:${q}` }, `${LABELS.quarter} ${q.slice(6)}/${q.slice(0, 4)}`)))] : []),
    ...(dues.includes('') ? [h('option', { value: 'none' }, LABELS.noDeadline)] : []),
  ];
}

/** The controls above the tasks table. */
export function taskControls(tasks: Task[]): Element {
  return h('div', { className: ['controls'] }, [
    h('label', { htmlFor: 'filter-lead' }, LABELS.lead),
    h('select', { id: 'filter-lead' }, [h('option', { value: '' }, LABELS.allLeads), ...leadOptions(tasks)]),
    h('label', { htmlFor: 'filter-due' }, LABELS.deadline),
    h('select', { id: 'filter-due' }, [h('option', { value: '' }, LABELS.allDeadlines), ...dueOptions(tasks)]),
    h('label', { htmlFor: 'sort' }, LABELS.sort),
    h('select', { id: 'sort' }, [
      h('option', { value: 'order' }, LABELS.documentOrder),
      h('option', { value: 'asc' }, LABELS.deadlineAsc),
      h('option', { value: 'desc' }, LABELS.deadlineDesc),
    ]),
    h('span', [h('strong', { id: 'shown' }, String(tasks.length)), ` / ${tasks.length} ${LABELS.shown}`]),
  ]);
}
