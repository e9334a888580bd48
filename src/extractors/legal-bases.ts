/**
 * Legal bases: the header's "Căn cứ …" paragraphs, and a plan's opening
 * "Thực hiện …" paragraph cut before its enacting words.
 * "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"
 * "Thực hiện Quyết định số 1897/QĐ-UBND …, UBND huyện ban hành Kế hoạch …"
 */
import { isHeader } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';

// ", UBND tỉnh ban hành Kế hoạch …" / ", Ủy ban nhân dân huyện xây dựng Kế hoạch …"
const ENACTING = /,\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Sở|Phòng|Ban|Chủ tịch)[^,;]{0,80}?\s(?:ban hành|xây dựng|triển khai)\s+(?:Kế hoạch|Quyết định|Chương trình|Đề án|Hướng dẫn)/u;

export const extractLegalBases: Stage = (doc, { grammar }) => {
  let seenHeading = false;
  for (const p of doc.paras) {
    if (p.role) continue;
    if ((p.zone === 'front' || p.zone === 'preamble') && isHeader(grammar, 'legalBasis', p.value)) {
      doc.document.legalBases.push({ text: p.value, source: p.source });
      p.role = 'legalBasis';
    } else if (p.zone === 'front' || p.zone === 'preamble' || p.zone === 'attachment' || (p.zone === 'body' && !seenHeading)) {
      // A plan's opening paragraphs, before its first heading.
      if (p.label) seenHeading = true;
      else if (isHeader(grammar, 'implementing', p.value)) {
        const cut = ENACTING.exec(p.value);
        doc.document.legalBases.push({ text: cut ? `${p.value.slice(0, cut.index)}.` : p.value, source: p.source });
        p.role = 'legalBasis';
      }
    }
  }
};
