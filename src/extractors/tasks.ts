/**
 * Body tasks: the items of a section that lists work, with their field lines,
 * product sub-bullets, the lead a role line gives them, and assignments in prose.
 * "a) Tiếp tục nâng cao chất lượng …" + "- Cơ quan chủ trì: Phòng Tư pháp" + "- Thời gian thực hiện: Thường xuyên trong năm 2024."
 * "*** Công chức Văn phòng – Thống kê:**" + "- Tham mưu UBND xã ban hành kế hoạch …"
 * "- Phòng Tư pháp chủ trì, phối hợp với cơ quan, đơn vị có liên quan xây dựng các kế hoạch, quy chế:" + "+ Kế hoạch …"
 */
import { isHeader, type Grammar } from '../grammar/compile.js';
import type { TreeNode } from '../model/tree.js';
import type { Stage, TaskDraft, Working } from '../model/working.js';
import type { Reporter } from '../model/report.js';
import { startsWithBody } from '../normalizers/agencies.js';
import { deadlinePhrase } from '../normalizers/timeline.js';
import { bodyClause } from '../model/body-clause.js';
import { classOf } from '../model/section-class.js';
import { wordCount } from '../cleanse/inline.js';
import { fieldOf } from './outline.js';
import { matchesOf, rx } from '../grammar/pattern.js';
import { listsWork } from '../model/profile.js';
import { uniqueIds } from '../model/unique-ids.js';

type Raw = TaskDraft['raw'];
const RAW_KEYS = ['lead', 'coordinators', 'products', 'timeline', 'budget'] as const;

// Sticky, tried at each clause start in place; it stops where the coordinators start (group 2 is empty
// then), so a match costs the name's length, not the rest of the line (quadratic on one long line).
const LEAD_IN_PROSE = rx('uy')`(.{3,160}?)\s+chủ trì(?![\p{L}])(?:\s*(?:,|và)?\s*phối hợp\s+(?:với|cùng)\s+(?=.)())?`;
const COORD_IN_PROSE = /^(?:Phối hợp|phối hợp)\s+(?:với\s+|cùng\s+)?(.+)/u;

/** Where an assignment may start inside an item: after a label's colon, ";" or ", " before "giao", a sentence's end. */
const ASSIGNMENT_START = rx('gu')`:\s+(?=\p{Lu})|;\s*|,\s+(?=[Gg]iao\s)|\.\s+(?=\p{Lu})`;

/** Where a clause may start inside an item: after "(", ";", ", " or a sentence's end, and after "giao (cho)". */
const CLAUSE_START = rx('gu')`\(\s*|[;,]\s*|\.\s+(?=\p{Lu})|(?<![\p{L}])[Gg]iao\s+(?:cho\s+)?`;

/** A text up to its first ")" that closes nothing opened in it: "Sở Tài chính)" → "Sở Tài chính". */
function untilUnopenedParen(s: string): string {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && depth-- === 0) return s.slice(0, i);
  }
  return s;
}

/**
 * Lead and coordinators an item names in its own words: "Phòng Tư pháp chủ trì, phối hợp với … xây dựng …",
 * or in a later clause: "… (Sở Nội vụ chủ trì, phối hợp với …; …)", "… Giao Sở Tư pháp chủ trì, phối hợp với …".
 */
export function proseAssignment(text: string, grammar: Grammar): { lead: string[]; coordinators: string[] } {
  const untilStop = (s: string) => bodiesUntilWork(s, grammar);
  // The pattern tries every length of name before "chủ trì": only a text that has it is worth that.
  if (text.includes('chủ trì')) {
    const starts = [0, ...matchesOf(CLAUSE_START, text).map((m) => m.index + m[0].length)];
    for (const start of starts) {
      LEAD_IN_PROSE.lastIndex = start;
      const m = LEAD_IN_PROSE.exec(text);
      if (!m || !startsWithBody(m[1]!, grammar)) continue;
      // The coordinators run to the line's end, as "(.+)" read them.
      const lineEnd = text.indexOf('\n', m.index + m[0].length);
      return { lead: [m[1]!], coordinators: m[2] === undefined ? [] : [untilStop(text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd))] };
    }
  }
  // "X phối hợp với Y …" without chủ trì, "Giao X …", "Đề nghị X …", also after a clause's start ("Mở tài khoản: UBND xã
  // phối hợp với …", "Trên cơ sở …, giao Sở Y tế thành lập …"): X leads.
  for (const start of [0, ...matchesOf(ASSIGNMENT_START, text).map((m) => m.index + m[0].length)]) {
    const clause = bodyClause(start ? text.slice(start) : text, grammar);
    const leads = clause && ((clause.shape === 'subject' && COORD_IN_PROSE.test(clause.rest)) || (clause.assigning && clause.shape !== 'name'));
    if (leads) return { lead: clause.bodies, coordinators: coordinatorsInProse(clause.rest, grammar) };
  }
  const c = COORD_IN_PROSE.exec(text);
  // After "Phối hợp (với)" a capitalized unit noun is a body even with a lower-case name ("Ban phát triển thôn").
  if (c && (startsWithBody(c[1]!, grammar) || /^(?:Ban|Phòng|Sở|Tổ|Đội|Hội|Đoàn)\s/u.test(c[1]!))) return { lead: [], coordinators: [untilStop(c[1]!)] };
  return { lead: [], coordinators: [] };
}

/** The bodies at a text's start, up to where their work starts: a verb after them, or the clause's end. */
function bodiesUntilWork(s: string, grammar: Grammar): string {
  const clause = untilUnopenedParen(s);
  const verb = Math.min(grammar.agencies.descriptionStart.exec(clause)?.index ?? clause.length, grammar.roles.dutyStart.exec(clause)?.index ?? clause.length);
  const stop = /[;:.]/u.exec(clause)?.index ?? clause.length;
  return clause.slice(0, Math.min(verb, stop)).trim();
}

// "với" may be left out before a body: "Sở Tài chính chủ trì, phối hợp các sở, ban, ngành".
const COORDINATING = rx('gu')`(?<![\p{L}])[Pp]hối hợp\s+(?:chặt chẽ\s+)?((?:với|cùng)\s+)?`;

/** Every body a text works with: "… phối hợp với Sở Tư pháp và các cơ quan liên quan tổ chức …" → "Sở Tư pháp và các cơ quan liên quan". */
export function coordinatorsInProse(text: string, grammar: Grammar): string[] {
  if (!text.includes('hợp')) return [];
  return matchesOf(COORDINATING, text)
    .map((m) => ({ after: text.slice(m.index + m[0].length), linked: m[1] !== undefined }))
    .filter(({ after, linked }) => linked || startsWithBody(after, grammar))
    .map(({ after }) => bodiesUntilWork(after, grammar))
    .filter(Boolean);
}

const emptyRaw = (): Raw => ({ lead: [], coordinators: [], products: [], timeline: [], budget: [] });

type RawKey = (typeof RAW_KEYS)[number];
const isRawKey = (key: string): key is RawKey => (RAW_KEYS as readonly string[]).includes(key);

const LABEL_WINDOW = 200;

/**
 * Fields an item writes into its own line: "… đến cấp xã. Đơn vị thực hiện: Sở X; thời gian thực hiện: năm 2025",
 * "… (Sở Nội vụ chủ trì; thời gian hoàn thành: Quý II/2025)". A label counts where a clause starts (after the
 * item's start, "(", ";", ", " or a sentence's end) and the grammar knows it; its value runs to the next such
 * label, or to a ")" that closes nothing opened after it.
 */
export function inlineFields(text: string, grammar: Grammar): { key: RawKey; label: string; value: string }[] {
  if (!text.includes(':')) return [];
  const labels: { key: RawKey; label: string; from: number; colon: number }[] = [];
  for (let colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
    // A label is short: its clause start is looked for in a window before the colon, not the whole text before it.
    const offset = Math.max(0, colon - LABEL_WINDOW);
    const head = text.slice(offset, colon);
    const at = Math.max(head.lastIndexOf('('), head.lastIndexOf(';'), head.lastIndexOf('. '), head.lastIndexOf(', '));
    const from = at < 0 ? 0 : offset + at + 1;
    const label = text.slice(from, colon).replace(/^[.,\s]+/u, '').trim();
    if (!from || label.length < 2 || label.length > 60) continue;
    const key = grammar.fields.find((f) => f.re.test(label))?.key;
    if (key && isRawKey(key)) labels.push({ key, label, from, colon });
  }
  return labels.map((l, i) => {
    const value = untilUnopenedParen(text.slice(l.colon + 1, labels[i + 1]?.from ?? text.length));
    return { key: l.key, label: l.label, value: value.replace(/[\s.;,(]+$/u, '').trim() };
  }).filter((f) => f.value);
}

/** The deadline an item states in a clause of its own line ("…; hoàn thành trước ngày 30/6/2025"), or null. */
export function proseDeadline(text: string, grammar: Grammar): string | null {
  const starts = CLAUSE_START;
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const clause = text.slice(m.index + m[0].length);
    if (!grammar.time.deadlineClauses.some((re) => re.test(clause))) continue;
    starts.lastIndex = 0;
    const end = /;/u.exec(clause)?.index ?? clause.length;
    return untilUnopenedParen(clause.slice(0, end)).replace(/[\s.,]+$/u, '') || null;
  }
  return null;
}

/** Whether an item names its own lead or fields in its line, so a block of fields after it is not also its. */
const assignsItself = (n: TreeNode, grammar: Grammar): boolean =>
  inlineFields(n.text, grammar).length > 0 || proseAssignment(n.text, grammar).lead.length > 0;

/** A field node's value with the lines nested under it ("- Sản phẩm:" + "+ Kế hoạch …"). */
function fieldValues(n: TreeNode): string[] {
  const own = n.field!.value ? [n.field!.value] : [];
  return [...own, ...n.children.map((c) => c.text)];
}

/** One field line holding several: "Chủ trì: Phòng Tư pháp; phối hợp: Huyện đoàn" → lead, coordinators. */
function splitEmbedded(key: string, label: string, values: string[], grammar: Grammar): { key: string; label: string; values: string[] }[] {
  const out = [{ key, label, values: [] as string[] }];
  for (const v of values) {
    for (const part of v.split(/;\s*/u)) {
      const inner = fieldOf(part, grammar);
      if (inner && inner.key !== 'other') out.push({ key: inner.key, label: inner.label, values: [inner.value] });
      else out[out.length - 1]!.values.push(part);
    }
  }
  return out.filter((f) => f.values.length).map((f) => ({ ...f, values: [f.values.join('; ')] }));
}

/** The bodies a role line hands its items: who leads, and who it says works with them ("… chủ trì, phối hợp các sở, ban, ngành"). */
interface Role {
  lead: string[];
  coordinators: string[];
}

function roleOfNode(n: TreeNode, grammar: Grammar): Role | null {
  const lead = n.role ?? n.lead;
  return lead ? { lead, coordinators: n.clause?.rest ? coordinatorsInProse(n.clause.rest, grammar) : [] } : null;
}

function makeTask(doc: Working, n: TreeNode, role: Role | null, grammar: Grammar, shared: TreeNode[] = [], own?: string): void {
  const raw = emptyRaw();
  const fields: Record<string, string> = {};
  let content = own ?? n.text.replace(/\s*:$/u, '');
  const extra: TreeNode[] = [];
  // "b) Xây dựng … khai thác:" + one unlabelled paragraph: the item introduces it, and both are the task's content.
  const introduced = own === undefined && endsInColon(n) ? soleParagraph(n.children.filter((c) => !c.field)) : null;
  if (introduced) content = `${n.text.trim()} ${introduced.text}`;
  // A role block's paragraphs given as its content are not read again as its fields or further work.
  for (const c of [...shared, ...(own === undefined ? n.children : [])]) {
    if (c === introduced) continue;
    if (c.field && !(c.field.key === 'other' && c.children.some((x) => x.scheme !== null && !x.field))) {
      const vals = fieldValues(c);
      fields[c.field.label] = fields[c.field.label] ? `${fields[c.field.label]}; ${vals.join('\n')}` : vals.join('\n');
      const parts = /:/u.test(vals.join(' ')) ? splitEmbedded(c.field.key, c.field.label, vals, grammar) : [{ key: c.field.key, label: c.field.label, values: vals }];
      for (const f of parts) {
        if ((RAW_KEYS as readonly string[]).includes(f.key)) raw[f.key as keyof Raw].push(...f.values);
        else if (f.key === 'content') content = content || f.values.join(' ');
      }
      c.para.role = 'field';
    } else if (c.scheme !== null && grammar.productStart.test(c.text)) {
      raw.products.push(c.text);
      c.para.role = 'product';
    } else if (c.scheme === null && rx('u')`^\p{Ll}`.test(c.text)) {
      content = `${content} ${c.text}`;
    } else extra.push(c);
  }
  // "3. Phòng Kế hoạch - Tài chính: Tham mưu bố trí kinh phí …": a body, a colon, then its work.
  const named = own === undefined && content.includes(':') ? bodyClause(content, grammar) : null;
  if (named?.shape === 'colon' && named.rest && !raw.lead.length) {
    // The body leads, and each "phối hợp với Y" in its duty adds Y.
    raw.lead.push(...named.bodies);
    content = named.rest;
    if (!raw.coordinators.length) raw.coordinators.push(...coordinatorsInProse(content, grammar));
  }
  // Fields written into the item's own line fill what its field lines left empty.
  const inline = inlineFields(n.text, grammar);
  for (const key of RAW_KEYS) {
    if (raw[key].length) continue;
    for (const f of inline) if (f.key === key) raw[key].push(f.value);
  }
  if (!raw.timeline.length) {
    const deadline = proseDeadline(n.text, grammar) ?? deadlinePhrase(content, grammar);
    if (deadline) raw.timeline.push(deadline);
  }
  if (!raw.lead.length && !raw.coordinators.length) {
    const prose = proseAssignment(content, grammar);
    raw.lead.push(...prose.lead);
    raw.coordinators.push(...prose.coordinators);
  }
  if (!raw.lead.length && role) {
    // Inside a role block the body leads, with those it works with, and each "phối hợp với Y" adds Y.
    raw.lead.push(...role.lead);
    if (!raw.coordinators.length) raw.coordinators.push(...new Set([...role.coordinators, ...coordinatorsInProse(content, grammar)]));
  }
  // "1. Các cơ quan chuyên môn …: Tại Phụ lục I đính kèm.": the appendix holds the matter, the line is no work;
  // nor is a member listed by name and post ("(1) Bà Nguyễn … - Phó Chủ tịch HĐND tỉnh;").
  // "Thành phần gồm", "Thư ký" over such members: the title of a list of people (a section of another kind), not work either.
  const listTitle = wordCount(content) <= TITLE_OF_LIST && classOf(content, grammar) === 'other';
  if (isHeader(grammar, 'appendixPointer', content) || grammar.roles.person.test(content) || listTitle) return;
  const p = n.para;
  doc.tasks.push({
    id: n.id,
    origin: p.zone === 'appendix' ? 'appendix' : 'body',
    label: p.label?.label ?? null,
    section: n.section ?? null,
    content,
    fields,
    raw,
    source: { ...p.source, endLine: lastLine(n) },
  });
  p.role = 'task';
  // Paragraphs after an item that are pieces of work of their own ("Thực hiện phân cấp, phân quyền …").
  for (const c of extra) if (c.scheme === null && c.cls === 'work' && grammar.actionStart.test(c.text)) makeTask(doc, c, role, grammar);
}

function lastLine(n: TreeNode): number {
  let end = n.para.source.endLine ?? n.para.source.line;
  for (const c of n.children) end = Math.max(end, lastLine(c));
  return end;
}

/**
 * "a) …", "b) …", then one block of field lines: the block sits under the last item
 * but belongs to each item of the run (items with nothing under them) it closes, unless
 * that item ends in a colon, introducing the lines as its own.
 */
function sharedFieldBlocks(nodes: TreeNode[], grammar: Grammar): Map<TreeNode, TreeNode[]> {
  const out = new Map<TreeNode, TreeNode[]>();
  let run: TreeNode[] = [];
  for (const n of nodes) {
    if (n.scheme === null || n.heading || n.role || n.field) {
      run = [];
      continue;
    }
    // An item that says who does it in its own line takes no share of a block after it.
    if (!n.children.length && assignsItself(n, grammar)) continue;
    if (!n.children.length) {
      run.push(n);
      continue;
    }
    const fields = n.children.filter((c) => c.field);
    // "5. Chuẩn bị vật tư …:" + its field lines: an item that opens its lines with a colon keeps them.
    if (fields.length === n.children.length && !/:\s*$/u.test(n.text)) for (const r of run) out.set(r, fields);
    run = [];
  }
  return out;
}

// The title of a list is a few words: "Thành phần gồm", "Thư ký".
const TITLE_OF_LIST = 4;

// An area's title is short: "Thi đua khen thưởng", "Hợp tác quốc tế".
const AREA_TITLE_WORDS = 10;

/** A sub-heading of a work section that names an area, not the work itself ("NHIỆM VỤ" over "Các nhiệm vụ … tại Phụ lục"). */
const isAreaOfWork = (n: TreeNode, grammar: Grammar): boolean =>
  n.cls === 'work' && n.scheme !== 'appendix' && n.parent?.cls === 'work' && wordCount(n.text) <= AREA_TITLE_WORDS && !classOf(n.text, grammar);

/** Paragraphs of running text only, no items, fields or notes in brackets ("(Kèm theo Kế hoạch …)"). */
const isRunningText = (nodes: TreeNode[]): boolean =>
  nodes.length > 0 && nodes.every((c) => c.scheme === null && !c.field && !c.role && !c.children.length && !/^\(/u.test(c.text));

/**
 * An unlabelled paragraph in a work section is a task when it opens with a verb of action; before its heading's
 * first item it introduces them.
 */
function isParagraphOfWork(n: TreeNode, siblings: TreeNode[], grammar: Grammar): boolean {
  if (!n.parent?.heading) return grammar.actionStart.test(n.text);
  const firstItem = siblings.findIndex((c) => c.scheme !== null && !c.field);
  return grammar.actionStart.test(n.text) && (firstItem < 0 || firstItem < siblings.indexOf(n));
}

const endsInColon = (n: TreeNode): boolean => /:\s*$/u.test(n.text);

/** The one node of `nodes` when it is an unlabelled paragraph with nothing under it. */
function soleParagraph(nodes: TreeNode[]): TreeNode | null {
  const [only, ...more] = nodes;
  return only && !more.length && only.scheme === null && !only.field && !only.children.length ? only : null;
}

/**
 * The one paragraph a bold numbered title stands over, when that is all there is under it (no field lines,
 * no items, not the title's own sentence carried on in lower case): the work is the paragraph.
 */
function titleOverParagraph(n: TreeNode): TreeNode | null {
  const strong = n.para.block.type === 'paragraph' && !!n.para.block.strong;
  const only = strong && !endsInColon(n) ? soleParagraph(n.children) : null;
  return only && !rx('u')`^\p{Ll}`.test(only.text) ? only : null;
}

/** A role block without items of its own: a role paragraph, or a body's name over paragraphs of running text. */
const isOneTask = (n: TreeNode): boolean =>
  n.role ? n.children.length > 0 && n.children.every((c) => c.scheme === null && !c.field && !c.role) : !n.children.some((c) => c.scheme !== null && !c.field);

const hasAssignment = (n: TreeNode) => n.children.some((c) => c.field && (c.field.key === 'lead' || c.field.key === 'timeline'));

/** Field lines no task claimed ("- Cơ quan chủ trì: …" right under a heading) are worth telling the user. */
function reportOrphanFields(nodes: TreeNode[], report: Reporter): void {
  for (const n of nodes) {
    if (n.field && n.field.key !== 'other' && n.cls === 'work' && n.para.role !== 'field') {
      report(`Unexpected field line "${n.field.label}" outside a task, expected it under a task item`, { ruleId: 'tasks/orphan-field', severity: 'warning', place: n.para.source });
    }
    reportOrphanFields(n.children, report);
  }
}

export const extractTasks: Stage = (doc, { grammar, report, profile }) => {
  // A decree's khoản and điểm are norms, a news page's bullets are no work: the profile says why (profile.ts).
  if (!listsWork(profile)) return;
  const walk = (nodes: TreeNode[], inherited: Role | null) => {
    let role = inherited;
    const shared = sharedFieldBlocks(nodes, grammar);
    for (const n of nodes) {
      // A generic "Label: text" line straight under a heading is a piece of work, not a field of an item.
      if (n.field && !(n.field.key === 'other' && (!n.parent || n.parent.heading))) continue;
      if (n.heading) {
        // "8. Thi đua khen thưởng" over running paragraphs only: one task, its paragraphs its content.
        if (isAreaOfWork(n, grammar) && isRunningText(n.children)) makeTask(doc, n.children[0]!, null, grammar, [], n.children.map((c) => c.text).join(' '));
        // A lead-in inside a role block ("8.1. Sở Tài chính chủ trì …" > "- Tham mưu … quyết định:" > "+ …") keeps its body.
        else walk(n.children, inherited);
        continue;
      }
      const work = n.cls === 'work' || (!n.cls && hasAssignment(n));
      const body = roleOfNode(n, grammar);
      if (body && work && (n.scheme !== null || n.lead) && isOneTask(n)) {
        // "5. Sở, ban, ngành liên quan" + one paragraph of work, "3. Bộ Xây dựng chỉ đạo …": one task the body leads.
        makeTask(doc, n, body, grammar, [], n.role ? n.children.map((c) => c.text).join(' ') : undefined);
        continue;
      }
      if (n.role || (n.lead && work)) {
        // A role line: its own items, or the items that follow it at its level, are the body's.
        n.para.role = 'roleLine';
        if (n.scheme !== null && n.children.length) walk(n.children, body!);
        else role = body!;
        continue;
      }
      if (!work) continue;
      if (n.scheme === null && !isParagraphOfWork(n, nodes, grammar)) continue;
      // "**3. Xây dựng các văn bản …**" over one paragraph of work: a title in bold and the task it heads (label null).
      const headed = titleOverParagraph(n);
      makeTask(doc, headed ?? n, role, grammar, headed ? [] : shared.get(n));
    }
  };
  walk(doc.tree, null);
  reportOrphanFields(doc.tree, report);

  uniqueIds(doc.tasks);
};
