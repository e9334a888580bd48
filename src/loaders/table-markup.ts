/**
 * Table blocks from GFM pipe tables and HTML <table> (also inside Markdown).
 * Loaded lazily: most texts hold neither.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString as mdToString } from 'mdast-util-to-string';
import type { Nodes as MdastNodes, PhrasingContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root as HastRoot, RootContent, ElementContent } from 'hast';
import type { Table, TableCell, TableRow, Position } from '../model/blocks.js';
import { cleanCell } from '../cleanse/inline.js';
import { pointOf, spanOf, type Line } from './source-lines.js';

function shift(lines: Line[], pos: { start: { line: number; column: number }; end: { line: number; column: number } } | undefined): Position {
  const first = lines[0]!;
  const at = (p: { line: number; column: number }) => {
    const l = lines[Math.min(p.line - 1, lines.length - 1)] ?? first;
    return pointOf(l, p.column - 1);
  };
  return pos ? { start: at(pos.start), end: at(pos.end) } : spanOf(first, 0, lines[lines.length - 1]!);
}

// Only parse() is used: remark-gfm adds its syntax to the parser, and no transform runs.
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * A cell's text: its inline markup dropped ("**Tháng 01**" → "Tháng 01"), "<br>" kept as a line
 * break. GFM reads "~~…~~" as strikethrough, which a government text never means: its tildes stay,
 * taken from the source as written.
 */
function cellText(node: PhrasingContent, source: string): string {
  if (!('children' in node) || !node.children.length) return mdToString(node);
  const inner = (node.children as PhrasingContent[]).map((c) => cellText(c, source)).join('');
  if (node.type !== 'delete') return inner;
  const at = (n: MdastNodes) => n.position!;
  const open = source.slice(at(node).start.offset, at(node.children[0]!).start.offset);
  return open + inner + source.slice(at(node.children[node.children.length - 1]!).end.offset, at(node).end.offset);
}

/** A GFM pipe table (header row, delimiter row, body rows). */
export function gfmTable(lines: Line[]): Table | null {
  const source = lines.map((l) => l.raw).join('\n');
  const tree = markdown.parse(source);
  const node = tree.children.find((c) => c.type === 'table');
  if (!node || node.type !== 'table') return null;
  const rows: TableRow[] = node.children.map((r) => ({
    position: shift(lines, r.position),
    page: lines[0]!.page,
    cells: r.children.map((c) => {
      const cell: TableCell = {
        value: cleanCell(c.children.map((n) => cellText(n, source)).join('')),
        position: shift(lines, c.position),
      };
      const text = c.children.filter((n) => n.type !== 'text' || n.value.trim());
      if (text.length && text.every((n) => n.type === 'strong')) cell.strong = true;
      return cell;
    }),
  }));
  return { type: 'table', rows, position: shift(lines, node.position), page: lines[0]!.page };
}

const BLOCKISH = new Set(['li', 'p', 'div', 'br', 'tr', 'ul', 'ol']);

/** Text of an HTML cell: list items, paragraphs and <br> become separate lines. */
export function hastCellText(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const inner = node.children.map(hastCellText).join('');
  return BLOCKISH.has(node.tagName) ? `\n${inner}\n` : inner;
}

/** Whether every piece of an HTML cell's text is inside <strong> or <b> (and there is some). */
function allStrong(node: ElementContent | RootContent, strong = false): boolean | null {
  if (node.type === 'text') return node.value.trim() ? strong : null;
  if (node.type !== 'element') return null;
  const bold = strong || node.tagName === 'strong' || node.tagName === 'b';
  let seen: boolean | null = null;
  for (const c of node.children) {
    const s = allStrong(c, bold);
    if (s === false) return false;
    seen ??= s;
  }
  return seen;
}

function findAll(node: HastRoot | Element, tag: string, out: Element[] = [], stopAt?: string): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === tag) out.push(c);
    else if (c.tagName !== stopAt) findAll(c, tag, out, stopAt);
  }
  return out;
}

/** Table blocks from a run of lines that holds one or more HTML tables. */
export function htmlTableBlocks(lines: Line[]): Table[] {
  const tree = fromHtml(lines.map((l) => l.raw).join('\n'), { fragment: true });
  return findAll(tree, 'table').map((t) => htmlTable(t, (p) => shift(lines, p), lines[0]!.page));
}

/** One table block from a hast <table>, merged cells marked with their spans. */
export function htmlTable(
  table: Element,
  position: (p: Element['position']) => Position,
  page?: number,
): Table {
  const rows: TableRow[] = findAll(table, 'tr', [], 'table').map((tr) => ({
    position: position(tr.position),
    page,
    cells: tr.children
      .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      .map((c) => {
        const cell: TableCell = { value: cleanCell(hastCellText(c)), position: position(c.position) };
        const colSpan = Number(c.properties?.colSpan ?? 1);
        const rowSpan = Number(c.properties?.rowSpan ?? 1);
        if (colSpan > 1) cell.colSpan = colSpan;
        if (rowSpan > 1) cell.rowSpan = rowSpan;
        if (allStrong(c)) cell.strong = true;
        return cell;
      }),
  }));
  return { type: 'table', rows, position: position(table.position), page };
}
