/** The proposal line of a decision: "Theo đề nghị của Trưởng phòng Nội vụ tại Công văn số 703/PNV ngày 22/12/2023." */
import { headerPatterns } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';

export const extractProposal: Stage = (doc, { grammar }) => {
  const res = headerPatterns(grammar, 'proposal');
  const p = doc.paras.find((x) => (x.zone === 'front' || x.zone === 'preamble') && res.some((re) => re.test(x.value)));
  if (!p) return;
  doc.document.proposal = p.value;
  p.role = 'proposal';
};
