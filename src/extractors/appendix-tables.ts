/**
 * Tasks from tables of work: every row of a table whose columns name the work and
 * who does it ("TT | Nội dung thực hiện | Sản phẩm/Kết quả | Cơ quan chủ trì | Cơ quan
 * phối hợp | Thời gian hoàn thành") is a task; a group row ("I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
 * is the section of the rows below it, else the appendix title ("Phụ lục số 01: Các nhiệm
 * vụ trọng tâm về Cải cách thể chế năm 2023"). A table of targets ("Chỉ tiêu") gives
 * targets; other tables (statistics, scoring rubrics) give nothing but a note.
 * A body task and a row that state the same work point at each other (`seeAlso`).
 */
import type { Grammar } from '../grammar/compile.js';
import type { Table, TableRow } from '../model/blocks.js';
import type { Reporter } from '../model/report.js';
import type { OutlineNode } from '../schema/output.js';
import { isTable, sourceOf, type Para, type Stage, type TaskDraft, type Working } from '../model/working.js';
import { agencyValues, cellItems } from './tables/cells.js';
import { columnKeys, findHeader, GROUP_LABEL, headerText, type ColumnKey } from './tables/columns.js';
import { isGroupTitle } from './tables/grid.js';
import { dice, diceBound, prefixFilter, trigrams, type Trigrams } from './tables/similarity.js';
import { listsWork } from '../model/profile.js';
import { uniqueIds } from '../model/unique-ids.js';

const WORK_COLUMNS: readonly ColumnKey[] = ['lead', 'coordinators', 'products', 'timeline'];
const RAW_KEYS = ['lead', 'coordinators', 'products', 'timeline', 'budget'] as const;
type RawKey = (typeof RAW_KEYS)[number];
const isRawKey = (k: ColumnKey | null): k is RawKey => (RAW_KEYS as readonly (string | null)[]).includes(k);

/** Same work: the trigram Dice similarity of two statements at least this. */
const SAME_WORK = 0.8;

interface TableInfo {
  rows: TableRow[];
  keys: (ColumnKey | null)[];
  headers: string[];
  /** "PL1" for the first appendix; "T2" for the second table outside any appendix. */
  prefix: string;
  origin: TaskDraft['origin'];
  section: string | null;
  page: number | undefined;
}

const rowSource = (info: TableInfo, r: TableRow) => sourceOf({ type: 'table', rows: [r], position: r.position, page: r.page ?? info.page });
const GROUP_PREFIX = /^(?:[IVXLC]{1,6}|[A-Z])[.)]\s+/u;
const clean = (s: string) => s.replace(/\s*\n\s*/gu, ' ').trim();
const bareLabel = (label: string) => label.replace(/[.)]+$/u, '');

/** The group title a row states, or null: "I | CÔNG TÁC CHỈ ĐẠO", or a title spanning the row ("A. HẠ TẦNG SỐ"). */
function groupTitle(r: TableRow, keys: (ColumnKey | null)[], grammar: Grammar): string | null {
  const label = keys.indexOf('label');
  const tt = label >= 0 ? r.cells[label]?.value.trim() ?? '' : '';
  const filled = r.cells.filter((c) => c.value.trim());
  if (filled.length === 2 && GROUP_LABEL.test(tt)) return clean(filled.find((c) => c !== r.cells[label])!.value);
  return filled.length === 1 && isGroupTitle(r, grammar) ? clean(filled[0]!.value).replace(GROUP_PREFIX, '') : null;
}

function rowTask(info: TableInfo, r: TableRow, label: string | null, grammar: Grammar): TaskDraft | null {
  const raw: TaskDraft['raw'] = { lead: [], coordinators: [], products: [], timeline: [], budget: [] };
  const fields: Record<string, string> = {};
  let content = '';
  r.cells.forEach((cell, i) => {
    const key = info.keys[i] ?? null;
    const value = cell.value.trim();
    if (!value || key === 'label') return;
    if (key === 'content') {
      content = clean(value);
      return;
    }
    const header = info.headers[i] || `Cột ${i + 1}`;
    fields[header] = value;
    if (key === 'lead' || key === 'coordinators') {
      // A label inside the cell ("Cơ quan phối hợp: …") is a field of its own.
      const inner: Record<string, string> = {};
      for (const v of agencyValues(value, key, grammar)) {
        raw[v.key as RawKey].push(v.value);
        if (v.label && v.label !== header) inner[v.label] = inner[v.label] ? `${inner[v.label]}; ${v.value}` : v.value;
      }
      Object.assign(fields, inner);
    } else if (key === 'budget') raw.budget.push(clean(value));
    else if (isRawKey(key)) raw[key].push(...cellItems(value));
  });
  if (!content) return null;
  return { id: '', origin: info.origin, label, section: info.section, content, fields, raw, source: rowSource(info, r) };
}

/** The table's rows of content; a group row ("I | CÔNG TÁC …") becomes the section of the rows below it. */
function* contentRows(info: TableInfo, grammar: Grammar): Generator<TableInfo['rows'][number]> {
  for (const r of info.rows) {
    const title = groupTitle(r, info.keys, grammar);
    if (title) info.section = title;
    else yield r;
  }
}

const SUB_ROW = /^[-+–]$/u;

/** Whether a row fills none of the columns of work (who, what result, when): only its content. */
const noWorkFields = (r: TableRow, keys: (ColumnKey | null)[]) => r.cells.every((c, i) => !WORK_COLUMNS.includes(keys[i] as ColumnKey) || !c.value.trim());

function tableTasks(doc: Working, info: TableInfo, grammar: Grammar): void {
  const labelCol = info.keys.indexOf('label');
  const rows: TableRow[] = [];
  const sections: (string | null)[] = [];
  for (const r of contentRows(info, grammar)) {
    rows.push(r);
    sections.push(info.section);
  }
  // A numbered row with no fields of its own over "-" / "+" sub-rows that have them is their
  // section, not a task ("4 | Hoàn thiện hệ thống tiêu chuẩn …" over "- | Công trình giao thông | Bộ Xây dựng").
  const parents = new Set<TableRow>();
  let label: string | null = null;
  let parent: { row: TableRow; label: string } | null = null;
  let n = 0;
  rows.forEach((r, i) => {
    const tt = labelCol >= 0 ? r.cells[labelCol]?.value.trim() ?? '' : '';
    const next = rows[i + 1];
    if (tt && !SUB_ROW.test(tt)) parent = next && SUB_ROW.test(next.cells[labelCol]?.value.trim() ?? '') && noWorkFields(r, info.keys) ? { row: r, label: tt } : null;
    if (parent?.row === r) parents.add(r);
    sections[i] = parent && parent.row !== r ? clean(rowContent(parent.row, info.keys)) : sections[i]!;
  });
  // "-" sub-rows are numbered under their parent's number: PL1.4.1, PL1.4.2.
  let number: string | null = null;
  let sub = 0;
  rows.forEach((r, i) => {
    // Sub-rows that leave TT empty share the number above them.
    const tt = labelCol >= 0 ? r.cells[labelCol]?.value.trim() ?? '' : '';
    if (tt) label = tt;
    if (tt && !SUB_ROW.test(tt)) {
      number = bareLabel(tt);
      sub = 0;
    }
    if (parents.has(r)) return;
    const task = rowTask({ ...info, section: sections[i]! }, r, labelCol >= 0 ? label : null, grammar);
    if (!task) return;
    n++;
    const id = label && SUB_ROW.test(label) ? (number ? `${number}.${++sub}` : `${n}`) : label ? bareLabel(label) : `${n}`;
    task.id = `${info.prefix}.${id}`;
    doc.tasks.push(task);
  });
}

const rowContent = (r: TableRow, keys: (ColumnKey | null)[]) => r.cells[keys.indexOf('content')]?.value ?? '';

function tableTargets(doc: Working, info: TableInfo, grammar: Grammar): void {
  const name = info.keys.findIndex((k) => k === 'content' || k === 'target');
  const labelCol = info.keys.indexOf('label');
  let n = 0;
  for (const r of contentRows(info, grammar)) {
    const text = clean(r.cells[name]?.value ?? '');
    if (!text) continue;
    const values = r.cells.flatMap((c, i) => (i !== name && i !== labelCol && c.value ? [`${info.headers[i]}: ${clean(c.value)}`] : []));
    const tt = labelCol >= 0 ? bareLabel(r.cells[labelCol]?.value.trim() ?? '') : '';
    doc.targets.push({ id: `${info.prefix}.${tt || ++n}`, section: info.section, text: [text, ...values].join('; '), source: rowSource(info, r) });
  }
}

/** The title of the innermost heading above a line of the body: the last one the outline opens before it. */
function headingAbove(outline: OutlineNode[], line: number): string | null {
  let title: string | null = null;
  const visit = (nodes: OutlineNode[]): boolean => {
    for (const n of nodes) {
      if ((n.source?.line ?? Infinity) > line) return true;
      title = n.title;
      if (visit(n.children)) return true;
    }
    return false;
  };
  visit(outline);
  return title;
}

/** The appendix a table falls under: the last one opened before it. */
function appendixOf(doc: Working, p: Para): number {
  let k = -1;
  doc.document.appendices.forEach((a, i) => {
    if ((a.source?.line ?? Infinity) <= p.source.line) k = i;
  });
  return k;
}

// A cell that numbers its column, or says how it is computed from others: "(1)", "3", "(7)=(6)÷5".
const COLUMN_NUMBER = /^\(?\d{1,2}\)?(?:\s*[=+×x*÷/:-]\s*\(?\d{1,2}\)?)*$/u;

/** A row under the header that numbers the columns ("(1) | (2) | … | (7)=(6)÷5"): no work in it. */
const numbersColumns = (r: TableRow): boolean => {
  const filled = r.cells.filter((c) => c.value.trim());
  return filled.length >= 3 && filled.every((c) => COLUMN_NUMBER.test(c.value.trim()));
};

function readTable(doc: Working, p: Para & { block: Table }, ordinal: number, grammar: Grammar, report: Reporter): void {
  const rows = p.block.rows;
  const h = findHeader(rows, grammar);
  const place = p.source;
  const notWork = (headers: string[]) =>
    report(`Unexpected table of ${headers.filter(Boolean).join(' | ')}, expected a table of work: no tasks taken from it`, { ruleId: 'appendix-tables/not-work', severity: 'info', place });
  if (h < 0) {
    notWork(rows[0]?.cells.map((c) => headerText(c.value)) ?? []);
    return;
  }
  const keys = columnKeys(rows[h]!, grammar);
  const headers = rows[h]!.cells.map((c) => headerText(c.value));
  const k = appendixOf(doc, p);
  const appendix = doc.document.appendices[k];
  const origin = p.zone === 'appendix' ? 'appendix' : 'body';
  const section = origin === 'body' ? headingAbove(doc.outline, p.source.line) : (appendix?.title ?? null);
  const info: TableInfo = { rows: rows.slice(h + 1).filter((r) => !numbersColumns(r)), keys, headers, prefix: k >= 0 ? `PL${k + 1}` : `T${ordinal}`, origin, section, page: p.block.page };
  const work = keys.includes('content') && WORK_COLUMNS.some((c) => keys.includes(c));
  if (work) {
    keys.forEach((key, i) => {
      if (!key && headers[i]) report(`Unexpected column "${headers[i]}", kept in the tasks' fields`, { ruleId: 'appendix-tables/unknown-column', severity: 'info', place });
    });
    tableTasks(doc, info, grammar);
  } else if (keys.includes('target')) tableTargets(doc, info, grammar);
  else notWork(headers);
}

// Below this many pairs, comparing them all is cheaper than building prefix filters.
const ALL_PAIRS = 20_000;

/** Visits the pairs of an appendix row and a body statement that may state the same work, appendix order first. */
function forCandidatePairs<T extends { g: Trigrams }>(body: T[], appendix: T[], visit: (a: T, b: T) => void): void {
  if (body.length * appendix.length <= ALL_PAIRS) {
    for (const a of appendix) for (const b of body) visit(a, b);
    return;
  }
  // Comparing every pair is quadratic: compare only pairs that share a trigram in their prefix filters.
  const prefixOf = prefixFilter([...body, ...appendix].map((r) => r.g), SAME_WORK - 0.1);
  const index = new Map<number, number[]>();
  body.forEach((b, i) => {
    for (const g of prefixOf(b.g)) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  for (const a of appendix) {
    for (const i of new Set(Array.from(prefixOf(a.g), (g) => index.get(g) ?? []).flat())) visit(a, body[i]!);
  }
}

/** Points a body task and an appendix row that state the same work at each other. */
function linkSameWork(tasks: TaskDraft[]): void {
  // Tasks are grouped by their statement, so text repeated many times is compared once.
  const groups = (origin: TaskDraft['origin']) => {
    const m = new Map<string, TaskDraft[]>();
    for (const t of tasks) {
      if (t.origin !== origin) continue;
      const same = m.get(t.content);
      if (same) same.push(t);
      else m.set(t.content, [t]);
    }
    return [...m];
  };
  // Trigrams only when both sides have statements: a plan without an appendix table pays nothing.
  const bodyGroups = groups('body');
  const appendixGroups = groups('appendix');
  if (!bodyGroups.length || !appendixGroups.length) return;
  const withTrigrams = (g: [string, TaskDraft[]][]) => g.map(([content, members]) => ({ members, g: trigrams(content) }));
  const body = withTrigrams(bodyGroups);
  const appendix = withTrigrams(appendixGroups);
  forCandidatePairs(body, appendix, (a, b) => {
    if (diceBound(a.g, b.g) < SAME_WORK || dice(a.g, b.g) < SAME_WORK) return;
    // Each row links to the nearest body task before it that states the same work, and back.
    for (const row of a.members) {
      const before = b.members.filter((t) => t.source.line < row.source.line);
      const task = before[before.length - 1] ?? b.members[0]!;
      (row.seeAlso ??= []).push(task.id);
      (task.seeAlso ??= []).push(row.id);
    }
  });
}

export const extractAppendixTables: Stage = (doc, { grammar, report, profile }) => {
  // A decree's tables are forms and schedules of its norms, not work (profile.ts).
  if (!listsWork(profile)) return;
  const from = doc.tasks.length;
  let ordinal = 0;
  for (const p of doc.paras) {
    if (!isTable(p) || p.zone === 'front' || p.zone === 'back') continue;
    ordinal++;
    readTable(doc, p, ordinal, grammar, report);
  }
  uniqueIds(doc.tasks.slice(from), new Set(doc.tasks.slice(0, from).map((t) => t.id)));
  linkSameWork(doc.tasks);
};
