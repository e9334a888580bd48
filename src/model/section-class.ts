/**
 * What a section holds — work, targets, purposes, responsibilities … — decided once per node and
 * read by tasks, targets and responsibilities. The heading's title is the prior (sections.yaml);
 * where it names nothing and no section above does, the items decide: role blocks ("1. Bộ Y tế:",
 * "3. Bộ Xây dựng chỉ đạo …") and items that open with an action verb or an assignment ("Giao …")
 * are work, whatever the heading is called (a Công điện with no heading at all, "LỘ TRÌNH THỰC HIỆN",
 * "*Trọng tâm:*" lists repeated in every area).
 */
import type { Grammar } from '../grammar/compile.js';
import { withoutMarks } from '../normalizers/tone.js';
import { isBullet } from './labels.js';
import { inCapitals, wordCount } from '../cleanse/inline.js';
import type { SectionClass, TreeNode } from './tree.js';

/**
 * The class a heading's title names, or null. In a scan (`misread`) titles are matched on their letters
 * without tone marks, which OCR often gets wrong ("V, TÔ CHỨC THỰC HIỆN", "KÉT QUÁ ĐẠT ĐƯỢC").
 */
export function classOf(title: string, grammar: Grammar, misread = false): SectionClass | null {
  if (!misread) return grammar.sections.find((s) => s.re.test(title))?.class ?? null;
  const bare = withoutMarks(title);
  return grammar.sections.find((s) => s.bare.test(bare))?.class ?? null;
}

// A title is a few words, or many in capitals; a longer line in mixed case is a sentence ("Điều 2. Căn cứ kết quả
// đánh giá … được công bố tại Quyết định này, Chủ tịch UBND tỉnh chỉ đạo:"), whose first words name no section.
const TITLE_WORDS = 15;
const isSentence = (title: string): boolean => wordCount(title) > TITLE_WORDS && !inCapitals(title);

// Share of a heading's items that must read as work before the heading counts as a work section.
const WORK_SHARE = 0.4;
const MIN_WORK_ITEMS = 2;

const readsAsWork = (n: TreeNode, grammar: Grammar): boolean =>
  !!n.role || !!n.lead || grammar.actionStart.test(n.text) || grammar.roles.assigning.test(n.text);

/** Labelled items under a node, through the sub-headings between them. */
function itemsUnder(n: TreeNode): TreeNode[] {
  return n.children.flatMap((c) => (c.field ? [] : c.scheme !== null && !c.heading ? [c] : itemsUnder(c)));
}

/** The class the items of an unnamed section give it: work when enough of them assign or open with a verb of action. */
export function evidenceClass(n: TreeNode, grammar: Grammar): SectionClass | null {
  if (n.role || n.lead) return 'work';
  if (!n.heading) return null;
  const items = itemsUnder(n);
  const work = items.filter((i) => readsAsWork(i, grammar)).length;
  return work >= MIN_WORK_ITEMS && work >= WORK_SHARE * items.length ? 'work' : null;
}

// An item that states a figure to reach: "100% số người …", "Ít nhất 85% …", "đạt tối thiểu 40%".
const FIGURE = /\d+(?:[.,]\d+)?\s*%/u;
const TARGET_SHARE = 0.6;

/**
 * The class of a node: its heading's title, else its section's, else what its items show. Items that
 * mostly state figures to reach ("100% số người hưởng …", "Ít nhất 85% …") make a list of targets even
 * under a title that names work ("Nội dung thi đua").
 */
export function sectionClass(n: TreeNode, inherited: SectionClass | null, title: string, grammar: Grammar, misread: boolean): SectionClass | null {
  const own = n.heading && !isSentence(title) ? classOf(title, grammar, misread) : null;
  const cls = own ?? inherited ?? evidenceClass(n, grammar);
  if (cls !== 'work' || !n.heading || n.role) return cls;
  const items = n.children.filter((c) => c.scheme !== null && !c.field && !c.heading && !c.role && !c.lead);
  const figures = items.filter((c) => FIGURE.test(c.text)).length;
  return items.length >= 2 && figures >= TARGET_SHARE * items.length ? 'target' : cls;
}

/**
 * Role paragraphs: among numbered siblings where several open with a body ("1. Bộ Y tế:", "3. Bộ Xây dựng
 * chỉ đạo …"), one that goes on with its duty is one task that body leads. A bullet that merely names a
 * body as its subject is not one.
 */
export function markRoleParagraphs(nodes: TreeNode[]): void {
  const bySchemes = new Map<string, TreeNode[]>();
  for (const n of nodes) {
    // "Giao các sở, ban, ngành … xây dựng kế hoạch …" in a letter's running text: the assignment is a role paragraph of its own.
    if (n.scheme === null && n.clause?.assigning && n.clause.rest && n.clause.shape !== 'name') n.lead = n.clause.bodies;
    if (n.scheme === null || n.field || !n.clause || isBullet(n.para.label?.scheme ?? 'dash')) continue;
    bySchemes.set(n.scheme, [...(bySchemes.get(n.scheme) ?? []), n]);
  }
  for (const group of bySchemes.values()) {
    if (group.length < 2) continue;
    for (const n of group) if (!n.role && n.clause!.rest && n.clause!.shape !== 'name') n.lead = n.clause!.bodies;
  }
}
