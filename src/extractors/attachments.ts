/**
 * The document a decision issues, introduced after the decision's signature:
 * "KẾ HOẠCH" + "Cải cách hành chính huyện Bình Sơn năm 2024" +
 * "(Ban hành kèm theo Quyết định số /QĐ-UBND ngày / /2023 của Chủ tịch UBND huyện Bình Sơn)".
 */
import { isHeader } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';
import { isKindLine } from './zones.js';
import { kindOf } from './document-header.js';

export const extractAttachments: Stage = (doc, { grammar }) => {
  let current: { kind: ReturnType<typeof kindOf>; title: string | null; note: string | null; line: number } | null = null;
  const flush = () => {
    if (current) doc.document.attachments.push({ kind: current.kind?.slug ?? null, title: current.title, note: current.note, source: { line: current.line } });
    current = null;
  };
  for (const p of doc.paras) {
    if (p.zone !== 'attachment') continue;
    const v = p.value;
    if (!v) continue;
    if (isKindLine(v, grammar) && (!current || current.title)) {
      flush();
      const kind = kindOf(v, grammar);
      current = { kind, title: kind?.rest || null, note: null, line: p.source.line };
    } else if (current && isHeader(grammar, 'attachmentNote', v)) current.note = v.replace(/^\(\s*|\s*\)$/gu, '');
    else if (current && !current.title) current.title = v;
    else continue;
    p.role = 'attachment';
  }
  flush();
};
