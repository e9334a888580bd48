/**
 * The proposal line of a decision, or of a letter before its first numbered part:
 * "Theo đề nghị của Trưởng phòng Nội vụ tại Công văn số 703/PNV ngày 22/12/2023."
 */
import { isHeader } from '../grammar/compile.js';
import type { Para, Stage } from '../model/working.js';

/** The paragraphs that open a document: its header and preamble, then the body up to its first label. */
function opening(paras: Para[]): Para[] {
  const firstLabel = paras.findIndex((x) => x.zone === 'body' && x.label);
  return paras.filter((x, i) => x.zone === 'front' || x.zone === 'preamble' || (x.zone === 'body' && (firstLabel < 0 || i < firstLabel)));
}

export const extractProposal: Stage = (doc, { grammar }) => {
  const p = opening(doc.paras).find((x) => isHeader(grammar, 'proposal', x.value));
  if (!p) return;
  doc.document.proposal = p.value;
  p.role = 'proposal';
};
