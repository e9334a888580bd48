/**
 * The body's heading tree. Labelled paragraphs nest by numbering scheme
 * ("II." > "1." > "1.1." > "a)" > "-" > "+"), unlabelled ones hang under the item
 * they follow. Each node is then classed: heading (a section) or item; field line
 * ("- Cơ quan chủ trì: Phòng Tư pháp"); role line ("Công chức Văn phòng – Thống kê:");
 * and the section class its heading names (NHIỆM VỤ → work, CHỈ TIÊU → target,
 * MỤC ĐÍCH → purpose, TỔ CHỨC THỰC HIỆN → responsibility …).
 */
import { isHeader, type Grammar } from '../grammar/compile.js';
import type { OutlineNode } from '../schema/output.js';
import type { Para, Stage } from '../model/working.js';
import { isBullet, LEGAL_PARTS } from '../model/labels.js';
import type { SectionClass, TreeNode } from '../model/tree.js';
import { splitAgencies, startsWithBody } from '../normalizers/agencies.js';
import { wordCount } from '../cleanse/inline.js';
import { rx } from '../grammar/pattern.js';
import { memo } from '../model/memo.js';
import { columnKey } from './tables/columns.js';
import { articlesAreBody } from '../model/profile.js';

const TERMINAL = /[.;!?…]["'”)]*$/u;

function schemeOf(p: Para): string | null {
  // A heading the source marked ("### 2. Văn hóa") is its own level, whatever numbering its text repeats.
  if (p.block.type === 'heading') return `h${p.block.depth}`;
  if (p.label) return p.label.scheme === 'dotted' ? `dotted${p.label.key.split('.').length}` : p.label.scheme;
  return null;
}

/** The field a line states: "Cơ quan chủ trì: Phòng Tư pháp" → lead. */
export function fieldOf(text: string, grammar: Grammar): TreeNode['field'] {
  if (!text.includes(':')) return undefined;
  const m = /^([^:]{2,80}?)\s*:\s*(.*)$/u.exec(text);
  if (!m) return undefined;
  const label = m[1]!.trim();
  const value = m[2]!.trim();
  const key = columnKey(label, grammar);
  if (key) return key !== 'label' ? { key, label, value } : undefined;
  // Any other short label with a value ("Hình thức: hội nghị trực tuyến") is a field of the item above,
  // kept as written; a body's name before the colon is an assignment, not a label.
  const generic = value && wordCount(label) <= 4 && rx('u')`^\p{Lu}[\p{L}\s/-]*$`.test(label) && !startsWithBody(label, grammar);
  return generic ? { key: 'other', label, value } : undefined;
}

/** The bodies a role line names: "Công chức Văn phòng – Thống kê, Công chức Văn hóa – Xã hội:", "1. Sở Tài chính:". */
export function roleOf(text: string, strong: boolean, grammar: Grammar): string[] | undefined {
  // Unless bold, a role line ends in a colon: most lines have none and need no clean-up.
  if (!strong && !text.includes(':')) return undefined;
  // Scans leave specks around a role line: "% Công chức Tư pháp — Hộ tịch:%".
  const t = text.replace(rx('u')`^[^\p{L}]+`, '').replace(rx('u')`(?<=:)[^\p{L}\d]+$`, '').replace(/[\s*]+$/u, '');
  if (!(t.endsWith(':') || strong) || wordCount(t) > 20) return undefined;
  const body = t.replace(/:$/u, '').trim();
  if (!startsWithBody(body, grammar) || /[.;]/u.test(body)) return undefined;
  const names = splitAgencies(body, grammar);
  return names.length ? names : undefined;
}

/** The class a heading's title names, or null. */
export function classOf(title: string, grammar: Grammar): SectionClass | null {
  return grammar.sections.find((s) => s.re.test(title))?.class ?? null;
}

/** Builds the tree of the body and appendices, and of the articles when they are the body (a decree's khoản and điểm). */
function buildTree(paras: Para[], grammar: Grammar, withArticles: boolean): TreeNode[] {
  const roots: TreeNode[] = [];
  const stack: TreeNode[] = [];
  const attach = (node: TreeNode, parent: TreeNode | undefined) => {
    node.parent = parent ?? null;
    (parent ? parent.children : roots).push(node);
  };
  for (const p of paras) {
    if (p.zone === 'appendix' && p.role === 'appendix' && p.label === null) {
      // An appendix opens its own top-level section ("Phụ lục số 02: Các nhiệm vụ …"): its prose items are listed work too.
      const title = appendixTitle(p, paras);
      stack.length = 0;
      const node: TreeNode = { para: p, scheme: 'appendix', text: title, children: [], parent: null, id: '' };
      attach(node, undefined);
      stack.push(node);
      continue;
    }
    const article = withArticles && p.zone === 'articles' && (!p.role || p.role === 'article');
    if (!article && ((p.zone !== 'body' && p.zone !== 'appendix') || p.role)) continue;
    if (p.block.type !== 'paragraph' && p.block.type !== 'heading') continue;
    const top = stack[stack.length - 1];
    if (!p.label && top && !top.text && !top.children.length && (top.scheme === 'chapter' || top.scheme === 'section')) {
      // "Chương I" + "NHỮNG QUY ĐỊNH CHUNG": the line under a bare chapter label is its title.
      top.text = p.value;
      continue;
    }
    if (!p.label && isHeader(grammar, 'closing', p.value)) {
      // "Trong quá trình triển khai …", "Trên đây là Kế hoạch …": closing formulas, not content.
      p.role = 'closing';
      continue;
    }
    const scheme = schemeOf(p);
    const text = (p.label ? p.label.rest : p.value).trim();
    const node: TreeNode = { para: p, scheme, text, children: [], parent: null, id: '' };
    node.field = fieldOf(p.label && isBullet(p.label.scheme) ? p.label.rest : p.value, grammar);
    // Bold marks a role line only on an unnumbered line: numbered headings are bold in Word too.
    const strong = p.block.type === 'paragraph' && !!p.block.strong && (!p.label || isBullet(p.label.scheme));
    if (!node.field) node.role = roleOf(text, strong, grammar);
    if (scheme === null) {
      // A role line ends the bullets above it: its items are its siblings' level, not sub-items of the last bullet.
      if (node.role) while (stack.length && isBullet(stack[stack.length - 1]!.para.label?.scheme ?? 'arabic')) stack.pop();
      attach(node, stack[stack.length - 1]);
      continue;
    }
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.scheme !== scheme) k--;
    if (k >= 0) stack.length = k;
    // Chương > Mục > Điều rank by law, not by first appearance: an article never nests under a khoản.
    const rank = LEGAL_PARTS.indexOf(scheme);
    while (rank >= 0 && stack.length) {
      const above = LEGAL_PARTS.indexOf(stack[stack.length - 1]!.scheme ?? '');
      if (above >= 0 && above < rank) break;
      stack.pop();
    }
    attach(node, stack[stack.length - 1]);
    stack.push(node);
    // "a) Chỉ tiêu Tỷ lệ 80% cán bộ …": a section title and its first paragraph run together on one line.
    const merged = node.field || node.role ? null : rx('u')`^(\p{Lu}[\p{Ll}\s,]{2,40}?)\s+(\p{Lu}\p{Ll}*\s.*)$`.exec(text);
    if (merged && wordCount(merged[1]!) <= 4 && wordCount(merged[2]!) >= 5 && classOf(merged[1]!, grammar)) {
      node.text = merged[1]!;
      const rest: Para = { ...p, label: null, value: merged[2]! };
      attach({ para: rest, scheme: null, text: merged[2]!, children: [], parent: null, id: '' }, node);
    }
  }
  return roots;
}

const APPENDIX_LABEL = /^PHỤ\s+LỤC(?:\s+(?:SỐ\s*)?[\dIVX]+[a-z]?)?/iu;

/** The title an appendix label line carries, or the title line after it. */
function appendixTitle(p: Para, paras: Para[]): string {
  const own = p.value.replace(APPENDIX_LABEL, '').replace(/^\s*[:.–-]?\s*/u, '').trim();
  if (own) return own;
  const next = paras[p.index + 1];
  return next?.role === 'appendix' ? next.value : p.value;
}

function isHeading(n: TreeNode, grammar: Grammar): boolean {
  if (n.field || n.role) return false;
  if (n.para.block.type === 'heading' || n.scheme === 'part' || n.scheme === 'roman' || n.scheme === 'appendix') return true;
  if (!n.children.length) return false;
  const items = n.children.filter((c) => c.scheme !== null && !c.field);
  if (items.length) {
    // An item whose sub-bullets all name products ("+ Kế hoạch …") is one task, not a section.
    const products = items.every((c) => grammar.productStart.test(c.text));
    return !products;
  }
  const texts = n.children.filter((c) => c.scheme === null && !c.field && !c.role);
  return texts.length > 0 && wordCount(n.text) <= 15 && !TERMINAL.test(n.text);
}

const stripTitle = (s: string) => s.replace(/[\s:]+$/u, '').trim();

export const extractOutline: Stage = (doc, { grammar, profile }) => {
  const roots = buildTree(doc.paras, grammar, articlesAreBody(profile));
  const headingTitles = new Map<string, number>();

  const classify = (nodes: TreeNode[], parentId: string, cls: SectionClass | null, section: string | null) => {
    const counts = new Map<string, number>();
    for (const n of nodes) {
      const key = n.scheme === 'appendix' ? `PL${(counts.get('appendix') ?? 0) + 1}` : n.scheme === null || isBullet(n.para.label?.scheme ?? 'dash') ? `${n.scheme === null ? 'p' : ''}${(counts.get(n.scheme ?? 'p') ?? 0) + 1}` : n.para.label!.key;
      counts.set(n.scheme ?? 'p', (counts.get(n.scheme ?? 'p') ?? 0) + 1);
      n.id = parentId ? `${parentId}.${key}` : key;
      n.heading = isHeading(n, grammar);
      const own = n.heading ? classOf(stripTitle(n.text), grammar) : null;
      n.cls = own ?? cls;
      n.section = section;
      if (n.heading) {
        const t = stripTitle(n.text).toLowerCase();
        headingTitles.set(t, (headingTitles.get(t) ?? 0) + 1);
      }
      classify(n.children, n.id, n.cls, n.heading ? stripTitle(n.text) : section);
    }
  };
  classify(roots, '', null, null);

  // "a) Chỉ tiêu", "b) Nhiệm vụ và giải pháp" repeated in every area: the section is the area's title.
  // Asked for every node under a section: a plan has few section titles, so each is judged once.
  const generic = memo((title: string) => (headingTitles.get(title.toLowerCase()) ?? 0) > 1 && classOf(title, grammar) !== null && wordCount(title) <= 6);
  const fixSections = (nodes: TreeNode[]) => {
    for (const n of nodes) {
      if (n.section && generic(n.section)) {
        let h = n.parent;
        while (h && !(h.heading && stripTitle(h.text) === n.section)) h = h.parent;
        const area = h?.parent;
        if (area?.heading) n.section = stripTitle(area.text);
      }
      fixSections(n.children);
    }
  };
  fixSections(roots);

  doc.tree = roots;
  doc.outline = outlineOf(roots, 1);
};

function outlineOf(nodes: TreeNode[], level: number): OutlineNode[] {
  return nodes
    .filter((n) => n.heading)
    .map((n) => ({
      id: n.id,
      label: n.scheme === 'appendix' ? (APPENDIX_LABEL.exec(n.para.value)?.[0] ?? null) : (n.para.label?.label ?? null),
      title: stripTitle(n.text),
      level,
      source: n.para.source,
      children: outlineOf(n.children, level + 1),
    }));
}
