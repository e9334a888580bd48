/**
 * Targets (chỉ tiêu, mục tiêu cụ thể): the items and paragraphs of a section whose
 * heading names targets. "a) Chỉ tiêu" + "- 100% văn bản quy phạm pháp luật được ban hành đúng trình tự …"
 */
import type { TreeNode } from '../model/tree.js';
import type { Stage } from '../model/working.js';
import { listsWork } from '../model/profile.js';

export const extractTargets: Stage = (doc, { profile }) => {
  // Targets are a plan's: a decree or a news page states none (profile.ts).
  if (!listsWork(profile)) return;
  const walk = (nodes: TreeNode[]) => {
    for (const n of nodes) {
      if (n.heading || n.role) {
        walk(n.children);
        continue;
      }
      if (n.cls !== 'target' || n.field || n.para.role) continue;
      // "… các chỉ tiêu cụ thể như sau:" introduces the targets; it is none itself.
      if (n.scheme === null && /:$/u.test(n.text)) continue;
      const text = [n.text, ...n.children.filter((c) => c.scheme === null).map((c) => c.text)].join(' ').trim();
      doc.targets.push({ id: n.id, section: n.section ?? null, text, source: n.para.source });
      n.para.role = 'target';
      walk(n.children.filter((c) => c.scheme !== null));
    }
  };
  walk(doc.tree);
};
