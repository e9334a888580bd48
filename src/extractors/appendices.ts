/**
 * Appendix labels and titles: "Phụ lục số 01: Các nhiệm vụ trọng tâm về Cải cách thể chế năm 2023",
 * or "PHỤ LỤC" with its title on the next line and "(Kèm theo Kế hoạch số …)" after it.
 */
import { headerMatch, isHeader } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';
import { isAppendixLine } from './zones.js';

export const extractAppendices: Stage = (doc, { grammar }) => {
  const paras = doc.paras;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.zone !== 'appendix' || !isAppendixLine(p.value, grammar)) continue;
    const m = headerMatch(grammar, 'appendix', p.value);
    if (!m?.groups) continue;
    let title = m.groups.title?.trim() || null;
    p.role = 'appendix';
    if (!title) {
      const next = paras[i + 1];
      if (next?.value && !next.label && !isHeader(grammar, 'attachmentNote', next.value) && next.block.type === 'paragraph') {
        title = next.value;
        next.role = 'appendix';
      }
    }
    doc.document.appendices.push({ label: m.groups.label!.replace(/\s+/gu, ' '), title, source: p.source });
  }
};
