/**
 * Responsibilities under TỔ CHỨC THỰC HIỆN: one record per body named at a clause's start.
 * "2. Phòng Tư pháp: chủ trì triển khai …", "1. Sở Giáo dục và Đào tạo:" + "a) …", "b) …",
 * "1. Thủ trưởng các phòng, ban ngành huyện, Chủ tịch UBND các xã, thị trấn có trách nhiệm …",
 * and unnumbered paragraphs that each open with bodies and their duty under such a heading
 * ("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ …" / "Sở Nội vụ có trách nhiệm …").
 */
import type { TreeNode } from '../model/tree.js';
import type { Stage } from '../model/working.js';
import { canonicalAgency } from '../normalizers/agencies.js';
import { descendantsText } from '../model/tree.js';

export const extractResponsibilities: Stage = (doc, { grammar }) => {
  const walk = (nodes: TreeNode[]) => {
    // Unnumbered, only the subject shape, and only where siblings repeat it: a paragraph of prose is
    // one body's duty among others' (a lone paragraph under a heading is that heading's matter).
    const prose = new Set(nodes.filter((n) => n.scheme === null && n.clause?.shape === 'subject'));
    for (const n of nodes) {
      const unnumbered = prose.size > 1 && prose.has(n);
      if (n.cls !== 'responsibility' || (n.scheme === null && !unnumbered) || n.field) {
        walk(n.children);
        continue;
      }
      const clause = n.clause;
      if (!clause) {
        walk(n.children);
        continue;
      }
      const items = n.children.filter((c) => c.scheme !== null).map((c) => c.text);
      const text = [clause.rest, ...descendantsText(n)].filter(Boolean).join(' ');
      for (const agency of clause.bodies) {
        doc.responsibilities.push({ agency, canonical: canonicalAgency(agency, grammar), text, items, source: n.para.source });
      }
      n.para.role = 'responsibility';
      // A sub-item that hands a duty to another body ("c) Giao phòng Nội vụ, phối hợp …") is that body's too.
      for (const c of n.children) {
        const sub = c.scheme !== null && c.clause?.assigning ? c.clause : null;
        for (const agency of sub?.bodies ?? []) {
          doc.responsibilities.push({ agency, canonical: canonicalAgency(agency, grammar), text: sub!.rest, items: [], source: c.para.source });
        }
      }
    }
  };
  walk(doc.tree);
};
