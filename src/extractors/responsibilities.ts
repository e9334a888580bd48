/**
 * Responsibilities under TỔ CHỨC THỰC HIỆN: one record per body named at a clause's start.
 * "2. Phòng Tư pháp: chủ trì triển khai …", "1. Sở Giáo dục và Đào tạo:" + "a) …", "b) …",
 * "1. Thủ trưởng các phòng, ban ngành huyện, Chủ tịch UBND các xã, thị trấn có trách nhiệm …".
 */
import type { Grammar } from '../grammar/compile.js';
import type { TreeNode } from '../model/tree.js';
import type { Stage } from '../model/working.js';
import { canonicalAgency, splitAgencies, startsWithBody } from '../normalizers/agencies.js';
import { descendantsText } from '../model/tree.js';
import { rx } from '../grammar/pattern.js';

// Where the bodies end and their duty begins.
const PREDICATE = rx('iu')`\s*(?::|\s(?:có trách nhiệm|chịu trách nhiệm|chủ trì|phối hợp|là cơ quan|thực hiện|tổ chức thực hiện|triển khai|tham mưu|hướng dẫn|theo dõi|thường xuyên|tiếp tục|căn cứ|xây dựng|được giao)(?![\p{L}]))`;

// A clause that assigns in its first word: "Đề nghị Ủy ban Mặt trận Tổ quốc …", "Giao phòng Nội vụ, phối hợp …".
const ASSIGNING = /^(?:Đề nghị|Giao(?: cho)?)\s+/u;

/** Splits a clause into the bodies at its start and the duty after them. */
export function splitClause(text: string, grammar: Grammar): { bodies: string[]; duty: string } | null {
  const assigning = ASSIGNING.exec(text);
  const t = assigning ? text.slice(assigning[0].length) : text;
  const capitalized = t.charAt(0).toUpperCase() + t.slice(1);
  if (!startsWithBody(t, grammar) && !(assigning && startsWithBody(capitalized, grammar))) return null;
  // A predicate inside a parenthesis ("(Bộ phận trực tiếp tham mưu …)") describes the body, it does not start the duty.
  const masked = t.replace(/\([^)]*\)/gu, (m) => ' '.repeat(m.length));
  const m = PREDICATE.exec(masked);
  const head = (m ? t.slice(0, m.index) : t).replace(/\s*\([^)]*\)\s*$/u, '').trim();
  const duty = m ? t.slice(m.index).replace(/^\s*:\s*/u, '').trim() : '';
  const bodies = splitAgencies(head, grammar);
  return bodies.length ? { bodies, duty } : null;
}

export const extractResponsibilities: Stage = (doc, { grammar }) => {
  const walk = (nodes: TreeNode[]) => {
    for (const n of nodes) {
      if (n.cls !== 'responsibility' || n.scheme === null || n.field) {
        walk(n.children);
        continue;
      }
      const clause = splitClause(n.text, grammar);
      if (!clause) {
        walk(n.children);
        continue;
      }
      const items = n.children.filter((c) => c.scheme !== null).map((c) => c.text);
      const text = [clause.duty, ...descendantsText(n)].filter(Boolean).join(' ');
      for (const agency of clause.bodies) {
        doc.responsibilities.push({ agency, canonical: canonicalAgency(agency, grammar), text, items, source: n.para.source });
      }
      n.para.role = 'responsibility';
      // A sub-item that hands a duty to another body ("c) Giao phòng Nội vụ, phối hợp …") is that body's too.
      for (const c of n.children) {
        const sub = c.scheme !== null && ASSIGNING.test(c.text) ? splitClause(c.text, grammar) : null;
        for (const agency of sub?.bodies ?? []) {
          doc.responsibilities.push({ agency, canonical: canonicalAgency(agency, grammar), text: sub!.duty, items: [], source: c.para.source });
        }
      }
    }
  };
  walk(doc.tree);
};
