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
import { isBullet } from '../model/labels.js';
import type { SectionClass, TreeNode } from '../model/tree.js';
import { classOf, markRoleParagraphs, sectionClass } from '../model/section-class.js';
import { startsWithBody } from '../normalizers/agencies.js';
import { bodyClause, type BodyClause } from '../model/body-clause.js';
import { lastWord, wordCount } from '../cleanse/inline.js';
import { rx } from '../grammar/pattern.js';
import { memo } from '../model/memo.js';
import { columnKey } from './tables/columns.js';
import { articlesAreBody } from '../model/profile.js';

const TERMINAL = /[.;!?…]["'”)]*$/u;

// Numbering schemes from the outermost: a Markdown heading by its depth, then A., I., 1., 1.1., a), (1), -, +, *.
// Chương > Mục > Điều rank by law, under a Phần and above the items: an article never nests under a khoản.
const RANK: Record<string, number> = { appendix: 0, part: 10, chapter: 10.2, section: 10.4, article: 10.6, roman: 11, arabic: 12, lower: 20, paren: 21, dash: 30, plus: 31, star: 32 };
const rankOf = (scheme: string): number =>
  scheme.startsWith('dotted') ? 12 + Number(scheme.slice(6)) : scheme.startsWith('h') ? Number(scheme.slice(1)) : (RANK[scheme] ?? 40);

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
  // A lead-in of work ("Triển khai các chương trình: …") is no label.
  const generic = value && wordCount(label) <= 4 && rx('u')`^\p{Lu}[\p{L}\s/-]*$`.test(label) && !startsWithBody(label, grammar) && !grammar.actionStart.test(label);
  return generic ? { key: 'other', label, value } : undefined;
}

/**
 * The bodies a role line names: "Công chức Văn phòng – Thống kê:", "1. Sở Tài chính:", "2. Giao Sở Nội vụ:",
 * and, numbered or bold, a bare name: "1. Sở Nông nghiệp và Môi trường", "**Ủy ban nhân dân các xã, phường**".
 */
export function roleOf(clause: BodyClause | null, strong: boolean, numbered: boolean): string[] | undefined {
  if (!clause) return undefined;
  if (clause.shape === 'colon' && !clause.rest) return clause.bodies;
  return clause.shape === 'name' && (strong || numbered) ? clause.bodies : undefined;
}

// A letter's last words: a short unlabelled line closed by "./." ("Đề nghị các cơ quan, đơn vị khẩn trương thực hiện./.").
const LAST_WORDS = 20;
const isLastWords = (v: string): boolean => /\.\/\.\s*$/u.test(v) && wordCount(v) <= LAST_WORDS;

/** Builds the tree of the body and appendices, and of the articles when they are the body (a decree's khoản and điểm). */
function buildTree(paras: Para[], grammar: Grammar, withArticles: boolean): TreeNode[] {
  const roots: TreeNode[] = [];
  const stack: TreeNode[] = [];
  let addressees = false;
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
    if (!p.label && (isHeader(grammar, 'closing', p.value) || isLastWords(p.value))) {
      // "Trong quá trình triển khai …", "Trên đây là Kế hoạch …", "Đề nghị các cơ quan … thực hiện./.": closing formulas, not content.
      p.role = 'closing';
      continue;
    }
    // "Kính gửi:" and the addressees listed under it head a letter; they hold none of its content.
    if (!p.label && isHeader(grammar, 'addressee', p.value)) {
      p.role = 'addressee';
      addressees = true;
      stack.length = 0;
      continue;
    }
    if (addressees && p.label && isBullet(p.label.scheme)) {
      p.role = 'addressee';
      continue;
    }
    addressees = false;
    const scheme = schemeOf(p);
    const text = (p.label ? p.label.rest : p.value).trim();
    const node: TreeNode = { para: p, scheme, text, children: [], parent: null, id: '' };
    node.field = fieldOf(p.label && isBullet(p.label.scheme) ? p.label.rest : p.value, grammar);
    if (!node.field) {
      // Scans leave specks around a role line: "% Công chức Tư pháp — Hộ tịch:%".
      node.clause = bodyClause(text.replace(rx('u')`(?<=:)[^\p{L}\d]+$`, ''), grammar) ?? undefined;
      const strong = p.block.type === 'heading' || (p.block.type === 'paragraph' && !!p.block.strong);
      node.role = roleOf(node.clause ?? null, strong, !!p.label && !isBullet(p.label.scheme));
    }
    if (scheme === null) {
      // A role line ends the bullets above it: its items are its siblings' level, not sub-items of the last bullet.
      if (node.role) while (stack.length && isBullet(stack[stack.length - 1]!.para.label?.scheme ?? 'arabic')) stack.pop();
      attach(node, stack[stack.length - 1]);
      continue;
    }
    // A label nests under the nearest open one of a higher rank: the "Kính gửi" dashes before "1. Giao …" hold nothing.
    while (stack.length && rankOf(stack[stack.length - 1]!.scheme!) >= rankOf(scheme)) stack.pop();
    attach(node, stack[stack.length - 1]);
    stack.push(node);
    // "a) Chỉ tiêu Tỷ lệ 80% cán bộ …": a section title and its first paragraph run together on one line.
    const merged = node.field || node.role || node.clause ? null : rx('u')`^(\p{Lu}[\p{Ll}\s,]{2,40}?)\s+(\p{Lu}\p{Ll}*\s.*)$`.exec(text);
    // "1. Yêu cầu Thủ trưởng các cơ quan …" is a sentence: a body right after the title words is their object.
    // "2. Các nhiệm vụ trong Chương trình …" is one too: a title ends on no word that ends no sentence.
    if (merged && wordCount(merged[1]!) <= 4 && wordCount(merged[2]!) >= 5 && classOf(merged[1]!, grammar) && !startsWithBody(merged[2]!, grammar) && !grammar.nonFinalWords.has(lastWord(merged[1]!))) {
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
  if (n.field || n.role || n.lead) return false;
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
  // Shapes first, from the leaves: which nodes are role paragraphs and headings, for the classes below to weigh.
  const shape = (nodes: TreeNode[]) => {
    markRoleParagraphs(nodes);
    for (const n of nodes) {
      shape(n.children);
      n.heading = isHeading(n, grammar);
    }
  };
  shape(roots);
  // A scan misreads the marks of headings in capitals ("II. NỌI DUNG"); the body spells the same words right.
  if (doc.loaded.ocr) {
    const mend = (nodes: TreeNode[]): void => {
      for (const n of nodes) {
        if (n.heading) n.text = doc.respell(n.text);
        mend(n.children);
      }
    };
    mend(roots);
  }

  const classify = (nodes: TreeNode[], parentId: string, cls: SectionClass | null, section: string | null) => {
    const counts = new Map<string, number>();
    for (const n of nodes) {
      const key = n.scheme === 'appendix' ? `PL${(counts.get('appendix') ?? 0) + 1}` : n.scheme === null || isBullet(n.para.label?.scheme ?? 'dash') ? `${n.scheme === null ? 'p' : ''}${(counts.get(n.scheme ?? 'p') ?? 0) + 1}` : n.para.label!.key;
      counts.set(n.scheme ?? 'p', (counts.get(n.scheme ?? 'p') ?? 0) + 1);
      n.id = parentId ? `${parentId}.${key}` : key;
      n.cls = sectionClass(n, cls, stripTitle(n.text), grammar, doc.loaded.ocr);
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

/** A numbered role line over its items ("1. Sở Nội vụ" + "a) …") is a division of the text like a heading. */
const inOutline = (n: TreeNode): boolean => !!n.heading || (!!n.role && n.children.length > 0 && !!n.para.label && !isBullet(n.para.label.scheme));

function outlineOf(nodes: TreeNode[], level: number): OutlineNode[] {
  return nodes
    .filter(inOutline)
    .map((n) => ({
      id: n.id,
      label: n.scheme === 'appendix' ? (APPENDIX_LABEL.exec(n.para.value)?.[0] ?? null) : (n.para.label?.label ?? null),
      title: stripTitle(n.text),
      level,
      source: n.para.source,
      children: outlineOf(n.children, level + 1),
    }));
}
