/**
 * Legal bases: the header's "Căn cứ …" paragraphs, and a plan's or letter's opening
 * "Thực hiện …" paragraph, each cut before its enacting words.
 * "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"
 * "Thực hiện Quyết định số 1897/QĐ-UBND …, UBND huyện ban hành Kế hoạch …"
 */
import { headerPatterns, isHeader, type Grammar } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';
import { openingParas } from './opening.js';

/**
 * A basis without the enacting words it runs into (", UBND tỉnh ban hành Kế hoạch …",
 * ", Thủ tướng Chính phủ yêu cầu …", a letter's ", Ủy ban nhân dân tỉnh có ý kiến như sau:").
 */
function withoutEnacting(text: string, grammar: Grammar): string {
  const clause = headerPatterns(grammar, 'enactingClause');
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const rest = text.slice(comma + 1);
    if (clause.some((re) => re.test(rest))) return `${text.slice(0, comma)}.`;
  }
  return text;
}

export const extractLegalBases: Stage = (doc, { grammar }) => {
  for (const p of openingParas(doc.paras)) {
    if (p.role) continue;
    const basis = ((p.zone === 'front' || p.zone === 'preamble') && isHeader(grammar, 'legalBasis', p.value)) || isHeader(grammar, 'implementing', p.value);
    if (!basis) continue;
    doc.document.legalBases.push({ text: withoutEnacting(p.value, grammar), source: p.source });
    p.role = 'legalBasis';
  }
};
