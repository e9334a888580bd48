/** The index of a run's review pages: every input with its kind, number, title, counts and status, linking to its page. */
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { RunEntry } from '../run-entry.js';
import { LABELS, STATUS_LABELS } from '../labels.js';
import { htmlDocument } from './shell.js';
import { itemTable } from './tables.js';

/** A page's link: its path relative to the index, each segment URL-encoded. */
const href = (output: string) => output.split(/[/\\]/u).map(encodeURIComponent).join('/');

/** The index page of a run. */
export function emitHtmlIndex(entries: RunEntry[]): string {
  const status = (e: RunEntry): ElementContent =>
    h('span', { className: [`status-${e.status}`] }, e.reason ? `${STATUS_LABELS[e.status]}: ${e.reason}` : STATUS_LABELS[e.status]);
  const table = itemTable<RunEntry>('documents', [
    { head: LABELS.file, cell: (e) => (e.output ? h('a', { href: href(e.output) }, e.path) : e.path) },
    { head: LABELS.kind, cell: (e) => e.document?.kindLabel ?? e.document?.kind, className: 'short' },
    { head: LABELS.number, cell: (e) => e.document?.number, className: 'agency' },
    { head: LABELS.title, cell: (e) => e.document?.title, className: 'content' },
    { head: LABELS.tasks, cell: (e) => e.counts.tasks, className: 'count' },
    { head: LABELS.targets, cell: (e) => e.counts.targets, className: 'count' },
    { head: LABELS.warnings, cell: (e) => e.counts.warnings, className: 'count' },
    { head: LABELS.errors, cell: (e) => e.counts.errors, className: 'count' },
    { head: LABELS.status, cell: status, className: 'agency' },
  ], entries, () => ({}));
  const failed = entries.filter((e) => e.status === 'failed').length;
  return htmlDocument(`parcli — ${entries.length} ${LABELS.documents.toLowerCase()}`, [
    h('header', { className: ['identity'] }, [
      h('h1', `${LABELS.documents} (${entries.length})`),
      h('div', { className: ['counts'] }, `${LABELS.tasks}: ${entries.reduce((n, e) => n + e.counts.tasks, 0)} · ${STATUS_LABELS.failed}: ${failed}`),
    ]),
    h('main', { className: ['index'] }, [table]),
  ], false);
}
