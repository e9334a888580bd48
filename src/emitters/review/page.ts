/**
 * The review page of one result: the document's identity, then what was extracted (tasks with
 * filters and sort, targets, responsibilities, references, diagnostics) beside the source text.
 * Built as a hast tree, so every value from the document is text, escaped when serialized.
 */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Result, SourceRef } from '../../schema/output.js';
import type { View } from '../tasks.js';
import { LABELS, signerOf } from '../labels.js';
import { htmlDocument } from './shell.js';
import { sourcePane } from './source-pane.js';
import { taskTable, otherTables } from './tables.js';
import { taskControls } from './controls.js';

/** The document's identity as a definition list. */
function identity(result: Result): Element {
  const d = result.document;
  const s = result.source;
  const file = `${s.name} (${s.format}${s.pages ? `, ${s.pages} ${LABELS.page.toLowerCase()}` : ''}${s.ocr ? ', OCR' : ''})`;
  const fields: [string, string | null][] = [
    [LABELS.kind, d.kindLabel ?? d.kind], [LABELS.number, d.number], [LABELS.issuer, d.issuer], [LABELS.date, d.date],
    [LABELS.signer, signerOf(d)], [LABELS.file, file],
  ];
  const counts = [
    [LABELS.tasks, result.tasks.length], [LABELS.targets, result.targets.length], [LABELS.responsibilities, result.responsibilities.length],
    [LABELS.references, result.references.length], [LABELS.diagnostics, result.diagnostics.filter((x) => x.severity !== 'info').length],
  ].map(([k, v]) => `${k}: ${v}`).join(' · ');
  return h('header', { className: ['identity'] }, [
    h('h1', d.title ?? s.name),
    h('dl', fields.flatMap(([k, v]) => [h('dt', k), h('dd', v ?? '—')])),
    h('div', { className: ['counts'] }, counts),
  ]);
}

/** Every source line an item of the result names, for the margin marks. */
function usedLines(result: Result): Set<number> {
  const used = new Set<number>();
  const refs: (SourceRef | null | undefined)[] = [
    ...result.tasks.map((x) => x.source), ...result.targets.map((x) => x.source), ...result.responsibilities.map((x) => x.source),
    ...result.references.map((x) => x.source),
  ];
  for (const r of refs) if (r) for (let n = r.line; n <= (r.endLine ?? r.line); n++) used.add(n);
  return used;
}

/**
 * The page of one result; the view does not apply (the page shows the whole result, as CSV shows tasks).
 * @param text the loaded text the result's source lines number; without it the source pane says so
 */
export function emitHtml(result: Result, _view: View, text?: string): string {
  const extracted = h('section', { className: ['extracted'] }, [
    h('h2', [LABELS.tasks, ' ', h('small', `(${result.tasks.length})`)]),
    taskControls(result.tasks),
    taskTable(result.tasks, result.source.pages !== null),
    ...otherTables(result).flatMap(({ title, table }) => [h('h2', title), table]),
  ]);
  const title = [result.document.number, result.document.title ?? result.source.name].filter(Boolean).join(' — ');
  return htmlDocument(title, [identity(result), h('main', { className: ['review'] }, [extracted, sourcePane(text, usedLines(result))])], true);
}
