/**
 * The proposal line of a decision, or of a letter before its first numbered part:
 * "Theo đề nghị của Trưởng phòng Nội vụ tại Công văn số 703/PNV ngày 22/12/2023."
 */
import { isHeader } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';
import { openingParas } from './opening.js';

export const extractProposal: Stage = (doc, { grammar }) => {
  const p = openingParas(doc.paras).find((x) => isHeader(grammar, 'proposal', x.value));
  if (!p) return;
  doc.document.proposal = p.value;
  p.role = 'proposal';
};
