/**
 * The body's outline as a tree: every labelled paragraph nests under the nearest
 * earlier one of another numbering scheme, and unlabelled paragraphs hang under
 * the labelled one they follow. Extractors classify nodes (heading, item, field,
 * role line, text) while walking it.
 */
import type { Para } from './working.js';
import type { BodyClause } from './body-clause.js';

export type SectionClass = 'work' | 'target' | 'purpose' | 'status' | 'responsibility' | 'budget' | 'other';

export interface TreeNode {
  para: Para;
  /** Numbering scheme key ("roman", "dotted2", "h2"); null for unlabelled text. */
  scheme: string | null;
  /** Text after the label. */
  text: string;
  children: TreeNode[];
  parent: TreeNode | null;
  /** Stable id within the document: the labels of the node and its ancestors ("II.2.a"). */
  id: string;
  /** Set by the outline extractor: whether the node is a heading (a section), not an item. */
  heading?: boolean;
  /** The class of the section the node is in (its own, for a heading that names one). */
  cls?: SectionClass | null;
  /** Title of the innermost heading holding the node. */
  section?: string | null;
  /** A field line ("- Cơ quan chủ trì: Phòng Tư pháp"): its key, label and value. */
  field?: { key: string; label: string; value: string };
  /** The bodies the node's text opens with, and the duty after them ("Bộ Xây dựng chỉ đạo …"). */
  clause?: BodyClause;
  /** A role line ("Công chức Văn phòng – Thống kê:", "1. Sở Y tế"): the bodies it names. */
  role?: string[];
  /** A role paragraph ("3. Bộ Xây dựng chỉ đạo …" among role blocks): the bodies that lead its one task. */
  lead?: string[];
}

/** Whether a node is labelled (a heading or an item) rather than running text. */
export const isLabelled = (n: TreeNode): boolean => n.scheme !== null;

/** All text of a node's subtree below it, each paragraph's text in order. */
export function descendantsText(n: TreeNode): string[] {
  return n.children.flatMap((c) => [c.text, ...descendantsText(c)]);
}
